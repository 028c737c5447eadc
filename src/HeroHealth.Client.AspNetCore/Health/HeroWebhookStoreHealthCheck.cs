using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client;

/// <summary>Proves the webhook store can claim and complete with its rights (<see cref="IHeroWebhookStore.CheckAsync"/>) and reports handlers that overran their timeout.</summary>
internal sealed class HeroWebhookStoreHealthCheck(IHeroWebhookStore store, HeroWebhookHandlerMonitor monitor, TimeSpan budget) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            await store.CheckAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (HeroWebhookStoreConfigurationException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The webhook store did not answer ({ex.GetType().Name}).");
        }

        var data = new Dictionary<string, object> { ["handlers_overdue"] = monitor.StillRunning };
        return monitor.Problem() is { } overrun
            ? HealthCheckResult.Degraded("Webhook handlers: " + overrun + ".", data: data)
            : HealthCheckResult.Healthy("The webhook store can claim and complete events.", data);
    }
}
