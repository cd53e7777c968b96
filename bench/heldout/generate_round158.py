#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 158 (nopcommerce, orchard-core, identityserver, hangfire,
masstransit) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five .NET systems, 06:00 to 12:00 on
2024-06-07. None of the five was in the set (aspnetcore, dotnet-fulfillment, nlog, serilog,
log4net and umbraco are; these are not).

- nopCommerce 4.70 (`nop-log-2024-06-07.csv`): its DefaultLogger writes the `Log` table, not a
  file, so the file is the table as an operator exports it from PostgreSQL (`\\copy "Log" TO
  ... CSV HEADER`): the header row, then `Id,LogLevelId,ShortMessage,FullMessage,IpAddress,
  CustomerId,PageUrl,ReferrerUrl,CreatedOnUtc` rows in insertion order, a FullMessage holding the
  exception's ToString() as a quoted field over many lines, `""` for an empty string, the time
  last (`2024-06-07 06:00:09.444242`). Two nodes (web1 runs the schedule tasks): 404s logged by
  `Error 404. The requested page (%s) was not found` (scanners probing for PHP and config files,
  crawlers and visitors on a retired catalogue, a newsletter's broken link at 10:00), the SMTP
  relay down 07:10-07:42 (`Error sending e-mail. %s` with MailKit's message, three tries per
  queued e-mail), a deploy at 08:30 whose theme lacks a view component's view until a hotfix at
  08:52 (`The view '%s' was not found. The following locations were searched:%s`: the message
  itself spans five lines), `Application started` after each start, the PostgreSQL primary
  restarted at 09:20 (stale pooled connections: Npgsql's `Exception while reading from stream`
  and `57P01: terminating connection ...` with its `Exception data:` block, an order and the
  e-mail task failing with it: `Error while placing order. Error 1: %s. `, ScheduleTasks.Error's
  `The "%s" scheduled task failed with the "%s" error (Task type: ...)`), the resolver failing
  the exchange-rate task at 10:00, Braintree declines at checkout (`Payment error: %s`), a ribbon
  plugin's null reference, two oversized picture uploads in the admin.
- Orchard Core 1.8 (`web1-orchard-log-2024-06-07.log`, `web2-...`: OrchardCore.Logging.NLog's
  file target, `${longdate}|${orchard-tenant-name}|${aspnet-traceidentifier}|
  ${event-properties:item=EventId}|${logger}|${uppercase:${level}}|${message}
  ${exception:format=ToString,StackTrace}`, at Info with Microsoft's own Info lines dropped):
  two tenants (Default, careers) on PostgreSQL and Redis, ModularBackgroundService's `Start
  processing background task '%s' on tenant '%s'.` / `Finished ...` for the Lucene indexer every
  minute on each node and OpenID's cleanup every 30 minutes, `User logged in.` / `User logged
  out.`; a rolling deploy at 07:20 (`'%s' is stopping.`, `Start creation of shells`, `Done
  pre-creating and registering shells`, DataProtection's warning per tenant), the Lucene write
  lock held on the shared volume 07:26-07:52 (`Error while processing background task ...` with
  LockObtainFailedException), the database failing over 09:30-09:35 (ExceptionHandlerMiddleware's
  `An unhandled exception has occurred while executing the request.` and the indexer failing),
  a contact workflow's CRM webhook refused 10:15-10:40 (WorkflowManager's fault), Redis down
  10:50-10:56 (DistributedShellHostedService's `Unable to read the distributed cache ...` while
  it backs off, requests failing, a tenant reload's notice failing). The layout writes the
  exception's ToString() and then its StackTrace again after a space, and a space after every
  message.
- Duende IdentityServer 7.0 with ASP.NET Identity (`identity-7c9d8f6b5-h4k2m.log`,
  `identity-7c9d8f6b5-wq9rt.log`, then `identity-5d6f9b8c7-x7p2n.log`, `identity-5d6f9b8c7-
  bk4sd.log` after a rolling update at 11:05: `kubectl logs` per pod of Serilog's console sink
  with the Duende templates' `[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}
  {NewLine}{Exception}{NewLine}`: a header line, the message on the next line, a blank line; no
  date; one-second resolution), all four event kinds raised (DefaultEventSink's `{@event}`
  rendered as JSON with `$type`): `Invoking IdentityServer endpoint: %s for %s` for every
  protocol request, interactive logins to two web apps (UserLoginSuccessEvent, `AuthenticationScheme:
  %s signed in.`, the authorize callback's and token endpoint's TokenIssuedSuccessEvent,
  ClientAuthenticationSuccessEvent, userinfo), UserLoginFailureEvent, refresh tokens, services'
  client credentials and a reporting job asking for a token every three minutes; a portal
  release with an http redirect_uri 08:05-08:40 (`Invalid redirect_uri: %s` with the
  AuthorizeRequestValidationLog on its second line, `Request validation failed`, the log object
  alone, TokenIssuedFailureEvent), the billing worker deployed with an old secret 09:10-09:55
  (`Client secret validation failed for client: %s.`, ClientAuthenticationFailureEvent), the
  mobile app replaying one-time refresh tokens (`Invalid refresh token`, `Refresh token
  validation failed. aborting, {...}`), the database failing over 10:30-10:33 (EF Core's query
  error with the exception in its message, UnhandledExceptionEvent, `Unhandled exception: %s` at
  Fatal, Kestrel's `Connection id "%s", Request id "%s": An unhandled exception was thrown by
  the application.`), the start-up and shutdown lines.
- Hangfire 1.8 on SQL Server (`jobs-01-20240607.log`, `jobs-02-20240607.log`: two job servers of
  a .NET 8 host, Serilog's file sink with `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}]
  {SourceContext}: {Message:lj}{NewLine}{Exception}`): the jobs' own lines (an order
  confirmation e-mail and an invoice PDF per order, the ERP inventory sync every 5 minutes,
  hourly exchange rates and cart cleanup), Hangfire's start-up (`Starting Hangfire Server using
  job storage: '%s'`, the options, with `\\r\\n` inside the message, `Server %s successfully
  announced in %s ms`, the dispatchers) and graceful stop; the mail API rate-limiting
  07:30-08:05 (421 AutomaticRetry warnings `Failed to process the job '%s': an exception
  occurred. Retry attempt %s of %s will be performed in %s.`), jobs-02 OOM-killed at 08:45 and
  restarted (`%s servers were removed due to timeout` on jobs-01), the availability group failing
  over 09:30-09:33 (BackgroundExecution's `Execution %s is in the Failed state now ...`, `...
  is still in the Failed state for %s ...`, `... recovered from the Failed state after %s ...`
  for each worker and scheduler, heartbeats failing, SqlException's `ClientConnectionId:` and
  `Error Number:` lines), the ERP credentials expiring at 10:20 (retries, then `Failed to process
  the job '%s': an exception occurred.`), the cart cleanup timing out at 11:00 (`... an
  exception occured. Job was automatically deleted ...`), a deploy at 11:30.
- MassTransit 8.2 (`shipping-consumer-6c9f7d5b8-4xq2m.log`, `...-v7nkd.log`, then
  `shipping-consumer-5b7c9d8f6-jw9tz.log`, `...-p3s8h.log` after a rolling update at 11:20:
  `kubectl logs` of a .NET 8 worker with the JSON console formatter, one object a line with
  `Timestamp`, `EventId`, `LogLevel`, `Category`, `Message`, `Exception` and `State`, the default
  encoder's `\\u003C`): three consumers' own lines (`Creating shipment for order %s ...`,
  `Shipment %s booked with %s ...`, `Invoice %s issued for order %s: %s %s`, stock warnings,
  carrier rejections); DHL's API timing out 07:40-08:20 (`R-RETRY %s %s %s` between the retry
  policy's attempts, `R-FAULT %s %s %s %s(%s)` after the last), a RabbitMQ node restarted
  09:15-09:18 (`Connection Failed: %s`), a publisher sending a bad contract 10:05-10:20 (the
  receive fault `R-FAULT %s %s %s`), a month-end batch exhausting Npgsql's pool 10:40-10:55, the
  bus lines at start and stop.

Label notes. The heads are context: the CSV's Id, LogLevelId, IpAddress, CustomerId, PageUrl,
ReferrerUrl and CreatedOnUtc columns (the ShortMessage is the label; the FullMessage, the
exception's ToString(), belongs to the row's event), NLog's time, tenant, trace identifier,
event id, logger and level, Serilog's time, level and SourceContext, the JSON formatter's
fields but `Message`. The CSV's header row is a literal label (as IIS's `#Fields:`). An
exception's text inside a message contributes its format (nopCommerce's ShortMessage is the
exception's Message: `Exception while reading from stream`, `%s: terminating connection due
to administrator command`, MailKit's and MVC's messages; ScheduleTasks.Error and `Error while
placing order. Error 1: %s. ` carry it inside; Braintree's decline texts are labels of their
own, as round 156's Stripe messages), and an exception NLog's layout writes after the message
contributes its first line's format, as the nlog set's labels do. A destructured object
(`{@event}`, `{@requestDetails}`) contributes its shape: its properties with `%s` for values and
its `$type` (TokenIssuedSuccessEvent and TokenIssuedFailureEvent are one label each whatever the
endpoint). MassTransit's and the apps' message templates are labels with `%s` for their holes;
their exceptions are the records' `Exception`, not the message. The continuation lines of a
record (a CSV field's later lines, NLog's and Serilog's exceptions, the blank line after each
Serilog console record, Hangfire's option lines) have no row.

Least sure (written from the helper's knowledge; nopCommerce's 404, e-mail, order and schedule
task messages, Orchard's background, shell, account, workflow and distributed-shell messages,
Duende's start-up and endpoint messages, Hangfire's server, execution, heartbeat, watchdog and
retry messages and MassTransit's R-FAULT/R-RETRY/Connection Failed templates were checked against
copies of their sources; the Duende Serilog template and the Orchard NLog layout against their
templates): the Log table's column order in a `\\copy`; SmtpBuilder wrapping MailKit's exception
in a NopException; Orchard's DataProtection warning per tenant at start-up and the Redis
exception text; Duende 7's DefaultEventSink logger name, the order of the events' properties,
`Invalid refresh token`, `Refresh token validation failed. aborting, {...}`, `Request validation
failed` with the log object logged after it, and Kestrel's line after the Fatal one; whether
Hangfire 1.8's SQL Server options line reads `Queue poll interval: 00:00:00.`; the execution
names in BackgroundExecution's messages (`Worker` for each worker) and their retry delays;
MassTransit's category (`MassTransit`) and R-RETRY's message type (the consume context's
generic name).
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted


def net_exc(chain: list[tuple[str, list[str]]]) -> list[str]:
    """.NET's Exception.ToString(): the outermost exception's `Type: message` first, each inner
    exception after ` ---> ` with its frames and `--- End of inner exception stack trace ---`, then
    the outer frames. `chain` is (head, frames) outermost first; a head may hold newlines."""

    def render(i: int) -> list[str]:
        head, frames = chain[i]
        lines = head.split("\n")
        if i + 1 < len(chain):
            inner = render(i + 1)
            lines.append(" ---> " + inner[0])
            lines += inner[1:]
            lines.append("   --- End of inner exception stack trace ---")
        return lines + [f if f.startswith("---") else "   at " + f for f in frames]

    return render(0)


def net_timespan(s: float, digits: int = 7) -> str:
    """TimeSpan.ToString(): `hh:mm:ss` and, when there is a fraction, seven digits."""
    whole = int(s)
    h, rest = divmod(whole, 3600)
    m, sx = divmod(rest, 60)
    frac = round((s - whole) * 10**digits)
    if frac >= 10**digits:
        frac = 10**digits - 1
    out = f"{h:02d}:{m:02d}:{sx:02d}"
    return out + (f".{frac:0{digits}d}" if frac else "")


# Frames shared by the .NET systems (framework and library code, as a release build prints them).
NPGSQL_READ_FRAMES = [
    "Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)",
    "Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
    "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)",
    "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
    "Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)",
    "Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)",
]
NPGSQL_CONNECT_FRAMES = [
    "Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
    "Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|214_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)",
    "Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)",
]
SOCKET_CONNECT_FRAMES = [
    "System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
]
HTTP_CONNECT_FRAMES = [
    "System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)",
    "System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.HttpConnectionWaiter`1.WaitForConnectionAsync(Boolean async, CancellationToken requestCancellationToken)",
    "System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)",
    "System.Net.Http.DiagnosticsHandler.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.RedirectHandler.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
]


# ------------------------------------------------------------------------------ nopcommerce

