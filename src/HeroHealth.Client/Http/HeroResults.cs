namespace HeroHealth.Client;

/// <summary>
/// What the hand-written helpers do with a generated result that may be <see langword="null"/> (any 2xx is success,
/// and an empty body has no value): a helper that needs a value from it fails clearly, saying Hero did the work.
/// </summary>
internal static class HeroResults
{
    public static T Require<T>(T? value, string operationId, string needed)
        where T : class =>
        value ?? throw HeroHealthApiException.NoBody(operationId, needed);
}
