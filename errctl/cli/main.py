"""Entry point of the `errctl` console script: registers the command modules and runs.

Commands are listed in `errctl --help` in the order their modules are imported here: the order
a newcomer needs them, not the alphabet.

Start-up matters (`errctl top` answers in under half a second, issue #5): Typer builds a click
command for every registered command on every run, reading each function's signature and
evaluating its annotations (about 50 ms for all of them). `main` builds only the command the
command line names; `--help`, completion and unknown names get the whole application.
"""

# ruff: noqa: I001, F401
from __future__ import annotations

import copy
import sys
from collections.abc import Sequence

import typer
from typer.main import get_command_name

from errctl.cli.app import app
from errctl.cli import ingest as _ingest
from errctl.cli import search as _search
from errctl.cli import top as _top
from errctl.cli import groups as _groups
from errctl.cli import lifecycle as _lifecycle
from errctl.cli import quarantine as _quarantine
from errctl.cli import reclassify as _reclassify
from errctl.cli import prune as _prune
from errctl.cli import gate as _gate
from errctl.cli import alert as _alert
from errctl.cli import report as _report
from errctl.cli import sql as _sql
from errctl.cli.config import config_app
from errctl.cli.severity import severity_app

app.add_typer(config_app, name="config")
app.add_typer(severity_app, name="severity")
app.add_typer(_gate.baseline_app, name="baseline")
app.add_typer(_alert.alert_app, name="alert")
app.add_typer(_alert.silence_app, name="silence")

_HELP_WIDTH = 74
"""The columns an example line may take in --help: click writes help 78 wide at most and
indents an epilog's text by 2, besides the 2 of the line itself."""


def keep_examples_whole(epilog: str) -> str:
    """An epilog for click that prints its example command lines as written.

    click refills every paragraph of an epilog to the terminal: `errctl top  # the last hour,
    most urgent first` came out with `first` alone on the next line, indented like a command.
    Each paragraph of indented lines is marked `\b` (click's "do not rewrap"), and an example whose
    `# comment` makes it too wide has the comment on a line of its own above it."""
    paragraphs = epilog.split("\n\n")
    examples = [
        all(line.startswith("  ") for line in p.split("\n") if line.strip()) for p in paragraphs
    ]
    # One layout for all of an epilog's examples: comments above them all, when one is too wide.
    above = any(
        " # " in line and len(line) > _HELP_WIDTH
        for p, example in zip(paragraphs, examples, strict=True)
        if example
        for line in p.split("\n")
    )
    kept = []
    for paragraph, example in zip(paragraphs, examples, strict=True):
        if not example:
            kept.append(paragraph)
            continue
        lines = []
        for line in paragraph.split("\n"):
            command, hash_, comment = line.partition(" # ")
            if hash_ and above:
                lines += [f"  # {comment.strip()}", command.rstrip()]
            else:
                lines.append(line)
        kept.append("\b\n" + "\n".join(lines))
    return "\n\n".join(kept)


def _keep_all_examples_whole(typer_app: typer.Typer) -> None:
    for command in typer_app.registered_commands:
        if command.epilog:
            command.epilog = keep_examples_whole(command.epilog)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            info = group.typer_instance.info
            if isinstance(info.help, str):  # a group's help holds its examples (alert)
                info.help = keep_examples_whole(info.help)
            _keep_all_examples_whole(group.typer_instance)


_keep_all_examples_whole(app)

GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--db", "--lock-timeout", "--config"})
"""The global options (app.main_options) that take a value: the word after one is its value,
not the command. A test holds this equal to the callback's options."""


