namespace HeroHealth.Client.DependencyInjection;

/// <summary>Creates the <see cref="HeroHealthClient"/>s registered with <c>AddHeroHealthClient</c>, by name.</summary>
public interface IHeroHealthClientFactory
{
    /// <summary>Creates the client registered under <paramref name="name"/> (the default registration when null).</summary>
    /// <param name="name">The name given to <c>AddHeroHealthClient(name, …)</c>, or null for the unnamed one.</param>
    /// <returns>A client over the pooled, factory-managed <see cref="HttpClient"/>; no need to dispose it.</returns>
    /// <exception cref="InvalidOperationException">No client of that name is registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its options are invalid.</exception>
    HeroHealthClient CreateClient(string? name = null);
}
