using System.Globalization;

namespace HeroHealth.Client;

/// <summary>
/// An auto-paging listing could not return the whole list: Hero's <c>count</c> said more items exist than its pages
/// delivered, the pages stopped lining up, or <see cref="PagingOptions.MaxPages"/> was reached while more
/// remained. Thrown instead of ending the enumeration early, so a partial list is never mistaken for the whole one.
/// The items already yielded were correct.
/// </summary>
/// <param name="itemsReceived">Items yielded before the walk stopped.</param>
/// <param name="itemsExpected">Hero's <c>count</c>, when it sent one.</param>
/// <param name="reason">Why the walk could not go on (no item data).</param>
public class HeroHealthIncompleteListException(long itemsReceived, long? itemsExpected, string reason)
    : HeroHealthException(
        FormattableString.Invariant(
            $"The list is incomplete: {itemsReceived} item(s) received{(itemsExpected is { } e ? $" of the {e} Hero counted" : string.Empty)}. {reason}"),
        null,
        mayHaveBeenDelivered: false,
        null)
{
    /// <summary>Items yielded before the walk stopped.</summary>
    public long ItemsReceived { get; } = itemsReceived;

    /// <summary>Hero's <c>count</c>, when it sent one.</summary>
    public long? ItemsExpected { get; } = itemsExpected;
}
