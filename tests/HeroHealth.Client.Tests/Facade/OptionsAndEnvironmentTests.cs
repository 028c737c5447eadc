using HeroHealth.Client.Tests.Support;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Options are checked before any request, with messages that name the option and never show the key.</summary>
[TestFixture]
public class OptionsAndEnvironmentTests
{
    [TestCase(HeroHealthEnvironment.Mock, "https://developer.herohealth.net/_mock/apis/public-api/openapi/v1/slots/1")]
    [TestCase(HeroHealthEnvironment.Staging, "https://api.staging.htech.app/v1/slots/1")]
    [TestCase(HeroHealthEnvironment.Production, "https://api.herohealth.net/v1/slots/1")]
    public async Task Each_environment_sends_to_its_documented_base_address(HeroHealthEnvironment environment, string expectedUrl)
    {
        using var h = new FacadeHarness(o => o.Environment = environment);
        h.Mock.Expect(expectedUrl).Respond("application/json", """{"id":"1"}""");

        await h.Client.Booking.GetSlotAsync("1");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task BaseAddress_overrides_the_environment_and_gains_its_trailing_slash()
    {
        using var h = new FacadeHarness(o => o.BaseAddress = new Uri("http://127.0.0.1:5099/hero"));
        h.Mock.Expect("http://127.0.0.1:5099/hero/v1/slots/1").Respond("application/json", """{"id":"1"}""");

        await h.Client.Booking.GetSlotAsync("1");

        h.Mock.VerifyNoOutstandingExpectation();
        Assert.That(h.Client.BaseAddress.AbsoluteUri, Is.EqualTo("http://127.0.0.1:5099/hero/"));
    }

    [TestCase("", "4242", null, "ApiKey is required")]
    [TestCase("  ", "4242", null, "ApiKey is required")]
    [TestCase("key-with-newline\n", "4242", null, "ApiKey has leading/trailing white space or control characters")]
    [TestCase("k", "", null, "PracticeGroupId is required")]
    [TestCase("k", "ABC-1", null, "PracticeGroupId must contain digits only")]
    [TestCase("k", "4242", "http://api.herohealth.net/", "BaseAddress must use https")]
    [TestCase("k", "4242", "ftp://files.example/", "BaseAddress must use https")]
    [TestCase("hero–live–key–7f1e", "4242", null, "ApiKey contains characters outside printable ASCII")]
    [TestCase("héro-key-7f1e", "4242", null, "ApiKey contains characters outside printable ASCII")]
    public void Invalid_options_fail_early_naming_the_option(string apiKey, string practiceGroupId, string? baseAddress, string expected)
    {
        var options = new HeroHealthClientOptions { ApiKey = apiKey, PracticeGroupId = practiceGroupId, BaseAddress = baseAddress is null ? null : new Uri(baseAddress) };

        var ex = Assert.Throws<OptionsValidationException>(() => new HeroHealthClient(options).Dispose());

        Assert.That(ex!.Message, Does.Contain("HeroHealthClientOptions." + expected.Split(' ')[0]));
        Assert.That(ex.Message, Does.Contain(expected));
        if (apiKey.Trim().Length > 2)
        {
            Assert.That(ex.Message, Does.Not.Contain(apiKey.Trim()), "the key is never echoed");
        }
    }

    [Test]
    public void Timeouts_and_retry_bounds_are_validated()
    {
        var options = new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "1", Timeout = TimeSpan.Zero };
        options.Retry.MaxAttempts = 0;

        var result = HeroHealthClientOptionsValidator.Instance.Validate(null, options);

        Assert.That(result.Failures, Has.Some.Contains("Timeout must be at least 10 ms"));
        Assert.That(result.Failures, Has.Some.Contains("Retry.MaxAttempts must be between 1 and 10"));
    }

    [Test]
    public void Values_that_would_fail_only_at_the_first_call_are_refused_at_validation()
    {
        // Each of these used to pass validation, then fail every call (a non-ASCII header is a "network error"; Polly
        // refuses a timeout under 10 ms and delays over a day when the pipeline is built).
        var options = new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "1", ApplicationId = "Clinic – Leeds", Timeout = TimeSpan.FromMilliseconds(5) };
        options.Retry.MaxDelay = TimeSpan.FromDays(2);
        options.Retry.MaxRetryAfter = TimeSpan.FromDays(3);

        var failures = HeroHealthClientOptionsValidator.Instance.Validate(null, options).Failures!.ToList();

