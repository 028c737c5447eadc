using System.Globalization;
using System.Text.Json;
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
/// (3) A real loopback Kestrel server, 64 concurrent callers over 50 practice groups, 1,280 GETs per operation.
/// Baseline: raw <see cref="HttpClient"/> reading the body as bytes (the yardstick). Also shown: the same
/// HttpClient deserializing with System.Text.Json (what a hand-written client would do), the NSwag raw client, and
/// the facade. Requests per second = 1,280 / mean time. <see cref="ServerDelayMs"/> = 0 measures client CPU (client
/// and server share this machine's cores); 5 adds a server think time, closer to a real Hero call.
/// </summary>
[MemoryDiagnoser]
public class LoopbackThroughputBenchmarks
{
    private const int Callers = 64;
    private const int PerCaller = 20;
    private const int PracticeGroups = 50;
    private WebApplication _server = null!;
    private HttpClient _raw = null!;
    private BookingClient[] _generated = null!;
    private HeroHealthClient _hero = null!;
    private HeroHealthClient[] _scoped = null!;

    /// <summary>Milliseconds the server waits before answering.</summary>
    [Params(0, 5)]
    public int ServerDelayMs { get; set; }

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _server = builder.Build();
        var delay = ServerDelayMs;
        _server.MapGet("/v1/appointments/{id}", async (HttpContext c) =>
        {
            if (delay > 0)
            {
                await Task.Delay(delay);
            }

            return Results.Text(Payloads.Appointment, "application/json");
        });
        await _server.StartAsync();
        var address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

        // Same connection pool settings for every row: the SDK's defaults (SocketsHttpHandler, no per-server cap).
        _raw = new HttpClient(new SocketsHttpHandler()) { BaseAddress = address };
        var bare = Payloads.BarePipeline(new SocketsHttpHandler { AllowAutoRedirect = false }, address);
        _generated = Enumerable.Range(0, PracticeGroups).Select(i => new BookingClient(new HeroRequestContext("benchmark-key", Group(i)), bare)).ToArray();
        _hero = new HeroHealthClient(Payloads.Options(address), NullLoggerFactory.Instance);
        _scoped = Enumerable.Range(0, PracticeGroups).Select(i => _hero.ForPracticeGroup(Group(i))).ToArray();
    }

    // One setup per benchmark so each process warms only the path it measures (see StartAndWarmAsync).
    [GlobalSetup(Target = nameof(Raw))]
    public Task SetupRaw() => StartAndWarmAsync(Raw);

    [GlobalSetup(Target = nameof(RawStj))]
    public Task SetupRawStj() => StartAndWarmAsync(RawStj);

    [GlobalSetup(Target = nameof(Generated))]
    public Task SetupGenerated() => StartAndWarmAsync(Generated);

    [GlobalSetup(Target = nameof(Facade))]
    public Task SetupFacade() => StartAndWarmAsync(Facade);

    private async Task StartAndWarmAsync(Func<Task> workload)
    {
        await StartAsync();

        // Steady state, not start-up: with 64 callers and the server saturating both cores, the background JIT that
        // promotes methods to tier 1 (with dynamic PGO) is starved. Measured: a facade op falls from ~320 ms to ~45 ms
        // over the first ~5 s, a NSwag raw op from ~300 ms to ~50 ms, raw HttpClient settles within 0.5 s, so a short
        // job's few warm-up ops measured mostly JIT. docs/benchmarks.md reports the cold start apart.
        var warmUntil = DateTime.UtcNow.AddSeconds(ServerDelayMs == 0 ? 10 : 4);
        while (DateTime.UtcNow < warmUntil)
        {
            await workload();
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        _hero.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, body as bytes")]
    public Task Raw() => Run(async (caller, i) =>
    {
        using var request = NewRequest(caller, i);
        using var response = await _raw.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
    });

    [Benchmark(Description = "HttpClient + System.Text.Json")]
    public Task RawStj() => Run(async (caller, i) =>
    {
        using var request = NewRequest(caller, i);
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        _ = await JsonSerializer.DeserializeAsync<AppointmentDto>(stream);
    });

    [Benchmark(Description = "NSwag raw client (Newtonsoft)")]
    public Task Generated() => Run((caller, i) => _generated[(caller + i) % PracticeGroups].GetAppointmentAsync("5002"));

    [Benchmark(Description = "facade")]
    public Task Facade() => Run((caller, i) => _scoped[(caller + i) % PracticeGroups].Booking.GetAppointmentAsync("5002"));

    private static string Group(int index) => (1000 + index).ToString(CultureInfo.InvariantCulture);

    private static HttpRequestMessage NewRequest(int caller, int i)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "v1/appointments/5002");
        request.Headers.Add("x-api-key", "benchmark-key");
        request.Headers.Add("x-practice-group-id", Group((caller + i) % PracticeGroups));
        return request;
    }

    private static Task Run(Func<int, int, Task> call) => Task.WhenAll(Enumerable.Range(0, Callers).Select(async caller =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            await call(caller, i);
        }
    }));
}
