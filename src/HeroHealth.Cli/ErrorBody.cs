using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli;

/// <summary>
/// Hero's error body, fit to show on a terminal or in a CI log: its structure (codes, field paths, what was expected)
/// kept, anything that may echo patient data redacted — runs of six or more digits (NHS and phone numbers, dates of
/// birth), e-mail addresses and URLs (links can be credentials) inside free text, and every value Hero says it
/// received. A body that is not JSON is described, not shown.
/// </summary>
internal static partial class ErrorBody
{
    // Structural fields of Hero's (zod-style) validation errors and of common error envelopes: they name rules and fields.
    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "error", "statusCode", "status", "code", "expected", "path", "type", "field", "validation", "keys", "minimum", "maximum",
    };

    // Fields that carry the caller's own input back: never shown, whatever they hold.
    private static readonly HashSet<string> Echoes = new(StringComparer.OrdinalIgnoreCase) { "received", "value", "input" };

    public static JToken? Redact(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = 32 };
            var json = JToken.ReadFrom(reader);
            Walk(json, key: null);
            return json;
        }
        catch (JsonException)
        {
            return $"(a body of {body.Length} characters that is not JSON; not shown)";
        }
    }

    private static void Walk(JToken token, string? key)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    if (Echoes.Contains(property.Name))
                    {
                        property.Value = "***";
                    }
                    else
                    {
                        Walk(property.Value, property.Name);
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Walk(item, key);
                }

                break;
            case JValue { Type: JTokenType.String } value when key is null || !Structural.Contains(key):
                value.Value = Text((string)value.Value!);
                break;
        }
    }

    private static string Text(string text) => Digits().Replace(Url().Replace(Email().Replace(text, "***@***"), "(url)"), "***");

    [GeneratedRegex(@"\d[\d\s\-/]{4,}\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?|ftp)://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
