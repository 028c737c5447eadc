using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// Reads Hero's ISO 8601 timestamps into <see cref="DateTimeOffset"/> with System.Text.Json's ISO parser, falling back
/// to a culture-invariant parse. A timestamp without an offset (<c>2026-12-01T09:30:00</c>) is read as UTC, never in
/// the host's time zone, so every host reads the same instant. Writing is left to Newtonsoft.Json.
/// </summary>
/// <remarks>
/// Why: Newtonsoft.Json parses each timestamp twice (an exact-format parse, then its own ISO parser over a copied
/// char array); profiling showed that to be about half of reading an appointment. The results are the same
/// (TimestampReadingTests checks the two agree), and a failure never quotes the value: it may be a patient's date.
/// </remarks>
internal sealed class TimestampConverter : JsonConverter
{
    public static readonly TimestampConverter Instance = new();

    // "\"" + 64 ASCII chars + "\"" fits any ISO 8601 timestamp; longer strings go straight to the fallback.
    private const int MaxFastLength = 64;

    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("TimestampConverter only reads; Newtonsoft.Json writes timestamps.");

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null when objectType == typeof(DateTimeOffset?):
                return null;
            case JsonToken.Date when reader.Value is DateTimeOffset offset:
                return offset;
            case JsonToken.Date when reader.Value is DateTime dateTime:
                return new DateTimeOffset(dateTime);
            case JsonToken.String when reader.Value is string text:
                if (objectType == typeof(DateTimeOffset?) && text.Length == 0)
                {
                    // Newtonsoft.Json reads an empty string as null for a nullable timestamp.
                    return null;
                }

                return TryParse(text, out var parsed)
                    ? parsed
                    : throw Failure(reader, "A timestamp is not a valid ISO 8601 date and time.");
            default:
                throw Failure(reader, $"Expected an ISO 8601 timestamp string, found {reader.TokenType}.");
        }
    }

    /// <summary>Parses one timestamp the way this converter reads it.</summary>
    /// <param name="text">The JSON string's value.</param>
    /// <param name="value">The timestamp.</param>
    /// <returns>Whether <paramref name="text"/> is a timestamp.</returns>
    internal static bool TryParse(string text, out DateTimeOffset value)
    {
        if (text.Length is > 0 and <= MaxFastLength && IsAscii(text))
        {
            Span<byte> json = stackalloc byte[MaxFastLength + 2];
            json[0] = (byte)'"';
            var length = Encoding.ASCII.GetBytes(text, json[1..]);
            json[length + 1] = (byte)'"';
            var utf8 = new System.Text.Json.Utf8JsonReader(json[..(length + 2)]);
            if (utf8.Read() && utf8.TryGetDateTimeOffset(out value))
            {
                if (!HasOffset(text))
                {
                    // The parser gave the host's offset; Hero's clock is UTC, and a host in another zone must read the same instant.
                    value = new DateTimeOffset(value.DateTime, TimeSpan.Zero);
                }

                return true;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Whether an ISO 8601 text names its offset (<c>Z</c> or <c>±hh:mm</c> after the time).</summary>
    internal static bool HasOffset(string text)
    {
        var time = text.IndexOfAny(['T', 't', ' ']);
        return time >= 0 && text.AsSpan(time).IndexOfAny("Zz+-") >= 0;
    }

    // Where, never what: the position lets a developer find the field without the value reaching a log.
    private static JsonSerializationException Failure(JsonReader reader, string message) =>
        reader is IJsonLineInfo info && info.HasLineInfo()
            ? new JsonSerializationException($"{message} Path '{reader.Path}', line {info.LineNumber}, position {info.LinePosition}.", reader.Path, info.LineNumber, info.LinePosition, null)
            : new JsonSerializationException($"{message} Path '{reader.Path}'.", reader.Path, 0, 0, null);

    // A quote or backslash would end or escape the JSON string we build; control characters are not dates.
    private static bool IsAscii(string text) => HeaderText.IsPrintableAscii(text) && text.IndexOfAny(['"', '\\']) < 0;
}
