using System.Globalization;
using System.Net;
using System.Text;
using HeroHealth.WebhookReceiver;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HeroHealth.Client.Tests.Workflows;

/// <summary>The sample receiver on a real loopback Kestrel port: signed deliveries in, 200/401/400 out.</summary>
[TestFixture]
public class WebhookReceiverSampleTests
{
    private const string Key = "sample-signing-key-0123456789abcdef";
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = WebhookReceiverApp.Build(["--urls=http://127.0.0.1:0", $"--HeroWebhooks:SigningKeys:0={Key}", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_signed_delivery_is_acknowledged_and_queued()
    {
        const string body = """{"object":"Appointment","id":"31","practice_group_id":"4242","event":"appointment.confirmed"}""";

        using var response = await Deliver(body, sign: true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_app.Services.GetRequiredService<EventInbox>().Events.Select(e => e.Id), Does.Contain("31"));
    }

    [Test]
    public async Task Unsigned_tampered_and_unreadable_deliveries_are_refused()
    {
        using var unsigned = await Deliver("""{"event":"appointment.cancelled","id":"1"}""", sign: false);
        using var tampered = await Deliver("""{"event":"appointment.cancelled","id":"1"}""", sign: true, tamper: true);
        using var garbage = await Deliver("not json", sign: true);

        Assert.That(unsigned.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(garbage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_captured_delivery_sent_three_times_is_queued_once()
    {
        var body = """{"object":"Appointment","id":"77","practice_group_id":"4242","event":"appointment.confirmed"}""";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Deliver(body, sign: true, timestamp: ts, signature: signature);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK }), "a replay is acknowledged, so nothing retries it");
        Assert.That(_app.Services.GetRequiredService<EventInbox>().Events.Count(e => e.Id == "77"), Is.EqualTo(1), "was queued 3 times before replay protection");
    }

    [Test]
    public async Task A_delivery_that_could_not_be_queued_is_accepted_when_hero_retries_it()
    {
        var inbox = _app.Services.GetRequiredService<EventInbox>();
        var body = """{"object":"Appointment","id":"88","practice_group_id":"4242","event":"appointment.cancelled"}""";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body));
        var capacity = inbox.Capacity;
        try
        {
            inbox.Capacity = 0;
            using var full = await Deliver(body, sign: true, timestamp: ts, signature: signature);
            inbox.Capacity = capacity;
            using var retried = await Deliver(body, sign: true, timestamp: ts, signature: signature);

            Assert.That(full.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), "the handler failed: Hero may retry");
            Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(inbox.Events.Count(e => e.Id == "88"), Is.EqualTo(1));
        }
        finally
        {
            inbox.Capacity = capacity;
        }
    }

    [Test]
    public async Task A_chunked_body_over_the_limit_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiverApp.Path)
        {
            Content = new PushStreamContent((64 * 1024) + 1),
        };

        using var response = await _http.SendAsync(request);

        Assert.That(request.Content.Headers.ContentLength, Is.Null, "sent without Content-Length");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    private async Task<HttpResponseMessage> Deliver(string body, bool sign, bool tamper = false, string? timestamp = null, string? signature = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiverApp.Path)
        {
            Content = new StringContent(tamper ? body.Replace("1", "2", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        if (sign)
        {
            request.Headers.Add(HeroWebhookHeaders.Timestamp, ts);
            request.Headers.Add(HeroWebhookHeaders.Signature, signature ?? HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body)));
        }

        return await _http.SendAsync(request);
    }

    /// <summary>A body of unknown length (chunked transfer).</summary>
    private sealed class PushStreamContent(int length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[4096];
            Array.Fill(chunk, (byte)'x');
            for (var sent = 0; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, length - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
