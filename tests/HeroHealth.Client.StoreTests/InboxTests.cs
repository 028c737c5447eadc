using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client.StoreTests;

/// <summary>
/// The durable inbox on each shared store: the endpoint acknowledges only what is stored, the workers of two instances
/// complete each event once, failures are retried with backoff and parked as dead after the last attempt, dead events
/// are listed, reported by the health check and replayed, and an instance killed mid-handler leaves its event to the other.
/// </summary>
[TestFixture("postgres")]
[TestFixture("redis")]
[NonParallelizable]
public class InboxTests(string engine)
{
    private StoreServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() => _server = Receiver.StartServer(engine);

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    private Task<Receiver> Start(string name, Ledger ledger, Func<HeroWebhookEvent, CancellationToken, Task>? work = null, int maxAttempts = 5, string? connection = null) =>
        Receiver.StartAsync(_server, connection ?? _server.Connection, name, o =>
        {
            o.Lease = TimeSpan.FromSeconds(2);
            o.OnUnhandled(async (e, _, ct) =>
            {
                ledger.Call(e);
                if (work is not null)
                {
                    await work(e, ct);
                }

                ledger.Complete(e);
            });
        }, services =>
        {
            services.AddHeroWebhookInbox(o =>
            {
                o.Lease = TimeSpan.FromSeconds(2);
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.FirstRetryDelay = TimeSpan.FromMilliseconds(100);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
                o.MaxAttempts = maxAttempts;
            });
            services.AddHealthChecks().AddHeroWebhookInbox();
        });

    private static async Task Eventually(Func<bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {seconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }

    [Test]
    public async Task Copies_at_two_instances_are_acknowledged_at_once_and_handled_once_by_the_workers()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        await using var a = await Start(name, ledger, (_, ct) => Task.Delay(200, ct));
        await using var b = await Start(name, ledger, (_, ct) => Task.Delay(200, ct));
        var deliveries = Enumerable.Range(0, 20).Select(i => Hero.Sign(Hero.Event((6000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();

        var statuses = await Task.WhenAll(deliveries.SelectMany(d => Enumerable.Range(0, 5).Select(i => Hero.PostAsync(i % 2 == 0 ? a.Endpoint : b.Endpoint, d))));
        await Eventually(() => ledger.Completed.Count == 20, "20 events completed");
        await Task.Delay(500);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "stored durably, so acknowledged at once");
        Assert.That(ledger.Completed.Values, Is.All.EqualTo(1));
        Assert.That(ledger.Calls.Values, Is.All.EqualTo(1), "copies were recognised at the door");
    }

    [Test]
    public async Task A_failing_handler_is_retried_with_backoff_until_it_succeeds()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var attempts = 0;
        var times = new List<DateTime>();
        await using var a = await Start(name, ledger, (_, _) =>
        {
            lock (times)
            {
                times.Add(DateTime.UtcNow);
            }

            return Interlocked.Increment(ref attempts) <= 2 ? Task.FromException(new TimeoutException("EMIS did not answer")) : Task.CompletedTask;
        });

        Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("6100"))), Is.EqualTo(HttpStatusCode.OK));
        await Eventually(() => ledger.Completed.ContainsKey("6100"), "completed after two failures");

        Assert.That(ledger.Calls["6100"], Is.EqualTo(3));
        Assert.That(times[1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(90)), "first retry after about FirstRetryDelay");
        Assert.That(times[2] - times[1], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190)), "the delay doubles");
    }

    [Test]
    public async Task An_event_that_always_fails_goes_dead_is_reported_and_can_be_replayed()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var broken = true;
        await using var a = await Start(name, ledger, (_, _) => broken ? Task.FromException(new InvalidOperationException("bad mapping")) : Task.CompletedTask, maxAttempts: 3);
        var inbox = a.Services.GetRequiredService<IHeroWebhookInbox>();
        var health = a.Services.GetRequiredService<HealthCheckService>();

        Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("6200"))), Is.EqualTo(HttpStatusCode.OK));
        await Eventually(() => inbox.CountAsync(default).AsTask().Result.Dead == 1, "the event is dead");
        var dead = await inbox.ListDeadAsync(10, default);
        var report = await health.CheckHealthAsync();

        Assert.That(ledger.Calls["6200"], Is.EqualTo(3), "MaxAttempts");
        Assert.That(dead, Has.Count.EqualTo(1));
        Assert.That(dead[0].Attempts, Is.EqualTo(3));
        Assert.That(dead[0].LastError, Is.EqualTo("System.InvalidOperationException"), "the type, never the message");
        Assert.That(dead[0].ToString(), Does.Not.Contain("6200").And.Not.Contain("Appointment"), "no payload in ToString");
        Assert.That(report.Entries["hero-webhook-inbox"].Status, Is.EqualTo(HealthStatus.Degraded));
        Assert.That(report.Entries["hero-webhook-inbox"].Data["dead"], Is.EqualTo(1L));

        broken = false;
        Assert.That(await inbox.ReplayAsync(dead[0].EventKey, default), Is.True);
        await Eventually(() => ledger.Completed.ContainsKey("6200"), "completed after the replay");
        await Eventually(() => inbox.CountAsync(default).AsTask().Result == new HeroWebhookInboxCounts(0, 0), "nothing left");
        Assert.That((await health.CheckHealthAsync()).Entries["hero-webhook-inbox"].Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("6200"))) is HttpStatusCode.OK, Is.True);
    }

    [Test]
    public async Task An_instance_killed_mid_handler_leaves_the_stored_event_to_the_other_instance()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        using var a = await HostProcess.StartAsync(_server, name, lease: TimeSpan.FromSeconds(2), inbox: true);

        Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("6300"))), Is.EqualTo(HttpStatusCode.OK), "acknowledged once stored");
        await a.WaitForAsync("HANDLING 6300");
        a.Kill();
        await using var b = await Start(name, ledger);
        await Eventually(() => ledger.Completed.ContainsKey("6300"), "instance B's worker completed it after the lease expired");

        Assert.That(ledger.Completed["6300"], Is.EqualTo(1));
    }

    [Test]
    public async Task A_store_that_is_down_gets_503_and_the_health_check_answers_within_its_budget()
    {
        var ledger = new Ledger();
        await using var a = await Start(Receiver.FreshName(_server), ledger, connection: _server.Unreachable);
        var health = a.Services.GetRequiredService<HealthCheckService>();

        var status = await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("6400")));
        var started = DateTime.UtcNow;
        var report = await health.CheckHealthAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "never 200 before the event is durable");
        Assert.That(report.Entries["hero-webhook-inbox"].Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(4)));
        Assert.That(ledger.Calls, Is.Empty);
    }
}
