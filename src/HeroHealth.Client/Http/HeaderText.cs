namespace HeroHealth.Client;

/// <summary>What may go into an HTTP header value the SDK sends (API key, User-Agent).</summary>
internal static class HeaderText
{
    /// <summary>Whether every character is printable ASCII: a header carries nothing else, and anything else fails at send time.</summary>
    public static bool IsPrintableAscii(string value) => !value.AsSpan().ContainsAnyExceptInRange(' ', '~');
}
