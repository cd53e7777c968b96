from __future__ import annotations

import re

import pyarrow as pa
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from errctl.fingerprint import masking
from errctl.fingerprint.masking import (
    DEFAULT_RULES,
    FP1_RULES,
    MASK,
    SMALL_INT,
    build_rules,
    explain_masking,
    explain_masks,
    mask_array,
    mask_message,
    mask_message_python,
)


@pytest.mark.parametrize(
    ("message", "template"),
    [
        ("User 123 logged in from 10.0.0.1:8080", "User <*> logged in from <*>"),
        ("job job-2uLbxVaq finished in 12ms", "job <*> finished in <*>"),
        ("id 550e8400-e29b-41d4-a716-446655440000 gone", "id <*> gone"),
        # A base64 key with its padding, `/` and `+` in it (WireGuard's, as NetBird logs it).
        (
            "stream of peer W9/LjsCU0OnWLw4wDSNFVb9TEVKUeKGEd/jUPDVOcwI= has been closed",
            "stream of peer <*> has been closed",
        ),
        ("peer 6D6UqFgZ+w42WJOR3NffLgUklep7n5RdomC+51hQZ0c=, endpoint", "peer <*>, endpoint"),
        # ... in the URL-safe alphabet (DayZ's player ids): one value, its `=` with it.
        (
            'Player "x"(id=_TcD39t1UGC1CGjOHyf-HVR4aygdQu-GKkMUcJ115Jt=) has been disconnected',
            "Player <*>(id=<*>) has been disconnected",
        ),
        # (A long key of a `key=value` pair is no digest.)
        ("set maxConnectionsPerHost2=5 now", "set maxConnectionsPerHost2=<*> now"),
        ("mail bob.smith@example.com bounced", "mail <*> bounced"),
        # A user at a host and its port: one value, so a name with and without the port agree.
        (
            "Channel sofia/internal/1025@192.168.10.17:5060 entering state [calling][0]",
            "Channel sofia/internal/<*> entering state [calling][<*>]",
        ),
        (
            "Channel sofia/internal/1017@10.20.0.5 entering state [received][100]",
            "Channel sofia/internal/<*> entering state [received][<*>]",
        ),
        ("copy to deploy@bastion.example.com:/srv/app", "copy to <*>:<*>"),
        (
            "C-0x55d5c75a5e75: pgbouncer/postgres@unix(38398):6432 login attempt: db=pgbouncer",
            "<*>: pgbouncer/<*> login attempt: db=pgbouncer",
        ),
        ("fetch https://api.example.com/v1/x?q=1 failed", "fetch <*> failed"),
        # A SIP contact, its parameters and all (one shape whatever the phone registered with).
        (
            "Contact 107/sip:107@192.168.20.49:35698;transport=udp is now Reachable.",
            "Contact <*>/<*> is now Reachable.",
        ),
        (
            "Contact 103/sip:103@192.168.20.37:5060 is now Reachable.",
            "Contact <*>/<*> is now Reachable.",
        ),
        ("reply to mailto:alice@example.com.", "reply to <*>."),
        # A DNS question, its name absolute, then its type and class: one value, whatever the
        # type (a resolver's blocked lookups, its failures); without a class, a host and a word.
        (
            "static 10.1.4.7@40112 telemetry.vendor.example. AAAA IN",
            "static <*>@<*>",
        ),
        (
            "SERVFAIL <_dmarc.mail.example.net. TXT IN>: exceeded the maximum nameserver nxdomains",
            "SERVFAIL <<*>>: exceeded the maximum nameserver nxdomains",
        ),
        ("could not fetch DNSKEY rrset . DNSKEY IN", "could not fetch DNSKEY rrset <*>"),
        ("no signatures for 3fk2.example.net. NSEC3 IN", "no signatures for <*>"),
        ("lookup of api.example.com. A failed", "lookup of <*>. A failed"),
        # A file's name with a blank in it is one path; a word between stays the statement's.
        ("Saving file at /reports/weekly report.ipynb", "Saving file at <*>"),
        # A media library's names hold several blanks, in directories too: one path each, up to
        # its extension; an apostrophe between letters is the name's, a blank before a slash
        # ends the path, and a lower-case word after a blank is a sentence's (below).
        (
            "Picked up job - /library/tv/Mob Psycho 100/Season 1/Mob Psycho 100 - S01E01"
            " [HDTV-1080p].mkv",
            "Picked up job - <*>",
        ),
        (
            "on file '/tmp/cache/Frieren - Beyond Journey's End - S01E01 [HDTV].mkv'",
            "on file '<*>'",
        ),
        (
            "Move triggered by /tv/The Bear/Season 2/The Bear - S02E01.mkv --> /m/The Bear.mkv",
            "Move triggered by <*> --> <*>",
        ),
        ("see /etc/nginx/nginx.conf for more.txt", "see <*> for more.txt"),
        # A title's small words in lower case (Tdarr's `/tv/Interview with the Vampire (2022)`).
        (
            "extractData on:/mnt/tv/Interview with the Vampire (2022)/Season 02/Interview with"
            " the Vampire (2022) - S02E09 [WEBDL-1080p][EAC3 5.1][h265]-NTb.mkv",
            "extractData on:<*>",
        ),
        ("copied /srv/exports/q2 in summary.csv", "copied <*> in summary.csv"),
        ("on request /healthz (ip 10.0.2.16) !!!", "on request /healthz (ip <*>) !!!"),
        # An LDAP entry's distinguished name is one value, up to a colon or the sentence's
        # next word; in quotes it is the quoted value's.
        (
            "uid=fmartin,ou=people,dc=corp,dc=example,dc=com: Invalid credentials",
            "<*>: Invalid credentials",
        ),
        ("user cn=admin,dc=example,dc=com logged in", "user <*> logged in"),
        ("CN=Jane Doe,OU=Staff,DC=corp,DC=com added to group", "<*> added to group"),
        (
            'conn=1004 op=1 MOD dn="uid=m.keller,ou=people,dc=example,dc=com"',
            "conn=<*> op=<*> MOD dn=<*>",
        ),
        ("metrics cpu=5,mem=7 ok", "metrics cpu=<*>,mem=<*> ok"),
        # A component's index or title in brackets, a class named with `::`: one path (a
        # Puppet agent's resource, the source before its message; XPath).
        (
            "(/Stage[main]/Profile::Nginx/File[/etc/nginx/conf.d/up.conf]/content) content changed",
            "(<*>) content changed",
        ),
        ("(/Stage[main]/Profile::Ntp/Service[chronyd]) Triggered", "(<*>) Triggered"),
        ("no node at /html/body/div[2]/p", "no node at <*>"),
        ("copied /srv/exports/q2 to summary.csv", "copied <*> to summary.csv"),
        ("codec list sip: none", "codec list sip: none"),
        ("token 0892141edc4d571d expired", "token <*> expired"),
        ("query 'red shoes' slow", "query <*> slow"),
        # SQL's backquoted identifiers are values as quoted strings are (MariaDB's error log).
        (
            "InnoDB: Cannot add field `notes` in table `shop`.`orders` because after adding it",
            "InnoDB: Cannot add field <*> in table <*>.<*> because after adding it",
        ),
        ("Unknown column `created` in 'where clause'", "Unknown column <*> in <*>"),
        # A US date with its AM or PM (Java's short format, the year in two digits: Tomcat's
        # stuck-thread warnings), so a morning and an afternoon are one template.
        ("active (since [3/11/24, 7:12 AM]) for", "active (since [<*>]) for"),
        ("active (since [3/11/24, 5:34 PM]) for", "active (since [<*>]) for"),
        ('key="a b", other=x', "key=<*>, other=x"),
        # A quoted value holding quoted arguments of its own (Zabbix's item keys) is one value;
        # quoted values side by side stay two.
        (
            'item "db01:vfs.file.regmatch[/var/log/syslog,"error"]" became supported',
            "item <*> became supported",
        ),
        ('key "web01:logrt["/var/log/app.log","ERROR",,100]" failed', "key <*> failed"),
        (
            'error parsing signature "alert dns any any -> any any (msg:"ET INFO DNS .onion"; '
            'dns.query; content:".onion"; sid:2014939;)" from file local.rules at line 3',
            "error parsing signature <*> from file local.rules at line <*>",
        ),
        # A quote escaped inside a quoted value is the value's (logfmt's and JSON's `\"`).
        (
            'latency=fast query="{app=\\"nginx\\"} |= \\"error\\"" query_type=filter',
            "latency=fast query=<*> query_type=filter",
        ),
        ('path "C:\\temp\\" not found, see "x"', "path <*> not found, see <*>"),
        ('args "-f";"/etc/app.conf" rejected', "args <*>;<*> rejected"),
        # (Joined by a comma, they are a list: one value, `test_a_list_is_one_value...`.)
        ('args "-f","/etc/app.conf" rejected', "args <*> rejected"),
        # Single quotes likewise, with Python's `, ` between the arguments (a Jinja template
        # quoted in Home Assistant's errors); a call's quoted arguments stay values each.
        (
            "when rendering template '{{ state_attr('weather.home', 'temp') | round(1) }}' but",
            "when rendering template <*> but",
        ),
        ("call f('a', 'b') and 'x(', 'y'", "call f(<*>, <*>) and <*>, <*>"),
        # A quoted statement holding literals of its own (Vertica's transactions, a Cypher
        # query): one value. A sentence quoting values in a quoted error keeps its words.
        (
            "Begin Txn: a00000000727b4 'COPY t FROM '/data/pv.csv.gz' DELIMITER ',' DIRECT'",
            "Begin Txn: <*>",
        ),
        (
            "Rollback Txn: a0 'select 1 from t where ts > now() - interval '1 hour''",
            "Rollback Txn: <*>",
        ),
        ("[Run - memgraph] 'MATCH (u:User {handle: 'ana'}) RETURN u.id'", "[Run - memgraph] <*>"),
        ("user 'bob' logged in to 'db' and 'x y' left", "user <*> logged in to <*> and <*> left"),
        (
            "failed: 'Error: request failed with error: 'MAC no ack' (233)'",
            "failed: 'Error: request failed with error: <*> (<*>)'",
        ),
        ("input 'unavailable' when rendering 'x'", "input <*> when rendering <*>"),
        # A user agent is one value: in parentheses of its own with all it holds, bare its
        # products and comments only.
        (
            "Resume session from 10.0.5.36 in DE (Mozilla/5.0 (X11; Linux x86_64; rv:126.0) "
            "Gecko/20100101 Firefox/126.0) then done",
            "Resume session from <*> in DE <*> then done",
        ),
        ("from (Mozilla/5.0 (Android) Nextcloud-Talk v19.0.1) joined", "from <*> joined"),
        (
            "ua Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.0.0 Safari/537.36 logged in",
            "ua <*> logged in",
        ),
        ('Expected "a:" got "b;"', "Expected <*> got <*>"),
        # (an embedded object's keys are its words: `test_an_embedded_objects_keys_are_its_wording`)
        ('sent {"id":"a1","ok":true} back', 'sent {"id":<*>,"ok":<*>} back'),
        ("nothing variable here", "nothing variable here"),
        ("block blk_-6952295868487656571 done", "block <*> done"),
        ("peer [fe80::1ff:fe23:4567:890a]:8443 up", "peer <*> up"),
        ("peer 2001:db8::8a2e:370:7334 up", "peer <*> up"),
        ("from /10.250.19.102:54106 to host db1.prod.example.com", "from <*> to host <*>"),
        # The loopback name is a host too, with or without its port; a longer word is not.
        ("Ready to accept connections on localhost:6380", "Ready to accept connections on <*>"),
        (
            "listening on localhost port 5433, localhostname kept",
            "listening on <*> port <*>, localhostname kept",
        ),
        ("commit da39a3ee5e6b4b0d3255bfef95601890afd80709 pushed", "commit <*> pushed"),
        ("digest d41d8cd98f00b204e9800998ecf8427e ok", "digest <*> ok"),
        ("at 2024-05-01T12:30:45.123Z and 12:30:45", "at <*> and <*>"),
        ("on Sun Dec 04 04:47:44 2005 boot", "on <*> boot"),
        ("took 3.5s, size 512 KB, wait -5ms", "took <*>, size <*>, wait <*>"),
        ("addr 0x7fff5fbff8c8 bad", "addr <*> bad"),
        ("ratio 0.75 of 12345 items", "ratio <*> of <*> items"),
        ("read /var/log/app/x.log and C:\\Temp\\a.txt", "read <*> and <*>"),
        ("enabled=true cache=null", "enabled=<*> cache=<*>"),
        ("can't open file, don't retry", "can't open file, don't retry"),
        ("org.apache.hadoop.Foo and/or std::string", "org.apache.hadoop.Foo and/or std::string"),
        ("DHCPACK(br0) aa:bb:cc:dd:ee:ff myhost", "DHCPACK(<*>) <*> myhost"),
        ("MAC=a0:57:e3:00:78:9e:00:11:22:33:44:55:08:00 SRC", "MAC=<*> SRC"),
        ("nic AA-BB-CC-DD-EE-FF up at 12:34:56", "nic <*> up at <*>"),
        ("offset=-1234 x -5678", "offset=<*> x <*>"),
        ("1.2.3.4:50210 [26/Feb/2019:23:08:47.266] fe/be: closed", "<*> [<*>] fe/be: closed"),
        ("route 192.168.40.0/22 via uplink", "route <*> via uplink"),
        ("release built on 11/02/2023 08:15 GMT", "release built on <*> GMT"),
        # Its AM or PM is the time's: a reboot in the afternoon is the morning's statement.
        ("last reboot 7/4/2025 3:09:41 PM by admin", "last reboot <*> by admin"),
        ("inet fe80::a00:27ff:fe4e:66a1/64 scope link", "inet <*> scope link"),
        # A namespace's hex-lettered name is no address ending in `::` (Perl's DBI driver, a
        # C++ namespace); a prefix written with its length is; a mapped IPv4 address is one.
        ("DBD::Pg::st execute failed: ERROR", "DBD::Pg::st execute failed: ERROR"),
        ("in cc::Foo::bar()", "in cc::Foo::bar()"),
        ("route 2001:db8::/32 added", "route <*> added"),
        ("from ::ffff:192.168.1.20 port 22", "from <*> port <*>"),
        # A list glued by commas is one value, whichever items (rspamd's symbols, their
        # options in braces with blanks); a list written with blanks, or of one item, is not.
        (
            "[-1.70/15.00] [ARC_NA(0.00){},ASN(0.00){asn:15169, ipnet:8.8.8.0/24;},X(1.0){}]),",
            "[<*>/<*>] <*>),",
        ),
        ("ids [3,17,42] and [one] and [x, y]", "ids <*> and [one] and [x, y]"),
        # A set in braces, its items joined by a comma and a blank, is one value whichever
        # items and however many (MIT Kerberos' etypes); a JSON object, a struct's fields and
        # a map's pairs are none.
        (
            "AS_REQ (3 etypes {aes256-cts-hmac-sha1-96(18), DEPRECATED:arcfour-hmac(23),"
            " UNSUPPORTED:(-135)}) 10.0.2.40: ISSUE",
            "AS_REQ (<*> etypes <*>) <*>: ISSUE",
        ),
        ("members {ann, bob} and {solo}", "members <*> and {solo}"),
        ('body {"a": "x", "b": "y"} sent', 'body {"a": <*>, "b": <*>} sent'),
        ("at Point { x: 1, y: 2 }", "at Point { x: <*>, y: <*> }"),
        # A map as Elixir and Erlang print it is one value, whichever keys, however many, none
        # at all; a format's `%{name}` placeholder is no map.
        (
            '  Parameters: %{"id" => "42", "page" => %{"n" => "2"}}',
            "  Parameters: <*>",
        ),
        ("Session: %{} user %User{id: 42, name: ann} ok", "Session: <*> user <*> ok"),
        ("dropped: #{cannot_publish => 1}", "dropped: <*>"),
        (
            'P: %{"order" => %{"items" => [%{"id" => 239, "qty" => 3}, %{"id" => 7}]}} end',
            "P: <*> end",
        ),
        ("Pipelines: [:api, :require_token] and [:browser]", "Pipelines: <*> and <*>"),
        ("Hello %{user}, welcome", "Hello %{user}, welcome"),
        # A Java system property is no host (`home` is no top-level domain here).
        ("Client environment:user.home=/var/lib/kafka", "Client environment:user.home=<*>"),
        # An object's printed form is one value however its parts are laid out; a text in
        # angle brackets (`<no value>`) or a generic type (`Map<K, V>`) is none.
        (
            "Running x using lock (<FileLock using file '/var/lib/cloud/sem/x'>)",
            "Running x using lock (<*>)",
        ),
        (
            "Running y using lock (<cloudinit.helpers.DummyLock object at 0x7fd704ebe3fc>)",
            "Running y using lock (<*>)",
        ),
        ("got <no value> for Map<String, Integer>", "got <no value> for Map<String, Integer>"),
        # A request's method in capitals is no type: Scrapy's request, its URL the value.
        (
            "Crawled (200) <GET https://shop.example.com/s?q=lamp&p=2> (referer: None)",
            "Crawled (<*>) <GET <*>> (referer: <*>)",
        ),
        # RFC 2822's date is one value, its day name and zone with it.
        (
            "Cloud-init running at Wed, 01 May 2024 10:02:03 +0000. Up 5.66 seconds.",
            "Cloud-init running at <*>. Up <*> seconds.",
        ),
        ("expires Fri, 3 May 2024 13:19:12 GMT; path=/", "expires <*>; path=/"),
        # A time's AM or PM is the time's (dnf's `%c` in en_US), zone and all.
        (
            "appstream: using metadata from Tue 04 Jun 2024 07:12:44 PM UTC.",
            "appstream: using metadata from <*>.",
        ),
        ("retried at 07:12:44 AM, then gave up", "retried at <*>, then gave up"),
        ("at 07:12:44 AMBER alert", "at <*> AMBER alert"),
        # A host with a port, whatever its top-level domain; a source file and its line stay.
        ("NTS-KE session with nts.netnod.se:4460 timed out", "NTS-KE session with <*> timed out"),
        ("panic at auth.go:1702", "panic at auth.go:<*>"),
        # No value, in parentheses where a value goes, is one: `(unset)` next to numbers.
        ("Setting fail-count: 3 -> (unset) | from a", "Setting fail-count: <*> -> <*> | from a"),
        ("user (null) logged in, status (busy)", "user <*> logged in, status (busy)"),
        # And in angle brackets: a broker's client before it sent its id, Go's `<nil>`; an
        # empty `<>` and other bracketed words stay.
        ("Client <unknown> closed its connection.", "Client <*> closed its connection."),
        ("dial: err=<nil>, user=<>, mode=<auto>", "dial: err=<*>, user=<>, mode=<auto>"),
        ("exe=(unknown) comm=(busy)", "exe=<*> comm=(busy)"),
        # And in square brackets, a phrase of two words too: a client id that is a value
        # (`[01:aa:...]`) or none (`[no info]`) is one template; other bracketed words stay.
        ("cid=[01:aa:bb:cc:dd:ee:ff], tid=0x1f", "cid=<*>, tid=<*>"),
        ("cid=[no info], tid=0x1f", "cid=<*>, tid=<*>"),
        ("user [none] in [staging] (not set)", "user <*> in [staging] <*>"),
        # dpkg's `<none>` (no version before an install) stays: the action's anchor.
        ("install libgdbm6:amd64 <none> 1.23-3", "install <*>:<*> <none> <*>"),
        # An empty string is a value of its own, not the opening of the next one.
        ("argv ['ssh-keygen', '-N', '', '-f', '/k'] ok", "argv [<*>, <*>, <*>, <*>, <*>] ok"),
        # A Kubernetes kind as client-go prints a GroupVersionKind, the core group's too.
        (
            "failed to list autoscaling.k8s.io/v1, Kind=VerticalPodAutoscaler: forbidden",
            "failed to list <*>: forbidden",
        ),
        ("failed to list /v1, Kind=Pod: forbidden", "failed to list <*>: forbidden"),
        # Braces are no part of a URL (a route pattern's, or a context's `{...}`).
        (
            "context {/,file:///opt/app/webapp/,AVAILABLE}{/app.war} ready",
            "context {/,<*>}{/app.war} ready",
        ),
    ],
)
def test_masks_by_class(message: str, template: str):
    assert mask_message(message) == template


