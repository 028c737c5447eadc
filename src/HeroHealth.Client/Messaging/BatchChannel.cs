namespace HeroHealth.Client.Messaging;

/// <summary>The channel of a batch message.</summary>
public enum BatchChannel
{
    /// <summary>SMS.</summary>
    Sms,

    /// <summary>Email (needs a subject).</summary>
    Email,

    /// <summary>NHS App.</summary>
    NhsApp,
}
