
namespace HeroHealth.Client.Testing;

/// <summary>A synthetic patient the fake's PDS knows (never a real person: NHS numbers from the 999 test range).</summary>
/// <param name="PatientId">The Hero patient id the fake assigns.</param>
/// <param name="NhsNumber">The NHS number.</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Mobile">UK mobile, E.164.</param>
/// <param name="Email">Email address.</param>
public sealed record FakePatient(string PatientId, NhsNumber NhsNumber, DateOnly DateOfBirth, string FirstName, string LastName, string? Mobile, string? Email)
{
    /// <summary>Postcode on the patient's PDS record (for a trace by name, date of birth and postcode).</summary>
    public string? Postcode { get; init; }

    /// <summary>Redacted, like real patient data should be.</summary>
    /// <returns>Id and redacted NHS number.</returns>
    public override string ToString() => $"FakePatient({PatientId}, {NhsNumber.Redacted})";
}
