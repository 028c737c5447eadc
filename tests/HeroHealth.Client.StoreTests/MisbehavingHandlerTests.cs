using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client.StoreTests;

/// <summary>
/// Exactly once where user code and processes misbehave, on each store: a handler that ignores its token and finishes
/// after Hero gave up, two handlers of one event with one failing, hung handlers in the inbox, and an instance frozen
/// (SIGSTOP) past its lease while another takes the event over.
/// </summary>
[TestFixture("postgres")]
[TestFixture("redis")]
[TestFixture("memory")]
[NonParallelizable]
public class MisbehavingHandlerTests(string engine)
{
    private StoreServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() => _server = Receiver.StartServer(engine);

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    private void SharedStoreOnly()
    {
        if (_server is MemoryServer)
        {
            Assert.Ignore("Needs a store shared by two processes or a durable inbox; the in-memory store is neither.");
        }
    }

    [Test]
    public async Task A_handler_that_ignores_its_token_and_finishes_after_the_sender_gave_up_runs_once()
    {
        var ledger = new Ledger();
        await using var a = await Receiver.StartAsync(_server, _server.Connection, Receiver.FreshName(_server), o => o.OnUnhandled(async (e, _, _) =>
        {
            ledger.Add("START");
            await Task.Delay(3000, CancellationToken.None); // a database write or an SMS through another client
            ledger.Add("SIDEEFFECT");
            ledger.Add("DONE");
        }));
        var delivery = Hero.Sign(Hero.Event("7001"));

        var abandoned = await Hero.PostAsync(a.Endpoint, delivery, TimeSpan.FromSeconds(0.8));
        var retries = await Hero.DeliverAsync([a.Endpoint], delivery, TimeSpan.FromMilliseconds(200));

        Assert.That(abandoned, Is.Null, "the sender timed out at 0.8 s");
        Assert.That(retries[^1], Is.EqualTo(HttpStatusCode.OK));
        Assert.That(retries.Where(s => s != HttpStatusCode.OK), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable), "asked to retry while the handler still ran");
        Assert.That((ledger.Count("START"), ledger.Count("SIDEEFFECT"), ledger.Count("DONE")), Is.EqualTo((1, 1, 1)), "the finished handler is completed, not run again");
    }

    [Test]
    public async Task With_two_handlers_and_one_failing_the_retry_runs_only_the_one_that_failed()
    {
        var ledger = new Ledger();
        var failures = 0;
        await using var a = await Receiver.StartAsync(_server, _server.Connection, Receiver.FreshName(_server), o =>
        {
            o.On(WebhookEventType.AppointmentConfirmed, (_, _, _) =>
            {
                ledger.Add("RUN_A");
                return Task.CompletedTask;
            });
            o.On(WebhookEventType.AppointmentConfirmed, (_, _, _) =>
            {
                ledger.Add("RUN_B");
                return Interlocked.Increment(ref failures) == 1 ? Task.FromException(new InvalidOperationException("the practice system is down")) : Task.CompletedTask;
            });
        });
        var delivery = Hero.Sign(Hero.Event("7002"));

        var statuses = await Hero.DeliverAsync([a.Endpoint], delivery, TimeSpan.FromMilliseconds(100));
        var copy = await Hero.PostAsync(a.Endpoint, delivery);

        Assert.That(statuses, Is.EqualTo(new HttpStatusCode?[] { HttpStatusCode.InternalServerError, HttpStatusCode.OK }));
        Assert.That(copy, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((ledger.Count("RUN_A"), ledger.Count("RUN_B")), Is.EqualTo((1, 2)), "each handler once: A is not run again for B's retry");
    }

    [Test]
    public async Task A_handler_past_its_timeout_fails_the_attempt_and_the_endpoint_stays_responsive()
    {
        var ledger = new Ledger();
        var hang = new TaskCompletionSource();
        await using var a = await Receiver.StartAsync(_server, _server.Connection, Receiver.FreshName(_server), o =>
        {
            o.HandlerTimeout = TimeSpan.FromSeconds(1);
            o.OnUnhandled(async (e, _, _) =>
            {
                ledger.Add("START " + e.Id);
                if (e.Id == "7003")
                {
                    await hang.Task; // hung: ignores its token
                }
            });
        }, services => services.AddHealthChecks().AddHeroWebhookStore());
        var health = a.Services.GetRequiredService<HealthCheckService>();
        try
        {
            var hung = await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("7003")));
            var fine = await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("7004")));
            var report = await health.CheckHealthAsync();

            Assert.That(hung, Is.EqualTo(HttpStatusCode.InternalServerError), "the attempt failed after HandlerTimeout, so Hero retries");
            Assert.That(fine, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.Entries["hero-webhook-store"].Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(report.Entries["hero-webhook-store"].Description, Does.Contain("past HandlerTimeout"));
        }
        finally
        {
            hang.TrySetResult();
        }
    }

    [Test]
    public async Task Two_hung_handlers_do_not_stop_the_inbox_and_its_health_check_says_degraded()
    {
        SharedStoreOnly();
        var ledger = new Ledger();
        var hang = new TaskCompletionSource();
        await using var a = await Receiver.StartAsync(_server, _server.Connection, Receiver.FreshName(_server), o =>
        {
            o.HandlerTimeout = TimeSpan.FromSeconds(1);
            o.OnUnhandled(async (e, _, _) =>
            {
                if (e.Id.StartsWith("hang", StringComparison.Ordinal))
                {
                    await hang.Task; // ignores its token, never returns by itself
                    return;
                }

                ledger.Complete(e);
            });
        }, services =>
        {
            services.AddHeroWebhookInbox(o =>
            {
                o.Lease = TimeSpan.FromSeconds(2);
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.FirstRetryDelay = TimeSpan.FromSeconds(2);
                o.MaxRetryDelay = TimeSpan.FromSeconds(4);
            }); // Concurrency stays at its default, 2
            services.AddHealthChecks().AddHeroWebhookInbox();
        });
        var health = a.Services.GetRequiredService<HealthCheckService>();
        try
        {
            Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("hang-1"))), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("hang-2"))), Is.EqualTo(HttpStatusCode.OK));
            await Task.Delay(300); // both slots now hold a hung handler
            foreach (var i in Enumerable.Range(1, 5))
            {
                Assert.That(await Hero.PostAsync(a.Endpoint, Hero.Sign(Hero.Event("fast-" + i.ToString(CultureInfo.InvariantCulture)))), Is.EqualTo(HttpStatusCode.OK));
            }

            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (ledger.Completed.Count < 5 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            var report = await health.CheckHealthAsync();

            Assert.That(ledger.Completed.Count, Is.EqualTo(5), "fast events done within 15 s");
            Assert.That(report.Entries["hero-webhook-inbox"].Status, Is.EqualTo(HealthStatus.Degraded), report.Entries["hero-webhook-inbox"].Description);
            Assert.That(report.Entries["hero-webhook-inbox"].Description, Does.Contain("past HandlerTimeout"));
            Assert.That((int)report.Entries["hero-webhook-inbox"].Data["handlers_overdue"], Is.GreaterThanOrEqualTo(1), "a hung handler is still running");
        }
        finally
        {
            hang.TrySetResult();
        }
    }

    [Test]
    public async Task A_frozen_instance_cannot_complete_a_claim_it_lost_and_its_fencing_number_is_lower()
    {
        SharedStoreOnly();
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        long fenceB = 0;
        await using var b = await Receiver.StartAsync(_server, _server.Connection, name, o =>
        {
            o.Lease = TimeSpan.FromSeconds(3);
            o.OnUnhandled(async (e, _, ct) =>
            {
                ledger.Add("START");
                fenceB = e.FencingToken;
                await Task.Delay(2000, ct); // still running when the frozen instance wakes
                ledger.Add("DONE");
            });
        });
        using var a = await HostProcess.StartAsync(_server, name, lease: TimeSpan.FromSeconds(3), handlerTime: TimeSpan.FromSeconds(4), ignoreToken: true);
        var delivery = Hero.Sign(Hero.Event("7005"));

        var toA = Hero.PostAsync(a.Endpoint, delivery, TimeSpan.FromSeconds(60));
        var handlingA = await a.WaitForAsync("HANDLING 7005");
        a.Pause();
        HttpStatusCode? fromA;
        HttpStatusCode? fromB;
        try
        {
            await Task.Delay(4000); // A's 3 s lease runs out while it is frozen
            var toB = Hero.PostAsync(b.Endpoint, delivery);
            while (ledger.Count("START") == 0)
            {
                await Task.Delay(20);
            }

            await Task.Delay(500);
            a.Resume(); // A's handler finishes its 4 s while B's still runs
            fromA = await toA;
            fromB = await toB;
        }
        finally
        {
            a.Resume();
        }

        var copy = await Hero.PostAsync(b.Endpoint, delivery);
        var fenceA = long.Parse(handlingA.Split(' ')[2], CultureInfo.InvariantCulture);

        Assert.That(fromA, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "the stale owner answers 503: it may not complete");
        Assert.That(fromB, Is.EqualTo(HttpStatusCode.OK), "the current owner completes it");
        Assert.That(copy, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((ledger.Count("START"), ledger.Count("DONE")), Is.EqualTo((1, 1)), "B ran once, and was not cancelled by A's late completion");
        Assert.That(fenceB, Is.GreaterThan(fenceA), "a handler can refuse the frozen instance's late writes by their number");
    }
}
