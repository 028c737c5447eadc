namespace HeroHealth.Client;

/// <summary>Options for <see cref="MessagesClientExtensions.SendNhsAppMessageAsync(IMessagesClient, string, string, NhsAppMessageOptions, CancellationToken)"/>.</summary>
public sealed class NhsAppMessageOptions : MessageOptions
{
    /// <summary>The fallback channel if the patient does not open the NHS App message.</summary>
    public NhsAppFallback Fallback { get; init; }

    /// <summary>The fallback mobile or email; the patient's record is used when omitted.</summary>
    public string? FallbackContact { get; init; }
}
