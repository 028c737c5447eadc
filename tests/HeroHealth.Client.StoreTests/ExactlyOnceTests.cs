using System.Globalization;
using System.Net;

namespace HeroHealth.Client.StoreTests;

/// <summary>
/// Each webhook event completed exactly once, counted at the handlers, on each shared store: two receiver hosts (two
/// Kestrel servers, two DI containers, one database), slow and failing handlers, senders that give up, a receiver
/// killed mid-handler, a thousand events with failures and duplicates, and a store that is down.
/// </summary>
[TestFixture("postgres")]
[TestFixture("redis")]
[NonParallelizable]
public class ExactlyOnceTests(string engine)
{
    private StoreServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() => _server = Receiver.StartServer(engine);

    [OneTimeTearDown]
    public void StopServer() => _server?.Dispose();

    private Task<Receiver> Start(string name, Ledger ledger, Func<HeroWebhookEvent, CancellationToken, Task>? work = null, TimeSpan? lease = null) =>
        Receiver.StartAsync(_server, _server.Connection, name, o =>
        {
            o.Lease = lease ?? TimeSpan.FromSeconds(30);
            o.OnUnhandled(async (e, _, ct) =>
            {
                ledger.Call(e);
                if (work is not null)
                {
                    await work(e, ct);
                }

                ledger.Complete(e);
            });
        });

    [Test]
    public async Task Fifty_concurrent_copies_at_two_hosts_are_completed_once()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        await using var a = await Start(name, ledger, (_, ct) => Task.Delay(300, ct));
        await using var b = await Start(name, ledger, (_, ct) => Task.Delay(300, ct));
        var delivery = Hero.Sign(Hero.Event("5001"));

