using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Support;

/// <summary>
/// Builds a JSON value that fills every property a schema declares, then lays Hero's documented example over it,
/// so each test sends and receives every documented field, with Hero's own values where the docs give them.
/// </summary>
public static class SchemaSamples
{
    public static JToken ForSchema(JObject? schema, JToken? example)
    {
        var sample = schema is null ? null : Sample(schema, 0);
        return Merge(sample, example) ?? JValue.CreateNull();
    }

    public static JToken Sample(JObject schema, int depth)
    {
        schema = OpenApiSpec.Resolve(schema);
        if (depth > 8)
        {
            return JValue.CreateNull();
        }

        if (schema["enum"] is JArray values)
        {
            return values.First(v => v.Type != JTokenType.Null).DeepClone();
        }

        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (schema[union] is JArray options)
            {
                return Sample((JObject)options[0], depth + 1);
            }
        }

        if (schema["allOf"] is JArray parts)
        {
            var merged = new JObject();
            foreach (var part in parts)
            {
                merged.Merge(Sample((JObject)part, depth + 1));
            }

            return merged;
        }

        var type = (string?)schema["type"];
        if (type == "object" || schema["properties"] is not null)
        {
            var obj = new JObject();
            foreach (var property in (JObject?)schema["properties"] ?? [])
            {
                obj[property.Key] = Sample((JObject)property.Value!, depth + 1);
            }

            if (obj.Count == 0 && schema["additionalProperties"] is JObject valueSchema)
            {
                obj["key1"] = Sample(valueSchema, depth + 1);
            }

            return obj;
        }

        return type switch
        {
            "array" => new JArray(Sample((JObject?)schema["items"] ?? new JObject(), depth + 1)),
            "string" => StringSample(schema),
            "integer" => new JValue(3),
            "number" => new JValue(7),
            "boolean" => new JValue(true),
            // Untyped: the SDK keeps it as JToken, so any JSON must come back unchanged.
            _ => new JObject { ["untyped"] = "kept as JSON", ["n"] = 1 },
        };
    }

    private static JValue StringSample(JObject schema) => (string?)schema["format"] switch
    {
        "date-time" => new JValue("2024-05-06T07:08:09+00:00"),
        "date" => new JValue("2024-05-06"),
        "uri" => new JValue("https://partner.example.test/hooks/hero"),
        "email" => new JValue("someone@example.test"),
        _ when (string?)schema["pattern"] == @"^\d+$" => new JValue("12345"),
        _ => new JValue("sample text"),
    };

    /// <summary>Lays <paramref name="example"/> over <paramref name="sample"/>: the example's values win.</summary>
    public static JToken? Merge(JToken? sample, JToken? example)
    {
        if (example is null)
        {
            return sample?.DeepClone();
        }

        if (sample is JObject s && example is JObject e)
        {
            var result = (JObject)s.DeepClone();
            foreach (var property in e)
            {
                result[property.Key] = Merge(s[property.Key], property.Value);
            }

            return result;
        }

        if (sample is JArray sa && example is JArray ea && sa.Count > 0 && ea.Count > 0)
        {
            return new JArray(ea.Select(item => Merge(sa[0], item)));
        }

        return example.DeepClone();
    }
}
