using System.Text;
using HeroHealth.Client.Configuration;
using HeroHealth.Client.DependencyInjection;
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
        services.AddHeroHealthClient(Configuration().GetSection("HeroHealth")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var hero = provider.GetRequiredService<HeroHealthClient>();
        await hero.Booking.GetSlotAsync("1");

        mock.VerifyNoOutstandingExpectation();
        var tokens = provider.GetRequiredService<HeroHealth.Client.Elements.HeroAccessTokenProvider>();
        Assert.That(provider.GetRequiredService<HeroHealth.Client.Elements.HeroAccessTokenProvider>(), Is.SameAs(tokens), "one token cache per app");
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
        services.AddHeroHealthClient("practice-a", configuration.GetSection("PracticeA")).ConfigurePrimaryHttpMessageHandler(() => mock);
        services.AddHeroHealthClient("practice-b", o =>
        {
            o.ApiKey = "key-b";
            o.PracticeGroupId = "502";
            o.Environment = HeroHealthEnvironment.Mock;
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
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
    public async Task Your_own_handlers_run_inside_the_pipeline_once_per_attempt()
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
            .AddHttpMessageHandler(() => counter)
            .ConfigurePrimaryHttpMessageHandler(() => mock);
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
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HeroHealthClient>().Patients.ListPatientsV3Async(nhsNumber: "9434765919", lastName: "Smith");

        var records = logs.GetSnapshot();
        Assert.That(records.Select(r => r.Category), Has.Some.EqualTo("HeroHealth.Client"));
        Assert.That(records.Select(r => r.Category), Has.None.StartsWith("System.Net.Http.HttpClient"));
        Assert.That(string.Join("\n", records.Select(r => r.Message)), Does.Not.Contain("9434765919").And.Not.Contain("Smith"));
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
