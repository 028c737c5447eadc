namespace HeroHealth.Client;

/// <summary>Validation of Hero practice group ids (numeric strings, as every Hero id).</summary>
internal static class PracticeGroupIds
{
    /// <summary>Throws when <paramref name="value"/> is not a non-empty string of ASCII digits.</summary>
    public static void Validate(string? value, string paramName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("A practice group id is required.", paramName);
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                throw new ArgumentException("A practice group id must contain digits only (for example \"123\").", paramName);
            }
        }
    }
}
