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

    [Test]
    public void A_scoped_client_has_one_practice_group_wherever_it_is_read()
    {
        using var h = new FacadeHarness();
        var scoped = h.Client.ForPracticeGroup("77");
        var options = (HeroHealthClientOptions)typeof(HeroHealthClient).GetProperty("Options", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(scoped)!;

        Assert.That((scoped.PracticeGroupId, options.PracticeGroupId), Is.EqualTo(("77", "77")), "the options a subclass sees agree with the headers sent");
        Assert.That(scoped.ToString(), Does.Contain("PracticeGroupId=77"));
        Assert.That(h.Client.PracticeGroupId, Is.Not.EqualTo("77"), "the original client is unchanged");
    }

    [Test]
    public async Task Every_way_in_words_a_bad_practice_group_id_the_same()
    {
        using var h = new FacadeHarness();
        var scoping = Assert.Throws<ArgumentException>(() => h.Client.ForPracticeGroup("12a"))!.Message;
        var token = (await Assert.ThrowsAsync<ArgumentException>(() => new HeroAccessTokenProvider(h.Client).GetTokenAsync("12a")))!.Message;
        var options = new HeroHealthClientOptionsValidator().Validate(null, new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "12a" }).FailureMessage;

        const string Rule = "must contain digits only (Hero ids are numbers, e.g. \"1001\")";
        Assert.That(scoping, Does.StartWith("The practice group id " + Rule));
        Assert.That(token, Does.StartWith("The practice group id " + Rule));
        Assert.That(options, Does.Contain("PracticeGroupId " + Rule));
    }
}