@pytest.mark.parametrize(
    "message", ["fetch returned HTTP 400", "status=404", "exit code 2", "rc: 17"]
)
def test_small_integers_after_an_enumeration_key_stay_so_status_codes_stay_distinct(message: str):
    assert mask_message(message) == message
    assert mask_message("HTTP 400 bad") != mask_message("HTTP 500 bad")


def test_adjacent_masks_collapse_into_one():
    assert mask_message("at 10.0.0.1 10.0.0.2  10.0.0.3 end") == "at <*> end"
    # Joined by a comma into one token, they are a list: one value (below).
    assert mask_message("pair 10.0.0.1:80,10.0.0.2:81") == "pair <*>"


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Laravel's console components fill the width with dots up to the status: their count
        # follows the name's length, down to one dot or none.
        ("App\\Jobs\\DeleteWorker ............ RUNNING", "App\\Jobs\\DeleteWorker RUNNING"),
        ("App\\Jobs\\FeedInsertRemote . 5.45ms DONE", "App\\Jobs\\FeedInsertRemote  <*> DONE"),
        ("App\\Jobs\\DeleteWorker ........ <*> .. 6.37ms DONE", "App\\Jobs\\DeleteWorker <*> DONE"),
        # Maven's reactor summary.
        ("core ........................ SUCCESS [  2.345 s]", "core SUCCESS [  <*> s]"),
        ("App\\Jobs\\FeedInsertRemote . RUNNING", "App\\Jobs\\FeedInsertRemote  RUNNING"),
        # Dots inside or ending a token are no leader, nor is one dot before a path or a dot.
        ("read ./conf/app.ini and ../x", "read <*> and ../x"),
        ("waiting...", "waiting..."),
        ("[build 6/7] COPY . .", "[build <*>/<*>] COPY . ."),
        ("[build 3/7] COPY . /src/app", "[build <*>/<*>] COPY . <*>"),
        ("validation failure <. DNSKEY IN>: no keys", "validation failure <<*>>: no keys"),
    ],
)
def test_a_dot_leader_is_no_wording(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]
    # Not in the masking an exception value's fingerprint was defined with.
    assert mask_message(message, FP1_RULES).count(".") >= message.count(" .")


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A mail's recipients, as amavisd-new and Postfix join them: one value, any number.
        (
            "Checking: AbCdEf12 [10.0.0.7] <ann@example.org> -> <bob@example.net>,<cy@example.com>",
            "Checking: <*> [<*>] <<*>> -> <<*>>",
        ),
        (
            "Checking: Zq9Yx8Wv [10.0.0.7] <ann@example.org> -> <bob@example.net>",
            "Checking: <*> [<*>] <<*>> -> <<*>>",
        ),
        ("brokers 10.0.0.1:9092,10.0.0.2:9092,10.0.0.3:9092 ready", "brokers <*> ready"),
        # A list in square brackets that is a field's value: SpamAssassin's rules that hit,
        # one of them scrubbed for its name (`SPF_PASS=[REDACTED]`).
        (
            "score=-0.2 tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1, SPF_PASS=[REDACTED]] autolearn=ham",
            "score=<*> tests=[<*>] autolearn=ham",
        ),
        (
            "score=7.1 tests=[URIBL_BLACK=1.7, PYZOR_CHECK=1.985] autolearn=no",
            "score=<*> tests=[<*>] autolearn=no",
        ),
        # One item is any field's value, left to the miner; a bracket with no key before it,
        # and masks a comma and a blank part, a record's fields as often as a list, stay.
        (
            "score=-1.0 tests=[ALL_TRUSTED] autolearn=ham",
            "score=<*> tests=[ALL_TRUSTED] autolearn=ham",
        ),
        ("Compacting [a.db, b.db] done", "Compacting [a.db, b.db] done"),
        ("moved 10.0.0.1, 10.0.0.2 to standby", "moved <*>, <*> to standby"),
    ],
)
def test_a_list_is_one_value_whatever_its_length(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]
    # Not in the masking an exception value's fingerprint was defined with.
    if "," in message and "[" not in message:
        assert "," in mask_message(message, FP1_RULES)


