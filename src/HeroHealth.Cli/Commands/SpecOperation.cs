using System.Text;
using HeroHealth.Client.Testing.Internal;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// One operation of the OpenAPI description the SDK is generated from (the copy embedded in HeroHealth.Client.Testing),
/// as the hero tool offers it: <c>hero &lt;tag&gt; &lt;operation&gt;</c> with its path and query parameters as options.
/// </summary>
internal sealed record SpecOperation(string Tag, string OperationId, string Method, string Path, string Summary, IReadOnlyList<SpecParameter> Parameters, bool HasBody, bool BodyRequired, bool Idempotent)
{
    private static readonly Lazy<IReadOnlyList<SpecOperation>> Loaded = new(Load);

    /// <summary>Every operation of the description, in path order.</summary>
    public static IReadOnlyList<SpecOperation> All => Loaded.Value;

    /// <summary>The command group: the tag in kebab case (<c>Booking - HCA</c> → <c>booking-hca</c>).</summary>
    public string Group => Kebab(Tag);

    /// <summary>The command: the operationId in kebab case (<c>listSlots</c> → <c>list-slots</c>).</summary>
    public string Command => Kebab(OperationId);

    /// <summary>Lower-case words joined by hyphens: the hero tool's naming rule for tags, operationIds and parameters.</summary>
    public static string Kebab(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && char.IsLetterOrDigit(name[i - 1]) && !char.IsUpper(name[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var text = sb.ToString();
        while (text.Contains("--", StringComparison.Ordinal))
        {
            text = text.Replace("--", "-", StringComparison.Ordinal);
        }

        return text.Trim('-');
    }

    private static List<SpecOperation> Load()
    {
        var spec = FakeSpec.Instance.Document;
        var operations = new List<SpecOperation>();
        foreach (var (path, item) in ((JObject)spec["paths"]!).Properties().Select(p => (p.Name, (JObject)p.Value)))
        {
            var shared = ReadParameters(spec, item["parameters"]);
            foreach (var method in new[] { "get", "post", "put", "patch", "delete" })
            {
                if (item[method] is not JObject op || (string?)op["operationId"] is not { Length: > 0 } id)
                {
                    continue;
                }

                var own = ReadParameters(spec, op["parameters"]);
                var parameters = shared.Where(s => own.All(o => o.Name != s.Name)).Concat(own).Where(p => p.In is "path" or "query").ToList();
                var body = op["requestBody"] is JObject b ? OpenApiYaml.Resolve(spec, b) : null;
                operations.Add(new SpecOperation(
                    (string?)op["tags"]?[0] ?? "Other",
                    id,
                    method.ToUpperInvariant(),
                    path,
                    OneLine((string?)op["summary"] ?? (string?)op["description"] ?? id),
                    parameters,
                    body is not null,
                    (bool?)body?["required"] == true,
                    (bool?)op["x-hero-idempotent"] == true));
            }
        }

        return operations;
    }

    private static List<SpecParameter> ReadParameters(JObject spec, JToken? list) => list is JArray array
        ? [.. array.OfType<JObject>().Select(p => OpenApiYaml.Resolve(spec, p)).Select(p => new SpecParameter(
            (string)p["name"]!, (string)p["in"]!, (bool?)p["required"] == true || (string?)p["in"] == "path", OneLine((string?)p["description"] ?? ""),
            p["schema"] is JObject schema ? (string?)OpenApiYaml.Resolve(spec, schema)["type"] : null))]
        : [];

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A path or query parameter of a <see cref="SpecOperation"/>.</summary>
/// <param name="Name">The parameter's name in the description.</param>
/// <param name="In">Where it goes: <c>path</c> or <c>query</c>.</param>
/// <param name="Required">Whether the operation needs it.</param>
/// <param name="Description">Its one-line description.</param>
/// <param name="Type">Its schema's type (<c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>…), when the description gives one.</param>
internal sealed record SpecParameter(string Name, string In, bool Required, string Description, string? Type = null)
{
    /// <summary>Why <paramref name="value"/> does not fit the parameter's type, or null when it does (or the type is not checked).</summary>
    public string? Problem(string value) => Type switch
    {
        "integer" when !long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) => "an integer",
        "number" when !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) => "a number",
        "boolean" when value is not ("true" or "false") => "true or false",
        _ => null,
    };
}
