namespace HeroHealth.Client;

/// <summary>Walks any paged Hero list as a <see cref="HeroPageable{T}"/>, never ending early without saying so.</summary>
public static class HeroPaging
{
    /// <summary>
    /// Yields every item, page by page. It keeps paging while Hero's <c>count</c> says more items exist and, when Hero
    /// sends no usable count, until an empty page. A page shorter than asked for is taken as Hero capping the page size
    /// (the walk continues with the size Hero used) unless it can only be the last page. It stops early only where the
    /// caller asked (<see cref="PagingOptions.MaxItems"/>) or by cancellation; anything else that would leave the list
    /// partial throws <see cref="HeroHealthIncompleteListException"/>.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">
    /// Fetches one page: (page index, page size, token). Any generated list model is a page (<see cref="IHeroPage{T}"/>),
    /// so this can be the generated call itself; <see langword="null"/> (an empty 2xx body) counts as an empty page.
    /// </param>
    /// <param name="options">Page size, first index and caps (checked now, before anything is fetched); the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The items; <see cref="HeroPageable{T}.AsPages"/> gives the pages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="HeroHealthIncompleteListException">The pages ended before the count, stopped lining up, or <see cref="PagingOptions.MaxPages"/> was reached with more to come.</exception>
    public static HeroPageable<T> EnumerateAsync<T>(Func<int, int, CancellationToken, Task<IHeroPage<T>?>> fetchPage, PagingOptions? options, CancellationToken cancellationToken = default) =>
        new(fetchPage, options, cancellationToken);

    /// <summary>Yields every item of a paged list, 100 to a page from page 0 (see the overload with <see cref="PagingOptions"/>).</summary>
    /// <inheritdoc cref="EnumerateAsync{T}(Func{int, int, CancellationToken, Task{IHeroPage{T}?}}, PagingOptions?, CancellationToken)"/>
    /// <exception cref="ArgumentNullException"><paramref name="fetchPage"/> is null.</exception>
    public static HeroPageable<T> EnumerateAsync<T>(Func<int, int, CancellationToken, Task<IHeroPage<T>?>> fetchPage, CancellationToken cancellationToken = default) =>
        new(fetchPage, null, cancellationToken);

    /// <summary>A pageable over pages you already have: for tests of code that consumes a <see cref="HeroPageable{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pages">The pages, in order; the walk ends after the last.</param>
    /// <returns>The pageable.</returns>
    public static HeroPageable<T> FromPages<T>(IEnumerable<IHeroPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new HeroPageable<T>.FixedPages(pages.ToList());
    }
}
