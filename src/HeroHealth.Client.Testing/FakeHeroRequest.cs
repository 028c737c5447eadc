using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing;

/// <summary>A request a route added with <see cref="FakeHero.Map"/> answers (already authenticated and scoped).</summary>
/// <param name="Fake">The fake, for its state (<see cref="FakeHero.ConfirmAppointmentAsync"/>, <see cref="FakeHero.SentMessages"/>…).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="PracticeGroupId">The practice group the call acts for.</param>
/// <param name="PathParameters">The template's placeholders, unescaped.</param>
/// <param name="Query">Query parameters (a name may repeat).</param>
/// <param name="Body">The JSON body, when there was one.</param>
public sealed record FakeHeroRequest(
    FakeHero Fake,
    string Method,
    string PracticeGroupId,
    IReadOnlyDictionary<string, string> PathParameters,
    IReadOnlyDictionary<string, string[]> Query,
    JToken? Body);
