using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing;

/// <summary>What a route added with <see cref="FakeHero.Map"/> answers.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or none.</param>
public sealed record FakeHeroResponse(int Status, JToken? Body = null)
{
    /// <summary>200 with a JSON body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The response.</returns>
    public static FakeHeroResponse Ok(JToken body) => new(200, body);

    /// <summary>A status with Hero's <c>{"message": …}</c> body.</summary>
    /// <param name="status">The status.</param>
    /// <param name="message">The message.</param>
    /// <returns>The response.</returns>
    public static FakeHeroResponse Error(int status, string message) => new(status, new JObject { ["message"] = message });
}