def test_explain_names_the_class_of_each_masked_token():
    assert explain_masks("u 42 at 10.1.2.3 id 550e8400-e29b-41d4-a716-446655440000 t 12ms") == [
        ("ipv4", "10.1.2.3"),
        ("uuid", "550e8400-e29b-41d4-a716-446655440000"),
        ("duration", "12ms"),
    ]


def test_explain_names_the_class_that_masked_a_four_part_version():
    """A four-part version of short parts is a dotted quad: ipv4, tried before number, masks
    it (the same `<*>` as number would), and explain names the class that did, as a user who
    switches classes off needs to know (docs/configuration.md)."""
    message = "upstream nginx/1.21.6.1 ready, version 4.2.1.3, was nginx/1.21.6"
    assert mask_message(message) == "upstream nginx/<*> ready, version <*>, was nginx/<*>"
    assert explain_masks(message) == [
        ("ipv4", "1.21.6.1"),
        ("ipv4", "4.2.1.3"),
        ("number", "1.21.6"),
    ]
    no_ipv4 = build_rules(disable=["ipv4"])
    assert mask_message(message, no_ipv4) == mask_message(message)
    assert [c for c, _ in explain_masks(message, no_ipv4)] == ["number"] * 3


def test_classes_can_be_switched_off_and_extended():
    rules = build_rules(disable=["quoted"], extra=[("ticket", r"\bTCK-[A-Z]+\b")])
    assert rules[0].name == "ticket"
    assert mask_message("see 'x' TCK-ABC", rules) == "see 'x' <*>"
    assert mask_array(pa.array(["see 'x' TCK-ABC"]), rules).to_pylist() == ["see 'x' <*>"]
    with pytest.raises(ValueError, match="nope"):
        build_rules(disable=["nope"])


