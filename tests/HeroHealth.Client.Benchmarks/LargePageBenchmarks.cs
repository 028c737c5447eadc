using System.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace HeroHealth.Client.Benchmarks;

/// <summary>(2) Reading one large page: 5,000 appointments with realistic fields. STJ baseline vs the SDK's Newtonsoft path.</summary>
[MemoryDiagnoser]
public class LargePageBenchmarks
{
    private byte[] _page = null!;
    private JsonSerializer _hero = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = Encoding.UTF8.GetBytes(Payloads.Appointments(5_000));
        _hero = JsonSerializer.Create(HeroJson.CreateSettings());
    }

    [Benchmark(Baseline = true, Description = "5,000 appointments: System.Text.Json")]
    public AppointmentListDto? Stj() => System.Text.Json.JsonSerializer.Deserialize<AppointmentListDto>(_page);

    [Benchmark(Description = "5,000 appointments: generated models + Newtonsoft (SDK settings)")]
    public List<Appointment>? Generated()
    {
        // The SDK's reader settings: pooled char buffers (HeroGeneratedClientBase reads every body this way).
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(_page))) { ArrayPool = HeroHealth.Client.JsonCharPool.Instance };
        reader.Read();
        reader.Read(); // "data"
        reader.Read();
        return _hero.Deserialize<List<Appointment>>(reader);
    }
}
