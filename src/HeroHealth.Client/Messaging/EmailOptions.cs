namespace HeroHealth.Client;

/// <summary>Options for <see cref="MessagesClientExtensions.SendEmailAsync(IMessagesClient, string, string, EmailOptions, CancellationToken)"/>.</summary>
public sealed class EmailOptions : MessageOptions
{
    /// <summary>Send to this address instead of the one on the patient's record.</summary>
    public string? Recipient { get; init; }
}