def test_vectorised_masking_agrees_with_the_per_message_form_and_keeps_nulls():
    messages = ["a 1", "a 2", None, "b 0x1f", "c 'q' 3ms", "a 1", "x 1.2.3.4 5.6.7.8"]
    got = mask_array(pa.array(messages)).to_pylist()
    assert got == [None if m is None else mask_message_python(m) for m in messages]


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@given(words)
def test_re2_masking_equals_the_python_reference(message: str):
    # mask_message runs on RE2 (linear on hostile input); fingerprints of exception values
    # were computed with Python's re before, so the two must agree or fingerprints move.
    assert mask_message(message) == mask_message_python(message)


@given(words)
@example("0-0")  # once left `<*>-0`, which masks to `<*>`
@example("retry 1-3 of 12:30-13:45")
@example("0''")  # a quote glued to a value: `<*>''` once, which masked to `<*>`
@example("''0")
@example("id=7\"abc\" and 5'x'")
def test_masking_is_idempotent(message: str):
    once = mask_message(message)
    assert mask_message(once) == once


@given(st.lists(words, min_size=1, max_size=20))
def test_arrow_re2_and_python_re_read_the_rules_alike(messages: list[str]):
    assert mask_array(pa.array(messages)).to_pylist() == [mask_message_python(m) for m in messages]


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_a_template_does_not_move_when_only_masked_values_change(a: int, b: int):
    # Small integers are the miner's to judge (test_mining.py has the same property end to end).
    a, b = a + 1000, b + 1000
    assert mask_message(f"order {a} failed after {b}ms") == mask_message(
        f"order {b} failed after {a}ms"
    )
    assert MASK in mask_message(f"order {a}")


@pytest.mark.parametrize(
    "values",
    [
        # Letters or digits in a MAC's pairs: all of it one value, never the pairs of digits.
        ("aa:bb:cc:dd:ee:ff", "a0:57:e3:00:78:9e", "00:1b:44:11:3a:b7"),
        # A channel name: a protocol-like word and digits is no `PROTOCOL/version status`, and
        # a `-` between two values is no sign, whatever their digits.
        ("PJSIP/2000-00000001", "PJSIP/3456-0000001a", "PJSIP/1000-0000001f"),
    ],
)
def test_one_kind_of_value_masks_alike_whatever_its_characters(values: tuple[str, ...]):
    templates = {mask_message(f"{v} is ringing") for v in values}
    assert len(templates) == 1, templates
    assert not any(c.isdigit() for c in templates.pop())


def test_the_status_after_a_protocol_version_stays():
    assert mask_message("GET /healthz HTTP/1.1 500") != mask_message("GET /healthz HTTP/1.1 200")
    assert mask_message("GET /x HTTP/2.0 404").endswith(" 404")


@given(words)
def test_explain_names_the_tokens_python_finditer_finds(message: str):
    # explain_masks finds tokens with RE2 (linear) and names their class with Python's re.
    expected = [
        (m.lastgroup, m.group(0)) for m in masking._python_regex(DEFAULT_RULES).finditer(message)
    ]
    assert explain_masks(message) == expected


def test_explain_finishes_on_hostile_input():
    # Python's finditer took seconds on 4 KB of `1.`: explain reads the first EXPLAIN_CHARS
    # characters, with RE2 finding the tokens.
    assert explain_masks("id a1 " + "1." * 500_000)[0] == ("id", "a1")


@pytest.mark.parametrize(
    ("message", "template"),
    [
        ("SQL Error: 1213, SQLState: 40001", "SQL Error: 1213, SQLState: 40001"),
        ("[WinError 10054] closed by 10.0.0.5", "[WinError 10054] closed by <*>"),
        ("SQLSTATE[23000]: violation: 1062 for 12345", "SQLSTATE[23000]: violation: <*> for <*>"),
        ("errno=10054 after 12345 bytes", "errno=10054 after <*> bytes"),
        ("error code: 1205 in txn 9876", "error code: 1205 in txn <*>"),
        ("code 123456 is no named code", "code <*> is no named code"),  # six digits: a value
        # Capitals and digits right after `code`: npm's error codes (`E401` a login, `E404` a
        # package), not ids; after another word, an id.
        ("npm error code E404", "npm error code E404"),
        ("failed: code=E401 after 12345 ms", "failed: code=E401 after <*> ms"),
        ("barcode E404 scanned", "barcode <*> scanned"),
    ],
)
def test_an_error_code_after_its_key_stays_so_two_codes_are_two_problems(message, template):
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message, message + " " * 300])).to_pylist() == [
        template,
        mask_message(message + " " * 300),
    ]
    assert mask_message("SQL Error: 1213, x") != mask_message("SQL Error: 1205, x")


def test_named_codes_off_is_the_masking_exception_fingerprints_were_defined_with():
    message = "SQL Error: 1213, SQLState: 40001 after 12345 ms"
    old = "SQL Error: <*>, SQLState: <*> after <*> ms"
    assert mask_message(message, named_codes=False) == old
    assert mask_message(message + " y" * 200, named_codes=False) == old + " y" * 200
    assert mask_array(pa.array([message]), named_codes=False).to_pylist() == [old]
    assert [t for _, t in explain_masks(message, named_codes=False)][:2] == ["1213", "40001"]
    assert [t for _, t in explain_masks(message)] == ["12345"]


@given(
    st.lists(
        st.sampled_from(
            ["SQL Error:", "SQLState ", "errno=", "[WinError ", "code ", "E", "x", "12", " "]
        )
        | st.integers(min_value=0, max_value=999_999).map(str),
        max_size=12,
    ).map("".join)
)
def test_named_codes_read_alike_by_every_path(message: str):
    assert mask_message(message) == mask_message_python(message)
    assert mask_array(pa.array([message])).to_pylist() == [mask_message_python(message)]
    assert mask_message(mask_message(message)) == mask_message(message)


@pytest.mark.parametrize(
    "message",
    [
        "addrs [172.16.8.3/20 fe80::216:3eff:fe01:2b7c/64] on bond0",
        "net 10.8.0.0/16, gw 10.8.0.1",
        "built on 11/02/2023 08:15 GMT",
    ],
)
def test_cidr_addresses_and_us_dates_are_one_value_on_both_paths(message: str):
    masked = mask_array(pa.array([message], pa.string()))[0].as_py()
    assert masked == mask_message_python(message)
    assert "/" not in masked


@pytest.mark.parametrize(
    ("message", "template"),
    [
        ("Started GNOME Shell on X11.", "Started GNOME Shell on <*>."),
        ("Created slice system-systemd\\x2dfsck.slice.", "Created slice system-systemd\\<*>."),
        ("job job-2uLbxVaq. done", "job <*>. done"),
        ("release v1.2.3!", "release <*>!"),
        ("see http://a.example/c?d=1. ok", "see <*>. ok"),
        ("fetch https://x.example/a/b, retrying", "fetch <*>, retrying"),
        # A URL never takes a `)` it did not open; one it opened is its own.
        ("open a bug report (https://github.com/php/php-src/issues).", "open a bug report (<*>)."),
        ("see https://en.wikipedia.org/wiki/Lisp_(language) now", "see <*> now"),
        ("cannot open /var/log/app.log.", "cannot open <*>."),
        ("loaded C:\\Windows\\x.dll; next", "loaded <*>; next"),
        ("config in /etc/app/ now", "config in <*> now"),
    ],
)
def test_a_sentences_end_is_never_part_of_a_masked_token(message: str, template: str):
    # A mask that took the `.` lost the statement's end: `Started <*>.` and `Started ... on
    # <*>` could not be one statement (freetext.py joins on the end).
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message], pa.string())).to_pylist() == [template]


