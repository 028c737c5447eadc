using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client.Benchmarks;

/// <summary>(4) The Elements token provider under 10,000 concurrent callers, cold cache (one mint) and warm.</summary>
[MemoryDiagnoser]
public class AccessTokenBenchmarks
{
    private HeroHealthClient _hero = null!;
    private HeroAccessTokenProvider _warm = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        var payload = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"exp\":" + exp + "}")).TrimEnd('=');
        _hero = new HeroHealthClient(Payloads.Options(), new CannedHandler("{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9." + payload + ".c2ln\"}"), NullLoggerFactory.Instance);
        _warm = new HeroAccessTokenProvider(_hero);
        await _warm.GetTokenAsync();
    }

    [Benchmark(Baseline = true, Description = "10,000 callers, warm cache")]
    public Task Warm() => Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => _warm.GetTokenAsync()));

    [Benchmark(Description = "10,000 callers, cold cache (1 upstream call)")]
    public Task Cold()
    {
        var provider = new HeroAccessTokenProvider(_hero);
        return Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => provider.GetTokenAsync()));
    }
}
