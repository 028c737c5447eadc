using System.Globalization;
using System.Net;
using System.Text;
using HeroHealth.Client.Webhooks;
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
        _app = WebhookReceiverApp.Build(["--urls=http://127.0.0.1:0", $"--Hero:WebhookSigningKeys:0={Key}", "--Logging:LogLevel:Default=Warning"]);
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

    private async Task<HttpResponseMessage> Deliver(string body, bool sign, bool tamper = false)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiverApp.Path)
        {
            Content = new StringContent(tamper ? body.Replace("1", "2", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        if (sign)
        {
            request.Headers.Add(HeroWebhookHeaders.Timestamp, ts);
            request.Headers.Add(HeroWebhookHeaders.Signature, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body)));
        }

        return await _http.SendAsync(request);
    }
}
