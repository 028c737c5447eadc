namespace HeroHealth.Client.Links;

/// <summary>A link ready to send to a patient.</summary>
/// <param name="Url">The URL to put in an SMS or email.</param>
/// <param name="AttachmentUuid">For attachment links: the id <c>sendMessage</c> takes as <c>attachment_uuid</c>.</param>
public sealed record SharedLink(Uri Url, string? AttachmentUuid = null);