def test_exception_values_keep_the_masking_fp1_was_defined_with():
    # An exception value without frames is fingerprinted `type: masked value`: the sentence-end
    # change of the template classes must not move the fingerprints of stored groups.
    from errctl.fingerprint.fingerprint import canonical_chain
    from errctl.models import ExceptionInfo

    value = "cannot reach node-7f3a.example on X11. see /var/log/app.log."
    chain = [ExceptionInfo(type="ConnectError", value=value, frames=())]
    assert canonical_chain(chain).endswith("ConnectError: cannot reach <*> on <*> see <*>")
    assert mask_message(value) == "cannot reach <*> on <*>. see <*>."


@pytest.mark.parametrize(
    ("message", "template"),
    [
        ("open through proxy proxy.cse.cuhk.edu.hk:5070 HTTPS", "open through proxy <*> HTTPS"),
        ("resolved mirror.kakao.co.kr to 10.0.0.1", "resolved <*> to <*>"),
        ("fetch www.example.com.au.", "fetch <*>."),
        ("error in setup.py:12 here", "error in setup.py:<*> here"),  # a file, not a host
    ],
)
def test_a_host_name_goes_on_to_its_countrys_code(message: str, template: str):
    # `cuhk.edu.hk` masked to `<*>.hk`: the `.hk` stayed as text after the generic `edu`.
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message], pa.string())).to_pylist() == [template]


def test_exception_values_keep_fp1s_host_names():
    from errctl.fingerprint.fingerprint import canonical_chain
    from errctl.models import ExceptionInfo

    chain = [ExceptionInfo(type="ConnectError", value="no route to db.cuhk.edu.hk", frames=())]
    assert canonical_chain(chain).endswith("ConnectError: no route to <*>.hk")


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A server's version of four numbers after its name is no address taking the slash.
        (
            "upstream answered with Server: openresty/1.19.9.1",
            "upstream answered with Server: openresty/<*>",
        ),
        ("upstream answered with Server: nginx/1.25.3", "upstream answered with Server: nginx/<*>"),
        # Java's `host/address`: the name stays, the address is masked after its slash.
        (
            "connecting to taskmanager/10.42.0.17:6122 failed",
            "connecting to taskmanager/<*> failed",
        ),
        # An unnamed Java address (`/10.0.0.1:8080`) is masked with its slash, as before.
        ("bound to [/10.42.0.17:6122] ok", "bound to [<*>] ok"),
        ("route 172.16.4.0/22 added", "route <*> added"),
    ],
)
def test_a_slash_after_a_name_is_not_the_addresss(message: str, template: str):
    # `openresty/1.11.2.5` masked to `openresty<*>`, while `nginx/1.29.0` gave `nginx/<*>`:
    # two templates for one statement, and a name glued to its mask.
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message], pa.string())).to_pylist() == [template]


def test_exception_values_keep_fp1s_slash_before_an_address():
    from errctl.fingerprint.fingerprint import canonical_chain
    from errctl.models import ExceptionInfo

    chain = [
        ExceptionInfo(type="ConnectError", value="refused by primary/10.0.0.5:5432", frames=())
    ]
    assert canonical_chain(chain).endswith("ConnectError: refused by primary<*>")


def test_an_exception_value_is_masked_as_fp1_was_defined_without_later_classes():
    # fp1's exception values keep their fingerprints: a class added later masks templates only.
    value = "lock <FileLock using file '/run/x.lock'> busy"
    assert mask_message(value) == "lock <*> busy"
    assert mask_message(value, masking.FP1_RULES) == "lock <FileLock using file <*>> busy"
    assert mask_message("user (null) x", masking.FP1_RULES) == "user (<*>) x"


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # An HTTP API's request log: the path's query string and a colon inside a component
        # belong to the path, whatever the query's layout.
        (
            "Request finished: method=GET url=/v1/health/service/web?passing=1&index=88123 "
            "from=127.0.0.1:53412 latency=1.2ms",
            "Request finished: method=GET url=<*> from=<*> latency=<*>",
        ),
        (
            "Request finished: method=PUT url=/v1/agent/check/pass/service:web-1 "
            "from=10.0.2.7:40112 latency=0.9ms",
            "Request finished: method=PUT url=<*> from=<*> latency=<*>",
        ),
        ("GET /api/v1/users?id=5&stale= HTTP/1.1", "GET <*> HTTP/<*>"),
        # Still ends at a sentence's punctuation and at a colon before a blank.
        ("open /etc/app/app.conf: No such file", "open <*>: No such file"),
        ("rotated /var/log/app/app.log.", "rotated <*>."),
        ("see /srv/www/index.html?lang=en, then retry", "see <*>, then retry"),
        # A path of one component is a word, unless a query follows it: a request's path.
        (
            "SIGPIPE: writing to a closed pipe on request /login?next=%2Fcart (ip 10.0.2.15) !!!",
            "SIGPIPE: writing to a closed pipe on request <*> (ip <*>) !!!",
        ),
        ("during GET /search?q=linen+shirt (10.0.2.16)", "during GET <*> (<*>)"),
        # A filter's `!=` in the query is the query's (Icinga 2's API, Kubernetes' field
        # selectors): it split one request path into `<*>!=<*>` and `<*>`.
        (
            "Request GET /v1/objects/services?filter=service.state!=0 (from [10.20.0.2]:50050)",
            "Request GET <*> (from [<*>]:<*>)",
        ),
        (
            "GET /api/v1/pods?fieldSelector=status.phase!=Running&limit=500 took 12ms",
            "GET <*> took <*>",
        ),
        # an exclamation mark after it still ends it
        ("fetched /a/b?c=1! now", "fetched <*>! now"),
        # A request's target after its method ends before a colon, comma or semicolon that
        # closes it: the sentence's own (its error after it is the statement's wording).
        (
            "Request failed: GET /api/users/me: timeout exceeded when trying to connect",
            "Request failed: GET <*>: timeout exceeded when trying to connect",
        ),
        (
            "Request failed: POST /api/orders: connect ECONNREFUSED 10.0.3.12:5432",
            "Request failed: POST <*>: connect ECONNREFUSED <*>",
        ),
        ("upstream GET /a/b?x=1, retrying", "upstream GET <*>, retrying"),
        (
            "denied /admin and /stats/, what is /help? none",
            "denied /admin and /stats/, what is /help? none",
        ),
    ],
)
def test_a_query_string_and_a_colon_belong_to_the_path(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


def test_explain_masking_lists_the_small_integers_and_what_stays():
    """The small integers were missing from explain: `retry 3 of 5 for job 42` showed no mask
    for 3, 5 or 42, though the template has `<*>` there. And a status that stays (`HTTP 500`)
    is listed with the key that keeps it."""
    masked, kept = explain_masking("retry 3 of 5 for job 42 failed after 1.5s")
    assert masked == [(SMALL_INT, "3"), (SMALL_INT, "5"), (SMALL_INT, "42"), ("duration", "1.5s")]
    assert kept == []
    masked, kept = explain_masking("exit code 2 after 3 tries, status=404, SQLState: 40001")
    assert masked == [(SMALL_INT, "3")]
    assert kept == [("code", "2"), ("status", "404"), ("SQLState", "40001")]
    masked, kept = explain_masking("GET /x HTTP/1.1 500 in 12ms, retry 1-3 of 5")
    assert masked == [
        ("path", "/x"),  # a request's target (`_REQUEST_TARGET`)
        ("number", "1.1"),
        ("duration", "12ms"),
        (SMALL_INT, "1-3"),
        (SMALL_INT, "5"),
    ]
    assert kept == [("HTTP/1.1", "500")]


_PIECES = st.sampled_from(
    ["retry", "3", "42", "of", "-7", "1-3", "HTTP", "HTTP/1.1", "500", "status=", "code",
     "exit", "SQLState:", "40001", "10.0.0.1", ":80", "12ms", "job-2uLb", "x", "(", ")", ",",
     ".", "'a'", "=", ":", "0x1f", "2026-11-28"]
)  # fmt: skip


@given(st.lists(_PIECES | st.sampled_from([" ", "  ", "\t"]), max_size=14))
@example(["u", " ", "42", " ", "at", " ", "10.0.0.1", ":80"])
@example(["HTTP", " ", "500", "1-3"])
def test_explain_masking_accounts_for_every_mask(pieces: list[str]):
    # Each listed token made `<*>` in its place, and only they did: the message with them
    # masked in turn (then masks next to each other joined) is mask_message's result.
    # (A dot leader one dot long is a blank before the classes run: the text keeps its length.)
    message = masking._ONE_DOT_LEADER_RE.sub("  \\1", "".join(pieces))
    masked, kept = masking._masking_spans(message, DEFAULT_RULES, True)
    out, pos = [], 0
    for at, _, token in masked:
        assert message[at : at + len(token)] == token and at >= pos
        out += [message[pos:at], MASK]
        pos = at + len(token)
    out.append(message[pos:])
    # Joined as the pipeline joins them: with a named code's digits hidden (a quote after
    # `40001` may be glued to the mask after it, as after any character no word holds), and
    # dot leaders dropped (they are no value: nothing names them).
    joined = masking._LEADER_RE.sub(" ", masking._hide_codes("".join(out)))
    joined = masking._COLLAPSE_RE.sub(MASK, joined)
    joined = masking.one_value_a_list(joined)
    assert joined.translate(masking._SHOW_DIGITS) == mask_message(message)
    for at, _, token in kept:
        assert message[at : at + len(token)] == token
        assert not any(a <= at < a + len(t) for a, _, t in masked)
    assert explain_masking(message) == (
        [(c, t) for _, c, t in masked],
        [(k, t) for _, k, t in kept],
    )


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Java's `%,d` and Python's `{:,}`: the separators are the number's own, with its unit.
        (
            "Merged 48,211 rows into 47,903 in 1,482ms (~32,531/s)",
            "Merged <*> rows into <*> in <*> (~<*>/s)",
        ),
        ("Merged 311 rows into 298 in 87ms (~3,574/s)", "Merged <*> rows into <*> in <*> (~<*>/s)"),
        ("Scanned 2,305,118 keys, 1,024.50 MiB", "Scanned <*> keys, <*>"),
        # A comma before other than three digits separates two values, as before (values a
        # comma joins are a list, one value).
        ("cpus 0,17 idle", "cpus <*> idle"),
        ("cpus 0, 17 idle", "cpus <*>, <*> idle"),
        ("HTTP 503, retrying", "HTTP 503, retrying"),
    ],
)
def test_a_number_with_thousands_separators_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Debian's versions: a backport's `~`, a repack's `+`, an epoch. Split at `~`, the
        # status lines of two packages were two templates.
        ("status installed libssl3:amd64 3.0.16-1~deb12u1", "status installed <*>:<*>"),
        ("status installed osslsigncode:amd64 2.9-1~bpo12+1", "status installed osslsigncode:<*>"),
        ("upgrade git-man:all 1:2.39.5-0+deb12u2 1:2.39.5-0+deb12u3", "upgrade git-man:all <*>"),
        # semver's pre-release and build parts
        ("agent 1.4.0-rc.1+build.5 started", "agent <*> started"),
        # a decimal, an exponent and a port stay what they were
        ("ratio 0.25 above 1.5e+10 limit", "ratio <*> above <*> limit"),
        ("next try in 1.5 s", "next try in <*> s"),
    ],
)
def test_a_version_with_its_revision_and_epoch_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


