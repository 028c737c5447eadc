namespace HeroHealth.Client;

/// <summary>Limits on a shared file link; Hero applies its own defaults to what is left null.</summary>
public sealed record SharedLinkOptions
{
    /// <summary>Last day the link works (a UK date); not in the past.</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>How many times the link can be opened (1 or more).</summary>
    public int? MaximumUses { get; init; }
}
