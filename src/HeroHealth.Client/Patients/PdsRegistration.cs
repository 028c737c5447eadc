using System.Diagnostics.CodeAnalysis;
namespace HeroHealth.Client;

/// <summary>
/// The outcome of registering a patient from PDS: usually the Hero patient id; sometimes (as Hero's getting-started
/// guide shows) a message with a login URL when the patient must verify their identity first.
/// </summary>
/// <param name="PatientId">The Hero patient id, when Hero returned one.</param>
/// <param name="Message">Hero's explanation when identity verification is needed.</param>
/// <param name="LoginUrl">Where the patient verifies their identity, when needed.</param>
public sealed record PdsRegistration(string? PatientId, string? Message, Uri? LoginUrl)
{
    /// <summary>Whether Hero returned a patient id (when true, <see cref="PatientId"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(PatientId))]
    public bool IsRegistered => PatientId is not null;

    /// <summary>Whether the patient must verify their identity (follow <see cref="LoginUrl"/>) before a patient id exists.</summary>
    public bool RequiresIdentityVerification => PatientId is null && LoginUrl is not null;

    /// <summary>
    /// Describes the outcome without Hero's message or the login URL: the URL is a capability for the patient's
    /// identity check, and the message can name the patient.
    /// </summary>
    /// <returns>For example <c>PdsRegistration(PatientId=9001)</c> or <c>PdsRegistration(RequiresIdentityVerification, LoginUrl=https://host/***)</c>.</returns>
    public override string ToString() => IsRegistered
        ? $"PdsRegistration(PatientId={PatientId})"
        : $"PdsRegistration(RequiresIdentityVerification={RequiresIdentityVerification}, Message={(Message is null ? "(none)" : "***")}, LoginUrl={CapabilityUrls.Redact(LoginUrl)})";
}
