
namespace HeroHealth.Client;

/// <summary>One recipient of a batch message: Hero finds the patient and their contact details on PDS.</summary>
/// <param name="NhsNumber">The patient's NHS number.</param>
/// <param name="DateOfBirth">The patient's date of birth.</param>
public sealed record BatchRecipient(NhsNumber NhsNumber, DateOnly DateOfBirth)
{
    /// <summary>Redacted: recipients are patient data.</summary>
    /// <returns>For example <c>BatchRecipient(*** *** 5919)</c>.</returns>
    public override string ToString() => $"BatchRecipient({NhsNumber.Redacted})";
}
