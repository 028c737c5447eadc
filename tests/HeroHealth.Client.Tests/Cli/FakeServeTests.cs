using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HeroHealth.Cli;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>
/// <c>hero fake serve</c> as a user runs it: the built tool in its own process on a free loopback port, driven by CLI
/// commands and a plain HttpClient, delivering a signed webhook to a receiver listening on loopback.
/// </summary>
[TestFixture]
[NonParallelizable]
public class FakeServeTests
{
    private const string SigningKey = "serve-test-signing-key-0123456789";

    [Test]
    public async Task A_booking_flow_driven_by_cli_commands_ends_in_one_signed_webhook_on_the_receiver()
    {
        using var receiver = new Receiver();
        await using var server = await ServedFake.StartAsync();
        var at = new[] { "--base-address", server.BaseAddress.AbsoluteUri };
        var day = NextWeekday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var slots = await Cli(["slots", "list", "--from", day, "--to", day, "--json", .. at]);
        var slot = (string)JArray.Parse(slots)[0]["id"]!;
        var patient = (string)JObject.Parse(await Cli(["patients", "register", "--nhs-number", "999 000 0018", "--dob", "1992-01-01", "--json", .. at]))["patient_id"]!;
        var hook = JObject.Parse(await Cli(["webhooks", "create", "--event", "appointment.confirmed", "--url", receiver.Url.AbsoluteUri, "--signing-key", SigningKey, "--json", .. at]));
        var reservation = (string)JObject.Parse(await Cli(["appointments", "reserve", "--slot", slot, "--date", day, "--patient", patient, "--reason", "Flu vaccination", "--json", .. at]))["id"]!;
        var before = JObject.Parse(await Cli(["appointments", "get", reservation, "--json", .. at]));
        await Cli(["fake", "confirm", reservation, .. at]);
        var after = JObject.Parse(await Cli(["appointments", "get", reservation, "--json", .. at]));
        var listed = JArray.Parse(await Cli(["webhooks", "list", "--json", .. at]));

        Assert.That(patient, Is.EqualTo("9001"));
        Assert.That(before["booking_confirmed_at"]?.Type ?? JTokenType.Null, Is.EqualTo(JTokenType.Null), "reserved, not yet confirmed");
        Assert.That((string?)after["booking_confirmed_at"], Is.Not.Null, "the served fake kept the reservation between commands and confirmed it");
        Assert.That(listed.Select(h => (string?)h["id"]), Is.EqualTo(new[] { (string?)hook["id"] }), "state carries across commands");

        var delivery = await receiver.NextAsync(TimeSpan.FromSeconds(20));
        var verdict = new HeroWebhookVerifier(SigningKey).Verify(delivery.Timestamp, delivery.Signature, delivery.Body);
        Assert.That(verdict.Status, Is.EqualTo(WebhookVerificationStatus.Valid), verdict.Reason);
        Assert.That(HeroWebhookEvent.TryParse(delivery.Body, out var received), Is.True);
        Assert.That((received!.Type.ToString(), received.Id), Is.EqualTo(("appointment.confirmed", reservation)));
        await Task.Delay(500);
        Assert.That(receiver.Count, Is.EqualTo(1), "one confirmation, one delivery");
    }

    [Test]
    public async Task The_demo_tells_its_whole_story_against_the_served_fake_again_and_again()
    {
        await using var server = await ServedFake.StartAsync();

        foreach (var run in new[] { 1, 2 })
        {
            var result = JObject.Parse(await Cli(["demo", "--base-address", server.BaseAddress.AbsoluteUri, "--json"]));

            Assert.That((string?)result["target"], Does.StartWith("the served fake"), $"run {run}");
            Assert.That(result["steps"]!.Count(), Is.EqualTo(13), $"run {run}: every step, writes included");
            Assert.That((string?)result.SelectToken("steps[10].verdict"), Is.EqualTo("Valid"), $"run {run}: its own webhook's delivery, signed with its own key");
        }
    }

    [Test]
    public async Task Any_http_client_can_use_it_and_it_stops_cleanly_on_SIGTERM()
    {
        var server = await ServedFake.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            using var me = new HttpRequestMessage(HttpMethod.Get, "v1/me");
            me.Headers.Add("x-api-key", "fake-hero-key");
            me.Headers.Add("x-practice-group-id", "1002");
            using var anonymous = new HttpRequestMessage(HttpMethod.Get, "v1/me");
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "v1/messages/sms");
            preflight.Headers.Add("Origin", "http://localhost:3000");
            preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key,x-practice-group-id,content-type");

