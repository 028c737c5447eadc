using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>The embedded OpenAPI description: routes, documented examples and schema-shaped samples.</summary>
internal sealed class FakeSpec
{
    private static readonly Lazy<FakeSpec> Shared = new(Load);

    private FakeSpec(JObject document)
    {
        Document = document;
        var routes = new List<FakeRoute>();
        foreach (var path in (JObject)document["paths"]!)
        {
            foreach (var op in (JObject)path.Value!)
            {
                routes.Add(new FakeRoute(op.Key.ToUpperInvariant(), path.Key, (JObject)op.Value!));
            }
        }

        // Literal segments win over parameters: /v1/slots/count before /v1/slots/{id}.
        Routes = routes.OrderBy(r => r.ParameterCount).ThenByDescending(r => r.Segments.Length).ToList();
    }

    public static FakeSpec Instance => Shared.Value;

    public JObject Document { get; }

    public IReadOnlyList<FakeRoute> Routes { get; }

    public FakeRoute? Match(string method, string path, out Dictionary<string, string> parameters)
    {
        var segments = path.Trim('/').Split('/');
        foreach (var route in Routes)
        {
            if (route.Method == method && route.TryMatch(segments, out parameters))
            {
                return route;
            }
        }

        parameters = [];
        return null;
    }

    public bool PathExists(string path) => Routes.Any(r => r.TryMatch(path.Trim('/').Split('/'), out _));

    public JObject Resolve(JObject schema) => OpenApiYaml.Resolve(Document, schema);

    /// <summary>Hero's example where it fits the schema, a sample elsewhere (docs show "string" for enums and ids).</summary>
    public JToken Fill(JObject? schema, JToken? example, int depth = 0)
    {
        if (schema is null)
        {
            return example?.DeepClone() ?? new JObject();
        }

        schema = Resolve(schema);
        if (depth > 8)
        {
            return JValue.CreateNull();
        }

        if (schema["allOf"] is JArray { Count: 1 } only && schema["properties"] is null)
        {
            return Fill((JObject)only[0], example, depth + 1);
        }

        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (schema[union] is JArray options)
            {
                return Fill((JObject)options[0], example, depth + 1);
            }
        }

        if (schema["enum"] is JArray values)
        {
            return example is not null && values.Any(v => JToken.DeepEquals(v, example)) ? example.DeepClone() : values.First(v => v.Type != JTokenType.Null).DeepClone();
        }

        var type = (string?)schema["type"];
        if (type == "object" || schema["properties"] is not null)
        {
            var result = new JObject();
            var exampleObject = example as JObject;
            foreach (var property in (JObject?)schema["properties"] ?? [])
            {
                result[property.Key] = Fill((JObject)property.Value!, exampleObject?[property.Key], depth + 1);
            }

            foreach (var extra in exampleObject?.Properties().Where(p => result[p.Name] is null) ?? [])
            {
                result[extra.Name] = extra.Value.DeepClone();
            }

            return result;
        }

        if (type == "array")
        {
            var items = (JObject?)schema["items"] ?? new JObject();
            return example is JArray { Count: > 0 } array
                ? new JArray(array.Select(item => Fill(items, item, depth + 1)))
                : new JArray(Fill(items, null, depth + 1));
        }

        if (example is not null && example.Type != JTokenType.Null
            && !((string?)schema["pattern"] == @"^\d+$" && example.Type == JTokenType.String && !((string)example!).All(char.IsAsciiDigit)))
        {
            return example.DeepClone();
        }

        return type switch
        {
            "string" => (string?)schema["format"] switch
            {
                "date-time" => new JValue("2026-01-05T09:00:00Z"),
                "date" => new JValue("2026-01-05"),
                "uri" => new JValue("https://fake.herohealth.test/link"),
                "email" => new JValue("someone@example.test"),
                _ when (string?)schema["pattern"] == @"^\d+$" => new JValue("1"),
                _ => new JValue("sample"),
            },
            "integer" => new JValue(1),
            "number" => new JValue(1),
            "boolean" => new JValue(false),
            _ => example?.DeepClone() ?? new JObject(),
        };
    }

    private static FakeSpec Load()
    {
        using var stream = typeof(FakeSpec).Assembly.GetManifestResourceStream("HeroHealth.Client.Testing.hero-public-api.yaml")
            ?? throw new InvalidOperationException("The embedded OpenAPI description is missing.");
        using var reader = new StreamReader(stream);
        return new FakeSpec(OpenApiYaml.Parse(reader.ReadToEnd()));
    }
}
