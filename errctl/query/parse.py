"""The search query language: free text, `/regex/` and `field:value` filters.

timeout                     case-insensitive substring of the message, of the exception
                            chain: the type and message of the exception raised and of
                            each of its causes (`Caused by:`, chained Python exceptions,
                            inner exceptions), not the frames; or of an attribute's value
                            (a JSON record's `"error": "i/o timeout"`, at any depth; not
                            keys, not the trace as logged)
"connection reset"          a phrase (quotes keep the spaces)
/time(d)? out/              a regular expression (RE2 syntax) over the message, over
                            the chain, one `Type: message` line per exception, and over
                            each attribute value
level:error                 exactly that level (use --level for "at least"; `warn`, `err`,
                            `fatal` and `crit` name warning, error and critical)
service:api host:web-1 source:*nginx*  trace:abc123
fingerprint:fp1:3f2a...     a group (or a prefix of its hash): its events and those of
                            the groups merged into it, as top and show count them
fingerprint:=fp1:3f2a...    only the events whose own fingerprint is this (or starts so)
attr.user_id:42             an attribute, dotted paths reach into nested objects
stack:OrderService.charge   events whose stack trace holds this text (a frame's file,
                            module or function; case-insensitive), as parsed or as logged:
                            frames are read by this term alone
-healthcheck !service:canary  any term, negated by a `-` or `!` before it (`-"a phrase"`,
                            `-/regex/`): the events it matches are left out, as grep -v
                            leaves lines out. A query that opens with one is no option to
                            the shell's command line: `errctl search '!healthcheck'`, or
                            `errctl search -- -healthcheck`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from errctl.errors import UsageError
from errctl.models import LEVELS, AttributeFilter, EventFilter
from errctl.query.names import source_glob

_FIELDS = (
    "level",
    "service",
    "host",
    "source",
    "fingerprint",
    "fp",
    "trace",
    "trace_id",
    "stack",
)
_FIELD_TERM = re.compile(r"^(?P<key>attr\.[^:]+|[a-z_]+):(?P<value>.+)$", re.S)


_REGEX_TERM = re.compile(r"/((?:[^/\\]|\\.)+)/(?=\s|$)")
_PHRASE_TERM = re.compile(r"""(?:([\w.:@-]*)")((?:[^"\\]|\\.)*)"(?=\s|$)""")


def level_name(text: str) -> str:
    """The level `--level X` or `level:X` names: a level in any case, or one of the aliases
    the config takes (`warn`, `err`, `fatal`, `crit`: what the logs themselves write, and what
    an engineer types from them). Anything else is a usage error naming the closest level."""
    import difflib

    from errctl.config.loader import LEVEL_ALIASES

    name = LEVEL_ALIASES.get(text.strip().lower(), text.strip().lower())
    if name not in LEVELS:
        suggestion = next(iter(difflib.get_close_matches(name, LEVELS, n=1, cutoff=0.6)), None)
        raise UsageError(
            f"unknown level {text!r}",
            hint=(f"did you mean {suggestion!r}? " if suggestion else "")
            + "levels: "
            + ", ".join(LEVELS),
        )
    return name


def tokenize(query: str) -> list[tuple[str, bool]]:
    """Split a query into terms, each with whether it is negated (a `-` or `!` right before
    it): `/regex/` (backslashes kept as written), `"a phrase"`, `field:"a phrase"`, and
    whitespace-separated words. A phrase is its text without the quotes: `"-1"` is text."""
    terms: list[tuple[str, bool]] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        negated = query[i] in "-!" and i + 1 < n and not query[i + 1].isspace()
        if negated:
            i += 1
        if query[i] == "/":
            m = _REGEX_TERM.match(query, i)
            if m:
                terms.append(("/" + m.group(1) + "/", negated))
                i = m.end()
                continue
        m = _PHRASE_TERM.match(query, i)
        if m:
            terms.append((m.group(1) + m.group(2).replace('\\"', '"'), negated))
            i = m.end()
            continue
        if query[i] == '"':
            raise UsageError(f"unbalanced quote in the query {query!r}")
        j = i
        while j < n and not query[j].isspace():
            j += 1
        terms.append((query[i:j], negated))
        i = j
    return terms


def _checked_regex(pattern: str) -> str:
    """`pattern`, if RE2 (the engine the store's regexp_matches runs, as Arrow's kernels do)
    reads it; else a usage error that says why, before any query runs."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        pc.match_substring_regex(pa.array([""]), pattern)
    except pa.ArrowInvalid as e:
        reason = str(e).removeprefix("Invalid regular expression: ")
        raise UsageError(
            f"/{pattern}/ is not a regular expression errctl can run: {reason} (RE2 syntax: "
            "no lookaround, no backreferences)"
        ) from e
    return pattern


def parse_query(query: str | None, base: EventFilter | None = None) -> EventFilter:
    flt = base or EventFilter()
    if not query or not query.strip():
        return flt
    terms = tokenize(query)
    excluded = [*flt.excluded, *(_with_terms(EventFilter(), [t]) for t, neg in terms if neg)]
    return replace(
        _with_terms(flt, [term for term, negated in terms if not negated]),
        excluded=tuple(excluded),
    )


def _with_terms(flt: EventFilter, terms: list[str]) -> EventFilter:
    """`flt` narrowed by each of `terms`, as the module doc reads them."""
    text, regex = list(flt.text), list(flt.regex)
    levels, services, hosts = list(flt.levels), list(flt.services), list(flt.hosts)
    sources, fps, traces = list(flt.sources), list(flt.fingerprints), list(flt.trace_ids)
    groups = list(flt.groups)
    attrs, stacks = list(flt.attributes), list(flt.stack)
    for term in terms:
        if len(term) > 2 and term.startswith("/") and term.endswith("/"):
            regex.append(_checked_regex(term[1:-1]))
            continue
        m = _FIELD_TERM.match(term)
        if m and (m.group("key") in _FIELDS or m.group("key").startswith("attr.")):
            key, value = m.group("key"), m.group("value")
            if key == "level":
                levels.append(level_name(value))
            elif key == "service":
                services.append(value)
            elif key == "host":
                hosts.append(value)
            elif key == "source":
                sources.append(source_glob(value))
            elif key in ("fingerprint", "fp"):
                # The id a listing shows names the group, merged groups' events included; `=`
                # asks for the stored fingerprint alone.
                if value.startswith("=") and len(value) > 1:
                    fps.append(value[1:])
                else:
                    groups.append(value)
            elif key in ("trace", "trace_id"):
                traces.append(value)
            elif key == "stack":
                stacks.append(value)
            else:
                attrs.append(AttributeFilter(key[len("attr.") :], value))
            continue
        text.append(term)
    return replace(
        flt,
        text=tuple(text),
        regex=tuple(regex),
        levels=tuple(levels),
        services=tuple(services),
        hosts=tuple(hosts),
        sources=tuple(sources),
        fingerprints=tuple(fps),
        groups=tuple(groups),
        trace_ids=tuple(traces),
        attributes=tuple(attrs),
        stack=tuple(stacks),
    )
