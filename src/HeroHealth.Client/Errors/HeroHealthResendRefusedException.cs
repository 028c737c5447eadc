
namespace HeroHealth.Client;

/// <summary>
/// Something outside the SDK's retry policy — a policy of yours calling the rest of the pipeline twice, or a retrying
/// handler inside your own <see cref="HttpClient"/> or configured transport — tried to send a POST/PATCH again after it may
/// already have reached Hero, and the SDK refused to transmit it a second time. Hero may have done the work (a message
/// sent, an appointment booked): look it up before you send again. <see cref="HeroHealthException.MayHaveBeenDelivered"/>
/// is always <see langword="true"/>.
/// </summary>
/// <param name="operation">The operation that was about to be sent again, when known.</param>
/// <param name="firstOutcome">How the earlier transmission ended (a status such as <c>HTTP 503</c> or an error type), when known.</param>
public class HeroHealthResendRefusedException(HeroOperation? operation, string? firstOutcome)
    : HeroHealthApiException(
        MessageFor(operation, firstOutcome),
        HeroHealthFailure.WithoutBody(0, operation, mayHaveBeenDelivered: true),
        null)
{
    /// <summary>How the earlier transmission ended (e.g. <c>HTTP 503</c>, <c>timeout</c>), when known; never contains response data.</summary>
    public string? FirstOutcome { get; } = firstOutcome;

    private static string MessageFor(HeroOperation? operation, string? firstOutcome)
    {
        var what = operation is null ? "a non-idempotent request" : operation.ToString();
        var first = firstOutcome is null ? string.Empty : $" (the earlier transmission ended with {firstOutcome})";
        return $"Hero Health API call {what} was not sent again: an earlier transmission may have reached Hero{first}, " +
            "and a handler outside the SDK's retry policy tried to repeat it. Check whether Hero did the work before sending it again.";
    }
}
