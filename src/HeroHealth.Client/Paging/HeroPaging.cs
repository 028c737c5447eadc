using System.Runtime.CompilerServices;

namespace HeroHealth.Client;

/// <summary>Walks any paged Hero list as an <see cref="IAsyncEnumerable{T}"/>, never ending early without saying so.</summary>
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
    /// <param name="options">Page size, first index and caps.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The items.</returns>
    /// <exception cref="HeroHealthIncompleteListException">The pages ended before the count, stopped lining up, or <see cref="PagingOptions.MaxPages"/> was reached with more to come.</exception>
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(Func<int, int, CancellationToken, Task<IHeroPage<T>?>> fetchPage, PagingOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        options ??= new PagingOptions();
        options.Validate();
        long yielded = 0;
        long? lastCount = null;
        var size = options.PageSize;
        for (var pages = 0; ; pages++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pages == options.MaxPages)
            {
                throw new HeroHealthIncompleteListException(yielded, lastCount,
                    $"Stopped after MaxPages ({options.MaxPages}) pages while more remained; raise MaxPages, or set MaxItems to ask for fewer items.");
            }

            // Page index from the items consumed, so a page size Hero capped mid-walk neither skips nor repeats items.
            var index = options.FirstPageIndex + (int)(yielded / size);
            var result = await fetchPage(index, size, cancellationToken).ConfigureAwait(false) ?? Empty<T>.Page;
            foreach (var item in result.Items)
            {
                yield return item;
                if (++yielded >= options.MaxItems)
                {
                    yield break; // the caller asked for at most MaxItems
                }
            }

            var received = result.Items.Count;
            // A count below what already arrived is no count (a missing "count" reads as 0): fall back to empty-page ending.
            long? total = result.Count is { } c && c >= yielded ? (long)c : null;
            lastCount = total ?? lastCount;
            if (total is { } t)
            {
                if (yielded >= t)
                {
                    yield break;
                }

                if (received == 0)
                {
                    throw new HeroHealthIncompleteListException(yielded, t, "Hero returned an empty page before the count was reached.");
                }

                if (received < size)
                {
                    if (yielded % received != 0)
                    {
                        throw new HeroHealthIncompleteListException(yielded, t,
                            "A short page arrived before the count was reached, and its size cannot be a page-size cap: the next page cannot be addressed without skipping or repeating items.");
                    }

                    size = received; // Hero capped the page size
                }
            }
            else
            {
                if (received == 0)
                {
                    yield break;
                }

                if (received < size)
                {
                    if (yielded % received != 0)
                    {
                        // Not a cap (a capped page divides the items so far): a final partial page.
                        yield break;
                    }

                    size = received; // maybe capped, maybe the last page: the next (empty) page tells
                }
            }
        }
    }

    private static class Empty<T>
    {
        public static readonly IHeroPage<T> Page = new HeroPage<T>([], null);
    }
}
