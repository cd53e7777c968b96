"""Which stack frames belong to the application, and which to libraries and the runtime.

Sentry's rule, which users know: frames from installed packages, vendored code and the
language's standard library are not "in app". The rules are data; the user's rules
(`[fingerprint] in_app_include` / `in_app_exclude`, as `InAppRules`) go in front of them: a
frame whose file or module matches an include glob is in-app, else one matching an exclude
glob is not, else the parser's mark and then the defaults below decide.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field

from errctl.config.schema import Settings
from errctl.models import Frame

# Path fragments of installed, vendored and runtime code, whatever the language.
LIBRARY_PATH_PARTS: tuple[str, ...] = (
    "site-packages/",
    "dist-packages/",
    "node_modules/",
    "/vendor/",
    "/third_party/",
    "/go/pkg/mod/",
    "/.cargo/registry/",  # Rust crates, and the image's /usr/local/cargo/registry/
    "/cargo/registry/",
    "/rustc/",  # Rust's standard library, as its backtraces name it
)
LIBRARY_PATH_STARTS: tuple[str, ...] = (
    "vendor/",
    "<frozen ",
    "node:",
    "internal/",
    "/usr/local/go/src/",
    "runtime/",
    "[internal function]",  # PHP calling back into the application (array_map, ...)
    "dart:",  # Dart's own libraries (`dart:isolate-patch/isolate_patch.dart`, `dart:async`)
    "package:flutter/",  # Flutter's framework, under every widget's build
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
    "std::",  # Rust's standard library, when a backtrace frame names no file
    "core::",
    "alloc::",
)


# Elixir's standard library and the frameworks its services run on, by their top module (an
# Elixir frame's file, `lib/enum.ex`, is relative to its application and cannot tell them apart
# from the application's own `lib/...`); Erlang's modules are written `:gen_server`.
ELIXIR_LIBRARY_MODULES = frozenset(
    {
        *("Enum", "Stream", "Kernel", "GenServer", "Task", "Agent", "Supervisor", "Registry"),
        *("DynamicSupervisor", "Process", "Application", "Logger", "Code", "Module", "IO"),
        *("File", "Map", "List", "String", "Keyword", "Access", "Protocol", "Mix", "ExUnit"),
        *("Phoenix", "Plug", "Ecto", "DBConnection", "Postgrex", "MyXQL", "Oban", "Broadway"),
        *("Finch", "Mint", "Tesla", "Absinthe", "Bandit", "ThousandIsland", "Jason", "Telemetry"),
    }
)


# Go's standard library, by the first element of its import paths (`net` of `net/http`): a Go
# frame names its package (`net/http.(*conn).serve`), and its file lies under GOROOT's `src/`,
# wherever the toolchain was installed (`/usr/local/go/src/`, Debian's `/usr/lib/go-1.19/src/`,
# Homebrew's `.../libexec/src/`, CI's `/opt/hostedtoolcache/go/1.22.1/x64/src/`).
GO_STDLIB_PACKAGES = frozenset(
    {
        *("archive", "bufio", "bytes", "cmp", "compress", "container", "context", "crypto"),
        *("database", "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go"),
        *("hash", "html", "image", "index", "internal", "io", "iter", "log", "maps", "math"),
        *("mime", "net", "os", "path", "plugin", "reflect", "regexp", "runtime", "slices"),
        *("sort", "strconv", "strings", "structs", "sync", "syscall", "testing", "text", "time"),
        *("unicode", "unique", "unsafe", "weak"),
    }
)
_GO_SOURCES = (".go", ".s")
# A dependency in Go's module cache is written `module@version/file.go`: under `/go/pkg/mod/`,
# and as it stands in a binary built with `-trimpath` (`golang.org/x/net@v0.25.0/http2/...`).
_GO_MODULE_VERSION = re.compile(r"@v\d")


def _is_go_library(file: str, module: str | None) -> bool:
    """A Go frame's: the standard library's by its package when the frame names one (`main`
    and `github.com/acme/...` are not), else by its file under GOROOT's `src/`; a versioned
    dependency by its file."""
    if _GO_MODULE_VERSION.search(file) is not None:
        return True
    if module:
        return module.partition("/")[0] in GO_STDLIB_PACKAGES
    k = file.rfind("/src/")
    while k >= 0:
        if file[k + 5 :].partition("/")[0] in GO_STDLIB_PACKAGES:
            return True
        k = file.rfind("/src/", 0, k)
    return False


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
    if p.startswith("<internal:"):  # Ruby's own code in the VM: `<internal:kernel>`
        return True
    if p.endswith(".rb") and _is_ruby_library(p):
        return True
    if p.endswith(_PERL_SOURCES) and any(part in p for part in _PERL_LIBRARY_PARTS):
        return True
    return p.startswith(LIBRARY_MODULE_PREFIXES) or p in ("runtime", "java", "kotlin", "scala")


_BEAM_SOURCES = (".ex", ".exs", ".erl", ".hrl")

_PERL_SOURCES = (".pm", ".pl", ".al")
# Where Perl's own modules and installed ones live: Debian's core (`/usr/share/perl/5.36/`,
# `/usr/lib/x86_64-linux-gnu/perl/5.36/`) and packaged ones (`/usr/share/perl5/`, `.../perl5/`),
# Red Hat's `vendor_perl`, CPAN's `site_perl` and `/usr/local/share/perl/5.36.0/`, local::lib,
# Carton, perlbrew and plenv (`lib/perl5/`, `perl5/perlbrew/...`), macOS' `/Library/Perl/`,
# Strawberry Perl's `perl/lib/`, `perl/site/lib/` and `perl/vendor/lib/`.
_PERL_LIBRARY_PARTS = (
    *("/perl5/", "/site_perl/", "/vendor_perl/", "/perl/5.", "/Library/Perl/"),
    *("/perl/lib/", "/perl/site/lib/", "/perl/vendor/lib/"),
)


def _is_beam_library_module(module: str) -> bool:
    """An Erlang module (`:gen_server`) or one of Elixir's own and its frameworks' (a module
    name, never a file: `Task.js` is someone's file)."""
    return module[:1] == ":" or module.partition(".")[0] in ELIXIR_LIBRARY_MODULES


# A gem's frame as Rails' backtrace cleaner writes it: `actionpack (7.1.3) lib/...rb`.
_RAILS_GEM = re.compile(r"[A-Za-z0-9_.-]{1,128} \([\w.-]{1,64}\) \S")


def _is_ruby_library(path: str) -> bool:
    """Gems (bundler's `.../bundle/gems/rack-3.0.8/lib/...`, rubygems' `.../gems/3.2.0/gems/...`)
    Debian's packaged ones (`/usr/lib/ruby/vendor_ruby/...`) and the standard library
    (`.../lib/ruby/3.2.0/net/http.rb`), and a gem as Rails' backtrace cleaner names it."""
    if "/gems/" in path or path.startswith("gems/") or "/vendor_ruby/" in path:
        return True
    if " (" in path and _RAILS_GEM.match(path) is not None:
        return True  # Rails' cleaned backtrace: `actionpack (7.1.3) lib/...`
    k = path.find("/lib/ruby/")
    return k >= 0 and path[k + 10 : k + 11].isdigit()


def _compile(globs: tuple[str, ...]) -> re.Pattern[str] | None:
    if not globs:
        return None
    return re.compile("|".join(fnmatch.translate(g) for g in globs), re.IGNORECASE)


@dataclass(frozen=True)
class InAppRules:
    """The user's in-app globs over a frame's file (`/` separators) and module, ignoring case.

    Include wins over exclude; both win over the parser's mark and the built-in defaults."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    _include: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _exclude: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_include", _compile(self.include))
        object.__setattr__(self, "_exclude", _compile(self.exclude))

    @classmethod
    def from_settings(cls, settings: Settings) -> InAppRules:
        fp = settings.fingerprint
        return cls(tuple(fp.in_app_include), tuple(fp.in_app_exclude))

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    def decide(self, frame: Frame) -> tuple[bool, str] | None:
        """(in_app, the glob that decided) when a user glob matches the frame, else None."""
        values = [v for v in (frame.file and frame.file.replace("\\", "/"), frame.module) if v]
        for pattern, globs, in_app in (
            (self._include, self.include, True),
            (self._exclude, self.exclude, False),
        ):
            if pattern is not None and any(pattern.match(v) for v in values):
                glob = next(
                    g for g in globs for v in values if fnmatch.fnmatch(v.lower(), g.lower())
                )
                return in_app, glob
        return None


NO_RULES = InAppRules()


def is_library_frame(frame: Frame, rules: InAppRules = NO_RULES) -> bool:
    if rules:
        decided = rules.decide(frame)
        if decided is not None:
            return not decided[0]
    if frame.in_app is not None:
        return not frame.in_app
    if frame.file and is_library_path(frame.file):
        return True
    if frame.file and frame.file.endswith(_GO_SOURCES):
        return _is_go_library(frame.file.replace("\\", "/"), frame.module)
    module = frame.module
    if not module:
        return False
    # Only a BEAM source's frame is read by Elixir's module names (`Task.Foo` may be a .NET
    # namespace); only Erlang's modules start with a colon.
    beam = module[:1] == ":" or (frame.file is not None and frame.file.endswith(_BEAM_SOURCES))
    return (beam and _is_beam_library_module(module)) or is_library_path(module)
