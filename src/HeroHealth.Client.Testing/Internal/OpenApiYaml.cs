using Newtonsoft.Json.Linq;
using YamlDotNet.Serialization;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>
/// The one reader of the OpenAPI description: YAML (or JSON) to a JSON tree, and local <c>$ref</c> resolution. The
/// fake uses it here; the spec tool and the test suites compile this same file, so all of them read the description
/// the same way.
/// </summary>
internal static class OpenApiYaml
{
    /// <summary>Parses YAML (or JSON, which is YAML) into a JSON tree; unquoted scalars keep their YAML types.</summary>
    public static JObject Parse(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return JObject.Parse(text);
        }

        var graph = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(text);
        return JToken.FromObject(graph ?? new Dictionary<object, object>()) as JObject
            ?? throw new FormatException("The description is not a YAML/JSON object.");
    }

    /// <summary>Follows a local <c>$ref</c> (and any chain of them) to the schema it names; the schema itself when it has none.</summary>
    /// <exception cref="InvalidOperationException">The reference names nothing in <paramref name="document"/>, or the chain loops.</exception>
    public static JObject Resolve(JObject document, JObject schema)
    {
        for (var hops = 0; schema["$ref"] is JValue reference; hops++)
        {
            if (hops == 32)
            {
                throw new InvalidOperationException("$ref cycle at " + reference);
            }

            JToken? node = document;
            foreach (var part in ((string)reference!).TrimStart('#', '/').Split('/'))
            {
                node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            schema = node as JObject ?? throw new InvalidOperationException("Unresolved $ref " + reference);
        }

        return schema;
    }
}
