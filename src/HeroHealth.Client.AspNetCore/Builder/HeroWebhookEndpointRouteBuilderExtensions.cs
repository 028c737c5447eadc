using HeroHealth.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Hero webhook endpoint.</summary>
public static class HeroWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> to the Hero webhook endpoint registered with <c>services.AddHeroWebhooks(...)</c>: it
    /// reads the raw body within the size limit, verifies signature, timestamp and replays, and dispatches the event
    /// to the handlers of its type. Answers 200 (handled, unhandled or replayed), 401 (not authentic or stale), 400
    /// (not an event), 413 (too large) or 500 (a handler failed; Hero may retry).
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="pattern">The route, default <c>/hero/webhooks</c>.</param>
    /// <returns>The endpoint's builder, to add authorization, rate limiting, host filters…</returns>
    public static RouteHandlerBuilder MapHeroWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/hero/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        // A Delegate (not a RequestDelegate), so the caller gets a RouteHandlerBuilder for filters and metadata.
        Func<HttpContext, Task> handler = HeroWebhookEndpoint.HandleAsync;
        return endpoints.MapPost(pattern, (Delegate)handler)
            .WithName("HeroWebhooks")
            .ExcludeFromDescription();
    }
}
