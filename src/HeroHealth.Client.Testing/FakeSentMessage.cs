using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing;

/// <summary>A message the fake received through <c>sendMessage</c>, for assertions.</summary>
/// <param name="MessageId">The id the fake assigned.</param>
/// <param name="PracticeGroupId">The practice group that sent it.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="Channel">sms, email, nhs_app or hero.</param>
/// <param name="Text">The message text.</param>
/// <param name="Recipient">The recipient override, if any.</param>
/// <param name="WriteToRecord">Whether write-to-record was asked for.</param>
/// <param name="Body">The request body exactly as received.</param>
public sealed record FakeSentMessage(string MessageId, string PracticeGroupId, string PatientId, string Channel, string Text, string? Recipient, bool WriteToRecord, JObject Body)
{
    /// <summary>Without the text or recipient.</summary>
    /// <returns>Ids and channel.</returns>
    public override string ToString() => $"FakeSentMessage({MessageId}, {Channel}, patient {PatientId})";
}