        var runs = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Hero.DeliverAsync([a.Endpoint, b.Endpoint], delivery, TimeSpan.FromMilliseconds(100), start: i)));

        Assert.That(runs.Select(r => r[^1]), Is.All.EqualTo(HttpStatusCode.OK), "every copy is acknowledged in the end");
        Assert.That(runs.SelectMany(r => r).Where(s => s != HttpStatusCode.OK), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable), "copies that came while the event was being handled were asked to retry");
        Assert.That(ledger.Calls["5001"], Is.EqualTo(1));
        Assert.That(ledger.Completed["5001"], Is.EqualTo(1));
    }

    [Test]
    public async Task A_retry_while_a_slow_handler_fails_is_asked_to_retry_and_a_later_delivery_completes_it()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var attempts = 0;
        await using var a = await Start(name, ledger, async (_, ct) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await Task.Delay(1500, ct);
                throw new InvalidOperationException("the practice system timed out");
            }
        });
        var delivery = Hero.Sign(Hero.Event("5002"));

        var first = Hero.PostAsync(a.Endpoint, delivery);
        while (Volatile.Read(ref attempts) == 0)
        {
            await Task.Delay(10); // the first attempt's handler is running
        }

        var duringProcessing = await Hero.PostAsync(a.Endpoint, delivery);
        var firstStatus = await first;
        var later = await Hero.PostAsync(a.Endpoint, delivery);

        Assert.That(duringProcessing, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "never 200 before the event is completed");
        Assert.That(firstStatus, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(later, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ledger.Completed["5002"], Is.EqualTo(1), "0 lost");
        Assert.That(ledger.Calls["5002"], Is.EqualTo(2));
    }

    [Test]
    public async Task A_sender_that_gives_up_leaves_the_event_to_its_retry()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var attempts = 0;
        await using var a = await Start(name, ledger, (_, ct) => Interlocked.Increment(ref attempts) == 1 ? Task.Delay(3000, ct) : Task.CompletedTask);
        var delivery = Hero.Sign(Hero.Event("5003"));

        var abandoned = await Hero.PostAsync(a.Endpoint, delivery, TimeSpan.FromSeconds(0.8));
        var retries = await Hero.DeliverAsync([a.Endpoint], delivery, TimeSpan.FromMilliseconds(200));

        Assert.That(abandoned, Is.Null, "the sender timed out at 0.8 s");
        Assert.That(retries[^1], Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ledger.Completed.GetValueOrDefault("5003"), Is.EqualTo(1), "completed later, 0 lost");
        Assert.That(ledger.Calls["5003"], Is.EqualTo(2), "the aborted attempt released the event");
    }

    [Test]
    public async Task A_receiver_killed_mid_handler_loses_its_lease_and_the_other_instance_completes_the_event()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var delivery = Hero.Sign(Hero.Event("5004"));
        // A 5 s lease: long enough that the copy below surely arrives while it runs, even on a loaded machine.
        await using var b = await Start(name, ledger, lease: TimeSpan.FromSeconds(5));
        using var a = await HostProcess.StartAsync(_server, name, lease: TimeSpan.FromSeconds(5));

        var toA = Hero.PostAsync(a.Endpoint, delivery, TimeSpan.FromSeconds(30));
        await a.WaitForAsync("HANDLING 5004");
        a.Kill();
        var fromA = await toA;
        var whileLeaseHeld = await Hero.PostAsync(b.Endpoint, delivery);
        var retries = await Hero.DeliverAsync([b.Endpoint], delivery, TimeSpan.FromMilliseconds(250));

        Assert.That(fromA, Is.Null.Or.Not.EqualTo(HttpStatusCode.OK), "the killed instance acknowledged nothing");
        Assert.That(whileLeaseHeld, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "the dead instance's 5 s lease still ran");
        Assert.That(retries[^1], Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ledger.Completed["5004"], Is.EqualTo(1), "instance B completed it once the lease expired");
    }

    [Test]
    public async Task A_thousand_events_with_failures_and_duplicates_across_two_instances_are_each_completed_once()
    {
        var name = Receiver.FreshName(_server);
        var ledger = new Ledger();
        var failedOnce = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        Task Work(HeroWebhookEvent e, CancellationToken ct) =>
            int.Parse(e.Id, CultureInfo.InvariantCulture) % 10 == 0 && failedOnce.TryAdd(e.Id, true)
                ? Task.FromException(new InvalidOperationException("10 % of handlers fail their first attempt"))
                : Task.Delay(Random.Shared.Next(0, 20), ct);
        await using var a = await Start(name, ledger, Work);
        await using var b = await Start(name, ledger, Work);
        var random = new Random(26);
        var deliveries = Enumerable.Range(10_000, 1000).Select(i => Hero.Sign(Hero.Event(i.ToString(CultureInfo.InvariantCulture)))).ToList();
        // Each event delivered one to three times, the copies to either instance, all at once in random order.
        var sends = deliveries.SelectMany(d => Enumerable.Range(0, random.Next(1, 4)).Select(_ => (d, start: random.Next(2)))).OrderBy(_ => random.Next()).ToList();

        using var gate = new SemaphoreSlim(64);
        var runs = await Task.WhenAll(sends.Select(async s =>
        {
            await gate.WaitAsync();
            try
            {
                return await Hero.DeliverAsync([a.Endpoint, b.Endpoint], s.d, TimeSpan.FromMilliseconds(100), start: s.start);
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.That(sends, Has.Count.GreaterThan(1500), "duplicates were sent");
        Assert.That(runs.Select(r => r[^1]), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(ledger.Completed, Has.Count.EqualTo(1000), "none lost");
        Assert.That(ledger.Completed.Values, Is.All.EqualTo(1), "none doubled");
        Assert.That(failedOnce, Has.Count.EqualTo(100));
    }

    [Test]
    public async Task A_store_that_is_down_gets_503_with_retry_after_never_200()
    {
        var ledger = new Ledger();
        await using var a = await Receiver.StartAsync(_server, _server.Unreachable, Receiver.FreshName(_server), o => o.OnUnhandled((e, _, _) => { ledger.Call(e); return Task.CompletedTask; }));
        var delivery = Hero.Sign(Hero.Event("5005"));

        var statuses = new List<HttpStatusCode?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await Hero.PostAsync(a.Endpoint, delivery));
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(ledger.Calls, Is.Empty, "no handler runs without a claim");
    }
}
