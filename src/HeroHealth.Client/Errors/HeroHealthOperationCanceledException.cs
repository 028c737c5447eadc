
namespace HeroHealth.Client;

/// <summary>
/// Your cancellation token stopped a POST/PATCH after it may already have reached Hero: Hero may have done the work (a
/// message sent, an appointment booked), so look it up before you send again. It is a <see cref="HeroHealthException"/>
/// (one catch for every "may have been delivered"), not an <see cref="OperationCanceledException"/>; the cancellation
/// is its <see cref="Exception.InnerException"/>. A cancellation before anything left stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
/// <param name="operation">The operation that was cancelled, when known.</param>
/// <param name="innerException">The cancellation that stopped the call.</param>
/// <param name="cancellationToken">The caller's token.</param>
public class HeroHealthOperationCanceledException(HeroOperation? operation, Exception? innerException, CancellationToken cancellationToken)
    : HeroHealthException(
        $"Hero Health API call {(operation is null ? "(unknown operation)" : operation.ToString())} was cancelled after it may have reached Hero. " +
        "Check whether Hero did the work before sending it again.",
        operation,
        mayHaveBeenDelivered: true,
        innerException)
{
    /// <summary>The token that was cancelled (yours).</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
