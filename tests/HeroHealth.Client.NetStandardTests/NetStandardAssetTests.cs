using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using HeroHealth.Client.IntegrationTests;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.NetStandardTests;

/// <summary>
/// The guarantees, held by the netstandard2.0 build (what .NET Framework apps get): send-once, any 2xx, retries, no
/// redirects, dates, webhook signatures and redaction, counted on a loopback Kestrel server where the wire matters.
/// </summary>
[TestFixture]
public class NetStandardAssetTests
{
    private const string Key = "netstandard-test-key";

    [Test]
    public void The_loaded_sdk_is_the_netstandard20_build()
    {
        var framework = typeof(HeroHealthClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        Assert.That(framework, Is.EqualTo(".NETStandard,Version=v2.0"), "these tests would prove nothing about the netstandard2.0 asset otherwise");
    }

    [Test]
    public async Task A_post_answered_503_reaches_the_server_once_and_a_get_is_retried()
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave((context, _) => FaultServer.Json(context, 503, """{"message":"busy"}"""));
        using var hero = Client(server.BaseAddress);

        var post = await Assert.CatchAsync<HeroHealthApiException>(() => hero.Messages.SendSmsAsync("9001", "Your appointment is confirmed."));
        var posts = server.Count("POST /v1/messages/send");
        var get = await Assert.CatchAsync<HeroHealthApiException>(() => hero.PracticeGroup.GetPracticeGroupByIdAsync());

        Assert.That(post!.StatusCode, Is.EqualTo(503));
        Assert.That(posts, Is.EqualTo(1), "a non-idempotent call is transmitted at most once");
        Assert.That(get!.StatusCode, Is.EqualTo(503));
        Assert.That(server.Count("GET /v1/me"), Is.EqualTo(3), "GET is retried (3 attempts)");
    }

    [Test]
    public async Task Under_Aspire_style_resilience_defaults_a_post_still_reaches_the_server_once()
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave((context, _) => FaultServer.Json(context, 503, """{"message":"busy"}"""));
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = Key;
            o.PracticeGroupId = "1001";
            o.BaseAddress = server.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var hero = provider.GetRequiredService<HeroHealthClient>();

        await Assert.CatchAsync<HeroHealthApiException>(() => hero.Messages.SendSmsAsync("9001", "Your appointment is confirmed."));

        Assert.That(server.Count("POST /v1/messages/send"), Is.EqualTo(1), "the standard resilience handler retries 503s; not this POST");

