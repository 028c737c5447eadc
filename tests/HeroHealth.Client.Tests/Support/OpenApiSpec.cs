using Newtonsoft.Json.Linq;
using HeroHealth.Client.Testing.Internal;

namespace HeroHealth.Client.Tests.Support;

/// <summary>The repository's OpenAPI description, loaded once as JSON for easy walking.</summary>
public static class OpenApiSpec
{
    private static readonly Lazy<JObject> Doc = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "openapi");

    public static JObject Document => Doc.Value;

    public static IReadOnlyList<SpecOperation> Operations => SpecOperation.All.Value;

    private static JObject Load() => OpenApiYaml.Parse(File.ReadAllText(Path.Combine(Directory, "hero-public-api.yaml")));

    /// <summary>Follows a local <c>$ref</c> (if any) to the schema it names.</summary>
    public static JObject Resolve(JObject schema) => OpenApiYaml.Resolve(Document, schema);
}
