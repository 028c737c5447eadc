using System.Diagnostics.CodeAnalysis;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// A delivered event: Hero's thin payload <c>{object, id, practice_group_id, event}</c>. Fetch the resource by
/// <see cref="Id"/> for details (e.g. <c>hero.ForPracticeGroup(e.PracticeGroupId).Booking.GetAppointmentAsync(e.Id)</c>).
/// An event name this SDK version does not know parses too: <see cref="Type"/> carries it as sent
/// (<c>Type.IsKnown</c> is <see langword="false"/>), with the raw JSON kept.
/// </summary>
/// <param name="Type">The event name as sent, e.g. <see cref="WebhookEventType.AppointmentConfirmed"/> (<c>appointment.confirmed</c>).</param>
/// <param name="ObjectType">The kind of resource, e.g. <c>Appointment</c>.</param>
/// <param name="Id">The resource id.</param>
/// <param name="PracticeGroupId">The practice group the event belongs to.</param>
/// <param name="RawJson">The payload exactly as received.</param>
public sealed record HeroWebhookEvent(WebhookEventType Type, string ObjectType, string Id, string PracticeGroupId, string RawJson)
{
    /// <summary>
    /// The fencing number of the claim or lease this event is handled under (0 when parsed by hand). It grows each time
    /// another attempt takes the event, so a handler that writes elsewhere can refuse a write stamped lower than one it
    /// already accepted: that is a paused holder whose claim was taken over, repeating work the new holder does.
    /// </summary>
    public long FencingToken { get; init; }

    /// <summary>Parses a delivery body (verify it first with <see cref="HeroWebhookVerifier"/>).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="webhookEvent">
    /// The event when the body is a JSON object carrying the four fields Hero documents as required (<c>event</c>,
    /// <c>object</c>, <c>id</c>, <c>practice_group_id</c>; numbers are read as their text).
    /// </param>
    /// <returns>Whether the body could be read; never throws for bad input.</returns>
    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out HeroWebhookEvent? webhookEvent)
    {
        webhookEvent = null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return TryParse(text, out webhookEvent);
    }

    /// <summary>Parses a delivery body held as a string.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="webhookEvent">The event, when readable.</param>
    /// <returns>Whether the body could be read; never throws for bad input.</returns>
    public static bool TryParse(string? body, [NotNullWhen(true)] out HeroWebhookEvent? webhookEvent)
    {
        webhookEvent = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = 32 };
            if (JToken.ReadFrom(reader) is not JObject obj || reader.Read())
            {
                return false; // not an object, or trailing content
            }

            json = obj;
        }
        catch (JsonException)
        {
            return false;
        }

        if (json["event"] is not JValue { Type: JTokenType.String } name || string.IsNullOrEmpty((string?)name))
        {
            return false;
        }

        // Hero documents all four fields as required strings; a payload without one is not a Hero event.
        if (Scalar(json["object"]) is not { Length: > 0 } objectType
            || Scalar(json["id"]) is not { Length: > 0 } id
            || Scalar(json["practice_group_id"]) is not { Length: > 0 } practiceGroupId)
        {
            return false;
        }

        webhookEvent = new HeroWebhookEvent(new WebhookEventType((string)name!), objectType, id, practiceGroupId, body);
        return true;
    }

    /// <summary>Describes the event without its raw body.</summary>
    /// <returns>Type, object and id.</returns>
    public override string ToString() => $"HeroWebhookEvent({Type}, {ObjectType} {Id}, practice group {PracticeGroupId})";

    private static string? Scalar(JToken? token) => token is JValue { Value: not null } v && v.Type != JTokenType.Null
        ? Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
