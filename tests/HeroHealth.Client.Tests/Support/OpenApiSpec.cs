using Newtonsoft.Json.Linq;
using YamlDotNet.Serialization;

namespace HeroHealth.Client.Tests.Support;

/// <summary>The repository's OpenAPI description, loaded once as JSON for easy walking.</summary>
public static class OpenApiSpec
{
    private static readonly Lazy<JObject> Doc = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "openapi");

    public static JObject Document => Doc.Value;

    public static IReadOnlyList<SpecOperation> Operations => SpecOperation.All.Value;

    private static JObject Load()
    {
        var yaml = File.ReadAllText(Path.Combine(Directory, "hero-public-api.yaml"));
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        var graph = deserializer.Deserialize<object>(yaml);
        return (JObject)JToken.FromObject(graph!);
    }

    /// <summary>Follows a local <c>$ref</c> (if any) to the schema it names.</summary>
    public static JObject Resolve(JObject schema)
    {
        var seen = 0;
        while (schema["$ref"] is JValue reference)
        {
            var path = ((string)reference!).TrimStart('#', '/').Split('/');
            JToken node = Document;
            foreach (var part in path)
            {
                node = node[part] ?? throw new InvalidOperationException("Unresolved $ref " + reference);
            }

            schema = (JObject)node;
            if (++seen > 32)
            {
                throw new InvalidOperationException("$ref cycle at " + reference);
            }
        }

        return schema;
    }
}
