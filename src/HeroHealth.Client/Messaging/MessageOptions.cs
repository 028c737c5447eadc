namespace HeroHealth.Client;

/// <summary>Options every channel of <c>sendMessage</c> shares.</summary>
public class MessageOptions
{
    /// <summary>Write the message to the patient's record (see <see cref="HeroHealth.Client.WriteToRecord"/>).</summary>
    public WriteToRecord? WriteToRecord { get; init; }

    /// <summary>Send later instead of now.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>An attachment, from <c>Links.CreateAttachmentLinkAsync</c> (its <c>attachment_uuid</c>).</summary>
    public string? AttachmentUuid { get; init; }

    /// <summary>A short link to include (booking or form link id).</summary>
    public string? ShortLinkId { get; init; }

    /// <summary>The inbox task this message belongs to.</summary>
    public string? TaskId { get; init; }

    /// <summary>Who the message is assigned to in the practice.</summary>
    public MessageAssignee? Assignee { get; init; }

    /// <summary>Whether Hero should send the content encrypted (Hero's <c>encrypted</c> flag).</summary>
    public bool? Encrypted { get; init; }
}