        Assert.That(failures, Has.Some.Contains("HeroHealthClientOptions.ApplicationId must be at most 64 printable ASCII characters"));
        Assert.That(failures, Has.Some.Contains("HeroHealthClientOptions.Timeout must be at least 10 ms"));
        Assert.That(failures, Has.Some.Contains("HeroHealthClientOptions.Retry.MaxDelay must be at most one day"));
        Assert.That(failures, Has.Some.Contains("HeroHealthClientOptions.Retry.MaxRetryAfter must be at most one day"));
    }

    [TestCase(10)]
    [TestCase(600_000)]
    public void The_bounds_themselves_build_a_working_pipeline(int timeoutMs)
    {
        var options = new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "1", ApplicationId = "ClinicLeeds", Timeout = TimeSpan.FromMilliseconds(timeoutMs) };
        options.Retry.MaxDelay = TimeSpan.FromDays(1);
        options.Retry.MaxRetryAfter = TimeSpan.FromDays(1);

        Assert.DoesNotThrow(() => new HeroHealthClient(options).Dispose());
    }

    [Test]
    public void Http_is_allowed_for_loopback_fakes()
    {
        var options = new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "1", BaseAddress = new Uri("http://localhost:8080/") };
        Assert.That(HeroHealthClientOptionsValidator.Instance.Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void The_api_key_never_shows_in_ToString_or_the_debugger()
    {
        using var h = new FacadeHarness();
        Assert.That(h.Options.ToString(), Does.Not.Contain(FacadeHarness.ApiKey).And.Contain("***"));
        Assert.That(h.Client.ToString(), Does.Not.Contain(FacadeHarness.ApiKey).And.Contain(FacadeHarness.PracticeGroupId));
        var display = typeof(HeroHealthClientOptions).GetCustomAttributes(typeof(System.Diagnostics.DebuggerDisplayAttribute), false)
            .Cast<System.Diagnostics.DebuggerDisplayAttribute>().Single();
        Assert.That(display.Value, Is.EqualTo("{ToString(),nq}"));
        var browsable = typeof(HeroHealthClientOptions).GetProperty(nameof(HeroHealthClientOptions.ApiKey))!
            .GetCustomAttributes(typeof(System.Diagnostics.DebuggerBrowsableAttribute), false).Cast<System.Diagnostics.DebuggerBrowsableAttribute>().Single();
        Assert.That(browsable.State, Is.EqualTo(System.Diagnostics.DebuggerBrowsableState.Never));
    }

    [Test]
    public async Task User_agent_names_the_sdk_version_and_the_application()
    {
        using var h = new FacadeHarness();
        string? userAgent = null;
        h.Mock.When("*").Respond(req =>
        {
            userAgent = string.Join(" ", req.Headers.GetValues("User-Agent"));
            return RetryPolicyTests.Json("""{"id":"1"}""");
        });

        await h.Client.Booking.GetSlotAsync("1");

        Assert.That(userAgent, Does.Match(@"^HeroHealth\.Client/\d+\.\d+\.\d+.* \(ContosoGP\)$"));
    }

    [Test]
    public async Task A_caller_supplied_HttpClient_carries_the_requests_and_is_not_disposed()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("https://api.herohealth.net/v1/slots/1").Respond("application/json", """{"id":"1"}""");
        using var http = mock.ToHttpClient();
        var options = new HeroHealthClientOptions { ApiKey = "k", PracticeGroupId = "7", Environment = HeroHealthEnvironment.Production };

        using (var hero = new HeroHealthClient(http, options))
        {
            var slot = await hero.Booking.GetSlotAsync("1");
            Assert.That(slot!.Id, Is.EqualTo("1"));
        }

        await Assert.DoesNotThrowAsync(() => http.GetAsync(new Uri("https://api.herohealth.net/v1/slots/1")));
    }

    [Test]
    public void Every_area_is_reachable_through_its_generated_interface_and_is_mockable()
    {
        using var h = new FacadeHarness();
        var properties = typeof(HeroHealthClient).GetProperties().Where(p => p.PropertyType.IsInterface).ToList();

        Assert.That(properties.Select(p => p.PropertyType.Name), Is.EquivalentTo(GeneratedClients.ClientTypes.Select(t => "I" + t.Name)));
        foreach (var property in properties)
        {
            var first = property.GetValue(h.Client);
            Assert.That(first, Is.Not.Null, property.Name);
            Assert.That(property.GetMethod!.IsVirtual, Is.True, property.Name + " can be overridden by a mock");
            Assert.That(property.GetValue(h.Client), Is.SameAs(first), property.Name + " is created once");
        }
    }

    [Test]
    public void Every_area_property_is_named_by_the_descriptions_x_hero_sdk_areas()
    {
        var areas = (Newtonsoft.Json.Linq.JObject)OpenApiSpec.Document["x-hero-sdk-areas"]!;
        var tags = OpenApiSpec.Operations.Select(o => o.Tag).Distinct().ToList();

        Assert.That(areas.Properties().Select(p => p.Name), Is.EquivalentTo(tags), "one entry per tag with operations");
        Assert.That(typeof(HeroHealthClient).GetProperties().Where(p => p.PropertyType.IsInterface).Select(p => p.Name),
            Is.EquivalentTo(areas.Properties().Select(p => (string)p.Value["property"]!)));
    }

    [Test]
    public void Clone_copies_every_setting_and_shares_nothing_mutable()
    {
        var original = new HeroHealthClientOptions
        {
            ApiKey = "key-1234567890",
            PracticeGroupId = "42",
            Environment = HeroHealthEnvironment.Mock,
            BaseAddress = new Uri("https://hero.example.test/"),
            Timeout = TimeSpan.FromSeconds(7),
            ReportSpecDrift = false,
            ApplicationId = "Clinic",
            Retry = { Enabled = false, MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(9), MaxRetryAfter = TimeSpan.FromSeconds(11) },
        }.AddPolicy(new NoOpPolicy());

        var copy = original.Clone();
        original.Retry.MaxAttempts = 2;
        original.AddPolicy(new NoOpPolicy(), HeroPipelinePosition.PerTry);

        foreach (var property in typeof(HeroHealthClientOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(HeroHealthClientOptions.Retry)))
        {
            Assert.That(property.GetValue(copy), Is.EqualTo(property.GetValue(original)), property.Name);
        }

        Assert.That(copy.Retry, Is.Not.SameAs(original.Retry));
        Assert.That((copy.Retry.Enabled, copy.Retry.MaxAttempts, copy.Retry.BaseDelay, copy.Retry.MaxDelay, copy.Retry.MaxRetryAfter),
            Is.EqualTo((false, 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(11))), "taken before the original changed");
        Assert.That(copy.Policies, Has.Count.EqualTo(1), "a policy added to the original later is not in the copy");
    }

    private sealed class NoOpPolicy : HeroPipelinePolicy
    {
        public override ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex) =>
            ProcessNextAsync(message, pipeline, currentIndex);
    }
}