        await Assert.CatchAsync<HeroHealthApiException>(() => hero.PracticeGroup.GetPracticeGroupByIdAsync());
        Assert.That(server.Count("GET /v1/me"), Is.GreaterThan(1), "the resilience handler is in the chain (a GET is retried)");
    }

    [TestCase(200, "{\"message_id\":\"77\",\"content\":\"Reminder\",\"created_at\":\"2026-12-03T10:00:00Z\"}")]
    [TestCase(201, "{\"message_id\":\"77\",\"content\":\"Reminder\",\"created_at\":\"2026-12-03T10:00:00Z\"}")]
    [TestCase(202, "")]
    [TestCase(204, "")]
    public async Task Any_2xx_is_success(int status, string body)
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave((context, _) => status == 204 ? Status(context, 204) : FaultServer.Json(context, status, body));
        using var hero = Client(server.BaseAddress);

        var sent = await hero.Messages.SendSmsAsync("9001", "Reminder");

        Assert.That(server.Count("POST /v1/messages/send"), Is.EqualTo(1));
        Assert.That(sent?.MessageId, Is.EqualTo(body.Length == 0 ? null : "77"));
    }

    [Test]
    public async Task A_redirect_is_refused_and_the_key_goes_nowhere_else()
    {
        await using var elsewhere = await FaultServer.StartAsync();
        await using var server = await FaultServer.StartAsync();
        server.Behave((context, _) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = new Uri(elsewhere.BaseAddress, "v1/me").AbsoluteUri;
            return Task.CompletedTask;
        });
        using var hero = Client(server.BaseAddress);

        await Assert.ThrowsAsync<HeroHealthRedirectException>(() => hero.PracticeGroup.GetPracticeGroupByIdAsync());
        Assert.That(elsewhere.Requests, Is.Zero, "the default .NET Framework-style handler does not follow redirects either");
    }

    [Test]
    public async Task A_post_that_never_connected_is_retried_and_then_delivered_once()
    {
        await using var server = await FaultServer.StartAsync();
        var refusals = 0;
        var transport = new RefuseFirstConnect(() => Interlocked.Increment(ref refusals)) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } };
        using var hero = new HeroHealthClient(Options(server.BaseAddress), transport);

        var sent = await hero.Messages.SendSmsAsync("9001", "Reminder");

        Assert.That(refusals, Is.EqualTo(1), "the first attempt never connected");
        Assert.That(server.Count("POST /v1/messages/send"), Is.EqualTo(1), "the retry delivered it, once");
        Assert.That(sent, Is.Not.Null);
    }

    [Test]
    public async Task A_refused_port_is_recognised_as_never_connected_on_this_runtime()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var http = new HttpClient();

        var failure = await Assert.CatchAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://127.0.0.1:{port}/")));

        Assert.That(TransportErrors.KindOf(failure!), Is.EqualTo("ConnectionError"), "read by reflection: the netstandard2.0 build cannot name HttpRequestError");
        Assert.That(TransportErrors.NeverConnected(failure!), Is.True);
    }

    // What .NET Framework (WebException) and .NET Core before 8 (bare SocketException) raise, without HttpRequestError.
    [TestCase(WebExceptionStatus.ConnectFailure, true)]
    [TestCase(WebExceptionStatus.NameResolutionFailure, true)]
    [TestCase(WebExceptionStatus.ProxyNameResolutionFailure, true)]
    [TestCase(WebExceptionStatus.SecureChannelFailure, true)]
    [TestCase(WebExceptionStatus.TrustFailure, true)]
    [TestCase(WebExceptionStatus.ReceiveFailure, false)]
    [TestCase(WebExceptionStatus.ConnectionClosed, false)]
    [TestCase(WebExceptionStatus.KeepAliveFailure, false)]
    [TestCase(WebExceptionStatus.Timeout, false)]
    [TestCase(WebExceptionStatus.SendFailure, false)]
    public void Without_HttpRequestError_a_WebException_status_tells_the_stage(WebExceptionStatus status, bool neverConnected)
    {
#pragma warning disable SYSLIB0014 // WebException is what .NET Framework's handler raises; built here to classify it
        var failure = new HttpRequestException("An error occurred while sending the request.", new WebException("x", status));
#pragma warning restore SYSLIB0014

        Assert.That(TransportErrors.NeverConnectedWithoutErrorKind(failure), Is.EqualTo(neverConnected));
    }

    [TestCase(SocketError.ConnectionRefused, false, true)]
    [TestCase(SocketError.HostNotFound, false, true)]
    [TestCase(SocketError.NetworkUnreachable, false, true)]
    [TestCase(SocketError.ConnectionReset, false, false)]
    [TestCase(SocketError.ConnectionRefused, true, false)]
    [TestCase(SocketError.ConnectionReset, true, false)]
    public void Without_HttpRequestError_only_a_bare_connect_failure_counts(SocketError error, bool afterConnecting, bool neverConnected)
    {
        Exception inner = new SocketException((int)error);
        if (afterConnecting)
        {
            inner = new IOException("Unable to read data from the transport connection.", inner);
        }

        var failure = new HttpRequestException("An error occurred while sending the request.", inner);

        Assert.That(TransportErrors.NeverConnectedWithoutErrorKind(failure), Is.EqualTo(neverConnected));
    }

    [Test]
    public async Task Date_only_values_are_DateTime_here_and_go_out_as_dates()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When(HttpMethod.Post, "https://hero.test/v1/patients/register_pds").Respond(async request =>
        {
            sent = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"patient_id":"9001"}""", Encoding.UTF8, "application/json") };
        });
        using var hero = new HeroHealthClient(Options(new Uri("https://hero.test/")), mock);

        // The time of day is ignored: only the date is a date of birth.
        var registration = await hero.Patients.RegisterFromPdsAsync(NhsNumber.Parse("943 476 5919"), new DateTime(1992, 6, 1, 13, 45, 0, DateTimeKind.Local));

        Assert.That((string?)JObject.Parse(sent!)["dob"], Is.EqualTo("1992-06-01"));
        Assert.That(registration.PatientId, Is.EqualTo("9001"));
        var parsed = Newtonsoft.Json.JsonConvert.DeserializeObject<Patient>("""{"id":"9001","dob":"1992-06-01T00:00:00+01:00"}""", HeroJson.CreateSettings());
        Assert.That(parsed!.Dob, Is.EqualTo(new DateTime(1992, 6, 1)), "a timestamp's date part as written, not shifted");
    }

    [TestCase(false, 120)]
    [TestCase(true, 50)]
    public async Task Auto_paging_returns_every_item_or_says_it_could_not(bool endsEarly, int served)
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave(async (context, n) =>
        {
            // Hero's {data, count}: 120 admins in pages of the size asked for; 'endsEarly' stops after one page.
            var size = int.Parse(context.Request.Query["page_size"]!, System.Globalization.CultureInfo.InvariantCulture);
            var first = (n - 1) * size;
            var items = endsEarly && n > 1 ? 0 : Math.Max(0, Math.Min(size, 120 - first));
            var data = new JArray(Enumerable.Range(first, items).Select(i => new JObject { ["id"] = $"{i}", ["first_name"] = "A", ["last_name"] = "B", ["email"] = "a@example.nhs.uk", ["external_prescriber_id"] = null }));
            await FaultServer.Json(context, 200, new JObject { ["data"] = data, ["count"] = 120 }.ToString());
        });
        using var hero = Client(server.BaseAddress);
        var seen = new List<string>();

        async Task Walk()
        {
            await foreach (var admin in hero.Admins.ListAllAdminsAsync(paging: new PagingOptions { PageSize = 50 }))
            {
                seen.Add(admin.Id!);
            }
        }

        if (endsEarly)
        {
            await Assert.ThrowsAsync<HeroHealthIncompleteListException>(Walk);
        }
        else
        {
            await Walk();
        }

        Assert.That(seen, Has.Count.EqualTo(served));
        Assert.That(seen.Distinct().Count(), Is.EqualTo(served), "no item twice");
    }

    [Test]
    public void Webhook_signatures_verify_and_tampering_is_caught()
    {
        const string signingKey = "netstandard-signing-key-0123456789";
        var body = Encoding.UTF8.GetBytes("""{"object":"Appointment","id":"31","practice_group_id":"1","event":"appointment.confirmed"}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(signingKey, timestamp, body);
        var verifier = new HeroWebhookVerifier(signingKey);

        Assert.That(verifier.Verify(timestamp, signature, body).Status, Is.EqualTo(WebhookVerificationStatus.Valid));
        body[^3] = (byte)'X';
        Assert.That(new HeroWebhookVerifier(signingKey).Verify(timestamp, signature, body).Status, Is.EqualTo(WebhookVerificationStatus.BadSignature));
    }

    [Test]
    public async Task Errors_name_the_operation_and_never_the_key_or_the_nhs_number()
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave((context, _) => FaultServer.Json(context, 404, """{"message":"No patient with NHS number 9434765919"}"""));
        using var hero = Client(server.BaseAddress);

        var failure = await Assert.ThrowsAsync<HeroHealthNotFoundException>(() => hero.Patients.RegisterFromPdsAsync(NhsNumber.Parse("943 476 5919"), new DateTime(1992, 6, 1)));

        Assert.That(failure!.Message, Does.Contain("registerPatientPds").And.Contain("404"));
        Assert.That(failure.ToString() + Options(server.BaseAddress), Does.Not.Contain(Key).And.Not.Contain("9434765919").And.Not.Contain("943 476 5919"));
    }

    private static HeroHealthClientOptions Options(Uri baseAddress) => new()
    {
        ApiKey = Key,
        PracticeGroupId = "1001",
        BaseAddress = baseAddress,
        Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
    };

    private static HeroHealthClient Client(Uri baseAddress) => new(Options(baseAddress));

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>Fails the first attempt as a refused connection does on .NET Framework (nothing was sent).</summary>
    private sealed class RefuseFirstConnect(Action refused) : DelegatingHandler
    {
        private int _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                refused();
#pragma warning disable SYSLIB0014
                throw new HttpRequestException("An error occurred while sending the request.", new WebException("Unable to connect to the remote server", WebExceptionStatus.ConnectFailure));
#pragma warning restore SYSLIB0014
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
