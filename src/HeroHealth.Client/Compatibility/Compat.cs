namespace HeroHealth.Client;

/// <summary>
/// The few BCL members the SDK uses that netstandard2.0 lacks, each answered the same way on every target so the code
/// around them reads once. Polyfill (source-only) covers the argument checks and interpolation; these need a decision.
/// </summary>
internal static class Compat
{
#if NETSTANDARD2_0
    public static readonly HttpMethod Patch = new("PATCH");
#else
    public static readonly HttpMethod Patch = HttpMethod.Patch;
#endif

    /// <summary>The date of <paramref name="value"/> (a DateTime at midnight where DateOnly does not exist).</summary>
    public static DateOnly DateOf(DateTime value) =>
#if NETSTANDARD2_0
        value.Date;
#else
        DateOnly.FromDateTime(value);
#endif

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int DaysBetween(DateOnly from, DateOnly to) =>
#if NETSTANDARD2_0
        (to.Date - from.Date).Days;
#else
        to.DayNumber - from.DayNumber;
#endif

    /// <summary>Waits on <paramref name="clock"/> (a fake clock in tests).</summary>
    public static Task Delay(TimeSpan delay, TimeProvider clock, CancellationToken cancellationToken) =>
#if NETSTANDARD2_0
        clock.Delay(delay, cancellationToken);
#else
        Task.Delay(delay, clock, cancellationToken);
#endif
}