            using var ok = await http.SendAsync(me);
            using var refused = await http.SendAsync(anonymous);
            using var cors = await http.SendAsync(preflight);

            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ok.Content.ReadAsStringAsync());
            Assert.That(ok.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(cors.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(cors.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("http://localhost:3000"));
            Assert.That(cors.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("x-api-key"));

            // DNS rebinding: a page on another site reaching loopback through a name it controls, or simply posting.
            using var rebound = new HttpRequestMessage(HttpMethod.Post, "v1/webhooks");
            rebound.Headers.Host = "attacker.example";
            rebound.Headers.Add("x-api-key", "fake-hero-key");
            rebound.Headers.Add("x-practice-group-id", "1002");
            using var crossSite = new HttpRequestMessage(HttpMethod.Post, "v1/webhooks") { Content = new StringContent("{}", Encoding.UTF8, "text/plain") };
            crossSite.Headers.Add("Origin", "https://attacker.example");
            using var reboundAnswer = await http.SendAsync(rebound);
            using var crossSiteAnswer = await http.SendAsync(crossSite);
            Assert.That(reboundAnswer.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest), "was answered for any Host");
            Assert.That(crossSiteAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "was answered for any origin");
            Assert.That(await crossSiteAnswer.Content.ReadAsStringAsync(), Does.Contain("--allow-origin https://attacker.example"));
            Assert.That(crossSiteAnswer.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.That(server.ExitCode, Is.Zero, "SIGTERM is how a server is meant to stop");
    }

    [Test]
    public async Task Spec_verify_against_the_served_fake_finds_no_drift()
    {
        await using var server = await ServedFake.StartAsync();

        var report = JObject.Parse(await Cli(["spec", "verify", "--base-address", server.BaseAddress.AbsoluteUri, "--json"]));

        Assert.That((int?)report["drift"], Is.Zero, report.ToString());
        Assert.That((int?)report["verified"], Is.GreaterThanOrEqualTo(25));
    }

    [Test]
    public async Task A_port_in_use_is_a_clear_failure()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var (code, _, stderr) = await CliRun.RunAsync("fake", "serve", "--port", port);

        Assert.That(code, Is.EqualTo(HeroCli.Failed));
        Assert.That(stderr, Does.Contain($"Cannot listen on 127.0.0.1:{port}").And.Contain("--port 0"));
    }

    private static async Task<string> Cli(string[] args)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(args);
        Assert.That(code, Is.Zero, $"hero {string.Join(' ', args)}: {stderr}");
        return stdout;
    }

    private static DateOnly NextWeekday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The built tool's <c>fake serve --port 0 --json</c> in its own process.</summary>
    private sealed class ServedFake : IAsyncDisposable
    {
        private readonly Process _process;

        private ServedFake(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public int? ExitCode { get; private set; }

        public static async Task<ServedFake> StartAsync()
        {
            var dll = BuildOutput.Of("HeroHealth.Cli", "net10.0", "HeroHealth.Cli.dll");
            var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "fake", "serve", "--port", "0", "--json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = new StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                text.AppendLine(line);
                if (line == "}")
                {
                    var started = JObject.Parse(text.ToString());
                    Assert.That((string?)started["api_key"], Is.EqualTo("fake-hero-key"));
                    Assert.That(started["allowed_origins"]!.Select(o => (string?)o), Has.Some.Contains("localhost"), "the allowed origins are listed");
                    Assert.That(started["practice_groups"]!.Values<string>(), Does.Contain("1001"));
                    return new ServedFake(process, new Uri((string)started["base_address"]!));
                }
            }

            Assert.Fail("hero fake serve ended without printing its address: " + await process.StandardError.ReadToEndAsync());
            throw new InvalidOperationException();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
                try
                {
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
                }
                catch (TimeoutException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }

            ExitCode = _process.ExitCode;
            _process.Dispose();
        }
    }

    /// <summary>A webhook receiver on a free loopback port, recording what reaches it.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly System.Threading.Channels.Channel<(string? Timestamp, string? Signature, string Body)> _received =
            System.Threading.Channels.Channel.CreateUnbounded<(string?, string?, string)>();

        private int _count;

        public Receiver()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = new Uri($"http://127.0.0.1:{port}/hero/webhooks/");
            _listener.Prefixes.Add(Url.AbsoluteUri);
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public Uri Url { get; }

        public int Count => Volatile.Read(ref _count);

        public async Task<(string? Timestamp, string? Signature, string Body)> NextAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            return await _received.Reader.ReadAsync(cts.Token);
        }

        public void Dispose() => _listener.Close();

        private async Task AcceptAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                Interlocked.Increment(ref _count);
                await _received.Writer.WriteAsync((context.Request.Headers[HeroWebhookHeaders.Timestamp], context.Request.Headers[HeroWebhookHeaders.Signature], body));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}
