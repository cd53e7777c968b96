"""Which stack frames belong to the application, and which to libraries and the runtime.

Sentry's rule, which users know: frames from installed packages, vendored code and the
language's standard library are not "in app". The rules are data; user rules (the grouping
issue's config) go in front of them.
"""

from __future__ import annotations

from errctl.models import Frame

# Path fragments of installed, vendored and runtime code, whatever the language.
LIBRARY_PATH_PARTS: tuple[str, ...] = (
    "site-packages/",
    "dist-packages/",
    "node_modules/",
    "/vendor/",
    "/third_party/",
    "/go/pkg/mod/",
)
LIBRARY_PATH_STARTS: tuple[str, ...] = (
    "vendor/",
    "<frozen ",
    "node:",
    "internal/",
    "/usr/local/go/src/",
    "runtime/",
)

# Module / class prefixes of standard libraries and of the frameworks whose frames sit between
# every request and the application's code (they would otherwise make every error look alike).
LIBRARY_MODULE_PREFIXES: tuple[str, ...] = (
    "java.",
    "javax.",
    "jakarta.",
    "jdk.",
    "sun.",
    "com.sun.",
    "kotlin.",
    "kotlinx.",
    "scala.",
    "groovy.",
    "java.base/",
    "org.springframework.",
    "org.apache.",
    "org.hibernate.",
    "org.eclipse.jetty.",
    "io.netty.",
    "reactor.",
    "com.zaxxer.",
    "org.postgresql.",
    "com.mysql.",
    "okhttp3.",
    "System.",
    "Microsoft.",
    "runtime.",
)


def is_library_path(file_or_module: str) -> bool:
    """Whether a frame's file or module belongs to a runtime or a third-party package.

    Pass the file for Python, Node and Go frames (a Python module name alone cannot tell
    `requests.sessions` from application code) and the module for JVM and .NET frames.
    """
    if not file_or_module:
        return False
    p = file_or_module.replace("\\", "/")
    if any(part in p for part in LIBRARY_PATH_PARTS) or p.startswith(LIBRARY_PATH_STARTS):
        return True
    if "/lib/python" in p:  # the standard library: .../lib/python3.11/json/decoder.py
        k = p.find("/lib/python") + len("/lib/python")
        if k < len(p) and p[k].isdigit():
            return True
    if "/Lib/" in p and "Python" in p:  # Windows: C:\Python311\Lib\...
        return True
    return p.startswith(LIBRARY_MODULE_PREFIXES) or p in ("runtime", "java", "kotlin", "scala")


def is_library_frame(frame: Frame) -> bool:
    if frame.in_app is not None:
        return not frame.in_app
    if frame.file and is_library_path(frame.file):
        return True
    return bool(frame.module and is_library_path(frame.module))
