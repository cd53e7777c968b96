"""Which stack frames belong to the application, and which to libraries and the runtime.

Sentry's rule, which users know: frames from installed packages, vendored code and the
language's standard library are not "in app". The rules are data; user rules (issue 3's
config) go in front of them.
"""

from __future__ import annotations

import re

from errctl.models import Frame

# Path fragments of third-party and runtime code, whatever the language.
LIBRARY_PATH = re.compile(
    r"(?:^|[/\\])(?:site-packages|dist-packages|node_modules|vendor|vendored|third_party|"
    r"\.venv|venv|\.tox|lib/python\d[\d.]*|lib64/python\d[\d.]*|Lib|go/pkg/mod|"
    r"usr/local/go/src|usr/lib/go[^/]*/src)(?:[/\\]|$)"
    r"|^<frozen |^node:|^internal/|^<anonymous>$|^<string>$"
)

# Module / class prefixes of standard libraries and the most common frameworks' runtimes.
LIBRARY_MODULE = re.compile(
    r"^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|"
    r"org\.springframework|org\.apache|org\.hibernate|org\.eclipse\.jetty|io\.netty|"
    r"reactor|io\.micrometer|com\.zaxxer|org\.postgresql|com\.mysql|okhttp3|"
    r"runtime|net/http|syscall|reflect|System|Microsoft)(?:[./]|$)"
)


def is_library_frame(frame: Frame) -> bool:
    if frame.in_app is not None:
        return not frame.in_app
    if frame.file and LIBRARY_PATH.search(frame.file):
        return True
    return bool(frame.module and LIBRARY_MODULE.match(frame.module))
