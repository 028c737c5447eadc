namespace HeroHealth.Client.DependencyInjection;

/// <summary>Marks a name registered with <c>AddHeroHealthClient</c>, so the factory can reject unknown names.</summary>
internal sealed record HeroHealthClientRegistration(string Name)
{
    public static string HttpClientNameFor(string name) => "HeroHealth.Client:" + name;
}
