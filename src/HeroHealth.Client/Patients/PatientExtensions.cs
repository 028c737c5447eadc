using HeroHealth.Client.Generated;
using HeroHealth.Client.Http;

namespace HeroHealth.Client.Patients;

/// <summary>Patient registration and lookup without reading Hero's docs.</summary>
public static class PatientExtensions
{
    /// <summary>
    /// Finds the patient on PDS by NHS number and date of birth and returns their Hero patient id: Hero checks the
    /// practice's record and, if absent, registers a temporary patient from Spine data.
    /// </summary>
    /// <param name="patients">The patients client (<c>hero.Patients</c>).</param>
    /// <param name="nhsNumber">A validated NHS number (sent as <c>943 476 5919</c>).</param>
    /// <param name="dateOfBirth">Date of birth (sent as <c>yyyy-MM-dd</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The patient id, or the identity-verification alternative.</returns>
    /// <exception cref="ArgumentException">An empty NHS number or a date of birth in the future; no request is made.</exception>
    /// <exception cref="HeroHealthNotFoundException">PDS has no such patient.</exception>
    public static async Task<PdsRegistration> RegisterFromPdsAsync(this IPatientsClient patients, NhsNumber nhsNumber, DateOnly dateOfBirth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        if (nhsNumber.IsEmpty)
        {
            throw new ArgumentException("An NHS number is required.", nameof(nhsNumber));
        }

        if (dateOfBirth > HeroClock.UkToday(HeroClock.Of(patients)) || dateOfBirth.Year < 1880)
        {
            throw new ArgumentOutOfRangeException(nameof(dateOfBirth), "The date of birth must not be in the future, nor before 1880.");
        }

        var result = await patients.RegisterPatientPdsAsync(new RegisterPatientPdsRequest
        {
            NhsNumber = nhsNumber.Formatted,
            Dob = new DateTimeOffset(dateOfBirth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        }, cancellationToken).ConfigureAwait(false);

        result = HeroResults.Require(result, "registerPatientPds", "the registration outcome");
        var extra = result.AdditionalProperties;
        var message = extra.TryGetValue("message", out var m) ? m?.ToString() : null;
        var login = extra.TryGetValue("login_url", out var l) && Uri.TryCreate(l?.ToString(), UriKind.Absolute, out var url) ? url : null;
        return new PdsRegistration(string.IsNullOrEmpty(result.PatientId) ? null : result.PatientId, message, login);
    }

    /// <summary>Finds patients of the practice by NHS number (<c>GET /v3/patients</c>).</summary>
    /// <param name="patients">The patients client.</param>
    /// <param name="nhsNumber">The NHS number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching patients (usually zero or one).</returns>
    public static async Task<IReadOnlyList<PatientSummary>> FindByNhsNumberAsync(this IPatientsClient patients, NhsNumber nhsNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        if (nhsNumber.IsEmpty)
        {
            throw new ArgumentException("An NHS number is required.", nameof(nhsNumber));
        }

        var page = await patients.ListPatientsV3Async(nhsNumber: nhsNumber.Digits, cancellationToken: cancellationToken).ConfigureAwait(false);
        return page?.Data ?? [];
    }

    /// <summary>Gets a patient by Hero id, checking the id first.</summary>
    /// <param name="patients">The patients client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The patient; <see langword="null"/> when Hero answered 2xx without a body.</returns>
    public static Task<Patient?> GetPatientAsync(this IPatientsClient patients, string patientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        HeroIds.Validate(patientId, nameof(patientId), "patient id");
        return patients.GetPatientByIdAsync(patientId, cancellationToken);
    }
}
