namespace HeroHealth.Client;

/// <summary>One page of a Hero list built by hand (for a list read as untyped JSON or from a protocol call).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Count">Hero's <c>count</c> (taken as the total), when present.</param>
public sealed record HeroPage<T>(IReadOnlyList<T> Items, double? Count) : IHeroPage<T>
{
    internal static readonly HeroPage<T> Empty = new([], null);
}
