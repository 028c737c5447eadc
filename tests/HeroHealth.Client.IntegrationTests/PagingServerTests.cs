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
        await foreach (var admin in _hero.Admins.ListAllAdminsAsync(new PagingOptions { PageSize = 100 }))
        {
            ids.Add(admin.Id);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, total).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task A_server_whose_pages_end_before_its_count_gives_an_exception_not_a_short_list()
    {
        Serve(total: 120, cap: null, sendCount: true, stopAt: 50);

        var ex = await Assert.ThrowsAsync<HeroHealthIncompleteListException>(async () => await _hero.Admins.ListAllAdminsAsync(new PagingOptions { PageSize = 25 }).ToListAsync());

        Assert.That(ex!.ItemsReceived, Is.EqualTo(50));
        Assert.That(ex.ItemsExpected, Is.EqualTo(120));
    }

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
