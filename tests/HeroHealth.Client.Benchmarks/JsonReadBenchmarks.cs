using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// The part of a getAppointment call that the design keeps on Newtonsoft.Json: reading the same UTF-8 body into the
/// generated model (SDK settings: extensible enums, timestamp converter, drift hooks off) vs System.Text.Json into the
/// hand-written record the baseline and Refit rows use. The per-call gap between the facade and Refit is mostly this.
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(Payloads.Appointment);

    [Benchmark(Baseline = true, Description = "System.Text.Json -> AppointmentDto")]
    public AppointmentDto? Stj() => System.Text.Json.JsonSerializer.Deserialize<AppointmentDto>(_body);

    [Benchmark(Description = "Newtonsoft (SDK settings) -> Appointment")]
    public Appointment? Newtonsoft()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(_body), Encoding.UTF8)) { ArrayPool = JsonCharPool.Instance };
        return HeroJson.Serializer.Deserialize<Appointment>(reader);
    }
}
