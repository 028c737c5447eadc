namespace HeroHealth.Client;

/// <summary>
/// The SDK's per-request state (operation, attempt, transmission record, caller's token) in the request's property bag:
/// <c>HttpRequestMessage.Options</c> where it exists (.NET 5+), <c>Properties</c> on netstandard2.0. Both are the same
/// string-keyed dictionary underneath, so handlers around the SDK (Polly, Aspire, a copying transport) carry it along.
/// </summary>
internal static class RequestProperties
{
    public static IDictionary<string, object?> Of(HttpRequestMessage request) =>
#if NETSTANDARD2_0
        request.Properties!;
#else
        request.Options;
#endif

    public static void Set<T>(HttpRequestMessage request, string key, T value) => Of(request)[key] = value;

    public static bool TryGet<T>(HttpRequestMessage request, string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (Of(request).TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
