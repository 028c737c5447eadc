using System.Runtime.CompilerServices;

namespace HeroHealth.Client;

/// <summary>
/// A Hero list walked page by page on demand: enumerate it for every item (<c>await foreach</c>), or call
/// <see cref="AsPages"/> for the pages as Hero sent them (items and <c>count</c>). Nothing is fetched until it is
/// enumerated, and each enumeration walks the list again from the first page. It never ends early without saying so:
/// a list that cannot be read whole throws <see cref="HeroHealthIncompleteListException"/>.
/// </summary>
/// <typeparam name="T">The item type (<see cref="Newtonsoft.Json.Linq.JToken"/> where Hero does not show the items' fields).</typeparam>
public class HeroPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<int, int, CancellationToken, Task<IHeroPage<T>?>>? _fetchPage;
    private readonly PagingOptions _options;
    private readonly CancellationToken _cancellationToken;

    /// <summary>For mocking: a subclass overrides <see cref="AsPages"/> (or use <see cref="HeroPaging.FromPages{T}"/>).</summary>
    protected HeroPageable()
    {
        _options = new PagingOptions();
    }

    internal HeroPageable(Func<int, int, CancellationToken, Task<IHeroPage<T>?>> fetchPage, PagingOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        options ??= new PagingOptions();
        options.Validate();
        _fetchPage = fetchPage;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The pages as Hero sent them, fetched one at a time as you enumerate; the last page holds only the items up to
    /// <see cref="PagingOptions.MaxItems"/> when that was set.
    /// </summary>
    /// <returns>The pages.</returns>
    /// <exception cref="HeroHealthIncompleteListException">The pages ended before the count, stopped lining up, or <see cref="PagingOptions.MaxPages"/> was reached with more to come.</exception>
    public virtual IAsyncEnumerable<IHeroPage<T>> AsPages() =>
        _fetchPage is null
            ? throw new NotSupportedException("A HeroPageable made by a subclass must override AsPages().")
            : WalkAsync(_fetchPage, _options, _cancellationToken);

    /// <summary>Walks every item, page by page.</summary>
    /// <param name="cancellationToken">Cancels the walk (together with the token the list was created with).</param>
    /// <returns>The enumerator.</returns>
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => ItemsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<T> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<IHeroPage<T>> WalkAsync(Func<int, int, CancellationToken, Task<IHeroPage<T>?>> fetchPage, PagingOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long yielded = 0;
        long? lastCount = null;
        long? largestCount = null;
        var size = options.PageSize;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? previousKeylessPage = null;
        for (var pages = 0; ; pages++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Between pages: the next page's call was never made.
                throw new HeroHealthOperationCanceledException(null, mayHaveBeenDelivered: false, null, cancellationToken);
            }

            if (pages == options.MaxPages)
            {
                throw new HeroHealthIncompleteListException(yielded, lastCount,
                    $"Stopped after MaxPages ({options.MaxPages}) pages while more remained; raise MaxPages, or set MaxItems to ask for fewer items.");
            }

            // Page index from the items consumed, so a page size Hero capped mid-walk neither skips nor repeats items.
            var index = options.FirstPageIndex + (int)(yielded / size);
            var result = await fetchPage(index, size, cancellationToken).ConfigureAwait(false) ?? HeroPage<T>.Empty;
            var received = result.Items.Count;
            ThrowIfNotAList(result, index, yielded, lastCount);
            previousKeylessPage = ThrowIfRepeated(result.Items, index, seen, previousKeylessPage, yielded, lastCount);
            if (result.Count is { } stated && stated > 0)
            {
                largestCount = Math.Max(largestCount ?? 0, (long)stated);
            }

            if (largestCount is { } most && yielded + received > most)
            {
                throw new HeroHealthIncompleteListException(yielded, most, FormattableString.Invariant(
                    $"Page {index} brings the items received past Hero's count: the pages overlap or the count is wrong, so the list cannot be read whole. Walk it again."));
            }


            if (options.MaxItems is { } max && yielded + received >= max)
            {
                // The caller asked for at most MaxItems: an explicit truncation, not a partial list.
                var wanted = (int)(max - yielded);
                yield return wanted == received ? result : new HeroPage<T>(result.Items.Take(wanted).ToList(), result.Count);
                yield break;
            }

            // A MaxItems above the safety limit is the caller's explicit wish: it raises the limit.
            if (yielded + received > Math.Max(options.ItemSafetyLimit, options.MaxItems ?? 0))
            {
                throw new HeroHealthIncompleteListException(yielded, lastCount, FormattableString.Invariant(
                    $"Stopped after ItemSafetyLimit ({options.ItemSafetyLimit}) items while more remained; raise ItemSafetyLimit, or set MaxItems to ask for fewer items."));
            }

            yielded += received;
            yield return result;

            // A count below what already arrived is no count (a missing "count" reads as 0): fall back to empty-page ending.
            long? total = result.Count is { } c && c >= yielded ? (long)c : null;
            lastCount = total ?? lastCount;
            if (yielded >= total)
            {
                yield break;
            }

            if (received == 0 || (received < size && yielded % received != 0))
            {
                // An empty page, or a short one that cannot be a page-size cap (a capped page divides the items so far):
                // the end of a list without a count; before the count is reached, a list cut short.
                if (total is null)
                {
                    yield break;
                }

                throw new HeroHealthIncompleteListException(yielded, total, received == 0
                    ? "Hero returned an empty page before the count was reached."
                    : "A short page arrived before the count was reached, and its size cannot be a page-size cap: the next page cannot be addressed without skipping or repeating items.");
            }

            // A short page that divides the items so far: Hero capped the page size (without a count it may also be the
            // last page: the next, empty, page tells).
            size = Math.Min(size, received);
        }
    }

    private static void ThrowIfNotAList(IHeroPage<T> page, int index, long yielded, long? lastCount)
    {
        if (page is IHeroListEnvelope { HasData: false })
        {
            // {} or another object where a {data, count} list belongs: not an empty page, an answer of another shape.
            throw new HeroHealthIncompleteListException(yielded, lastCount, FormattableString.Invariant(
                $"Page {index} has no \"data\" array: the response is not the {{data, count}} list Hero documents."));
        }
    }

    /// <summary>
    /// An item received twice means the pages overlap (a server that ignores page_index or page_size, or a list that
    /// changed during the walk): items may be missing elsewhere, so the walk stops at the page that shows it. Items
    /// without an id are compared page by page (a whole page repeated).
    /// </summary>
    private static string? ThrowIfRepeated(IReadOnlyList<T> items, int index, HashSet<string> seen, string? previousKeylessPage, long yielded, long? lastCount)
    {
        var keyless = false;
        foreach (var item in items)
        {
            var key = ItemIdentity<T>.Of(item);
            if (key is null)
            {
                keyless = true;
            }
            else if (!seen.Add(key))
            {
                throw new HeroHealthIncompleteListException(yielded, lastCount, FormattableString.Invariant(
                    $"Page {index} repeats an item already received: the pages overlap (the server may ignore page_index or page_size, or the list changed during the walk), so items may be missing. Walk it again."));
            }
        }

        if (!keyless || items.Count == 0)
        {
            return null;
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HeroJson.Serializer.Serialize(text, items);
        var fingerprint = text.ToString();
        if (fingerprint == previousKeylessPage)
        {
            throw new HeroHealthIncompleteListException(yielded, lastCount, FormattableString.Invariant(
                $"Page {index} is the same as the page before it: the server ignores page_index, so the rest of the list cannot be read."));
        }

        return fingerprint;
    }

    internal sealed class FixedPages(IReadOnlyList<IHeroPage<T>> pages) : HeroPageable<T>
    {
        public override async IAsyncEnumerable<IHeroPage<T>> AsPages()
        {
            foreach (var page in pages)
            {
                await Task.Yield();
                yield return page;
            }
        }
    }
}
