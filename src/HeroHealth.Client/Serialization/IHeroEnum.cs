namespace HeroHealth.Client;

/// <summary>
/// Implemented by every generated extensible enum (see build/templates/Enum.liquid), so the JSON converter and the
/// query-string builder can reach the wire text without reflection or boxing.
/// </summary>
internal interface IHeroEnum
{
    /// <summary>The wire text; <see langword="null"/> for <see langword="default"/>.</summary>
    string? WireValue { get; }

    /// <summary>Whether the value is one the API description lists (implemented by the generated public property).</summary>
    bool IsKnown { get; }
}
