using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// Notices where Hero's responses differ from the API description the SDK was generated from — a field the description
/// does not have, an enum value it does not list, a field it marks required that is missing, a success status it does
/// not document — and reports each as the <c>hero.client.spec_drift</c> counter (operation, kind and JSON path as tags)
/// and, once per operation, kind and path, an Information log. Never a value: paths have their array indices removed
/// and nothing read from the body is kept. On by default; <see cref="HeroHealthClientOptions.ReportSpecDrift"/> turns it off.
/// </summary>
/// <remarks>
/// The description was reconstructed from Hero's public pages, so these reports are how the first teams on staging tell
/// us, precisely, where it guessed wrong. The JSON reader reports through a thread-static scope set only around one
/// response's deserialization (synchronous), so the hot path pays one null check per hook when nothing differs.
/// </remarks>
internal sealed partial class HeroSpecDrift(ILogger logger)
{
    private const int MaxLogged = 1024;

    private static readonly Counter<long> Counter = HeroHealthDiagnostics.Meter.CreateCounter<long>(
        "hero.client.spec_drift", unit: "{difference}", description: "Responses that differ from the API description, by operation, kind and JSON path (never values).");

    // The response being read on this thread (deserialization is synchronous): three fields rather than an object, so
    // opening a scope allocates nothing.
    [ThreadStatic]
    private static HeroSpecDrift? t_drift;

    [ThreadStatic]
    private static string? t_operation;

    [ThreadStatic]
    private static JsonReader? t_reader;

    private readonly ConcurrentDictionary<(string Operation, string Kind, string Path), byte> _logged = new();

    /// <summary>The kinds of difference, as the <c>hero.drift.kind</c> tag says them.</summary>
    public static class Kinds
    {
        public const string UnknownField = "unknown_field";
        public const string UnknownEnumValue = "unknown_enum_value";
        public const string MissingRequiredField = "missing_required_field";
        public const string UndocumentedStatus = "undocumented_status";
    }

    /// <summary>Reports a success status the operation's description does not list.</summary>
    public void CheckStatus(HeroOperation operation, int status)
    {
        if (!operation.Documents(status))
        {
            Report(operation.OperationId, Kinds.UndocumentedStatus, "$", status);
        }
    }

    /// <summary>Reports what the JSON reader notices while one response of <paramref name="operation"/> is read on this thread.</summary>
    public Scope Enter(HeroOperation operation, JsonReader reader)
    {
        var scope = new Scope(t_drift, t_operation, t_reader);
        (t_drift, t_operation, t_reader) = (this, operation.OperationId, reader);
        return scope;
    }

    /// <summary>A field the model does not have was read (the model keeps it in AdditionalProperties).</summary>
    public static void UnknownField() => t_drift?.Report(t_operation!, Kinds.UnknownField, t_reader!.Path);

    /// <summary>An enum value the description does not list was read (the extensible enum carries it).</summary>
    public static void UnknownEnumValue(JsonReader reader) => t_drift?.Report(t_operation!, Kinds.UnknownEnumValue, reader.Path);

    /// <summary>Whether a scope is open on this thread (the required-field check runs only then).</summary>
    public static bool Active => t_drift is not null;

    /// <summary>A field the description marks required was absent or null in the object just read.</summary>
    public static void MissingRequired(string jsonName)
    {
        if (t_drift is { } drift)
        {
            var path = t_reader!.Path;
            drift.Report(t_operation!, Kinds.MissingRequiredField, path.Length == 0 ? jsonName : path + "." + jsonName);
        }
    }

    private void Report(string operationId, string kind, string rawPath, int? status = null)
    {
        var path = Normalize(rawPath);
        var tags = new TagList { { "hero.operation", operationId }, { "hero.drift.kind", kind }, { "hero.drift.path", path } };
        if (status is { } s)
        {
            tags.Add("http.response.status_code", s);
        }

        Counter.Add(1, tags);
        if (_logged.Count < MaxLogged && _logged.TryAdd((operationId, kind, path), 0))
        {
            Differs(logger, operationId, kind, path);
        }
    }

    /// <summary><c>data[3].status</c> → <c>$.data[].status</c>: one tag per field, however long the list.</summary>
    internal static string Normalize(string path) =>
        (path.Length == 0 || path[0] == '[' ? "$" : "$.") + System.Text.RegularExpressions.Regex.Replace(path, @"\[[0-9]+\]", "[]");

    [LoggerMessage(EventId = 30, EventName = "HeroSpecDrift", Level = LogLevel.Information,
        Message = "Hero's response to {OperationId} differs from the API description: {Kind} at {Path} (reported once; counted in hero.client.spec_drift)")]
    private static partial void Differs(ILogger logger, string operationId, string kind, string path);

    /// <summary>One response being read on this thread; disposing it restores what was being read before.</summary>
    public readonly struct Scope(HeroSpecDrift? drift, string? operation, JsonReader? reader) : IDisposable
    {
        public void Dispose() => (t_drift, t_operation, t_reader) = (drift, operation, reader);
    }
}
