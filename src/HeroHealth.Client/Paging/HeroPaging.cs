using System.Runtime.CompilerServices;

namespace HeroHealth.Client.Paging;

/// <summary>Walks any paged Hero list as an <see cref="IAsyncEnumerable{T}"/>.</summary>
public static class HeroPaging
{
    /// <summary>
    /// Yields every item, page by page, until a page is short or empty, the total <c>count</c> is reached,
    /// <see cref="PagingOptions.MaxItems"/> is reached, or the caller cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches one page: (page index, page size, token).</param>
    /// <param name="options">Page size, first index and caps.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The items.</returns>
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(Func<int, int, CancellationToken, Task<HeroPage<T>>> fetchPage, PagingOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        options ??= new PagingOptions();
        options.Validate();
        var yielded = 0;
        for (var page = 0; page < options.MaxPages; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await fetchPage(options.FirstPageIndex + page, options.PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                yield return item;
                if (++yielded >= options.MaxItems)
                {
                    yield break;
                }
            }

            if (result.Items.Count < options.PageSize || (result.Count is { } total && yielded >= total))
            {
                yield break;
            }
        }
    }
}
