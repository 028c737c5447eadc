using System.Globalization;

namespace HeroHealth.Client;

/// <summary>The booking flow: appointment types → slots → reserve → (edit / cancel).</summary>
public static partial class BookingClientExtensions
{
    /// <summary>Lists the slots between two dates (inclusive), typed: <c>listSlots</c> with the dates sent as <c>yyyy-MM-dd</c>.</summary>
    /// <inheritdoc cref="FindSlotsAsync(IBookingClient, DateOnly, DateOnly, IEnumerable{KeyValuePair{string, string}}, CancellationToken)"/>
    public static async Task<IReadOnlyList<Slot>> FindSlotsAsync(this IBookingClient booking, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        CheckWindow(booking, from, to);
        var body = await booking.ListSlotsAsync(Day(from), Day(to), cancellationToken: cancellationToken).ConfigureAwait(false);
        return UndocumentedLists.Items<Slot>(body, "listSlots");
    }

    /// <summary>
    /// Lists the slots between two dates with further query parameters passed through as given. Hero's page says
    /// slots filter by location, practitioner and appointment type and are paginated, but the parameter names are not
    /// visible (the description marks <c>listSlots</c> <c>x-hero-incomplete-query</c>), so the SDK does not invent them:
    /// pass the names Hero gives you (e.g. <c>("location_id", "21")</c>), sent after <c>start_date</c> and <c>end_date</c>.
    /// </summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day; not before <paramref name="from"/>, at most 92 days later, not in the past.</param>
    /// <param name="query">Extra query parameters, in order (a name may repeat).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The slots Hero returned.</returns>
    public static async Task<IReadOnlyList<Slot>> FindSlotsAsync(this IBookingClient booking, DateOnly from, DateOnly to, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var parameters = Checked(query);
        CheckWindow(booking, from, to);
        var body = await booking.ListSlotsAsync(Day(from), Day(to), parameters, cancellationToken).ConfigureAwait(false);
        return UndocumentedLists.Items<Slot>(body, "listSlots");
    }

    /// <summary>Lists the practice group's appointments, typed (<c>listAppointments</c>, whose path is inferred).</summary>
    /// <inheritdoc cref="FindAppointmentsAsync(IBookingClient, IEnumerable{KeyValuePair{string, string}}, CancellationToken)"/>
    public static async Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(this IBookingClient booking, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return UndocumentedLists.Items<Appointment>(await booking.ListAppointmentsAsync(cancellationToken: cancellationToken).ConfigureAwait(false), "listAppointments");
    }

    /// <summary>
    /// Lists the practice group's appointments with query parameters passed through as given. Hero's page shows that
    /// List Appointments takes an enum-valued filter, but its name is cut off (<c>x-hero-incomplete-query</c>), so the
    /// SDK does not invent it: pass the names Hero gives you.
    /// </summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>).</param>
    /// <param name="query">Query parameters, sent in order (a name may repeat); empty for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointments Hero returned (its list shape is undocumented: <c>{data: [...]}</c> and bare arrays are read).</returns>
    public static async Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(this IBookingClient booking, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var parameters = Checked(query);
        return UndocumentedLists.Items<Appointment>(await booking.ListAppointmentsAsync(parameters, cancellationToken).ConfigureAwait(false), "listAppointments");
    }

    /// <summary>The pass-through parameters, each named (checked here, before any request, through a mock too).</summary>
    private static List<KeyValuePair<string, string>> Checked(IEnumerable<KeyValuePair<string, string>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.ToList();
        foreach (var (name, _) in parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(query));
        }

        return parameters;
    }

    private static void CheckWindow(IBookingClient booking, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end date is before the start date.");
        }

        if (to < HeroClock.UkToday(HeroClock.Of(booking)))
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The window ends in the past: there are no slots to book there.");
        }

        if (Compat.DaysBetween(from, to) > 92)
        {
            // Hero asks callers to narrow the window: slot lists are large.
            throw new ArgumentOutOfRangeException(nameof(to), "List at most 92 days of slots at a time.");
        }
    }

    /// <summary>Reserves (holds) a slot, with no patient yet: Hero's "Create an Appointment".</summary>
    /// <inheritdoc cref="ReserveAsync(IBookingClient, Slot, string?, string?, CancellationToken)"/>
    /// <exception cref="ArgumentException">The slot lacks ids or times.</exception>
    public static Task<Reservation> ReserveAsync(this IBookingClient booking, Slot slot, CancellationToken cancellationToken = default) =>
        ReserveAsync(booking, slot, null, null, cancellationToken);

    /// <summary>Reserves (holds) a slot for a patient: Hero's "Create an Appointment".</summary>
    /// <inheritdoc cref="ReserveAsync(IBookingClient, Slot, string?, string?, CancellationToken)"/>
    public static Task<Reservation> ReserveAsync(this IBookingClient booking, Slot slot, string? patientId, CancellationToken cancellationToken = default) =>
        ReserveAsync(booking, slot, patientId, null, cancellationToken);

    /// <summary>Reserves (holds) a slot for a patient, saying why they book: Hero's "Create an Appointment".</summary>
    /// <param name="booking">The booking client.</param>
    /// <param name="slot">A slot from <see cref="FindSlotsAsync(IBookingClient, DateOnly, DateOnly, CancellationToken)"/> or <c>GetSlotAsync</c>, with its ids and times.</param>
    /// <param name="patientId">The Hero patient id (digits); null when not known yet.</param>
    /// <param name="reason">Why the patient is booking (shown to the practice); null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reservation, which knows when its hold ends (by the client's <see cref="TimeProvider"/>). Creating it is never retried once it may have reached Hero.</returns>
    /// <exception cref="ArgumentException">The slot lacks ids or times, or the patient id is not digits.</exception>
    public static async Task<Reservation> ReserveAsync(this IBookingClient booking, Slot slot, string? patientId, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.AppointmentTypeId is null || slot.LocationId is null || slot.PractitionerId is null || slot.StartTime is null || slot.FinishTime is null)
        {
            throw new ArgumentException("The slot needs appointment type, location, practitioner, start and finish to be reserved.", nameof(slot));
        }

        var minutes = (slot.FinishTime.Value - slot.StartTime.Value).TotalMinutes;
        if (minutes < 1)
        {
            throw new ArgumentException("The slot finishes before it starts.", nameof(slot));
        }

        if (patientId is not null)
        {
            HeroIds.Validate(patientId, nameof(patientId), "patient id");
        }

        var created = await booking.CreateAppointmentAsync(new CreateAppointmentRequest
        {
            AppointmentTypeId = slot.AppointmentTypeId,
            LocationId = slot.LocationId,
            PractitionerId = slot.PractitionerId,
            Duration = Math.Round(minutes),
            StartTime = slot.StartTime.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            PatientId = patientId,
            Reason = reason,
        }, cancellationToken).ConfigureAwait(false);
        return new Reservation(booking, HeroResults.Require(created, "createAppointment", "the reservation id"), HeroClock.Of(booking));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
