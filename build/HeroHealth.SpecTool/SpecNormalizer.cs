using Newtonsoft.Json.Linq;

namespace HeroHealth.SpecTool;

/// <summary>
/// Makes a published description fit NSwag 14 (OpenAPI 3.0): 3.1 nullability and keywords downgraded, key order made
/// stable so regenerations diff cleanly. What cannot be converted is reported, never silently dropped.
/// </summary>
public static class SpecNormalizer
{
    private static readonly string[] MethodOrder = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

    /// <summary>Normalises <paramref name="document"/> in place.</summary>
    /// <param name="document">The description.</param>
    /// <returns>Notes about what was converted or could not be.</returns>
    public static List<string> Normalize(JObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var notes = new List<string>();
        var version = (string?)document["openapi"] ?? (string?)document["swagger"] ?? "";
        if (version.StartsWith("3.1", StringComparison.Ordinal))
        {
            document["openapi"] = "3.0.3";
            notes.Add($"Downgraded OpenAPI {version} to 3.0.3 for NSwag.");
        }
        else if (!version.StartsWith("3.0", StringComparison.Ordinal))
        {
            throw new FormatException($"Unsupported description version '{version}' (expected OpenAPI 3.0 or 3.1).");
        }

        foreach (var unsupported in new[] { "webhooks", "jsonSchemaDialect" })
        {
            if (document.Remove(unsupported))
            {
                notes.Add($"Removed top-level '{unsupported}' (OpenAPI 3.1 only; not used for client generation).");
            }
        }

        foreach (var schema in document.Descendants().OfType<JObject>().Where(IsSchemaLike).ToList())
        {
            Downgrade(schema, notes);
        }

        if (document["paths"] is JObject paths)
        {
            document["paths"] = SortPaths(paths);
        }

        if (document["components"] is JObject components)
        {
            foreach (var section in components.Properties().ToList())
            {
                if (section.Value is JObject map)
                {
                    section.Value = new JObject(map.Properties().OrderBy(p => p.Name, StringComparer.Ordinal));
                }
            }
        }

        return notes.Distinct().ToList();
    }

    private static bool IsSchemaLike(JObject node) =>
        node["type"] is not null || node["properties"] is not null || node["const"] is not null || node["anyOf"] is not null || node["oneOf"] is not null || node["examples"] is JArray;

    private static void Downgrade(JObject schema, List<string> notes)
    {
        if (schema["type"] is JArray types)
        {
            var names = types.Values<string>().ToList();
            var nonNull = names.Where(t => t != "null").ToList();
            if (nonNull.Count == 1)
            {
                schema["type"] = nonNull[0];
                if (names.Contains("null"))
                {
                    schema["nullable"] = true;
                }

                notes.Add("Converted 3.1 type arrays such as [string, \"null\"] to type + nullable.");
            }
            else
            {
                notes.Add($"Unsupported: a schema allows several types ({string.Join(", ", nonNull)}) at {schema.Path}; left as is, NSwag will type it as the first.");
            }
        }

        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (schema[union] is JArray options && options.OfType<JObject>().Any(o => (string?)o["type"] == "null"))
            {
                var rest = options.OfType<JObject>().Where(o => (string?)o["type"] != "null").ToList();
                schema.Remove(union);
                schema["nullable"] = true;
                if (rest.Count == 1)
                {
                    schema["allOf"] = new JArray(rest[0]);
                }
                else
                {
                    schema[union] = new JArray(rest);
                }

                notes.Add($"Converted {union} with a null branch to nullable.");
            }
        }

        if (schema["const"] is { } constant)
        {
            schema.Remove("const");
            schema["enum"] = new JArray(constant);
            notes.Add("Converted const to a one-value enum.");
        }

        if (schema["examples"] is JArray examples)
        {
            schema.Remove("examples");
            if (examples.Count > 0 && schema["example"] is null)
            {
                schema["example"] = examples[0];
            }

            notes.Add("Converted schema examples (3.1) to example.");
        }

        foreach (var bound in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
        {
            if (schema[bound.Item1] is JValue { Type: JTokenType.Integer or JTokenType.Float } number)
            {
                schema[bound.Item2] = number;
                schema[bound.Item1] = true;
                notes.Add($"Converted numeric {bound.Item1} (3.1) to {bound.Item2} + {bound.Item1}: true.");
            }
        }
    }

    private static JObject SortPaths(JObject paths) => new(paths.Properties()
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => new JProperty(p.Name, p.Value is JObject item
            ? new JObject(item.Properties().OrderBy(m => Array.IndexOf(MethodOrder, m.Name) is var i && i < 0 ? 100 : i).ThenBy(m => m.Name, StringComparer.Ordinal))
            : p.Value)));
}
