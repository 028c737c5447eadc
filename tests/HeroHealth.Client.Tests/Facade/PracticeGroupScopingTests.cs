using System.Collections.Concurrent;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Acting for many practice groups through one connection pool: each request carries only its own group.</summary>
[TestFixture]
public class PracticeGroupScopingTests
{
    [Test]
    public async Task A_thousand_concurrent_calls_over_fifty_practice_groups_each_carry_their_own_headers()
    {
        using var h = new FacadeHarness();
        var seen = new ConcurrentBag<(string Group, string Key, string Path)>();
        h.Mock.When("*").Respond(async req =>
        {
            await Task.Yield(); // let calls interleave
            seen.Add((
                req.Headers.GetValues("x-practice-group-id").Single(),
                req.Headers.GetValues("x-api-key").Single(),
                req.RequestUri!.AbsolutePath));
            return RetryPolicyTests.Json("""{"id":"x"}""");
        });
        var groups = Enumerable.Range(0, 50).Select(i => (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var scoped = groups.Select(h.Client.ForPracticeGroup).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            scoped[i % 50].Booking.GetSlotAsync($"{groups[i % 50]}-{i}")));

        Assert.That(seen, Has.Count.EqualTo(1000));
        Assert.That(seen.All(s => s.Key == FacadeHarness.ApiKey), Is.True);
        // The slot id embeds the group the call was made for: the header must name the same group.
        Assert.That(seen.Where(s => !s.Path.Contains("/" + s.Group + "-", StringComparison.Ordinal)), Is.Empty);
        Assert.That(seen.Select(s => s.Group).Distinct().Count(), Is.EqualTo(50));
    }

    [Test]
    public async Task Scoped_clients_share_the_pool_and_disposing_one_leaves_the_root_working()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*").Respond("application/json", """{"id":"1"}""");

        var other = h.Client.ForPracticeGroup("77");
        Assert.That(other.PracticeGroupId, Is.EqualTo("77"));
        Assert.That(h.Client.PracticeGroupId, Is.EqualTo(FacadeHarness.PracticeGroupId));
        other.Dispose();

        Assert.That((await h.Client.Booking.GetSlotAsync("1"))!.Id, Is.EqualTo("1"));
        Assert.That((await h.Client.ForPracticeGroup("78").Booking.GetSlotAsync("1"))!.Id, Is.EqualTo("1"));
    }

    [TestCase("")]
    [TestCase("12a")]
    [TestCase("../1")]
    public void A_practice_group_that_is_not_digits_is_refused_before_any_request(string id)
    {
        using var h = new FacadeHarness();
        var ex = Assert.Throws<ArgumentException>(() => h.Client.ForPracticeGroup(id));
        Assert.That(ex!.ParamName, Is.EqualTo("practiceGroupId"));
    }
}
