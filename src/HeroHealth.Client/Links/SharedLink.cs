
namespace HeroHealth.Client;

/// <summary>A link ready to send to a patient.</summary>
/// <param name="Url">The URL to put in an SMS or email. A capability: whoever has it can open the document; never log it.</param>
/// <param name="AttachmentUuid">For attachment links: the id <c>sendMessage</c> takes as <c>attachment_uuid</c>.</param>
public sealed record SharedLink(Uri Url, string? AttachmentUuid = null)
{
    /// <summary>Describes the link without its path and query (they are the capability).</summary>
    /// <returns>For example <c>SharedLink(Url=https://link.herohealth.net/***, AttachmentUuid=…)</c>.</returns>
    public override string ToString() => $"SharedLink(Url={CapabilityUrls.Redact(Url)}, AttachmentUuid={AttachmentUuid ?? "(none)"})";
}
