namespace HeroHealth.Client;

/// <summary>Hero ids are numeric strings (pattern <c>^\d+$</c>); checking them early gives a clear error instead of a 404.</summary>
internal static class HeroIds
{
    public static void Validate(string? value, string paramName, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"A {what} is required.", paramName);
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                throw new ArgumentException($"A Hero {what} contains digits only.", paramName);
            }
        }
    }
}
