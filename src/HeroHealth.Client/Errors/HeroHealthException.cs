namespace HeroHealth.Client;

/// <summary>
/// The root of every failure HeroHealth.Client raises: an HTTP failure (<see cref="HeroHealthApiException"/> and its
/// subclasses), a 2xx answer of the wrong shape (<see cref="HeroHealthResponseShapeException"/>), a list that could not be
/// read whole (<see cref="HeroHealthIncompleteListException"/>). Your own cancellation is not one: it is a
/// <see cref="HeroHealthOperationCanceledException"/>, an <see cref="OperationCanceledException"/> as .NET expects, which
/// has its own <see cref="HeroHealthOperationCanceledException.MayHaveBeenDelivered"/>.
/// </summary>
/// <remarks>
/// <para>Messages name the operation and its path template, never the API key, ids, query values or bodies.</para>
/// <para>It is a <see cref="System.ClientModel.ClientResultException"/>, so code written for any System.ClientModel
/// client (the OpenAI .NET SDK, Azure's new clients) catches Hero's failures too: <c>Status</c> is the HTTP status (0
/// when no response arrived).</para>
/// </remarks>
/// <param name="message">What went wrong, free of patient data.</param>
/// <param name="operation">The operation, when known.</param>
/// <param name="mayHaveBeenDelivered">Whether Hero may have processed the request.</param>
/// <param name="innerException">The cause, if any.</param>
public class HeroHealthException(string message, HeroOperation? operation, bool mayHaveBeenDelivered, Exception? innerException)
    : System.ClientModel.ClientResultException(message, null, innerException)
{
    /// <summary>The operation that failed, when known (e.g. <c>sendMessage (POST v1/messages/send)</c>).</summary>
    public HeroOperation? Operation { get; } = operation;

    /// <summary>Hero's operationId, e.g. <c>getAppointment</c>.</summary>
    public string? OperationId => Operation?.OperationId;

    /// <summary>
    /// Whether Hero may have processed the request although the call failed: it was sent and then timed out, lost its
    /// connection, got a 5xx or an unreadable 2xx, a resend was refused, or you cancelled after it left. For a POST/PATCH
    /// (a message, a booking) look the result up before sending it again. <see langword="false"/> when Hero answered
    /// with a 4xx or the request never left the machine.
    /// </summary>
    public bool MayHaveBeenDelivered { get; } = mayHaveBeenDelivered;

    /// <summary>The id the call carried in <c>x-request-id</c>: quote it to Hero's support. Null for a failure before any call.</summary>
    public string? ClientRequestId { get; internal set; }

    /// <summary>The request id Hero (or its gateway) returned, when it sent one.</summary>
    public string? ServerRequestId { get; internal set; }
}
