using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>A route a test added with <see cref="FakeHero.Map"/>: matched like the spec's, answered by the test.</summary>
internal sealed class FakeCustomRoute(string method, string template, Func<FakeHeroRequest, Task<FakeHeroResponse>> handler)
{
    public FakeRoute Route { get; } = new(method, template, new JObject { ["operationId"] = $"{method} {template}" });

    public Func<FakeHeroRequest, Task<FakeHeroResponse>> Handler { get; } = handler;
}
