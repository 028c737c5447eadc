using System.Net.Http.Headers;

namespace HeroHealth.Client;

/// <summary>Sends a <see cref="HeroRequest"/> through a pipeline client with a request context: the one implementation behind every protocol call.</summary>
internal static class HeroProtocol
{
    public static async Task<HeroResponse> SendAsync(HttpClient http, HeroRequestContext context, HeroRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(request.RelativeUrl(), UriKind.Relative));
        context.Apply(message);
        CallerCancellation.Remember(message, cancellationToken);
        HeroOperation.Attach(message, HeroOperation.ForProtocol(request.OperationId, request.Method.Method, request.PathTemplate));
        if (request.SafeToRepeat)
        {
            HeroRequestContext.AllowRetriesOf(message);
        }

        message.Headers.Accept.ParseAdd("application/json");
        if (request.Body is { } body)
        {
#if NETSTANDARD2_0
            message.Content = new ByteArrayContent(body.ToArray());
#else
            message.Content = new ReadOnlyMemoryContent(body);
#endif
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
        }

        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return await HeroResponse.FromAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
