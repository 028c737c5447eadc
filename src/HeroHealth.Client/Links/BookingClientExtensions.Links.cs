namespace HeroHealth.Client;

/// <summary>The booking area's link helper (Hero lists Get Booking Link under Booking); the other link helpers are in <see cref="LinksClientExtensions"/>.</summary>
public static partial class BookingClientExtensions
{
    /// <summary>Gets a booking link's URL, ready to send.</summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>; Hero lists Get Booking Link under Booking).</param>
    /// <param name="bookingLinkId">The booking link id (digits).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link, or an error if Hero returned none or it is inactive.</returns>
    /// <exception cref="HeroHealthException">Hero says the link is inactive.</exception>
    /// <exception cref="HeroHealthResponseShapeException">Hero returned no usable URL for it.</exception>
    public static async Task<SharedLink> GetBookingLinkUrlAsync(this IBookingClient booking, string bookingLinkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        HeroIds.Validate(bookingLinkId, nameof(bookingLinkId), "booking link id");
        var link = HeroResults.Require(await booking.GetBookingLinkAsync(bookingLinkId, cancellationToken).ConfigureAwait(false), "getBookingLink", "the booking link");
        if (link.Active == false)
        {
            throw new HeroHealthException($"The booking link is not active (Hero's answer to {HeroOperation.Find("getBookingLink")?.ToString() ?? "getBookingLink"}): activate it in Hero or use another.", HeroOperation.Find("getBookingLink"), mayHaveBeenDelivered: false, null);
        }

        return Uri.TryCreate(link.ShortLink, UriKind.Absolute, out var url)
            ? new SharedLink(url)
            : throw HeroHealthApiException.NoBody("getBookingLink", "the link's URL", "an absolute short_link");
    }
}
