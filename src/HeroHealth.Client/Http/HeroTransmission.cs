using System.Diagnostics.CodeAnalysis;

namespace HeroHealth.Client;

/// <summary>
/// What the SDK knows about one logical call while it travels the handler chain: whether it may be repeated, whether
/// any transmission of it may have reached Hero, and how the last one ended. Stored on the request, so every layer
/// (the pipeline, the innermost guard, a caller's own <see cref="HttpClient"/>) sees the same record however many
/// times a handler outside the SDK's control sends the message again.
/// </summary>
internal sealed class HeroTransmission
{
    private const string Key = "HeroHealth.Client.Transmission";
    private bool _mayHaveReachedHero;
    private string? _lastOutcome;

    private HeroTransmission(bool repeatable, HeroOperation? operation)
    {
        Repeatable = repeatable;
        Operation = operation;
    }

    /// <summary>Whether sending the call twice is harmless: an idempotent method, or the caller opted in.</summary>
    public bool Repeatable { get; }

    /// <summary>The operation, when the generated code attached one.</summary>
    public HeroOperation? Operation { get; }

    /// <summary>The pipeline's spec-drift reporter, for the generated client that reads the response (null when off).</summary>
    public HeroSpecDrift? Drift { get; set; }

    /// <summary>Whether any transmission so far may have been received by Hero.</summary>
    public bool MayHaveReachedHero
    {
        get
        {
            lock (this)
            {
                return _mayHaveReachedHero;
            }
        }
    }

    /// <summary>Gets the record of <paramref name="request"/>, if the pipeline attached one.</summary>
    public static bool TryGet(HttpRequestMessage request, [NotNullWhen(true)] out HeroTransmission? transmission) =>
        RequestProperties.TryGet(request, Key, out transmission);

    /// <summary>Attaches a new record to a request entering the pipeline for the first time.</summary>
    public static HeroTransmission Attach(HttpRequestMessage request, bool repeatable, HeroOperation? operation)
    {
        var transmission = new HeroTransmission(repeatable, operation);
        RequestProperties.Set(request, Key, transmission);
        return transmission;
    }

    /// <summary>
    /// Throws when a non-repeatable call is about to be sent again after an earlier transmission may have reached
    /// Hero. Only the SDK's own policy decides that a repeat is safe (connection never established), and it says so
    /// through <see cref="MarkNotDelivered"/>.
    /// </summary>
    public void ThrowIfRepeatRefused()
    {
        lock (this)
        {
            if (!Repeatable && _mayHaveReachedHero)
            {
                throw new HeroHealthResendRefusedException(Operation, _lastOutcome);
            }
        }
    }

    /// <summary>Records that a transmission starts (refusing it when it would be a second delivery).</summary>
    public void BeginTransmission()
    {
        lock (this)
        {
            ThrowIfRepeatRefused();
            _mayHaveReachedHero = true;
        }
    }

    /// <summary>The transport failed before a connection existed: Hero cannot have seen this transmission.</summary>
    public void MarkNotDelivered(string outcome)
    {
        lock (this)
        {
            _mayHaveReachedHero = false;
            _lastOutcome = outcome;
        }
    }

    /// <summary>Records how a transmission ended (a status or an error type name; never a value).</summary>
    public void RecordOutcome(string outcome)
    {
        lock (this)
        {
            _lastOutcome = outcome;
        }
    }
}
