using System.Globalization;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// Reads and writes the spec's <c>format: date</c> fields (<see cref="DateOnly"/>: dates of birth, date filters).
/// Written as <c>yyyy-MM-dd</c>. Read from a date or from a full ISO 8601 timestamp, because Hero shows dates of birth
/// both ways: a timestamp gives its date part as written, never shifted into another time zone (a date of birth of
/// 1 June written as <c>1992-06-01T00:00:00+01:00</c> stays 1 June). On netstandard2.0, where date-only values are
/// <see cref="DateTime"/> (the generated models have no other DateTime), the same rules apply to DateTime.
/// </summary>
internal sealed class DateOnlyConverter : JsonConverter
{
    public static readonly DateOnlyConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(DateOnly) || objectType == typeof(DateOnly?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        writer.WriteValue(value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return objectType == typeof(DateOnly) ? default(DateOnly) : null;
            case JsonToken.Date when reader.Value is DateTimeOffset offset:
                return Compat.DateOf(offset.DateTime);
            case JsonToken.Date when reader.Value is DateTime dateTime:
                return Compat.DateOf(dateTime);
            case JsonToken.String when reader.Value is string text:
                // The first ten characters are the date as written; the rest, if any, must be a valid timestamp.
                // TryParse throughout: a FormatException would quote the value, and a date of birth is patient data.
                if (text.Length >= 10
                    && DateOnly.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && (text.Length == 10 || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
                {
                    return date;
                }

                throw new JsonSerializationException("A date is not a valid ISO 8601 date (yyyy-MM-dd) or timestamp.");
            default:
                throw new JsonSerializationException("A date must be an ISO 8601 date string.");
        }
    }
}
