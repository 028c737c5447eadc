namespace HeroHealth.Client;

/// <summary>
/// One page of a Hero list in Hero's <c>{data, count}</c> envelope. Every generated list model (for example
/// <c>AdminList</c>, <c>ShortLinkList</c>) implements it, so any of them can be walked by
/// <see cref="HeroPaging.EnumerateAsync{T}(Func{int, int, CancellationToken, Task{IHeroPage{T}}}, PagingOptions, CancellationToken)"/> and read the same way.
/// </summary>
/// <typeparam name="T">The item type (<see cref="Newtonsoft.Json.Linq.JToken"/> where Hero does not show the items' fields).</typeparam>
public interface IHeroPage<out T>
{
    /// <summary>The page's items (Hero's <c>data</c>; empty when Hero sent none).</summary>
    IReadOnlyList<T> Items { get; }

    /// <summary>Hero's <c>count</c>, taken as the total number of items; <see langword="null"/> when the list has no count or Hero left it out.</summary>
    double? Count { get; }
}
