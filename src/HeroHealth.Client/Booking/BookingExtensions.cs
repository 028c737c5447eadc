using System.Globalization;

namespace HeroHealth.Client;

/// <summary>The booking flow: appointment types → slots → reserve → (edit / cancel).</summary>
public static class BookingExtensions
{
    /// <summary>Lists the slots between two dates (inclusive), typed: <c>listSlots</c> with the dates sent as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day; not before <paramref name="from"/>, at most 92 days later, not in the past.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The slots Hero returned.</returns>
    public static async Task<IReadOnlyList<Slot>> FindSlotsAsync(this IBookingClient booking, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        CheckWindow(booking, from, to);
        var body = await booking.ListSlotsAsync(Day(from), Day(to), cancellationToken).ConfigureAwait(false);
        return UndocumentedLists.Items<Slot>(body, "listSlots");
    }

    /// <summary>
    /// Lists the slots between two dates with further query parameters passed through as given. Hero's page says
    /// slots filter by location, practitioner and appointment type and are paginated, but the parameter names are not
    /// visible, so the SDK does not invent them: pass the names Hero gives you (e.g. <c>("location_id", "21")</c>).
    /// The request goes through the same pipeline as every other call (as <c>listSlots</c>).
    /// </summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>, the SDK's own).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day; not before <paramref name="from"/>, at most 92 days later, not in the past.</param>
    /// <param name="query">Extra query parameters, sent after <c>start_date</c> and <c>end_date</c>, in order (a name may repeat).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The slots Hero returned.</returns>
    /// <exception cref="NotSupportedException"><paramref name="booking"/> is not the SDK's own client (a mock): extra parameters cannot be sent through it.</exception>
    public static async Task<IReadOnlyList<Slot>> FindSlotsAsync(this IBookingClient booking, DateOnly from, DateOnly to, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(query);
        CheckWindow(booking, from, to);
        if (booking is not BookingClient own)
        {
            // Dropping the filters silently would list every slot: refuse instead.
            throw new NotSupportedException("Extra query parameters need the SDK's own booking client (hero.Booking); mock ListSlotsAsync(string, string) instead.");
        }

        var request = HeroRequest.Get("v1/slots").WithOperationId("listSlots").WithQuery("start_date", Day(from)).WithQuery("end_date", Day(to));
        return await SendWithQueryAsync<Slot>(own, request, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the practice group's appointments, typed (<c>listAppointments</c>, whose path is inferred).</summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointments Hero returned (its list shape is undocumented: <c>{data: [...]}</c> and bare arrays are read).</returns>
    public static async Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(this IBookingClient booking, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return UndocumentedLists.Items<Appointment>(await booking.ListAppointmentsAsync(cancellationToken).ConfigureAwait(false), "listAppointments");
    }

    /// <summary>
    /// Lists the practice group's appointments with query parameters passed through as given. Hero's page shows that
    /// List Appointments takes an enum-valued filter, but its name is cut off, so the SDK does not invent it: pass the
    /// names Hero gives you. Without parameters this is <c>hero.Booking.ListAppointmentsAsync()</c>, typed. The request
    /// goes through the same pipeline as every other call (as <c>listAppointments</c>, whose path is itself inferred).
    /// </summary>
    /// <param name="booking">The booking client (<c>hero.Booking</c>, the SDK's own).</param>
    /// <param name="query">Query parameters, sent in order (a name may repeat); empty for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointments Hero returned (its list shape is undocumented: <c>{data: [...]}</c> and bare arrays are read).</returns>
    /// <exception cref="NotSupportedException"><paramref name="booking"/> is not the SDK's own client (a mock) and parameters were given: they cannot be sent through it.</exception>
    public static async Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(this IBookingClient booking, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.ToList();
        foreach (var (name, _) in parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(query));
        }

        if (booking is not BookingClient own)
        {
            if (parameters.Count > 0)
            {
                // Dropping the filters silently would list every appointment: refuse instead.
                throw new NotSupportedException("Query parameters need the SDK's own booking client (hero.Booking); mock ListAppointmentsAsync() instead.");
            }

            return await FindAppointmentsAsync(booking, cancellationToken).ConfigureAwait(false);
        }

        return await SendWithQueryAsync<Appointment>(own, HeroRequest.Get("v1/appointments").WithOperationId("listAppointments"), parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a list operation with pass-through query parameters over the client's own pipeline and reads its items.</summary>
    private static async Task<IReadOnlyList<T>> SendWithQueryAsync<T>(BookingClient own, HeroRequest request, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in query)
        {
            request = request.WithQuery(name, value);
        }

        var response = await HeroProtocol.SendAsync(own.Pipeline, own.Context, request, cancellationToken).ConfigureAwait(false);
        return UndocumentedLists.Items<T>(response.ReadJson(), request.OperationId);
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
    /// <param name="booking">The booking client.</param>
    /// <param name="slot">A slot from <see cref="FindSlotsAsync(IBookingClient, DateOnly, DateOnly, CancellationToken)"/> or <c>GetSlotAsync</c>, with its ids and times.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reservation, which knows when its hold ends (by the client's <see cref="TimeProvider"/>). Creating it is never retried once it may have reached Hero.</returns>
    /// <exception cref="ArgumentException">The slot lacks ids or times.</exception>
    public static Task<Reservation> ReserveAsync(this IBookingClient booking, Slot slot, CancellationToken cancellationToken = default) =>
        ReserveAsync(booking, slot, null, null, cancellationToken);

    /// <summary>Reserves (holds) a slot for a patient: Hero's "Create an Appointment".</summary>
    /// <param name="booking">The booking client.</param>
    /// <param name="slot">A slot from <see cref="FindSlotsAsync(IBookingClient, DateOnly, DateOnly, CancellationToken)"/> or <c>GetSlotAsync</c>, with its ids and times.</param>
    /// <param name="patientId">The Hero patient id (digits); null when not known yet.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reservation, which knows when its hold ends (by the client's <see cref="TimeProvider"/>). Creating it is never retried once it may have reached Hero.</returns>
    /// <exception cref="ArgumentException">The slot lacks ids or times, or the patient id is not digits.</exception>
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