def _command_index(argv: Sequence[str]) -> int | None:
    """Where the command's name is in a command line: its first word that is not a global
    option or a global option's value; None when it names none (`errctl --version`)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            i += 2
        elif not word.startswith("-"):
            return i
        else:
            i += 1
    return None


def invoked_command(argv: Sequence[str]) -> str | None:
    """The command name a command line invokes; None when it names none (`errctl`,
    `errctl --version`)."""
    at = _command_index(argv)
    return None if at is None else argv[at]


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """`argv` with the global options given after the command moved before it, where click
    reads them: `errctl search timeout --db ci.duckdb` as `errctl --db ci.duckdb search
    timeout`. It was "No such option: --db", while a user adds --db, --config or
    --lock-timeout at the end of a command line copied from the docs. No command has an
    option of these names (a test holds it), and nothing after `--` moves. Placed just
    before the command, one also given before it (`errctl --db a search --db b`) is still
    the later, as click reads the last."""
    words = list(argv)
    command = None
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            return words
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            i += 2
            continue
        if not word.startswith("-"):
            command = i
            break
        i += 1
    if command is None:
        return words
    kept, moved = words[: command + 1], []
    rest = iter(words[command + 1 :])
    for word in rest:
        if word == "--":
            kept += [word, *rest]
            break
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            value = next(rest, None)
            if value is None:  # left for click to report, not taking the command as its value
                kept.append(word)
            else:
                moved += [word, value]
        elif word.split("=", 1)[0] in GLOBAL_OPTIONS_WITH_VALUE and "=" in word:
            moved.append(word)
        else:
            kept.append(word)
    return kept[:command] + moved + kept[command:]


QUERY_COMMANDS = frozenset({"search", "top", "groups", "sql"})
"""The commands whose words are a query: `-term` leaves out what a term matches, and SQL may
open with a `-- comment`."""


def excluded_terms_as_words(argv: Sequence[str], full: typer.Typer = app) -> list[str]:
    """`argv` with a query command's words after `--`, when one opens with `-` and is no
    option of the command: `errctl search timeout -healthcheck --level error` as `errctl
    search --level error -- timeout -healthcheck`. click read `-healthcheck` as the short
    options -h -e -a ... and said "No such option: -e", while the query language (and grep -v
    habit) writes a word to leave out as `-word`. A word that is an option (`-C5`, `-h`,
    `--level`) or an option's value (`--since -2h`) stays where it is; an unknown `--name`
    too, for click to report as the typo it is. The words keep their order."""
    at = _command_index(argv)
    words = list(argv)
    if at is None or words[at] not in QUERY_COMMANDS:
        return words
    rest = words[at + 1 :]
    before_dash_dash = rest[: rest.index("--")] if "--" in rest else rest
    if not any(_may_be_a_term(w) for w in before_dash_dash):
        return words
    takes_value = _options_of(full, words[at])
    kept: list[str] = []
    terms: list[str] = []
    it = iter(rest)
    for word in it:
        if word == "--":
            terms += it
            break
        if word.startswith("--") and not _spaced(word):
            kept.append(word)
            if "=" not in word and takes_value.get(word):
                kept += [value for value in [next(it, None)] if value is not None]
        elif word.startswith("-") and not _spaced(word) and _short_options(word, takes_value):
            kept.append(word)
            if len(word) == 2 and takes_value[word]:
                kept += [value for value in [next(it, None)] if value is not None]
        elif _option_meant(word, takes_value):
            kept.append(word)  # for click to say it is no option, not a term leaving out
        else:
            terms.append(word)
    return words[: at + 1] + kept + (["--", *terms] if terms else [])


def _option_meant(word: str, takes_value: dict[str, bool]) -> bool:
    """Whether `-x` or `-name` reads as an option mistyped rather than a term: one letter (a
    short option the command lacks, `-n 5`), or a long option's name with one dash (Go's
    flag habit, `-since 1h`). As terms they would leave out every event with an `n`, or take
    `1h` as a word to find, and say nothing."""
    if _spaced(word) or word.startswith("--"):
        return False
    return len(word) == 2 or "-" + word.split("=", 1)[0] in takes_value


def _spaced(word: str) -> bool:
    """A word with a blank in it is no option's name (`-"a phrase"`, `-- a SQL comment`)."""
    return any(c.isspace() for c in word)


def _may_be_a_term(word: str) -> bool:
    """Whether `word` opens with `-` and may be no option of the command (a closer look tells)."""
    return word.startswith("-") and (_spaced(word) or not word.startswith("--")) and word != "-"


def _options_of(full: typer.Typer, name: str) -> dict[str, bool]:
    """Each option spelling of command `name`, and whether it takes a value."""
    group = typer.main.get_command(app_for(name, full))
    command = group.commands[name]  # type: ignore[attr-defined]
    spellings = {"-h": False, "--help": False}  # the app's help_option_names (app.py)
    for param in command.params:
        if param.param_type_name == "option":
            takes_value = not (param.is_flag or param.count)
            for spelling in [*param.opts, *param.secondary_opts]:
                spellings[spelling] = takes_value
    return spellings


def _short_options(word: str, takes_value: dict[str, bool]) -> bool:
    """Whether `-xyz` reads as short options: one taking a value (`-C5`), or flags only."""
    first = word[:2]
    if first not in takes_value:
        return False
    return takes_value[first] or all(f"-{c}" in takes_value for c in word[1:])


def app_for(name: str | None, full: typer.Typer = app) -> typer.Typer:
    """`full` with only the command or command group `name` registered, so that only it is
    built; `full` itself when `name` is None or no command of it (click then lists them)."""
    if name is None:
        return full
    commands = [
        c
        for c in full.registered_commands
        if (c.name or get_command_name(c.callback.__name__)) == name  # type: ignore[union-attr]
    ]
    groups = [g for g in full.registered_groups if g.name == name]
    if not commands and not groups:
        return full
    lean = copy.copy(full)
    lean.registered_commands = commands
    lean.registered_groups = groups
    return lean


def main() -> None:
    argv = command_line(sys.argv[1:])
    app_for(invoked_command(argv))(args=argv, prog_name="errctl")


def command_line(argv: Sequence[str]) -> list[str]:
    """`argv` as click is to read it (the rewrites above)."""
    return excluded_terms_as_words(hoist_global_options(argv))


if __name__ == "__main__":
    main()
