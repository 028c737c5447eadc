namespace HeroHealth.Client;

/// <summary>The Hero Health environments a client can target.</summary>
public enum HeroHealthEnvironment
{
    /// <summary>Hero's documentation mock server: answers with the documented examples; no real data.</summary>
    Mock,

    /// <summary>Staging: for development and integration testing; test data only, no real patients.</summary>
    Staging,

    /// <summary>Production: live GP practices and real patients.</summary>
    Production,
}
