using System.Net.Http.Headers;

namespace HeroHealth.Client;

/// <summary>Sends a <see cref="HeroRequest"/> through a pipeline with a request context: the one implementation behind every protocol call.</summary>
internal static class HeroProtocol
{
    public static async Task<HeroResponse> SendAsync(HeroPipeline pipeline, HeroRequestContext context, HeroRequest request, CancellationToken cancellationToken)
    {
        var operation = HeroOperation.ForProtocol(request.OperationId, request.Method.Method, request.PathTemplate);
        using var message = pipeline.CreateMessage(context, operation, request.RelativeUrl(), cancellationToken, request.SafeToRepeat);
        if (request.Body is { } body)
        {
#if NETSTANDARD2_0
            message.Request.Content = new ByteArrayContent(body.ToArray());
#else
            message.Request.Content = new ReadOnlyMemoryContent(body);
#endif
            message.Request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
        }

        await pipeline.SendAsync(message).ConfigureAwait(false);
        return await HeroResponse.FromAsync(message.Response!, cancellationToken).ConfigureAwait(false);
    }
}
