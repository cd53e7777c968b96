import pytest

from errctl.fingerprint.inapp import is_library_frame, is_library_path
from errctl.models import Frame

# --- is_library_path -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("/usr/local/lib/python3.11/site-packages/requests/sessions.py", True),
        ("/usr/lib/python3/dist-packages/apt/cache.py", True),
        ("/usr/lib/python3.11/json/decoder.py", True),
        ("/root/.pyenv/versions/3.11.7/lib/python3.11/importlib/__init__.py", True),
        ("<frozen importlib._bootstrap>", True),
        ("/srv/app/node_modules/express/lib/router/layer.js", True),
        ("node:internal/timers", True),
        ("/go/src/github.com/acme/app/vendor/github.com/pkg/errors/errors.go", True),
        ("/usr/local/go/src/net/http/server.go", True),
        ("runtime/panic.go", True),
        ("java.lang.Thread", True),
        ("javax.servlet.http.HttpServlet", True),
        ("jdk.internal.reflect.NativeMethodAccessorImpl", True),
        ("sun.reflect.NativeMethodAccessorImpl", True),
        ("kotlin.coroutines.jvm.internal.BaseContinuationImpl", True),
        ("scala.collection.immutable.List", True),
        ("C:\\Python311\\Lib\\site-packages\\flask\\app.py", True),
        ("/srv/app/orders/api.py", False),
        ("org.springframework.web.servlet.DispatcherServlet", True),
        ("/app/src/shop/orders/views.py", False),
        ("com.acme.orders.OrderService", False),
        ("/srv/app/b.js", False),
        ("github.com/acme/inventory/internal/store", False),
        ("main", False),
        ("", False),
        ("/usr/local/bundle/gems/actionpack-7.1.3/lib/action_controller/metal.rb", True),
        ("/app/vendor/bundle/ruby/3.2.0/gems/rack-3.0.8/lib/rack/builder.rb", True),
        ("/usr/lib/ruby/3.1.0/json/common.rb", True),
        ("/usr/lib/ruby/vendor_ruby/rubygems/core_ext/kernel_require.rb", True),
        ("<internal:kernel>", True),
        ("app/models/user.rb", False),
        ("/app/lib/gems_report.rb", False),
        ("/srv/app/gems/catalog.py", False),  # `gems/` decides for Ruby files only
        ("[internal function]", True),  # PHP calling back into the application
        ("/var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Router.php", True),
        ("/var/www/html/app/Http/Controllers/UserController.php", False),
        # Perl's core and installed modules, wherever a distribution or a tool puts them.
        ("/usr/share/perl5/LWP/UserAgent.pm", True),
        ("/usr/share/perl/5.36/Carp.pm", True),
        ("/usr/lib/x86_64-linux-gnu/perl/5.36/DBI.pm", True),
        ("/usr/lib/x86_64-linux-gnu/perl5/5.36/DBD/Pg.pm", True),
        ("/usr/local/share/perl/5.36.0/Mojo/Server.pm", True),
        ("/usr/share/perl5/vendor_perl/HTTP/Tiny.pm", True),
        ("/usr/lib64/perl5/vendor_perl/DBI.pm", True),
        ("/home/deploy/perl5/perlbrew/perls/perl-5.38.0/lib/site_perl/5.38.0/Moo.pm", True),
        ("/srv/shop/local/lib/perl5/Dancer2/Core/App.pm", True),
        ("C:/Strawberry/perl/site/lib/Try/Tiny.pm", True),
        ("/srv/shop/lib/Shop/Orders.pm", False),
        ("/usr/local/bin/shop-import.pl", False),
        ("/srv/shop/perl5/README.md", False),  # Perl's places decide for Perl files only
    ],
)
def test_is_library_path(where, expected):
    assert is_library_path(where) is expected


def test_an_explicit_in_app_flag_wins():
    lib = "/usr/lib/python3.11/site-packages/x.py"
    assert is_library_frame(Frame(file=lib))
    assert not is_library_frame(Frame(file=lib, in_app=True))
    assert is_library_frame(Frame(module="java.lang.Thread", function="run"))
    assert not is_library_frame(Frame(module="com.acme.Svc", file="Svc.java"))


@pytest.mark.parametrize(
    ("frame", "library"),
    [
        # Debian's GOROOT, as a panic in an HTTP handler prints it.
        (Frame(file="/usr/lib/go-1.19/src/net/http/server.go", module="net/http"), True),
        (Frame(file="/usr/lib/go-1.19/src/sync/waitgroup.go", module="sync"), True),
        # `panic(...)` names no package: its file under GOROOT tells.
        (Frame(file="/usr/lib/go-1.19/src/runtime/panic.go", function="panic"), True),
        (Frame(file="/opt/hostedtoolcache/go/1.22.1/x64/src/runtime/proc.go"), True),
        # -trimpath: the standard library's paths are relative, a dependency's versioned.
        (Frame(file="net/http/server.go", module="net/http"), True),
        (Frame(file="golang.org/x/net@v0.25.0/http2/server.go", module="golang.org/x/net"), True),
        (Frame(file="example.com/orders/main.go", module="main"), False),
        (Frame(file="/tmp/build/orders/main.go", module="main"), False),
        (Frame(file="/src/orders/service.go", module="github.com/acme/api/orders"), False),
        (Frame(file="/home/dev/src/orders/client.go", module="orders"), False),
    ],
)
def test_go_standard_library_and_dependencies_are_not_in_app(frame, library):
    assert is_library_frame(frame) is library
