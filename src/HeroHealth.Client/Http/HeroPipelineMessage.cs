using System.Diagnostics;

namespace HeroHealth.Client;

/// <summary>
/// One call travelling the SDK's pipeline: the request, the operation it belongs to, the attempt in progress and, once
/// the transport has answered, the response. What the SDK decides about the call (may it be repeated, may it have
/// reached Hero) is kept here, on the one object every policy sees, not in the request's property bag.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class HeroPipelineMessage : IDisposable
{
    internal HeroPipelineMessage(HttpRequestMessage request, HeroOperation operation, HeroRequestContext context, bool isRepeatable, CancellationToken cancellationToken)
    {
        Request = request;
        Operation = operation;
        Context = context;
        IsRepeatable = isRepeatable;
        CallerToken = cancellationToken;
        CancellationToken = cancellationToken;
    }

    /// <summary>The request. Headers a policy adds travel with every attempt; the API key is added after your policies.</summary>
    public HttpRequestMessage Request { get; }

    /// <summary>The response of the latest attempt, once the transport answered (buffered; any status).</summary>
    public HttpResponseMessage? Response { get; set; }

    /// <summary>
    /// The id this call carries in <c>x-request-id</c> (the same on every attempt), and in the SDK's logs, spans and
    /// exceptions, so a support ticket can point at one call. A random GUID, or the value a policy of yours set.
    /// </summary>
    public string ClientRequestId { get; internal set; } = Guid.NewGuid().ToString("D");

    /// <summary>The request id Hero (or its gateway) returned on the latest response, when it sent one.</summary>
    public string? ServerRequestId { get; internal set; }

    /// <summary>The operation (operationId, method, path template), never the concrete URL.</summary>
    public HeroOperation Operation { get; }

    /// <summary>The attempt in progress: 1 for the first.</summary>
    public int Attempt { get; internal set; } = 1;

    /// <summary>Whether sending the call twice is harmless: an idempotent operation, or the caller opted in.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The token in effect: the caller's, and inside the retries the current attempt's (with its timeout).</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>The caller's own token, to tell the caller's cancellation from a timeout.</summary>
    internal CancellationToken CallerToken { get; }

    /// <summary>The key and practice group the call acts with.</summary>
    internal HeroRequestContext Context { get; }

    /// <summary>The pipeline's spec-drift reporter (null when off).</summary>
    internal HeroSpecDrift? Drift { get; set; }

    /// <summary>Whether any transmission so far may have been received by Hero.</summary>
    internal bool MayHaveReachedHero { get; set; }

    /// <summary>How the last transmission ended: an HTTP status, else 0 (see <see cref="LastError"/>).</summary>
    internal int LastStatus { get; set; }

    /// <summary>The type of the error that ended the last transmission, if one did.</summary>
    internal string? LastError { get; set; }

    /// <summary>How the last transmission ended, for an error message (a status or an error type name; never a value).</summary>
    internal string? LastOutcome => LastStatus > 0 ? FormattableString.Invariant($"HTTP {LastStatus}") : LastError;

    /// <summary>Disposes the request and the response.</summary>
    public void Dispose()
    {
        Response?.Dispose();
        Request.Dispose();
    }

    /// <summary>For example <c>HeroPipelineMessage(sendMessage (POST v1/messages/send), Attempt=1)</c>; never the URL.</summary>
    /// <returns>The operation and attempt.</returns>
    public override string ToString() => $"HeroPipelineMessage({Operation}, Attempt={Attempt})";
}
