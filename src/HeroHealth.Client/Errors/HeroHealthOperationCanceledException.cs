
namespace HeroHealth.Client;

/// <summary>
/// Your cancellation token stopped a POST/PATCH after it may already have reached Hero. It is an
/// <see cref="OperationCanceledException"/> like any cancellation, and says in addition that Hero may have done the work
/// (a message sent, an appointment booked): look it up before you send again.
/// </summary>
public class HeroHealthOperationCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was cancelled, when known.</param>
    /// <param name="innerException">The cancellation that stopped the call.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public HeroHealthOperationCanceledException(HeroOperation? operation, Exception? innerException, CancellationToken cancellationToken)
        : base(
            $"Hero Health API call {(operation is null ? "(unknown operation)" : operation.ToString())} was cancelled after it may have reached Hero. " +
            "Check whether Hero did the work before sending it again.",
            innerException,
            cancellationToken)
    {
        Operation = operation;
    }

    /// <summary>The operation that was cancelled, when known.</summary>
    public HeroOperation? Operation { get; }

    /// <summary>Always <see langword="true"/>: the request may have been processed by Hero.</summary>
    public bool MayHaveBeenDelivered { get; } = true;
}
