namespace HeroHealth.Client;

/// <summary>
/// Implemented by every generated list model (<c>build/templates/Class.liquid</c>): whether the body had Hero's
/// <c>data</c> array at all, so the pager can tell "an empty page" from "not a list".
/// </summary>
internal interface IHeroListEnvelope
{
    /// <summary>Whether the body carried a <c>data</c> array.</summary>
    bool HasData { get; }
}
