namespace HeroHealth.Client.Paging;

/// <summary>One page of a Hero list: its items and, when Hero sent it, the <c>count</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Count">Hero's <c>count</c> (taken as the total), when present.</param>
public sealed record HeroPage<T>(IReadOnlyList<T> Items, double? Count);
