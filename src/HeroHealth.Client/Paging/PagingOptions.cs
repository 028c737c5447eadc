namespace HeroHealth.Client;

/// <summary>How an auto-paging listing walks Hero's <c>page_index</c>/<c>page_size</c> pages.</summary>
public record PagingOptions
{
    /// <summary>Items per page (1–500; default 100).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>
    /// The index of the first page. Hero does not document whether pages count from 0 or 1; its examples use 0, the
    /// default. Set 1 if your environment counts from 1.
    /// </summary>
    public int FirstPageIndex { get; init; }

    /// <summary>
    /// Return at most this many items (default: all). An explicit truncation: the enumeration ends quietly after this
    /// many, whether or not Hero has more.
    /// </summary>
    public int? MaxItems { get; init; }

    /// <summary>
    /// Safety stop: fetch at most this many pages (default 1,000), in case a server never returns an empty page.
    /// Reaching it while more items may remain throws <see cref="HeroHealthIncompleteListException"/>: it is never a
    /// silent end of the list.
    /// </summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>
    /// Safety stop: read at most this many items in one walk (default 100,000; a practice's lists are far smaller), in
    /// case a server keeps inventing items. Reaching it while more may remain throws
    /// <see cref="HeroHealthIncompleteListException"/>, as does a walk that passes the largest count any page stated.
    /// Unlike <see cref="MaxItems"/>, it never ends a list quietly.
    /// </summary>
    public int ItemSafetyLimit { get; init; } = 100_000;

    internal void Validate()
    {
        if (PageSize is < 1 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "Page size must be between 1 and 500.");
        }

        if (FirstPageIndex is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FirstPageIndex), FirstPageIndex, "The first page index is 0 or 1.");
        }

        if (MaxItems is < 1 || MaxPages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxItems), "MaxItems and MaxPages must be at least 1.");
        }

        if (ItemSafetyLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ItemSafetyLimit), ItemSafetyLimit, "ItemSafetyLimit must be at least 1.");
        }
    }
}
