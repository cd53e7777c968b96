"""A service name taken from where a file lies: `{dir}` and `{file}` in `ingest --service` or
a `[[sources]]` entry's `service`.

Plain-text logs seldom name their program, and a folder of many programs' logs (`/var/log`)
keeps each program's files in a folder of its own or under its name: `nginx/error.log`,
`mysql/error.log`, `redis/redis-server.log`, `php8.2-fpm.log`. One entry names them all:

    [[sources]]
    path = "/var/log/*/*"    # in a folder of its own: the folder's name
    service = "{dir}"

    [[sources]]
    path = "/var/log/*"      # the others (the first entry that matches wins)
    service = "{file}"

- `{dir}`: the name of the folder that holds the file (`nginx`).
- `{file}`: the file's name without what rotation and compression add and without a log's
  extension: `error.log.2.gz`, `error-20240611.log` and `error.log` are all `error`.

Other text is kept (`web-{dir}`). A name that comes out empty (`{dir}` of standard input, which
lies in no folder) is no name: the events keep the service their lines give, or none. Each is
the service only of events that name none, as a literal `--service` is.
"""

from __future__ import annotations

import re
from pathlib import PurePath

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
FIELDS = ("dir", "file")

# What rotation and compression add to a file's name (logrotate's `.1`, `.2.gz`, `dateext`'s
# `-20240611`, `.2024-06-11`), and the extensions of a log file.
_COMPRESSED = re.compile(r"\.(?:gz|bz2|xz|zst|lz4)$")
# (Not `-2`: `worker-2.log` is a worker's, no rotation's.)
_ROTATION = re.compile(r"(?:\.\d{1,4}|[.-]\d{8}(?:\d{2,6})?|[._-]\d{4}-\d\d-\d\d)$")
_LOG_EXTENSION = re.compile(r"\.(?:log|logs|txt|out|err|json|jsonl|ndjson)$", re.IGNORECASE)


def template_problem(template: str) -> str | None:
    """What is wrong with a service template (an unknown `{name}`, a lone brace), or None."""
    for name in _PLACEHOLDER.findall(template):
        if name not in FIELDS:
            known = ", ".join(f"{{{f}}}" for f in FIELDS)
            return f"unknown placeholder {{{name}}} in service {template!r} (known: {known})"
    if "{" in _PLACEHOLDER.sub("", template) or "}" in _PLACEHOLDER.sub("", template):
        return f"a brace without its pair in service {template!r}"
    return None


def file_stem(name: str) -> str:
    """`error.log.2.gz` -> `error`: a file's name without compression, rotation and a log's
    extension (`app-20240611.log` and `app.1.log`, rotated before the extension, too)."""
    stem = _COMPRESSED.sub("", name)
    stem = _ROTATION.sub("", stem)
    stem = _LOG_EXTENSION.sub("", stem)
    stem = _ROTATION.sub("", stem)
    return stem or name


def service_for(template: str | None, path: str | None) -> str | None:
    """The service a template names for the file at `path` (None: standard input, named by
    its source name), or None when it comes out empty or there is no template."""
    if not template:
        return None
    if "{" not in template:
        return template
    where = PurePath(path) if path else None
    values = {
        "dir": where.parent.name if where is not None and len(where.parts) > 1 else "",
        "file": file_stem(where.name) if where is not None else "",
    }
    name = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template).strip()
    return name or None
