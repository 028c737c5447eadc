using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeroHealth.Client;

/// <summary>
/// Asks Hero for the practice group's capabilities (one cheap GET) and remembers the answer for a while, so frequent
/// probes do not spend the partner's rate limit. Healthy on success; degraded on 429, 5xx, timeouts and network
/// errors (Hero or the way to it is struggling, the app may still work); unhealthy on 401/403 (the key is wrong,
/// revoked or lacks access: nothing will work until someone acts). The description names the status, never the key.
/// </summary>
internal sealed class HeroHealthCheck(IHeroHealthClientFactory factory, string? clientName, TimeSpan cacheFor, TimeProvider clock) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }

            var result = await ProbeAsync(cancellationToken).ConfigureAwait(false);
            _last = (result, clock.GetUtcNow());
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private HealthCheckResult? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.At < cacheFor ? last.Result : null;

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await factory.CreateClient(clientName).PracticeGroup.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Hero answered.");
        }
        catch (HeroHealthApiException ex) when (ex is HeroHealthAuthenticationException or HeroHealthPermissionException)
        {
            return new HealthCheckResult(HealthStatus.Unhealthy, Describe(ex, "the API key is not accepted"));
        }
        catch (HeroHealthApiException ex)
        {
            return HealthCheckResult.Degraded(Describe(ex, "Hero is not answering normally"));
        }
    }

    // Status and exception type only: the exception's message is safe, but a description is often shown on dashboards.
    private static string Describe(HeroHealthApiException ex, string what) => string.Create(CultureInfo.InvariantCulture,
        $"{what} ({(ex.StatusCode == 0 ? "no response" : "HTTP " + ex.StatusCode.ToString(CultureInfo.InvariantCulture))}, {ex.GetType().Name}).");
}
