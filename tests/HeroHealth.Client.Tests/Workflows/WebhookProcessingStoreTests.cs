using Microsoft.Extensions.Time.Testing;

namespace HeroHealth.Client.Tests.Workflows;

/// <summary>The in-memory processing store keeps the rules every shared store keeps: claim, renew, complete, release, leases, retention.</summary>
[TestFixture]
public class WebhookProcessingStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task One_claim_of_many_concurrent_ones_is_acquired_and_the_others_see_it_held()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);

        var claims = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => store.ClaimAsync("d:01", Lease, default).AsTask())));

        Assert.That(claims.Count(c => c.Status == HeroWebhookClaimStatus.Acquired), Is.EqualTo(1));
        Assert.That(claims.Count(c => c.Status == HeroWebhookClaimStatus.HeldElsewhere), Is.EqualTo(49));
    }

    [Test]
    public async Task A_completed_event_is_reported_completed_until_its_retention_ends()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var claim = await store.ClaimAsync("d:02", Lease, default);

        await store.CompleteAsync(claim, TimeSpan.FromMinutes(10), default);
        var copy = await store.ClaimAsync("d:02", Lease, default);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var afterRetention = await store.ClaimAsync("d:02", Lease, default);

        Assert.That(copy.Status, Is.EqualTo(HeroWebhookClaimStatus.Completed));
        Assert.That(afterRetention.Status, Is.EqualTo(HeroWebhookClaimStatus.Acquired), "forgotten after the retention");
    }

    [Test]
    public async Task A_stale_owner_cannot_complete_a_claim_taken_over_and_fencing_numbers_grow()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var paused = await store.ClaimAsync("d:10", Lease, default);
        _clock.Advance(Lease); // the holder froze past its lease
        var current = await store.ClaimAsync("d:10", Lease, default);

        var staleCompleted = await store.CompleteAsync(paused, TimeSpan.FromMinutes(10), default);
        var staleHandler = await store.CompleteHandlerAsync(paused, "type:A", default);
        var afterStale = await store.ClaimAsync("d:10", Lease, default);
        var currentCompleted = await store.CompleteAsync(current, TimeSpan.FromMinutes(10), default);

        Assert.That(paused.FencingToken, Is.EqualTo(1));
        Assert.That(current.FencingToken, Is.EqualTo(2), "each new holder gets a larger number");
        Assert.That(staleCompleted, Is.False, "a stale owner never marks the event completed");
        Assert.That(staleHandler, Is.False);
        Assert.That(afterStale.Status, Is.EqualTo(HeroWebhookClaimStatus.HeldElsewhere), "the current owner still holds it");
        Assert.That(currentCompleted, Is.True);
        Assert.That((await store.ClaimAsync("d:10", Lease, default)).Status, Is.EqualTo(HeroWebhookClaimStatus.Completed));
    }

    [Test]
    public async Task Completed_handlers_survive_a_release_and_are_forgotten_with_the_completed_event()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var first = await store.ClaimAsync("d:11", Lease, default);
        Assert.That(await store.CompleteHandlerAsync(first, "type:A", default), Is.True);
        await store.ReleaseAsync(first, default); // handler B failed

        var retry = await store.ClaimAsync("d:11", Lease, default);
        await store.CompleteAsync(retry, TimeSpan.FromMinutes(1), default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var newEvent = await store.ClaimAsync("d:11", Lease, default);

        Assert.That(retry.CompletedHandlers, Is.EquivalentTo(new[] { "type:A" }), "the retry runs only B");
        Assert.That(retry.FencingToken, Is.EqualTo(2));
        Assert.That(newEvent.CompletedHandlers, Is.Empty, "after the retention it is a new event");
        Assert.That(newEvent.FencingToken, Is.EqualTo(3), "the number never goes back");
    }

    [Test]
    public async Task A_released_claim_is_acquired_by_the_next_delivery_and_a_lost_claim_cannot_release_the_new_one()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var first = await store.ClaimAsync("d:03", Lease, default);
        await store.ReleaseAsync(first, default);
        var second = await store.ClaimAsync("d:03", Lease, default);

        await store.ReleaseAsync(first, default); // the first holder's late release
        var third = await store.ClaimAsync("d:03", Lease, default);

        Assert.That(second.Status, Is.EqualTo(HeroWebhookClaimStatus.Acquired));
        Assert.That(third.Status, Is.EqualTo(HeroWebhookClaimStatus.HeldElsewhere), "the second holder still holds it");
        Assert.That(await store.RenewAsync(first, Lease, default), Is.False);
        Assert.That(await store.RenewAsync(second, Lease, default), Is.True);
    }

    [Test]
    public async Task An_expired_lease_is_taken_over_and_renewal_keeps_it_from_expiring()
    {
        var store = new InMemoryHeroWebhookStore(timeProvider: _clock);
        var crashed = await store.ClaimAsync("d:04", Lease, default);
        var running = await store.ClaimAsync("d:05", Lease, default);

        _clock.Advance(TimeSpan.FromSeconds(20));
        await store.RenewAsync(running, Lease, default);
        _clock.Advance(TimeSpan.FromSeconds(15));

        Assert.That((await store.ClaimAsync("d:04", Lease, default)).Status, Is.EqualTo(HeroWebhookClaimStatus.Acquired), "a crashed holder's lease expired");
        Assert.That((await store.ClaimAsync("d:05", Lease, default)).Status, Is.EqualTo(HeroWebhookClaimStatus.HeldElsewhere), "renewed 15 s ago");
        Assert.That(crashed.Status, Is.EqualTo(HeroWebhookClaimStatus.Acquired));
    }

    [Test]
    public async Task Memory_is_bounded_and_running_claims_are_never_dropped()
    {
        var store = new InMemoryHeroWebhookStore(capacity: 100, timeProvider: _clock);
        var running = await store.ClaimAsync("running", TimeSpan.FromHours(1), default);
        for (var i = 0; i < 1000; i++)
        {
            await store.CompleteAsync(await store.ClaimAsync("d:" + i, Lease, default), TimeSpan.FromHours(1), default);
        }

        Assert.That(store.Count, Is.LessThanOrEqualTo(100));
        Assert.That((await store.ClaimAsync("running", Lease, default)).Status, Is.EqualTo(HeroWebhookClaimStatus.HeldElsewhere));
        Assert.That(running.Status, Is.EqualTo(HeroWebhookClaimStatus.Acquired));
    }
}
