using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Registration through Microsoft.Extensions.DependencyInjection and IHttpClientFactory.</summary>
[TestFixture]
public class DependencyInjectionTests
{
    private const string AppSettings = """
        {
          "HeroHealth": {
            "ApiKey": "di-test-key-91c",
            "PracticeGroupId": "123",
            "Environment": "Production",
            "ApplicationId": "ContosoGP",
            "Timeout": "00:00:20",
            "Retry": { "MaxAttempts": 2 }
          },
          "PracticeA": { "ApiKey": "key-a", "PracticeGroupId": "501", "Environment": "Staging" },
          "PracticeB": { "ApiKey": "key-b", "PracticeGroupId": "502", "Environment": "Mock" }
        }
        """;

    [Test]
    public async Task Configuration_section_binds_and_the_client_resolves()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect("https://api.herohealth.net/v1/slots/1")
            .WithHeaders("x-api-key", "di-test-key-91c")
            .WithHeaders("x-practice-group-id", "123")
            .Respond("application/json", """{"id":"1"}""");
        var services = new ServiceCollection();
        services.AddHeroHealthClient(Configuration().GetSection("HeroHealth")).ConfigureTransport(_ => mock);
        using var provider = services.BuildServiceProvider();

        var hero = provider.GetRequiredService<HeroHealthClient>();
        await hero.Booking.GetSlotAsync("1");

