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
        await foreach (var admin in h.Client.Admins.ListAllAdminsAsync(paging: new PagingOptions { PageSize = 2 }))
        {
            ids.Add(admin.Id!);
        }

        Assert.That(ids, Is.EqualTo(new[] { "0", "1", "2", "3", "4" }));
        Assert.That(requested, Is.EqualTo(new[] { "?page_index=0&page_size=2", "?page_index=1&page_size=2", "?page_index=2&page_size=2" }));
    }

    [Test]
    public async Task Any_generated_list_walks_through_HeroPaging_with_the_generated_call_as_fetcher()
    {
        // The README's recipe for a list without a ListAll helper (short links, 5 items, pages of 2).
        using var h = new FacadeHarness();
        var requested = new List<string>();
        h.Mock.When("*/v1/short_links").Respond(req =>
        {
            requested.Add(req.RequestUri!.Query);
            var index = int.Parse(System.Web.HttpUtility.ParseQueryString(req.RequestUri.Query)["page_index"]!, System.Globalization.CultureInfo.InvariantCulture);
            var items = Enumerable.Range(index * 2, Math.Max(0, Math.Min(2, 5 - (index * 2)))).Select(i => new JObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return Facade.RetryPolicyTests.Json(new JObject { ["data"] = new JArray(items), ["count"] = 5 }.ToString());
        });
        var hero = h.Client;

        var links = await HeroPaging.EnumerateAsync<ShortLink>(
            async (index, size, ct) => await hero.ShortLinks.ListShortLinksAsync($"{index}", $"{size}", cancellationToken: ct),
            new PagingOptions { PageSize = 2 }).ToListAsync();

        Assert.That(links.Select(l => l.AdditionalProperties["id"].ToString()), Is.EqualTo(new[] { "0", "1", "2", "3", "4" }));
        Assert.That(requested, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Without_a_count_pages_until_an_empty_page_and_honours_first_page_index()
    {
        var pages = new List<(int Index, int Size)>();
        var items = await HeroPaging.EnumerateAsync<int>(
            (index, size, _) =>
            {
                pages.Add((index, size));
                return Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(7, index - 1, size, cap: null), null));
            },
            new PagingOptions { PageSize = 3, FirstPageIndex = 1 }).ToListAsync();

        Assert.That(items, Is.EqualTo(Enumerable.Range(0, 7)));
        // 3 + 3 + 1: the 1-item page cannot be a cap of 3 (7 % 1 == 0 but it is shorter, so the next page at size 1 tells).
        Assert.That(pages, Is.EqualTo(new[] { (1, 3), (2, 3), (3, 3), (8, 1) }));
    }

    [TestCase(120, 50, 100, true, 3)]   // count says 120; Hero caps pages at 50: the walk follows the cap
    [TestCase(250, null, 100, false, 4)] // no count: 100, 100, 50, then an empty page at the new size
    [TestCase(250, null, 100, true, 3)]
    [TestCase(230, null, 100, false, 3)] // no count, final 30 cannot be a cap of 100 after 200 items: the end
    [TestCase(120, 50, 100, false, 4)]  // capped and no count: 50, 50, 20 (20 divides 120), then empty
    [TestCase(1, null, 100, true, 1)]
    public async Task Returns_every_item_whatever_the_server_caps_or_omits(int total, int? cap, int pageSize, bool sendCount, int expectedRequests)
    {
        var requests = 0;
        var items = await HeroPaging.EnumerateAsync<int>(
            (index, size, _) =>
            {
                requests++;
                return Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(total, index, size, cap), sendCount ? total : null));
            },
            new PagingOptions { PageSize = pageSize }).ToListAsync();

        Assert.That(items, Is.EqualTo(Enumerable.Range(0, total)), "every item once, in order");
        Assert.That(requests, Is.EqualTo(expectedRequests));
    }

    [Test]
    public async Task A_generated_list_call_is_a_page_fetcher_and_an_empty_body_ends_the_walk()
    {
        var calls = 0;
        var items = await HeroPaging.EnumerateAsync<Admin>(
            (index, _, _) =>
            {
                calls++;
                return Task.FromResult<IHeroPage<Admin>?>(index == 0 ? new AdminList { Data = [new Admin { Id = "1" }], Count = 2 } : null);
            },
            new PagingOptions { PageSize = 1 }).ToListAsync();

        Assert.That(items.Select(a => a.Id), Is.EqualTo(new[] { "1" }));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task A_count_of_zero_beside_items_is_read_as_no_count()
    {
        // A missing "count" deserializes as 0: it must not end the walk after the first page.
        var items = await HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(250, index, size, null), 0)), new PagingOptions { PageSize = 100 }).ToListAsync();

        Assert.That(items, Has.Count.EqualTo(250));
    }

    [Test]
    public async Task Pages_that_end_before_the_count_throw_instead_of_returning_part()
    {
        var walk = HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(80, index, size, null), 120)), new PagingOptions { PageSize = 40 });

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await walk.ToListAsync());

        Assert.That(ex!.ItemsReceived, Is.EqualTo(80));
        Assert.That(ex.ItemsExpected, Is.EqualTo(120));
        Assert.That(ex.Message, Does.Contain("80 item(s) received of the 120 Hero counted"));
    }

    [Test]
    public async Task Reaching_MaxPages_with_more_to_come_throws()
    {
        var walk = HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(1000, index, size, null), null)), new PagingOptions { PageSize = 10, MaxPages = 3 });

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await walk.ToListAsync());

        Assert.That(ex!.ItemsReceived, Is.EqualTo(30));
        Assert.That(ex.Message, Does.Contain("MaxPages (3)"));
    }

    [Test]
    public async Task A_server_inventing_distinct_items_without_a_count_stops_at_the_item_safety_limit()
    {
        var requests = 0;
        var walk = HeroPaging.EnumerateAsync<int>((index, size, _) =>
        {
            requests++;
            return Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Enumerable.Range(index * size, size).ToList(), null));
        }, new PagingOptions { PageSize = 100, ItemSafetyLimit = 250 });

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await walk.ToListAsync());

        Assert.That(ex!.ItemsReceived, Is.EqualTo(200));
        Assert.That(requests, Is.EqualTo(3), "it used to take 10,000 requests and 1,000,000 items");
        Assert.That(ex.Message, Does.Contain("ItemSafetyLimit (250)"));
    }

    [Test]
    public async Task A_walk_past_the_largest_count_any_page_stated_stops_even_when_later_pages_drop_the_count()
    {
        var walk = HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(
            new HeroPage<int>(Enumerable.Range(index * size, size).ToList(), index == 0 ? 150 : null)), new PagingOptions { PageSize = 100 });

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await walk.ToListAsync());

        Assert.That((ex!.ItemsReceived, ex.ItemsExpected), Is.EqualTo((100L, (long?)150)));
    }

    [Test]
    public void The_safety_stops_have_lower_defaults_and_MaxItems_above_the_item_limit_raises_it()
    {
        var options = new PagingOptions();

        Assert.That((options.MaxPages, options.ItemSafetyLimit), Is.EqualTo((1_000, 100_000)));
        Assert.That(async () => await HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Enumerable.Range(index * size, size).ToList(), null)),
            new PagingOptions { PageSize = 10, ItemSafetyLimit = 20, MaxItems = 35 }).ToListAsync(), Has.Count.EqualTo(35));
    }

    [Test]
    public async Task MaxPages_exactly_covering_the_list_is_not_an_error()
    {
        var items = await HeroPaging.EnumerateAsync<int>((index, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Slice(30, index, size, null), 30)), new PagingOptions { PageSize = 10, MaxPages = 3 }).ToListAsync();

        Assert.That(items, Has.Count.EqualTo(30));
    }

    /// <summary>What a server holding <paramref name="total"/> items returns for a page: offset = index × the size it uses.</summary>
    internal static List<int> Slice(int total, int index, int size, int? cap)
    {
        var effective = cap is { } c ? Math.Min(c, size) : size;
        return Enumerable.Range(index * effective, Math.Max(0, Math.Min(effective, total - (index * effective)))).ToList();
    }

    [Test]
    public async Task MaxItems_caps_the_walk_and_an_empty_page_ends_it()
    {
        var calls = 0;
        var capped = await HeroPaging.EnumerateAsync<int>((index, size, _) => { calls++; return Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Enumerable.Range(index * size, size).ToList(), null)); }, new PagingOptions { PageSize = 10, MaxItems = 25 }).ToListAsync();
        var empty = await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>([], 0)), null).ToListAsync();

        Assert.That(capped, Has.Count.EqualTo(25));
        Assert.That(calls, Is.EqualTo(3));
        Assert.That(empty, Is.Empty);
    }

    [Test]
    public void Cancellation_stops_between_pages()
    {
        using var cts = new CancellationTokenSource();
        var walk = HeroPaging.EnumerateAsync<int>((_, size, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>(Enumerable.Range(0, size).ToList(), null)), new PagingOptions { PageSize = 2 }, cts.Token);

        Assert.That(async () =>
        {
            await foreach (var item in walk)
            {
                if (item == 1)
                {
                    await cts.CancelAsync();
                }
            }
        }, Throws.InstanceOf<HeroHealthOperationCanceledException>().With.Property(nameof(HeroHealthOperationCanceledException.MayHaveBeenDelivered)).False);
    }

    [Test]
    public void Options_are_validated()
    {
        Assert.That(async () => await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>([], null)), new PagingOptions { PageSize = 0 }).ToListAsync(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(async () => await HeroPaging.EnumerateAsync<int>((_, _, _) => Task.FromResult<IHeroPage<int>?>(new HeroPage<int>([], null)), new PagingOptions { FirstPageIndex = 2 }).ToListAsync(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task Undocumented_list_shapes_page_too()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When("*/v1/subscriptions").Respond(_ => Facade.RetryPolicyTests.Json(++calls == 1 ? """{"data":[{"id":"1"},{"id":"2"}],"count":3}""" : """{"data":[{"id":"3"}],"count":3}"""));

        var subs = await h.Client.Subscriptions.ListAllSubscriptionsAsync(status: "cancelled", paging: new PagingOptions { PageSize = 2 }).ToListAsync();

        Assert.That(subs.Select(s => (string?)s["id"]), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(calls, Is.EqualTo(2));
    }
}
