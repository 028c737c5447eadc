namespace HeroHealth.Client;

/// <summary>
/// The clock of the client an area interface belongs to (the workflow helpers are extension methods on those
/// interfaces), and "today" as a GP practice sees it: Hero serves practices in England, so dates are UK dates.
/// </summary>
internal static class HeroClock
{
    private static readonly TimeZoneInfo? UkTime = FindUkTime();

    /// <summary>The client's clock when <paramref name="client"/> is one of the SDK's, else the system clock (a mock).</summary>
    public static TimeProvider Of(object client) => (client as HeroGeneratedClientBase)?.Context.Clock ?? TimeProvider.System;

    /// <summary>Today's date in the UK (Europe/London), by <paramref name="clock"/>.</summary>
    public static DateOnly UkToday(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Compat.DateOf(UkTime is null ? now.UtcDateTime : TimeZoneInfo.ConvertTime(now, UkTime).DateTime);
    }

    // Once per process: the IANA name, else the Windows one (a runtime without ICU); UTC when neither exists.
    private static TimeZoneInfo? FindUkTime(string id = "Europe/London")
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return id == "Europe/London" ? FindUkTime("GMT Standard Time") : null;
        }
    }
}
