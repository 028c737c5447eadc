using HeroHealth.Client.Testing.Internal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.SpecTool;

/// <summary>Compares two OpenAPI 3.0 descriptions at the level SDK users feel: operations, parameters, fields, enums.</summary>
public sealed class SpecDiff
{
    private readonly JObject _old;
    private readonly JObject _new;
    private readonly List<ApiChange> _changes = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private SpecDiff(JObject oldDoc, JObject newDoc)
    {
        _old = oldDoc;
        _new = newDoc;
    }

    /// <summary>The changes from <paramref name="oldDoc"/> to <paramref name="newDoc"/>, breaking first.</summary>
    /// <param name="oldDoc">The committed description.</param>
    /// <param name="newDoc">The new description (normalised).</param>
    /// <returns>The changes.</returns>
    public static List<ApiChange> Compare(JObject oldDoc, JObject newDoc)
    {
        var diff = new SpecDiff(oldDoc, newDoc);
        diff.Run();
        return diff._changes.OrderByDescending(c => c.Breaking).ThenBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every operation of a description: "METHOD /path" to its node.</summary>
    /// <param name="doc">The description.</param>
    /// <returns>The operations.</returns>
    public static Dictionary<string, JObject> Operations(JObject doc)
    {
        var result = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var path in (JObject?)doc["paths"] ?? [])
        {
            foreach (var op in (JObject?)path.Value ?? [])
            {
                if (op.Value is JObject node && op.Key is "get" or "put" or "post" or "patch" or "delete" or "head" or "options")
                {
                    result[$"{op.Key.ToUpperInvariant()} {path.Key}"] = node;
                }
            }
        }

        return result;
    }

    private void Run()
    {
        var oldOps = Operations(_old);
        var newOps = Operations(_new);
        foreach (var (key, op) in newOps.Where(o => !oldOps.ContainsKey(o.Key)))
        {
            Add("Operation added", Label(key, op), null, false);
        }

        foreach (var (key, op) in oldOps.Where(o => !newOps.ContainsKey(o.Key)))
        {
            Add("Operation removed", Label(key, op), null, true);
        }

        foreach (var (key, oldOp) in oldOps.Where(o => newOps.ContainsKey(o.Key)))
        {
            var newOp = newOps[key];
            var label = Label(key, newOp);
            if ((string?)oldOp["operationId"] != (string?)newOp["operationId"])
            {
                Add("operationId renamed (generated method renamed)", label, $"{oldOp["operationId"]} → {newOp["operationId"]}", true);
            }

            CompareParameters(label, oldOp, newOp);
            CompareSchemas($"{label} request", Body(oldOp["requestBody"]), Body(newOp["requestBody"]), request: true);
            CompareSchemas($"{label} response", SuccessSchema(oldOp), SuccessSchema(newOp), request: false);
        }
    }

    private static string Label(string key, JObject op) => op["operationId"] is { } id ? $"{key} ({id})" : key;

    private static JObject? Body(JToken? requestBody) => requestBody?.SelectToken("content['application/json'].schema") as JObject;

    private static JObject? SuccessSchema(JObject op) => ((JObject?)op["responses"])?.Properties()
        .FirstOrDefault(p => p.Name.StartsWith('2'))?.Value.SelectToken("content['application/json'].schema") as JObject;

    private void CompareParameters(string label, JObject oldOp, JObject newOp)
    {
        static Dictionary<string, JObject> Map(JObject op) => (op["parameters"] as JArray ?? []).OfType<JObject>()
            .ToDictionary(p => $"{p["in"]}:{p["name"]}", p => p, StringComparer.Ordinal);
        var oldParams = Map(oldOp);
        var newParams = Map(newOp);
        foreach (var (key, p) in newParams.Where(p => !oldParams.ContainsKey(p.Key)))
        {
            var required = (bool?)p["required"] == true;
            Add(required ? "Required parameter added" : "Optional parameter added", $"{label} {key}", null, required);
        }

        foreach (var key in oldParams.Keys.Where(k => !newParams.ContainsKey(k)))
        {
            Add("Parameter removed", $"{label} {key}", null, true);
        }

        foreach (var (key, oldP) in oldParams.Where(p => newParams.ContainsKey(p.Key)))
        {
            var newP = newParams[key];
            var wasRequired = (bool?)oldP["required"] == true;
            var isRequired = (bool?)newP["required"] == true;
            if (wasRequired != isRequired)
            {
                Add(isRequired ? "Parameter became required" : "Parameter became optional", $"{label} {key}", null, isRequired);
            }

            CompareSchemas($"{label} {key}", oldP["schema"] as JObject, newP["schema"] as JObject, request: true);
        }
    }

