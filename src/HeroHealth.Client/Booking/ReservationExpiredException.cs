namespace HeroHealth.Client;

/// <summary>
/// The reservation's <c>reserved_until</c> has passed, so the held slot may be gone: the SDK refuses to send a request
/// that would fail (or book a slot someone else now holds). Reserve the slot again.
/// </summary>
/// <param name="reservationId">The reservation (appointment) id.</param>
/// <param name="reservedUntil">When the hold ended.</param>
/// <param name="now">The time of the refused call.</param>
public sealed class ReservationExpiredException(string reservationId, DateTimeOffset reservedUntil, DateTimeOffset now)
    : InvalidOperationException($"Reservation {reservationId} expired at {reservedUntil:u} ({(now - reservedUntil).TotalSeconds:0} s ago); reserve the slot again.")
{
    /// <summary>The reservation (appointment) id.</summary>
    public string ReservationId { get; } = reservationId;

    /// <summary>When the hold ended.</summary>
    public DateTimeOffset ReservedUntil { get; } = reservedUntil;
}
