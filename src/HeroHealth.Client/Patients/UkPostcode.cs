using System.Text.RegularExpressions;

namespace HeroHealth.Client;

/// <summary>Checks and normalises a UK postcode before it is sent for a PDS trace.</summary>
internal static partial class UkPostcode
{
    // Outward code (area letters, district digit, optional letter/digit) and inward code (digit, two letters): the
    // shape of every UK postcode, without the per-area lists that would reject a new one.
    private const string ShapePattern = "^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$";

#if NETSTANDARD2_0
    private static readonly Regex ShapeRegex = new(ShapePattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Shape() => ShapeRegex;
#else
    [GeneratedRegex(ShapePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
#endif

    /// <summary>Upper-cases, removes spaces and puts one space before the inward code; throws naming the argument (never its value).</summary>
    public static string Normalize(string? postcode, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(postcode, parameterName);
        var compact = string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            throw new ArgumentException("Not a UK postcode (expected e.g. LS1 4AP).", parameterName);
        }

        return match.Groups[1].Value + " " + match.Groups[2].Value;
    }
}
