namespace HeroHealth.Client;

/// <summary>The outcome of running an event's handlers.</summary>
/// <param name="Failure">The first handler failure (or timeout); <see langword="null"/> when every handler that ran succeeded.</param>
/// <param name="Stopped">The attempt stopped before running every handler: the lease was lost or the caller is shutting down.</param>
internal readonly record struct HeroWebhookDispatch(Exception? Failure, bool Stopped)
{
    public bool Succeeded => Failure is null && !Stopped;
}
