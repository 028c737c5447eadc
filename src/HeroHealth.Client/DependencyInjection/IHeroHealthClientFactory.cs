namespace HeroHealth.Client;

/// <summary>Gives the <see cref="HeroHealthClient"/>s registered with <c>AddHeroHealthClient</c>, by name.</summary>
public interface IHeroHealthClientFactory
{
    /// <summary>
    /// The client registered under <paramref name="name"/> (the default registration when null): one shared, thread-safe
    /// instance per name for the container's lifetime, reading its API key from the options monitor on every request.
    /// </summary>
    /// <param name="name">The name given to <c>AddHeroHealthClient(name, …)</c>, or null for the unnamed one.</param>
    /// <returns>The shared client over the registration's pooled connection handler; do not dispose it (disposing it is harmless).</returns>
    /// <exception cref="InvalidOperationException">No client of that name is registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its options are invalid.</exception>
    HeroHealthClient CreateClient(string? name = null);
}
