"""Go's `%v` of a map (`formats.go_map`), and Ory's logrus text that logs requests with it."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.go_map import go_map
from errctl.formats.logfmt import FORMAT
from tests.ingest.stored import stored_events

REDACTED = (
    'Value is sensitive and has been redacted. To see the value set config key "log.leak_'
    'sensitive_values = true" or environment variable "LOG_LEAK_SENSITIVE_VALUES=true".'
)
STARTED = (
    "time=2024-06-07T06:00:42Z level=info msg=started handling request audience=application "
    f"http_request=map[headers:map[accept:application/json authorization:{REDACTED} "
    "user-agent:lua-resty-http/0.17.1 (Lua) ngx_lua/10026] host:auth.example.com method:POST "
    "path:/oauth2/token query:<nil> remote:10.42.2.193:54123 scheme:http] "
    "service_name=Ory Hydra service_version=v2.2.0"
)
COMPLETED = STARTED.replace("started", "completed").replace(
    " service_name",
    " http_response=map["
    "headers:map[cache-control:private, no-cache content-type:application/json; charset=utf-8] "
    "size:1187 status:{status} text_status:OK took:5.5ms] service_name",
)


def test_a_map_is_read_back_with_its_values_blanks():
    assert go_map("map[a:1 b:map[c:x y] d:[1 2]]") == {"a": "1", "b": {"c": "x y"}, "d": "[1 2]"}
    assert go_map("map[]") == {}
    # fmt sorts the keys: a word that sorts before the key it follows is the value's own.
    assert go_map("map[b:one a:two]") == {"b": "one a:two"}
    for text in ("map[a:1", "map[a:1]]", "[a:1]", "map[a:1 b:map[c:2]", "map[:1]"):
        assert go_map(text) is None, text
    # Nested past any header's depth (a hostile line): no reading, and no recursion's limit.
    assert go_map("map[a:" * 5000 + "1" + "]" * 5000) is None


def test_orys_request_map_is_a_dict_and_its_redacted_header_no_pair():
    f = FORMAT.parse(STARTED)
    assert f.message == "started handling request"
    request = f.attributes["http_request"]
    assert (request["method"], request["path"]) == ("POST", "/oauth2/token")
    assert request["headers"]["authorization"] == REDACTED
    assert request["headers"]["user-agent"] == "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"
    assert "LOG_LEAK_SENSITIVE_VALUES" not in f.attributes
    assert f.attributes["service_name"] == "Ory Hydra"


def test_each_route_and_status_is_a_group(tmp_path: Path):
    text = "\n".join(
        [
            STARTED,
            COMPLETED.format(status=200),
            STARTED.replace("POST path:/oauth2/token", "GET path:/userinfo"),
            COMPLETED.format(status=401),
            COMPLETED.format(status=200).replace("06:00:42", "06:00:49"),
        ]
    )
    rows = stored_events(tmp_path, text + "\n", "line, template")
    templates = [t for _, t in rows]
    assert templates[1] == templates[4] != templates[3]
    assert templates[0] != templates[2]
    assert "/oauth2/token" in templates[0] and "/userinfo" in templates[2]
