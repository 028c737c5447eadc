namespace HeroHealth.Cli;

/// <summary>A clock stopped at one instant (for <c>--now</c>: verify a captured delivery as of when it arrived).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
