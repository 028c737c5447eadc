using System.Diagnostics;
using HeroHealth.Client.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>The Hero health check over the fake, and the SDK's source and meter wired into the OpenTelemetry SDK.</summary>
[TestFixture]
[NonParallelizable]
public class HealthAndTelemetryTests
{
    [Test]
    public async Task Healthy_when_hero_answers_and_the_answer_is_cached()
    {
        using var fake = new FakeHero();
        var (provider, clock, requests) = Build(fake, configure: null);
        using var _ = provider;
        var health = provider.GetRequiredService<HealthCheckService>();

        var first = await health.CheckHealthAsync();
        var second = await health.CheckHealthAsync();
        clock.Advance(TimeSpan.FromSeconds(31));
        var third = await health.CheckHealthAsync();

        Assert.That((first.Status, second.Status, third.Status), Is.EqualTo((HealthStatus.Healthy, HealthStatus.Healthy, HealthStatus.Healthy)));
        Assert.That(requests(), Is.EqualTo(2), "the second probe within 30 s reused the answer");
    }

    [TestCase(503, HealthStatus.Degraded)]
    [TestCase(429, HealthStatus.Degraded)]
    [TestCase(401, HealthStatus.Unhealthy)]
    [TestCase(403, HealthStatus.Unhealthy)]
    public async Task Status_follows_what_hero_answered(int status, HealthStatus expected)
    {
        using var fake = new FakeHero();
        fake.InjectFault(FakeFault.WithStatus(status, times: 10, operationId: "getCapabilities"));
        var (provider, _, _) = Build(fake, o => o.Retry.Enabled = false);
        using var __ = provider;

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["hero"];
        Assert.That(entry.Status, Is.EqualTo(expected));
        Assert.That(entry.Description, Does.Contain($"HTTP {status}").And.Not.Contain(FakeHero.DefaultApiKey));
    }

    [Test]
    public async Task A_stalled_hero_gets_ten_concurrent_probes_answered_within_the_budget_with_one_request()
    {
        await using var server = await FaultServer.StartAsync();
        server.Behave(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted));
        var services = new ServiceCollection();
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = Payloads.ApiKey;
            o.PracticeGroupId = "1001";
            o.BaseAddress = server.BaseAddress;
        });
        services.AddLogging();
        services.AddHealthChecks().AddHeroHealth(timeout: TimeSpan.FromSeconds(1));
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();

        var watch = Stopwatch.StartNew();
        var reports = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => health.CheckHealthAsync()));
        watch.Stop();

        Assert.That(reports.Select(r => r.Entries["hero"].Status), Is.All.EqualTo(HealthStatus.Degraded));
        Assert.That(reports[0].Entries["hero"].Description, Does.Contain("within the probe's 1 s budget"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2.5)), "answered within the budget, not 3 attempts x 30 s");
        Assert.That(server.Requests, Is.EqualTo(1), "one attempt, shared by the concurrent probes");
    }

    [Test]
    public async Task The_sdks_spans_and_metrics_reach_the_opentelemetry_sdk_with_templates_not_urls()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(HeroHealthDiagnostics.SourceName).AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(HeroHealthDiagnostics.SourceName).AddInMemoryExporter(metrics).Build();
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();

        await hero.Patients.ListPatientsV3Async(nhsNumber: "9990000018");
        tracing!.ForceFlush();
        meters!.ForceFlush();

        var span = spans.Single(s => (string?)s.GetTagItem("hero.operation_id") == "listPatientsV3");
        Assert.That(span.GetTagItem("url.template"), Is.EqualTo("v3/patients"));
        Assert.That(span.Tags.Select(t => t.Value), Has.None.Contains("9990000018"), "the NHS number in the query never reaches a span");
        Assert.That(metrics.Select(m => m.Name), Does.Contain(HeroHealthDiagnostics.RequestDurationInstrument));
    }

    private static (ServiceProvider Provider, FakeTimeProvider Clock, Func<int> Requests) Build(FakeHero fake, Action<HeroHealthClientOptions>? configure)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        var count = 0;
        services.AddHeroHealthClient(o =>
        {
            o.ApiKey = FakeHero.DefaultApiKey;
            o.PracticeGroupId = fake.PracticeGroupId;
            o.BaseAddress = FakeHero.BaseAddress;
            configure?.Invoke(o);
        }).ConfigureTransport(_ => new CountingHandler(() => Interlocked.Increment(ref count)) { InnerHandler = fake.CreateHandler() });
        services.AddLogging();
        services.AddHealthChecks().AddHeroHealth();
        return (services.BuildServiceProvider(), clock, () => Volatile.Read(ref count));
    }

    private sealed class CountingHandler(Action onSend) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
