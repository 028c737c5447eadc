using Newtonsoft.Json.Linq;
using HeroHealth.Client.Testing.Internal;
using YamlDotNet.Serialization;

namespace HeroHealth.SpecTool;

/// <summary>YAML ⇄ JSON tree for OpenAPI documents, with an emitter that quotes strings that would read as other types.</summary>
public static class SpecYaml
{
    /// <summary>Parses YAML (or JSON, which is YAML) into a JSON tree.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The root object.</returns>
    public static JObject Parse(string text) => OpenApiYaml.Parse(text);

    /// <summary>Writes the tree as YAML, keeping key order.</summary>
    /// <param name="document">The document.</param>
    /// <returns>YAML text.</returns>
    public static string Write(JObject document)
    {
        var serializer = new SerializerBuilder()
            .WithQuotingNecessaryStrings()
            .DisableAliases()
            .Build();
        return serializer.Serialize(ToPlain(document));
    }

    private static object? ToPlain(JToken token) => token switch
    {
        JObject obj => obj.Properties().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JArray array => array.Select(ToPlain).ToList(),
        JValue value => value.Value,
        _ => token.ToString(),
    };
}
