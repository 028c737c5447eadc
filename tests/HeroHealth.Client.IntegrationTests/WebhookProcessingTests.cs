using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// The endpoint's processing record with the default (in-memory) store, in a real app on loopback Kestrel: a copy that
/// arrives while the first attempt runs is asked to retry rather than acknowledged, an aborted attempt releases the
/// event, the dedupe key follows the configured mode, and mapping mistakes fail at start-up.
/// </summary>
[TestFixture]
[NonParallelizable]
public class WebhookProcessingTests
{
    private const string Key = "processing-signing-key-8c1d";
    private static readonly HttpClient Http = new();

    private static async Task<(WebApplication App, Uri Endpoint)> StartAsync(Func<HeroWebhookEvent, CancellationToken, Task> handler, Action<HeroWebhookOptions>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Services.AddHeroWebhooks(o =>
        {
            o.SigningKeys.Add(Key);
            o.OnUnhandled((e, _, ct) => handler(e, ct));
            configure?.Invoke(o);
        });
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        (map ?? (a => a.MapHeroWebhooks("/hero/webhooks")))(app);
        app.MapHealthChecks("/health");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address), "/hero/webhooks"));
    }

    private static (string Body, string Ts, string Sig) Sign(string id, DateTimeOffset? at = null)
    {
        var body = $$"""{"object":"Appointment","id":"{{id}}","practice_group_id":"1001","event":"appointment.confirmed"}""";
        var ts = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (body, ts, HeroWebhookSigner.Sign(Key, ts, Encoding.UTF8.GetBytes(body)));
    }

    private static async Task<HttpStatusCode?> Post(Uri endpoint, (string Body, string Ts, string Sig) d, TimeSpan? timeout = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(d.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(HeroWebhookHeaders.Timestamp, d.Ts);
        request.Headers.Add(HeroWebhookHeaders.Signature, d.Sig);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            using var response = await Http.SendAsync(request, cts.Token);
            return response.StatusCode;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return null;
        }
    }

    [Test]
    public async Task A_copy_during_a_slow_attempt_that_then_fails_is_asked_to_retry_and_the_event_is_not_lost()
    {
        var calls = 0;
        var completed = 0;
        var (app, endpoint) = await StartAsync(async (_, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(1000, ct);
                throw new InvalidOperationException("slow, then failed");
            }

            Interlocked.Increment(ref completed);
        });
        await using var _ = app;
        var delivery = Sign("7001");

        var first = Post(endpoint, delivery);
        while (Volatile.Read(ref calls) == 0)
        {
            await Task.Delay(10); // the first attempt's handler is running
        }

        var during = await Post(endpoint, delivery);
        var firstStatus = await first;
        var retry = await Post(endpoint, delivery);

        Assert.That(during, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "was 200 (replay) before: the event was then lost");
        Assert.That(firstStatus, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(retry, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(completed, Is.EqualTo(1));
    }

    [Test]
    public async Task A_sender_that_times_out_gets_its_retry_processed()
    {
        var calls = 0;
        var completed = 0;
        var (app, endpoint) = await StartAsync(async (_, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(3000, ct);
            }

            Interlocked.Increment(ref completed);
        });
        await using var _ = app;
        var delivery = Sign("7002");

        var abandoned = await Post(endpoint, delivery, TimeSpan.FromSeconds(0.8));
        HttpStatusCode? retry = null;
        for (var i = 0; i < 20 && retry != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            retry = await Post(endpoint, delivery);
        }

        Assert.That(abandoned, Is.Null);
        Assert.That(retry, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((calls, completed), Is.EqualTo((2, 1)), "was calls 1, completed 0: the retry was answered 200 (replay)");
    }

    [TestCase(HeroWebhookDeduplication.Delivery, 2)]
    [TestCase(HeroWebhookDeduplication.Event, 1)]
    public async Task A_retry_hero_signs_afresh_is_recognised_only_when_deduplicating_by_event(HeroWebhookDeduplication mode, int expectedCalls)
    {
        var calls = 0;
        var (app, endpoint) = await StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, o => o.Deduplication = mode);
        await using var _ = app;

        var first = await Post(endpoint, Sign("7003", DateTimeOffset.UtcNow.AddSeconds(-30)));
        var resigned = await Post(endpoint, Sign("7003"));

        Assert.That((first, resigned), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(calls, Is.EqualTo(expectedCalls));
    }

    [Test]
    public async Task Two_routes_both_receive_and_the_same_route_twice_fails_at_start_up_with_a_clear_message()
    {
        var calls = 0;
        var (app, endpoint) = await StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, map: a =>
        {
            a.MapHeroWebhooks("/hero/webhooks");
            a.MapHeroWebhooks("/hero/webhooks-v2");
        });
        await using var _ = app;

        var one = await Post(endpoint, Sign("7004"));
        var two = await Post(new Uri(endpoint, "/hero/webhooks-v2"), Sign("7005"));
        var health = await Http.GetAsync(new Uri(endpoint, "/health"));
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync((_, _) => Task.CompletedTask, map: a =>
        {
            a.MapHeroWebhooks("/hero/webhooks");
            a.MapHeroWebhooks("/hero/webhooks/");
        }));

        Assert.That((one, two, health.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)), "was 500 for every request, /health included");
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(ex!.Message, Does.Contain("MapHeroWebhooks(\"/hero/webhooks/\") was called twice"));
    }

    [Test]
    public void The_inbox_without_a_durable_store_fails_at_start_up_naming_the_packages()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddHeroWebhooks(o => o.SigningKeys.Add(Key));
        builder.Services.AddHeroWebhookInbox();
        using var app = builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => app.MapHeroWebhooks());

        Assert.That(ex!.Message, Does.Contain("AddHeroWebhookPostgreSqlStore").And.Contain("AddHeroWebhookRedisStore"));
    }
}