def test_exception_values_keep_fp1s_two_numbers_around_a_thousands_separator():
    from errctl.fingerprint.fingerprint import canonical_chain
    from errctl.models import ExceptionInfo

    chain = [ExceptionInfo(type="QuotaError", value="wrote 12,345 of 10,000 rows", frames=())]
    assert canonical_chain(chain).endswith("QuotaError: wrote <*>,<*> of <*>,<*> rows")


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A database's slow-statement line: one template whatever the query.
        (
            "duration: 2411.907 ms  statement: SELECT sku, qty FROM stock WHERE warehouse_id = $1",
            "duration: <*> ms  statement: <*>",
        ),
        (
            "duration: 1034.118 ms  statement: UPDATE carts SET updated_at = now() WHERE id = $1",
            "duration: <*> ms  statement: <*>",
        ),
        (
            "duration: 1980.004 ms  statement: COPY shipments (id, carrier) FROM STDIN",
            "duration: <*> ms  statement: <*>",
        ),
        # An ORM's query line keeps its model and operation, the query is the value.
        (
            'Invoice Load (3.1ms)  SELECT "invoices".* FROM "invoices" WHERE "invoices"."id" = $1',
            "Invoice Load (<*>)  <*>",
        ),
        (
            "Executing: INSERT INTO audit.events SELECT * FROM staging.events WHERE day = 'mon'",
            "Executing: <*>",
        ),
        (
            "purge: WITH recent AS (SELECT id FROM jobs WHERE state = 'failed') DELETE FROM jobs;",
            "purge: <*>;",
        ),
        # What the program writes after the statement, past a colon, is its own; SQL's colons
        # are the statement's.
        (
            'Query failed: SELECT * FROM invoices WHERE id = 9: relation "invoices" does not exist',
            "Query failed: <*>: relation <*> does not exist",
        ),
        (
            "Query failed: DELETE FROM sessions WHERE expires < now(): permission denied",
            "Query failed: <*>: permission denied",
        ),
        (
            "statement: SELECT id FROM users WHERE id = $1::int AND org = :org_id",
            "statement: <*>",
        ),
        # Upper-case words that open no statement stay: an HTTP method, a button, an unfinished
        # SELECT (its FROM on the next line).
        ("DELETE /api/v2/sessions/77 HTTP/1.1 204", "DELETE <*> HTTP/<*> 204"),
        ("press SELECT to pair the remote", "press SELECT to pair the remote"),
        ("statement: SELECT id, email\nFROM users", "statement: SELECT id, email\nFROM users"),
    ],
)
def test_a_sql_statement_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]
    classes = [cls for cls, _ in explain_masks(message)]
    assert ("sql" in classes) == ("SELECT" not in template and "DELETE" not in template)


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Slurm's host lists: several hosts are one value, as one host is.
        ("error: Nodes node[038-040] not responding", "error: Nodes <*> not responding"),
        ("error: Nodes node021 not responding", "error: Nodes <*> not responding"),
        (
            "sched: Allocate JobId=41876 NodeList=gpu[01-03,07] #CPUs=64 Partition=gpu",
            "sched: Allocate JobId=<*> NodeList=<*> #CPUs=<*> Partition=gpu",
        ),
        # One number in brackets is an index, not a host list.
        ("Sync members[2]: node1 node2", "Sync members[<*>]: <*>"),
    ],
)
def test_a_host_list_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Android's `Window{hash u0 ...}`: a hash of hex letters only is one as the others.
        (
            "Changing focus from Window{dfadbba u0 org.telegram.messenger/org.telegram.ui.Launch"
            "Activity} to Window{9c9feac u0 com.spotify.music/com.spotify.music.MainActivity}",
            "Changing focus from Window{<*> org.telegram.messenger/org.telegram.ui.Launch"
            "Activity} to Window{<*> com.spotify.music/com.spotify.music.MainActivity}",
        ),
        ("HEAD is now at abcdefa Merge branch 'fix'", "HEAD is now at <*> Merge branch <*>"),
        # Shorter words of those letters stay words.
        ("a decade ago the facade was added", "a decade ago the facade was added"),
    ],
)
def test_hex_letters_without_a_digit_are_a_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


def test_exception_values_keep_fp1s_hex_letters() -> None:
    from errctl.fingerprint.fingerprint import canonical_chain
    from errctl.models import ExceptionInfo

    chain = [ExceptionInfo(type="LookupError", value="no object abcdefa", frames=())]
    assert canonical_chain(chain).endswith("LookupError: no object abcdefa")


