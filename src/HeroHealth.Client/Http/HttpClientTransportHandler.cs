namespace HeroHealth.Client;

/// <summary>
/// Sends through a caller-supplied <see cref="HttpClient"/>, so <c>new HeroHealthClient(httpClient, options)</c> keeps
/// the caller's handlers and pool while the SDK's retry, error and telemetry handlers run in front of it.
/// </summary>
/// <remarks>
/// The SDK cannot change the caller's handlers, so two guarantees are kept from here instead: a POST/PATCH body can be
/// written once (a retrying handler inside the caller's client is refused the second write), and a response that
/// came from another origin (the caller's handler followed a redirect) fails the call unread.
/// </remarks>
internal sealed class HttpClientTransportHandler(HttpClient client) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HeroTransmission.TryGet(request, out var transmission);
        // HttpClient refuses a message it has seen before (ours already went through the SDK's HttpClient, and a
        // retry sends it again), so each attempt goes out as a copy sharing the same content.
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content is { } content && transmission is { Repeatable: false }
                ? new SingleTransmissionContent(content, transmission)
                : request.Content,
            Version = request.Version,
#if !NETSTANDARD2_0
            VersionPolicy = request.VersionPolicy,
#endif
        };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in RequestProperties.Of(request))
        {
            RequestProperties.Of(copy)[option.Key] = option.Value;
        }

        var sentTo = copy.RequestUri;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (HttpMessageParts.Find<HeroHealthResendRefusedException>(ex) is { } refusal)
        {
            // The caller's handler wrote the body a second time: a redirect it followed (to the new location) or a retry.
            HeroRedirects.ThrowIfFollowedElsewhere(sentTo, copy.RequestUri, null, transmission?.Operation);
            throw refusal;
        }

        HeroRedirects.ThrowIfFollowedElsewhere(sentTo, copy.RequestUri, response, transmission?.Operation);
        return response;
    }
}
