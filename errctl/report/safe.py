"""Making log-derived text (titles, services, hosts) harmless in each medium.

Logs are written by whoever can make an application log: a title may carry ANSI escapes, bidi
overrides, markdown, HTML, `<script>`, `@channel` or a URL. Renderers pass every such string
through the function for their medium, and through nothing else.
"""

from __future__ import annotations

import html
import re

# C0/C1 controls (ANSI and OSC escapes start with them) and the bidi overrides that reorder
# text; tab and newline stay. errctl.cli.console uses this same rule for the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BACKTICKS = re.compile(r"`+")


def visible(text: str) -> str:
    """Control characters (ANSI escapes, bidi overrides, ...) shown as `\\x1b`, not obeyed."""
    return _CONTROL.sub(_show, text)


def _show(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def one_line(text: str | None, limit: int, empty: str = "-") -> str:
    """The first line of `text`, controls made visible, cut to `limit` characters with `…`."""
    if not text:
        return empty
    line = visible(text.split("\n", 1)[0].rstrip("\r"))
    if len(line) > limit:
        line = line[: max(1, limit - 1)] + "…"
    return line or empty


def html_text(text: str) -> str:
    """For HTML element content and (quoted) attribute values: `& < > " '` escaped."""
    return html.escape(visible(text), quote=True)


def md_code(text: str, *, in_table: bool = True, chat: bool = False) -> str:
    """`text` as a markdown code span: GitHub renders nothing inside one (no emphasis, links,
    autolinks, HTML or @mentions). The fence is longer than any run of backticks in the text.
    In a table, `|` is escaped (GFM splits cells on it even inside code). For chat targets,
    `@` is followed by a zero-width space and `<` `>` become `‹` `›` (but in the mask token
    `<*>`), as some chat apps still act on `@here` or `<!channel>` inside code."""
    text = text.replace("\n", " ").replace("\r", " ")
    if chat:
        text = text.replace("@", "@\u200b").replace("<*>", "\ue000")  # keep errctl's mask token
        text = text.replace("<", "‹").replace(">", "›").replace("\ue000", "<*>")
    if in_table:
        text = text.replace("|", "\\|")
    longest = max((len(m) for m in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"
