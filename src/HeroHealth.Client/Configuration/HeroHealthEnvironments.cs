namespace HeroHealth.Client;

/// <summary>Base addresses of the Hero Health environments.</summary>
public static class HeroHealthEnvironments
{
    /// <summary>Hero's documentation mock server.</summary>
    public static readonly Uri Mock = new("https://developer.herohealth.net/_mock/apis/public-api/openapi/");

    /// <summary>Staging.</summary>
    public static readonly Uri Staging = new("https://api.staging.htech.app/");

    /// <summary>Production.</summary>
    public static readonly Uri Production = new("https://api.herohealth.net/");

    /// <summary>Returns the base address of <paramref name="environment"/> (always ending with '/').</summary>
    /// <param name="environment">The environment.</param>
    /// <returns>The base address.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined environment value.</exception>
    public static Uri BaseAddressOf(HeroHealthEnvironment environment) => environment switch
    {
        HeroHealthEnvironment.Mock => Mock,
        HeroHealthEnvironment.Staging => Staging,
        HeroHealthEnvironment.Production => Production,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Use Mock, Staging or Production."),
    };
}
