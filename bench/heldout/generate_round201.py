#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 201 (maven, sbt, npm, cargo, poetry) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"):
each program's log is simulated from its format strings over a seeded run, and every line that
starts an event is labelled with the format string that wrote it as it is written. Distinct
calls of one process never share a timestamp at the log's resolution (round 53's Clock, kept
per process and per file). Five build tools and package managers, 06:00 to 12:00 on
2024-06-07, one company's CI and deploys: its Nexus (Maven, npm and PyPI groups) answers 502
from 10:15 to 10:35, and each tool meets it in its own way. None of the five was in the set
(Gradle, Bazel, BuildKit and Kaniko are, and Verdaccio, devpi and Athens as registries).

- Maven 3.8.8 (`<service>-<build>.log`, 34 files: five services' `mvn -B -ntp -e test` on a
  Jenkins agent, each build's output written by `-l`, slf4j-simple's time of day before the
  level: `06:07:12,673 [INFO] Scanning for projects...`): the project header (`-----< %s
  >-----` centred in 72 columns, `Building %s %s`, `-----[ jar ]-----`), each mojo's `---
  maven-compiler-plugin:3.13.0:compile (default-compile) @ order-service ---`, resources'
  `Copying %d resources from %s to %s`, the compiler's `Recompiling the module because of
  changed source code.` / `... changed dependency.` and `Compiling %d source files with javac
  [debug release 17] to %s`, Surefire's banner, 583 `Running %s` and per-class `Tests run: ...
  -- in %s` (at WARNING with skipped tests), `Results:` and the summary, the 72-dash rules,
  `BUILD SUCCESS`, `Total time:`, `Finished at:`; the empty `[INFO] ` lines Maven prints as
  spacing. billing-service's VAT tests failing 07:42-08:31 (`<<< FAILURE!` per class and per
  method with the assertion's stack, `Failures: ` and the `  Class.method:line message` list,
  `Failed to execute goal ...: There are test failures.` over five `[ERROR]` lines and the
  `-e` stack with its causes, `Re-run Maven using the -X switch ...`, `[Help 1] %s`); the
  Nexus answering 502 while catalog-service needs a new platform artifact (10:16, 10:27:
  `Failed to execute goal on project %s: Could not resolve dependencies for project %s: Could
  not transfer artifact %s from/to nexus (%s): Transfer failed for %s 502 Bad Gateway -> [Help
  1]` and a 200-line cause chain down to wagon's HttpResponseException).
- sbt 1.9.9 (`ledger-<build>.log`, 13 files: a Scala 2.13 ledger service's `sbt -batch clean
  test` on Jenkins, three subprojects, ScalaTest 3.2; sbt writes no time, only `[info]`,
  `[warn]`, `[error]`, `[success]` before every line, a message's later lines included):
  start-up (`welcome to sbt %s (%s Java %s)`, `loading settings for project %s from %s ...`,
  `loading project definition from %s`, `set current project to %s (in build %s)`, `Executing
  in batch mode. ...`), `[success] Total time: %s, completed %s` after `clean`, zinc's
  `compiling %d Scala sources to %s ...` / `done compiling`, core's two standing scalac warnings
  (`match may not be exhaustive.`, `method mapValues in trait MapOps is deprecated ...`, each
  with its source excerpt under `[warn]`) and `two warnings found`; ScalaTest's `%s:` per suite
  and 1,448 `- %s` per test, the per-project `Run completed in %s.`, `Total number of tests
  run`, `Suites:`, `Tests:`, `All tests passed.` and sbt's `Passed: Total ...`. A test failing
  at 07:31 and another at 07:52 (`- %s *** FAILED ***` with ScalaTest's `did not equal` line,
  `*** 1 TEST FAILED ***`, `Failed: Total ...`, `Failed tests:`, `(api / Test / test)
  sbt.TestsFailedException: Tests unsuccessful`, `[error] Total time: ...`), the agent short of
  memory 08:20-08:45 (sbt's `In the last 10 seconds, %s (%s%%) were spent in GC. ...`), a type
  error at 09:05 (`type mismatch;` with found/required, `one error found`, `(api / Compile /
  compileIncremental) Compilation failed`), the Nexus answering 502 at 10:12 and 10:24 after a
  dependency bump (`stack trace is suppressed; run last core / update for the full output`,
  `(core / update) sbt.librarymanagement.ResolveException: Error downloading %s` with coursier's
  reasons under it).
- npm 10.7 (`<time>-debug-0.log`, 4 files: `npm ci` of a React storefront on Node 20 in
  ephemeral CI pods with no cache, each run's debug log archived by the job; no times, each
  line `<n> <level> <title> <message>`, a message's later lines under the same prefix; audit
  and fund off, the registry a Nexus npm group): the head (`cli %s`, `using npm@%s`, `using
  node@%s`, four `config load:file:%s`, `title %s`, `argv %s`, `logfile ...`), 38 `reify failed
  optional dependency %s` per run (esbuild's and rollup's other platforms, fsevents) and `reify
  mark deleted` with the same paths as an array over 40 lines, `reify moves {}`, five
  `deprecated %s: %s`, then every package's `tarball no local data for %s. Extracting by
  manifest.` and `fetch GET 200 %s %dms (cache miss)`, esbuild's `run %s postinstall %s` and
  `{ code: 0, signal: null }`, `exit 0`, `ok`. Connection resets at 08:41 (`fetch GET %s attempt 1
  failed with ECONNRESET`, then `... attempt #2 (cache miss)`), the Nexus answering 502 at 10:18
  (`attempt %d failed with 502`, `fetch GET 502 ... attempt #3 (cache miss)`, the `stack`
  HttpErrorGeneral, `cwd`, `os`, `node`, `npm `, `code E502`, `502 Bad Gateway - GET %s`,
  `exit 1`, `code 1`, `A complete log of this run can be found in: %s`).
- cargo 1.78 (`test-<run id>.log`, 10 files: the test job of a Rust reverse proxy's GitHub
  Actions workflow as downloaded, the runner's `2024-06-07T06:08:21.1234567Z ` before every
  line): `##[group]Run %s` with the step's shell and env under it, `##[endgroup]`, `Compiling
  %s` for the four workspace crates, `Finished `dev` profile [unoptimized + debuginfo]
  target(s) in %s`, the test binaries' `Running unittests %s (%s)` / `Running %s (%s)` and
  `Doc-tests %s`, libtest's `running %d tests`, 1,063 `test %s ... ok`, `... ignored`, `test
  result: ok. ...`. An unused variable 06:52-07:35 (`warning: unused variable: `started``
  with rustc's excerpt, `warning: `relay-server` (lib) generated 1 warning (run `cargo fix
  ...` to apply 1 suggestion)`), a routing test failing at 07:35 (`... FAILED`, `failures:`,
  `---- %s stdout ----` with the panic, the `failures:` list, `test result: FAILED. ...`,
  `error: test failed, to rerun pass `-p relay-server --lib``, `##[error]Process completed with
  exit code 101.`), Cargo.lock bumped at 08:44 and 10:52 (the rust-cache key missed: `Updating
  crates.io index`, `Downloading crates ...`, 178 `Downloaded %s v%s`, `Downloaded %d crates
  (%s) in %s`, 178 more `Compiling %s`, the dev-dependencies in the test step), a type error at
  09:20 (`error[E0308]: mismatched types` with its excerpt, `For more information about this
  error, try `rustc --explain E0308`.`, `error: could not compile ...`, `warning: build failed,
  waiting for other jobs to finish...`), crates.io's CDN timing out at 10:30 (three `warning:
  spurious network error (%d %s remaining): [28] Timeout was reached (...)`, `error: failed to
  download from `%s`` with its `Caused by:`).
- Poetry 1.8.3 (`app-01.log`, `app-02.log`, `worker-01.log`: a oneshot systemd unit running
  `poetry install --sync --only main --no-interaction --no-ansi` in each new release of a Django
  billing API on three Debian 12 hosts, `journalctl -u deploy-billing.service -o
  short-iso-precise`: `2024-06-07T06:30:05.983603+00:00 app-01 poetry[41577]: ...`): systemd's
  `Starting %s - %s...`, `%s: Deactivated successfully.`, `Finished %s - %s.`, `%s: Consumed %s
  CPU time.`; Poetry's `Creating virtualenv %s in %s`, `Installing dependencies from lock
  file`, `Package operations: %d installs, 0 updates, 0 removals`, 1,995 `  - Installing %s
  (%s)` (122 packages a release, by install priority), `Installing the current project: %s
  (%s)`. worker-01 rebuilt before the 07:45 release (18 of urllib3's `Connection pool is full,
  discarding connection: %s. Connection pool size: %s`), the 08:50 release pinning psycopg2 from
  source (`  - Installing psycopg2 (2.9.9): Failed`, the `ChefBuildError` block with setup.py's
  output and the code excerpt, `Note: This error originates from the build backend, ...`, and
  systemd's `Main process exited, code=exited, status=1/FAILURE`, `Failed with result
  'exit-code'.`, `Failed to start %s - %s.`), the 09:10 release moving the package under src/
  (Poetry's `Warning: The current project could not be installed: No file/folder found for
  package %s` and its three lines until 11:45; an operator rerunning the unit on app-02: `No
  dependencies to install or update`), the Nexus answering 502 at 10:20 for the new stripe wheel
  (`HTTPError` with `502 Server Error: Bad Gateway for url: %s` and the requests frame) and the
  unit rerun at 10:41 (`Package operations: 21 installs, ...`), a stale lock at 11:30
  (`pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock
  [--no-update]` to fix the lock file.`).

Label notes. The heads are context: Maven's time and level, sbt's level tag, npm's counter,
level and title (the title is the npmlog prefix the call site passes: `config`, `reify`,
`fetch`, `stack`, and it is kept in the label where it is the statement's first word), the
runner's time, the journal's time, host and ident. Maven's empty `[INFO] ` / `[ERROR] ` lines
(`logger.info("")`, spacing) and the blank lines of libtest, Poetry and the journal have no row;
a message Maven or sbt logs over several lines under a head each (`Failed to execute goal ...`
with its `[ERROR] Please refer to ...` and `[ERROR] -> [Help 1]` lines, scalac's excerpts under
`[warn]`, ScalaTest's failure detail, `Failed tests:` and its list, coursier's reasons) is one
event, as is an npm message repeated under its prefix (`reify mark deleted [`, the stack), a
GitHub Actions group's lines under `##[group]Run`, rustc's diagnostic with its excerpt, a
`---- %s stdout ----` block with the test's output, the `failures:` list, and Poetry's
exception block (from `  ChefBuildError` / `  HTTPError` to the code excerpt). The rules are
labelled (Maven's 72-dash and Surefire's 55-dash lines are statements of their own). A word the
code picks by branch is wording: the compiler's two recompile reasons, Surefire's `<<<
FAILURE!` shape, ScalaTest's `*** 1 TEST FAILED ***` (a resource of its own beside `*** %d TESTS
FAILED ***`), npm's `fetch` line with and without ` attempt #%d`, sbt's `Passed:` / `Failed:`.
Plugin coordinates, goals and execution ids, service, class, test, crate and package names and
versions, paths, URLs, durations, counts, a package's deprecation text, npm's title in `argv`,
cargo's target kind (`lib`, `lib test`) and a step's command are values; the same format logged at
two levels (Surefire's summaries at INFO, WARNING or ERROR, sbt's `Total time:` under
`[success]` or `[error]`) is one label. An error's own text contributes its format (the two
`Failed to execute goal` shapes, Poetry's exception names, npm's `502 Bad Gateway - GET %s`).

