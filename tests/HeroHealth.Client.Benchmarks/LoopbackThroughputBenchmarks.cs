using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// (3) A real loopback Kestrel server, 64 concurrent callers over 50 practice groups, 1,280 requests per operation:
/// raw HttpClient (baseline) vs the facade. Requests per second = 1,280 / mean time.
/// </summary>
[MemoryDiagnoser]
public class LoopbackThroughputBenchmarks
{
    private const int Callers = 64;
    private const int PerCaller = 20;
    private WebApplication _server = null!;
    private HttpClient _raw = null!;
    private HeroHealthClient _hero = null!;
    private HeroHealthClient[] _scoped = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/v1/appointments/{id}", (HttpContext c) => Results.Text(Payloads.Appointment, "application/json"));
        await _server.StartAsync();
        var address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        _raw = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Callers }) { BaseAddress = address };
        _hero = new HeroHealthClient(Payloads.Options(address), NullLoggerFactory.Instance);
        _scoped = Enumerable.Range(0, 50).Select(i => _hero.ForPracticeGroup((1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        _hero.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "1,280 GETs, 64 callers: raw HttpClient")]
    public Task Raw() => Task.WhenAll(Enumerable.Range(0, Callers).Select(async caller =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/appointments/5002");
            request.Headers.Add("x-api-key", "benchmark-key");
            request.Headers.Add("x-practice-group-id", (1000 + ((caller + i) % 50)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var response = await _raw.SendAsync(request);
            _ = await response.Content.ReadAsByteArrayAsync();
        }
    }));

    [Benchmark(Description = "1,280 GETs, 64 callers, 50 practice groups: facade")]
    public Task Facade() => Task.WhenAll(Enumerable.Range(0, Callers).Select(async caller =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            await _scoped[(caller + i) % 50].Booking.GetAppointmentAsync("5002");
        }
    }));
}
