namespace HeroHealth.Client;

/// <summary>
/// Your cancellation token stopped a call. It is an <see cref="OperationCanceledException"/>, as .NET hosts expect for
/// shutdowns and aborted requests, and it still says what matters for a send: <see cref="MayHaveBeenDelivered"/> is
/// <see langword="true"/> when the request may already have reached Hero (a message sent, an appointment booked — look
/// it up before you send again) and <see langword="false"/> when it was cancelled before anything left. The
/// cancellation that stopped the call is its <see cref="Exception.InnerException"/>.
/// </summary>
public class HeroHealthOperationCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was cancelled, when known.</param>
    /// <param name="mayHaveBeenDelivered">Whether the request may have reached Hero before the cancellation.</param>
    /// <param name="innerException">The cancellation that stopped the call.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public HeroHealthOperationCanceledException(HeroOperation? operation, bool mayHaveBeenDelivered, Exception? innerException, CancellationToken cancellationToken)
        : base(Describe(operation, mayHaveBeenDelivered), innerException, cancellationToken)
    {
        Operation = operation;
        MayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    /// <summary>The operation that was cancelled, when known (e.g. <c>sendMessage (POST v1/messages/send)</c>).</summary>
    public HeroOperation? Operation { get; }

    /// <summary>Hero's operationId, e.g. <c>sendMessage</c>.</summary>
    public string? OperationId => Operation?.OperationId;

    /// <summary>
    /// Whether Hero may have processed the request: <see langword="true"/> once it may have left this machine (check
    /// before sending a POST/PATCH again), <see langword="false"/> when it was cancelled before any byte was sent.
    /// </summary>
    public bool MayHaveBeenDelivered { get; }

    /// <summary>The id the call carried in <c>x-request-id</c>, to ask Hero's support whether it arrived.</summary>
    public string? ClientRequestId { get; internal set; }

    private static string Describe(HeroOperation? operation, bool mayHaveBeenDelivered)
    {
        var name = operation is null ? "(unknown operation)" : operation.ToString();
        return mayHaveBeenDelivered
            ? $"Hero Health API call {name} was cancelled after it may have reached Hero. Check whether Hero did the work before sending it again."
            : $"Hero Health API call {name} was cancelled before it was sent; Hero did not receive it.";
    }
}