    private void CompareSchemas(string label, JObject? oldSchema, JObject? newSchema, bool request, int depth = 0)
    {
        if (oldSchema is null || newSchema is null || depth > 12)
        {
            if (oldSchema is null != newSchema is null)
            {
                Add(newSchema is null ? "Body removed" : "Body added", label, null, newSchema is null || request);
            }

            return;
        }

        var (oldResolved, oldRef) = Resolve(_old, oldSchema);
        var (newResolved, newRef) = Resolve(_new, newSchema);
        if (newRef is not null)
        {
            label = newRef; // report a shared schema once, by its name
        }

        if (!_seen.Add($"{label}|{oldRef}|{newRef}|{request}"))
        {
            return;
        }

        var oldType = TypeOf(oldResolved);
        var newType = TypeOf(newResolved);
        if (oldType != newType)
        {
            Add("Type changed", label, $"{oldType} → {newType}", true);
            return;
        }

        var oldNullable = (bool?)oldResolved["nullable"] == true || (bool?)oldSchema["nullable"] == true;
        var newNullable = (bool?)newResolved["nullable"] == true || (bool?)newSchema["nullable"] == true;
        if (oldNullable != newNullable)
        {
            Add(newNullable ? "Became nullable" : "No longer nullable", label, null, newNullable && !request);
        }

        if (oldResolved["enum"] is JArray oldEnum && newResolved["enum"] is JArray newEnum)
        {
            var before = oldEnum.Select(v => v.ToString(Formatting.None)).ToHashSet(StringComparer.Ordinal);
            var after = newEnum.Select(v => v.ToString(Formatting.None)).ToHashSet(StringComparer.Ordinal);
            foreach (var added in after.Except(before))
            {
                // The SDK tolerates unknown values on read, so an added value is safe in responses.
                Add("Enum value added", label, added, false);
            }

            foreach (var removed in before.Except(after))
            {
                Add("Enum value removed", label, removed, true);
            }
        }

        var oldProps = (JObject?)oldResolved["properties"] ?? [];
        var newProps = (JObject?)newResolved["properties"] ?? [];
        var oldRequired = (oldResolved["required"] as JArray)?.Values<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var newRequired = (newResolved["required"] as JArray)?.Values<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var p in newProps.Properties().Where(p => oldProps[p.Name] is null))
        {
            var required = newRequired.Contains(p.Name);
            Add(required && request ? "Required field added" : "Field added", $"{label}.{p.Name}", null, required && request);
        }

        foreach (var p in oldProps.Properties().Where(p => newProps[p.Name] is null))
        {
            Add("Field removed", $"{label}.{p.Name}", null, true);
        }

        foreach (var p in oldProps.Properties().Where(p => newProps[p.Name] is not null))
        {
            var was = oldRequired.Contains(p.Name);
            var now = newRequired.Contains(p.Name);
            if (was != now)
            {
                Add(now ? "Field became required" : "Field became optional", $"{label}.{p.Name}", null, now && request);
            }

            CompareSchemas($"{label}.{p.Name}", p.Value as JObject, newProps[p.Name] as JObject, request, depth + 1);
        }

        if (oldResolved["items"] is JObject oldItems && newResolved["items"] is JObject newItems)
        {
            CompareSchemas($"{label}[]", oldItems, newItems, request, depth + 1);
        }
    }

    private static (JObject Schema, string? Ref) Resolve(JObject doc, JObject schema)
    {
        string? name = null;
        for (var i = 0; i < 16; i++)
        {
            if (schema["$ref"] is JValue reference)
            {
                name = ((string)reference!).Split('/')[^1];
                try
                {
                    schema = OpenApiYaml.Resolve(doc, schema);
                }
                catch (InvalidOperationException)
                {
                    schema = []; // a description being diffed may be broken: an unresolvable reference compares as an empty schema
                }
            }
            else if (schema["allOf"] is JArray { Count: 1 } only && schema["properties"] is null && only[0] is JObject single)
            {
                schema = single;
            }
            else
            {
                break;
            }
        }

        return (schema, name);
    }

    private static string TypeOf(JObject schema) =>
        ((string?)schema["type"] ?? (schema["properties"] is not null ? "object" : "any")) + (schema["format"] is { } f ? $"({f})" : "");

    private void Add(string kind, string subject, string? detail, bool breaking) => _changes.Add(new ApiChange(kind, subject, detail, breaking));
}
