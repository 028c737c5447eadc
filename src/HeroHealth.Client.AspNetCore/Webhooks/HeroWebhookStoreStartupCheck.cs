using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>
/// Proves at start-up that the webhook store can claim and complete events with its configured rights, so a store
/// that can never work (a missing right, table or schema) stops the application instead of answering 503 to every
/// delivery while health checks say Healthy. A store that is only unreachable now is logged and left to the health
/// checks: it may come back, and Hero's retries wait for it.
/// </summary>
internal sealed partial class HeroWebhookStoreStartupCheck(IHeroWebhookStore store, ILogger<HeroWebhookStoreStartupCheck> logger) : IHostedService
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Budget);
        try
        {
            await store.CheckAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (HeroWebhookStoreConfigurationException)
        {
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, ex, store.ToString() ?? store.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 105, EventName = "HeroWebhookStoreUnreachableAtStart", Level = LogLevel.Warning,
        Message = "The Hero webhook store {Store} could not be reached at start-up; deliveries are answered 503 until it can")]
    private static partial void Unreachable(ILogger logger, Exception exception, string store);
}
