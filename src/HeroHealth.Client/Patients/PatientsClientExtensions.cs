
namespace HeroHealth.Client;

/// <summary>Patient registration and lookup without reading Hero's docs.</summary>
public static partial class PatientsClientExtensions
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
    public static Task<PdsRegistration> RegisterFromPdsAsync(this IPatientsClient patients, NhsNumber nhsNumber, DateOnly dateOfBirth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        if (nhsNumber.IsEmpty)
        {
            throw new ArgumentException("An NHS number is required.", nameof(nhsNumber));
        }

        CheckDateOfBirth(patients, dateOfBirth);
        return RegisterAsync(patients, new RegisterPatientPdsRequest { NhsNumber = nhsNumber.Formatted, Dob = dateOfBirth }, cancellationToken);
    }

    /// <summary>
    /// Finds the patient on PDS by name, date of birth and postcode (for a patient who does not know their NHS number)
    /// and returns their Hero patient id, registering them from Spine data if the practice does not have them yet.
    /// </summary>
    /// <param name="patients">The patients client (<c>hero.Patients</c>).</param>
    /// <param name="forename">Given name, as PDS holds it.</param>
    /// <param name="surname">Family name, as PDS holds it.</param>
    /// <param name="dateOfBirth">Date of birth (sent as <c>yyyy-MM-dd</c>).</param>
    /// <param name="postcode">A UK postcode (sent upper-case with one space, e.g. <c>LS1 4AP</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The patient id, or the identity-verification alternative.</returns>
    /// <exception cref="ArgumentException">An empty name, a postcode that is not a UK postcode, or a date of birth in the
    /// future; no request is made. The message names the argument, never its value.</exception>
    /// <exception cref="HeroHealthNotFoundException">PDS has no such patient.</exception>
    /// <remarks>
    /// Hero documents this alternative only by a sentence ("forename, surname, DOB and postcode") and a request sample;
    /// which of the four it requires is read from that sentence, so all four are required here.
    /// </remarks>
    public static Task<PdsRegistration> RegisterFromPdsAsync(this IPatientsClient patients, string forename, string surname, DateOnly dateOfBirth, string postcode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var request = new RegisterPatientPdsRequest
        {
            Forename = RequireName(forename, nameof(forename)),
            Surname = RequireName(surname, nameof(surname)),
            Dob = dateOfBirth,
            Postcode = UkPostcode.Normalize(postcode, nameof(postcode)),
        };
        CheckDateOfBirth(patients, dateOfBirth);
        return RegisterAsync(patients, request, cancellationToken);
    }

    private static async Task<PdsRegistration> RegisterAsync(IPatientsClient patients, RegisterPatientPdsRequest request, CancellationToken cancellationToken)
    {
        var result = HeroResults.Require(await patients.RegisterPatientPdsAsync(request, cancellationToken).ConfigureAwait(false), "registerPatientPds", "the registration outcome");
        var login = Uri.TryCreate(result.LoginUrl, UriKind.Absolute, out var url) ? url : null;
        return new PdsRegistration(string.IsNullOrEmpty(result.PatientId) ? null : result.PatientId, result.Message, login);
    }

    private static void CheckDateOfBirth(IPatientsClient patients, DateOnly dateOfBirth)
    {
        if (dateOfBirth > HeroClock.UkToday(HeroClock.Of(patients)) || dateOfBirth.Year < 1880)
        {
            throw new ArgumentOutOfRangeException(nameof(dateOfBirth), "The date of birth must not be in the future, nor before 1880.");
        }
    }

    private static string RequireName(string? value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A name is required (it was empty or whitespace).", parameterName);
        }

        if (trimmed.Length > 100 || trimmed.Any(char.IsControl))
        {
            throw new ArgumentException("A name must be at most 100 characters and contain no control characters.", parameterName);
        }

        return trimmed;
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
