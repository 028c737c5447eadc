namespace HeroHealth.Client;

/// <summary>
/// What the hand-written helpers do with a generated result whose value they need: models are nullable throughout
/// (any 2xx is success, and Hero's required flags are reconstructed, so nothing is enforced on read), and a helper that
/// needs a body or a field of it fails clearly, naming the JSON path and saying Hero did the work.
/// </summary>
internal static class HeroResults
{
    public static T Require<T>(T? value, string operationId, string needed)
        where T : class =>
        value ?? throw HeroHealthApiException.NoBody(operationId, needed, path: null);

    public static string RequireField(string? value, string operationId, string path, string needed) =>
        value ?? throw HeroHealthApiException.NoBody(operationId, needed, path);
}
