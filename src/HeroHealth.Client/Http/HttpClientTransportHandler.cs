namespace HeroHealth.Client.Http;

/// <summary>
/// Sends through a caller-supplied <see cref="HttpClient"/>, so <c>new HeroHealthClient(httpClient, options)</c> keeps
/// the caller's handlers and pool while the SDK's retry, error and telemetry handlers run in front of it.
/// </summary>
internal sealed class HttpClientTransportHandler(HttpClient client) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // HttpClient refuses a message it has seen before (ours already went through the SDK's HttpClient, and a
        // retry sends it again), so each attempt goes out as a copy sharing the same content.
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
