namespace HeroHealth.Client;

/// <summary>
/// Hero ids (patients, practice groups, appointments, batches…) are numeric strings (pattern <c>^\d+$</c>); checking
/// them early gives a clear error instead of a 404. The one check and wording for every id the SDK takes, whether as
/// an argument, an option or a path segment.
/// </summary>
internal static class HeroIds
{
    /// <summary>What is wrong with <paramref name="value"/> as a Hero id ("is required", "must contain digits only…"), or null when it is fine.</summary>
    public static string? Problem(string? value) =>
        string.IsNullOrEmpty(value) ? "is required"
        : value.AsSpan().ContainsAnyExceptInRange('0', '9') ? "must contain digits only (Hero ids are numbers, e.g. \"1001\")"
        : null;

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when <paramref name="value"/> is not a Hero id.</summary>
    public static void Validate(string? value, string paramName, string what)
    {
        if (Problem(value) is { } problem)
        {
            throw new ArgumentException($"The {what} {problem}.", paramName);
        }
    }
}
