using System.Globalization;
using HeroHealth.Client.Testing.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// <c>hero spec verify --patch FILE</c>: a copy of the description with the changes the evidence supports — a field seen
/// but not described is added with the type seen, an enum value seen is listed, a required field seen missing is no
/// longer required, a value of another type is retyped, a format that did not hold is dropped, an undocumented status is
/// documented — each marked <c>x-hero-evidence</c> with where and when it was seen. It is a proposal for review, fed to
/// <c>build/update-spec --file</c>; a difference it cannot place (a path through oneOf, say) is left for a person.
/// </summary>
internal static class SpecPatch
{
    public sealed record Evidence(string OperationId, string Method, string OperationPath, string JsonPath, string Kind, JToken? Observed, int? Status);

    public static int Write(string file, IEnumerable<Evidence> evidence, string target)
    {
        var spec = (JObject)FakeSpec.Instance.Document.DeepClone();
        var note = $"hero spec verify against {target} on {DateTime.UtcNow:yyyy-MM-dd}";
        var changes = 0;
        foreach (var e in evidence)
        {
            var operation = spec.SelectToken($"paths['{e.OperationPath}'].{e.Method.ToLowerInvariant()}") as JObject;
            if (operation?["responses"] is not JObject responses)
            {
                continue;
            }

            if (e.Kind == "undocumented status" && e.Status is { } status)
            {
                responses[status.ToString(CultureInfo.InvariantCulture)] = new JObject
                {
                    ["description"] = "Seen, not documented",
                    ["x-hero-evidence"] = $"{note}: {e.OperationId} answered {status}",
                };
                changes++;
                continue;
            }

            var schema = responses.Properties().Where(p => p.Name.StartsWith('2')).Select(p => p.Value.SelectToken("content['application/json'].schema")).OfType<JObject>().FirstOrDefault();
            if (schema is null || Apply(spec, schema, Segments(e.JsonPath), e, $"{note}: {e.Kind} at {e.JsonPath} of {e.OperationId}"))
            {
                changes += schema is null ? 0 : 1;
            }
        }

        File.WriteAllText(file, spec.ToString(Formatting.Indented));
        return changes;
    }

    // "$.data[].status" -> ["data", "[]", "status"]
    private static List<string> Segments(string path) =>
        [.. path.TrimStart('$').Replace("[]", ".[]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries)];

    private static bool Apply(JObject spec, JObject schema, List<string> segments, Evidence e, string note)
    {
        // Walk to the schema that holds the last segment (the object whose property it is), following $ref into components.
        var holder = Follow(spec, schema);
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var next = segments[i] == "[]" ? holder["items"] as JObject : holder["properties"]?[segments[i]] as JObject;
            if (next is null)
            {
                return false;
            }

            holder = Follow(spec, next);
        }

        var name = segments.Count == 0 ? null : segments[^1];
        switch (e.Kind)
        {
            case "unknown field" when name is not null:
                var properties = holder["properties"] as JObject ?? (JObject)(holder["properties"] = new JObject());
                properties[name] = new JObject { ["type"] = TypeOf(e.Observed), ["x-hero-evidence"] = note };
                return true;
            case "missing required field" when name is not null && holder["required"] is JArray names:
                names.Where(r => (string?)r == name).ToList().ForEach(r => r.Remove());
                holder["x-hero-evidence"] = note;
                return true;
            case "enum value not listed" when name is not null && e.Observed is JValue seen && (holder["properties"]?[name]) is JObject described:
                var enumSchema = Follow(spec, described);
                (enumSchema["enum"] as JArray)?.Add(seen.DeepClone());
                enumSchema["x-hero-evidence"] = note;
                return true;
            case "type" or "format" when name is not null && (holder["properties"]?[name]) is JObject retyped:
                var target = Follow(spec, retyped);
                if (e.Kind == "format")
                {
                    target.Remove("format");
                }
                else
                {
                    target["type"] = TypeOf(e.Observed);
                }

                target["x-hero-evidence"] = note;
                return true;
            default:
                return false;
        }
    }

    private static JObject Follow(JObject spec, JObject schema)
    {
        for (var hops = 0; hops < 32 && schema["$ref"] is JValue reference; hops++)
        {
            var target = spec.SelectToken(((string)reference!).TrimStart('#', '/').Replace('/', '.'));
            if (target is not JObject next)
            {
                break;
            }

            schema = next;
        }

        return schema;
    }

    private static string TypeOf(JToken? token) => token?.Type switch
    {
        JTokenType.Integer => "integer",
        JTokenType.Float => "number",
        JTokenType.Boolean => "boolean",
        JTokenType.Array => "array",
        JTokenType.Object => "object",
        _ => "string",
    };
}