        mock.VerifyNoOutstandingExpectation();
        var tokens = provider.GetRequiredService<HeroHealth.Client.HeroAccessTokenProvider>();
        Assert.That(provider.GetRequiredService<HeroHealth.Client.HeroAccessTokenProvider>(), Is.SameAs(tokens), "one token cache per app");
        var options = provider.GetRequiredService<IOptionsMonitor<HeroHealthClientOptions>>().Get(Options.DefaultName);
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(options.Retry.MaxAttempts, Is.EqualTo(2));
    }

    [Test]
    public async Task Named_registrations_resolve_through_the_factory()
    {
        using var mock = new MockHttpMessageHandler();
        var seen = new List<string>();
        mock.When("*").Respond(req =>
        {
            seen.Add($"{req.RequestUri!.Host} {req.Headers.GetValues("x-api-key").Single()} {req.Headers.GetValues("x-practice-group-id").Single()}");
            return RetryPolicyTests.Json("""{"id":"1"}""");
        });
        var services = new ServiceCollection();
        var configuration = Configuration();
        services.AddHeroHealthClient("practice-a", configuration.GetSection("PracticeA")).ConfigureTransport(_ => mock);
        services.AddHeroHealthClient("practice-b", o =>
        {
            o.ApiKey = "key-b";
            o.PracticeGroupId = "502";
            o.Environment = HeroHealthEnvironment.Mock;
        }).ConfigureTransport(_ => mock);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHeroHealthClientFactory>();

        await factory.CreateClient("practice-a").Booking.GetSlotAsync("1");
        await factory.CreateClient("practice-b").Booking.GetSlotAsync("1");

        Assert.That(seen, Is.EqualTo(new[] { "api.staging.htech.app key-a 501", "developer.herohealth.net key-b 502" }));
        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateClient("practice-c"));
        Assert.That(ex!.Message, Does.Contain("practice-c"));
    }

    [Test]
    public void Invalid_configuration_fails_at_startup_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o => o.PracticeGroupId = "abc");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("HeroHealthClientOptions.ApiKey is required").And.Contain("HeroHealthClientOptions.PracticeGroupId must contain digits only"));
    }

    [Test]
    public async Task Your_own_transport_handlers_run_once_per_attempt()
    {
        using var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When("*").Respond(_ => ++calls == 1 ? new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable) : RetryPolicyTests.Json("""{"id":"1"}"""));
        var counter = new CountingHandler();
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o =>
            {
                o.ApiKey = "k";
                o.PracticeGroupId = "1";
                o.Retry.BaseDelay = TimeSpan.Zero;
                o.Retry.MaxDelay = TimeSpan.Zero;
            })
            .ConfigureTransport(_ => { counter.InnerHandler = mock; return counter; });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HeroHealthClient>().Booking.GetSlotAsync("1");

        Assert.That(counter.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task No_logger_writes_the_url_with_its_nhs_number()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"data":[]}""");
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = "k";
            o.PracticeGroupId = "1";
        }).ConfigureTransport(_ => mock);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HeroHealthClient>().Patients.ListPatientsV3Async(nhsNumber: "9434765919", lastName: "Smith");

        var records = logs.GetSnapshot();
        Assert.That(records.Select(r => r.Category), Has.Some.EqualTo("HeroHealth.Client"));
        Assert.That(records.Select(r => r.Category), Has.None.StartsWith("System.Net.Http.HttpClient"));
        Assert.That(string.Join("\n", records.Select(r => r.Message)), Does.Not.Contain("9434765919").And.Not.Contain("Smith"));
    }

    [Test]
    public async Task A_rotated_api_key_is_used_at_once_by_every_part_of_the_client()
    {
        using var mock = new MockHttpMessageHandler();
        var keys = new List<string>();
        mock.When("*").Respond(req =>
        {
            keys.Add($"{req.RequestUri!.AbsolutePath} {req.Headers.GetValues("x-api-key").Single()}");
            return req.RequestUri.AbsolutePath.EndsWith("access_token", StringComparison.Ordinal)
                ? RetryPolicyTests.Json("""{"access_token":"header.eyJleHAiOjQxMDI0NDQ4MDB9.sig"}""")
                : RetryPolicyTests.Json("""{"id":"1"}""");
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HeroHealth:ApiKey"] = "old-key-1",
            ["HeroHealth:PracticeGroupId"] = "123",
        }).Build();
        var services = new ServiceCollection();
        services.AddHeroHealthClient(configuration.GetSection("HeroHealth")).ConfigureTransport(_ => mock);
        using var provider = services.BuildServiceProvider();
        var hero = provider.GetRequiredService<HeroHealthClient>();
        var tokens = provider.GetRequiredService<HeroHealth.Client.HeroAccessTokenProvider>();

        await hero.Booking.GetSlotAsync("1");
        await tokens.GetTokenAsync("123");
        configuration["HeroHealth:ApiKey"] = "new-key-2";
        configuration.Reload();
        await hero.Booking.GetSlotAsync("1");
        await hero.ForPracticeGroup("456").Booking.GetSlotAsync("1");
        await tokens.GetTokenAsync("456"); // a new mint (another group's cache entry) after the rotation
        await provider.GetRequiredService<HeroHealthClient>().Booking.GetSlotAsync("1");

        Assert.That(keys, Is.EqualTo(new[]
        {
            "/v1/slots/1 old-key-1", "/v1/access_token old-key-1",
            "/v1/slots/1 new-key-2", "/v1/slots/1 new-key-2", "/v1/access_token new-key-2", "/v1/slots/1 new-key-2",
        }));
    }

    [Test]
    public void Resolving_the_client_fifty_thousand_times_does_not_grow_memory()
    {
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = "k";
            o.PracticeGroupId = "123";
        });
        using var provider = services.BuildServiceProvider();
        var first = provider.GetRequiredService<HeroHealthClient>();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 50_000; i++)
        {
            Assert.That(provider.GetRequiredService<HeroHealthClient>(), Is.SameAs(first));
            _ = provider.GetRequiredService<IHeroHealthClientFactory>().CreateClient();
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        TestContext.Out.WriteLine($"retained after 50,000 resolutions: {grown:N0} bytes");
        Assert.That(grown, Is.LessThan(1024 * 1024), "resolutions are not retained (was 59 MiB with a transient client)");
    }

    [Test]
    public async Task Disposing_a_resolved_client_does_not_break_it_for_the_rest_of_the_app()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"id":"1"}""");
        var services = new ServiceCollection();
        services.AddHeroHealthClient(Configuration().GetSection("HeroHealth")).ConfigureTransport(_ => mock);
        using var provider = services.BuildServiceProvider();

        using (var scoped = provider.GetRequiredService<IHeroHealthClientFactory>().CreateClient())
        {
            await scoped.Booking.GetSlotAsync("1");
        }

        Assert.That(async () => await provider.GetRequiredService<HeroHealthClient>().Booking.GetSlotAsync("1"), Throws.Nothing);
    }

    private static IConfiguration Configuration() =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings))).Build();

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Count++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
