using System.Runtime.CompilerServices;

namespace HeroHealth.Client.Serialization;

/// <summary>
/// Enum values that Hero sent but this version of the SDK does not know (Hero's enums grow: <c>nhs_app</c>,
/// <c>write-to-record.*</c>). Instead of failing the whole call, the property is left at <c>null</c> (or its
/// default for a non-nullable enum) and the raw value is kept here, keyed by model instance and JSON name.
/// </summary>
public static class UnrecognizedValues
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, string>> Table = new();

    /// <summary>Gets the raw value Hero sent for <paramref name="jsonPropertyName"/> when it was not a known enum value.</summary>
    /// <param name="model">A model returned by a generated client.</param>
    /// <param name="jsonPropertyName">The JSON name of the property, e.g. <c>status</c>.</param>
    /// <param name="value">The raw value, when one was recorded.</param>
    /// <returns><see langword="true"/> when the property held a value this SDK version does not know.</returns>
    public static bool TryGet(object model, string jsonPropertyName, out string? value)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(jsonPropertyName);
        value = null;
        if (!Table.TryGetValue(model, out var values))
        {
            return false;
        }

        lock (values)
        {
            return values.TryGetValue(jsonPropertyName, out value);
        }
    }

    /// <summary>Lists every unrecognized value recorded for <paramref name="model"/>.</summary>
    /// <param name="model">A model returned by a generated client.</param>
    /// <returns>JSON property name to raw value; empty when every value was known.</returns>
    public static IReadOnlyDictionary<string, string> For(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!Table.TryGetValue(model, out var values))
        {
            return new Dictionary<string, string>();
        }

        lock (values)
        {
            return new Dictionary<string, string>(values);
        }
    }

    internal static void Record(object model, string jsonPropertyName, string rawValue)
    {
        var values = Table.GetValue(model, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        lock (values)
        {
            values[jsonPropertyName] = rawValue;
        }
    }
}
