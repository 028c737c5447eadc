namespace HeroHealth.Client;

/// <summary>The request-id headers: the one the SDK sends, and those a server or gateway may answer with.</summary>
internal static class RequestIds
{
    public const string Header = "x-request-id";

    // Hero documents none; these are what common gateways (nginx, AWS API Gateway, Azure) send back.
    private static readonly string[] ResponseHeaders = [Header, "request-id", "x-amzn-requestid", "x-correlation-id", "x-ms-request-id"];

    /// <summary>The server's request id, when the response carries one (at most 128 characters of it, printable ASCII only).</summary>
    public static string? Of(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var name in ResponseHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                var trimmed = value.Length > 128 ? value.Substring(0, 128) : value;
                return trimmed.All(c => c is > ' ' and < (char)127) ? trimmed : null;
            }
        }

        return null;
    }
}
