using System.Globalization;

namespace HeroHealth.Client;

/// <summary>Checks of message text before anything is sent.</summary>
internal static class MessageText
{
    /// <summary>
    /// Whether the text has something a patient would see: not only white space and invisible format characters
    /// (zero-width spaces and joiners, word joiners, byte-order marks), which <see cref="string.IsNullOrWhiteSpace"/> lets through.
    /// </summary>
    public static bool HasVisibleCharacter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control))
            {
                return true;
            }
        }

        return false;
    }
}
