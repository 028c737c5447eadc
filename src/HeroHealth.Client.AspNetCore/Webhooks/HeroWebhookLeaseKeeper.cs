namespace HeroHealth.Client;

/// <summary>
/// Renews a lease every third of its length while handlers run, and cancels them when the lease is lost (another
/// holder took the event after a renewal failed for longer than the lease), so two holders rarely overlap.
/// </summary>
internal sealed class HeroWebhookLeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private HeroWebhookLeaseKeeper(Func<CancellationToken, ValueTask<bool>> renew, TimeSpan lease, TimeProvider clock, CancellationToken outer)
    {
        _lost = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _loop = RunAsync(renew, lease, clock);
    }

    /// <summary>Cancelled when the caller's token is, or the lease was lost.</summary>
    public CancellationToken Token => _lost.Token;

    public static HeroWebhookLeaseKeeper Start(Func<CancellationToken, ValueTask<bool>> renew, TimeSpan lease, TimeProvider clock, CancellationToken outer) =>
        new(renew, lease, clock, outer);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RunAsync(Func<CancellationToken, ValueTask<bool>> renew, TimeSpan lease, TimeProvider clock)
    {
        var every = lease / 3;
        var lastRenewed = clock.GetUtcNow();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, _stop.Token).ConfigureAwait(false);
                if (!await renew(_stop.Token).ConfigureAwait(false))
                {
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }

                lastRenewed = clock.GetUtcNow();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (clock.GetUtcNow() - lastRenewed < lease)
            {
                // The store hiccupped: the lease still holds, try again at the next tick.
            }
            catch (Exception)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
    }
}
