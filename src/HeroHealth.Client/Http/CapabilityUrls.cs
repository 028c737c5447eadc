namespace HeroHealth.Client;

/// <summary>Redaction of URLs whose path or query is itself a credential (document links, identity-check logins).</summary>
internal static class CapabilityUrls
{
    /// <summary>Scheme and host only, e.g. <c>https://link.herohealth.net/***</c>.</summary>
    public static string Redact(Uri? url) => url switch
    {
        null => "(none)",
        { IsAbsoluteUri: true } => url.GetLeftPart(UriPartial.Authority) + "/***",
        _ => "***",
    };
}
