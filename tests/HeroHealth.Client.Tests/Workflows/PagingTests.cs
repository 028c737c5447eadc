using HeroHealth.Client.Generated;
using HeroHealth.Client.Paging;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class PagingTests
{
    [Test]
    public async Task Walks_every_page_until_count_is_reached()
    {
        using var h = new FacadeHarness();
        var requested = new List<string>();
        h.Mock.When("*/v1/admins").Respond(req =>
        {
            requested.Add(req.RequestUri!.Query);
            var index = int.Parse(System.Web.HttpUtility.ParseQueryString(req.RequestUri.Query)["page_index"]!, System.Globalization.CultureInfo.InvariantCulture);
            var items = Enumerable.Range(index * 2, index < 2 ? 2 : 1).Select(i => JObject.Parse(Facade.RetryPolicyTests.Sample("Admin", ("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            return Facade.RetryPolicyTests.Json(new JObject { ["data"] = new JArray(items), ["count"] = 5 }.ToString());
        });

        var ids = new List<string>();
        await foreach (var admin in h.Client.Admins.ListAllAdminsAsync(new PagingOptions { PageSize = 2 }))
        {
            ids.Add(admin.Id);
        }

        Assert.That(ids, Is.EqualTo(new[] { "0", "1", "2", "3", "4" }));
        Assert.That(requested, Is.EqualTo(new[] { "?page_index=0&page_size=2", "?page_index=1&page_size=2", "?page_index=2&page_size=2" }));
    }

    [Test]
    public async Task Stops_on_a_short_page_when_there_is_no_count_and_honours_first_page_index()
    {
        var pages = new List<int>();
        var items = await HeroPaging.EnumerateAsync<int>(
            (index, size, _) =>
            {
                pages.Add(index);
                return Task.FromResult(new HeroPage<int>(index < 3 ? [1, 2, 3] : [4], null));
            },
            new PagingOptions { PageSize = 3, FirstPageIndex = 1 }).ToListAsync();

        Assert.That(items, Is.EqualTo(new[] { 1, 2, 3, 1, 2, 3, 4 }));
        Assert.That(pages, Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task MaxItems_caps_the_walk_and_an_empty_page_ends_it()
    {
        var calls = 0;
        var capped = await HeroPaging.EnumerateAsync<int>((_, size, _) => { calls++; return Task.FromResult(new HeroPage<int>(Enumerable.Range(0, size).ToList(), null)); }, new PagingOptions { PageSize = 10, MaxItems = 25 }).ToListAsync();
        var empty = await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult(new HeroPage<int>([], 0)), null).ToListAsync();

        Assert.That(capped, Has.Count.EqualTo(25));
        Assert.That(calls, Is.EqualTo(3));
        Assert.That(empty, Is.Empty);
    }

    [Test]
    public void Cancellation_stops_between_pages()
    {
        using var cts = new CancellationTokenSource();
        var walk = HeroPaging.EnumerateAsync<int>((_, size, _) => Task.FromResult(new HeroPage<int>(Enumerable.Range(0, size).ToList(), null)), new PagingOptions { PageSize = 2 }, cts.Token);

        Assert.That(async () =>
        {
            await foreach (var item in walk)
            {
                if (item == 1)
                {
                    await cts.CancelAsync();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Options_are_validated()
    {
        Assert.That(async () => await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult(new HeroPage<int>([], null)), new PagingOptions { PageSize = 0 }).ToListAsync(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(async () => await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult(new HeroPage<int>([], null)), new PagingOptions { FirstPageIndex = 2 }).ToListAsync(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task Undocumented_list_shapes_page_too()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When("*/v1/subscriptions").Respond(_ => Facade.RetryPolicyTests.Json(++calls == 1 ? """{"data":[{"id":"1"},{"id":"2"}],"count":3}""" : """{"data":[{"id":"3"}],"count":3}"""));

        var subs = await h.Client.Subscriptions.ListAllSubscriptionsAsync(status: "cancelled", options: new PagingOptions { PageSize = 2 }).ToListAsync();

        Assert.That(subs.Select(s => (string?)s["id"]), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(calls, Is.EqualTo(2));
    }
}
