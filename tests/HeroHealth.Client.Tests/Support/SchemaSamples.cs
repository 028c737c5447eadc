using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Support;

/// <summary>
/// Builds a JSON value that fills every property a schema declares, then lays Hero's documented example over it,
/// so each test sends and receives every documented field, with Hero's own values where the docs give them.
/// </summary>
public static class SchemaSamples
{
    public static JToken ForSchema(JObject? schema, JToken? example) =>
        (schema is null ? example?.DeepClone() : Fill(schema, example, 0)) ?? JValue.CreateNull();

    /// <summary>
    /// Hero's example where it fits the schema, a sample elsewhere. Hero's docs show placeholders such as "string"
    /// for enum fields; those are replaced by a documented value so the test checks a real round trip.
    /// </summary>
    private static JToken Fill(JObject schema, JToken? example, int depth)
    {
        schema = OpenApiSpec.Resolve(schema);
        if (example is null || depth > 8)
        {
            return Sample(schema, depth);
        }

        if (schema["allOf"] is JArray { Count: 1 } single && schema["properties"] is null)
        {
            return Fill((JObject)single[0], example, depth + 1);
        }

        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (schema[union] is JArray options)
            {
                // The generator types a union as its first branch; Hero's example may show another branch.
                return Fill((JObject)options[0], example, depth + 1);
            }
        }

        if (schema["enum"] is JArray values)
        {
            return values.Any(v => JToken.DeepEquals(v, example)) ? example.DeepClone() : Sample(schema, depth);
        }

        if (schema["properties"] is JObject properties && example is JObject exampleObject)
        {
            var result = new JObject();
            foreach (var property in properties)
            {
                result[property.Key] = Fill((JObject)property.Value!, exampleObject[property.Key], depth + 1);
            }

            foreach (var extra in exampleObject.Properties().Where(p => properties[p.Name] is null))
            {
                result[extra.Name] = extra.Value.DeepClone();
            }

            return result;
        }

        if ((string?)schema["type"] == "array" && example is JArray exampleArray && schema["items"] is JObject items)
        {
            return exampleArray.Count == 0
                ? new JArray(Sample(items, depth + 1))
                : new JArray(exampleArray.Select(item => Fill(items, item, depth + 1)));
        }

        // Hero's examples put placeholders ("string") in id fields whose pattern is ^\d+$: use a real id instead.
        if ((string?)schema["pattern"] == @"^\d+$" && example.Type == JTokenType.String && !((string)example!).All(char.IsAsciiDigit))
        {
            return Sample(schema, depth);
        }

        return example.DeepClone();
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

        if (schema["allOf"] is JArray { Count: 1 } only && schema["properties"] is null)
        {
            return Sample((JObject)only[0], depth + 1);
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
}
