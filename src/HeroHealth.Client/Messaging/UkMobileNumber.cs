using System.Diagnostics.CodeAnalysis;

namespace HeroHealth.Client;

/// <summary>
/// A UK mobile number (07…; +44 7…; 0044 7…; spaces, dashes, dots and brackets allowed), normalised to E.164
/// (<c>+447700900123</c>) for SMS. <see cref="ToString"/> is redacted (<c>+44 7*** ***123</c>): phone numbers are
/// patient data.
/// </summary>
public readonly record struct UkMobileNumber
{
    private readonly string? _e164;

    private UkMobileNumber(string e164) => _e164 = e164;

    /// <summary>The number in E.164, e.g. <c>+447700900123</c>: the form sent to Hero.</summary>
    public string E164 => _e164 ?? throw new InvalidOperationException("This UkMobileNumber is empty (default value).");

    /// <summary>For logs: <c>+44 7*** ***123</c>.</summary>
    public string Redacted => _e164 is null ? "(none)" : "+44 7*** ***" + _e164[^3..];

    /// <summary>Parses a UK mobile number.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">Not a UK mobile number; the message does not repeat the input.</exception>
    public static UkMobileNumber Parse(string value) =>
        TryParse(value, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>Tries to parse a UK mobile number.</summary>
    /// <param name="value">The text.</param>
    /// <param name="number">The number when valid.</param>
    /// <returns>Whether it is a UK mobile number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out UkMobileNumber number) => TryParse(value, out number, out _);

    /// <summary>Tries to parse a UK mobile number and says why it is not one.</summary>
    /// <param name="value">The text.</param>
    /// <param name="number">The number when valid.</param>
    /// <param name="error">Why not (never containing the input), or null.</param>
    /// <returns>Whether it is a UK mobile number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out UkMobileNumber number, out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "A mobile number is required.";
            return false;
        }

        var text = value.Trim();
        var plus = text.StartsWith('+');
        var digits = new System.Text.StringBuilder(16);
        foreach (var c in plus ? text[1..] : text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                error = "A mobile number contains only digits, an optional leading +, spaces, dashes, dots or brackets.";
                return false;
            }
        }

        var d = digits.ToString();
        string national;
        if (plus && d.StartsWith("44", StringComparison.Ordinal))
        {
            national = d[2..].StartsWith('0') ? d[3..] : d[2..]; // "+44 (0)7700…" is common
        }
        else if (!plus && d.StartsWith("0044", StringComparison.Ordinal))
        {
            national = d[4..];
        }
        else if (!plus && d.StartsWith("07", StringComparison.Ordinal))
        {
            national = d[1..];
        }
        else if (plus)
        {
            error = "Only UK mobile numbers (+44 7…) can receive SMS through Hero.";
            return false;
        }
        else
        {
            error = "A UK mobile number starts with 07 or +44 7.";
            return false;
        }

        if (national.Length != 10 || national[0] != '7')
        {
            error = national.Length != 10
                ? $"A UK mobile number has 11 digits in the 07… form; this has {national.Length + 1}."
                : "A UK mobile number starts with 07 or +44 7.";
            return false;
        }

        error = null;
        number = new UkMobileNumber("+44" + national);
        return true;
    }

    /// <summary>The redacted form.</summary>
    /// <returns>For example <c>+44 7*** ***123</c>.</returns>
    public override string ToString() => Redacted;
}
