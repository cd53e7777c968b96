"""Every built-in regular expression errctl runs over log text, found by walking the package,
and adversarial inputs to run them on (shared by tests/test_regex_worst_case.py and
bench/regex_worst_case.py).

Walking beats a hand-kept list: a regex added next year is benchmarked and tested without anyone
remembering to register it. `inventory()` imports every module under `errctl`, collects each
compiled `re.Pattern` held by a module global (directly, or inside tuples, lists, dicts and rule
objects), and adds the patterns built at run time from data (masking classes, scrub classes
with every class switched on, the default severity rules). Each entry records how errctl calls
it (`match`, `fullmatch` or `search`, read from the module source): a pattern only ever used
with `.match()` is timed with `.match()`, since anchoring is what keeps many of them linear.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.regex_pumps import pumped_inputs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIRS = (ROOT / "sample_logs", ROOT / "tests")


@dataclass(frozen=True)
class Entry:
    name: str  # module.GLOBAL or a descriptive name for patterns built at run time
    regex: re.Pattern[str]
    # "match", "fullmatch", "search" (also covers sub, finditer); "re2": as Arrow's RE2 kernels
    # run it; "explain": masking.explain_masks as a whole
    modes: tuple[str, ...]
    bound: int | None = None  # the longest input its callers pass (None: a whole line)


_SEARCH_METHODS = ("search", "sub", "subn", "finditer", "findall", "split")

# Globals the source calls through another name (a loop variable, a conditional expression).
USED_WITH: dict[str, tuple[str, ...]] = {
    "formats.log4j._LEVEL_THREAD": ("match",),
    "formats.log4j._THREAD_LEVEL": ("match",),
    "formats.access._MORGAN": ("match",),  # `layout.match(line)` over the tuple
    "formats.timestamps._COMPILED": ("fullmatch", "match"),
    "formats.stacktrace._PY_TYPE": ("fullmatch",),
    "formats.stacktrace._JVM_TYPE": ("fullmatch",),
    # findall over the params an _SD_ELEMENT match has already shaped as ` key="value"` pairs:
    # every search there succeeds where it starts, so it costs what an anchored match does.
    "formats.syslog._SD_PARAM": ("match",),
}

# The most text a regex ever sees where errctl calls it (the caller checks the length first).
INPUT_BOUND: dict[str, int] = {
    "formats.logfmt._LENIENT_PAIR": 16 * 1024,  # logfmt._LENIENT_MAX
    "formats.stacktrace._PY_TYPE": 256,  # stacktrace._MAX_TYPE_LEN
    "formats.stacktrace._JVM_TYPE": 256,
    "formats.stacktrace._JS_TYPE": 256,
    "formats.stacktrace._RUBY_VIEW_METHOD": 256,  # a frame's label cut to _MAX_TYPE_LEN
    "ingest.normalize._NODE_FRAME": 1024,  # the first line under a message, cut to 1,024
    # The level words read a message's first level_words.READ_CHARS characters.
    "ingest.level_words._ALARM": 512,
    "ingest.level_words._COUNT_AFTER": 512,
    # Python's re masks only short text (masking.PYTHON_MASK_CHARS); longer text goes to RE2.
    "fingerprint.masking._PROTECT_RE": 256,
    "fingerprint.masking._SMALL_INT_RE": 256,
    "fingerprint.masking._COLLAPSE_RE": 256,
}


def _modes_in_source(source: str, name: str) -> tuple[str, ...]:
    modes = set()
    for method in ("match", "fullmatch", *_SEARCH_METHODS):
        # Called, or passed as a function (`map(_WORD.fullmatch, values)`).
        if re.search(rf"\b{re.escape(name)}\.{method}\b", source):
            modes.add("search" if method in _SEARCH_METHODS else method)
    # Unknown use (passed around, used through another name): the expensive mode covers all.
    return tuple(sorted(modes)) or ("search",)


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if depth > 4:
        return
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif type(value).__module__.startswith("errctl") and not isinstance(value, type):
        slots = getattr(type(value), "__slots__", ())
        attrs = getattr(value, "__dict__", {})
        for attr in (*slots, *attrs):
            yield from _patterns_in(getattr(value, attr, None), depth + 1)


def _module_patterns() -> Iterator[Entry]:
    import errctl

    seen: set[int] = set()
    for info in pkgutil.walk_packages(errctl.__path__, "errctl."):
        if info.name.startswith(("errctl.cli", "errctl.__main__")):
            continue  # the CLI only formats what the layers below produced
        module = importlib.import_module(info.name)
        try:
            source = Path(module.__file__ or "").read_text()
        except OSError:
            source = ""
        for name, value in vars(module).items():
            if getattr(value, "__module__", info.name) != info.name and callable(value):
                continue
            for i, regex in enumerate(_patterns_in(value)):
                if id(regex) in seen:
                    continue
                seen.add(id(regex))
                short = f"{info.name.removeprefix('errctl.')}.{name}"
                modes = USED_WITH.get(short) or _modes_in_source(source, name)
                yield Entry(short + (f"[{i}]" if i else ""), regex, modes, INPUT_BOUND.get(short))


def _runtime_patterns() -> Iterator[Entry]:
    from errctl.config.schema import ScrubConfig
    from errctl.fingerprint import masking
    from errctl.scrub.rules import BUILTIN_RULES
    from errctl.scrub.scrubber import Scrubber

    # Log text meets the masking classes in RE2, as Arrow runs them (mode "re2"); Python's re
    # matches them only anchored at a token RE2 found, in explain_masks (timed as a whole).
    for rule in masking.DEFAULT_RULES:
        yield Entry(f"masking.{rule.name}", re.compile(rule.pattern, re.ASCII), ("re2",))
    regex = masking._python_regex(masking.DEFAULT_RULES)
    yield Entry("masking.explain_masks", regex, ("explain",))
    yield Entry("masking.mask_message (short)", regex, ("search",), masking.PYTHON_MASK_CHARS)
    config = ScrubConfig(classes={r.name: True for r in BUILTIN_RULES})
    for compiled in Scrubber(config)._rules:
        yield Entry(f"scrub.{compiled.name}", compiled.regex, ("search",))
    for rule in BUILTIN_RULES:
        if rule.prefilter:
            # Prefilters run in RE2 (Arrow's match_substring_regex), never in Python's re.
            regex = re.compile(rule.prefilter, re.IGNORECASE)
            yield Entry(f"scrub.{rule.name} prefilter", regex, ("re2",))


def inventory() -> list[Entry]:
    """Every built-in regex, once (the same object reached two ways is listed once)."""
    entries: list[Entry] = []
    seen: set[str] = set()
    for entry in (*_module_patterns(), *_runtime_patterns()):
        key = f"{entry.regex.pattern}\0{entry.regex.flags}\0{entry.modes}"
        if key not in seen:
            seen.add(key)
            entries.append(entry)
    return entries


# -- adversarial input ------------------------------------------------------------------------

# Fragments that, repeated, make runs which regexes tend to backtrack over: separators, digits,
# quotes, brackets, key=value openings, hex and base64 runs, stack-frame openings.
FRAGMENTS: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "digits": "1",
    "dots": ".",
    "colons": ":",
    "dashes": "-",
    "slashes": "/",
    "backslashes": "\\",
    "a=": "a=",
    "a= ": "a= ",
    "brackets": "[",
    "closers": "]",
    "braces": "{",
    "quotes": '"',
    "escaped quotes": '\\"',
    "single quotes": "'",
    "letters": "a",
    "word space": "ab ",
    "hex": "deadbeef",
    "hex colons": "ab:",
    "base64": "QUJDRGVmZ2g0NTY3+/",
    "digit dot": "1.",
    "ipv4-ish": "10.0.0.",
    "at frame": "at a.b.C.d(",
    "at frame space": "at ",
    "email-ish": "a.b@c",
    "url-ish": "a://b",
    "token-ish": "job-2uLb ",
    "percent": "%",
    "key colon": "password: ",
    "jwt-ish": "eyJabcd.",
    "mask": "<*>",
    "date-ish": "2024-01-01 ",
    "time-ish": "12:00:00 ",
    "number space": "12 ",
    "bearer": "bearer ",
}


def sample_lines(limit: int = 4000) -> list[str]:
    """Real log lines: the repository's sample logs and the test fixtures' text."""
    import gzip

    lines: list[str] = []
    for base in SAMPLE_DIRS:
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.suffix in (".pyc",):
                continue
            try:
                data = (
                    gzip.decompress(path.read_bytes())
                    if path.suffix == ".gz"
                    else path.read_bytes()
                )
            except (OSError, EOFError):
                continue
            text = data[:200_000].decode("utf-8", "replace")
            lines.extend(line for line in text.splitlines() if 8 <= len(line) <= 2000)
            if len(lines) >= limit:
                return lines[:limit]
    return lines


def near_misses(regex: re.Pattern[str], corpus: list[str], count: int = 3) -> list[str]:
    """Fragments built from what `regex` really matches, cut short or spoiled at the end, to be
    repeated: the inputs that make a backtracking engine retry the most."""
    found: list[str] = []
    for line in corpus:
        try:
            m = regex.search(line)
        except RecursionError:
            continue
        if m and len(m.group(0)) >= 2:
            found.append(m.group(0)[:200])
            if len(found) >= count:
                break
    out = []
    for text in found:
        out.append(text[:-1])  # a match cut short
        out.append(text[:-1] + "\x00")  # ... and spoiled
        out.append(text + " ")
    return out


def repeat_to(fragment: str, size: int) -> str:
    return (fragment * (size // max(1, len(fragment)) + 1))[:size]


def adversarial_inputs(regex: re.Pattern[str], corpus: list[str], size: int) -> dict[str, str]:
    """Named `size`-character inputs for `regex`: each fragment repeated, each near-miss
    repeated, a run of each fragment after a real match's start, and the pumps read off the
    pattern's own repetitions (`regex_pumps`)."""
    inputs = {name: repeat_to(frag, size) for name, frag in FRAGMENTS.items()}
    inputs.update(pumped_inputs(regex, size))
    for i, frag in enumerate(near_misses(regex, corpus)):
        inputs[f"near-miss {i}"] = repeat_to(frag, size)
        # The near-miss once, then a long run the pattern's tail may loop over.
        for run in (" ", "1", "a", "."):
            inputs[f"near-miss {i} + {run!r} run"] = frag + repeat_to(run, size - len(frag))
    return inputs


def run(regex: re.Pattern[str], mode: str, text: str) -> object:
    if mode == "re2":
        import pyarrow as pa
        import pyarrow.compute as pc

        return pc.replace_substring_regex(pa.array([text]), regex.pattern, "<*>")
    if mode == "explain":
        from errctl.fingerprint.masking import explain_masks

        return explain_masks(text)
    if mode == "match":
        return regex.match(text)
    if mode == "fullmatch":
        return regex.fullmatch(text)
    return regex.search(text)


def exercise_all(size: int) -> Iterator[str]:
    """Run every regex the way errctl calls it on every adversarial input of `size` characters
    (or its callers' bound); yields each regex's name before running it."""
    corpus = sample_lines()
    for entry in inventory():
        yield entry.name
        n = min(size, entry.bound or size)
        for text in adversarial_inputs(entry.regex, corpus, n).values():
            for mode in entry.modes:
                run(entry.regex, mode, text)


if __name__ == "__main__":  # the child process of tests/test_regex_worst_case.py
    import sys

    for name in exercise_all(int(sys.argv[1])):
        print(name, flush=True)
    print("-- done", flush=True)
