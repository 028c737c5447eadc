using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Support;

/// <summary>A HeroHealthClient over MockHttp, with a fake clock and every log record captured.</summary>
public sealed class FacadeHarness : IDisposable
{
    public const string ApiKey = "hero-test-key-5f2c9a";
    public const string PracticeGroupId = "4242";

    private readonly ILoggerFactory _loggerFactory;

    public FacadeHarness(Action<HeroHealthClientOptions>? configure = null)
    {
        Options = new HeroHealthClientOptions
        {
            ApiKey = ApiKey,
            PracticeGroupId = PracticeGroupId,
            Environment = HeroHealthEnvironment.Staging,
            ApplicationId = "ContosoGP",
        };
        // Retries happen at once unless a test asks for delays; delays are driven by the fake clock, never slept.
        Options.Retry.BaseDelay = TimeSpan.Zero;
        Options.Retry.MaxDelay = TimeSpan.Zero;
        configure?.Invoke(Options);
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
        Client = new HeroHealthClient(Options, Mock, _loggerFactory, Time);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public FakeLogCollector Logs { get; } = new();

    public HeroHealthClientOptions Options { get; }

    public HeroHealthClient Client { get; }

    /// <summary>Runs <paramref name="call"/>, advancing the fake clock in small steps until it completes.</summary>
    public async Task<T> WithClockAsync<T>(Func<Task<T>> call, TimeSpan? step = null, int maxSteps = 10_000)
    {
        var task = call();
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            Time.Advance(step ?? TimeSpan.FromMilliseconds(250));
        }

        return await task;
    }

    public void Dispose()
    {
        Client.Dispose();
        Mock.Dispose();
        _loggerFactory.Dispose();
    }
}