@pytest.mark.parametrize(
    ("message", "template", "kept"),
    [
        # A signal's number is never negative: after `signal` a negative one is a measure.
        (
            "wlan0: CTRL-EVENT-SIGNAL-CHANGE above=0 signal=-79 noise=-92 txrate=433300",
            "<*>: CTRL-EVENT-SIGNAL-CHANGE above=<*> signal=<*> noise=<*> txrate=<*>",
            [],
        ),
        ("worker killed by signal 9", "worker killed by signal 9", [("signal", "9")]),
        # Other keys keep a negative code, signed in the explanation too.
        ("exit code -1 after 3 tries", "exit code -1 after <*> tries", [("code", "-1")]),
    ],
)
def test_a_negative_number_after_signal_is_a_value(
    message: str, template: str, kept: list[tuple[str, str]]
) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]
    assert explain_masking(message)[1] == kept


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A query log's line, an ORM's debug line: the statement alone. Its keywords, tables
        # and columns are the template, its literals the values.
        ("SELECT id, name FROM users WHERE id = 42", "SELECT id, name FROM users WHERE id = <*>"),
        (
            "UPDATE orders SET status = 'shipped', shipped_at = '2026-11-30 10:00:00' "
            "WHERE id = 8812",
            "UPDATE orders SET status = <*>, shipped_at = <*> WHERE id = <*>",
        ),
        (
            "  INSERT INTO audit (user_id, action) VALUES (7, 'login')",
            "  INSERT INTO audit (user_id, action) VALUES (<*>, <*>)",
        ),
        (
            "DELETE FROM sessions WHERE expires_at < now() - interval '7 days'",
            "DELETE FROM sessions WHERE expires_at < now() - interval <*>",
        ),
        (
            "WITH recent AS (SELECT id FROM jobs WHERE state = 'failed') DELETE FROM jobs;",
            "WITH recent AS (SELECT id FROM jobs WHERE state = <*>) DELETE FROM jobs;",
        ),
        # What a program writes after it is still its own.
        (
            'SELECT * FROM invoices WHERE id = 9: relation "invoices" does not exist',
            "SELECT * FROM invoices WHERE id = <*>: relation <*> does not exist",
        ),
    ],
)
def test_a_statement_alone_keeps_its_words(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    # After words that name it, it is one value, as before.
    named = "statement: " + message.strip()
    assert mask_message_python(named).startswith("statement: <*>")
    assert mask_array(pa.array([message, named])).to_pylist() == [
        template,
        mask_message_python(named),
    ]
    assert mask_message(template) == template  # idempotent
    assert "sql" not in [cls for cls, _ in explain_masks(message)]
    # Another table or column is another statement; another literal is not.
    other = message.replace("42", "43").replace("8812", "8813").replace("'login'", "'logout'")
    assert mask_message(other) == template


@pytest.mark.parametrize(
    ("messages", "template"),
    [
        # A positional parameter is the statement's text: `$<*>` said a value stood there.
        (
            [
                "SELECT id, total FROM orders WHERE customer_id = $1 AND status = $2 LIMIT 50",
                "SELECT id, total FROM orders WHERE customer_id = $1 AND status = $2 LIMIT 20",
            ],
            "SELECT id, total FROM orders WHERE customer_id = $1 AND status = $2 LIMIT <*>",
        ),
        (
            ["UPDATE jobs SET state = $1, attempts = attempts + 1 WHERE id = $12"],
            "UPDATE jobs SET state = $1, attempts = attempts + <*> WHERE id = $12",
        ),
        # A list of literals after IN is one value, whatever its length.
        (
            [
                "SELECT id, name FROM users WHERE id IN (3, 17, 4410)",
                "SELECT id, name FROM users WHERE id IN (8,9)",
                "SELECT id, name FROM users WHERE id IN (12, 5, 77, 301, 9000, 2)",
                "SELECT id, name FROM users WHERE id IN ('u-1a', 'u-2b')",
                "SELECT id, name FROM users WHERE id IN (42)",
                # Past PYTHON_MASK_CHARS, masked by RE2 alone.
                "SELECT id, name FROM users WHERE id IN ("
                + ", ".join(str(7 * i + 1000) for i in range(100))
                + ")",
            ],
            "SELECT id, name FROM users WHERE id IN (<*>)",
        ),
        (
            [
                "DELETE FROM sessions WHERE user_id = 7 AND kind NOT IN ('api', 'cli')",
                "DELETE FROM sessions WHERE user_id = 8 AND kind NOT IN ('api', 'cli', 'web')",
            ],
            "DELETE FROM sessions WHERE user_id = <*> AND kind NOT IN (<*>)",
        ),
    ],
)
def test_a_statements_parameters_stay_and_its_in_lists_are_one_value(
    messages: list[str], template: str
) -> None:
    for message in messages:
        assert mask_message(message) == template
        assert mask_message_python(message) == template
        assert mask_message(template) == template  # idempotent
    assert mask_array(pa.array(messages)).to_pylist() == [template] * len(messages)
    # Only in a statement alone: a dollar amount is a value, a list in text is text.
    assert mask_message("charged $12 for 3 items") == "charged $<*> for <*> items"
    assert mask_message("retrying nodes in (1, 2, 3)") == "retrying nodes in (<*>, <*>, <*>)"


def test_explain_lists_a_statements_parameters_as_kept() -> None:
    masked, kept = explain_masking("SELECT id FROM t WHERE a = $1 AND b IN (3, 4) LIMIT 10")
    assert masked == [(SMALL_INT, "3"), (SMALL_INT, "4"), (SMALL_INT, "10")]
    assert kept == [("$", "1")]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A TLS failure's detail, `key=value` pairs glued by `+`: one value whichever it holds.
        (
            "accept failed on FD 31: TLS_ERR_ACCEPT+TLS_LIB_ERR=1408F10B+TLS_IO_ERR=1",
            "accept failed on FD <*>: <*>",
        ),
        (
            "accept failed on FD 44: TLS_ERR_ACCEPT+TLS_IO_ERR=5+errno=104",
            "accept failed on FD <*>: <*>",
        ),
        ("mount options ro=yes+noatime=1+sync", "mount options <*>"),
        # The list never takes the sentence's end.
        ("gave up after stage=dns+try=3.", "gave up after <*>."),
        # One pair, or a `+` without pairs, is no such list.
        ("built for c++ and a+b by cc", "built for c++ and a+b by cc"),
        ("set level=debug+trace", "set level=debug+trace"),
        # A set of flags, short words glued by commas: one value whichever flags it holds.
        (
            '[INFO] 10.1.0.7:40312 - 5811 "AAAA IN db.internal. udp 40 false 512" NOERROR'
            " qr,rd,ra 95 0.002s",
            "[INFO] <*> - <*> NOERROR <*>",
        ),
        (
            '[INFO] 10.1.0.9:51877 - 602 "A IN db.internal. udp 40 false 512" SERVFAIL'
            " qr,rd 40 0.1s",
            "[INFO] <*> - <*> SERVFAIL <*>",
        ),
        ("remounted /dev/sdb1 with rw,nosuid,nodev.", "remounted <*> with <*>."),
        # Words after a comma and a blank are a sentence's.
        ("stopped, waiting for the lock", "stopped, waiting for the lock"),
    ],
)
def test_items_glued_into_one_token_are_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Go's `%+v` of a struct, whatever its fields hold (a value with a colon and a blank
        # of its own too): one value.
        (
            "watcher event {Status:stop ID:3f9a1c77e0 From:redis:7.2 Type:container Action:stop}",
            "watcher event <*>",
        ),
        (
            "watcher event {Status:exec_start: sh -c pg_isready ID:c1d2e3f4a5 From:postgres:16"
            " Type:container Action:exec_start}",
            "watcher event <*>",
        ),
        ("peer joined &{Name:node-b PeerURLs:[http://10.0.0.2:2380]}", "peer joined <*>"),
        # One field, or braces of other text, stay for the other classes.
        ("template {Name:demo} rendered", "template {Name:demo} rendered"),
        ("config {verbose: true, retries: 3}", "config {verbose: <*>, retries: <*>}"),
    ],
)
def test_a_go_struct_printed_with_its_fields_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A Java object's class and identity hash with its state in braces (Jetty's
        # components as it starts them): one value, whatever the class and the state.
        (
            "Started o.e.j.w.WebAppContext@4f5b{/,file:///opt/app/webapp/,AVAILABLE}{/app.war}",
            "Started <*>",
        ),
        ("Started ServerConnector@5e9f23b4{HTTP/1.1, (http/1.1)}{0.0.0.0:8443}", "Started <*>"),
        ("Stopped Server@7a81197d{STOPPING}[9.4.53,sto=0] @91234ms", "Stopped <*> @<*>"),
        # A class and its hash alone stay for the other classes: the class is text.
        (
            "Error writing event: org.example.JobEvent@7317849d",
            "Error writing event: org.example.JobEvent@<*>",
        ),
        # An address with braces after it is no object.
        ("mail to ops@example.org{urgent} sent", "mail to <*>{urgent} sent"),
    ],
)
def test_a_java_object_with_its_state_in_braces_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # Solr's requests: the parameters' query string in braces is one value, whatever
        # its layout, as a path's query is the path's.
        (
            "webapp=/solr path=/select params={q=*:*&rows=10&wt=json} hits=12 status=0 QTime=3",
            "webapp=/solr path=/select params=<*> hits=<*> status=0 QTime=<*>",
        ),
        (
            "webapp=/solr path=/select params={q=title:tv&fl=id,title&rows=20&wt=json} hits=4 "
            "status=0 QTime=9",
            "webapp=/solr path=/select params=<*> hits=<*> status=0 QTime=<*>",
        ),
        # One `key=value` in braces is no query string: a map's entry stays as it is.
        ("params={wt=json}", "params={wt=json}"),
    ],
)
def test_a_query_string_in_braces_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A backquote closed by an apostrophe (GNU's and Ruby's quotes) is one value, each
        # of two on a line its own.
        ("undefined method `name' for nil:NilClass", "undefined method <*> for <*>:NilClass"),
        (
            "No rule to make target `install', needed by `all'.  Stop.",
            "No rule to make target <*>, needed by <*>.  Stop.",
        ),
        # A Ruby frame logged as a line of its own: its method with the rest.
        ("/usr/lib/ruby/gems/x-1.2/lib/x/out.rb:1152:in `rescue in send_bulk'", "<*>"),
        # Backquotes on both sides stay a value, an apostrophe inside them a word's.
        ("in `don't` mode", "in <*> mode"),
        ("it's `ok` now", "it's <*> now"),
    ],
)
def test_a_backquote_closed_by_an_apostrophe_is_a_quote(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A zone written absolute in square brackets is one value, under any top-level
        # domain, a listed one or not.
        ("[example.com.] DNSSEC, signing started", "<*> DNSSEC, signing started"),
        ("[partner.example.] DNSSEC, signing started", "<*> DNSSEC, signing started"),
        # One label, or no last dot, is no zone: a logger's name stays.
        ("[main.] started", "[main.] started"),
        ("[o.e.p.PluginsService] loaded", "[o.e.p.PluginsService] loaded"),
    ],
)
def test_a_zone_written_absolute_in_brackets_is_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A search cluster's node, its fields in braces glued one to the next: one value,
        # whatever its roles' letters (`{dim}`, `{m}`) and attributes.
        (
            "node-join[{data-3}{Qk2hVv0bQ3yq1W9cZx7LbA}{n8Yf0RkTQd2QWm}{10.1.2.3}"
            "{10.1.2.3:9300}{dim}{ml.machine_memory=16.0gb, xpack.installed=true}] ok",
            "node-join[<*>] ok",
        ),
        ("added {{master-a}{uSr6zyk}{m}{8.12.2}}, term: 9", "added {<*>}, term: <*>"),
        # Two braced groups, or one, stay for the other classes.
        ("route {a}{b} matched", "route {a}{b} matched"),
        ("keys {name} missing", "keys {name} missing"),
    ],
)
def test_fields_in_braces_glued_together_are_one_value(message: str, template: str) -> None:
    assert mask_message(message) == template
    assert mask_message_python(message) == template
    assert mask_array(pa.array([message])).to_pylist() == [template]


