namespace HeroHealth.Client;

/// <summary>
/// What Hero does when an NHS App message is not opened (Hero checks after about an hour): send it again by SMS or
/// email.
/// </summary>
public enum NhsAppFallback
{
    /// <summary>No fallback beyond the practice's configuration.</summary>
    None,

    /// <summary>Fall back to SMS.</summary>
    Sms,

    /// <summary>Fall back to email.</summary>
    Email,
}
