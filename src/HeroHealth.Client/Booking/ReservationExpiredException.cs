namespace HeroHealth.Client;

/// <summary>
/// The reservation's <c>reserved_until</c> has passed, so the held slot may be gone: the SDK refuses to send a request
/// that would fail (or book a slot someone else now holds). Reserve the slot again.
/// </summary>
public sealed class ReservationExpiredException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reservationId">The reservation (appointment) id.</param>
    /// <param name="reservedUntil">When the hold ended.</param>
    /// <param name="now">The time of the refused call.</param>
    public ReservationExpiredException(string reservationId, DateTimeOffset reservedUntil, DateTimeOffset now)
        : base($"Reservation {reservationId} expired at {reservedUntil:u} ({(now - reservedUntil).TotalSeconds:0} s ago); reserve the slot again.")
    {
        ReservationId = reservationId;
        ReservedUntil = reservedUntil;
    }

    /// <summary>The reservation (appointment) id.</summary>
    public string ReservationId { get; }

    /// <summary>When the hold ended.</summary>
    public DateTimeOffset ReservedUntil { get; }
}
