using System.Globalization;

namespace HeroHealth.Client;

/// <summary>
/// A held slot (Hero's "Create an Appointment" reservation) that knows when the hold ends. Calls that need a live
/// hold check <see cref="ReservedUntil"/> against the clock first and throw <see cref="ReservationExpiredException"/>
/// instead of sending a doomed request.
/// </summary>
/// <remarks>
/// Hero documents a separate "Book an Appointment" operation that confirms a reservation, but its method and path
/// are not public (see openapi/operations.md), so confirming is a protocol call (<see cref="HeroHealthClient.SendAsync"/>)
/// with the path Hero gives you, not a method here.
/// </remarks>
public sealed class Reservation
{
    private readonly IBookingClient _booking;
    private readonly TimeProvider _clock;

    internal Reservation(IBookingClient booking, AppointmentReservation created, TimeProvider clock)
    {
        _booking = booking;
        _clock = clock;
        Id = HeroResults.RequireField(created.Id, "createAppointment", "$.id", "the reservation id");
        ReservedUntil = DateTimeOffset.TryParse(created.ReservedUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) ? until : null;
        Created = created;
    }

    /// <summary>The appointment id of the reservation.</summary>
    public string Id { get; }

    /// <summary>When Hero stops holding the slot; null when Hero did not say.</summary>
    public DateTimeOffset? ReservedUntil { get; }

    /// <summary>What Hero returned.</summary>
    public AppointmentReservation Created { get; }

    /// <summary>Whether the hold has ended (false when Hero gave no end time).</summary>
    public bool IsExpired => ReservedUntil is { } until && _clock.GetUtcNow() >= until;

    /// <summary>How long the hold lasts from now (zero once expired; null when unknown).</summary>
    public TimeSpan? Remaining => ReservedUntil is { } until ? (until - _clock.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero) : null;

    /// <summary>Throws when the hold has ended.</summary>
    /// <exception cref="ReservationExpiredException">The hold has ended.</exception>
    public void ThrowIfExpired()
    {
        var now = _clock.GetUtcNow();
        if (ReservedUntil is { } until && now >= until)
        {
            throw new ReservationExpiredException(Id, until, now);
        }
    }

    /// <summary>Changes time, length or practitioner of the (not yet confirmed) reservation; refused once expired.</summary>
    /// <inheritdoc cref="EditAsync(DateTimeOffset, int, string, bool, CancellationToken)"/>
    /// <returns>When Hero accepted the change (Hero's email to the patient is not suppressed).</returns>
    public Task EditAsync(DateTimeOffset startTime, int durationMinutes, string practitionerId, CancellationToken cancellationToken = default) =>
        EditAsync(startTime, durationMinutes, practitionerId, false, cancellationToken);

    /// <summary>Changes time, length or practitioner of the (not yet confirmed) reservation; refused once expired.</summary>
    /// <param name="startTime">The new start.</param>
    /// <param name="durationMinutes">The new length in minutes (1 or more).</param>
    /// <param name="practitionerId">The practitioner (digits).</param>
    /// <param name="suppressMail">Do not email the patient about the change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When Hero accepted the change.</returns>
    /// <exception cref="ReservationExpiredException">The hold has ended; nothing was sent.</exception>
    public Task EditAsync(DateTimeOffset startTime, int durationMinutes, string practitionerId, bool suppressMail, CancellationToken cancellationToken = default)
    {
        HeroIds.Validate(practitionerId, nameof(practitionerId), "practitioner id");
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMinutes, 1);
        ThrowIfExpired();
        return _booking.EditAppointmentAsync(Id, new EditAppointmentRequest
        {
            StartTime = startTime,
            Duration = durationMinutes,
            PractitionerId = practitionerId,
            SuppressMail = suppressMail,
        }, cancellationToken);
    }

    /// <summary>Releases the reservation (works after expiry too, to tidy up).</summary>
    /// <inheritdoc cref="CancelAsync(bool, CancellationToken)"/>
    /// <returns>When Hero accepted the cancellation (Hero's email to the patient is not suppressed).</returns>
    public Task CancelAsync(CancellationToken cancellationToken = default) => CancelAsync(false, cancellationToken);

    /// <summary>Releases the reservation (works after expiry too, to tidy up).</summary>
    /// <param name="suppressMail">Do not email the patient.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When Hero accepted the cancellation.</returns>
    public Task CancelAsync(bool suppressMail, CancellationToken cancellationToken = default) =>
        _booking.CancelAppointmentAsync(Id, new CancelAppointmentRequest { SuppressMail = suppressMail }, cancellationToken);

    /// <summary>Reads the appointment as Hero now holds it.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointment; <see langword="null"/> when Hero answered 2xx without a body.</returns>
    public Task<Appointment?> GetAppointmentAsync(CancellationToken cancellationToken = default) => _booking.GetAppointmentAsync(Id, cancellationToken);

    /// <summary>Describes the reservation.</summary>
    /// <returns>Id and hold end.</returns>
    public override string ToString() => $"Reservation({Id}, reserved until {ReservedUntil?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"})";
}
