using HeroHealth.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Hero webhook endpoint.</summary>
public static class HeroWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> to the Hero webhook endpoint registered with <c>services.AddHeroWebhooks(...)</c>: it
    /// reads the raw body within the size limit, verifies signature and timestamp, claims the event in the processing
    /// store and runs the handlers of its type (or, after <c>AddHeroWebhookInbox</c>, stores it for the worker).
    /// Answers 200 (handled, completed before, or stored), 503 with <c>Retry-After</c> (another instance is handling it,
    /// or the store is unreachable), 500 (a handler failed; Hero's retry is processed), 401 (not authentic or stale),
    /// 400 (not an event) or 413 (too large). Several routes may be mapped (they share handlers and store); the same
    /// route twice fails here.
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="pattern">The route, default <c>/hero/webhooks</c>.</param>
    /// <returns>The endpoint's builder, to add authorization, rate limiting, host filters…</returns>
    /// <exception cref="InvalidOperationException"><c>AddHeroWebhooks</c> was not called, the route is already mapped, or the inbox has no durable store.</exception>
    public static RouteHandlerBuilder MapHeroWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/hero/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        var registry = services.GetService<HeroWebhookEndpointRegistry>() ?? throw new InvalidOperationException(
            "MapHeroWebhooks needs services.AddHeroWebhooks(...) first (signing keys and handlers).");
        if (!registry.TryAdd(pattern))
        {
            throw new InvalidOperationException($"MapHeroWebhooks(\"{pattern}\") was called twice for the same route; map each route once (several routes may share the handlers).");
        }

        _ = HeroWebhookInboxWorker.InboxOf(services); // the inbox without a durable store fails here, at start-up

        // A Delegate (not a RequestDelegate), so the caller gets a RouteHandlerBuilder for filters and metadata.
        Func<HttpContext, Task> handler = HeroWebhookEndpoint.HandleAsync;
        return endpoints.MapPost(pattern, (Delegate)handler)
            .WithName("HeroWebhooks " + pattern)
            .ExcludeFromDescription();
    }
}