@pytest.mark.parametrize(
    ("with_days", "under_a_day"),
    [
        # Tor's heartbeat: `%ld day%s %d:%02d hours` after a day, `%d:%02d hours` before
        (
            "Heartbeat: Tor's uptime is 1 day 0:00 hours, with 1167 circuits open.",
            "Heartbeat: Tor's uptime is 6:00 hours, with 3546 circuits open.",
        ),
        ("uptime is 12 days 18:00 hours", "uptime is 18:00 hours"),
        # uptime(1)'s `up 3 days, 04:05`, and with seconds
        ("up 3 days, 04:05:06, load 0.5", "up 04:05:06, load 0.5"),
    ],
)
def test_an_elapsed_times_days_mask_with_its_clock(with_days: str, under_a_day: str) -> None:
    template = mask_message(under_a_day)
    assert mask_message(with_days) == template
    assert mask_message_python(with_days) == template
    assert mask_array(pa.array([with_days])).to_pylist() == [template]


def test_a_day_count_alone_stays_a_number_and_its_unit():
    assert mask_message("retention 30 days, next run in 1 day") == (
        "retention <*> days, next run in <*> day"
    )


def test_an_embedded_objects_keys_are_its_wording():
    # A tool prints its result as an object after its wording (`=> {"changed": false, ...}`):
    # its keys tell a failed command from a missing package; its values are values.
    failed = 'fatal: [web1]: FAILED! => {"changed": true, "rc": 2, "msg": "non-zero return code"}'
    missing = "fatal: [db1]: FAILED! => {'changed': False, 'msg': 'No package matching x'}"
    want = 'fatal: [<*>]: FAILED! => {"changed": <*>, "rc": <*>, "msg": <*>}'
    assert mask_message(failed) == want
    assert mask_message(missing) == "fatal: [<*>]: FAILED! => {'changed': <*>, 'msg': <*>}"
    # Nested objects keep theirs; an object a field holds (`cmd=[{...}]`) is that field's value.
    nested = 'done {"a": {"b": 1}} cmd=[{"prefix": "status"}]'
    assert mask_message(nested) == 'done {"a": {"b": <*>}} cmd=[{<*>: <*>}]'
    # The same past Python's reach (RE2, `mask_array`) as within it.
    long = failed + " " + "x" * 300
    assert mask_message(long) == mask_message_python(long)
    assert mask_message(long).startswith('fatal: [<*>]: FAILED! => {"changed": <*>, "rc"')


def test_a_request_target_after_its_method_is_a_value_whatever_its_components():
    # CouchDB's request lines (`host peer user METHOD path code status time`): `/_up` and
    # `/_all_dbs`, one component, stayed words beside the masked `/orders/_find`, and each
    # made a template of its own; a request dumped in a warning (`GET / HTTP/1.1`) too.
    one = "10.0.0.1:5984 10.0.3.90 app PUT /_up 201 ok 707"
    two = "10.0.0.1:5984 10.0.3.91 app PUT /orders/_find 200 ok 7"
    assert mask_message(one) == mask_message(two) == "<*> app PUT <*> ok <*>"
    assert mask_message("Forwarding loop for: GET / HTTP/1.1") == (
        "Forwarding loop for: GET <*> HTTP/<*>"
    )
    column = pa.array([one, two, "GET /healthz 200"], pa.string())
    assert mask_array(column).to_pylist() == [mask_message(one), mask_message(two), "GET <*>"]
    # Not after a method: one component is a word; and the frozen fp1 classes are as they were.
    assert mask_message("permission denied on /admin") == "permission denied on /admin"
    assert mask_message("GET /_up 201", FP1_RULES) == "GET /_up <*>"


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # An error's text quoted after its key is the problem's words, its values masked
        # (hclog's `error="..."`), on the RE2 path (long) as on Python's (short).
        (
            'Request error: method=GET url=/v1/kv/a from=10.0.2.16:43254 error="ACL not found"',
            'Request error: method=GET url=<*> from=<*> error="ACL not found"',
        ),
        (
            'Request error: method=PUT url=/v1/kv/a from=10.0.2.16:1 error="Permission denied: '
            'token with AccessorID 1e475e73-c6b2-48fa-a7d1-2b6c0a1f9e77 lacks permission"',
            'Request error: method=PUT url=<*> from=<*> error="Permission denied: token with '
            'AccessorID <*> lacks permission"',
        ),
        # Another key's quoted value stays a value.
        (
            'dial failed err="connection refused" target="db-1:5432"',
            ('dial failed err="connection refused" target=<*>'),
        ),
    ],
)
def test_an_errors_quoted_text_keeps_its_words(message: str, template: str) -> None:
    assert mask_message(message) == template
    long = f"{message} " + "x" * 300
    assert mask_message(long) == f"{template} " + "x" * 300
    # fp1's exception values are masked as fp1 was defined: the text a value.
    assert re.search(r"\berr(?:or)?=<\*>", mask_message(message, FP1_RULES))


@pytest.mark.parametrize(
    ("message", "template"),
    [
        # A key spelt with digits is the field's name, not an id; its neighbour stays its own.
        (
            "netcheck: [v1] report: udp=true v6=false portmap=UM v4a=203.0.113.40:41641 derp=14",
            "netcheck: [<*>] report: udp=<*> v6=<*> portmap=UM v4a=<*> derp=<*>",
        ),
        (
            "NetInfo{hairpin=false ipv6=false icmpv4=false}",
            "NetInfo{hairpin=<*> ipv6=<*> icmpv4=<*>}",
        ),
        # Keys numbered in a row are a list's items: their count is a value.
        (
            'type=EXECVE msg=audit(1717480800.123:4512): argc=3 a0="tail" a1="-f" a2="/var/x"',
            "type=EXECVE msg=audit(<*>:<*>): argc=<*>=<*>=<*>=<*>",
        ),
        # A value with digits, and a token with digits before no `=`, are still values.
        ("joined node=worker3 via eth0", "joined node=<*> via <*>"),
        ("token abc12= seen", "token <*>= seen"),
    ],
)
def test_a_key_spelt_with_digits_is_wording(message: str, template: str) -> None:
    assert mask_message(message) == template
    long = f"{message} " + "x" * 300
    assert mask_message(long) == f"{template} " + "x" * 300
    assert mask_array(pa.array([message, long])).to_pylist() == [
        template,
        f"{template} " + "x" * 300,
    ]
