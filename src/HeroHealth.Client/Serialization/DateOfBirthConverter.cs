using System.Globalization;
using Newtonsoft.Json;

namespace HeroHealth.Client.Serialization;

/// <summary>
/// Dates of birth go out as <c>yyyy-MM-dd</c> (Hero's examples: <c>"1992-01-01"</c>) when they carry no time of day;
/// any ISO 8601 date or date-time is read.
/// </summary>
internal sealed class DateOfBirthConverter : JsonConverter
{
    public static readonly DateOfBirthConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not DateTimeOffset date)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteValue(date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("o", CultureInfo.InvariantCulture));
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return objectType == typeof(DateTimeOffset) ? default(DateTimeOffset) : null;
            case JsonToken.Date when reader.Value is DateTimeOffset offset:
                return offset;
            case JsonToken.Date when reader.Value is DateTime dateTime:
                return new DateTimeOffset(DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind));
            case JsonToken.String when reader.Value is string text:
                // TryParse: a FormatException would quote the value, and a date of birth is patient data.
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new JsonSerializationException("A date of birth is not a valid ISO 8601 date.");
            default:
                throw new JsonSerializationException("A date of birth must be an ISO 8601 date string.");
        }
    }
}
