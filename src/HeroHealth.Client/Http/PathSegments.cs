namespace HeroHealth.Client;

/// <summary>
/// The rule for a value placed into a URL path segment: anything that could make the path point at another resource
/// (<c>""</c>, <c>.</c>, <c>..</c>, <c>/</c>, <c>?</c>, <c>#</c>, <c>\</c>, control characters) is refused before a
/// request exists, naming the argument; the value itself is never echoed (ids can be NHS numbers).
/// </summary>
internal static class PathSegments
{
    public static void Validate(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A path argument is required (not empty or white space).", paramName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException("A path argument cannot be '.' or '..' (the path would point at another resource).", paramName);
        }

        // Span searches, not LINQ: this runs for every path argument of every call.
        var span = value.AsSpan();
        if (span.IndexOfAny("/?#\\".AsSpan()) >= 0 || span.ContainsAnyInRange('\u0000', '\u001f') || span.ContainsAnyInRange('\u007f', '\u009f'))
        {
            throw new ArgumentException("A path argument cannot contain '/', '?', '#', '\\' or control characters.", paramName);
        }
    }
}