Least sure (written from the helper's knowledge, no source or real log consulted here): Maven
3.8.8's exact frame lines and the wagon cause chain; whether maven-compiler-plugin 3.13 says
`changed dependency` for testCompile on every build; sbt's `done compiling` and the place of
`Executing in batch mode`; the coursier reasons under `ResolveException` (`Not found` twice);
npm 10.7's `config load:file:` lines, `reify moves {}`, whether `cwd`/`os`/`node`/`npm ` are
logged only on failure, `verbose code 1`, whether `npm ci` logs `no local data` for every
tarball of an empty cache and the deprecation warnings; make-fetch-happen's retry line (`attempt
%d failed with %s`) and the cache status on a 502; cargo's `spurious network error` wording and
that its download stops at the first failed crate; Poetry 1.8's non-ANSI install lines (one
`  - Installing` line per package, no `Pending...`), the exception block's indentation, the
`Warning:` prefix of the current-project warning, and urllib3's pool warning reaching the
output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, at

# ------------------------------------------------------------------------------------ maven

MV_WS = "/var/lib/jenkins/workspace"
# service: (artifact version, main sources, test sources, main resources, test resources,
# test classes: (class under the service's package, tests, skipped, (min s, max s)))
MV_SERVICES: dict[str, tuple] = {
    "order-service": (
        "1.8.0-SNAPSHOT",
        "order",
        112,
        41,
        6,
        4,
        [
            ("api.OrderControllerTest", 11, 0, (0.6, 1.4)),
            ("api.CartControllerTest", 8, 0, (0.4, 0.9)),
            ("api.ErrorHandlerTest", 5, 0, (0.1, 0.3)),
            ("domain.OrderTest", 14, 0, (0.02, 0.09)),
            ("domain.OrderStatusMachineTest", 9, 0, (0.01, 0.05)),
            ("domain.CartTest", 12, 0, (0.02, 0.07)),
            ("domain.MoneyTest", 7, 0, (0.01, 0.03)),
            ("service.OrderServiceTest", 16, 0, (0.3, 0.8)),
            ("service.CheckoutServiceTest", 10, 0, (0.2, 0.6)),
            ("service.RefundPolicyTest", 6, 0, (0.01, 0.05)),
            ("service.DiscountRulesTest", 13, 0, (0.02, 0.08)),
            ("persistence.OrderRepositoryTest", 8, 0, (3.8, 6.2)),
            ("persistence.OutboxRepositoryTest", 5, 0, (1.1, 2.0)),
            ("messaging.OrderEventPublisherTest", 4, 0, (0.1, 0.4)),
            ("messaging.OutboxRelayTest", 6, 1, (0.5, 1.3)),
            ("client.PaymentClientTest", 7, 0, (0.8, 1.6)),
            ("client.ShippingQuoteClientTest", 5, 0, (0.6, 1.2)),
            ("config.JacksonConfigTest", 3, 0, (0.05, 0.2)),
            ("validation.AddressValidatorTest", 9, 0, (0.03, 0.1)),
            ("validation.OrderRequestValidatorTest", 12, 0, (0.04, 0.12)),
            ("security.IdempotencyKeyFilterTest", 6, 0, (0.1, 0.3)),
            ("web.CorrelationIdFilterTest", 3, 0, (0.05, 0.15)),
        ],
    ),
    "billing-service": (
        "3.2.0-SNAPSHOT",
        "billing",
        96,
        38,
        5,
        7,
        [
            ("invoice.InvoiceServiceTest", 14, 0, (0.3, 0.6)),
            ("invoice.InvoiceNumberGeneratorTest", 5, 0, (0.01, 0.04)),
            ("invoice.InvoicePdfRendererTest", 4, 0, (2.1, 3.4)),
            ("tax.VatCalculatorTest", 18, 0, (0.02, 0.06)),
            ("tax.TaxRegionResolverTest", 7, 0, (0.01, 0.04)),
            ("payment.PaymentReconcilerTest", 9, 0, (0.2, 0.5)),
            ("payment.StripeWebhookHandlerTest", 11, 0, (0.3, 0.7)),
            ("payment.RetryScheduleTest", 6, 0, (0.01, 0.03)),
            ("ledger.LedgerPostingTest", 8, 0, (0.05, 0.2)),
            ("ledger.CurrencyConverterTest", 10, 0, (0.02, 0.05)),
            ("api.InvoiceControllerTest", 9, 0, (0.7, 1.5)),
            ("api.WebhookControllerTest", 6, 0, (0.4, 0.9)),
            ("persistence.InvoiceRepositoryTest", 7, 0, (3.5, 5.8)),
            ("persistence.PaymentRepositoryTest", 5, 0, (1.0, 1.9)),
            ("dunning.DunningPolicyTest", 8, 0, (0.01, 0.05)),
            ("dunning.ReminderMailerTest", 4, 1, (0.2, 0.5)),
            ("export.DatevExportTest", 6, 0, (0.1, 0.4)),
            ("config.ClockConfigTest", 2, 0, (0.02, 0.08)),
        ],
    ),
    "catalog-service": (
        "2.3.0-SNAPSHOT",
        "catalog",
        134,
        44,
        8,
        12,
        [
            ("product.ProductServiceTest", 15, 0, (0.3, 0.7)),
            ("product.SkuTest", 9, 0, (0.01, 0.03)),
            ("product.VariantMatrixTest", 7, 0, (0.02, 0.06)),
            ("pricing.PriceListTest", 11, 0, (0.03, 0.09)),
            ("pricing.PromotionEngineTest", 14, 0, (0.05, 0.2)),
            ("search.SearchQueryParserTest", 19, 0, (0.02, 0.08)),
            ("search.FacetAggregatorTest", 8, 0, (0.05, 0.15)),
            ("search.IndexerTest", 6, 0, (1.8, 3.1)),
            ("inventory.StockLevelTest", 7, 0, (0.01, 0.04)),
            ("inventory.ReservationServiceTest", 10, 0, (0.2, 0.5)),
            ("api.ProductControllerTest", 12, 0, (0.8, 1.7)),
            ("api.CategoryControllerTest", 6, 0, (0.4, 0.8)),
            ("media.ImageUrlSignerTest", 5, 0, (0.02, 0.06)),
            ("persistence.ProductRepositoryTest", 9, 0, (4.1, 6.9)),
            ("importer.CsvImporterTest", 11, 0, (0.1, 0.4)),
            ("importer.FeedValidatorTest", 8, 0, (0.05, 0.2)),
            ("cache.ProductCacheTest", 5, 0, (0.1, 0.3)),
        ],
    ),
    "notification-service": (
        "1.4.0-SNAPSHOT",
        "notify",
        61,
        26,
        14,
        3,
        [
            ("email.TemplateRendererTest", 10, 0, (0.2, 0.6)),
            ("email.SmtpSenderTest", 6, 1, (0.5, 1.1)),
            ("email.BounceHandlerTest", 5, 0, (0.05, 0.15)),
            ("sms.SmsGatewayClientTest", 7, 0, (0.6, 1.2)),
            ("push.PushPayloadBuilderTest", 8, 0, (0.02, 0.06)),
            ("push.ApnsClientTest", 4, 2, (0.3, 0.7)),
            ("preferences.PreferenceServiceTest", 9, 0, (0.1, 0.3)),
            ("preferences.QuietHoursTest", 6, 0, (0.01, 0.03)),
            ("consumer.OrderEventListenerTest", 8, 0, (0.4, 0.9)),
            ("consumer.PaymentEventListenerTest", 5, 0, (0.3, 0.7)),
            ("throttle.RateLimiterTest", 7, 0, (0.1, 1.1)),
            ("api.NotificationControllerTest", 6, 0, (0.6, 1.2)),
            ("persistence.DeliveryLogRepositoryTest", 4, 0, (2.9, 4.4)),
            ("i18n.MessageBundleTest", 12, 0, (0.02, 0.06)),
        ],
    ),
    "inventory-service": (
        "2.0.0-SNAPSHOT",
        "inventory",
        88,
        35,
        4,
        5,
        [
            ("stock.StockLedgerTest", 13, 0, (0.02, 0.08)),
            ("stock.StockAdjustmentTest", 9, 0, (0.02, 0.06)),
            ("stock.SafetyStockCalculatorTest", 7, 0, (0.01, 0.04)),
            ("reservation.ReservationServiceTest", 12, 0, (0.3, 0.7)),
            ("reservation.ReservationExpiryJobTest", 5, 0, (0.4, 1.0)),
            ("reservation.ReservationControllerTest", 8, 0, (0.7, 1.4)),
            ("warehouse.WarehouseRouterTest", 10, 0, (0.03, 0.1)),
            ("warehouse.BinLocationTest", 6, 0, (0.01, 0.03)),
            ("warehouse.PickListBuilderTest", 9, 0, (0.05, 0.2)),
            ("replenishment.ReorderPolicyTest", 11, 0, (0.02, 0.07)),
            ("replenishment.PurchaseOrderClientTest", 6, 1, (0.6, 1.3)),
            ("messaging.StockEventPublisherTest", 4, 0, (0.1, 0.4)),
            ("messaging.OrderPlacedListenerTest", 7, 0, (0.3, 0.8)),
            ("persistence.StockRepositoryTest", 8, 0, (3.6, 5.9)),
            ("persistence.ReservationRepositoryTest", 6, 0, (1.2, 2.2)),
            ("api.StockControllerTest", 9, 0, (0.6, 1.3)),
            ("api.ErrorMappingTest", 4, 0, (0.05, 0.2)),
            ("audit.StockAuditTrailTest", 5, 0, (0.05, 0.2)),
        ],
    ),
}
# builds: (service, Jenkins build number, start, outcome)
MV_BUILDS = [
    ("order-service", 612, at(6, 7, 12), "ok"),
    ("inventory-service", 471, at(6, 14, 55), "ok"),
    ("billing-service", 388, at(6, 21, 40), "ok"),
    ("catalog-service", 905, at(6, 40, 3), "ok"),
    ("inventory-service", 472, at(6, 46, 18), "ok"),
    ("notification-service", 214, at(6, 55, 31), "ok"),
    ("order-service", 613, at(6, 58, 47), "ok"),
    ("order-service", 614, at(7, 18, 26), "ok"),
    ("inventory-service", 473, at(7, 33, 9), "ok"),
    ("billing-service", 389, at(7, 42, 18), "fail2"),
    ("order-service", 615, at(7, 49, 5), "ok"),
    ("billing-service", 390, at(8, 6, 52), "fail1"),
    ("catalog-service", 906, at(8, 12, 30), "ok"),
    ("inventory-service", 474, at(8, 19, 47), "ok"),
    ("billing-service", 391, at(8, 31, 9), "ok"),
    ("notification-service", 215, at(8, 47, 44), "ok"),
    ("order-service", 616, at(8, 55, 20), "ok"),
    ("inventory-service", 475, at(9, 8, 13), "ok"),
    ("catalog-service", 907, at(9, 25, 2), "ok"),
    ("billing-service", 392, at(9, 36, 27), "ok"),
    ("order-service", 617, at(9, 47, 38), "ok"),
    ("billing-service", 393, at(9, 58, 11), "ok"),
    ("notification-service", 216, at(10, 5, 27), "ok"),
    ("catalog-service", 908, at(10, 16, 41), "resolve"),
    ("inventory-service", 476, at(10, 21, 4), "ok"),
    ("catalog-service", 909, at(10, 27, 15), "resolve"),
    ("order-service", 618, at(10, 38, 2), "ok"),
    ("catalog-service", 910, at(10, 44, 50), "ok"),
    ("notification-service", 217, at(10, 58, 36), "ok"),
    ("billing-service", 394, at(11, 12, 33), "ok"),
    ("inventory-service", 477, at(11, 19, 40), "ok"),
    ("order-service", 619, at(11, 26, 9), "ok"),
    ("notification-service", 218, at(11, 35, 56), "ok"),
    ("catalog-service", 911, at(11, 48, 20), "ok"),
]
MV_FAILS = [
    (
        "appliesVatForEuCustomers",
        88,
        "expected: <119.00> but was: <100.00>",
    ),
    (
        "appliesReverseChargeForB2b",
        131,
        "expected: <0.00> but was: <19.00>",
    ),
]
MV_JUNIT_FRAMES = [
    "org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
    "org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)",
    "org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)",
    "org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:182)",
    "org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:1156)",
]
MV_TAIL_FRAMES = [
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
    "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "java.base/java.util.ArrayList.forEach(ArrayList.java:1511)",
    "java.base/java.util.ArrayList.forEach(ArrayList.java:1511)",
]
# Maven 3.8.8's frames below a mojo's execution, as its logger prints them
MV_LIFECYCLE_FRAMES = [
    "org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:215)",
    "org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:156)",
    "org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:148)",
    "org.apache.maven.lifecycle.internal.LifecycleModuleBuilder.buildProject (LifecycleModuleBuilder.java:117)",
    "org.apache.maven.lifecycle.internal.LifecycleModuleBuilder.buildProject (LifecycleModuleBuilder.java:81)",
    "org.apache.maven.lifecycle.internal.builder.singlethreaded.SingleThreadedBuilder.build (SingleThreadedBuilder.java:56)",
    "org.apache.maven.lifecycle.internal.LifecycleStarter.execute (LifecycleStarter.java:128)",
    "org.apache.maven.DefaultMaven.doExecute (DefaultMaven.java:305)",
    "org.apache.maven.DefaultMaven.doExecute (DefaultMaven.java:192)",
    "org.apache.maven.DefaultMaven.execute (DefaultMaven.java:105)",
    "org.apache.maven.cli.MavenCli.execute (MavenCli.java:972)",
    "org.apache.maven.cli.MavenCli.doMain (MavenCli.java:293)",
    "org.apache.maven.cli.MavenCli.main (MavenCli.java:196)",
    "jdk.internal.reflect.NativeMethodAccessorImpl.invoke0 (Native Method)",
    "jdk.internal.reflect.NativeMethodAccessorImpl.invoke (NativeMethodAccessorImpl.java:77)",
    "jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke (DelegatingMethodAccessorImpl.java:43)",
    "java.lang.reflect.Method.invoke (Method.java:568)",
    "org.codehaus.plexus.classworlds.launcher.Launcher.launchEnhanced (Launcher.java:282)",
    "org.codehaus.plexus.classworlds.launcher.Launcher.launch (Launcher.java:225)",
    "org.codehaus.plexus.classworlds.launcher.Launcher.mainWithExitCode (Launcher.java:406)",
    "org.codehaus.plexus.classworlds.launcher.Launcher.main (Launcher.java:347)",
]
MV_RESOLVE_FRAMES = [
    "org.apache.maven.lifecycle.internal.LifecycleDependencyResolver.getDependencies (LifecycleDependencyResolver.java:269)",
    "org.apache.maven.lifecycle.internal.LifecycleDependencyResolver.resolveProjectDependencies (LifecycleDependencyResolver.java:147)",
    "org.apache.maven.lifecycle.internal.MojoExecutor.ensureDependenciesAreResolved (MojoExecutor.java:248)",
    "org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:202)",
    *MV_LIFECYCLE_FRAMES[1:],
]


def mv_dashes(text: str, pre: str, post: str) -> str:
    """Maven's ExecutionEventLogger centring of a title in a 72-column rule."""
    head = len(pre) + len(text) + len(post)
    left = "-" * max(0, (72 - head) // 2)
    right = "-" * max(0, 72 - head - len(left))
    return left + pre + text + post + right


def mv_total(s: float) -> str:
    """Maven's `Total time:` rendering (BuildSummary formatDuration)."""
    if s < 60:
        return f"{s:.3f} s"
    m, rest = divmod(int(s), 60)
    return f"{m:02d}:{rest:02d} min"


def maven(r: random.Random) -> list[Log]:
    """Four services' `mvn -B -ntp -e test` builds on one Jenkins agent, 06:00 to 12:00: each
    build's output written by `-l` to its own file, with slf4j-simple's time (`HH:mm:ss,SSS`)
    before the level; billing-service's VAT tests failing 07:42-08:30, the Nexus returning 502
    10:15-10:35 while catalog-service needs a new platform artifact."""
    fs = Files()

    def L(f: str, t: datetime, level: str, label: str | None, msg: str, cont=()) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S},{x.microsecond // 1000:03d} [{level}] {msg}",
                *cont,
            ],
            f,
            1000,
        )

    def blank(f: str, t: datetime, level: str = "INFO") -> datetime:
        return L(f, t, level, None, "")

    RULE = "-" * 72
    for svc, num, t, outcome in MV_BUILDS:
        version, pkg, n_main, n_test, n_res, n_tres, classes = MV_SERVICES[svc]
        f = f"{svc}-{num}.log"
        ws = f"{MV_WS}/{svc}"
        t += sec(r.uniform(0, 0.999))
        t0 = t
        t = L(f, t, "INFO", "Scanning for projects...", "Scanning for projects...")
        t = blank(f, t + sec(r.uniform(0.35, 0.6)))
        t = L(
            f,
            t + sec(0.001),
            "INFO",
            "--< %s >--",
            mv_dashes(f"com.acme.shop:{svc}", "--< ", " >--"),
        )
        t = L(f, t, "INFO", "Building %s %s", f"Building {svc} {version}")
        t = L(f, t, "INFO", "--[ %s ]--", mv_dashes("jar", "[ ", " ]"))

        def mojo(
            t: datetime, plugin: str, goal: str, execution: str, f: str = f, svc: str = svc
        ) -> datetime:
            t = blank(f, t)
            return L(
                f,
                t + sec(r.uniform(0.001, 0.02)),
                "INFO",
                "--- %s:%s:%s (%s) @ %s ---",
                f"--- maven-{plugin}-plugin:{goal} ({execution}) @ {svc} ---",
            )

        t = mojo(t + sec(r.uniform(0.05, 0.2)), "resources", "3.3.1:resources", "default-resources")
        t = L(
            f,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "Copying %d resource%s from %s to %s",
            f"Copying {n_res} resources from src/main/resources to target/classes",
        )
        if outcome == "resolve":
            t = blank(f, t + sec(r.uniform(1.5, 2.4)))
            art = "com.acme.platform:platform-events:jar:1.9.1"
            url = "https://nexus.acme.internal/repository/maven-public/com/acme/platform/platform-events/1.9.1/platform-events-1.9.1.jar"
            why = (
                f"Could not transfer artifact {art} from/to nexus "
                f"(https://nexus.acme.internal/repository/maven-public/): Transfer failed for {url} 502 Bad Gateway"
            )
            msg = f"Could not resolve dependencies for project com.acme.shop:{svc}:jar:{version}: {why}"
            t = L(f, t + sec(0.01), "INFO", RULE, RULE)
            t = L(f, t, "INFO", "BUILD FAILURE", "BUILD FAILURE")
            t = L(f, t, "INFO", RULE, RULE)
            t = L(
                f,
                t,
                "INFO",
                "Total time:  %s",
                f"Total time:  {mv_total((t - t0).total_seconds() + 0.6)}",
            )
            t = L(f, t, "INFO", "Finished at: %s", f"Finished at: {t:%Y-%m-%dT%H:%M:%S}Z")
            t = L(f, t, "INFO", RULE, RULE)
            trace = [
                f"org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal on project {svc}: {msg}",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                f"Caused by: org.apache.maven.project.DependencyResolutionException: {msg}",
                "    at org.apache.maven.project.DefaultProjectDependenciesResolver.resolve (DefaultProjectDependenciesResolver.java:214)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                f"Caused by: org.eclipse.aether.resolution.DependencyResolutionException: {why}",
                "    at org.eclipse.aether.internal.impl.DefaultRepositorySystem.resolveDependencies (DefaultRepositorySystem.java:357)",
                "    at org.apache.maven.project.DefaultProjectDependenciesResolver.resolve (DefaultProjectDependenciesResolver.java:202)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                f"Caused by: org.eclipse.aether.resolution.ArtifactResolutionException: {why}",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.resolve (DefaultArtifactResolver.java:424)",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.resolveArtifacts (DefaultArtifactResolver.java:229)",
                "    at org.eclipse.aether.internal.impl.DefaultRepositorySystem.resolveDependencies (DefaultRepositorySystem.java:340)",
                "    at org.apache.maven.project.DefaultProjectDependenciesResolver.resolve (DefaultProjectDependenciesResolver.java:202)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                f"Caused by: org.eclipse.aether.transfer.ArtifactTransferException: {why}",
                "    at org.eclipse.aether.connector.basic.ArtifactTransportListener.transferFailed (ArtifactTransportListener.java:52)",
                "    at org.eclipse.aether.connector.basic.BasicRepositoryConnector$TaskRunner.run (BasicRepositoryConnector.java:369)",
                "    at org.eclipse.aether.connector.basic.BasicRepositoryConnector.get (BasicRepositoryConnector.java:268)",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.performDownloads (DefaultArtifactResolver.java:570)",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.resolve (DefaultArtifactResolver.java:482)",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.resolveArtifacts (DefaultArtifactResolver.java:229)",
                "    at org.eclipse.aether.internal.impl.DefaultRepositorySystem.resolveDependencies (DefaultRepositorySystem.java:340)",
                "    at org.apache.maven.project.DefaultProjectDependenciesResolver.resolve (DefaultProjectDependenciesResolver.java:202)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                f"Caused by: org.apache.maven.wagon.TransferFailedException: Transfer failed for {url} 502 Bad Gateway",
                "    at org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon.fillInputData (AbstractHttpClientWagon.java:1206)",
                "    at org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon.fillInputData (AbstractHttpClientWagon.java:1150)",
                "    at org.apache.maven.wagon.StreamWagon.getInputStream (StreamWagon.java:126)",
                "    at org.apache.maven.wagon.StreamWagon.getIfNewer (StreamWagon.java:88)",
                "    at org.apache.maven.wagon.StreamWagon.get (StreamWagon.java:61)",
                "    at org.eclipse.aether.transport.wagon.WagonTransporter$GetTaskRunner.run (WagonTransporter.java:560)",
                "    at org.eclipse.aether.transport.wagon.WagonTransporter.execute (WagonTransporter.java:434)",
                "    at org.eclipse.aether.transport.wagon.WagonTransporter.get (WagonTransporter.java:411)",
                "    at org.eclipse.aether.connector.basic.BasicRepositoryConnector$GetTaskRunner.runTask (BasicRepositoryConnector.java:457)",
                "    at org.eclipse.aether.connector.basic.BasicRepositoryConnector$TaskRunner.run (BasicRepositoryConnector.java:364)",
                "    at org.eclipse.aether.connector.basic.BasicRepositoryConnector.get (BasicRepositoryConnector.java:268)",
                "    at org.eclipse.aether.internal.impl.DefaultArtifactResolver.performDownloads (DefaultArtifactResolver.java:570)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
                "Caused by: org.apache.maven.wagon.providers.http.httpclient.client.HttpResponseException: status code: 502, reason phrase: Bad Gateway (502)",
                "    at org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon.fillInputData (AbstractHttpClientWagon.java:1202)",
                "    at org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon.fillInputData (AbstractHttpClientWagon.java:1150)",
                "    at org.apache.maven.wagon.StreamWagon.getInputStream (StreamWagon.java:126)",
                *["    at " + x for x in MV_RESOLVE_FRAMES],
            ]
            t = L(
                f,
                t + sec(0.002),
                "ERROR",
                "Failed to execute goal on project %s: Could not resolve dependencies for project %s: Could not transfer artifact %s from/to %s (%s): Transfer failed for %s %d %s",
                f"Failed to execute goal on project {svc}: {msg} -> [Help 1]",
                trace,
            )
            footer(L, blank, f, t, r, "DependencyResolutionException")
            continue
        t = mojo(t + sec(r.uniform(0.02, 0.1)), "compiler", "3.13.0:compile", "default-compile")
        t = L(
            f,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "Recompiling the module because of changed source code.",
            "Recompiling the module because of changed source code.",
        )
        t = L(
            f,
            t + sec(0.002),
            "INFO",
            "Compiling %d source file%s with javac [%s] to %s",
            f"Compiling {n_main} source files with javac [debug release 17] to target/classes",
        )
        t = mojo(
            t + sec(n_main * r.uniform(0.06, 0.11)),
            "resources",
            "3.3.1:testResources",
            "default-testResources",
        )
        t = L(
            f,
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            "Copying %d resource%s from %s to %s",
            f"Copying {n_tres} resource{'s' if n_tres != 1 else ''} from src/test/resources to target/test-classes",
        )
        t = mojo(
            t + sec(r.uniform(0.02, 0.1)), "compiler", "3.13.0:testCompile", "default-testCompile"
        )
        t = L(
            f,
            t + sec(r.uniform(0.1, 0.3)),
            "INFO",
            "Recompiling the module because of changed dependency.",
            "Recompiling the module because of changed dependency.",
        )
        t = L(
            f,
            t + sec(0.002),
            "INFO",
            "Compiling %d source file%s with javac [%s] to %s",
            f"Compiling {n_test} source files with javac [debug release 17] to target/test-classes",
        )
        t = mojo(t + sec(n_test * r.uniform(0.05, 0.1)), "surefire", "3.2.5:test", "default-test")
        t = L(
            f,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "Using auto detected provider %s",
            "Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider",
        )
        t = blank(f, t + sec(r.uniform(0.3, 0.8)))
        t = L(f, t, "INFO", "-------------------------------------------------------", "-" * 55)
        t = L(f, t, "INFO", " T E S T S", " T E S T S")
        t = L(f, t, "INFO", "-------------------------------------------------------", "-" * 55)
        order = list(classes)
        r.shuffle(order)
        runs = fails = skips = 0
        failed: list[tuple[str, int, str]] = []
        for cls, n, skipped, (lo, hi) in order:
            fq = f"com.acme.shop.{pkg}.{cls}"
            t = L(f, t + sec(r.uniform(0.02, 0.3)), "INFO", "Running %s", f"Running {fq}")
            dur = r.uniform(lo, hi) * (3.5 if runs == 0 else 1.0)
            bad = []
            if cls == "invoice.InvoiceServiceTest" and outcome in ("fail1", "fail2"):
                bad = MV_FAILS[: 2 if outcome == "fail2" else 1]
            t += sec(dur)
            runs += n
            skips += skipped
            fails += len(bad)
            if bad:
                t = L(
                    f,
                    t,
                    "ERROR",
                    "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d, Time elapsed: %s s <<< FAILURE! -- in %s",
                    f"Tests run: {n}, Failures: {len(bad)}, Errors: 0, Skipped: {skipped}, Time elapsed: {dur:.3f} s <<< FAILURE! -- in {fq}",
                )
                simple = cls.split(".")[-1]
                for meth, line, text in bad:
                    stack = [
                        f"org.opentest4j.AssertionFailedError: {text}",
                        *["\tat " + x for x in MV_JUNIT_FRAMES],
                        f"\tat {fq}.{meth}({simple}.java:{line})",
                        *["\tat " + x for x in MV_TAIL_FRAMES],
                        "",
                    ]
                    t = L(
                        f,
                        t + sec(0.001),
                        "ERROR",
                        "%s -- Time elapsed: %s s <<< FAILURE!",
                        f"{fq}.{meth} -- Time elapsed: {r.uniform(0.005, 0.03):.3f} s <<< FAILURE!",
                        stack,
                    )
                    failed.append((f"{simple}.{meth}", line, text))
            else:
                t = L(
                    f,
                    t,
                    "WARNING" if skipped else "INFO",
                    "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d, Time elapsed: %s s -- in %s",
                    f"Tests run: {n}, Failures: 0, Errors: 0, Skipped: {skipped}, Time elapsed: {dur:.3f} s -- in {fq}",
                )
        t = blank(f, t + sec(r.uniform(0.2, 0.5)))
        t = L(f, t, "INFO", "Results:", "Results:")
        t = blank(f, t)
        if failed:
            t = L(
                f,
                t,
                "ERROR",
                "Failures: ",
                "Failures: ",
            )
            for name, line, text in failed:
                t = L(f, t, "ERROR", "  %s:%d %s", f"  {name}:{line} {text}")
            t = blank(f, t)
        lvl = "ERROR" if fails else ("WARNING" if skips else "INFO")
        t = L(
            f,
            t,
            lvl,
            "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d",
            f"Tests run: {runs}, Failures: {fails}, Errors: 0, Skipped: {skips}",
        )
        t = blank(f, t)
        t = L(f, t + sec(0.01), "INFO", RULE, RULE)
        t = L(
            f,
            t,
            "INFO",
            "BUILD FAILURE" if failed else "BUILD SUCCESS",
            "BUILD FAILURE" if failed else "BUILD SUCCESS",
        )
        t = L(f, t, "INFO", RULE, RULE)
        t = L(
            f,
            t,
            "INFO",
            "Total time:  %s",
            f"Total time:  {mv_total((t - t0).total_seconds() + 0.7)}",
        )
        t = L(f, t, "INFO", "Finished at: %s", f"Finished at: {t:%Y-%m-%dT%H:%M:%S}Z")
        t = L(f, t, "INFO", RULE, RULE)
        if failed:
            goal = "org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test)"
            refer = [
                f"Please refer to {ws}/target/surefire-reports for the individual test results.",
                "Please refer to dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.",
            ]
            head = f"Failed to execute goal {goal} on project {svc}: There are test failures."
            trace = [
                f"org.apache.maven.lifecycle.LifecycleExecutionException: {head}",
                "",
                *refer,
                "    at org.apache.maven.lifecycle.internal.MojoExecutor.doExecute (MojoExecutor.java:375)",
                "    at org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:351)",
                *["    at " + x for x in MV_LIFECYCLE_FRAMES],
                "Caused by: org.apache.maven.plugin.MojoFailureException: There are test failures.",
                "",
                *refer,
                "    at org.apache.maven.plugin.surefire.SurefireHelper.throwException (SurefireHelper.java:271)",
                "    at org.apache.maven.plugin.surefire.SurefireHelper.reportExecution (SurefireHelper.java:159)",
                "    at org.apache.maven.plugin.surefire.SurefirePlugin.handleSummary (SurefirePlugin.java:540)",
                "    at org.apache.maven.plugin.surefire.AbstractSurefireMojo.executeAfterPreconditionsChecked (AbstractSurefireMojo.java:1105)",
                "    at org.apache.maven.plugin.surefire.AbstractSurefireMojo.execute (AbstractSurefireMojo.java:910)",
                "    at org.apache.maven.plugin.DefaultBuildPluginManager.executeMojo (DefaultBuildPluginManager.java:137)",
                "    at org.apache.maven.lifecycle.internal.MojoExecutor.doExecute (MojoExecutor.java:370)",
                "    at org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:351)",
                *["    at " + x for x in MV_LIFECYCLE_FRAMES],
            ]

            def failed_goal(x: datetime, head=head, refer=refer, trace=trace) -> list[str]:
                # one message over several lines: Maven logs each line under the head, the
                # last one with the exception, whose trace follows without one
                pre = f"{x:%H:%M:%S},{x.microsecond // 1000:03d} [ERROR] "
                return [
                    pre + head,
                    pre,
                    pre + refer[0],
                    pre + refer[1],
                    pre + "-> [Help 1]",
                    *trace,
                ]

            t = fs.add(
                f,
                t + sec(0.003),
                "Failed to execute goal %s on project %s: There are test failures.",
                failed_goal,
                f,
                1000,
            )
            footer(L, blank, f, t, r, "MojoFailureException")
    return fs.logs(T0)


def footer(L, blank, f: str, t: datetime, r: random.Random, exc: str) -> None:
    t = blank(f, t + sec(0.001), "ERROR")
    t = L(
        f,
        t,
        "ERROR",
        "Re-run Maven using the -X switch to enable full debug logging.",
        "Re-run Maven using the -X switch to enable full debug logging.",
    )
    t = blank(f, t, "ERROR")
    t = L(
        f,
        t,
        "ERROR",
        "For more information about the errors and possible solutions, please read the following articles:",
        "For more information about the errors and possible solutions, please read the following articles:",
    )
    L(
        f,
        t,
        "ERROR",
        "[Help %d] %s",
        f"[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/{exc}",
    )


# -------------------------------------------------------------------------------------- sbt

SB_WS = "/var/lib/jenkins/workspace/ledger"
# project: (package, main sources, test sources, suites: (suite, [tests]))
SB_PROJECTS: list[tuple[str, str, int, int, list[tuple[str, list[str]]]]] = [
    (
        "core",
        "com.acme.ledger.core",
        48,
        17,
        [
            (
                "AmountSpec",
                [
                    "adds two amounts in the same currency",
                    "refuses to add amounts in different currencies",
                    "negates an amount",
                    "rounds half-even to the currency's minor unit",
                    "compares amounts by value and currency",
                    "parses a decimal string",
                    "rejects more fraction digits than the currency allows",
                ],
            ),
            (
                "CurrencySpec",
                [
                    "looks up ISO 4217 codes",
                    "knows JPY has no minor unit",
                    "knows BHD has three minor digits",
                    "rejects an unknown code",
                    "is case-insensitive when parsing",
                ],
            ),
            (
                "AccountSpec",
                [
                    "opens an account with a zero balance",
                    "freezes and unfreezes an account",
                    "refuses postings to a closed account",
                    "derives the normal balance from the account type",
                    "validates the account number checksum",
                    "keeps the opening date in UTC",
                ],
            ),
            (
                "PostingSpec",
                [
                    "posts a balanced entry",
                    "rejects an entry with a single leg",
                    "rejects an unbalanced entry",
                    "rejects a leg with a zero amount",
                    "allows multi-currency entries with an fx leg",
                    "orders legs by account number",
                    "assigns a monotonically increasing sequence",
                    "is idempotent for the same reference",
                    "records the posting user",
                ],
            ),
            (
                "JournalSpec",
                [
                    "replays entries in sequence order",
                    "detects a gap in the sequence",
                    "reverses an entry with mirrored legs",
                    "refuses to reverse a reversal",
                    "filters entries by period",
                    "serialises to the event format",
                    "restores from a snapshot plus events",
                    "rejects an entry dated in a closed period",
                ],
            ),
            (
                "BalanceSpec",
                [
                    "sums debits and credits per account",
                    "computes a trial balance that nets to zero",
                    "reports balances as of a date",
                    "converts balances to the reporting currency",
                    "ignores pending entries",
                    "caches balances per period",
                ],
            ),
            (
                "FxRatesSpec",
                [
                    "inverts a rate",
                    "cross-converts through EUR",
                    "uses the latest rate on or before a date",
                    "fails when no rate is known",
                    "rounds the converted amount once",
                    "rejects a non-positive rate",
                ],
            ),
            (
                "PeriodCloseSpec",
                [
                    "closes a period with no pending entries",
                    "refuses to close with pending entries",
                    "carries retained earnings forward",
                    "reopens a period for an administrator",
                    "closes periods in order only",
                ],
            ),
            (
                "IbanSpec",
                [
                    "accepts a valid German IBAN",
                    "accepts a valid Dutch IBAN",
                    "rejects a wrong checksum",
                    "rejects a wrong length for the country",
                    "strips spaces",
                    "formats in groups of four",
                    "rejects an unknown country",
                    "extracts the bank code",
                ],
            ),
            (
                "LedgerEventSpec",
                [
                    "encodes an EntryPosted event",
                    "encodes an EntryReversed event",
                    "decodes the version 1 format",
                    "rejects an unknown event type",
                    "keeps the schema version",
                    "round-trips through JSON",
                ],
            ),
        ],
    ),
    (
        "api",
        "com.acme.ledger.api",
        39,
        14,
        [
            (
                "TransferRoutesSpec",
                [
                    "creates a transfer between two accounts",
                    "returns 422 for an unbalanced transfer",
                    "returns 404 for an unknown account",
                    "returns 409 for a duplicate idempotency key",
                    "settles a transfer across currencies",
                    "rejects a transfer to the same account",
                    "lists transfers for an account",
                    "paginates transfers",
                    "requires the ledger:write scope",
                ],
            ),
            (
                "AccountRoutesSpec",
                [
                    "opens an account",
                    "fetches an account by number",
                    "returns the balance as of a date",
                    "freezes an account",
                    "rejects a malformed account number",
                    "lists accounts by owner",
                    "returns 403 for another tenant's account",
                ],
            ),
            (
                "AuthDirectiveSpec",
                [
                    "accepts a valid bearer token",
                    "rejects an expired token",
                    "rejects a token for another audience",
                    "extracts the tenant claim",
                    "returns 401 without a token",
                ],
            ),
            (
                "JsonCodecsSpec",
                [
                    "encodes amounts as strings",
                    "decodes amounts from strings",
                    "rejects amounts given as numbers",
                    "encodes instants in ISO 8601",
                    "decodes currency codes",
                    "omits empty optional fields",
                    "encodes errors with a code and a message",
                    "decodes a transfer request",
                ],
            ),
            (
                "ErrorResponseSpec",
                [
                    "maps validation errors to 422",
                    "maps conflicts to 409",
                    "hides internal error details",
                    "adds the request id",
                ],
            ),
            (
                "PaginationSpec",
                [
                    "returns the first page by default",
                    "caps the page size at 200",
                    "encodes the cursor opaquely",
                    "rejects a tampered cursor",
                    "returns no next cursor on the last page",
                ],
            ),
            (
                "IdempotencySpec",
                [
                    "replays the stored response for a repeated key",
                    "rejects a repeated key with a different body",
                    "expires keys after 24 hours",
                    "scopes keys per tenant",
                    "ignores the key on GET requests",
                ],
            ),
            (
                "HealthRoutesSpec",
                [
                    "reports ready when the journal is reachable",
                    "reports not ready while replaying",
                    "reports the build version",
                ],
            ),
        ],
    ),
    (
        "jobs",
        "com.acme.ledger.jobs",
        22,
        9,
        [
            (
                "ReconciliationJobSpec",
                [
                    "matches bank lines to entries by reference",
                    "matches by amount and date within a tolerance",
                    "reports unmatched bank lines",
                    "reports unmatched entries",
                    "is idempotent across reruns",
                    "skips accounts without a bank feed",
                ],
            ),
            (
                "StatementExportSpec",
                [
                    "exports a monthly statement",
                    "includes the opening and closing balance",
                    "writes amounts with two decimals",
                    "names the file after the account and period",
                    "uploads to the statements bucket",
                ],
            ),
            (
                "InterestAccrualSpec",
                [
                    "accrues daily on the closing balance",
                    "uses act/365 for EUR accounts",
                    "uses act/360 for USD accounts",
                    "does not accrue on negative balances",
                    "posts accrued interest at month end",
                    "respects the rate change date",
                    "rounds accrued interest per day",
                ],
            ),
            (
                "SchedulerSpec",
                [
                    "runs reconciliation after the bank feed arrives",
                    "does not run two accruals at once",
                    "retries a failed export",
                    "skips bank holidays",
                ],
            ),
            (
                "RetryPolicySpec",
                [
                    "retries with exponential backoff",
                    "gives up after five attempts",
                    "does not retry validation errors",
                    "adds jitter",
                    "resets after a success",
                ],
            ),
            (
                "CsvWriterSpec",
                [
                    "quotes fields containing the separator",
                    "escapes quotes by doubling",
                    "writes a header row",
                    "uses CRLF line endings",
                    "writes UTF-8 without a BOM",
                    "handles empty fields",
                ],
            ),
        ],
    ),
]
# builds: (Jenkins build number, start, outcome)
SB_BUILDS = [
    (1186, at(6, 5, 14), "ok"),
    (1187, at(6, 48, 2), "ok"),
    (1188, at(7, 31, 40), "testfail1"),
    (1189, at(7, 52, 26), "testfail2"),
    (1190, at(8, 20, 5), "gc"),
    (1191, at(8, 37, 51), "gc"),
    (1192, at(9, 5, 33), "compile"),
    (1193, at(9, 21, 12), "ok"),
    (1194, at(10, 12, 48), "resolve"),
    (1195, at(10, 24, 7), "resolve"),
    (1196, at(10, 41, 30), "ok"),
    (1197, at(11, 15, 9), "ok"),
    (1198, at(11, 50, 44), "ok"),
]


def sb_completed(t: datetime) -> str:
    """java.time's FormatStyle.MEDIUM in en-US on JDK 17: `Jun 7, 2024, 6:05:31 AM`."""
    h = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year}, {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def sb_total(s: float) -> str:
    n = int(s)
    return f"{n} s" + (f" ({n // 60:02d}:{n % 60:02d})" if n >= 60 else "")


def sb_took(s: float) -> str:
    """ScalaTest's duration: `3 seconds, 918 milliseconds`."""
    secs, ms = int(s), int((s - int(s)) * 1000)
    parts = []
    if secs:
        parts.append(f"{secs} second{'s' if secs != 1 else ''}")
    parts.append(f"{ms} millisecond{'s' if ms != 1 else ''}")
    return ", ".join(parts)


def sb_count(n: int, what: str) -> str:
    """zinc's countElementsAsString: `one warning`, `two warnings`, ..., `5 warnings`."""
    words = {1: "one", 2: "two", 3: "three", 4: "four"}
    return f"{words.get(n, str(n))} {what}{'s' if n != 1 else ''}"


def sbt(r: random.Random) -> list[Log]:
    """A Scala ledger service's `sbt -batch clean test` on Jenkins, each build's output (no
    times, `[info]`/`[warn]`/`[error]`/`[success]` on every line) archived as its own file:
    ScalaTest suites, two standing compiler warnings in core, a test failing 07:31-08:20, the
    agent short of memory 08:20-08:45 (sbt's GC warnings), a type error at 09:05, the Nexus
    answering 502 10:12-10:35 after a dependency bump."""
    fs = Files()

    def S(f: str, t: datetime, level: str, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: [f"[{level}] {y}" for y in lines], f, 1000)

    for num, t, outcome in SB_BUILDS:
        f = f"ledger-{num}.log"
        t0 = t
        t = S(
            f,
            t,
            "info",
            "welcome to sbt %s (%s Java %s)",
            ["welcome to sbt 1.9.9 (Eclipse Adoptium Java 17.0.11)"],
        )
        t = S(
            f,
            t + sec(r.uniform(0.8, 1.4)),
            "info",
            "loading settings for project %s from %s ...",
            ["loading settings for project ledger-build from plugins.sbt ..."],
        )
        t = S(
            f,
            t + sec(r.uniform(0.2, 0.5)),
            "info",
            "loading project definition from %s",
            [f"loading project definition from {SB_WS}/project"],
        )
        t = S(
            f,
            t + sec(r.uniform(2.5, 4.0)),
            "info",
            "loading settings for project %s from %s ...",
            ["loading settings for project root from build.sbt ..."],
        )
        t = S(
            f,
            t + sec(r.uniform(1.0, 2.0)),
            "info",
            "set current project to %s (in build %s)",
            [f"set current project to ledger (in build file:{SB_WS}/)"],
        )
        t = S(
            f,
            t + sec(r.uniform(0.3, 0.8)),
            "info",
            "Executing in batch mode. For better performance use sbt's shell",
            ["Executing in batch mode. For better performance use sbt's shell"],
        )
        t = S(
            f,
            t + sec(r.uniform(0.3, 0.9)),
            "success",
            "Total time: %s s%s, completed %s",
            [f"Total time: 0 s, completed {sb_completed(t)}"],
        )
        tc = t
        if outcome == "resolve":
            dep = "com.acme.platform:platform-events_2.13:1.9.1"
            url = "https://nexus.acme.internal/repository/maven-public/com/acme/platform/platform-events_2.13/1.9.1/platform-events_2.13-1.9.1.pom"
            why = [
                "  Not found",
                "  Not found",
                f"  download error: Caught java.io.IOException: Server returned HTTP response code: 502 for URL: {url} (Server returned HTTP response code: 502 for URL: {url}) while downloading {url}",
            ]
            t = S(
                f,
                t + sec(r.uniform(4, 7)),
                "error",
                "stack trace is suppressed; run last %s for the full output",
                ["stack trace is suppressed; run last core / update for the full output"],
            )
            t = S(
                f,
                t,
                "error",
                "(%s) sbt.librarymanagement.ResolveException: Error downloading %s",
                [
                    f"(core / update) sbt.librarymanagement.ResolveException: Error downloading {dep}",
                    *why,
                ],
            )
            S(
                f,
                t + sec(0.01),
                "error",
                "Total time: %s s%s, completed %s",
                [f"Total time: {sb_total((t - tc).total_seconds())}, completed {sb_completed(t)}"],
            )
            continue
        gcs = 0
        for name, _pkg, n_main, n_test, _suites in SB_PROJECTS:
            t = S(
                f,
                t + sec(r.uniform(0.5, 2.0)),
                "info",
                "compiling %d Scala source%s to %s ...",
                [
                    f"compiling {n_main} Scala sources to {SB_WS}/{name}/target/scala-2.13/classes ..."
                ],
            )
            ts = t + sec(n_main * r.uniform(0.25, 0.45))
            if outcome == "gc" and gcs < 2:
                gcs += 1
                spent = r.uniform(5.1, 7.8)
                S(
                    f,
                    t + sec(r.uniform(4, 9)),
                    "warn",
                    "In the last %d seconds, %s (%s%%) were spent in GC. [Heap: %sGB free of %sGB, max %sGB] Consider increasing the JVM heap using `-Xmx` or try a different collector, e.g. `-XX:+UseG1GC`, for better performance.",
                    [
                        f"In the last 10 seconds, {spent:.3f} ({spent * 10:.1f}%) were spent in GC. [Heap: {r.uniform(0.02, 0.09):.2f}GB free of 1.00GB, max 1.00GB] Consider increasing the JVM heap using `-Xmx` or try a different collector, e.g. `-XX:+UseG1GC`, for better performance."
                    ],
                )
                ts += sec(12)
            src = f"{SB_WS}/{name}/src/main/scala/com/acme/ledger/{name}"
            if name == "core":
                ts = S(
                    f,
                    ts,
                    "warn",
                    "%s:%d:%d: match may not be exhaustive.",
                    [
                        f"{src}/Posting.scala:41:5: match may not be exhaustive.",
                        "It would fail on the following input: Reversed(_)",
                        "    status match {",
                        "    ^",
                    ],
                )
                ts = S(
                    f,
                    ts,
                    "warn",
                    "%s:%d:%d: method %s in %s %s is deprecated (since %s): %s",
                    [
                        f"{src}/Balance.scala:77:38: method mapValues in trait MapOps is deprecated (since 2.13.0): Use .view.mapValues(f). A future version will include a strict version of this method (for now, .view.mapValues(f).toMap).",
                        "      byAccount.groupBy(_.account).mapValues(_.map(_.amount).sum)",
                        "                                   ^",
                    ],
                )
                ts = S(f, ts, "warn", "%s warning%s found", [f"{sb_count(2, 'warning')} found"])
            if name == "api" and outcome == "compile":
                t = S(
                    f,
                    ts,
                    "error",
                    "%s:%d:%d: type mismatch;",
                    [
                        f"{src}/TransferRoutes.scala:57:38: type mismatch;",
                        " found   : Long",
                        " required: com.acme.ledger.core.Amount",
                        "        ledger.transfer(from, to, req.amountCents)",
                        "                                      ^",
                    ],
                )
                t = S(f, t, "error", "%s error%s found", [f"{sb_count(1, 'error')} found"])
                t = S(
                    f,
                    t + sec(0.05),
                    "error",
                    "(%s) Compilation failed",
                    ["(api / Compile / compileIncremental) Compilation failed"],
                )
                S(
                    f,
                    t + sec(0.01),
                    "error",
                    "Total time: %s s%s, completed %s",
                    [
                        f"Total time: {sb_total((t - tc).total_seconds())}, completed {sb_completed(t)}"
                    ],
                )
                break
            t = S(f, ts, "info", "done compiling", ["done compiling"])
            t = S(
                f,
                t + sec(r.uniform(0.3, 1.0)),
                "info",
                "compiling %d Scala source%s to %s ...",
                [
                    f"compiling {n_test} Scala source{'s' if n_test != 1 else ''} to {SB_WS}/{name}/target/scala-2.13/test-classes ..."
                ],
            )
            t = S(
                f,
                t + sec(n_test * r.uniform(0.3, 0.5)),
                "info",
                "done compiling",
                ["done compiling"],
            )
        if outcome == "compile":
            continue
        failed_suites = []
        for _name, pkg, _m, _t, suites in SB_PROJECTS:
            t += sec(r.uniform(0.5, 1.5))
            start = t
            order = list(suites)
            r.shuffle(order)
            total = failed = 0
            for suite, tests in order:
                t = S(f, t + sec(r.uniform(0.2, 1.2)), "info", "%s:", [f"{suite}:"])
                for test in tests:
                    total += 1
                    bad = suite == "TransferRoutesSpec" and (
                        (test == "settles a transfer across currencies" and outcome == "testfail1")
                        or (test == "paginates transfers" and outcome == "testfail2")
                    )
                    if bad:
                        failed += 1
                        failed_suites.append(f"{pkg}.{suite}")
                        detail = (
                            "  Amount(100.01,EUR) did not equal Amount(100.00,EUR) (TransferRoutesSpec.scala:88)"
                            if "settles" in test
                            else '  List("t-1042", "t-1041") did not equal List("t-1041", "t-1042") (TransferRoutesSpec.scala:131)'
                        )
                        t = S(
                            f,
                            t + sec(r.uniform(0.01, 0.4)),
                            "info",
                            "- %s *** FAILED ***",
                            [f"- {test} *** FAILED ***", detail],
                        )
                    else:
                        t = S(
                            f,
                            t + sec(r.uniform(0.005, 0.3)),
                            "info",
                            "- %s",
                            [f"- {test}"],
                        )
            took = (t - start).total_seconds() + r.uniform(0.3, 0.9)
            t = S(
                f,
                t + sec(0.2),
                "info",
                "Run completed in %s.",
                [f"Run completed in {sb_took(took)}."],
            )
            t = S(
                f,
                t,
                "info",
                "Total number of tests run: %d",
                [f"Total number of tests run: {total}"],
            )
            t = S(
                f,
                t,
                "info",
                "Suites: completed %d, aborted %d",
                [f"Suites: completed {len(suites)}, aborted 0"],
            )
            t = S(
                f,
                t,
                "info",
                "Tests: succeeded %d, failed %d, canceled %d, ignored %d, pending %d",
                [
                    f"Tests: succeeded {total - failed}, failed {failed}, canceled 0, ignored 0, pending 0"
                ],
            )
            if failed:
                # ScalaTest's resources oneTestFailed / multipleTestsFailed
                t = S(
                    f,
                    t,
                    "info",
                    "*** 1 TEST FAILED ***" if failed == 1 else "*** %d TESTS FAILED ***",
                    [f"*** {failed} TEST{'S' if failed != 1 else ''} FAILED ***"],
                )
                t = S(
                    f,
                    t + sec(0.01),
                    "error",
                    "Failed: Total %d, Failed %d, Errors %d, Passed %d",
                    [f"Failed: Total {total}, Failed {failed}, Errors 0, Passed {total - failed}"],
                )
            else:
                t = S(f, t, "info", "All tests passed.", ["All tests passed."])
                t = S(
                    f,
                    t + sec(0.01),
                    "info",
                    "Passed: Total %d, Failed %d, Errors %d, Passed %d",
                    [f"Passed: Total {total}, Failed 0, Errors 0, Passed {total}"],
                )
        if failed_suites:
            t = S(
                f,
                t + sec(0.05),
                "error",
                "Failed tests:",
                ["Failed tests:", *sorted({"\t" + x for x in failed_suites})],
            )
            t = S(
                f,
                t + sec(0.01),
                "error",
                "(%s) sbt.TestsFailedException: Tests unsuccessful",
                ["(api / Test / test) sbt.TestsFailedException: Tests unsuccessful"],
            )
            S(
                f,
                t + sec(0.01),
                "error",
                "Total time: %s s%s, completed %s",
                [f"Total time: {sb_total((t - tc).total_seconds())}, completed {sb_completed(t)}"],
            )
        else:
            S(
                f,
                t + sec(0.05),
                "success",
                "Total time: %s s%s, completed %s",
                [f"Total time: {sb_total((t - tc).total_seconds())}, completed {sb_completed(t)}"],
            )
        del t0
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- npm

NP_CWD = "/workspace/storefront-web"
NP_REG = "https://nexus.acme.internal/repository/npm-group"
# the lockfile's packages (name@version), in the lockfile's order
NP_PACKAGES = """
@ampproject/remapping@2.3.0 @babel/code-frame@7.24.7 @babel/compat-data@7.24.7 @babel/core@7.24.7
@babel/generator@7.24.7 @babel/helper-compilation-targets@7.24.7 @babel/helper-environment-visitor@7.24.7
@babel/helper-function-name@7.24.7 @babel/helper-hoist-variables@7.24.7 @babel/helper-module-imports@7.24.7
@babel/helper-module-transforms@7.24.7 @babel/helper-plugin-utils@7.24.7 @babel/helper-simple-access@7.24.7
@babel/helper-split-export-declaration@7.24.7 @babel/helper-string-parser@7.24.7
@babel/helper-validator-identifier@7.24.7 @babel/helper-validator-option@7.24.7 @babel/helpers@7.24.7
@babel/highlight@7.24.7 @babel/parser@7.24.7 @babel/plugin-transform-react-jsx-self@7.24.7
@babel/plugin-transform-react-jsx-source@7.24.7 @babel/template@7.24.7 @babel/traverse@7.24.7
@babel/types@7.24.7 @esbuild/linux-x64@0.21.5 @eslint-community/eslint-utils@4.4.0
@eslint-community/regexpp@4.10.1 @eslint/eslintrc@2.1.4 @eslint/js@8.57.0 @humanwhocodes/config-array@0.11.14
@humanwhocodes/module-importer@1.0.1 @humanwhocodes/object-schema@2.0.3 @jest/schemas@29.6.3
@jridgewell/gen-mapping@0.3.5 @jridgewell/resolve-uri@3.1.2 @jridgewell/set-array@1.2.1
@jridgewell/sourcemap-codec@1.4.15 @jridgewell/trace-mapping@0.3.25 @nodelib/fs.scandir@2.1.5
@nodelib/fs.stat@2.0.5 @nodelib/fs.walk@1.2.8 @remix-run/router@1.16.1 @rollup/rollup-linux-x64-gnu@4.18.0
@sinclair/typebox@0.27.8 @tanstack/query-core@5.40.0 @tanstack/react-query@5.40.0 @types/babel__core@7.20.5
@types/babel__generator@7.6.8 @types/babel__template@7.4.4 @types/babel__traverse@7.20.6 @types/estree@1.0.5
@types/prop-types@15.7.12 @types/react@18.3.3 @types/react-dom@18.3.0 @ungap/structured-clone@1.2.0
@vitejs/plugin-react@4.3.1 @vitest/expect@1.6.0 @vitest/runner@1.6.0 @vitest/snapshot@1.6.0 @vitest/spy@1.6.0
@vitest/utils@1.6.0 accepts@1.3.8 acorn@8.11.3 acorn-jsx@5.3.2 acorn-walk@8.3.2 ajv@6.12.6 ansi-regex@5.0.1
ansi-styles@4.3.0 argparse@2.0.1 array-flatten@1.1.1 assertion-error@1.1.0 asynckit@0.4.0 atomic-sleep@1.0.0
axios@1.7.2 balanced-match@1.0.2 body-parser@1.20.2 brace-expansion@1.1.11 browserslist@4.23.1 bytes@3.1.2
cac@6.7.14 call-bind@1.0.7 callsites@3.1.0 caniuse-lite@1.0.30001634 chai@4.4.1 chalk@4.1.2
check-error@1.0.3 clsx@2.1.1 color-convert@2.0.1 color-name@1.1.4 combined-stream@1.0.8 compressible@2.0.18
compression@1.7.4 concat-map@0.0.1 confbox@0.1.7 content-disposition@0.5.4 content-type@1.0.5
convert-source-map@2.0.0 cookie@0.6.0 cookie-signature@1.0.6 cross-spawn@7.0.3 csstype@3.1.3 date-fns@3.6.0
debug@4.3.5 deep-eql@4.1.4 deep-is@0.1.4 define-data-property@1.1.4 delayed-stream@1.0.0 depd@2.0.0
destroy@1.2.0 diff-sequences@29.6.3 doctrine@3.0.0 ee-first@1.1.1 electron-to-chromium@1.4.803
encodeurl@1.0.2 es-define-property@1.0.0 es-errors@1.3.0 esbuild@0.21.5 escalade@3.1.2 escape-html@1.0.3
escape-string-regexp@4.0.0 eslint@8.57.0 eslint-scope@7.2.2 eslint-visitor-keys@3.4.3 espree@9.6.1
esquery@1.5.0 esrecurse@4.3.0 estraverse@5.3.0 estree-walker@3.0.3 esutils@2.0.3 etag@1.8.1 execa@8.0.1
express@4.19.2 fast-deep-equal@3.1.3 fast-json-stable-stringify@2.1.0 fast-levenshtein@2.0.6
fast-redact@3.5.0 fastq@1.17.1 file-entry-cache@6.0.1 finalhandler@1.2.0 find-up@5.0.0 flat-cache@3.2.0
flatted@3.3.1 follow-redirects@1.15.6 form-data@4.0.0 forwarded@0.2.0 fresh@0.5.2 fs.realpath@1.0.0
function-bind@1.1.2 gensync@1.0.0-beta.2 get-func-name@2.0.2 get-intrinsic@1.2.4 get-stream@8.0.1
glob@7.2.3 glob-parent@6.0.2 globals@13.24.0 gopd@1.0.1 graphemer@1.4.0 has-flag@4.0.0
has-property-descriptors@1.0.2 has-proto@1.0.3 has-symbols@1.0.3 hasown@2.0.2 helmet@7.1.0
http-errors@2.0.0 human-signals@5.0.0 iconv-lite@0.4.24 ignore@5.3.1 import-fresh@3.3.0 imurmurhash@0.1.4
inflight@1.0.6 inherits@2.0.4 ipaddr.js@1.9.1 is-extglob@2.1.1 is-glob@4.0.3 is-path-inside@3.0.3
is-stream@3.0.0 isexe@2.0.0 js-tokens@4.0.0 js-yaml@4.1.0 jsesc@2.5.2 json-buffer@3.0.1
json-schema-traverse@0.4.1 json-stable-stringify-without-jsonify@1.0.1 json5@2.2.3 keyv@4.5.4 levn@0.4.1
local-pkg@0.5.0 locate-path@6.0.0 lodash.merge@4.6.2 loose-envify@1.4.0 loupe@2.3.7 lru-cache@5.1.1
magic-string@0.30.10 media-typer@0.3.0 merge-descriptors@1.0.1 merge-stream@2.0.0 methods@1.1.2
mime@1.6.0 mime-db@1.52.0 mime-types@2.1.35 mimic-fn@4.0.0 minimatch@3.1.2 mlly@1.7.1 ms@2.1.2
nanoid@3.3.7 natural-compare@1.4.0 negotiator@0.6.3 node-releases@2.0.14 npm-run-path@5.3.0
object-inspect@1.13.1 on-exit-leak-free@2.1.2 on-finished@2.4.1 on-headers@1.0.2 once@1.4.0 onetime@6.0.0
optionator@0.9.4 p-limit@3.1.0 p-locate@5.0.0 parent-module@1.0.1 parseurl@1.3.3 path-exists@4.0.0
path-is-absolute@1.0.1 path-key@3.1.1 path-to-regexp@0.1.7 pathe@1.1.2 pathval@1.1.1 picocolors@1.0.1
pino@9.2.0 pino-abstract-transport@1.2.0 pino-std-serializers@7.0.0 pkg-types@1.1.1 postcss@8.4.38
prelude-ls@1.2.1 pretty-format@29.7.0 process-warning@3.0.0 proxy-addr@2.0.7 proxy-from-env@1.1.0
punycode@2.3.1 qs@6.11.0 queue-microtask@1.2.3 quick-format-unescaped@4.0.4 range-parser@1.2.1
raw-body@2.5.2 react@18.3.1 react-dom@18.3.1 react-is@18.3.1 react-refresh@0.14.2 react-router@6.23.1
react-router-dom@6.23.1 readable-stream@4.5.2 real-require@0.2.0 resolve-from@4.0.0 reusify@1.0.4
rimraf@3.0.2 rollup@4.18.0 run-parallel@1.2.0 safe-buffer@5.2.1 safe-stable-stringify@2.4.3
safer-buffer@2.1.2 scheduler@0.23.2 semver@6.3.1 send@0.18.0 serve-static@1.15.0 set-function-length@1.2.2
setprototypeof@1.2.0 shebang-command@2.0.0 shebang-regex@3.0.0 side-channel@1.0.6 siginfo@2.0.0
signal-exit@4.1.0 sonic-boom@4.0.1 source-map-js@1.2.0 split2@4.2.0 stackback@0.0.2 statuses@2.0.1
std-env@3.7.0 string_decoder@1.3.0 strip-ansi@6.0.1 strip-final-newline@3.0.0 strip-json-comments@3.1.1
strip-literal@2.1.0 supports-color@7.2.0 text-table@0.2.0 thread-stream@3.0.2 tinybench@2.8.0
tinypool@0.8.4 tinyspy@2.2.1 to-fast-properties@2.0.0 toidentifier@1.0.1 type-check@0.4.0 type-detect@4.0.8
type-fest@0.20.2 type-is@1.6.18 typescript@5.4.5 ufo@1.5.3 unpipe@1.0.0 update-browserslist-db@1.0.16
uri-js@4.4.1 utils-merge@1.0.1 vary@1.1.2 vite@5.3.1 vite-node@1.6.0 vitest@1.6.0 which@2.0.2
why-is-node-running@2.2.2 word-wrap@1.2.5 wrappy@1.0.2 yallist@3.1.1 yocto-queue@0.1.0 zod@3.23.8
""".strip().split()
NP_DEPRECATED = {
    "inflight@1.0.6": "This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.",
    "@humanwhocodes/config-array@0.11.14": "Use @eslint/config-array instead",
    "rimraf@3.0.2": "Rimraf versions prior to v4 are no longer supported",
    "glob@7.2.3": "Glob versions prior to v9 are no longer supported",
    "@humanwhocodes/object-schema@2.0.3": "Use @eslint/object-schema instead",
}
NP_OPTIONAL = [
    *[
        f"@esbuild/{p}"
        for p in "aix-ppc64 android-arm android-arm64 android-x64 darwin-arm64 darwin-x64 freebsd-arm64 freebsd-x64 linux-arm linux-arm64 linux-ia32 linux-loong64 linux-mips64el linux-ppc64 linux-riscv64 linux-s390x netbsd-x64 openbsd-x64 sunos-x64 win32-arm64 win32-ia32 win32-x64".strip().split()
    ],
    *[
        f"@rollup/rollup-{p}"
        for p in "android-arm-eabi android-arm64 darwin-arm64 darwin-x64 linux-arm-gnueabihf linux-arm-musleabihf linux-arm64-gnu linux-arm64-musl linux-powerpc64le-gnu linux-riscv64-gnu linux-s390x-gnu linux-x64-musl win32-arm64-msvc win32-ia32-msvc win32-x64-msvc".strip().split()
    ],
    "fsevents",
]
# runs: (start, lockfile bumps applied, outcome)
NP_RUNS = [
    (at(6, 12, 4.345), "ok"),
    (at(8, 41, 5.902), "reset"),
    (at(10, 18, 33.512), "502"),
    (at(11, 21, 47.207), "ok"),
]


def np_inspect_array(items: list[str]) -> list[str]:
    """util.inspect of an array of strings long enough to break over lines."""
    return ["[", *[f"  '{x}'," for x in items[:-1]], f"  '{items[-1]}'", "]"]


def np_tarball(spec: str) -> str:
    name, ver = spec.rsplit("@", 1)
    return f"{NP_REG}/{name}/-/{name.split('/')[-1]}-{ver}.tgz"


def npm(r: random.Random) -> list[Log]:
    """`npm ci` of a React storefront in ephemeral CI pods (no cache), each run's debug log
    (`~/.npm/_logs/<time>-debug-0.log`, archived by the job): npm 10.7 on Node 20, the registry
    a Nexus npm group, audit and fund off. Six runs 06:00 to 12:00: connection resets at 08:41
    (retried), the Nexus answering 502 at 10:18 (the run fails)."""
    logs = []
    pkgs = list(NP_PACKAGES)
    for start, outcome in NP_RUNS:
        stamp = f"{start:%Y-%m-%dT%H_%M_%S}_{start.microsecond // 1000:03d}Z"
        name = f"{stamp}-debug-0.log"
        recs: list[tuple[datetime, str, str, list[str], str | None]] = []

        def E(
            t: datetime,
            level: str,
            title: str,
            label: str | None,
            msg: str | list[str],
            recs: list = recs,
        ) -> None:
            lines = msg if isinstance(msg, list) else [msg]
            recs.append((t, level, title, lines, label))

        t = start
        E(t, "verbose", "cli", "cli %s", "/usr/local/bin/node /usr/local/bin/npm")
        E(t, "info", "using", "using npm@%s", "npm@10.7.0")
        E(t, "info", "using", "using node@%s", "node@v20.14.0")
        t += sec(0.004)
        for p in [
            "/usr/local/lib/node_modules/npm/npmrc",
            f"{NP_CWD}/.npmrc",
            "/home/node/.npmrc",
            "/usr/local/etc/npmrc",
        ]:
            t += sec(0.001)
            E(t, "silly", "config", "config load:file:%s", f"load:file:{p}")
        t += sec(0.01)
        E(t, "verbose", "title", "title %s", "npm ci")
        E(t, "verbose", "argv", "argv %s", '"ci"')
        logdir = f"/home/node/.npm/_logs/{stamp}-"
        E(t, "verbose", "logfile", "logfile logs-max:%d dir:%s", f"logs-max:10 dir:{logdir}")
        E(t, "verbose", "logfile", "logfile %s", f"{logdir}debug-0.log")
        t += sec(0.02)
        E(t, "silly", "logfile", "logfile done cleaning log files", "done cleaning log files")
        t += sec(r.uniform(0.25, 0.5))
        for p in NP_OPTIONAL:
            t += sec(0.0002)
            E(
                t,
                "verbose",
                "reify",
                "reify failed optional dependency %s",
                f"failed optional dependency {NP_CWD}/node_modules/{p}",
            )
        t += sec(0.01)
        E(
            t,
            "silly",
            "reify",
            "reify mark deleted %s",
            [
                "mark deleted [",
                *np_inspect_array([f"{NP_CWD}/node_modules/{p}" for p in NP_OPTIONAL])[1:],
            ],
        )
        E(t, "silly", "reify", "reify moves %s", "moves {}")
        t += sec(r.uniform(0.05, 0.15))
        for spec, why in NP_DEPRECATED.items():
            t += sec(0.001)
            E(t, "warn", "deprecated", "deprecated %s: %s", f"{spec}: {why}")
        # every tarball is missing from the empty cache: each lookup misses at once, then the
        # tarballs are fetched from the registry, fifteen sockets at a time
        order = list(pkgs)
        r.shuffle(order)
        for spec in order:
            t += sec(r.uniform(0.0005, 0.003))
            E(
                t,
                "silly",
                "tarball",
                "tarball no local data for %s. Extracting by manifest.",
                f"no local data for {spec.rsplit('@', 1)[0]}@{np_tarball(spec)}. Extracting by manifest.",
            )
        slots = [t - sec(r.uniform(0, 0.3)) for _ in range(15)]
        resets = set(r.sample(order, 9)) if outcome == "reset" else set()
        first_fail: tuple[datetime, str] | None = None
        done = t
        for spec in order:
            k = min(range(15), key=lambda j: slots[j])
            ts = slots[k]
            url = np_tarball(spec)
            if outcome == "502":
                tt = ts
                for attempt in (1, 2):
                    tt += sec(r.uniform(0.02, 0.3))
                    E(
                        tt,
                        "http",
                        "fetch",
                        "fetch %s %s attempt %d failed with %s",
                        f"GET {url} attempt {attempt} failed with 502",
                    )
                    tt += sec(r.uniform(10, 14) * attempt)
                tt += sec(r.uniform(0.02, 0.3))
                E(
                    tt,
                    "http",
                    "fetch",
                    "fetch %s %d %s %dms attempt #%d (cache %s)",
                    f"GET 502 {url} {int((tt - ts).total_seconds() * 1000)}ms attempt #3 (cache miss)",
                )
                if first_fail is None or tt < first_fail[0]:
                    first_fail = (tt, url)
                slots[k] = tt
                continue
            lat = r.lognormvariate(4.3, 0.6) / 1000
            if spec.startswith(("typescript@", "@esbuild/", "esbuild@", "@rollup/", "eslint@")):
                lat += r.uniform(0.4, 1.2)
            tt = ts + sec(lat)
            extra = ""
            label = "fetch %s %d %s %dms (cache %s)"
            if spec in resets:
                E(
                    ts + sec(r.uniform(0.05, 0.4)),
                    "http",
                    "fetch",
                    "fetch %s %s attempt %d failed with %s",
                    f"GET {url} attempt 1 failed with ECONNRESET",
                )
                tt += sec(r.uniform(10.2, 11.8))
                extra = " attempt #2"
                label = "fetch %s %d %s %dms attempt #%d (cache %s)"
            E(
                tt,
                "http",
                "fetch",
                label,
                f"GET 200 {url} {int((tt - ts).total_seconds() * 1000)}ms{extra} (cache miss)",
            )
            slots[k] = tt + sec(r.uniform(0.001, 0.01))
            done = max(done, tt)
        if outcome == "502":
            assert first_fail is not None
            tf, url = first_fail
            recs[:] = [x for x in recs if x[0] <= tf]
            tf += sec(0.02)
            E(
                tf,
                "verbose",
                "stack",
                "stack HttpErrorGeneral: %d %s - %s %s",
                [
                    f"HttpErrorGeneral: 502 Bad Gateway - GET {url}",
                    "    at /usr/local/lib/node_modules/npm/node_modules/npm-registry-fetch/lib/check-response.js:103:15",
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                ],
            )
            E(tf, "verbose", "cwd", "cwd %s", NP_CWD)
            E(tf, "verbose", "os", "os %s %s", "Linux 5.15.0-1064-azure")
            E(tf, "verbose", "node", "node %s", "v20.14.0")
            E(tf, "verbose", "npm ", "npm  %s", "v10.7.0")
            E(tf, "error", "code", "code E%d", "E502")
            E(tf, "error", "502", "%d %s - %s %s", f"Bad Gateway - GET {url}")
            tf += sec(0.01)
            E(tf, "verbose", "exit", "exit %d", "1")
            E(tf, "verbose", "code", "code %d", "1")
            E(
                tf,
                "error",
                "",
                "A complete log of this run can be found in: %s",
                f"A complete log of this run can be found in: {logdir}debug-0.log",
            )
        else:
            t = done + sec(r.uniform(0.3, 0.8))
            E(
                t,
                "info",
                "run",
                "run %s %s %s %s",
                "esbuild@0.21.5 postinstall node_modules/esbuild node install.js",
            )
            t += sec(r.uniform(0.08, 0.2))
            E(
                t,
                "info",
                "run",
                "run %s %s %s",
                "esbuild@0.21.5 postinstall { code: 0, signal: null }",
            )
            t += sec(r.uniform(0.2, 0.5))
            E(t, "verbose", "exit", "exit %d", "0")
            E(t, "info", "ok", "ok", "")
        recs.sort(key=lambda x: x[0])
        log = Log(name, start)
        for n, (_t, level, title, lines, label) in enumerate(recs):
            pre = f"{n} {level}" + (f" {title}" if title else "")
            for j, line in enumerate(lines):
                log.add(pre + (" " + line if line else ""), label if j == 0 else None)
        logs.append(log)
        if outcome == "reset":
            # the lockfile bump merged at 10:05 moves react-query
            pkgs = [
                x.replace("5.40.0", "5.45.0") if x.startswith("@tanstack/") else x for x in pkgs
            ]
    return logs


# ------------------------------------------------------------------------------------ cargo

CG_ROOT = "/home/runner/work/relay/relay"
# the registry crates a build compiles (name version), in a dependency-first order
CG_DEPS = (
    """
proc-macro2 1.0.85|unicode-ident 1.0.12|libc 0.2.155|cfg-if 1.0.0|autocfg 1.3.0|once_cell 1.19.0
version_check 0.9.4|memchr 2.7.2|pin-project-lite 0.2.14|itoa 1.0.11|bytes 1.6.0|futures-core 0.3.30
smallvec 1.13.2|scopeguard 1.2.0|log 0.4.21|serde 1.0.203|ryu 1.0.18|quote 1.0.36|syn 2.0.66
syn 1.0.109|futures-sink 0.3.30|futures-task 0.3.30|pin-utils 0.1.0|futures-io 0.3.30|slab 0.4.9
lock_api 0.4.12|parking_lot_core 0.9.10|parking_lot 0.12.3|signal-hook-registry 1.4.2|mio 0.8.11
socket2 0.5.7|num_cpus 1.16.0|tokio-macros 2.3.0|tokio 1.38.0|serde_derive 1.0.203|serde_json 1.0.117
tracing-core 0.1.32|tracing-attributes 0.1.27|tracing 0.1.40|futures-channel 0.3.30|futures-macro 0.3.30
futures-util 0.3.30|futures 0.3.30|http 0.2.12|http 1.1.0|httparse 1.8.0|httpdate 1.0.3|fnv 1.0.7
equivalent 1.0.1|hashbrown 0.14.5|indexmap 2.2.6|tokio-util 0.7.11|h2 0.3.26|http-body 0.4.6
http-body 1.0.0|http-body-util 0.1.1|tower-service 0.3.2|tower-layer 0.3.2|try-lock 0.2.5|want 0.3.1
atomic-waker 1.1.2|hyper 0.14.29|hyper 1.3.1|hyper-util 0.1.5|pin-project-internal 1.1.5
pin-project 1.1.5|tokio-stream 0.1.15|tower 0.4.13|rustversion 1.0.17|async-trait 0.1.80
mime 0.3.17|percent-encoding 2.3.1|form_urlencoded 1.2.1|serde_urlencoded 0.7.1|serde_path_to_error 0.1.16
sync_wrapper 0.1.2|sync_wrapper 1.0.1|matchit 0.7.3|axum-core 0.4.3|axum-macros 0.4.1|axum 0.7.5
bitflags 2.5.0|tower-http 0.5.2|tinyvec_macros 0.1.1|tinyvec 1.6.0|unicode-bidi 0.3.15
unicode-normalization 0.1.23|idna 0.5.0|url 2.5.0|thiserror-impl 1.0.61|thiserror 1.0.61|anyhow 1.0.86
utf8parse 0.2.1|anstyle-parse 0.2.4|anstyle-query 1.0.3|anstyle 1.0.7|colorchoice 1.0.1
is_terminal_polyfill 1.70.0|anstream 0.6.14|clap_lex 0.7.0|strsim 0.11.1|heck 0.5.0|clap_builder 4.5.2
clap_derive 4.5.4|clap 4.5.4|lazy_static 1.4.0|sharded-slab 0.1.7|thread_local 1.1.8|overload 0.1.1
nu-ansi-term 0.46.0|tracing-log 0.2.0|tracing-serde 0.1.3|tracing-subscriber 0.3.18|either 1.12.0
itertools 0.12.1|fixedbitset 0.4.2|petgraph 0.6.5|multimap 0.10.0|linux-raw-sys 0.4.14|rustix 0.38.34
fastrand 2.1.0|tempfile 3.10.1|aho-corasick 1.1.3|regex-syntax 0.8.3|regex-automata 0.4.6|regex 1.10.4
home 0.5.9|which 4.4.2|prettyplease 0.2.20|prost-derive 0.12.6|prost 0.12.6|prost-types 0.12.6
prost-build 0.12.6|tonic-build 0.11.0|base64 0.21.7|base64 0.22.1|tokio-io-timeout 1.2.0
hyper-timeout 0.4.1|tonic 0.11.0|getrandom 0.2.15|ppv-lite86 0.2.17|rand_core 0.6.4|rand_chacha 0.3.1
rand 0.8.5|uuid 1.8.0|num-traits 0.2.19|iana-time-zone 0.1.60|chrono 0.4.38|humantime 2.1.0
serde_spanned 0.6.6|toml_datetime 0.6.6|winnow 0.6.13|toml_edit 0.22.14|toml 0.8.14|cc 1.0.99
spin 0.9.8|untrusted 0.9.0|ring 0.17.8|zeroize 1.8.1|subtle 2.5.0|rustls-pki-types 1.7.0
rustls-webpki 0.102.4|rustls 0.23.9|tokio-rustls 0.26.0|rustls-pemfile 2.1.2|webpki-roots 0.26.2
crossbeam-utils 0.8.20|crossbeam-epoch 0.9.18|dashmap 5.5.3|arc-swap 1.7.1|ahash 0.8.11
portable-atomic 1.6.0|quanta 0.12.3|metrics 0.23.0|sketches-ddsketch 0.2.2|ipnet 2.9.0
metrics-util 0.17.0|metrics-exporter-prometheus 0.15.0|relay-proto-build 0.1.0
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
# dev-dependencies, compiled for the test profile only
CG_DEV = (
    """
diff 0.1.13|yansi 0.5.1|pretty_assertions 1.4.0|similar 2.5.0|encode_unicode 0.3.6|console 0.15.8
linked-hash-map 0.5.6|yaml-rust 0.4.5|insta 1.39.0|bit-vec 0.6.3|bit-set 0.5.3|quick-error 1.2.3
wait-timeout 0.2.0|rusty-fork 0.3.0|rand_xorshift 0.3.0|unarray 0.1.4|proptest 1.4.0|tokio-test 0.4.4
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
CG_WORKSPACE = [
    ("relay-proto", "0.9.2", "crates/relay-proto"),
    ("relay-core", "0.9.2", "crates/relay-core"),
    ("relay-server", "0.9.2", "crates/relay-server"),
    ("relay-cli", "0.9.2", "crates/relay-cli"),
]
# test binaries in the order cargo runs them: (package, kind, source, artifact stem, tests)
CG_TESTS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "relay-cli",
        "unittests",
        "src/main.rs",
        "relay",
        [
            "args::tests::parses_check_subcommand",
            "args::tests::parses_reload_with_socket",
            "args::tests::requires_config_path",
            "args::tests::version_flag_prints_version",
            "output::tests::table_aligns_columns",
            "output::tests::json_output_is_valid",
        ],
    ),
    (
        "relay-core",
        "unittests",
        "src/lib.rs",
        "relay_core",
        [
            f"{m}::tests::{n}"
            for m, ns in [
                (
                    "config",
                    "parses_minimal_config rejects_unknown_field expands_env_vars default_timeouts listener_requires_port parses_upstream_weights rejects_duplicate_route_names tls_paths_are_resolved_relative_to_config",
                ),
                (
                    "limits",
                    "token_bucket_refills token_bucket_caps_at_burst sliding_window_counts_requests window_resets_after_expiry zero_limit_rejects_everything per_key_buckets_are_independent",
                ),
                (
                    "matcher",
                    "exact_path_matches prefix_match_requires_segment_boundary wildcard_matches_single_segment double_wildcard_matches_rest method_filter_applies host_header_is_case_insensitive query_is_ignored_for_matching longest_prefix_wins",
                ),
                (
                    "headers",
                    "strips_hop_by_hop_headers appends_x_forwarded_for keeps_existing_request_id generates_request_id_when_missing rewrites_host_header removes_connection_listed_headers",
                ),
                (
                    "backoff",
                    "exponential_backoff_doubles backoff_respects_max jitter_stays_within_bounds reset_after_success",
                ),
                (
                    "health",
                    "marks_upstream_down_after_threshold recovers_after_consecutive_successes ignores_single_timeout passive_check_counts_5xx",
                ),
                (
                    "balancer",
                    "round_robin_cycles weighted_respects_weights least_conn_picks_idle skips_unhealthy_upstreams returns_none_when_all_down sticky_sessions_by_cookie",
                ),
                (
                    "cache",
                    "stores_cacheable_response honours_no_store expires_after_max_age vary_header_splits_entries evicts_lru_when_full",
                ),
                (
                    "metrics",
                    "counts_requests_by_status histogram_buckets_latency labels_are_sanitized",
                ),
                (
                    "error",
                    "maps_timeout_to_504 maps_connect_refused_to_502 display_includes_upstream",
                ),
                (
                    "duration",
                    "parses_seconds parses_milliseconds parses_compound rejects_negative rejects_unknown_unit",
                ),
                (
                    "ipnet",
                    "allows_listed_cidr denies_outside_cidr ipv6_cidr_matches mapped_ipv4_is_normalized",
                ),
            ]
            for n in ns.split()
        ],
    ),
    (
        "relay-proto",
        "unittests",
        "src/lib.rs",
        "relay_proto",
        [
            "codec::tests::roundtrips_route_update",
            "codec::tests::rejects_truncated_frame",
            "codec::tests::length_prefix_is_big_endian",
            "codec::tests::decodes_empty_message",
            "codec::tests::max_frame_size_enforced",
            "admin::tests::converts_route_to_proto",
            "admin::tests::converts_upstream_to_proto",
            "admin::tests::unknown_enum_maps_to_default",
            "version::tests::compatible_minor_versions",
            "version::tests::rejects_major_mismatch",
        ],
    ),
    (
        "relay-server",
        "unittests",
        "src/lib.rs",
        "relay_server",
        [
            f"{m}::tests::{n}"
            for m, ns in [
                (
                    "proxy",
                    "forwards_request_body streams_chunked_response times_out_slow_upstream retries_idempotent_requests does_not_retry_post returns_502_when_upstream_refuses preserves_status_and_headers handles_upstream_reset",
                ),
                (
                    "routing",
                    "matches_prefix strips_trailing_slash routes_by_host falls_back_to_default_route rewrites_path_prefix preserves_query_string rejects_path_traversal",
                ),
                (
                    "admin",
                    "lists_routes adds_route removes_route rejects_invalid_route reload_is_atomic requires_admin_token",
                ),
                (
                    "tls",
                    "loads_pem_chain rejects_mismatched_key sni_selects_certificate alpn_offers_h2",
                ),
                (
                    "shutdown",
                    "drains_in_flight_requests stops_accepting_new_connections force_closes_after_grace_period",
                ),
                (
                    "ratelimit",
                    "returns_429_with_retry_after keys_by_client_ip keys_by_api_key_header",
                ),
                (
                    "access_log",
                    "formats_combined_log redacts_authorization_header logs_upstream_latency",
                ),
            ]
            for n in ns.split()
        ],
    ),
    (
        "relay-server",
        "test",
        "tests/admin_api.rs",
        "admin_api",
        [
            "get_routes_returns_json",
            "put_route_validates_body",
            "delete_unknown_route_is_404",
            "unauthorized_without_token",
            "metrics_endpoint_exposes_counters",
            "health_endpoint_reports_upstreams",
        ],
    ),
    (
        "relay-server",
        "test",
        "tests/routing.rs",
        "routing",
        [
            "end_to_end_prefix_route",
            "end_to_end_host_route",
            "websocket_upgrade_is_proxied",
            "h2_upstream_is_supported",
            "large_body_is_streamed",
            "upstream_timeout_returns_504",
            "unhealthy_upstream_is_skipped",
            "retries_on_connect_error",
            "rate_limit_applies_per_route",
            "reload_keeps_existing_connections",
            "graceful_shutdown_finishes_requests",
            "soak_test_10k_connections",
        ],
    ),
]
CG_DOCTESTS = [
    (
        "relay_core",
        [
            "crates/relay-core/src/lib.rs - (line 3)",
            "crates/relay-core/src/backoff.rs - backoff::Backoff::next_delay (line 41)",
            "crates/relay-core/src/duration.rs - duration::parse (line 8)",
            "crates/relay-core/src/limits.rs - limits::TokenBucket (line 12)",
            "crates/relay-core/src/matcher.rs - matcher::PathMatcher::new (line 23)",
        ],
    ),
    ("relay_proto", []),
    (
        "relay_server",
        [
            "crates/relay-server/src/lib.rs - Server::bind (line 57)",
            "crates/relay-server/src/lib.rs - (line 5)",
        ],
    ),
]
# workflow runs of the CI's test job: (run id, start, kind)
CG_RUNS = [
    (9412208811, at(6, 8, 21), "warm"),
    (9412877305, at(6, 52, 40), "warning"),
    (9413514026, at(7, 35, 12), "testfail"),
    (9413902217, at(8, 2, 55), "warm"),
    (9414523390, at(8, 44, 7), "cold"),
    (9415061748, at(9, 20, 31), "compile"),
    (9415448852, at(9, 48, 3), "warm"),
    (9416071139, at(10, 30, 47), "network"),
    (9416392270, at(10, 52, 19), "cold"),
    (9417103365, at(11, 40, 2), "warm"),
]


def cg_hash(r: random.Random) -> str:
    return hexid(r, 16)


def cg_dur(s: float) -> str:
    """cargo's elapsed time: `38.12s`, `2m 41s`."""
    if s < 60:
        return f"{s:.2f}s"
    return f"{int(s) // 60}m {int(s) % 60:02d}s"


def cargo(r: random.Random) -> list[Log]:
    """The test job of a Rust reverse proxy's GitHub Actions workflow, each run's job log
    downloaded (the runner's `2024-06-07T06:08:21.1234567Z ` before every line): `cargo build
    --locked --workspace` and `cargo test --locked --workspace`, Swatinem/rust-cache restoring the
    dependencies unless Cargo.lock changed. An unused variable from 06:52, a routing test failing
    at 07:35, the lockfile bumped at 08:44 and 10:52 (cold builds: the index, downloads, ~190
    crates), a type error at 09:20, crates.io's CDN timing out at 10:30."""
    fs = Files()
    hashes = {stem: cg_hash(r) for _p, _k, _s, stem, _t in CG_TESTS}

    def ghts(x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{x.microsecond * 7 % 10}Z"

    def G(f: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """A record's lines, each stamped as the runner received it; returns the last's time."""
        t = fs.add(
            f,
            t,
            label,
            lambda x: [f"{ghts(x + timedelta(microseconds=i))} {y}" for i, y in enumerate(lines)],
            f,
            1,
        )
        return t + timedelta(microseconds=len(lines))

    def group(f: str, t: datetime, cmd: str) -> datetime:
        t = G(
            f,
            t,
            "##[group]Run %s",
            [
                f"##[group]Run {cmd}",
                f"\x1b[36;1m{cmd}\x1b[0m",
                "shell: /usr/bin/bash -e {0}",
                "env:",
                "  CARGO_TERM_COLOR: never",
                "  CARGO_INCREMENTAL: 0",
                "  CACHE_ON_FAILURE: false",
            ],
        )
        return G(f, t + sec(0.0003), "##[endgroup]", ["##[endgroup]"])

    def compile_ws(f: str, t: datetime, test: bool, warn: bool, broken: bool) -> datetime | None:
        for name, ver, path in CG_WORKSPACE:
            t = G(
                f,
                t + sec(r.uniform(0.3, 2.0)),
                "Compiling %s",
                [f"   Compiling {name} v{ver} ({CG_ROOT}/{path})"],
            )
            if broken and name == "relay-core":
                t = G(
                    f,
                    t + sec(r.uniform(3, 6)),
                    "error[E0308]: mismatched types",
                    [
                        "error[E0308]: mismatched types",
                        "  --> crates/relay-core/src/limits.rs:57:29",
                        "   |",
                        "57 |         Duration::from_secs(self.window_ms)",
                        "   |         ------------------- ^^^^^^^^^^^^^^ expected `u64`, found `u32`",
                        "   |         |",
                        "   |         arguments to this function are incorrect",
                        "   |",
                        "note: associated function defined here",
                        "  --> /rustc/9b00956e56009bab2aa15d7bff10916599e3d6d6/library/core/src/time.rs:217:18",
                        "help: you can convert a `u32` to a `u64`",
                        "   |",
                        "57 |         Duration::from_secs(self.window_ms.into())",
                        "   |                                           +++++++",
                        "",
                    ],
                )
                t = G(
                    f,
                    t + sec(0.01),
                    "For more information about this error, try `rustc --explain %s`.",
                    ["For more information about this error, try `rustc --explain E0308`."],
                )
                t = G(
                    f,
                    t + sec(0.02),
                    "error: could not compile `%s` (%s) due to %d previous error%s",
                    ["error: could not compile `relay-core` (lib) due to 1 previous error"],
                )
                t = G(
                    f,
                    t + sec(0.01),
                    "warning: build failed, waiting for other jobs to finish...",
                    ["warning: build failed, waiting for other jobs to finish..."],
                )
                return None
            if warn and name == "relay-server":
                t = G(
                    f,
                    t + sec(r.uniform(4, 9)),
                    "warning: unused variable: `%s`",
                    [
                        "warning: unused variable: `started`",
                        "   --> crates/relay-server/src/proxy.rs:142:13",
                        "    |",
                        "142 |         let started = Instant::now();",
                        "    |             ^^^^^^^ help: if this is intentional, prefix it with an underscore: `_started`",
                        "    |",
                        "    = note: `#[warn(unused_variables)]` on by default",
                        "",
                    ],
                )
                target, fix = (
                    ("lib test", "--lib -p relay-server --tests")
                    if test
                    else ("lib", "--lib -p relay-server")
                )
                t = G(
                    f,
                    t + sec(r.uniform(2, 5)),
                    "warning: `%s` (%s) generated %d warning%s%s",
                    [
                        f"warning: `relay-server` ({target}) generated 1 warning (run `cargo fix {fix}` to apply 1 suggestion)"
                    ],
                )
        return t

    def fetch(
        f: str, t: datetime, crates: list[str], timeouts: bool, update: bool = True
    ) -> datetime | None:
        if update:
            t = G(
                f,
                t + sec(r.uniform(0.2, 0.6)),
                "Updating %s index",
                ["    Updating crates.io index"],
            )
        t = G(
            f,
            t + sec(r.uniform(1.0, 2.5)),
            "Downloading crates ...",
            [" Downloading crates ..."],
        )
        t1 = t
        got = 0
        for c in crates:
            name, ver = c.split()
            if timeouts and name.startswith("metrics"):
                for left in (3, 2, 1):
                    t = G(
                        f,
                        t + sec(30.0 + r.uniform(0.001, 0.05)),
                        "warning: spurious network error (%d %s remaining): %s",
                        [
                            f"warning: spurious network error ({left} tr{'ies' if left != 1 else 'y'} remaining): [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)"
                        ],
                    )
                t = G(
                    f,
                    t + sec(30.0 + r.uniform(0.001, 0.05)),
                    "error: failed to download from `%s`",
                    [
                        f"error: failed to download from `https://static.crates.io/crates/{name}/{ver}/download`",
                        "",
                        "Caused by:",
                        "  [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)",
                    ],
                )
                return None
            t = G(
                f,
                t + sec(r.uniform(0.005, 0.04)),
                "Downloaded %s v%s",
                [f"  Downloaded {name} v{ver}"],
            )
            got += 1
        mb = got * r.uniform(0.09, 0.12)
        return G(
            f,
            t + sec(0.01),
            "Downloaded %d crates (%s) in %s",
            [f"  Downloaded {got} crates ({mb:.1f} MB) in {cg_dur((t - t1).total_seconds())}"],
        )

    def deps(f: str, t: datetime, crates: list[str]) -> datetime:
        for c in crates:
            name, ver = c.split()
            if name == "relay-proto-build":
                continue
            t = G(f, t + sec(r.uniform(0.05, 1.1)), "Compiling %s", [f"   Compiling {name} v{ver}"])
        return t

    def fail(f: str, t: datetime) -> None:
        G(
            f,
            t + sec(0.05),
            "##[error]Process completed with exit code %d.",
            ["##[error]Process completed with exit code 101."],
        )

    for run, t, kind in CG_RUNS:
        f = f"test-{run}.log"
        t += sec(r.uniform(0, 0.999))
        cold = kind in ("cold", "network")
        t = group(f, t, "cargo build --locked --workspace")
        t0 = t
        deplist = [c for c in CG_DEPS if not c.startswith("relay-")]
        if cold:
            t = fetch(f, t, deplist, kind == "network")
            if t is None:
                fail(f, fs.files[f].items[-1][0])
                continue
            t = deps(f, t, deplist)
        warn = kind in ("warning", "testfail")
        t2 = compile_ws(f, t, False, warn, kind == "compile")
        if t2 is None:
            fail(f, fs.files[f].items[-1][0])
            continue
        t = G(
            f,
            t2 + sec(r.uniform(0.1, 0.4)),
            "Finished `%s` profile [%s] target(s) in %s",
            [
                f"    Finished `dev` profile [unoptimized + debuginfo] target(s) in {cg_dur((t2 - t0).total_seconds() + 0.4)}"
            ],
        )
        t = group(f, t + sec(r.uniform(0.5, 1.5)), "cargo test --locked --workspace")
        t0 = t
        if cold:
            t = fetch(f, t, CG_DEV, False, update=False)
            assert t is not None
            t = deps(f, t, CG_DEV)
        t = compile_ws(f, t, True, warn, False)
        assert t is not None
        t = G(
            f,
            t + sec(r.uniform(0.1, 0.4)),
            "Finished `%s` profile [%s] target(s) in %s",
            [
                f"    Finished `test` profile [unoptimized + debuginfo] target(s) in {cg_dur((t - t0).total_seconds() + 0.3)}"
            ],
        )
        failed = False
        for pkg, kind2, src, stem, tests in CG_TESTS:
            exe = f"target/debug/deps/{stem}-{hashes[stem]}"
            if kind2 == "unittests":
                t = G(
                    f,
                    t + sec(0.05),
                    "Running unittests %s (%s)",
                    [f"     Running unittests {src} ({exe})"],
                )
            else:
                t = G(f, t + sec(0.05), "Running %s (%s)", [f"     Running {src} ({exe})"])
            t = G(f, t + sec(0.002), None, [""])
            t = G(
                f,
                t + sec(0.001),
                "running %d test%s",
                [f"running {len(tests)} test{'s' if len(tests) != 1 else ''}"],
            )
            order = list(tests)
            r.shuffle(order)
            bad = []
            ignored = 0
            start = t
            for name in order:
                slow = "soak" in name or "timeout" in name or "graceful" in name
                t += sec(r.uniform(0.0005, 0.02) + (r.uniform(0.5, 2.0) if slow else 0))
                if name == "soak_test_10k_connections":
                    ignored += 1
                    t = G(f, t, "test %s ... ignored", [f"test {name} ... ignored"])
                elif kind == "testfail" and name == "routing::tests::strips_trailing_slash":
                    bad.append(name)
                    t = G(f, t, "test %s ... FAILED", [f"test {name} ... FAILED"])
                else:
                    t = G(f, t, "test %s ... ok", [f"test {name} ... ok"])
            took = (t - start).total_seconds() + r.uniform(0.001, 0.05)
            if bad:
                t = G(f, t + sec(0.01), None, [""])
                t = G(f, t, "failures:", ["failures:", ""])
                for name in bad:
                    t = G(
                        f,
                        t,
                        "---- %s stdout ----",
                        [
                            f"---- {name} stdout ----",
                            f"thread '{name}' panicked at crates/relay-server/src/routing.rs:214:9:",
                            "assertion `left == right` failed",
                            '  left: Some("/api/v1/orders/")',
                            ' right: Some("/api/v1/orders")',
                            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
                            "",
                            "",
                        ],
                    )
                t = G(f, t, "failures:", ["failures:", *[f"    {x}" for x in bad], ""])
                t = G(
                    f,
                    t,
                    "test result: FAILED. %d passed; %d failed; %d ignored; %d measured; %d filtered out; finished in %s",
                    [
                        f"test result: FAILED. {len(tests) - len(bad) - ignored} passed; {len(bad)} failed; {ignored} ignored; 0 measured; 0 filtered out; finished in {took:.2f}s",
                        "",
                    ],
                )
                t = G(
                    f,
                    t + sec(0.02),
                    "error: test failed, to rerun pass `%s`",
                    [f"error: test failed, to rerun pass `-p {pkg} --lib`"],
                )
                fail(f, t)
                failed = True
                break
            t = G(f, t + sec(0.001), None, [""])
            t = G(
                f,
                t,
                "test result: ok. %d passed; %d failed; %d ignored; %d measured; %d filtered out; finished in %s",
                [
                    f"test result: ok. {len(tests) - ignored} passed; 0 failed; {ignored} ignored; 0 measured; 0 filtered out; finished in {took:.2f}s",
                    "",
                ],
            )
        if failed:
            continue
        for crate, tests in CG_DOCTESTS:
            t = G(f, t + sec(r.uniform(0.2, 0.6)), "Doc-tests %s", [f"   Doc-tests {crate}"])
            t = G(f, t + sec(0.002), None, [""])
            t = G(
                f,
                t + sec(0.001),
                "running %d test%s",
                [f"running {len(tests)} test{'s' if len(tests) != 1 else ''}"],
            )
            start = t
            for name in tests:
                t = G(f, t + sec(r.uniform(0.2, 0.9)), "test %s ... ok", [f"test {name} ... ok"])
            took = (t - start).total_seconds() + (r.uniform(0.2, 0.6) if tests else 0)
            t = G(f, t + sec(0.001), None, [""])
            t = G(
                f,
                t,
                "test result: ok. %d passed; %d failed; %d ignored; %d measured; %d filtered out; finished in %s",
                [
                    f"test result: ok. {len(tests)} passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in {took:.2f}s",
                    "",
                ],
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- poetry

PO_HOSTS = {"app-01": 0, "app-02": 1, "worker-01": 2}
PO_PROJECT = ("billing-api", "2.14.0")
# the lock file's packages by install priority (Poetry installs the deepest first, a priority
# at a time, each in name order)
PO_LOCK: list[list[str]] = [
    """annotated-types 0.7.0|asgiref 3.8.1|attrs 23.2.0|billiard 4.2.0|brotli 1.1.0|certifi 2024.6.2
charset-normalizer 3.3.2|click 8.1.7|cron-descriptor 1.4.3|defusedxml 0.7.1|et-xmlfile 1.1.0
fonttools 4.53.0|grpcio 1.64.1|h11 0.14.0|hiredis 2.3.2|idna 3.7|inflection 0.5.1|jmespath 1.0.1
lxml 5.2.2|markupsafe 2.1.5|msgpack 1.0.8|orjson 3.10.5|packaging 24.1|phonenumbers 8.13.39
pillow 10.3.0|prometheus-client 0.20.0|protobuf 4.25.3|psutil 5.9.8|psycopg2-binary 2.9.9
pycountry 24.6.1|pycparser 2.22|pyjwt 2.8.0|pyphen 0.15.0|python-dotenv 1.0.1|python-json-logger 2.0.7
pytz 2024.1|pyyaml 6.0.1|rpds-py 0.18.1|setuptools 70.0.0|six 1.16.0|sniffio 1.3.1|sqlparse 0.5.0
structlog 24.2.0|tenacity 8.4.1|typing-extensions 4.12.2|tzdata 2024.1|uritemplate 4.1.1
urllib3 2.2.1|vine 5.1.0|wcwidth 0.2.13|webencodings 0.5.1|whitenoise 6.6.0|wrapt 1.16.0|zipp 3.19.2""",
    """amqp 5.2.0|anyio 4.4.0|babel 2.15.0|cffi 1.16.0|click-didyoumean 0.3.1|click-plugins 1.1.1
deprecated 1.2.14|django 5.0.6|googleapis-common-protos 1.63.1|gunicorn 22.0.0|html5lib 1.1
httpcore 1.0.5|importlib-metadata 7.1.0|jinja2 3.1.4|openpyxl 3.1.4|opentelemetry-proto 1.25.0
prompt-toolkit 3.0.47|pydantic-core 2.18.4|python-crontab 3.1.0|python-dateutil 2.9.0.post0
redis 5.0.6|referencing 0.35.1|requests 2.32.3|tinycss2 1.3.0|zopfli 0.2.3""",
    """argon2-cffi-bindings 21.2.0|botocore 1.34.127|click-repl 0.3.0|cryptography 42.0.8
cssselect2 0.7.0|django-cors-headers 4.3.1|django-countries 7.6.1|django-environ 0.11.2
django-extensions 3.2.3|django-filter 24.2|django-health-check 3.18.2|django-phonenumber-field 7.3.0
django-redis 5.4.0|django-timezone-field 6.1.0|djangorestframework 3.15.1|httpx 0.27.0
jsonschema-specifications 2023.12.1|kombu 5.3.7|opentelemetry-api 1.25.0|pydantic 2.7.4|pydyf 0.10.0
sentry-sdk 2.5.1|stripe 9.9.0""",
    """argon2-cffi 23.1.0|celery 5.4.0|django-prometheus 2.3.1|jsonschema 4.22.0
opentelemetry-instrumentation 0.46b0|opentelemetry-exporter-otlp-proto-common 1.25.0
opentelemetry-sdk 1.25.0|opentelemetry-semantic-conventions 0.46b0|opentelemetry-util-http 0.46b0
s3transfer 0.10.1|weasyprint 62.2""",
    """boto3 1.34.127|django-celery-beat 2.6.0|django-storages 1.14.3|drf-spectacular 0.27.2
opentelemetry-exporter-otlp-proto-grpc 1.25.0|opentelemetry-instrumentation-celery 0.46b0
opentelemetry-instrumentation-django 0.46b0|opentelemetry-instrumentation-psycopg2 0.46b0
opentelemetry-instrumentation-wsgi 0.46b0""",
]
PO_LOCK = [x.replace("\n", "|").split("|") for x in PO_LOCK]  # type: ignore[misc]
# deploys: (start, release, the lock's changes, outcome)
PO_DEPLOYS = [
    (at(6, 30, 4), "20240607T063004", "ok"),
    (at(7, 45, 12), "20240607T074512", "ok"),
    (at(8, 50, 41), "20240607T085041", "chef"),
    (at(9, 10, 3), "20240607T091003", "srcwarn"),
    (at(10, 20, 26), "20240607T102026", "http"),
    (at(10, 41, 9), "20240607T102026", "retry"),
    (at(11, 30, 55), "20240607T113055", "stale"),
    (at(11, 45, 18), "20240607T114518", "ok"),
]
PO_CHEF_OUTPUT = [
    "  Backend subprocess exited when trying to invoke get_requires_for_build_wheel",
    "  ",
    "  running egg_info",
    "  writing psycopg2.egg-info/PKG-INFO",
    "  writing dependency_links to psycopg2.egg-info/dependency_links.txt",
    "  writing top-level names to psycopg2.egg-info/top_level.txt",
    "  ",
    "  Error: pg_config executable not found.",
    "  ",
    "  pg_config is required to build psycopg2 from source.  Please add the directory",
    "  containing pg_config to the $PATH or specify the full executable path with the",
    "  option:",
    "  ",
    "      python setup.py build_ext --pg-config /path/to/pg_config build ...",
    "  ",
    "  or with the pg_config option in 'setup.cfg'.",
    "  ",
    "  If you prefer to avoid building psycopg2 from source, please install the PyPI",
    "  'psycopg2-binary' package instead.",
    "  ",
    "  For further information please check the 'doc/src/install.rst' file (also at",
    "  <https://www.psycopg.org/docs/install.html>).",
    "  ",
    "",
    "  at /opt/poetry/venv/lib/python3.11/site-packages/poetry/installation/chef.py:164 in _prepare",
    "      160│ ",
    '      161│                 error = ChefBuildError("\\n\\n".join(message_parts))',
    "      162│ ",
    "      163│             if error is not None:",
    "    → 164│                 raise error from None",
    "      165│ ",
    "      166│             return path",
    "      167│ ",
    "      168│     def _prepare_sdist(self, archive: Path, destination: Path | None = None) -> Path:",
    "",
]
PO_HTTP_FRAME = [
    "",
    "  at /opt/poetry/venv/lib/python3.11/site-packages/requests/models.py:1024 in raise_for_status",
    '      1020│                 f"{self.status_code} Server Error: {reason} for url: {self.url}"',
    "      1021│             )",
    "      1022│ ",
    "      1023│         if http_error_msg:",
    "    → 1024│             raise HTTPError(http_error_msg, response=self)",
    "      1025│ ",
    "      1026│     def close(self):",
    '      1027│         """Releases the connection back to the pool. Release and close the connection',
    "      1028│         (also the connection pool)",
    "",
]


def poetry(r: random.Random) -> list[Log]:
    """`poetry install --sync --only main` run by a oneshot systemd unit on three Debian 12
    hosts for each release of a Django billing API, each host's journal for the unit
    (`journalctl -u deploy-billing.service -o short-iso-precise`): Poetry 1.8.3 on Python 3.11,
    a fresh in-project virtualenv per release, the index a Nexus PyPI group. worker-01 rebuilt
    before the 07:45 release (an empty cache: urllib3's pool warnings), the 08:50 release
    pinning psycopg2 from source (ChefBuildError), the 09:10 release moving the package under
    src/ (Poetry's warning until 11:45), the Nexus answering 502 at 10:20 for the new stripe
    wheel and the unit rerun at 10:41, a stale lock file at 11:30."""
    fs = Files()
    unit = "deploy-billing.service"
    desc = "Deploy billing-api release"

    def J(h: str, t: datetime, ident: str, label: str | None, lines: list[str]) -> datetime:
        """A record's lines, one journal entry each; returns the last entry's time."""
        t = fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x + timedelta(microseconds=17 * i):%Y-%m-%dT%H:%M:%S.%f}+00:00 {h} {ident}: {y}"
                for i, y in enumerate(lines)
            ],
            h,
            1,
        )
        return t + timedelta(microseconds=17 * (len(lines) - 1))

    lock = [list(g) for g in PO_LOCK]
    cached: dict[str, set[str]] = {h: set() for h in PO_HOSTS}
    for h in PO_HOSTS:
        cached[h] = {p for g in lock for p in g}
    pids = {h: 41233 + 1371 * i for h, i in PO_HOSTS.items()}
    partial: dict[tuple[str, str], set[str]] = {}
    for start, rel, outcome in PO_DEPLOYS:
        if outcome == "ok" and start.hour == 7:
            cached["worker-01"] = set()  # the VM rebuilt at 07:30
        if outcome == "chef":
            lock[0] = [p.replace("psycopg2-binary 2.9.9", "psycopg2 2.9.9") for p in lock[0]]
        if outcome == "srcwarn":
            lock[0] = [p.replace("psycopg2 2.9.9", "psycopg2-binary 2.9.9") for p in lock[0]]
        if outcome == "http":
            lock[2] = [p.replace("stripe 9.9.0", "stripe 9.10.0") for p in lock[2]]
        srcwarn = outcome in ("srcwarn", "http", "retry")
        for h, hi in PO_HOSTS.items():
            t = start + sec(hi * r.uniform(25, 40) + r.uniform(0, 2))
            pids[h] += r.randint(300, 2400)
            ident = f"poetry[{pids[h]}]"
            t = J(h, t, "systemd[1]", "Starting %s - %s...", [f"Starting {unit} - {desc}..."])
            t_unit = t
            t += sec(r.uniform(0.6, 1.1))
            venv = f"/srv/billing/releases/{rel}/.venv"
            if outcome != "retry":
                t = J(
                    h,
                    t,
                    ident,
                    "Creating virtualenv %s in %s",
                    [f"Creating virtualenv billing-api in {venv}"],
                )
                t += sec(r.uniform(1.2, 2.0))
            t = J(
                h,
                t,
                ident,
                "Installing dependencies from lock file",
                ["Installing dependencies from lock file", ""],
            )
            ok = True
            if outcome == "stale":
                t = J(h, t + sec(r.uniform(0.3, 0.6)), ident, None, [""])
                t = J(
                    h,
                    t,
                    ident,
                    "pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file.",
                    [
                        "pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file."
                    ],
                )
                ok = False
            else:
                if outcome == "retry":
                    todo = [[p for p in g if p not in partial[h, rel]] for g in lock]
                else:
                    todo = [list(g) for g in lock]
                n = sum(len(g) for g in todo)
                t += sec(r.uniform(0.8, 1.6))
                if n == 0:
                    t = J(
                        h,
                        t,
                        ident,
                        "No dependencies to install or update",
                        ["No dependencies to install or update"],
                    )
                else:
                    t = J(
                        h,
                        t,
                        ident,
                        "Package operations: %d install%s, %d update%s, %d removal%s",
                        [
                            f"Package operations: {n} install{'s' if n != 1 else ''}, 0 updates, 0 removals",
                            "",
                        ],
                    )
                done: set[str] = set()
                for g in todo:
                    started = []
                    for p in g:
                        name, ver = p.split()
                        t += sec(r.uniform(0.01, 0.09))
                        t = J(
                            h,
                            t,
                            ident,
                            "  - Installing %s (%s)",
                            [f"  - Installing {name} ({ver})"],
                        )
                        started.append(p)
                        if p not in cached[h] and h == "worker-01" and r.random() < 0.12:
                            J(
                                h,
                                t + sec(r.uniform(0.05, 0.6)),
                                ident,
                                "Connection pool is full, discarding connection: %s. Connection pool size: %s",
                                [
                                    "Connection pool is full, discarding connection: nexus.acme.internal. Connection pool size: 10"
                                ],
                            )
                        if p.startswith("psycopg2 "):
                            tf = t + sec(r.uniform(4.5, 6.5))
                            tf = J(
                                h,
                                tf,
                                ident,
                                "  - Installing %s (%s): Failed",
                                [f"  - Installing {name} ({ver}): Failed", ""],
                            )
                            tf = J(
                                h,
                                tf,
                                ident,
                                "ChefBuildError",
                                ["  ChefBuildError", "", *PO_CHEF_OUTPUT],
                            )
                            J(
                                h,
                                tf,
                                ident,
                                "Note: This error originates from the build backend, and is likely not a problem with poetry but with %s (%s) not supporting PEP 517 builds. You can verify this by running 'pip wheel --no-cache-dir --use-pep517 \"%s (==%s)\"'.",
                                [
                                    f"Note: This error originates from the build backend, and is likely not a problem with poetry but with {name} ({ver}) not supporting PEP 517 builds. You can verify this by running 'pip wheel --no-cache-dir --use-pep517 \"{name} (=={ver})\"'.",
                                    "",
                                ],
                            )
                            ok = False
                            started.pop()
                            t = tf + sec(0.01)
                        if p == "stripe 9.10.0" and outcome == "http":
                            tf = t + sec(r.uniform(0.3, 0.9))
                            tf = J(
                                h,
                                tf,
                                ident,
                                "  - Installing %s (%s): Failed",
                                [f"  - Installing {name} ({ver}): Failed", ""],
                            )
                            J(
                                h,
                                tf,
                                ident,
                                "HTTPError",
                                [
                                    "  HTTPError",
                                    "",
                                    "  502 Server Error: Bad Gateway for url: https://nexus.acme.internal/repository/pypi-group/packages/stripe/9.10.0/stripe-9.10.0-py3-none-any.whl",
                                    *PO_HTTP_FRAME,
                                ],
                            )
                            ok = False
                            started.pop()
                            t = tf + sec(0.01)
                    done.update(started)
                    cached[h].update(started)
                    if not ok:
                        break
                    t += sec(r.uniform(0.5, 2.0) + (len(g) * 0.35 if outcome != "retry" else 0.1))
                partial[h, rel] = done | partial.get((h, rel), set())
                if ok:
                    t = J(h, t, ident, None, [""])
                    t = J(
                        h,
                        t,
                        ident,
                        "Installing the current project: %s (%s)",
                        [f"Installing the current project: {PO_PROJECT[0]} ({PO_PROJECT[1]})"],
                    )
                    if srcwarn:
                        t = J(
                            h,
                            t + sec(r.uniform(0.05, 0.2)),
                            ident,
                            "Warning: The current project could not be installed: No file/folder found for package %s",
                            [
                                "Warning: The current project could not be installed: No file/folder found for package billing-api",
                                "If you do not want to install the current project use --no-root.",
                                "If you want to use Poetry only for dependency management but not for packaging, you can disable package mode by setting package-mode = false in your pyproject.toml file.",
                                "In a future version of Poetry this warning will become an error!",
                            ],
                        )
            t += sec(r.uniform(0.2, 0.6))
            cpu = (t - t_unit).total_seconds() * r.uniform(0.5, 0.8)
            if ok:
                t = J(
                    h,
                    t,
                    "systemd[1]",
                    "%s: Deactivated successfully.",
                    [f"{unit}: Deactivated successfully."],
                )
                t = J(h, t, "systemd[1]", "Finished %s - %s.", [f"Finished {unit} - {desc}."])
            else:
                t = J(
                    h,
                    t,
                    "systemd[1]",
                    "%s: Main process exited, code=%s, status=%s",
                    [f"{unit}: Main process exited, code=exited, status=1/FAILURE"],
                )
                t = J(
                    h,
                    t,
                    "systemd[1]",
                    "%s: Failed with result '%s'.",
                    [f"{unit}: Failed with result 'exit-code'."],
                )
                t = J(
                    h,
                    t,
                    "systemd[1]",
                    "Failed to start %s - %s.",
                    [f"Failed to start {unit} - {desc}."],
                )
            J(
                h,
                t,
                "systemd[1]",
                "%s: Consumed %s CPU time.",
                [f"{unit}: Consumed {cpu:.3f}s CPU time."],
            )
            if outcome == "srcwarn" and h == "app-02":
                # an operator reruns the unit on app-02 two minutes later: nothing to do
                t2 = t + sec(r.uniform(110, 130))
                pids[h] += r.randint(300, 900)
                ident = f"poetry[{pids[h]}]"
                t2 = J(h, t2, "systemd[1]", "Starting %s - %s...", [f"Starting {unit} - {desc}..."])
                t2 = J(
                    h,
                    t2 + sec(r.uniform(0.6, 1.0)),
                    ident,
                    "Installing dependencies from lock file",
                    ["Installing dependencies from lock file", ""],
                )
                t2 = J(
                    h,
                    t2 + sec(r.uniform(0.8, 1.3)),
                    ident,
                    "No dependencies to install or update",
                    ["No dependencies to install or update", ""],
                )
                t2 = J(
                    h,
                    t2,
                    ident,
                    "Installing the current project: %s (%s)",
                    [f"Installing the current project: {PO_PROJECT[0]} ({PO_PROJECT[1]})"],
                )
                t2 = J(
                    h,
                    t2 + sec(0.1),
                    ident,
                    "Warning: The current project could not be installed: No file/folder found for package %s",
                    [
                        "Warning: The current project could not be installed: No file/folder found for package billing-api",
                        "If you do not want to install the current project use --no-root.",
                        "If you want to use Poetry only for dependency management but not for packaging, you can disable package mode by setting package-mode = false in your pyproject.toml file.",
                        "In a future version of Poetry this warning will become an error!",
                    ],
                )
                t2 = J(
                    h,
                    t2 + sec(0.3),
                    "systemd[1]",
                    "%s: Deactivated successfully.",
                    [f"{unit}: Deactivated successfully."],
                )
                t2 = J(h, t2, "systemd[1]", "Finished %s - %s.", [f"Finished {unit} - {desc}."])
                J(
                    h,
                    t2,
                    "systemd[1]",
                    "%s: Consumed %s CPU time.",
                    [f"{unit}: Consumed {r.uniform(2.1, 2.9):.3f}s CPU time."],
                )
    return fs.logs(T0)


SYSTEMS = {
    "maven": maven,
    "sbt": sbt,
    "npm": npm,
    "cargo": cargo,
    "poetry": poetry,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
