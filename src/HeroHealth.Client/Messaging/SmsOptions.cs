namespace HeroHealth.Client;

/// <summary>Options for <see cref="MessagesClientExtensions.SendSmsAsync(IMessagesClient, string, string, SmsOptions, CancellationToken)"/>.</summary>
public sealed class SmsOptions : MessageOptions
{
    /// <summary>Send to this UK mobile instead of the one on the patient's record.</summary>
    public string? Recipient { get; init; }
}
