namespace HeroHealth.Client;

/// <summary>What <c>AddHeroHealthClient</c> and its <see cref="HeroHealthClientBuilder"/> recorded for one name.</summary>
internal sealed class HeroHealthClientRegistration(string name)
{
    public string Name { get; } = name;

    /// <summary>Creates the transport's handler; null for the SDK's own.</summary>
    public Func<IServiceProvider, HttpMessageHandler>? Transport { get; set; }

    /// <summary>Policies resolved from the container, added after those in the options.</summary>
    public List<(Func<IServiceProvider, HeroPipelinePolicy> Create, HeroPipelinePosition Position)> Policies { get; } = [];
}
