using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Support;

/// <summary>One operation of the spec, as the data-driven tests see it.</summary>
public sealed class SpecOperation
{
    internal static readonly Lazy<IReadOnlyList<SpecOperation>> All = new(() =>
    {
        var list = new List<SpecOperation>();
        foreach (var path in (JObject)OpenApiSpec.Document["paths"]!)
        {
            foreach (var op in (JObject)path.Value!)
            {
                list.Add(new SpecOperation(op.Key.ToUpperInvariant(), path.Key, (JObject)op.Value!));
            }
        }

        return list.OrderBy(o => o.OperationId, StringComparer.Ordinal).ToList();
    });

    private SpecOperation(string method, string path, JObject node)
    {
        Method = method;
        Path = path;
        Node = node;
    }

    public string Method { get; }

    public string Path { get; }

    public JObject Node { get; }

    public string OperationId => (string)Node["operationId"]!;

    public string Tag => (string)Node["tags"]![0]!;

    public IEnumerable<JObject> Parameters => Node["parameters"]?.Cast<JObject>() ?? [];

    public JObject? RequestBodySchema => Node.SelectToken("requestBody.content['application/json'].schema") as JObject;

    public JToken? RequestBodyExample => Node.SelectToken("requestBody.content['application/json'].example");

    /// <summary>The first 2xx response: its status code, schema and documented example.</summary>
    public (int Status, JObject? Schema, JToken? Example) Success
    {
        get
        {
            var response = ((JObject)Node["responses"]!).Properties().First(p => p.Name.StartsWith('2'));
            var media = response.Value.SelectToken("content['application/json']");
            return (int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), media?["schema"] as JObject, media?["example"]);
        }
    }

    public override string ToString() => OperationId;
}
