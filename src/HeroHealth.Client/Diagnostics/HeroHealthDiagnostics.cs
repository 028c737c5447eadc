using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace HeroHealth.Client;

/// <summary>
/// Tracing and metrics names. Subscribe with OpenTelemetry: <c>AddSource(HeroHealthDiagnostics.SourceName)</c> and
/// <c>AddMeter(HeroHealthDiagnostics.SourceName)</c>. Spans and metrics carry the operation and path template,
/// never the concrete URL, query values or bodies.
/// </summary>
public static class HeroHealthDiagnostics
{
    /// <summary>The ActivitySource and Meter name: <c>HeroHealth.Client</c>.</summary>
    public const string SourceName = "HeroHealth.Client";

    /// <summary>The request-duration histogram (seconds), tagged by operation, method, status and error type.</summary>
    public const string RequestDurationInstrument = "hero.client.request.duration";

    /// <summary>The SDK version, as sent in the User-Agent.</summary>
    public static readonly string Version =
        typeof(HeroHealthDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(HeroHealthDiagnostics).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    internal static readonly ActivitySource ActivitySource = new(SourceName, Version);

    internal static readonly Meter Meter = new(SourceName, Version);

    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        RequestDurationInstrument, unit: "s", description: "Duration of Hero Health API requests, per attempt.");
}
