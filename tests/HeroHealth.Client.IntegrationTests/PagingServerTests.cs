using Microsoft.AspNetCore.Http;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// Auto-paging against a real loopback server that holds a list and pages it the ways a server may: capping the page
/// size, leaving out <c>count</c>, or ending its pages before its count. The caller gets every item, or an exception.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PagingServerTests
{
    private FaultServer _server = null!;
    private HeroHealthClient _hero = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await FaultServer.StartAsync();
        var options = new HeroHealthClientOptions();
        HostSetupTests.Configure(options, _server.BaseAddress);
        _hero = new HeroHealthClient(options);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _hero.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase(120, 50, true, TestName = "Capped page size with a count: 120 of 120")]
    [TestCase(250, null, false, TestName = "No count: 250 of 250")]
    [TestCase(120, 50, false, TestName = "Capped page size and no count: 120 of 120")]
    public async Task Every_admin_is_returned(int total, int? cap, bool sendCount)
    {
        Serve(total, cap, sendCount, stopAt: null);

        var ids = new List<string>();
        await foreach (var admin in _hero.Admins.ListAllAdminsAsync(paging: new PagingOptions { PageSize = 100 }))
        {
            ids.Add(admin.Id!);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, total).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task A_server_whose_pages_end_before_its_count_gives_an_exception_not_a_short_list()
    {
        Serve(total: 120, cap: null, sendCount: true, stopAt: 50);

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await _hero.Admins.ListAllAdminsAsync(paging: new PagingOptions { PageSize = 25 }).ToListAsync());

        Assert.That(ex!.ItemsReceived, Is.EqualTo(50));
        Assert.That(ex.ItemsExpected, Is.EqualTo(120));
    }

    public enum Lie
    {
        /// <summary>Always the first page, whatever page_index says (no count): it used to page 10,000 times, 1,000,000 items.</summary>
        IgnoresPageIndex,

        /// <summary>Always the first page, with a count of 250.</summary>
        IgnoresPageIndexWithCount,

        /// <summary>Pages that overlap by ten items, count 250: it used to return 270 items.</summary>
        OverlappingPages,

        /// <summary>250 items of which 125 are distinct (each item twice in its page).</summary>
        DuplicatesInAPage,

        /// <summary><c>{}</c>: it used to return 0 items without a word.</summary>
        EmptyObject,

        /// <summary>A 200 body that is not a <c>{data, count}</c> list.</summary>
        OtherShape,
    }

    [Test]
    public async Task A_server_that_lies_about_its_pages_ends_in_an_exception_within_one_page([Values] Lie lie)
    {
        _server.Behave((c, _) =>
        {
            var index = int.Parse(c.Request.Query["page_index"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var body = lie switch
            {
                Lie.IgnoresPageIndex => Page(Enumerable.Range(0, 100), count: null),
                Lie.IgnoresPageIndexWithCount => Page(Enumerable.Range(0, 100), count: 250),
                Lie.OverlappingPages => Page(Enumerable.Range(index * 90, Math.Max(0, Math.Min(100, 250 - (index * 90)))), count: 250),
                Lie.DuplicatesInAPage => Page(Enumerable.Range(index * 50, Math.Max(0, Math.Min(50, 125 - (index * 50)))).SelectMany(i => new[] { i, i }), count: 250),
                Lie.EmptyObject => "{}",
                _ => """{"admins":[{"id":"1","first_name":"A","last_name":"B","email":"a@b.example"}],"total":1}""",
            };
            return FaultServer.Json(c, 200, body);
        });
        var before = _server.Requests;

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await _hero.Admins.ListAllAdminsAsync().ToListAsync());

        var pages = _server.Requests - before;
        Assert.That(pages, Is.LessThanOrEqualTo(2), $"{lie}: stopped at the page that showed it ({pages} requests)");
        Assert.That(ex!.ItemsReceived, Is.LessThanOrEqualTo(100));
        Assert.That(ex.Message, Does.Not.Contain("admin").And.Not.Contain("@"), "no item data in the message");
    }

    private static string Page(IEnumerable<int> ids, int? count) =>
        $"{{\"data\":[{string.Join(',', ids.Select(i => $$"""{"id":"{{i}}","first_name":"Admin","last_name":"Number","email":"admin{{i}}@practice.example"}"""))}]{(count is { } n ? $",\"count\":{n}" : string.Empty)}}}";

    private void Serve(int total, int? cap, bool sendCount, int? stopAt) => _server.Behave((c, _) =>
    {
        var index = int.Parse(c.Request.Query["page_index"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var size = int.Parse(c.Request.Query["page_size"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var effective = cap is { } limit ? Math.Min(limit, size) : size;
        var end = Math.Min(stopAt ?? total, total);
        var items = Enumerable.Range(index * effective, Math.Max(0, Math.Min(effective, end - (index * effective))))
            .Select(i => $$"""{"id":"{{i}}","first_name":"Admin","last_name":"Number","email":"admin{{i}}@practice.example"}""");
        var count = sendCount ? $",\"count\":{total}" : string.Empty;
        return FaultServer.Json(c, 200, $"{{\"data\":[{string.Join(',', items)}]{count}}}");
    });
}
