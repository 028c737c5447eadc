namespace HeroHealth.Client.Testing;

/// <summary>Wires a DI-registered Hero client to a <see cref="FakeHero"/>.</summary>
public static class FakeHeroHttpClientBuilderExtensions
{
    /// <summary>Sends the client's requests to <paramref name="fake"/> instead of the network: <c>services.AddHeroHealthClient(…).UseFakeHero(fake)</c>.</summary>
    /// <param name="builder">The builder <c>AddHeroHealthClient</c> returned.</param>
    /// <param name="fake">The fake.</param>
    /// <returns>The builder.</returns>
    public static HeroHealthClientBuilder UseFakeHero(this HeroHealthClientBuilder builder, FakeHero fake)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fake);
        return builder.ConfigureTransport(_ => fake.CreateHandler());
    }
}
