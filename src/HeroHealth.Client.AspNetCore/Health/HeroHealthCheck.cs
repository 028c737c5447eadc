using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client;

/// <summary>
/// Asks Hero for the practice group's capabilities (one cheap GET) and remembers the answer for a while, so frequent
/// probes do not spend the partner's rate limit. Healthy on success; degraded on 429, 5xx, timeouts and network
/// errors (Hero or the way to it is struggling, the app may still work); unhealthy on 401/403 (the key is wrong,
/// revoked or lacks access: nothing will work until someone acts). The description names the status, never the key.
/// </summary>
/// <remarks>
/// A probe has its own budget (one attempt, no retries) and answers within it whatever Hero does: an orchestrator's
/// probe times out in about a second, and the client's own 30 s timeout × 3 attempts would look like a dead app.
/// Concurrent probes share the one call in flight.
/// </remarks>
internal sealed class HeroHealthCheck(IHeroHealthClientFactory factory, string? clientName, TimeSpan cacheFor, TimeSpan budget, TimeProvider clock) : IHealthCheck
{
    private readonly object _gate = new();
    private (HealthCheckResult Result, DateTimeOffset At)? _last;
    private Task<HealthCheckResult>? _inFlight;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> probe;
        lock (_gate)
        {
            if (_last is { } last && clock.GetUtcNow() - last.At < cacheFor)
            {
                return last.Result;
            }

            probe = _inFlight ??= ProbeAsync();
        }

        return await probe.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        await Task.Yield(); // leave the lock before the call starts
        HealthCheckResult result;
        using (var timeout = new CancellationTokenSource(budget, clock))
        {
            try
            {
                var client = factory is HeroHealthClientFactory ours ? ours.CreateProbeClient(clientName, budget) : factory.CreateClient(clientName);
                await client.PracticeGroup.GetCapabilitiesAsync(timeout.Token).ConfigureAwait(false);
                result = HealthCheckResult.Healthy("Hero answered.");
            }
            catch (HeroHealthApiException ex) when (ex is HeroHealthAuthenticationException or HeroHealthPermissionException)
            {
                result = new HealthCheckResult(HealthStatus.Unhealthy, Describe(ex, "the API key is not accepted"));
            }
            catch (HeroHealthApiException ex)
            {
                result = HealthCheckResult.Degraded(Describe(ex, "Hero is not answering normally"));
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                result = HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"Hero did not answer within the probe's {budget.TotalSeconds:0.#} s budget."));
            }
        }

        lock (_gate)
        {
            _last = (result, clock.GetUtcNow());
            _inFlight = null;
        }

        return result;
    }

    // Status and exception type only: the exception's message is safe, but a description is often shown on dashboards.
    private static string Describe(HeroHealthApiException ex, string what) => string.Create(CultureInfo.InvariantCulture,
        $"{what} ({(ex.StatusCode == 0 ? "no response" : "HTTP " + ex.StatusCode.ToString(CultureInfo.InvariantCulture))}, {ex.GetType().Name}).");
}
