using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace HeroHealth.Client.Serialization;

/// <summary>
/// Adjusts the generated models' JSON contracts: (1) replaces the <see cref="StringEnumConverter"/> NSwag puts on
/// every enum property with one that does not throw on a value it does not know (NSwag attaches the converter per
/// property, so <c>settings.Converters</c> cannot override it; a contract resolver can); (2) writes dates of birth
/// (<c>dob</c>) as <c>yyyy-MM-dd</c>, as Hero's docs show them, although the spec types them as date-time;
/// (3) does not fail a response for a missing "required" field (the spec's required flags are reconstructed).
/// </summary>
internal sealed class HeroContractResolver : DefaultContractResolver
{
    public static readonly HeroContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        var enumType = property.PropertyType is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (enumType is { IsEnum: true } && property.ValueProvider is not null && property.PropertyName is not null)
        {
            property.Converter = new TolerantEnumConverter();
            property.ValueProvider = new RecordingValueProvider(property.ValueProvider, property.PropertyName, property.PropertyType!);
        }

        // The spec's required flags are reconstructed from Hero's docs (and Hero's own examples omit "required"
        // fields): a missing or null field in a response must not fail the whole call. Requests are checked by the
        // workflow helpers before sending, and by Hero's 400 otherwise.
        if (property.Required is Required.Always or Required.AllowNull or Required.DisallowNull)
        {
            property.Required = Required.Default;
        }

        if (property.PropertyType == typeof(DateTimeOffset) || property.PropertyType == typeof(DateTimeOffset?))
        {
            if (property.PropertyName == "dob")
            {
                property.Converter = DateOfBirthConverter.Instance;
            }
            else
            {
                property.Converter ??= TimestampConverter.Instance;
            }
        }

        return property;
    }

    /// <summary>Marks a value the enum does not define; the value provider turns it into a recorded raw value.</summary>
    private sealed record Unrecognized(string Raw);

    private sealed class TolerantEnumConverter : StringEnumConverter
    {
        // Reflection once per enum type, not per value read.
        private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, object>> WireValues = new();

        private static FrozenDictionary<string, object> ReadWireValues(Type enumType) =>
            enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (Wire: field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name, Value: field.GetValue(null)!))
                .DistinctBy(pair => pair.Wire, StringComparer.Ordinal)
                .ToFrozenDictionary(pair => pair.Wire, pair => pair.Value, StringComparer.Ordinal);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return Nullable.GetUnderlyingType(objectType) is null && objectType.IsValueType
                    ? throw NullFor(reader)
                    : null;
            }

            var enumType = Nullable.GetUnderlyingType(objectType) ?? objectType;
            if (reader.TokenType == JsonToken.String && reader.Value is string text)
            {
                return WireValues.GetOrAdd(enumType, ReadWireValues).TryGetValue(text, out var known) ? known : new Unrecognized(text);
            }

            // Numbers, booleans or objects where Hero documents a string: keep the raw text, do not fail.
            return new Unrecognized(Newtonsoft.Json.Linq.JToken.ReadFrom(reader).ToString(Formatting.None));
        }
    }

    /// <summary>A null where the schema has a non-nullable enum: fail naming where (the value is null, nothing to hide).</summary>
    private static JsonSerializationException NullFor(JsonReader reader) =>
        reader is IJsonLineInfo info && info.HasLineInfo()
            ? new JsonSerializationException($"A null value where the schema requires an enum value. Path '{reader.Path}', line {info.LineNumber}, position {info.LinePosition}.", reader.Path, info.LineNumber, info.LinePosition, null)
            : new JsonSerializationException($"A null value where the schema requires an enum value. Path '{reader.Path}'.", reader.Path, 0, 0, null);

    private sealed class RecordingValueProvider(IValueProvider inner, string jsonName, Type propertyType) : IValueProvider
    {
        private readonly object? _default = Nullable.GetUnderlyingType(propertyType) is null ? Activator.CreateInstance(propertyType) : null;

        public void SetValue(object target, object? value)
        {
            if (value is Unrecognized unrecognized)
            {
                UnrecognizedValues.Record(target, jsonName, unrecognized.Raw);
                inner.SetValue(target, _default);
                return;
            }

            inner.SetValue(target, value);
        }

        public object? GetValue(object target) => inner.GetValue(target);
    }
}
