using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>One operation of the spec, matched by method and path template.</summary>
internal sealed class FakeRoute
{
    public FakeRoute(string method, string template, JObject operation)
    {
        Method = method;
        Template = template;
        Operation = operation;
        Segments = template.Trim('/').Split('/');
        ParameterCount = Segments.Count(s => s.StartsWith('{'));
    }

    public string Method { get; }

    public string Template { get; }

    public JObject Operation { get; }

    public string[] Segments { get; }

    public int ParameterCount { get; }

    public string OperationId => (string)Operation["operationId"]!;

    public int SuccessStatus => int.Parse(Success.Name, System.Globalization.CultureInfo.InvariantCulture);

    public JObject? SuccessSchema => Success.Value.SelectToken("content['application/json'].schema") as JObject;

    public JToken? SuccessExample => Success.Value.SelectToken("content['application/json'].example");

    private JProperty Success => ((JObject)Operation["responses"]!).Properties().First(p => p.Name.StartsWith('2'));

    public JObject? RequestSchema => Operation.SelectToken("requestBody.content['application/json'].schema") as JObject;

    public bool TryMatch(string[] segments, out Dictionary<string, string> parameters)
    {
        parameters = [];
        if (segments.Length != Segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (Segments[i].StartsWith('{'))
            {
                parameters[Segments[i].Trim('{', '}')] = Uri.UnescapeDataString(segments[i]);
            }
            else if (!string.Equals(Segments[i], segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
