namespace HeroHealth.Client;

/// <summary>Capability names Hero is known to use (others arrive as plain strings and are kept).</summary>
public static class HeroCapability
{
    /// <summary>The practice can send SMS through Hero.</summary>
    public const string SmsMessaging = "sms_messaging";
}
