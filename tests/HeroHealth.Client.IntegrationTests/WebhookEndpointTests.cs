using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using HeroHealth.Client.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// HeroHealth.Client.AspNetCore's endpoint in a real ASP.NET Core app on a loopback Kestrel port: two lines of
/// registration, deliveries signed by the fake (through its DeliveryTransport) and by hand, every way one goes wrong.
/// </summary>
[TestFixture]
[NonParallelizable]
public class WebhookEndpointTests
{
    private const string Key = "endpoint-signing-key-6b1f0c";
    private const string Path = "/hero/webhooks";
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private Uri _endpoint = null!;
    private readonly Recorder _recorder = new();
    private readonly FakeLogCollector _logs = new();

    [OneTimeSetUp]
    public async Task Start()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs));
        builder.Services.AddSingleton(_recorder);

        // The two lines a new app needs (plus the handlers it wants):
        builder.Services.AddHeroWebhooks(o =>
        {
            o.SigningKeys.Add("old-key-being-rotated-out");
            o.SigningKeys.Add(Key);
            o.On(WebhookEventType.WriteToRecordFailed, (e, sp, _) => sp.GetRequiredService<Recorder>().Add("delegate", e));
            o.OnUnhandled((e, sp, _) => sp.GetRequiredService<Recorder>().Add("fallback", e));
        });
        builder.Services.AddHeroWebhookHandler<ConfirmedHandler>(WebhookEventType.AppointmentConfirmed);
        builder.Services.AddHeroWebhookHandler<ThrowingHandler>(WebhookEventType.PrescriptionIssued);
        builder.Services.AddHeroWebhookHandler<SecondPrescriptionHandler>(WebhookEventType.PrescriptionIssued);

        _app = builder.Build();
        _app.MapHeroWebhooks(Path);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _endpoint = new Uri(new Uri(address), Path);
        _http = new HttpClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [SetUp]
    public void Reset()
    {
        _recorder.Clear();
        ThrowingHandler.Failures = 1;
    }

    [Test]
    public async Task A_booking_confirmed_by_the_fake_reaches_the_handler_once_signed_and_verified()
    {
        using var delivery = new SocketsHttpHandler();
        using var fake = new FakeHero(new FakeHeroOptions { DeliveryTransport = delivery });
        using var hero = fake.CreateClient();
        await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, _endpoint, Key);
        var slot = (await hero.Booking.FindSlotsAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)))[0];
        var reservation = await hero.Booking.ReserveAsync(slot, "9001");

        await fake.ConfirmAppointmentAsync(reservation.Id);

        Assert.That(fake.Deliveries.Single().StatusCode, Is.EqualTo(200));
        Assert.That(_recorder.Calls, Is.EqualTo(new[] { $"confirmed appointment.confirmed {reservation.Id}" }));
    }

    [Test]
    public async Task Each_verdict_gets_its_status_code()
    {
        var body = Event("appointment.confirmed", "41");
        var (ts, sig) = Sign(body);
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.That(await Post(body, ts, sig), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Post(body, ts, sig), Is.EqualTo(HttpStatusCode.OK), "a replay is acknowledged");
        Assert.That(await Post(body.Replace("41", "42", StringComparison.Ordinal), ts, sig), Is.EqualTo(HttpStatusCode.Unauthorized), "tampered");
        Assert.That(await Post(body, stale, HeroWebhookSigner.Sign(Key, stale, Encoding.UTF8.GetBytes(body))), Is.EqualTo(HttpStatusCode.Unauthorized), "stale");
        Assert.That(await Post(body, null, null), Is.EqualTo(HttpStatusCode.Unauthorized), "unsigned");
        Assert.That(await Post(body, ts, HeroWebhookSigner.Sign("wrong-key-0123456789", ts, Encoding.UTF8.GetBytes(body))), Is.EqualTo(HttpStatusCode.Unauthorized), "wrong key");
        var (gts, gsig) = Sign("[1,2,3]");
        Assert.That(await Post("[1,2,3]", gts, gsig), Is.EqualTo(HttpStatusCode.BadRequest), "authentic but not an event");
        Assert.That(_recorder.Calls, Is.EqualTo(new[] { "confirmed appointment.confirmed 41" }), "handled exactly once");
    }

    [Test]
    public async Task A_delivery_signed_with_the_old_key_during_rotation_is_accepted()
    {
        var body = Event("appointment.confirmed", "43");
        var ts = Now();

        Assert.That(await Post(body, ts, HeroWebhookSigner.Sign("old-key-being-rotated-out", ts, Encoding.UTF8.GetBytes(body))), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Oversized_bodies_are_refused_with_or_without_a_content_length()
    {
        var big = Event("appointment.confirmed", "44").Replace("}", ",\"pad\":\"" + new string('x', 70_000) + "\"}", StringComparison.Ordinal);
        var (ts, sig) = Sign(big);

        Assert.That(await Post(big, ts, sig), Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await Post(big, ts, sig, chunked: true), Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(_recorder.Calls, Is.Empty);
    }

    [Test]
    public async Task Events_no_handler_takes_go_to_OnUnhandled_whether_or_not_the_SDK_lists_them()
    {
        var unknown = Event("referral.accepted", "45");
        var (ts, sig) = Sign(unknown);
        var unhandled = Event("appointment.rescheduled", "46");
        var (uts, usig) = Sign(unhandled);

        Assert.That(await Post(unknown, ts, sig), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Post(unhandled, uts, usig), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_recorder.Calls, Is.EqualTo(new[] { "fallback referral.accepted 45", "fallback appointment.rescheduled 46" }));
    }

    [Test]
    public async Task A_throwing_handler_fails_the_delivery_others_still_run_and_heros_retry_runs_only_the_failed_one()
    {
        var body = Event("prescription.issued", "47");
        var (ts, sig) = Sign(body);

        var first = await Post(body, ts, sig);
        var retry = await Post(body, ts, sig);

        Assert.That(first, Is.EqualTo(HttpStatusCode.InternalServerError), "Hero may retry");
        Assert.That(retry, Is.EqualTo(HttpStatusCode.OK), "the failed delivery was forgotten, so the same delivery is accepted again");
        Assert.That(_recorder.Calls, Is.EqualTo(new[] { "second prescription.issued 47", "throwing prescription.issued 47" }), "the handler that succeeded is not run again");
    }

    [Test]
    public async Task Concurrent_deliveries_are_each_handled_once_and_concurrent_replays_once_in_all()
    {
        var distinct = Enumerable.Range(0, 100).Select(i => Event("appointment.confirmed", (1000 + i).ToString(CultureInfo.InvariantCulture))).ToList();
        var replayed = Event("appointment.confirmed", "2000");
        var (rts, rsig) = Sign(replayed);

        var distinctStatuses = distinct.Select(async b => { var (t, s) = Sign(b); return await Post(b, t, s); }).ToList();
        var copyStatuses = Enumerable.Range(0, 20).Select(_ => Post(replayed, rts, rsig)).ToList();
        await Task.WhenAll(distinctStatuses.Concat(copyStatuses));
        // A copy that meets the first attempt still running is asked to retry (503), never told 200 before the event is
        // handled; Hero's retry of it is then acknowledged.
        var retried = await Task.WhenAll(copyStatuses.Where(c => c.Result != HttpStatusCode.OK).Select(_ => Post(replayed, rts, rsig)));

        Assert.That(distinctStatuses.Select(t => t.Result), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(copyStatuses.Select(t => t.Result), Is.All.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(retried, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_recorder.Calls, Has.Count.EqualTo(101));
        Assert.That(_recorder.Calls.Count(c => c.EndsWith(" 2000", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Logs_and_metrics_carry_verdict_and_event_never_payload_signature_or_key()
    {
        _logs.Clear();
        var body = Event("write-to-record.failed", "48").Replace("}", ",\"patient\":\"Jane Smith 943 476 5919\"}", StringComparison.Ordinal);
        var (ts, sig) = Sign(body);

        Assert.That(await Post(body, ts, sig), Is.EqualTo(HttpStatusCode.OK));

        var text = string.Join("\n", _logs.GetSnapshot().Select(r => r.Message));
        Assert.That(text, Does.Contain("write-to-record.failed").And.Contain("Valid"));
        Assert.That(text, Does.Not.Contain("Jane").And.Not.Contain("5919").And.Not.Contain(sig).And.Not.Contain(Key));
        Assert.That(_recorder.Calls, Is.EqualTo(new[] { "delegate write-to-record.failed 48" }));
    }

    [Test]
    public void Missing_signing_keys_fail_at_start_naming_the_option_and_keys_never_print()
    {
        var services = new ServiceCollection();
        services.AddHeroWebhooks(_ => { });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<HeroWebhookOptions>>().Value);
        var options = _app.Services.GetRequiredService<IOptions<HeroWebhookOptions>>().Value;

        Assert.That(ex!.Message, Does.Contain("HeroWebhookOptions.SigningKeys"));
        Assert.That(options.ToString(), Does.Not.Contain(Key).And.Contain("SigningKeys=2 (***)"));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(options), Does.Not.Contain(Key));
    }

    private static string Event(string name, string id) => $$"""{"object":"Appointment","id":"{{id}}","practice_group_id":"1001","event":"{{name}}"}""";

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static (string Timestamp, string Signature) Sign(string body)
    {
        var ts = Now();
        return (ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body)));
    }

    private async Task<HttpStatusCode> Post(string body, string? ts, string? sig, bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = chunked ? new StreamContent(new NonSeekable(Encoding.UTF8.GetBytes(body))) : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (ts is not null)
        {
            request.Headers.Add(HeroWebhookHeaders.Timestamp, ts);
            request.Headers.Add(HeroWebhookHeaders.Signature, sig);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    internal sealed class Recorder
    {
        private readonly ConcurrentQueue<string> _calls = new();

        public IReadOnlyList<string> Calls => _calls.ToArray();

        public Task Add(string who, HeroWebhookEvent e)
        {
            _calls.Enqueue($"{who} {e.Type} {e.Id}");
            return Task.CompletedTask;
        }

        public void Clear() => _calls.Clear();
    }

    private sealed class ConfirmedHandler(Recorder recorder) : IHeroWebhookHandler
    {
        public Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken) => recorder.Add("confirmed", webhookEvent);
    }

    private sealed class ThrowingHandler(Recorder recorder) : IHeroWebhookHandler
    {
        public static int Failures { get; set; }

        public Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            if (Failures-- > 0)
            {
                throw new InvalidOperationException("the database is down");
            }

            return recorder.Add("throwing", webhookEvent);
        }
    }

    private sealed class SecondPrescriptionHandler(Recorder recorder) : IHeroWebhookHandler
    {
        public Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken) => recorder.Add("second", webhookEvent);
    }

    /// <summary>A stream without a length, so HttpClient sends the body chunked.</summary>
    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
