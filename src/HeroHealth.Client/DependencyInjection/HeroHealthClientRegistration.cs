namespace HeroHealth.Client;

/// <summary>Marks a name registered with <c>AddHeroHealthClient</c>, so the factory can reject unknown names.</summary>
internal sealed record HeroHealthClientRegistration(string Name)
{
    private const string Prefix = "HeroHealth.Client:";

    public static string HttpClientNameFor(string name) => Prefix + name;

    public static bool IsHttpClientName(string httpClientName) => httpClientName.StartsWith(Prefix, StringComparison.Ordinal);
}
