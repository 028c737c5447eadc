using System.Diagnostics.CodeAnalysis;

namespace HeroHealth.Client;

/// <summary>
/// A valid NHS number (10 digits with a correct modulus-11 check digit). <see cref="ToString"/> is redacted
/// (<c>*** *** 5919</c>) so the number cannot leak into logs or messages by accident; use <see cref="Formatted"/>
/// (<c>943 476 5919</c>, the form Hero's docs show) or <see cref="Digits"/> where the number itself is needed.
/// </summary>
public readonly record struct NhsNumber
{
    private readonly string? _digits;

    private NhsNumber(string digits) => _digits = digits;

    /// <summary>The ten digits, e.g. <c>9434765919</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NhsNumber)</c>.</exception>
    public string Digits => _digits ?? throw new InvalidOperationException("This NhsNumber is empty (default value).");

    /// <summary>Spaced 3-3-4 as Hero's docs show it, e.g. <c>943 476 5919</c>: the form sent on the wire.</summary>
    public string Formatted => $"{Digits[..3]} {Digits[3..6]} {Digits[6..]}";

    /// <summary>For anything a person may read in logs: <c>*** *** 5919</c>.</summary>
    public string Redacted => _digits is null ? "(none)" : "*** *** " + _digits[6..];

    /// <summary>Whether this is <c>default(NhsNumber)</c> rather than a parsed number.</summary>
    public bool IsEmpty => _digits is null;

    /// <summary>Parses an NHS number written as <c>9434765919</c>, <c>943 476 5919</c> or <c>943-476-5919</c>.</summary>
    /// <param name="value">The text; surrounding white space is ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">Not a valid NHS number; the message says why without repeating the input.</exception>
    public static NhsNumber Parse(string value)
    {
        if (!TryParse(value, out var number, out var error))
        {
            throw new FormatException(error);
        }

        return number;
    }

    /// <summary>Tries to parse an NHS number.</summary>
    /// <param name="value">The text.</param>
    /// <param name="number">The number when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid NHS number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out NhsNumber number) => TryParse(value, out number, out _);

    /// <summary>Tries to parse an NHS number and says why it is not one.</summary>
    /// <param name="value">The text.</param>
    /// <param name="number">The number when valid.</param>
    /// <param name="error">Why it is invalid (never containing the input), or null.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid NHS number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out NhsNumber number, out string? error)
    {
        number = default;
        error = Check(value, out var digits);
        if (error is not null)
        {
            return false;
        }

        number = new NhsNumber(digits!);
        return true;
    }

    /// <summary>The redacted form (<see cref="Redacted"/>), so the number never leaks through string formatting.</summary>
    /// <returns>For example <c>*** *** 5919</c>.</returns>
    public override string ToString() => Redacted;

    /// <summary>Whether the ten digits carry a correct modulus-11 check digit.</summary>
    /// <param name="digits">Exactly ten ASCII digits.</param>
    /// <returns>The check result.</returns>
    internal static bool HasValidCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }

    private static string? Check(string? value, out string? digits)
    {
        digits = null;
        if (value is null)
        {
            return "An NHS number is required.";
        }

        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return "An NHS number is required.";
        }

        Span<char> buffer = stackalloc char[10];
        var count = 0;
        char? separator = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (count == 10)
                {
                    return "An NHS number has 10 digits; this has more.";
                }

                buffer[count++] = c;
            }
            else if (c is ' ' or '-')
            {
                // Separators only between the 3-3-4 groups, and the same one throughout.
                if ((count != 3 && count != 6) || (separator is { } s && s != c) || (i > 0 && text[i - 1] is ' ' or '-'))
                {
                    return "An NHS number is written as 10 digits, optionally grouped 3-3-4 with spaces or dashes.";
                }

                separator = c;
            }
            else
            {
                return "An NHS number contains only digits (and optional spaces or dashes between 3-3-4 groups).";
            }
        }

        if (count != 10)
        {
            return $"An NHS number has 10 digits; this has {count}.";
        }

        if (separator is not null && !(text.Length == 12 && text[3] == separator && text[7] == separator))
        {
            return "An NHS number is written as 10 digits, optionally grouped 3-3-4 with spaces or dashes.";
        }

        if (!HasValidCheckDigit(buffer))
        {
            return "The NHS number's check digit is wrong (modulus 11), so it is not a valid NHS number.";
        }

        digits = buffer.ToString(); // Span<char>.ToString() copies the characters
        return null;
    }
}