NOP_URL = "https://shop.northwind-outdoor.com"
NOP_STORE = "Northwind Outdoor"
NOP_TASK_URL = f"{NOP_URL}/scheduletask/runtask"
NOP_NODES = {"web1": "10.0.1.11", "web2": "10.0.1.12"}
NOP_PROBES = [
    "/wp-login.php",
    "/wp-admin/setup-config.php",
    "/xmlrpc.php",
    "/.env",
    "/.git/config",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/phpmyadmin/index.php",
    "/cgi-bin/luci/;stok=/locale",
    "/boaform/admin/formLogin",
    "/.aws/credentials",
    "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php",
    "/admin/config.php",
    "/owa/auth/logon.aspx",
    "/actuator/health",
    "/api/v1/pods",
    "/_ignition/execute-solution",
]
NOP_OLD = [
    "/trekking-pole-carbon-3-section",
    "/tent-ultralight-2p-2022",
    "/down-jacket-800-fill-2022",
    "/catalog/hiking-boots",
    "/catalog/climbing-harnesses",
    "/sleeping-bag-minus-10",
    "/headlamp-400-lumen",
    "/gift-card-50",
    "/blog/choosing-a-3-season-tent",
    "/manufacturer/alpenglow",
    "/rain-shell-gore-tex-pro-2021",
    "/camping-stove-titanium",
]
NOP_TYPOS = [
    "/cart/",
    "/checkout/onepagecheckout/",
    "/login/",
    "/register/",
    "/contactus/",
    "/customer/info/",
]
NOP_BOTS = [
    "45.148.10.174",
    "185.224.128.43",
    "193.35.18.61",
    "89.248.165.72",
    "141.98.11.29",
    "5.188.62.140",
    "103.145.13.58",
    "194.165.16.11",
]
NOP_GOOGLEBOT = ["66.249.66.1", "66.249.66.35", "66.249.64.206", "66.249.79.44"]
NOP_BINGBOT = ["40.77.167.61", "157.55.39.205", "207.46.13.88"]
NOP_VIEW_NOT_FOUND = (
    "The view 'Components/HomepageBestSellers/Default' was not found. The following locations were searched:\n"
    "/Themes/Brighton/Views/Home/Components/HomepageBestSellers/Default.cshtml\n"
    "/Themes/Brighton/Views/Shared/Components/HomepageBestSellers/Default.cshtml\n"
    "/Views/Home/Components/HomepageBestSellers/Default.cshtml\n"
    "/Views/Shared/Components/HomepageBestSellers/Default.cshtml"
)
NOP_VIEW_FRAMES = [
    "Microsoft.AspNetCore.Mvc.ViewEngines.ViewEngineResult.EnsureSuccessful(IEnumerable`1 originalLocations)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.ViewViewComponentResult.ExecuteAsync(ViewComponentContext context)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.DefaultViewComponentInvoker.InvokeAsync(ViewComponentContext context)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.DefaultViewComponentHelper.InvokeCoreAsync(ViewComponentDescriptor descriptor, Object arguments)",
    "Nop.Web.Framework.Mvc.Razor.NopRazorPage`1.<>c__DisplayClass2_0.<<RenderWidgetZoneAsync>b__0>d.MoveNext()",
    "AspNetCoreGeneratedDocument.Themes_Brighton_Views_Home_Index.ExecuteAsync()",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageCoreAsync(IRazorPage page, ViewContext context)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageAsync(IRazorPage page, ViewContext context, Boolean invokeViewStarts)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderAsync(ViewContext context)",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewExecutor.ExecuteAsync(ViewContext viewContext, String contentType, Nullable`1 statusCode)",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewExecutor.ExecuteAsync(ActionContext actionContext, IView view, ViewDataDictionary viewData, ITempDataDictionary tempData, String contentType, Nullable`1 statusCode)",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewResultExecutor.ExecuteAsync(ActionContext context, ViewResult result)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeNextResultFilterAsync>g__Awaited|30_0[TFilter,TFilterAsync](ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.Rethrow(ResultExecutedContextSealed context)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.ResultNext[TFilter,TFilterAsync](State& next, Scope& scope, Object& state, Boolean& isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Logged|17_1(ResourceInvoker invoker)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
    "Nop.Services.Installation.InstallUrlMiddleware.InvokeAsync(HttpContext context, IWebHelper webHelper)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
NOP_REPO_FRAMES = [
    "LinqToDB.Data.DataConnection.ExecuteReaderAsync(CommandBehavior commandBehavior, CancellationToken cancellationToken)",
    "LinqToDB.Data.DataConnection.QueryRunner.ExecuteReaderAsync(CancellationToken cancellationToken)",
    "LinqToDB.Linq.QueryRunner.AsyncEnumeratorImpl`1.MoveNextAsync()",
    "LinqToDB.AsyncExtensions.ToListAsync[TSource](IQueryable`1 source, CancellationToken token)",
    "Nop.Data.EntityRepository`1.<>c__DisplayClass9_0.<<GetByIdsAsync>g__getByIdsAsync|0>d.MoveNext()",
    "Nop.Services.Caching.ShortTermCacheManager.GetAsync[T](Func`1 acquire, CacheKey cacheKey, Object[] cacheKeyParameters)",
    "Nop.Data.EntityRepository`1.GetByIdsAsync(IList`1 ids, Func`2 getCacheKey, Boolean includeDeleted)",
    "Nop.Services.Catalog.ProductService.GetProductsByIdsAsync(Int32[] productIds)",
    "Nop.Web.Factories.ProductModelFactory.PrepareProductDetailsModelAsync(Product product, ShoppingCartItem updatecartitem, Boolean isAssociatedProduct)",
    "Nop.Web.Controllers.ProductController.ProductDetails(Int32 productId, Int32 updatecartitemid)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
NOP_MAIL_FRAMES = [
    "MailKit.Net.SocketUtils.ConnectAsync(String host, Int32 port, IPEndPoint localEndPoint, CancellationToken cancellationToken)",
    "MailKit.Net.SocketUtils.ConnectAsync(String host, Int32 port, IPEndPoint localEndPoint, Int32 timeout, CancellationToken cancellationToken)",
    "MailKit.MailService.ConnectNetworkAsync(String host, Int32 port, Boolean doAsync, CancellationToken cancellationToken)",
    "MailKit.Net.Smtp.SmtpClient.ConnectAsync(String host, Int32 port, SecureSocketOptions options, Boolean doAsync, CancellationToken cancellationToken)",
    "Nop.Services.Messages.SmtpBuilder.BuildAsync(EmailAccount emailAccount)",
]
NOP_SEND_FRAMES = [
    "Nop.Services.Messages.EmailSender.SendEmailAsync(EmailAccount emailAccount, String subject, String body, String fromAddress, String fromName, String toAddress, String toName, String replyTo, String replyToName, IEnumerable`1 bcc, IEnumerable`1 cc, String attachmentFilePath, String attachmentFileName, Int32 attachedDownloadId, IDictionary`2 headers)",
    "Nop.Services.Messages.QueuedMessagesSendTask.ExecuteAsync()",
]
NOP_DISCONNECT_FRAMES = [
    "MailKit.Net.Smtp.SmtpStream.ReadAheadAsync(Boolean doAsync, CancellationToken cancellationToken)",
    "MailKit.Net.Smtp.SmtpStream.ReadResponseAsync(Boolean doAsync, CancellationToken cancellationToken)",
    "MailKit.Net.Smtp.SmtpClient.SendCommandAsync(String command, Boolean doAsync, CancellationToken cancellationToken)",
    "MailKit.Net.Smtp.SmtpClient.MailFromAsync(FormatOptions options, MimeMessage message, MailboxAddress mailbox, SmtpExtensions extensions, Int64 size, Boolean doAsync, CancellationToken cancellationToken)",
    "MailKit.Net.Smtp.SmtpClient.SendAsync(FormatOptions options, MimeMessage message, MailboxAddress sender, IList`1 recipients, Boolean doAsync, CancellationToken cancellationToken, ITransferProgress progress)",
    "MailKit.Net.Smtp.SmtpClient.SendAsync(FormatOptions options, MimeMessage message, MailboxAddress sender, IList`1 recipients, Boolean doAsync, CancellationToken cancellationToken, ITransferProgress progress)",
]
NOP_TASK_RUNNER_FRAMES = [
    "Nop.Services.ScheduleTasks.ScheduleTaskRunner.ExecuteTaskAsync(ScheduleTask scheduleTask)",
    "Nop.Services.ScheduleTasks.ScheduleTaskRunner.ExecuteAsync(ScheduleTask scheduleTask, Boolean forceRun, Boolean throwException, Boolean ensureRunOncePerPeriod)",
]
NOP_DNS_FRAMES = [
    "System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)",
    "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "Nop.Plugin.ExchangeRate.EcbExchange.EcbExchangeRateProvider.GetCurrencyLiveRatesAsync(String exchangeRateCurrencyCode)",
    "Nop.Services.Directory.CurrencyService.GetCurrencyLiveRatesAsync(String exchangeRateCurrencyCode, Customer customer)",
    "Nop.Services.Directory.UpdateExchangeRateTask.ExecuteAsync()",
]
NOP_NRE_FRAMES = [
    "Nop.Plugin.Widgets.ProductRibbons.Components.ProductRibbonsViewComponent.InvokeAsync(String widgetZone, Object additionalData)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.DefaultViewComponentInvoker.InvokeAsyncCore(ObjectMethodExecutor executor, Object component, ViewComponentContext context)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.DefaultViewComponentInvoker.InvokeAsync(ViewComponentContext context)",
    "Microsoft.AspNetCore.Mvc.ViewComponents.DefaultViewComponentHelper.InvokeCoreAsync(ViewComponentDescriptor descriptor, Object arguments)",
    "Nop.Web.Framework.Mvc.Razor.NopRazorPage`1.<>c__DisplayClass2_0.<<RenderWidgetZoneAsync>b__0>d.MoveNext()",
    "AspNetCoreGeneratedDocument.Themes_Brighton_Views_Product_ProductTemplate_Simple.ExecuteAsync()",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageCoreAsync(IRazorPage page, ViewContext context)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageAsync(IRazorPage page, ViewContext context, Boolean invokeViewStarts)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderAsync(ViewContext context)",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewExecutor.ExecuteAsync(ViewContext viewContext, String contentType, Nullable`1 statusCode)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeResultAsync>g__Logged|22_0(ResourceInvoker invoker, IActionResult result)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
NOP_BODY_FRAMES = [
    "Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.Http1ContentLengthMessageBody.ReadAsyncInternal(CancellationToken cancellationToken)",
    "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)",
    "Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpRequestStream.ReadAsyncInternal(Memory`1 destination, CancellationToken cancellationToken)",
    "Microsoft.AspNetCore.WebUtilities.FileBufferingReadStream.ReadAsync(Memory`1 buffer, CancellationToken cancellationToken)",
    "Microsoft.AspNetCore.WebUtilities.StreamHelperExtensions.DrainAsync(Stream stream, ArrayPool`1 bytePool, Nullable`1 limit, CancellationToken cancellationToken)",
    "Microsoft.AspNetCore.Http.Features.FormFeature.InnerReadFormAsync(CancellationToken cancellationToken)",
    "Nop.Web.Areas.Admin.Controllers.PictureController.AsyncUpload()",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
NOP_PLACE_FRAMES = [
    "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
    "Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)",
    "LinqToDB.Data.DataConnection.ExecuteScalarAsync(CancellationToken cancellationToken)",
    "LinqToDB.Linq.QueryRunner.ExecuteScalarAsync(Query query, IDataContext dataContext, Mapper`1 mapper, Expression expression, Object[] ps, Object[] preambles, CancellationToken cancellationToken)",
    "Nop.Data.DataProviders.BaseDataProvider.InsertEntityAsync[TEntity](TEntity entity)",
    "Nop.Data.EntityRepository`1.InsertAsync(TEntity entity, Boolean publishEvent)",
    "Nop.Services.Orders.OrderProcessingService.SaveOrderDetailsAsync(ProcessPaymentRequest processPaymentRequest, ProcessPaymentResult processPaymentResult, PlaceOrderContainer details)",
    "Nop.Services.Orders.OrderProcessingService.PlaceOrderAsync(ProcessPaymentRequest processPaymentRequest)",
]


def pg_ts(t: datetime) -> str:
    """A `timestamp without time zone` as PostgreSQL prints it: microseconds, trailing zeros dropped."""
    frac = f"{t.microsecond:06d}".rstrip("0")
    return f"{t:%Y-%m-%d %H:%M:%S}" + (f".{frac}" if frac else "")


def csv_field(s: str | None) -> str:
    """COPY ... CSV's quoting: NULL empty, an empty string and any value with a comma, quote or
    line break quoted, quotes doubled."""
    if s is None:
        return ""
    if s == "" or any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def nopcommerce(r: random.Random) -> list[Log]:
    """nopCommerce 4.70 on two nodes behind a load balancer (web1 runs the schedule tasks), its
    Log table exported with `\\copy "Log" TO 'nop-log-2024-06-07.csv' CSV HEADER`: bots probing
    for PHP and config files, old catalogue URLs, the SMTP relay down 07:10-07:42, a deploy at
    08:30 whose theme lacks a view component's view until a hotfix at 08:52, the database
    primary restarted at 09:20 (stale pooled connections), a newsletter with a broken link at
    10:00, the resolver failing the exchange-rate task at 10:00, a ribbon plugin's null
    reference, Braintree declines, two oversized picture uploads in the admin."""
    fs = Files()
    fname = "nop-log-2024-06-07.csv"
    guest = itertools.count(1284113)
    registered = list(range(20411, 28950, 17))
    seq = itertools.count()

    def row(
        t: datetime,
        label: str,
        level: int,
        short: str,
        full: str,
        ip: str,
        cid: int | None,
        page: str,
        ref: str,
        node: str,
    ) -> datetime:
        n = next(seq)

        def text(x: datetime) -> list[str]:
            cells = [
                f"\x00{n}\x00",
                str(level),
                csv_field(short),
                csv_field(full),
                csv_field(ip),
                "" if cid is None else str(cid),
                csv_field(page),
                csv_field(ref),
                pg_ts(x),
            ]
            return ",".join(cells).split("\n")

        return fs.add(fname, t, label, text, node, 1)

    # the header row COPY writes first
    fs.add(
        fname,
        T0 - sec(3600),
        "Id,LogLevelId,ShortMessage,FullMessage,IpAddress,CustomerId,PageUrl,ReferrerUrl,CreatedOnUtc",
        lambda x: [
            "Id,LogLevelId,ShortMessage,FullMessage,IpAddress,CustomerId,PageUrl,ReferrerUrl,CreatedOnUtc"
        ],
        "copy",
        1,
    )

    def node_for(t: datetime) -> str:
        return r.choice(["web1", "web2"])

    L404 = "Error 404. The requested page (%s) was not found"

    def e404(t: datetime, path: str, ip: str, cid: int, ref: str) -> None:
        row(
            t,
            L404,
            40,
            f"Error 404. The requested page ({path.split('?')[0]}) was not found",
            "",
            ip,
            cid,
            NOP_URL + path,
            ref,
            node_for(t),
        )

    # 404s: scanners in bursts, crawlers on the old catalogue, customers' typos
    for t in poisson(r, T0, T_END, 150.0):
        ip = r.choice(NOP_BOTS)
        probes = r.sample(NOP_PROBES, r.randint(3, 9))
        tt = t
        for p in probes:
            e404(tt, p, ip, next(guest), "")
            tt += sec(r.uniform(0.05, 0.9))
    for t in poisson(r, T0, T_END, 41.0):
        if r.random() < 0.7:
            ip, cid = r.choice(NOP_GOOGLEBOT), 2
        else:
            ip, cid = r.choice(NOP_BINGBOT), 2
        e404(t, r.choice(NOP_OLD), ip, cid, "")
    for t in poisson(r, T0, T_END, 170.0):
        old = r.choice(NOP_OLD)
        e404(
            t,
            old,
            f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            next(guest),
            "https://www.google.com/",
        )
    for t in poisson(r, T0, T_END, 240.0):
        path = r.choice(NOP_TYPOS)
        e404(
            t,
            path,
            f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            r.choice(registered),
            NOP_URL + "/",
        )
    # the newsletter's broken link at 10:00
    for t in poisson(r, at(10, 0, 40), at(10, 45), 16.0):
        e404(
            t,
            "/summer-sale-2024",
            f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            r.choice(registered),
            r.choice(["", "", "https://mail.google.com/", "https://outlook.live.com/"]),
        )

    # the e-mail queue: order and account e-mails, sent by web1's task every minute
    smtp_down = (at(7, 10, 12), at(7, 42, 30))
    queue: list[tuple[datetime, int]] = []
    qid = itertools.count(911204)
    for t in poisson(r, T0, T_END, 24.0):
        queue.append((t, next(qid)))
    tries: dict[int, int] = {}
    tick = T0 + sec(17.3)
    while tick < T_END:
        tt = tick + sec(r.uniform(0.2, 0.8))
        for created, q in queue:
            if created > tick or tries.get(q, 0) >= 3 or tries.get(q, 0) < 0:
                continue
            if not smtp_down[0] <= tt < smtp_down[1]:
                tries[q] = -1  # sent
                continue
            tries[q] = tries.get(q, 0) + 1
            if tt < smtp_down[0] + sec(75):
                exc = net_exc(
                    [
                        (
                            "MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.",
                            NOP_DISCONNECT_FRAMES + NOP_SEND_FRAMES,
                        )
                    ]
                )
                tt = row(
                    tt,
                    "Error sending e-mail. The SMTP server has unexpectedly disconnected.",
                    40,
                    "Error sending e-mail. The SMTP server has unexpectedly disconnected.",
                    "\n".join(exc),
                    NOP_NODES["web1"],
                    3,
                    NOP_TASK_URL,
                    "",
                    "web1",
                )
            else:
                exc = net_exc(
                    [
                        ("Nop.Core.NopException: Connection refused", NOP_SEND_FRAMES),
                        (
                            "System.Net.Sockets.SocketException (111): Connection refused",
                            NOP_MAIL_FRAMES,
                        ),
                    ]
                )
                tt = row(
                    tt,
                    "Error sending e-mail. Connection refused",
                    40,
                    "Error sending e-mail. Connection refused",
                    "\n".join(exc),
                    NOP_NODES["web1"],
                    3,
                    NOP_TASK_URL,
                    "",
                    "web1",
                )
            tt += sec(r.uniform(0.02, 0.15))
        tick += sec(60)

    # Braintree declines at checkout
    declines = [
        (15, "Insufficient Funds"),
        (9, "Do Not Honor"),
        (6, "Card Issuer Declined CVV"),
    ]
    for n, reason in declines:
        for _ in range(n):
            t = T0 + sec(r.uniform(0, 21500))
            msg = f"Error while placing order. Error 1: Payment error: {reason}. "
            row(
                t,
                msg,
                40,
                msg,
                "",
                f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                r.choice(registered),
                NOP_URL + "/checkout/confirm",
                NOP_URL + "/checkout/confirm",
                node_for(t),
            )

    # deploys: 08:30 (a theme without HomepageBestSellers' view), the hotfix at 08:52
    starts = [
        ("web2", at(8, 30, 16.4)),
        ("web1", at(8, 33, 41.9)),
        ("web2", at(8, 52, 7.2)),
        ("web1", at(8, 54, 30.5)),
        ("web1", at(9, 24, 12.8)),
    ]
    for node, t in starts:
        row(t, "Application started", 20, "Application started", "", "", None, "", "", node)
    broken = {"web2": (at(8, 30, 31), at(8, 52, 7)), "web1": (at(8, 33, 55), at(8, 54, 30))}
    for node, (a, b) in broken.items():
        for t in poisson(r, a, b, 14.0):
            exc = net_exc(
                [(f"System.InvalidOperationException: {NOP_VIEW_NOT_FOUND}", NOP_VIEW_FRAMES)]
            )
            row(
                t,
                "The view '%s' was not found. The following locations were searched:%s",
                40,
                NOP_VIEW_NOT_FOUND,
                "\n".join(exc),
                f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                r.choice([next(guest), r.choice(registered)]),
                NOP_URL + "/",
                r.choice(["", "https://www.google.com/", "https://www.bing.com/"]),
                node,
            )

    # the database primary restarted at 09:20: stale pooled connections on both nodes
    products = [
        "/trail-runner-gtx-mens",
        "/ultralight-tent-2p",
        "/merino-base-layer-200",
        "/insulated-bottle-1l",
        "/carbon-trekking-poles",
        "/hardshell-jacket-womens",
        "/down-sleeping-bag-0c",
    ]
    for node in ["web1", "web2"]:
        for _ in range(r.randint(9, 12)):
            t = at(9, 20, 41) + sec(r.uniform(0, 150))
            exc = net_exc(
                [
                    (
                        "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                        NPGSQL_READ_FRAMES + NOP_REPO_FRAMES,
                    ),
                    (
                        "System.IO.EndOfStreamException: Attempted to read past the end of the stream.",
                        NPGSQL_READ_FRAMES[:1],
                    ),
                ]
            )
            row(
                t,
                "Exception while reading from stream",
                40,
                "Exception while reading from stream",
                "\n".join(exc),
                f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                next(guest),
                NOP_URL + r.choice(products),
                r.choice(["", NOP_URL + "/", "https://www.google.com/"]),
                node,
            )
        for _ in range(r.randint(5, 6)):
            t = at(9, 20, 41) + sec(r.uniform(0, 150))
            exc = [
                *net_exc(
                    [
                        (
                            "Npgsql.PostgresException (0x80004005): 57P01: terminating connection due to administrator command",
                            NPGSQL_READ_FRAMES + NOP_REPO_FRAMES,
                        )
                    ]
                ),
                "  Exception data:",
                "    Severity: FATAL",
                "    SqlState: 57P01",
                "    MessageText: terminating connection due to administrator command",
                "    File: postgres.c",
                "    Line: 3300",
                "    Routine: ProcessInterrupts",
            ]
            row(
                t,
                "%s: terminating connection due to administrator command",
                40,
                "57P01: terminating connection due to administrator command",
                "\n".join(exc),
                f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                next(guest),
                NOP_URL + r.choice(products),
                "",
                node,
            )
    for k in range(2):
        t = at(9, 20, 50) + sec(r.uniform(0, 90))
        cid = r.choice(registered)
        ip = f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        node = ["web1", "web2"][k]
        exc = net_exc(
            [
                (
                    "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                    NOP_PLACE_FRAMES,
                ),
                (
                    "System.IO.EndOfStreamException: Attempted to read past the end of the stream.",
                    NPGSQL_READ_FRAMES[:1],
                ),
            ]
        )
        t = row(
            t,
            "Exception while reading from stream",
            40,
            "Exception while reading from stream",
            "\n".join(exc),
            ip,
            cid,
            NOP_URL + "/checkout/confirm",
            NOP_URL + "/checkout/confirm",
            node,
        )
        msg = "Error while placing order. Error 1: Exception while reading from stream. "
        row(
            t + sec(0.004),
            "Error while placing order. Error 1: Exception while reading from stream. ",
            40,
            msg,
            "",
            ip,
            cid,
            NOP_URL + "/checkout/confirm",
            NOP_URL + "/checkout/confirm",
            node,
        )
    for t in [at(9, 20, 57.3), at(9, 21, 57.9)]:
        exc = net_exc(
            [
                (
                    "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                    NPGSQL_READ_FRAMES + NOP_SEND_FRAMES[1:] + NOP_TASK_RUNNER_FRAMES,
                ),
                (
                    "System.IO.EndOfStreamException: Attempted to read past the end of the stream.",
                    NPGSQL_READ_FRAMES[:1],
                ),
            ]
        )
        msg = f'The "Send emails" scheduled task failed with the "Exception while reading from stream" error (Task type: "Nop.Services.Messages.QueueMessagesSendTask, Nop.Services". Store name: "{NOP_STORE}". Task run address: "{NOP_TASK_URL}").'
        row(
            t,
            'The "%s" scheduled task failed with the "Exception while reading from stream" error (Task type: "%s". Store name: "%s". Task run address: "%s").',
            40,
            msg,
            "\n".join(exc),
            NOP_NODES["web1"],
            3,
            NOP_TASK_URL,
            "",
            "web1",
        )
    # the resolver failing the hourly exchange-rate task at 10:00
    t = at(10, 0, 21.6)
    exc = net_exc(
        [
            (
                "System.Net.Http.HttpRequestException: Name or service not known (www.ecb.europa.eu:443)",
                NOP_DNS_FRAMES,
            ),
            (
                "System.Net.Sockets.SocketException (00000001, 11): Name or service not known",
                SOCKET_CONNECT_FRAMES[:2] + NOP_DNS_FRAMES[:1],
            ),
        ]
    )
    msg = f'The "Update currency exchange rates" scheduled task failed with the "Name or service not known (www.ecb.europa.eu:443)" error (Task type: "Nop.Services.Directory.UpdateExchangeRateTask, Nop.Services". Store name: "{NOP_STORE}". Task run address: "{NOP_TASK_URL}").'
    row(
        t,
        'The "%s" scheduled task failed with the "Name or service not known (%s)" error (Task type: "%s". Store name: "%s". Task run address: "%s").',
        40,
        msg,
        "\n".join(exc),
        NOP_NODES["web1"],
        3,
        NOP_TASK_URL,
        "",
        "web1",
    )
    # the ribbon plugin's null reference on a few products
    for _ in range(12):
        t = T0 + sec(r.uniform(0, 21500))
        exc = net_exc(
            [
                (
                    "System.NullReferenceException: Object reference not set to an instance of an object.",
                    NOP_NRE_FRAMES,
                )
            ]
        )
        row(
            t,
            "Object reference not set to an instance of an object.",
            40,
            "Object reference not set to an instance of an object.",
            "\n".join(exc),
            f"{r.randint(2, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            next(guest),
            NOP_URL + r.choice(["/gift-card-25", "/bundle-hiking-starter-kit"]),
            r.choice(["", NOP_URL + "/gifts"]),
            node_for(t),
        )
    # two oversized picture uploads in the admin
    for t in [at(11, 14, 3.2), at(11, 15, 48.9)]:
        exc = net_exc(
            [
                (
                    "Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes.",
                    NOP_BODY_FRAMES,
                )
            ]
        )
        row(
            t,
            "Request body too large. The max request body size is %s bytes.",
            40,
            "Request body too large. The max request body size is 30000000 bytes.",
            "\n".join(exc),
            "10.8.0.14",
            1,
            NOP_URL + "/Admin/Picture/AsyncUpload?qqfile=hero-summer-2024.png",
            NOP_URL + "/Admin/Product/Edit/4187",
            "web2",
        )
    logs = fs.logs(T0)
    # the Id column: the table's sequence, in insertion order
    ids = itertools.count(4812337)
    for log in logs:
        out = []
        for text, tid in log.lines:
            if text.startswith("\x00"):
                end = text.index("\x00", 1)
                text = str(next(ids)) + text[end + 1 :]
            out.append((text, tid))
        log.lines = out
    return logs


# ----------------------------------------------------------------------------- orchard-core

OC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUV"


def kestrel_id(n: int) -> str:
    """Kestrel's CorrelationIdGenerator: a 64-bit counter in 13 base-32 characters."""
    return "".join(OC_CHARS[(n >> (60 - 5 * i)) & 31] for i in range(13))


def orchard_id(r: random.Random) -> str:
    """OrchardCore's IdGenerator: 26 characters of lowercase base 32."""
    return "".join(r.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(26))


OC_LUCENE = "OrchardCore.Search.Lucene.IndexingBackgroundTask"
OC_OPENID = "OrchardCore.OpenId.Tasks.OpenIdBackgroundTask"
OC_BG = "OrchardCore.Modules.ModularBackgroundService"
OC_HANDLER = "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware"
OC_BG_FRAMES = [
    "OrchardCore.Modules.ModularBackgroundService.<>c__DisplayClass14_0.<<RunAsync>b__1>d.MoveNext()",
]
OC_LUCENE_FRAMES = [
    "Lucene.Net.Store.Lock.Obtain(Int64 lockWaitTimeout)",
    "Lucene.Net.Index.IndexWriter..ctor(Directory d, IndexWriterConfig conf)",
    "OrchardCore.Search.Lucene.LuceneIndexManager.Write(String indexName, Action`1 action, Boolean close)",
    "OrchardCore.Search.Lucene.LuceneIndexManager.DeleteDocumentsAsync(String indexName, IEnumerable`1 contentItemIds)",
    "OrchardCore.Search.Lucene.LuceneIndexingService.ProcessContentItemsAsync(String indexName)",
    "OrchardCore.Search.Lucene.IndexingBackgroundTask.DoWorkAsync(IServiceProvider serviceProvider, CancellationToken cancellationToken)",
    *OC_BG_FRAMES,
]
OC_YESSQL_FRAMES = [
    "YesSql.Session.CreateConnectionAsync()",
    "YesSql.Session.BeginTransactionAsync(IsolationLevel isolationLevel)",
    "YesSql.Session.DemandAsync()",
    "YesSql.Services.DefaultQuery.Query`1.FirstOrDefaultImpl()",
    "YesSql.Services.DefaultQuery.Query`1.FirstOrDefaultImpl()",
    "OrchardCore.Indexing.IndexingTaskManager.GetIndexingTasksAsync(Int64 afterTaskId, Int32 count)",
]
OC_REQ_DB_FRAMES = [
    "YesSql.Session.CreateConnectionAsync()",
    "YesSql.Session.BeginTransactionAsync(IsolationLevel isolationLevel)",
    "YesSql.Session.DemandAsync()",
    "YesSql.Services.DefaultQuery.Query`1.FirstOrDefaultImpl()",
    "OrchardCore.Autoroute.Services.AutorouteEntries.RefreshEntriesAsync(AutorouteStateDocument document)",
    "OrchardCore.Autoroute.Routing.AutorouteTransformer.TransformAsync(HttpContext httpContext, RouteValueDictionary values)",
    "Microsoft.AspNetCore.Mvc.Routing.DynamicControllerEndpointMatcherPolicy.ApplyAsync(HttpContext httpContext, CandidateSet candidates)",
    "Microsoft.AspNetCore.Routing.Matching.DfaMatcher.SelectEndpointWithPoliciesAsync(HttpContext httpContext, IEndpointSelectorPolicy[] policies, CandidateSet candidateSet)",
    "Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware.<Invoke>g__AwaitMatch|10_1(EndpointRoutingMiddleware middleware, HttpContext httpContext, Task matchTask)",
    "OrchardCore.Modules.ModularTenantRouterMiddleware.Invoke(HttpContext httpContext)",
    "OrchardCore.Modules.ModularTenantContainerMiddleware.<>c__DisplayClass4_0.<<Invoke>b__0>d.MoveNext()",
    "OrchardCore.Environment.Shell.Scope.ShellScope.UsingAsync(Func`2 execute, Boolean activateShell)",
    "OrchardCore.Environment.Shell.Scope.ShellScope.UsingAsync(Func`2 execute, Boolean activateShell)",
    "OrchardCore.Modules.ModularTenantContainerMiddleware.Invoke(HttpContext httpContext)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
OC_REDIS_FRAMES = [
    "StackExchange.Redis.ConnectionMultiplexer.ThrowFailed[T](TaskCompletionSource`1 source, Exception unthrownException)",
    "StackExchange.Redis.RedisDatabase.HashGetAsync(RedisKey key, RedisValue[] hashFields, CommandFlags flags)",
    "Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAndRefreshAsync(String key, Boolean getData, CancellationToken token)",
    "Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.GetAsync(String key, CancellationToken token)",
    "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions.GetStringAsync(IDistributedCache cache, String key, CancellationToken token)",
]
OC_REDIS_REQ_FRAMES = [
    *OC_REDIS_FRAMES[:4],
    "OrchardCore.Documents.DistributedDocumentCache.GetIdentifierAsync(String key)",
    "OrchardCore.Documents.DocumentManager`1.GetOrCreateImmutableAsync(Func`1 factoryAsync)",
    "OrchardCore.Settings.Services.SiteService.GetSiteSettingsAsync()",
    "OrchardCore.Mvc.ModularTenantRouterMiddleware.SetBaseUrlAsync(HttpContext httpContext)",
    "OrchardCore.Modules.ModularTenantContainerMiddleware.<>c__DisplayClass4_0.<<Invoke>b__0>d.MoveNext()",
    "OrchardCore.Environment.Shell.Scope.ShellScope.UsingAsync(Func`2 execute, Boolean activateShell)",
    "OrchardCore.Modules.ModularTenantContainerMiddleware.Invoke(HttpContext httpContext)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]
OC_DIST_FRAMES = [
    *OC_REDIS_FRAMES,
    "OrchardCore.Environment.Shell.Distributed.DistributedShellHostedService.ExecuteAsync(CancellationToken stoppingToken)",
]
OC_WF_FRAMES = [
    *HTTP_CONNECT_FRAMES,
    "OrchardCore.Workflows.Http.Activities.HttpRequestTask.ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext)",
    "OrchardCore.Workflows.Services.WorkflowManager.ExecuteWorkflowAsync(WorkflowExecutionContext workflowContext, ActivityRecord activity)",
]


def redis_msg(node: str, key: str, r: random.Random) -> str:
    return (
        f"No connection is active/available to service this operation: HMGET {key}; UnableToConnect on redis.internal:6379/Interactive, "
        f"Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: {r.randint(2, 9)}s ago, "
        f"last-write: {r.randint(2, 9)}s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, "
        f"global: 0s ago, v: 2.7.33.41805, mc: 1/1/0, mgr: 10 of 10 available, clientName: {node}(SE.Redis-v2.7.33.41805), "
        f"IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy={r.randint(1, 4)},Free={32767 - r.randint(1, 4)},Min=2,Max=32767), "
        f"POOL: (Threads={r.randint(7, 14)},QueuedItems=0,CompletedItems={r.randint(40000, 90000)},Timers={r.randint(14, 26)}), v: 2.7.33.41805"
    )


def orchard_core(r: random.Random) -> list[Log]:
    """Orchard Core 1.8 on two nodes (web1, web2) with two tenants (Default, careers), PostgreSQL
    and Redis (distributed tenants, cache), NLog's file target at Info with Microsoft's own Info
    lines dropped: the Lucene indexing task every minute on each node, OpenID's cleanup every 30
    minutes, logins; a rolling deploy at 07:20, the Lucene write lock held on the shared volume
    07:26-07:52 (web1), the database failing over 09:30-09:35, a workflow's CRM webhook refused
    10:15-10:40, Redis down 10:50-10:56."""
    fs = Files()
    # Kestrel seeds its counter with DateTime.UtcNow.Ticks at start-up
    counters = {
        "web1": 638533752000000000 + r.randint(0, 10**11),
        "web2": 638533753000000000 + r.randint(0, 10**11),
    }

    def nid(node: str) -> str:
        counters[node] += r.randint(1, 3)
        return kestrel_id(counters[node])

    def req_id(node: str) -> str:
        return f"{nid(node)}:{r.randint(1, 40):08X}"

    def L(
        node: str,
        t: datetime,
        label: str,
        tenant: str,
        trace: str,
        eid: str,
        logger: str,
        level: str,
        msg: str,
        exc: list[tuple[str, list[str]]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d}|{tenant}|{trace}|{eid}|{logger}|{level}|{msg} "
            if not exc:
                return [head]
            ts = net_exc(exc)
            st = [f if f.startswith("---") else "   at " + f for f in exc[0][1]]
            lines = [head + ts[0], *ts[1:]]
            if st:
                lines[-1] += " " + st[0]
                lines += st[1:]
            return lines

        return fs.add(f"{node}-orchard-log-2024-06-07.log", t, label, text, node, 100)

    ST = "Start processing background task '%s' on tenant '%s'."
    FI = "Finished processing background task '%s' on tenant '%s'."
    ER = "Error while processing background task '%s' on tenant '%s'."

    restarts = {"web2": at(7, 20, 5.3), "web1": at(7, 24, 11.8)}
    down = {n: (t, t + sec(16.5 + r.uniform(0, 3))) for n, t in restarts.items()}
    lucene_lock = (at(7, 26, 0), at(7, 52, 20))
    db_down = (at(9, 30, 5), at(9, 35, 40))
    redis_down = (at(10, 50, 10), at(10, 56, 30))

    def stop(node: str, t: datetime) -> None:
        t = L(
            node,
            t,
            "'%s' is stopping.",
            "",
            "",
            "",
            OC_BG,
            "INFO",
            "'ModularBackgroundService' is stopping.",
        )
        L(
            node,
            t + sec(0.0007),
            "'%s' is stopping.",
            "",
            "",
            "",
            "OrchardCore.Environment.Shell.Distributed.DistributedShellHostedService",
            "INFO",
            "'DistributedShellHostedService' is stopping.",
        )

    def start(node: str, t: datetime) -> None:
        t = L(
            node,
            t,
            "Start creation of shells",
            "",
            "",
            "",
            "OrchardCore.Environment.Shell.ShellHost",
            "INFO",
            "Start creation of shells",
        )
        t = L(
            node,
            t + sec(r.uniform(0.3, 0.9)),
            "Done pre-creating and registering shells",
            "",
            "",
            "",
            "OrchardCore.Environment.Shell.ShellHost",
            "INFO",
            "Done pre-creating and registering shells",
        )
        for tenant in ["Default", "careers"]:
            t = L(
                node,
                t + sec(r.uniform(1.5, 6.0)),
                "Storing keys in a directory '%s' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
                tenant,
                req_id(node),
                "60",
                "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository",
                "WARN",
                f"Storing keys in a directory '/app/App_Data/Sites/{tenant}/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
            )

    for node, t in restarts.items():
        stop(node, t)
        start(node, down[node][1])

    # the background service: each node polls every minute from its own start
    for node, phase in [("web1", 12.4), ("web2", 41.7)]:
        t = T0 + sec(phase)
        while t < T_END:
            if down[node][0] - sec(1) <= t < down[node][1] + sec(10):
                t = down[node][1] + sec(10.0 + r.uniform(0, 0.5))
                continue
            bg = nid(node)
            runs = [OC_LUCENE]
            if t.minute % 30 == 0:
                runs.append(OC_OPENID)
            tt = t
            for task in runs:
                tt = L(
                    node,
                    tt,
                    ST,
                    "Default",
                    bg,
                    "",
                    OC_BG,
                    "INFO",
                    f"Start processing background task '{task}' on tenant 'Default'.",
                )
                if task == OC_LUCENE and node == "web1" and lucene_lock[0] <= tt < lucene_lock[1]:
                    tt = L(
                        node,
                        tt + sec(1.0 + r.uniform(0, 0.02)),
                        ER
                        + " Lucene.Net.Store.LockObtainFailedException: Lock obtain timed out: %s",
                        "Default",
                        bg,
                        "",
                        OC_BG,
                        "ERROR",
                        f"Error while processing background task '{task}' on tenant 'Default'.",
                        [
                            (
                                "Lucene.Net.Store.LockObtainFailedException: Lock obtain timed out: NativeFSLock@/app/App_Data/Sites/Default/Lucene/Search/write.lock",
                                OC_LUCENE_FRAMES,
                            )
                        ],
                    )
                    continue
                if db_down[0] <= tt < db_down[1]:
                    tt = L(
                        node,
                        tt + sec(r.uniform(0.002, 0.02)),
                        ER + " Npgsql.NpgsqlException (0x80004005): Failed to connect to %s",
                        "Default",
                        bg,
                        "",
                        OC_BG,
                        "ERROR",
                        f"Error while processing background task '{task}' on tenant 'Default'.",
                        [
                            (
                                "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.4.21:5432",
                                NPGSQL_CONNECT_FRAMES + OC_YESSQL_FRAMES + OC_BG_FRAMES,
                            ),
                            (
                                "System.Net.Sockets.SocketException (111): Connection refused",
                                SOCKET_CONNECT_FRAMES + NPGSQL_CONNECT_FRAMES[:1],
                            ),
                        ],
                    )
                    continue
                dur = r.uniform(0.03, 0.4) if task == OC_LUCENE else r.uniform(0.05, 0.3)
                if task == OC_LUCENE and r.random() < 0.12:
                    dur = r.uniform(0.8, 3.5)
                tt = L(
                    node,
                    tt + sec(dur),
                    FI,
                    "Default",
                    bg,
                    "",
                    OC_BG,
                    "INFO",
                    f"Finished processing background task '{task}' on tenant 'Default'.",
                )
            t += sec(60 + r.uniform(-0.05, 0.35))

    def up(node: str, t: datetime) -> bool:
        return not (down[node][0] <= t < down[node][1] + sec(2))

    # logins and logouts (editors on Default, applicants on careers)
    for t in poisson(r, T0, T_END, 52.0):
        if t.hour < 7 and r.random() < 0.6:
            continue
        node = r.choice(["web1", "web2"])
        if not up(node, t) or in_any(t, [db_down, redis_down]):
            continue
        tenant = "Default" if r.random() < 0.45 else "careers"
        L(
            node,
            t,
            "User logged in.",
            tenant,
            req_id(node),
            "1",
            "OrchardCore.Users.Controllers.AccountController",
            "INFO",
            "User logged in.",
        )
    for t in poisson(r, T0, T_END, 330.0):
        node = r.choice(["web1", "web2"])
        if not up(node, t) or in_any(t, [db_down, redis_down]):
            continue
        tenant = "Default" if r.random() < 0.6 else "careers"
        L(
            node,
            t,
            "User logged out.",
            tenant,
            req_id(node),
            "4",
            "OrchardCore.Users.Controllers.AccountController",
            "INFO",
            "User logged out.",
        )

    # the database failing over: page requests fail on both nodes
    for node in ["web1", "web2"]:
        for t in poisson(r, db_down[0] + sec(2), db_down[1], 13.0):
            tenant = "Default" if r.random() < 0.7 else "careers"
            L(
                node,
                t,
                "An unhandled exception has occurred while executing the request. Npgsql.NpgsqlException (0x80004005): Failed to connect to %s",
                tenant,
                req_id(node),
                "1",
                OC_HANDLER,
                "ERROR",
                "An unhandled exception has occurred while executing the request.",
                [
                    (
                        "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.4.21:5432",
                        NPGSQL_CONNECT_FRAMES + OC_REQ_DB_FRAMES,
                    ),
                    (
                        "System.Net.Sockets.SocketException (111): Connection refused",
                        SOCKET_CONNECT_FRAMES + NPGSQL_CONNECT_FRAMES[:1],
                    ),
                ],
            )

    # the contact form's workflow posting to the CRM, refused 10:15-10:40
    wf_type = orchard_id(r)
    wf_act = orchard_id(r)
    for t in poisson(r, at(10, 15, 20), at(10, 40), 110.0):
        node = r.choice(["web1", "web2"])
        L(
            node,
            t,
            "An unhandled error occurred while executing an activity. Workflow ID: '%s'. Activity: '%s', '%s'. Putting the workflow in the faulted state. System.Net.Http.HttpRequestException: Connection refused (%s)",
            "Default",
            req_id(node),
            "",
            "OrchardCore.Workflows.Services.WorkflowManager",
            "ERROR",
            f"An unhandled error occurred while executing an activity. Workflow ID: '{wf_type}'. Activity: '{wf_act}', 'HttpRequestTask'. Putting the workflow in the faulted state.",
            [
                (
                    "System.Net.Http.HttpRequestException: Connection refused (crm.northwind.internal:443)",
                    OC_WF_FRAMES,
                ),
                (
                    "System.Net.Sockets.SocketException (111): Connection refused",
                    SOCKET_CONNECT_FRAMES + HTTP_CONNECT_FRAMES[:1],
                ),
            ],
        )

    # Redis down: the distributed shell service backs off (1 s doubling, logging until 60 s), requests fail
    for node in ["web1", "web2"]:
        t = redis_down[0] + sec(r.uniform(0.1, 0.9))
        idle = 1.0
        while idle < 60:
            t = L(
                node,
                t,
                "Unable to read the distributed cache before checking if a tenant has changed. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: %s",
                "",
                "",
                "",
                "OrchardCore.Environment.Shell.Distributed.DistributedShellHostedService",
                "ERROR",
                "Unable to read the distributed cache before checking if a tenant has changed.",
                [
                    (
                        "StackExchange.Redis.RedisConnectionException: "
                        + redis_msg(node, "SHELL_CHANGED_ID", r),
                        OC_DIST_FRAMES,
                    )
                ],
            )
            idle *= 2
            t += sec(idle + r.uniform(5.0, 5.1))
        for t in poisson(r, redis_down[0] + sec(1), redis_down[1], 16.0):
            tenant = "Default" if r.random() < 0.7 else "careers"
            L(
                node,
                t,
                "An unhandled exception has occurred while executing the request. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: %s",
                tenant,
                req_id(node),
                "1",
                OC_HANDLER,
                "ERROR",
                "An unhandled exception has occurred while executing the request.",
                [
                    (
                        "StackExchange.Redis.RedisConnectionException: "
                        + redis_msg(node, f"{tenant}_SiteSettings_ID", r),
                        OC_REDIS_REQ_FRAMES,
                    )
                ],
            )
    # an administrator enables a feature on careers while Redis is down: the reload's notice fails
    L(
        "web1",
        at(10, 53, 12.6),
        "Unable to update the distributed cache before reloading the tenant '%s'. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: %s",
        "careers",
        req_id("web1"),
        "",
        "OrchardCore.Environment.Shell.Distributed.DistributedShellHostedService",
        "ERROR",
        "Unable to update the distributed cache before reloading the tenant 'careers'.",
        [
            (
                "StackExchange.Redis.RedisConnectionException: "
                + redis_msg("web1", "careers_RELOAD_ID", r).replace("HMGET", "HSET"),
                [
                    "StackExchange.Redis.ConnectionMultiplexer.ThrowFailed[T](TaskCompletionSource`1 source, Exception unthrownException)",
                    "StackExchange.Redis.RedisDatabase.HashSetAsync(RedisKey key, HashEntry[] hashFields, CommandFlags flags)",
                    "Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)",
                    "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions.SetStringAsync(IDistributedCache cache, String key, String value, CancellationToken token)",
                    "OrchardCore.Environment.Shell.Distributed.DistributedShellHostedService.ReloadingAsync(String name)",
                ],
            )
        ],
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------- identityserver


def sl_json(v: object) -> str:
    """A value as Serilog's `:j` renders it inside a message (JSON; strings quoted and escaped)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(sl_json(x) for x in v) + "]"
    if isinstance(v, SlObj):
        return v.render()
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {sl_json(x)}" for k, x in v.items()) + "}"
    raise TypeError(v)


class SlObj:
    """A destructured object (`{@x}`): its properties in declaration order, then `$type`."""

    def __init__(self, typ: str, fields: list[tuple[str, object]]):
        self.typ = typ
        self.fields = fields

    def render(self) -> str:
        inner = ", ".join(f'"{k}": {sl_json(v)}' for k, v in self.fields)
        return "{" + inner + f', "$type": "{self.typ}"' + "}"

    def shape(self) -> str:
        inner = ", ".join(f'"{k}": %s' for k, _ in self.fields)
        return "{" + inner + f', "$type": "{self.typ}"' + "}"


IS_CLIENTS = {
    "portal": (
        "Northwind Portal",
        "https://portal.northwind.example/signin-oidc",
        "openid profile email orders.read orders.write offline_access",
    ),
    "hr-app": (
        "HR Self-Service",
        "https://hr.northwind.example/signin-oidc",
        "openid profile hr.api offline_access",
    ),
    "mobile": (
        "Northwind Mobile",
        "com.northwind.mobile:/oauthredirect",
        "openid profile orders.read offline_access",
    ),
}
IS_SERVICES = {
    "orders-api": ("Orders API", "inventory.read payments.write", "10.244.2.31"),
    "inventory-sync": ("Inventory Sync", "inventory.write", "10.244.1.44"),
    "notification-svc": ("Notification Service", "customers.read", "10.244.3.18"),
    "reporting-job": ("Nightly Reporting", "orders.read customers.read", "10.244.1.52"),
    "billing-worker": ("Billing Worker", "payments.read invoices.write", "10.244.2.60"),
}
IS_USERS = [
    "anna.keller",
    "b.schmidt",
    "carla.romero",
    "d.okafor",
    "emma.lindqvist",
    "f.nakamura",
    "g.petrov",
    "hannah.weiss",
    "i.moreau",
    "j.kowalski",
    "k.hansen",
    "l.ferreira",
    "m.dubois",
    "n.rossi",
    "o.yilmaz",
    "p.novak",
    "q.chen",
    "r.gupta",
    "s.muller",
    "t.andersen",
]
IS_INGRESS = ["10.244.0.12", "10.244.3.9"]
IS_EP = "Duende.IdentityServer.Endpoints."
IS_EF_FRAMES = [
    *NPGSQL_CONNECT_FRAMES,
    "Npgsql.NpgsqlConnection.Open(Boolean async, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Query.Internal.SplitQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.<>c__DisplayClass30_0`2.<ExecuteAsync>b__0(DbContext _, TState s, CancellationToken ct)",
    "Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.ExecuteImplementationAsync[TState,TResult](Func`4 operation, Func`4 verifySucceeded, TState state, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Query.Internal.SplitQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
]
IS_STORE_FRAMES = [
    "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync[TSource](IQueryable`1 source, CancellationToken cancellationToken)",
    "Duende.IdentityServer.EntityFramework.Stores.ClientStore.FindClientByIdAsync(String clientId)",
    "Duende.IdentityServer.Stores.ValidatingClientStore`1.FindClientByIdAsync(String clientId)",
    "Duende.IdentityServer.Stores.IClientStoreExtensions.FindEnabledClientByIdAsync(IClientStore store, String clientId)",
    "Duende.IdentityServer.Validation.ClientSecretValidator.ValidateAsync(HttpContext context)",
    "Duende.IdentityServer.Endpoints.TokenEndpoint.ProcessTokenRequestAsync(HttpContext context)",
    "Duende.IdentityServer.Endpoints.TokenEndpoint.ProcessAsync(HttpContext context)",
    "Duende.IdentityServer.Hosting.IdentityServerMiddleware.Invoke(HttpContext context, IdentityServerOptions options, IEndpointRouter router, IUserSession userSession, IEventService events, IIssuerNameService issuerNameService, ISessionCoordinationService sessionCoordinationService)",
]


def identityserver(r: random.Random) -> list[Log]:
    """Duende IdentityServer 7.0 with ASP.NET Identity on PostgreSQL, two pods behind an ingress,
    Serilog's console sink with the Duende templates' output template and all four event kinds
    raised: interactive logins to two web apps, refresh tokens, services' client credentials, a
    reporting job asking for a token every three minutes; a portal release with an http
    redirect_uri 08:05-08:40, the billing worker deployed with an old secret 09:10-09:55, the
    mobile app replaying one-time refresh tokens, the database failing over 10:30-10:33, a rolling
    update at 11:04-11:06 (new pods, new files)."""
    fs = Files()
    old = ["identity-7c9d8f6b5-h4k2m", "identity-7c9d8f6b5-wq9rt"]
    new = ["identity-5d6f9b8c7-x7p2n", "identity-5d6f9b8c7-bk4sd"]
    ips = {
        old[0]: "10.244.1.23",
        old[1]: "10.244.2.17",
        new[0]: "10.244.3.41",
        new[1]: "10.244.1.58",
    }
    conn = {
        p: 638533700000000000 + i * 10**10 + r.randint(0, 10**9) for i, p in enumerate(old + new)
    }
    # the rolling update: new[0] ready at 11:04:55, old[0] stops 11:05:00, new[1] ready 11:05:25, old[1] stops 11:05:31
    new0_up, old0_down, new1_up, old1_down = (
        at(11, 4, 55),
        at(11, 5, 0),
        at(11, 5, 25),
        at(11, 5, 31),
    )
    db_down = (at(10, 30, 2), at(10, 33, 10))

    def pods(t: datetime) -> list[str]:
        out = []
        if t < old0_down:
            out.append(old[0])
        if t < old1_down:
            out.append(old[1])
        if t >= new0_up:
            out.append(new[0])
        if t >= new1_up:
            out.append(new[1])
        return out

    def pod(t: datetime) -> str:
        return r.choice(pods(t))

    def activity(p: str) -> str:
        conn[p] += r.randint(1, 4)
        return f"{kestrel_id(conn[p])}:{r.randint(1, 12):08X}"

    def E(
        p: str,
        t: datetime,
        label: str,
        level: str,
        ctx: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [f"[{x:%H:%M:%S} {level}] {ctx}", *msg.split("\n"), *(exc or []), ""],
            p,
            1_000_000,
        )

    def base(
        cat: str,
        name: str,
        etype: str,
        eid: int,
        message: str | None,
        act: str,
        t: datetime,
        p: str,
        remote: str,
    ) -> list[tuple[str, object]]:
        return [
            ("Category", cat),
            ("Name", name),
            ("EventType", etype),
            ("Id", eid),
            ("Message", message),
            ("ActivityId", act),
            ("TimeStamp", f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}0Z"),
            ("ProcessId", 1),
            ("LocalIpAddress", f"{ips[p]}:8080"),
            ("RemoteIpAddress", remote),
        ]

    def event(p: str, t: datetime, obj: SlObj) -> datetime:
        return E(
            p,
            t,
            obj.shape(),
            "Information",
            "Duende.IdentityServer.Events.DefaultEventService",
            obj.render(),
        )

    INV = "Invoking IdentityServer endpoint: %s for %s"

    def invoke(p: str, t: datetime, ep: str, path: str) -> datetime:
        return E(
            p,
            t,
            INV,
            "Information",
            "Duende.IdentityServer.Hosting.IdentityServerMiddleware",
            f"Invoking IdentityServer endpoint: {IS_EP}{ep} for {path}",
        )

    def token_value(r: random.Random) -> str:
        return "****" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(4)
        )

    def token_issued(
        p: str,
        t: datetime,
        act: str,
        remote: str,
        cid: str,
        name: str,
        redirect: str | None,
        endpoint: str,
        sub: str | None,
        scopes: str,
        grant: str,
        tokens: list[str],
    ) -> datetime:
        obj = SlObj(
            "TokenIssuedSuccessEvent",
            [
                ("ClientId", cid),
                ("ClientName", name),
                ("RedirectUri", redirect),
                ("Endpoint", endpoint),
                ("SubjectId", sub),
                ("Scopes", scopes),
                ("GrantType", grant),
                (
                    "Tokens",
                    [
                        SlObj("Token", [("TokenType", tt), ("TokenValue", token_value(r))])
                        for tt in tokens
                    ],
                ),
                *base("Token", "Token Issued Success", "Success", 2000, None, act, t, p, remote),
            ],
        )
        return event(p, t, obj)

    def token_failed(
        p: str,
        t: datetime,
        act: str,
        remote: str,
        cid: str,
        name: str,
        redirect: str | None,
        endpoint: str,
        sub: str | None,
        scopes: str | None,
        grant: str | None,
        error: str,
        desc: str | None,
    ) -> datetime:
        obj = SlObj(
            "TokenIssuedFailureEvent",
            [
                ("ClientId", cid),
                ("ClientName", name),
                ("RedirectUri", redirect),
                ("Endpoint", endpoint),
                ("SubjectId", sub),
                ("Scopes", scopes),
                ("GrantType", grant),
                ("Error", error),
                ("ErrorDescription", desc),
                *base("Token", "Token Issued Failure", "Failure", 2001, None, act, t, p, remote),
            ],
        )
        return event(p, t, obj)

    def client_auth_ok(
        p: str, t: datetime, act: str, remote: str, cid: str, method: str
    ) -> datetime:
        obj = SlObj(
            "ClientAuthenticationSuccessEvent",
            [
                ("ClientId", cid),
                ("AuthenticationMethod", method),
                *base(
                    "Authentication",
                    "Client Authentication Success",
                    "Success",
                    1010,
                    None,
                    act,
                    t,
                    p,
                    remote,
                ),
            ],
        )
        return event(p, t, obj)

    def db_failure(p: str, t: datetime, act: str, remote: str) -> datetime:
        npg = [
            (
                "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.6.15:5432",
                NPGSQL_CONNECT_FRAMES
                + IS_EF_FRAMES[len(NPGSQL_CONNECT_FRAMES) :]
                + IS_STORE_FRAMES,
            ),
            (
                "System.Net.Sockets.SocketException (111): Connection refused",
                SOCKET_CONNECT_FRAMES + NPGSQL_CONNECT_FRAMES[:1],
            ),
        ]
        exc = net_exc(npg)
        t = E(
            p,
            t,
            "An exception occurred while iterating over the results of a query for context type '%s'.%s%s",
            "Error",
            "Microsoft.EntityFrameworkCore.Query",
            "An exception occurred while iterating over the results of a query for context type 'Duende.IdentityServer.EntityFramework.DbContexts.ConfigurationDbContext'.\n"
            + "\n".join(exc),
            exc,
        )
        obj = SlObj(
            "UnhandledExceptionEvent",
            [
                ("Details", "\n".join(exc)),
                *base(
                    "Error",
                    "Unhandled Exception",
                    "Error",
                    3000,
                    "Failed to connect to 10.0.6.15:5432",
                    act,
                    t,
                    p,
                    remote,
                ),
            ],
        )
        t = event(p, t + sec(0.01), obj)
        t = E(
            p,
            t + sec(0.01),
            "Unhandled exception: %s",
            "Fatal",
            "Duende.IdentityServer.Hosting.IdentityServerMiddleware",
            "Unhandled exception: Failed to connect to 10.0.6.15:5432",
            exc,
        )
        cid, _req = act.split(":")
        return E(
            p,
            t + sec(0.01),
            'Connection id "%s", Request id "%s": An unhandled exception was thrown by the application.',
            "Error",
            "Microsoft.AspNetCore.Server.Kestrel",
            f'Connection id "{cid}", Request id "{act}": An unhandled exception was thrown by the application.',
            exc,
        )

    # ---- client credentials: services refresh their tokens hourly, the reporting job every 3 minutes
    def client_credentials(t: datetime, cid: str) -> None:
        name, scopes, remote = IS_SERVICES[cid]
        p = pod(t)
        act = activity(p)
        t = invoke(p, t, "TokenEndpoint", "/connect/token")
        if in_any(t, [db_down]):
            db_failure(p, t + sec(0.02), act, remote)
            return
        if cid == "billing-worker" and at(9, 10, 30) <= t < at(9, 55, 40):
            t = E(
                p,
                t + sec(0.02),
                "Client secret validation failed for client: %s.",
                "Error",
                "Duende.IdentityServer.Validation.ClientSecretValidator",
                f"Client secret validation failed for client: {cid}.",
            )
            obj = SlObj(
                "ClientAuthenticationFailureEvent",
                [
                    ("ClientId", cid),
                    *base(
                        "Authentication",
                        "Client Authentication Failure",
                        "Failure",
                        1011,
                        "Invalid client secret",
                        act,
                        t,
                        p,
                        remote,
                    ),
                ],
            )
            event(p, t + sec(0.01), obj)
            return
        t = client_auth_ok(p, t + sec(0.01), act, remote, cid, "SharedSecret")
        token_issued(
            p,
            t + sec(0.02),
            act,
            remote,
            cid,
            name,
            None,
            "Token",
            None,
            scopes,
            "client_credentials",
            ["access_token"],
        )

    for cid in IS_SERVICES:
        if cid == "reporting-job":
            continue
        for _inst in range(2 if cid != "billing-worker" else 1):
            t = T0 + sec(r.uniform(0, 3300))
            while t < T_END:
                client_credentials(t, cid)
                t += sec(3300 + r.uniform(0, 240))
    t = T0 + sec(r.uniform(5, 60))
    while t < T_END:
        client_credentials(t, "reporting-job")
        t += sec(180 + r.uniform(-0.4, 0.9))
    # billing-worker with the old secret retries every minute 09:10-09:55
    t = at(9, 10, 31.5)
    while t < at(9, 55, 40):
        client_credentials(t, "billing-worker")
        t += sec(60 + r.uniform(0, 2))

    # ---- interactive logins
    subjects = {u: uuid4(r) for u in IS_USERS}

    def login(t: datetime, user: str, cid: str, fail_first: bool) -> None:
        name, redirect, scopes = IS_CLIENTS[cid]
        remote = r.choice(IS_INGRESS)
        p = pod(t)
        act = activity(p)
        t = invoke(p, t, "AuthorizeEndpoint", "/connect/authorize")
        if in_any(t, [db_down]):
            db_failure(p, t + sec(0.02), act, remote)
            return
        t += sec(r.uniform(6, 30))
        if fail_first:
            p = pod(t)
            act = activity(p)
            obj = SlObj(
                "UserLoginFailureEvent",
                [
                    ("Username", user),
                    ("Endpoint", "UI"),
                    ("ClientId", cid),
                    *base(
                        "Authentication",
                        "User Login Failure",
                        "Failure",
                        1001,
                        "invalid credentials",
                        act,
                        t,
                        p,
                        remote,
                    ),
                ],
            )
            event(p, t, obj)
            t += sec(r.uniform(8, 25))
        if in_any(t, [db_down]):
            return
        p = pod(t)
        act = activity(p)
        obj = SlObj(
            "UserLoginSuccessEvent",
            [
                ("Provider", None),
                ("ProviderUserId", None),
                ("SubjectId", subjects[user]),
                ("Username", user),
                ("Endpoint", "UI"),
                ("ClientId", cid),
                *base(
                    "Authentication", "User Login Success", "Success", 1000, None, act, t, p, remote
                ),
            ],
        )
        t = event(p, t, obj)
        t = E(
            p,
            t + sec(0.01),
            "AuthenticationScheme: %s signed in.",
            "Information",
            "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationHandler",
            "AuthenticationScheme: Identity.Application signed in.",
        )
        t += sec(r.uniform(0.2, 0.9))
        p = pod(t)
        act = activity(p)
        t = invoke(p, t, "AuthorizeCallbackEndpoint", "/connect/authorize/callback")
        t = token_issued(
            p,
            t + sec(0.05),
            act,
            remote,
            cid,
            name,
            redirect,
            "Authorize",
            subjects[user],
            scopes,
            "authorization_code",
            ["code"],
        )
        t += sec(r.uniform(0.3, 1.4))
        p = pod(t)
        act = activity(p)
        t = invoke(p, t, "TokenEndpoint", "/connect/token")
        t = client_auth_ok(
            p, t + sec(0.01), act, remote, cid, "SharedSecret" if cid != "mobile" else "NoSecret"
        )
        t = token_issued(
            p,
            t + sec(0.03),
            act,
            remote,
            cid,
            name,
            redirect,
            "Token",
            subjects[user],
            scopes,
            "authorization_code",
            ["id_token", "access_token", "refresh_token"],
        )
        t += sec(r.uniform(0.2, 0.8))
        p = pod(t)
        invoke(p, t, "UserInfoEndpoint", "/connect/userinfo")

    for t in poisson(r, T0 + sec(120), T_END, 200.0):
        if in_any(t, [(old0_down - sec(60), new1_up + sec(30))]):
            continue
        if at(8, 5) <= t < at(8, 40) and r.random() < 0.7:
            continue  # the portal's logins are the broken ones in that window
        user = r.choice(IS_USERS)
        cid = weighted(r, [(6, "portal"), (3, "hr-app"), (1, "mobile")])
        login(t, user, cid, r.random() < 0.22)

    # ---- the portal's release sending an http redirect_uri 08:05-08:40
    for t in poisson(r, at(8, 5, 20), at(8, 40), 46.0):
        name, redirect, scopes = IS_CLIENTS["portal"]
        bad = redirect.replace("https://", "http://")
        p = pod(t)
        act = activity(p)
        remote = r.choice(IS_INGRESS)
        t = invoke(p, t, "AuthorizeEndpoint", "/connect/authorize")
        details = SlObj(
            "AuthorizeRequestValidationLog",
            [
                ("ClientId", "portal"),
                ("ClientName", name),
                ("RedirectUri", None),
                ("AllowedRedirectUris", [redirect]),
                ("SubjectId", "anonymous"),
                ("ResponseType", None),
                ("ResponseMode", None),
                ("GrantType", None),
                ("RequestedScopes", ""),
                ("State", None),
                ("UiLocales", None),
                ("Nonce", None),
                ("AuthenticationContextReferenceClasses", None),
                ("DisplayMode", None),
                ("PromptMode", ""),
                ("MaxAge", None),
                ("LoginHint", None),
                ("SessionId", None),
                (
                    "Raw",
                    {
                        "client_id": "portal",
                        "redirect_uri": bad,
                        "response_type": "code",
                        "scope": scopes,
                        "code_challenge": "".join(
                            r.choice(
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                            )
                            for _ in range(43)
                        ),
                        "code_challenge_method": "S256",
                        "response_mode": "form_post",
                        "nonce": hexid(r, 32),
                        "state": "CfDJ8"
                        + "".join(
                            r.choice(
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                            )
                            for _ in range(40)
                        ),
                        "x-client-SKU": "ID_NET8_0",
                        "x-client-ver": "7.1.2.0",
                    },
                ),
            ],
        )
        t = E(
            p,
            t + sec(0.01),
            "Invalid redirect_uri: %s " + details.shape(),
            "Error",
            "Duende.IdentityServer.Validation.AuthorizeRequestValidator",
            f"Invalid redirect_uri: {bad}\n{details.render()}",
        )
        t = E(
            p,
            t + sec(0.01),
            "Request validation failed",
            "Error",
            "Duende.IdentityServer.Endpoints.AuthorizeEndpoint",
            "Request validation failed",
        )
        t = E(
            p,
            t + sec(0.01),
            details.shape(),
            "Information",
            "Duende.IdentityServer.Endpoints.AuthorizeEndpoint",
            details.render(),
        )
        token_failed(
            p,
            t + sec(0.01),
            act,
            remote,
            "portal",
            name,
            None,
            "Authorize",
            None,
            None,
            None,
            "invalid_request",
            "Invalid redirect_uri",
        )

    # ---- refresh tokens: the web apps' back ends, and the mobile app (one-time tokens)
    for t in poisson(r, T0, T_END, 95.0):
        if in_any(
            t, [(old0_down - sec(5), old0_down + sec(5)), (old1_down - sec(5), old1_down + sec(5))]
        ):
            continue
        cid = weighted(r, [(5, "portal"), (2, "hr-app"), (3, "mobile")])
        name, redirect, scopes = IS_CLIENTS[cid]
        remote = (
            r.choice(IS_INGRESS) if cid == "mobile" else r.choice(["10.244.2.77", "10.244.3.25"])
        )
        p = pod(t)
        act = activity(p)
        t = invoke(p, t, "TokenEndpoint", "/connect/token")
        if in_any(t, [db_down]):
            db_failure(p, t + sec(0.02), act, remote)
            continue
        t = client_auth_ok(
            p, t + sec(0.01), act, remote, cid, "SharedSecret" if cid != "mobile" else "NoSecret"
        )
        if cid == "mobile" and r.random() < 0.3:
            t = E(
                p,
                t + sec(0.01),
                "Invalid refresh token",
                "Warning",
                "Duende.IdentityServer.Services.DefaultRefreshTokenService",
                "Invalid refresh token",
            )
            vlog = SlObj(
                "TokenRequestValidationLog",
                [
                    ("ClientId", cid),
                    ("ClientName", name),
                    ("GrantType", "refresh_token"),
                    ("Scopes", None),
                    ("AuthorizationCode", "********"),
                    ("RefreshToken", token_value(r)),
                    ("UserName", None),
                    ("AuthenticationContextReferenceClasses", None),
                    ("Tenant", None),
                    ("IdP", None),
                    (
                        "Raw",
                        {
                            "grant_type": "refresh_token",
                            "refresh_token": "***REDACTED***",
                            "client_id": cid,
                        },
                    ),
                ],
            )
            t = E(
                p,
                t + sec(0.01),
                "Refresh token validation failed. aborting, " + vlog.shape(),
                "Warning",
                "Duende.IdentityServer.Validation.TokenRequestValidator",
                "Refresh token validation failed. aborting, " + vlog.render(),
            )
            token_failed(
                p,
                t + sec(0.01),
                act,
                remote,
                cid,
                name,
                None,
                "Token",
                None,
                None,
                "refresh_token",
                "invalid_grant",
                None,
            )
            continue
        user = r.choice(IS_USERS)
        token_issued(
            p,
            t + sec(0.02),
            act,
            remote,
            cid,
            name,
            None,
            "Token",
            subjects[user],
            scopes,
            "refresh_token",
            ["access_token", "refresh_token"] if cid == "mobile" else ["access_token"],
        )

    # ---- the rolling update
    def stopping(p: str, t: datetime) -> None:
        E(
            p,
            t,
            "Application is shutting down...",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Application is shutting down...",
        )

    def starting(p: str, t: datetime) -> None:
        t = E(
            p,
            t,
            "Starting Duende IdentityServer version %s (%s)",
            "Information",
            "Duende.IdentityServer.Startup",
            "Starting Duende IdentityServer version 7.0.5+2b0b4d4a7f5cbd87d69c5f3f0ef2d0e1f8b39e29 (.NET 8.0.6)",
        )
        t = E(
            p,
            t + sec(0.01),
            "Using explicitly configured authentication scheme %s for IdentityServer",
            "Information",
            "Duende.IdentityServer.Startup",
            "Using explicitly configured authentication scheme Identity.Application for IdentityServer",
        )
        t = E(
            p,
            t + sec(0.4),
            "Now listening on: %s",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Now listening on: http://[::]:8080",
        )
        t = E(
            p,
            t + sec(0.01),
            "Application started. Press Ctrl+C to shut down.",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = E(
            p,
            t + sec(0.01),
            "Hosting environment: %s",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Hosting environment: Production",
        )
        E(
            p,
            t + sec(0.01),
            "Content root path: %s",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Content root path: /app",
        )

    starting(new[0], new0_up - sec(9.2))
    stopping(old[0], old0_down)
    starting(new[1], new1_up - sec(8.7))
    stopping(old[1], old1_down)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- hangfire

HF_STORAGE = "SQL Server: sql-ag-listener.internal@Fulfilment"
HF_DISPATCHERS = "ServerWatchdog, ServerJobCancellationWatcher, ExpirationManager, CountersAggregator, SqlServerHeartbeatProcess, Worker, DelayedJobScheduler, RecurringJobScheduler"
HF_PERFORM_FRAMES = [
    "Hangfire.Server.CoreBackgroundJobPerformer.InvokeMethod(PerformContext context, Object instance, Object[] arguments)",
    "Hangfire.Server.CoreBackgroundJobPerformer.PerformJobWithArguments(PerformContext context, Object[] arguments)",
    "Hangfire.Server.CoreBackgroundJobPerformer.Perform(PerformContext context)",
    "Hangfire.Server.BackgroundJobPerformer.<>c__DisplayClass11_0.<PerformJobWithFilters>b__0()",
    "Hangfire.Server.BackgroundJobPerformer.InvokePerformFilter(IServerFilter filter, PerformingContext preContext, Func`1 continuation)",
    "Hangfire.Server.BackgroundJobPerformer.PerformJobWithFilters(PerformContext context, IEnumerable`1 filters)",
    "Hangfire.Server.BackgroundJobPerformer.Perform(PerformContext context)",
    "Hangfire.Server.Worker.PerformJob(BackgroundProcessContext context, IStorageConnection connection, String jobId, BackgroundJob backgroundJob, Object& customData)",
]
HF_SQL_OPEN_FRAMES = [
    "Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
    "Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
    "Microsoft.Data.SqlClient.TdsParser.Connect(ServerInfo serverInfo, SqlInternalConnectionTds connHandler, TimeoutTimer timeout, SqlConnectionString connectionOptions, Boolean withFailover)",
    "Microsoft.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin(ServerInfo serverInfo, String newPassword, SecureString newSecurePassword, TimeoutTimer timeout, Boolean withFailover)",
    "Microsoft.Data.SqlClient.SqlInternalConnectionTds.LoginNoFailover(ServerInfo serverInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance, SqlConnectionString connectionOptions, SqlCredential credential, TimeoutTimer timeout)",
    "Microsoft.Data.SqlClient.SqlInternalConnectionTds.OpenLoginEnlist(TimeoutTimer timeout, SqlConnectionString connectionOptions, SqlCredential credential, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance)",
    "Microsoft.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, SqlCredential credential, Object providerInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance, SqlConnectionString userConnectionOptions, SessionData reconnectSessionData, Boolean applyTransientFaultHandling, String accessToken, DbConnectionPool pool, Func`3 accessTokenCallback)",
    "Microsoft.Data.SqlClient.SqlConnectionFactory.CreateConnection(DbConnectionOptions options, DbConnectionPoolKey poolKey, Object poolGroupProviderInfo, DbConnectionPool pool, DbConnection owningConnection, DbConnectionOptions userOptions)",
    "Microsoft.Data.ProviderBase.DbConnectionFactory.CreatePooledConnection(DbConnectionPool pool, DbConnection owningObject, DbConnectionOptions options, DbConnectionPoolKey poolKey, DbConnectionOptions userOptions)",
    "Microsoft.Data.ProviderBase.DbConnectionPool.CreateObject(DbConnection owningObject, DbConnectionOptions userOptions, DbConnectionInternal oldConnection)",
    "Microsoft.Data.ProviderBase.DbConnectionPool.UserCreateRequest(DbConnection owningObject, DbConnectionOptions userOptions, DbConnectionInternal oldConnection)",
    "Microsoft.Data.ProviderBase.DbConnectionPool.TryGetConnection(DbConnection owningObject, UInt32 waitForMultipleObjectsTimeout, Boolean allowCreate, Boolean onlyOneCheckConnection, DbConnectionOptions userOptions, DbConnectionInternal& connection)",
    "Microsoft.Data.ProviderBase.DbConnectionFactory.TryGetConnection(DbConnection owningConnection, TaskCompletionSource`1 retry, DbConnectionOptions userOptions, DbConnectionInternal oldConnection, DbConnectionInternal& connection)",
    "Microsoft.Data.ProviderBase.DbConnectionInternal.TryOpenConnectionInternal(DbConnection outerConnection, DbConnectionFactory connectionFactory, TaskCompletionSource`1 retry, DbConnectionOptions userOptions)",
    "Microsoft.Data.SqlClient.SqlConnection.TryOpen(TaskCompletionSource`1 retry, SqlConnectionOverrides overrides)",
    "Microsoft.Data.SqlClient.SqlConnection.Open(SqlConnectionOverrides overrides)",
    "Hangfire.SqlServer.SqlServerStorage.CreateAndOpenConnection()",
]
HF_SQL_CALLERS = {
    "Worker": [
        "Hangfire.SqlServer.SqlServerStorage.UseConnection[T](DbConnection dedicatedConnection, Func`2 func)",
        "Hangfire.SqlServer.SqlServerJobQueue.DequeueUsingSlidingInvisibilityTimeout(String[] queues, CancellationToken cancellationToken)",
        "Hangfire.SqlServer.SqlServerJobQueue.Dequeue(String[] queues, CancellationToken cancellationToken)",
        "Hangfire.SqlServer.SqlServerConnection.FetchNextJob(String[] queues, CancellationToken cancellationToken)",
        "Hangfire.Server.Worker.Execute(BackgroundProcessContext context)",
    ],
    "DelayedJobScheduler": [
        "Hangfire.SqlServer.SqlServerStorage.UseConnection[T](DbConnection dedicatedConnection, Func`2 func)",
        "Hangfire.SqlServer.SqlServerConnection.GetFirstByLowestScoreFromSet(String key, Double fromScore, Double toScore, Int32 count)",
        "Hangfire.Server.DelayedJobScheduler.EnqueueNextScheduledJobs(BackgroundProcessContext context)",
        "Hangfire.Server.DelayedJobScheduler.Execute(BackgroundProcessContext context)",
    ],
    "RecurringJobScheduler": [
        "Hangfire.SqlServer.SqlServerStorage.UseConnection[T](DbConnection dedicatedConnection, Func`2 func)",
        "Hangfire.SqlServer.SqlServerConnection.GetFirstByLowestScoreFromSet(String key, Double fromScore, Double toScore, Int32 count)",
        "Hangfire.Server.RecurringJobScheduler.EnqueueNextRecurringJobs(BackgroundProcessContext context)",
        "Hangfire.Server.RecurringJobScheduler.Execute(BackgroundProcessContext context)",
    ],
    "ServerJobCancellationWatcher": [
        "Hangfire.SqlServer.SqlServerStorage.UseConnection[T](DbConnection dedicatedConnection, Func`2 func)",
        "Hangfire.SqlServer.SqlServerMonitoringApi.GetJobsOnServer(String serverId)",
        "Hangfire.Server.ServerJobCancellationWatcher.Execute(BackgroundProcessContext context)",
    ],
    "ServerHeartbeatProcess": [
        "Hangfire.SqlServer.SqlServerStorage.UseConnection[T](DbConnection dedicatedConnection, Func`2 func)",
        "Hangfire.SqlServer.SqlServerConnection.Heartbeat(String serverId)",
        "Hangfire.Server.ServerHeartbeatProcess.Execute(BackgroundProcessContext context)",
    ],
}
HF_EXEC_TAIL = [
    "Hangfire.Server.BackgroundProcessDispatcherBuilder.ExecuteProcess(Guid executionId, Object state)",
    "Hangfire.Processing.BackgroundExecution.Run(Action`2 callback, Object state)",
]
HF_SQL_REFUSED = "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server: Connection refused)"
HF_WAREHOUSES = ["DE-HAM-1", "PL-POZ-1"]


def hf_ms(x: float) -> str:
    """Stopwatch.Elapsed.TotalMilliseconds: ticks of 100 ns, so up to four decimals."""
    return f"{x:.4f}".rstrip("0").rstrip(".")


def sql_exc(r: random.Random, callers: list[str]) -> list[str]:
    lines = net_exc(
        [
            (HF_SQL_REFUSED, HF_SQL_OPEN_FRAMES + callers),
            ("System.ComponentModel.Win32Exception (111): Connection refused", []),
        ]
    )
    # SqlException.ToString() appends the connection id and the error numbers
    return [
        *lines,
        "ClientConnectionId:00000000-0000-0000-0000-000000000000",
        "Error Number:40,State:1,Class:20",
    ]


def hangfire(r: random.Random) -> list[Log]:
    """Two job servers (jobs-01, jobs-02) of an order fulfilment back end: Hangfire 1.8 on SQL
    Server in a .NET 8 generic host, Serilog's file sink (`{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}
    [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}`): order confirmations and
    invoice PDFs for every order, the ERP inventory sync every 5 minutes, hourly exchange rates and
    cart cleanup; the mail API rate-limiting 07:30-08:05 (AutomaticRetry's warnings), jobs-02
    OOM-killed at 08:45 (the watchdog removing it), the SQL Server availability group failing over
    09:30-09:33 (every execution in the Failed state, heartbeats failing, recovery), the ERP
    credentials expiring at 10:20 (retries, then the job failed), a cart cleanup timing out at
    11:00, a deploy at 11:30 (graceful stops and starts)."""
    fs = Files()
    servers = ["jobs-01", "jobs-02"]
    lives: dict[str, list[tuple[datetime, int, str]]] = {h: [] for h in servers}

    def life(h: str, t: datetime) -> tuple[datetime, int, str]:
        last = lives[h][0]
        for x in lives[h]:
            if x[0] <= t:
                last = x
        return last

    def S(
        h: str,
        t: datetime,
        label: str,
        level: str,
        ctx: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-20240607.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} +00:00 [{level}] {ctx}: {msg.split(chr(10))[0]}",
                *msg.split("\n")[1:],
                *(exc or []),
            ],
            (h, life(h, t)[1]),
            1000,
        )

    def server_name(h: str, t: datetime) -> str:
        return f"Server {life(h, t)[2]}"

    BSP = "Hangfire.Server.BackgroundServerProcess"

    def start(h: str, t: datetime, pid: int) -> datetime:
        lives[h].append((t, pid, f"{h}:{pid}:{hexid(r, 8)}"))
        lives[h].sort()
        t0 = t
        t = S(
            h,
            t,
            "Starting Hangfire Server using job storage: '%s'",
            "INF",
            "Hangfire.BackgroundJobServer",
            f"Starting Hangfire Server using job storage: '{HF_STORAGE}'",
        )
        t = S(
            h,
            t + sec(0.001),
            "Using the following options for SQL Server job storage: Queue poll interval: %s.",
            "INF",
            "Hangfire.BackgroundJobServer",
            "Using the following options for SQL Server job storage: Queue poll interval: 00:00:00.",
        )
        t = S(
            h,
            t + sec(0.001),
            "Using the following options for Hangfire Server:\\r\\n    Worker count: %s\\r\\n    Listening queues: %s\\r\\n    Shutdown timeout: %s\\r\\n    Schedule polling interval: %s",
            "INF",
            "Hangfire.BackgroundJobServer",
            "Using the following options for Hangfire Server:\r\n    Worker count: 10\r\n    Listening queues: 'critical', 'default'\r\n    Shutdown timeout: 00:00:15\r\n    Schedule polling interval: 00:00:15",
        )
        t = S(
            h,
            t + sec(0.03),
            "Application started. Press Ctrl+C to shut down.",
            "INF",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = S(
            h,
            t + sec(0.001),
            "Hosting environment: %s",
            "INF",
            "Microsoft.Hosting.Lifetime",
            "Hosting environment: Production",
        )
        t = S(
            h,
            t + sec(0.001),
            "Content root path: %s",
            "INF",
            "Microsoft.Hosting.Lifetime",
            "Content root path: /opt/acme/fulfilment-jobs",
        )
        t = S(
            h,
            t + sec(0.05),
            "Server %s successfully announced in %s ms",
            "INF",
            BSP,
            f"{server_name(h, t0)} successfully announced in {hf_ms(r.uniform(8, 60))} ms",
        )
        t = S(
            h,
            t + sec(0.003),
            "Server %s is starting the registered dispatchers: %s...",
            "INF",
            BSP,
            f"{server_name(h, t0)} is starting the registered dispatchers: {HF_DISPATCHERS}...",
        )
        return S(
            h,
            t + sec(0.02),
            "Server %s all the dispatchers started",
            "INF",
            BSP,
            f"{server_name(h, t0)} all the dispatchers started",
        )

    def stop(h: str, t: datetime) -> datetime:
        t0 = t
        t = S(
            h,
            t,
            "Application is shutting down...",
            "INF",
            "Microsoft.Hosting.Lifetime",
            "Application is shutting down...",
        )
        t = S(
            h,
            t + sec(0.001),
            "Server %s caught stopping signal...",
            "INF",
            BSP,
            f"{server_name(h, t0)} caught stopping signal...",
        )
        took = r.uniform(0.4, 3.0)
        t = S(
            h,
            t + sec(took * 0.9),
            "Server %s caught stopped signal...",
            "INF",
            BSP,
            f"{server_name(h, t0)} caught stopped signal...",
        )
        t = S(
            h,
            t + sec(took * 0.1),
            "Server %s All dispatchers stopped",
            "INF",
            BSP,
            f"{server_name(h, t0)} All dispatchers stopped",
        )
        rep = r.uniform(2, 9)
        t = S(
            h,
            t + sec(rep / 1000),
            "Server %s successfully reported itself as stopped in %s ms",
            "INF",
            BSP,
            f"{server_name(h, t0)} successfully reported itself as stopped in {hf_ms(rep)} ms",
        )
        return S(
            h,
            t + sec(0.0005),
            "Server %s has been stopped in total %s ms",
            "INF",
            BSP,
            f"{server_name(h, t0)} has been stopped in total {hf_ms(took * 1000 + rep)} ms",
        )

    start("jobs-01", T0 - sec(5400), 2213)
    start("jobs-02", T0 - sec(5340), 2198)

    oom = (at(8, 45, 12.4), at(8, 45, 25.9))
    failover = (at(9, 30, 10), at(9, 33, 41))
    deploys = {"jobs-01": at(11, 30, 5.2), "jobs-02": at(11, 32, 40.6)}
    gaps = {
        "jobs-01": [(deploys["jobs-01"], deploys["jobs-01"] + sec(14))],
        "jobs-02": [oom, (deploys["jobs-02"], deploys["jobs-02"] + sec(14))],
    }
    start("jobs-02", oom[1], 19802)
    for (h, t), pid in zip(deploys.items(), [3524, 41207], strict=False):
        stop(h, t)
        start(h, t + sec(12.5 + r.uniform(0, 1)), pid)
    # the watchdog on jobs-01 (every 5 minutes since its start) removes the dead jobs-02 server
    S(
        "jobs-01",
        at(8, 51, 47.2),
        "%s servers were removed due to timeout",
        "INF",
        "Hangfire.Server.ServerWatchdog",
        "1 servers were removed due to timeout",
    )

    def alive(h: str, t: datetime) -> bool:
        return not in_any(t, gaps[h])

    def runner(t: datetime) -> str:
        cand = [h for h in servers if alive(h, t)]
        return r.choice(cand)

    jid = itertools.count(1842337)

    def after_failover(t: datetime) -> datetime:
        if failover[0] <= t < failover[1]:
            return failover[1] + sec(r.uniform(0.5, 20))
        return t

    def job_frames(app: list[str]) -> list[str]:
        return [*app, "--- End of stack trace from previous location ---", *HF_PERFORM_FRAMES]

    RETRY = "Failed to process the job '%s': an exception occurred. Retry attempt %s of %s will be performed in %s."

    def retry_delay(attempt: int) -> int:
        return round((attempt - 1) ** 4 + 15 + r.randint(0, 29) * attempt)

    # orders: a confirmation e-mail and an invoice PDF each
    mail_limited = (at(7, 30, 4), at(8, 5, 30))
    order_no = itertools.count(240611)
    for t in poisson(r, T0, T_END, 30.0):
        num = f"NW-{next(order_no)}"
        email = f"{r.choice(['anna', 'ben', 'clara', 'david', 'eva', 'felix', 'greta', 'hugo', 'ida', 'jonas', 'kim', 'lena', 'max', 'nina', 'omar', 'paula'])}.{r.choice(['schmidt', 'novak', 'meyer', 'kowalska', 'berg', 'lind', 'weber', 'fischer', 'wagner', 'nowak'])}@{r.choice(['gmail.com', 'web.de', 'outlook.com', 'gmx.net', 'wp.pl', 'yahoo.com'])}"
        # the confirmation
        j = next(jid)
        tt = after_failover(t + sec(r.uniform(0.05, 0.6)))
        attempt = 0
        while True:
            h = runner(tt)
            if mail_limited[0] <= tt < mail_limited[1]:
                attempt += 1
                d = retry_delay(attempt)
                exc = net_exc(
                    [
                        (
                            "System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).",
                            job_frames(
                                [
                                    "System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                                    "Acme.Fulfilment.Email.PostmarkClient.SendAsync(OutboundEmail email, CancellationToken cancellationToken) in /src/Acme.Fulfilment.Email/PostmarkClient.cs:line 58",
                                    "Acme.Fulfilment.Jobs.Email.OrderConfirmationJob.ExecuteAsync(String orderNumber, CancellationToken cancellationToken) in /src/Acme.Fulfilment.Jobs/Email/OrderConfirmationJob.cs:line 41",
                                ]
                            ),
                        )
                    ]
                )
                S(
                    h,
                    tt + sec(r.uniform(0.2, 0.6)),
                    RETRY,
                    "WRN",
                    "Hangfire.AutomaticRetryAttribute",
                    f"Failed to process the job '{j}': an exception occurred. Retry attempt {attempt} of 10 will be performed in {net_timespan(d)}.",
                    exc,
                )
                tt = after_failover(tt + sec(d + r.uniform(0.5, 15)))
                continue
            S(
                h,
                tt + sec(r.uniform(0.15, 0.9)),
                "Order confirmation for %s sent to %s via %s in %s ms",
                "INF",
                "Acme.Fulfilment.Jobs.Email.OrderConfirmationJob",
                f"Order confirmation for {num} sent to {email} via postmark in {r.randint(120, 900)} ms",
            )
            break
        # the invoice
        j = next(jid)
        tt = after_failover(t + sec(r.uniform(0.1, 1.5)))
        h = runner(tt)
        if oom[0] - sec(3) <= tt < oom[0] and h == "jobs-02":
            continue  # the 912-page invoice that killed it
        pages = weighted(r, [(80, 1), (15, 2), (4, 3), (1, r.randint(4, 12))])
        S(
            h,
            tt + sec(r.uniform(0.3, 2.5)),
            "Rendered invoice %s for order %s: %s pages, %s bytes in %s ms",
            "INF",
            "Acme.Fulfilment.Jobs.Invoicing.InvoicePdfJob",
            f"Rendered invoice INV-2024-{int(num[3:]) - 181200:06d} for order {num}: {pages} pages, {r.randint(38000, 61000) * pages} bytes in {r.randint(180, 1400) * pages} ms",
        )

    # recurring: inventory sync every 5 minutes (3 attempts), exchange rates and cart cleanup hourly
    erp_broken = at(10, 20, 0)
    erp_fixed = at(11, 10, 0)
    erp_exc_head = 'Acme.Fulfilment.Erp.ErpApiException: ERP request GET /api/v2/stock?warehouse={w}&modifiedSince={since} failed with 401 Unauthorized: {{"error":"invalid_client","error_description":"client secret expired"}}'

    def inventory_attempt(j: int, t: datetime, attempt: int) -> None:
        h = runner(t)
        t = S(
            h,
            t,
            "Inventory sync for warehouse %s started",
            "INF",
            "Acme.Fulfilment.Jobs.Inventory.InventorySyncJob",
            f"Inventory sync for warehouse {HF_WAREHOUSES[0]} started",
        )
        if erp_broken <= t < erp_fixed:
            since = (t - sec(300)).strftime("%Y-%m-%dT%H:%M:00Z")
            exc = net_exc(
                [
                    (
                        erp_exc_head.format(w=HF_WAREHOUSES[0], since=since),
                        job_frames(
                            [
                                "Acme.Fulfilment.Erp.ErpClient.GetAsync[T](String path, CancellationToken cancellationToken) in /src/Acme.Fulfilment.Erp/ErpClient.cs:line 77",
                                "Acme.Fulfilment.Erp.ErpClient.GetStockChangesAsync(String warehouse, DateTimeOffset since, CancellationToken cancellationToken) in /src/Acme.Fulfilment.Erp/ErpClient.cs:line 102",
                                "Acme.Fulfilment.Jobs.Inventory.InventorySyncJob.ExecuteAsync(CancellationToken cancellationToken) in /src/Acme.Fulfilment.Jobs/Inventory/InventorySyncJob.cs:line 36",
                            ]
                        ),
                    )
                ]
            )
            if attempt <= 3:
                d = retry_delay(attempt)
                S(
                    h,
                    t + sec(r.uniform(0.2, 0.5)),
                    RETRY,
                    "WRN",
                    "Hangfire.AutomaticRetryAttribute",
                    f"Failed to process the job '{j}': an exception occurred. Retry attempt {attempt} of 3 will be performed in {net_timespan(d)}.",
                    exc,
                )
                inventory_attempt(j, t + sec(d + r.uniform(1, 15)), attempt + 1)
            else:
                S(
                    h,
                    t + sec(r.uniform(0.2, 0.5)),
                    "Failed to process the job '%s': an exception occurred.",
                    "ERR",
                    "Hangfire.AutomaticRetryAttribute",
                    f"Failed to process the job '{j}': an exception occurred.",
                    exc,
                )
            return
        for w in HF_WAREHOUSES:
            if w != HF_WAREHOUSES[0]:
                t = S(
                    h,
                    t + sec(0.01),
                    "Inventory sync for warehouse %s started",
                    "INF",
                    "Acme.Fulfilment.Jobs.Inventory.InventorySyncJob",
                    f"Inventory sync for warehouse {w} started",
                )
            changed = r.randint(0, 40)
            t = S(
                h,
                t + sec(r.uniform(0.8, 6.0)),
                "Inventory sync for warehouse %s finished: %s changed, %s unchanged in %s",
                "INF",
                "Acme.Fulfilment.Jobs.Inventory.InventorySyncJob",
                f"Inventory sync for warehouse {w} finished: {changed} changed, {r.randint(11800, 12400) - changed} unchanged in {net_timespan(r.uniform(0.8, 6.0))}",
            )

    t = T0
    while t < T_END:
        tt = after_failover(t + sec(r.uniform(0.05, 14.9)))
        inventory_attempt(next(jid), tt, 1)
        if t.minute == 0:
            h = runner(tt)
            S(
                h,
                tt + sec(r.uniform(0.5, 2)),
                "Exchange rates updated from %s: %s currencies",
                "INF",
                "Acme.Fulfilment.Jobs.Finance.ExchangeRatesJob",
                f"Exchange rates updated from ecb: {r.choice([30, 31])} currencies",
            )
            j = next(jid)
            h = runner(tt + sec(3))
            if t.hour == 11:
                exc = [
                    *net_exc(
                        [
                            (
                                "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
                                [
                                    "Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)",
                                    "System.Threading.Tasks.ContinuationResultTaskFromResultTask`2.InnerInvoke()",
                                    "System.Threading.ExecutionContext.RunFromThreadPoolDispatchLoop(Thread threadPoolThread, ExecutionContext executionContext, ContextCallback callback, Object state)",
                                    "--- End of stack trace from previous location ---",
                                    "Dapper.SqlMapper.ExecuteImplAsync(IDbConnection cnn, CommandDefinition command, Object param) in /_/Dapper/SqlMapper.Async.cs:line 662",
                                    "Acme.Fulfilment.Jobs.Carts.AbandonedCartCleanupJob.ExecuteAsync(CancellationToken cancellationToken) in /src/Acme.Fulfilment.Jobs/Carts/AbandonedCartCleanupJob.cs:line 29",
                                    "--- End of stack trace from previous location ---",
                                    *HF_PERFORM_FRAMES,
                                ],
                            ),
                            ("System.ComponentModel.Win32Exception (258): Unknown error 258", []),
                        ]
                    ),
                    "ClientConnectionId:4f1c2a9e-7b3d-4c8a-9e21-6d5f0b7c3a18",
                    "Error Number:-2,State:0,Class:11",
                ]
                S(
                    h,
                    tt + sec(30.4),
                    "Failed to process the job '%s': an exception occured. Job was automatically deleted because the retry attempt count exceeded %s.",
                    "WRN",
                    "Hangfire.AutomaticRetryAttribute",
                    f"Failed to process the job '{j}': an exception occured. Job was automatically deleted because the retry attempt count exceeded 0.",
                    exc,
                )
            else:
                S(
                    h,
                    tt + sec(r.uniform(3.5, 9)),
                    "Removed %s abandoned carts older than %s",
                    "INF",
                    "Acme.Fulfilment.Jobs.Carts.AbandonedCartCleanupJob",
                    f"Removed {r.randint(180, 900)} abandoned carts older than 14.00:00:00",
                )
        t += sec(300)

    # the failover: every execution that touches the storage goes Failed after 15 s, then recovers
    EXEC = "Hangfire.Processing.BackgroundExecution"
    for h in servers:
        names = ["Worker"] * 10 + [
            "DelayedJobScheduler",
            "RecurringJobScheduler",
            "ServerJobCancellationWatcher",
        ]
        for name in names:
            t = failover[0] + sec(15 + r.uniform(0.2, 6))
            delay = r.choice([1, 2, 3])
            S(
                h,
                t,
                "Execution %s is in the Failed state now due to an exception, execution will be retried no more than in %s",
                "ERR",
                EXEC,
                f"Execution {name} is in the Failed state now due to an exception, execution will be retried no more than in {net_timespan(delay)}",
                sql_exc(r, HF_SQL_CALLERS[name] + HF_EXEC_TAIL),
            )
            since = t - sec(r.uniform(15, 21))
            t += sec(60 + r.uniform(0, 8))
            while t < failover[1]:
                delay = min(delay * 2, 60)
                S(
                    h,
                    t,
                    "Execution %s is still in the Failed state for %s due to an exception, will be retried no more than in %s",
                    "ERR",
                    EXEC,
                    f"Execution {name} is still in the Failed state for {net_timespan((t - since).total_seconds())} due to an exception, will be retried no more than in {net_timespan(delay)}",
                    sql_exc(r, HF_SQL_CALLERS[name] + HF_EXEC_TAIL),
                )
                t += sec(60 + r.uniform(0, 8))
            back = failover[1] + sec(r.uniform(0.1, 9))
            S(
                h,
                back,
                "Execution %s recovered from the Failed state after %s and is in the Running state now",
                "INF",
                EXEC,
                f"Execution {name} recovered from the Failed state after {net_timespan((back - since).total_seconds())} and is in the Running state now",
            )
        # heartbeats every 30 s
        t = failover[0] + sec(r.uniform(1, 29))
        while t < failover[1]:
            S(
                h,
                t,
                "Server %s encountered an exception while sending heartbeat",
                "WRN",
                "Hangfire.Server.ServerHeartbeatProcess",
                f"{server_name(h, t)} encountered an exception while sending heartbeat",
                sql_exc(r, HF_SQL_CALLERS["ServerHeartbeatProcess"] + HF_EXEC_TAIL),
            )
            t += sec(30 + r.uniform(15, 15.2))
        S(
            h,
            t,
            "Server %s is now able to continue sending heartbeats",
            "INF",
            "Hangfire.Server.ServerHeartbeatProcess",
            f"{server_name(h, t)} is now able to continue sending heartbeats",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ masstransit


def stj(s: str) -> str:
    """A string as System.Text.Json writes it with the default encoder: HTML-sensitive
    characters, quotes and non-ASCII as \\uXXXX (upper-case hex)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\"&'+<>`" or o < 0x20 or o > 0x7E:
            out.append(f"\\u{o:04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def mel_json(
    t: datetime,
    level: str,
    category: str,
    msg: str,
    fmt: str,
    props: list[tuple[str, object]],
    exc: list[str] | None,
    event_id: int = 0,
) -> str:
    """One record of Microsoft.Extensions.Logging's JSON console formatter (.NET 8,
    `TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"`, UTC, no scopes)."""
    parts = [
        f'"Timestamp":{stj(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z")}',
        f'"EventId":{event_id}',
        f'"LogLevel":{stj(level)}',
        f'"Category":{stj(category)}',
        f'"Message":{stj(msg)}',
    ]
    if exc:
        parts.append(f'"Exception":{stj(chr(10).join(exc))}')
    state = [f'"Message":{stj(msg)}']
    for k, v in props:
        state.append(f"{stj(k)}:{v if isinstance(v, int) else stj(str(v))}")
    state.append(f'"{{OriginalFormat}}":{stj(fmt)}')
    parts.append('"State":{' + ",".join(state) + "}")
    return "{" + ",".join(parts) + "}"


MT_HOST = "rabbitmq://rabbitmq.internal/shipping"
MT_CONSUMER_FRAMES = [
    "MassTransit.DependencyInjection.ScopeConsumerFactory`1.Send[TMessage](ConsumeContext`1 context, IPipe`1 next) in /_/src/MassTransit/DependencyInjection/DependencyInjection/ScopeConsumerFactory.cs:line 22",
    "MassTransit.Middleware.ConsumerMessageFilter`2.MassTransit.IFilter<MassTransit.ConsumeContext<TMessage>>.Send(ConsumeContext`1 context, IPipe`1 next) in /_/src/MassTransit/Middleware/ConsumerMessageFilter.cs:line 48",
]
MT_RETRY_FRAMES = [
    "MassTransit.Middleware.RetryFilter`1.Send(TContext context, IPipe`1 next) in /_/src/MassTransit/Middleware/RetryFilter.cs:line 47",
]
MT_CARRIER_FRAMES = [
    "System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)",
    "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "System.Net.Http.Json.HttpClientJsonExtensions.<FromJsonAsyncCore>g__Core|12_0[TValue,TJsonOptions](HttpClient client, Task`1 responseTask, Boolean usingResponseHeadersRead, CancellationTokenSource linkedCTS, Func`4 deserializeMethod, TJsonOptions jsonOptions, CancellationToken cancellationToken)",
    "Acme.Shipping.Carriers.DhlParcelClient.BookAsync(ShipmentRequest request, CancellationToken cancellationToken) in /src/Acme.Shipping/Carriers/DhlParcelClient.cs:line 64",
    "Acme.Shipping.Consumers.OrderPaidConsumer.Consume(ConsumeContext`1 context) in /src/Acme.Shipping/Consumers/OrderPaidConsumer.cs:line 53",
    *MT_CONSUMER_FRAMES,
]
MT_POOL_FRAMES = [
    "Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
    "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
    "Acme.Shipping.Consumers.InvoiceRequestedConsumer.Consume(ConsumeContext`1 context) in /src/Acme.Shipping/Consumers/InvoiceRequestedConsumer.cs:line 38",
    *MT_CONSUMER_FRAMES,
]
MT_DESERIALIZE_FRAMES = [
    "MassTransit.Serialization.SystemTextJsonMessageSerializer.Deserialize(MessageBody body, Headers headers, Uri destinationAddress) in /_/src/MassTransit/Serialization/SystemTextJsonMessageSerializer.cs:line 100",
    "MassTransit.Serialization.SystemTextJsonMessageSerializer.Deserialize(ReceiveContext receiveContext) in /_/src/MassTransit/Serialization/SystemTextJsonMessageSerializer.cs:line 60",
    "MassTransit.Middleware.DeserializeFilter.Send(ReceiveContext context, IPipe`1 next) in /_/src/MassTransit/Middleware/DeserializeFilter.cs:line 36",
    "MassTransit.Middleware.RescueFilter`2.MassTransit.IFilter<TContext>.Send(TContext context, IPipe`1 next) in /_/src/MassTransit/Middleware/RescueFilter.cs:line 43",
]
MT_RABBIT_FRAMES = [
    "RabbitMQ.Client.Framing.Impl.AutorecoveringConnection.Init(IEndpointResolver endpoints)",
    "RabbitMQ.Client.ConnectionFactory.CreateConnection(IEndpointResolver endpointResolver, String clientProvidedName)",
]
MT_RABBIT_OUTER = [
    "RabbitMQ.Client.ConnectionFactory.CreateConnection(IEndpointResolver endpointResolver, String clientProvidedName)",
    "RabbitMQ.Client.ConnectionFactory.CreateConnection(IList`1 hostnames, String clientProvidedName)",
    "MassTransit.RabbitMqTransport.ConnectionContextFactory.CreateConnection(ISupervisor supervisor) in /_/src/Transports/MassTransit.RabbitMqTransport/RabbitMqTransport/ConnectionContextFactory.cs:line 86",
]
MT_CARRIERS = ["DHL", "GLS", "DPD"]
MT_WAREHOUSES = ["DE-HAM-1", "DE-MUC-2", "PL-POZ-1"]
MT_SKUS = [f"SKU-{n}" for n in range(10040, 10940, 7)]


def newid(r: random.Random, t: datetime) -> str:
    """A MassTransit NewId (sequential, time-based) as a Guid string."""
    ticks = int(t.timestamp() * 1000)
    return f"{hexid(r, 4)}0000-{hexid(r, 4)}-{ticks >> 32 & 0xFFFF:04x}-{ticks >> 16 & 0xFFFF:04x}-08dc{ticks & 0xFFFF:04x}{hexid(r, 4)}"


def masstransit(r: random.Random) -> list[Log]:
    """The shipping service: a .NET 8 worker consuming from RabbitMQ with MassTransit 8.2 (three
    consumers, a retry policy of 1 s, 5 s and 15 s, EF Core on PostgreSQL), two replicas on
    Kubernetes logging through the JSON console formatter (`kubectl logs` per pod): every paid
    order's shipment booked with a carrier, every invoice request, stock warnings; DHL's API
    timing out 07:40-08:20 (R-RETRY, R-FAULT), a RabbitMQ node restarted 09:15-09:18 (`Connection
    Failed: %s`), a publisher sending a bad contract 10:05-10:20 (receive faults), a month-end
    batch exhausting the connection pool 10:40-10:55, a rolling update at 11:20 (new pods, new
    files)."""
    fs = Files()
    old = ["shipping-consumer-6c9f7d5b8-4xq2m", "shipping-consumer-6c9f7d5b8-v7nkd"]
    new = ["shipping-consumer-5b7c9d8f6-jw9tz", "shipping-consumer-5b7c9d8f6-p3s8h"]
    swap = {
        old[0]: (at(11, 20, 3.1), new[0], at(11, 19, 51.8)),
        old[1]: (at(11, 20, 41.7), new[1], at(11, 20, 30.2)),
    }

    def J(
        p: str,
        t: datetime,
        label: str,
        level: str,
        cat: str,
        msg: str,
        fmt: str,
        props: list[tuple[str, object]],
        exc: list[str] | None = None,
        eid: int = 0,
    ) -> datetime:
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [mel_json(x, level, cat, msg, fmt, props, exc, eid)],
            p,
            1000,
        )

    def pods(t: datetime) -> list[str]:
        out = []
        for o in old:
            stop_at, n, up_at = swap[o]
            if t < stop_at:
                out.append(o)
            if t >= up_at + sec(1):
                out.append(n)
        return out

    def pod(t: datetime) -> str:
        return r.choice(pods(t))

    def lifetime(p: str, t: datetime, up: bool) -> datetime:
        if up:
            t = J(
                p,
                t,
                "Bus started: %s",
                "Information",
                "MassTransit",
                f"Bus started: {MT_HOST}",
                "Bus started: {HostAddress}",
                [("HostAddress", MT_HOST)],
            )
            t = J(
                p,
                t + sec(0.004),
                "Application started. Press Ctrl+C to shut down.",
                "Information",
                "Microsoft.Hosting.Lifetime",
                "Application started. Press Ctrl+C to shut down.",
                "Application started. Press Ctrl+C to shut down.",
                [],
            )
            t = J(
                p,
                t + sec(0.001),
                "Hosting environment: %s",
                "Information",
                "Microsoft.Hosting.Lifetime",
                "Hosting environment: Production",
                "Hosting environment: {EnvName}",
                [("EnvName", "Production")],
            )
            return J(
                p,
                t + sec(0.001),
                "Content root path: %s",
                "Information",
                "Microsoft.Hosting.Lifetime",
                "Content root path: /app",
                "Content root path: {ContentRoot}",
                [("ContentRoot", "/app")],
            )
        t = J(
            p,
            t,
            "Application is shutting down...",
            "Information",
            "Microsoft.Hosting.Lifetime",
            "Application is shutting down...",
            "Application is shutting down...",
            [],
        )
        return J(
            p,
            t + sec(r.uniform(0.3, 1.2)),
            "Bus stopped: %s",
            "Information",
            "MassTransit",
            f"Bus stopped: {MT_HOST}",
            "Bus stopped: {HostAddress}",
            [("HostAddress", MT_HOST)],
        )

    for p in old:
        lifetime(p, at(5, 41, r.uniform(0, 50)), True)
    for o in old:
        stop_at, n, up_at = swap[o]
        lifetime(n, up_at, True)
        lifetime(o, stop_at, False)

    RETRY = "R-RETRY %s %s %s"
    FAULT = "R-FAULT %s %s %s %s(%s)"
    rabbit_down = (at(9, 15, 20), at(9, 18, 5))
    dhl_down = (at(7, 40, 10), at(8, 20, 30))
    bad_contract = (at(10, 5, 12), at(10, 20, 40))
    pool_busy = (at(10, 40, 5), at(10, 55, 30))

    def after_rabbit(t: datetime) -> datetime:
        if rabbit_down[0] <= t < rabbit_down[1]:
            return rabbit_down[1] + sec(r.uniform(1, 25))
        return t

    order_no = itertools.count(240611)

    def consume(
        t: datetime, addr: str, mtype: str, consumer: str, attempt_fn, max_retries: int = 3
    ) -> None:
        """Runs `attempt_fn(p, t, attempt)` (returns (end time, exception lines or None)) under the
        retry policy; logs R-RETRY between attempts and R-FAULT after the last."""
        mid = newid(r, t)
        first = t
        p = pod(t)
        for attempt in range(max_retries + 1):
            end, exc = attempt_fn(p, t, attempt)
            if exc is None:
                return
            if attempt < max_retries:
                J(
                    p,
                    end,
                    RETRY,
                    "Warning",
                    "MassTransit",
                    f"R-RETRY {addr} {mid} MassTransit.ConsumerConsumeContext<{consumer},{mtype}>",
                    "R-RETRY {InputAddress} {MessageId} {MessageType}",
                    [
                        ("InputAddress", addr),
                        ("MessageId", mid),
                        ("MessageType", f"MassTransit.ConsumerConsumeContext<{consumer},{mtype}>"),
                    ],
                    exc,
                )
                t = end + sec([1, 5, 15][attempt] + r.uniform(0.001, 0.05))
            else:
                dur = (end - first).total_seconds()
                J(
                    p,
                    end,
                    FAULT,
                    "Error",
                    "MassTransit",
                    f"R-FAULT {addr} {mid} {mtype} {consumer}({net_timespan(dur)})",
                    "R-FAULT {InputAddress} {MessageId} {MessageType} {ConsumerType}({Duration})",
                    [
                        ("InputAddress", addr),
                        ("MessageId", mid),
                        ("MessageType", mtype),
                        ("ConsumerType", consumer),
                        ("Duration", net_timespan(dur)),
                    ],
                    exc,
                )

    # paid orders: a shipment booked with a carrier
    for t in poisson(r, T0, T_END, 40.0):
        t = after_rabbit(t)
        oid = f"NW-{next(order_no)}"
        carrier = weighted(r, [(5, "DHL"), (3, "GLS"), (2, "DPD")])
        lines = r.randint(1, 6)
        wh = r.choice(MT_WAREHOUSES)
        ship = f"SHP-{r.randint(3000000, 3999999)}"
        reject = ""
        if r.random() < 0.03:
            reject = r.choice(
                [
                    "ZIP code does not match city",
                    "Consignee phone number is missing",
                    "Package weight exceeds 31.5 kg",
                    "House number is missing in street line",
                ]
            )

        def attempt(
            p: str,
            t: datetime,
            n: int,
            oid=oid,
            carrier=carrier,
            lines=lines,
            wh=wh,
            ship=ship,
            reject=reject,
        ) -> tuple[datetime, list[str] | None]:
            t = J(
                p,
                t,
                "Creating shipment for order %s (%s lines, warehouse %s)",
                "Information",
                "Acme.Shipping.Consumers.OrderPaidConsumer",
                f"Creating shipment for order {oid} ({lines} lines, warehouse {wh})",
                "Creating shipment for order {OrderId} ({LineCount} lines, warehouse {Warehouse})",
                [("OrderId", oid), ("LineCount", lines), ("Warehouse", wh)],
            )
            if reject:
                J(
                    p,
                    t + sec(r.uniform(0.2, 0.9)),
                    "Carrier %s rejected shipment for order %s: %s",
                    "Warning",
                    "Acme.Shipping.Consumers.OrderPaidConsumer",
                    f"Carrier {carrier} rejected shipment for order {oid}: {reject}",
                    "Carrier {Carrier} rejected shipment for order {OrderId}: {Reason}",
                    [("Carrier", carrier), ("OrderId", oid), ("Reason", reject)],
                )
                return t, None
            if (
                carrier == "DHL"
                and dhl_down[0] <= t < dhl_down[1]
                and not (n >= 2 and r.random() < 0.35)
            ):
                exc = net_exc(
                    [
                        (
                            "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing.",
                            MT_CARRIER_FRAMES + MT_RETRY_FRAMES,
                        ),
                        ("System.TimeoutException: The operation was canceled.", []),
                        (
                            "System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
                            HTTP_CONNECT_FRAMES[6:9],
                        ),
                    ]
                )
                return t + sec(30.0 + r.uniform(0.001, 0.05)), exc
            tr = {
                "DHL": f"00340434{r.randint(100000000000, 999999999999)}",
                "GLS": f"{r.randint(10000000000, 99999999999)}",
                "DPD": f"0{r.randint(1000000000000, 9999999999999)}",
            }[carrier]
            t = J(
                p,
                t + sec(r.uniform(0.3, 2.2)),
                "Shipment %s booked with %s for order %s, tracking %s",
                "Information",
                "Acme.Shipping.Consumers.OrderPaidConsumer",
                f"Shipment {ship} booked with {carrier} for order {oid}, tracking {tr}",
                "Shipment {ShipmentId} booked with {Carrier} for order {OrderId}, tracking {TrackingNumber}",
                [
                    ("ShipmentId", ship),
                    ("Carrier", carrier),
                    ("OrderId", oid),
                    ("TrackingNumber", tr),
                ],
            )
            return t, None

        consume(
            t,
            f"{MT_HOST}/order-paid",
            "Acme.Contracts.OrderPaid",
            "Acme.Shipping.Consumers.OrderPaidConsumer",
            attempt,
        )

    # invoice requests: one per order, plus the month-end batch at 10:40
    invoice_no = itertools.count(118204)
    inv_times = list(poisson(r, T0, T_END, 41.0)) + list(
        poisson(r, pool_busy[0], pool_busy[0] + sec(600), 3.2)
    )
    for t in sorted(inv_times):
        t = after_rabbit(t)
        oid = f"NW-{r.randint(238000, 241900)}"
        addr = f"{MT_HOST}/invoice-requested"
        if bad_contract[0] <= t < bad_contract[1] and r.random() < 0.8:
            p = pod(t)
            mid = newid(r, t)
            dur = r.uniform(0.002, 0.02)
            exc = net_exc(
                [
                    (
                        "MassTransit.SerializationException: An exception occurred while deserializing the message envelope",
                        MT_DESERIALIZE_FRAMES,
                    ),
                    (
                        f"System.Text.Json.JsonException: The JSON value could not be converted to System.Decimal. Path: $.message.amount | LineNumber: 0 | BytePositionInLine: {r.randint(380, 460)}.",
                        [
                            "System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, Utf8JsonReader& reader, Exception ex)",
                            "System.Text.Json.Serialization.JsonConverter`1.ReadCore(Utf8JsonReader& reader, JsonSerializerOptions options, ReadStack& state)",
                            "System.Text.Json.JsonSerializer.ReadFromSpan[TValue](ReadOnlySpan`1 utf8Json, JsonTypeInfo`1 jsonTypeInfo, Nullable`1 actualByteCount)",
                            "MassTransit.Serialization.SystemTextJsonMessageSerializer.Deserialize(MessageBody body, Headers headers, Uri destinationAddress) in /_/src/MassTransit/Serialization/SystemTextJsonMessageSerializer.cs:line 87",
                        ],
                    ),
                    (
                        "System.InvalidOperationException: Cannot get the value of a token type 'String' as a number.",
                        [
                            "System.Text.Json.ThrowHelper.ThrowInvalidOperationException_ExpectedNumber(JsonTokenType tokenType)"
                        ],
                    ),
                ]
            )
            J(
                p,
                t,
                "R-FAULT %s %s %s",
                "Error",
                "MassTransit",
                f"R-FAULT {addr} {mid} {net_timespan(dur)}",
                "R-FAULT {InputAddress} {MessageId} {Duration}",
                [("InputAddress", addr), ("MessageId", mid), ("Duration", net_timespan(dur))],
                exc,
            )
            continue
        num = f"INV-2024-{next(invoice_no)}"
        amount = f"{r.uniform(19, 1400):.2f}"

        def attempt(
            p: str, t: datetime, n: int, oid=oid, num=num, amount=amount
        ) -> tuple[datetime, list[str] | None]:
            if pool_busy[0] <= t < pool_busy[1] and r.random() < 0.45:
                exc = net_exc(
                    [
                        (
                            "Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 20) or 'Timeout' (currently 15 seconds) in your connection string.",
                            MT_POOL_FRAMES + MT_RETRY_FRAMES,
                        ),
                        (
                            "System.TimeoutException: The operation has timed out.",
                            MT_POOL_FRAMES[:1],
                        ),
                    ]
                )
                return t + sec(15.0 + r.uniform(0.001, 0.03)), exc
            t = J(
                p,
                t + sec(r.uniform(0.05, 0.6)),
                "Invoice %s issued for order %s: %s %s",
                "Information",
                "Acme.Shipping.Consumers.InvoiceRequestedConsumer",
                f"Invoice {num} issued for order {oid}: {amount} EUR",
                "Invoice {InvoiceNumber} issued for order {OrderId}: {Amount} {Currency}",
                [("InvoiceNumber", num), ("OrderId", oid), ("Amount", amount), ("Currency", "EUR")],
            )
            return t, None

        consume(
            t,
            addr,
            "Acme.Contracts.InvoiceRequested",
            "Acme.Shipping.Consumers.InvoiceRequestedConsumer",
            attempt,
        )

    # stock level warnings
    for t in poisson(r, T0, T_END, 240.0):
        t = after_rabbit(t)
        p = pod(t)
        avail = r.randint(0, 18)
        reorder = avail + r.randint(1, 30)
        sku, wh = r.choice(MT_SKUS), r.choice(MT_WAREHOUSES)
        J(
            p,
            t,
            "Stock for %s at %s below reorder point: %s < %s",
            "Warning",
            "Acme.Shipping.Consumers.StockLevelChangedConsumer",
            f"Stock for {sku} at {wh} below reorder point: {avail} < {reorder}",
            "Stock for {Sku} at {Warehouse} below reorder point: {Available} < {ReorderPoint}",
            [("Sku", sku), ("Warehouse", wh), ("Available", avail), ("ReorderPoint", reorder)],
        )

    # RabbitMQ restarted: each pod's connection attempts fail until the node is back
    for p in old:
        t = rabbit_down[0] + sec(r.uniform(0.5, 2))
        delay = 1.0
        while t < rabbit_down[1]:
            exc = net_exc(
                [
                    (
                        "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable",
                        MT_RABBIT_OUTER,
                    ),
                    (
                        "RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed",
                        [
                            "RabbitMQ.Client.Impl.SocketFrameHandler.ConnectOrFail(ITcpClient socket, AmqpTcpEndpoint endpoint, TimeSpan timeout)",
                            *MT_RABBIT_FRAMES,
                        ],
                    ),
                    (
                        "System.Net.Sockets.SocketException (111): Connection refused",
                        [
                            *SOCKET_CONNECT_FRAMES[:2],
                            "RabbitMQ.Client.TcpClientAdapter.ConnectAsync(String host, Int32 port)",
                            "RabbitMQ.Client.Impl.TaskExtensions.TimeoutAfter(Task task, TimeSpan timeout)",
                            "RabbitMQ.Client.Impl.SocketFrameHandler.ConnectOrFail(ITcpClient socket, AmqpTcpEndpoint endpoint, TimeSpan timeout)",
                        ],
                    ),
                ]
            )
            J(
                p,
                t,
                "Connection Failed: %s",
                "Warning",
                "MassTransit",
                f"Connection Failed: {MT_HOST}",
                "Connection Failed: {InputAddress}",
                [("InputAddress", MT_HOST)],
                exc,
            )
            t += sec(delay + r.uniform(0.05, 0.3))
            delay = min(delay * 2, 30)
    return fs.logs(T0)


SYSTEMS = {
    "nopcommerce": nopcommerce,
    "orchard-core": orchard_core,
    "identityserver": identityserver,
    "hangfire": hangfire,
    "masstransit": masstransit,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
