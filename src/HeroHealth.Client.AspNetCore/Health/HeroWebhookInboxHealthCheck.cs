using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// Reports what is stuck in the durable webhook inbox: healthy when the store proves it can work, nothing is dead,
/// the oldest due event has waited less than <see cref="HeroWebhookInboxOptions.StallThreshold"/> and no handler has
/// overrun its timeout lately; degraded otherwise (dead events need an operator: fix the cause, then replay them);
/// unhealthy when the store does not answer within the budget or cannot work with its rights. Counts and ages are in
/// the result's data; no event content is.
/// </summary>
internal sealed class HeroWebhookInboxHealthCheck(IHeroWebhookInbox inbox, IHeroWebhookStore store, HeroWebhookHandlerMonitor monitor,
    IOptions<HeroWebhookInboxOptions> options, TimeSpan budget) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        HeroWebhookInboxCounts counts;
        try
        {
            await store.CheckAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
            counts = await inbox.CountAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (HeroWebhookStoreConfigurationException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The webhook inbox store did not answer ({ex.GetType().Name}).");
        }

        var overdue = monitor.StillRunning;
        var data = new Dictionary<string, object>
        {
            ["pending"] = counts.Pending,
            ["dead"] = counts.Dead,
            ["oldest_due_age_seconds"] = Math.Round(counts.OldestDueAge.TotalSeconds, 3),
            ["handlers_overdue"] = overdue,
        };
        var problems = new List<string>();
        if (counts.Dead > 0)
        {
            problems.Add(Invariant($"{counts.Dead} dead event(s) need replaying"));
        }

        if (counts.OldestDueAge > options.Value.StallThreshold)
        {
            problems.Add(Invariant($"the oldest due event has waited {counts.OldestDueAge.TotalSeconds:0} s (StallThreshold {options.Value.StallThreshold.TotalSeconds:0} s)"));
        }

        if (monitor.Problem() is { } overrun)
        {
            problems.Add(overrun);
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy(Invariant($"{counts.Pending} event(s) pending, none dead."), data)
            : HealthCheckResult.Degraded(string.Join("; ", problems) + Invariant($"; {counts.Pending} pending."), data: data);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
