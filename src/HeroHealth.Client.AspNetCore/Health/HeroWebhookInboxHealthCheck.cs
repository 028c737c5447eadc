using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client;

/// <summary>
/// Reports what is stuck in the durable webhook inbox: healthy when no event is dead, degraded when some are (they
/// need an operator: fix the cause, then replay them), unhealthy when the store does not answer within the budget.
/// The counts are in the result's data; no event content is.
/// </summary>
internal sealed class HeroWebhookInboxHealthCheck(IHeroWebhookInbox inbox, TimeSpan budget) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        HeroWebhookInboxCounts counts;
        try
        {
            counts = await inbox.CountAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The webhook inbox store did not answer ({ex.GetType().Name}).");
        }

        var data = new Dictionary<string, object> { ["pending"] = counts.Pending, ["dead"] = counts.Dead };
        return counts.Dead == 0
            ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{counts.Pending} event(s) pending, none dead."), data)
            : HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"{counts.Dead} dead event(s) need replaying; {counts.Pending} pending."), data: data);
    }
}
