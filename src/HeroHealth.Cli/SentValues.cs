using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli;

/// <summary>
/// Every value this run could have sent to Hero — option values (the key, the text, names, ids, numbers), the
/// values inside a JSON body or body file, and the key and practice group from the environment — so that error output
/// masks them wherever Hero echoes them back, in any field and any wording, instead of guessing what looks sensitive.
/// </summary>
internal sealed class SentValues
{
    private const string Mask = "***";
    private static readonly TimeSpan RegexBudget = TimeSpan.FromSeconds(1);
    private readonly Regex? _pattern;

    private SentValues(IEnumerable<string> values)
    {
        // Longest first, so a value that contains another is masked whole; short values only as whole tokens, so a
        // "10" page size does not eat the digits of "100".
        var parts = values.Select(v => v.Trim()).Where(v => v.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(v => v.Length)
            .Select(v => v.Length >= 8 ? Regex.Escape(v) : $"(?<![A-Za-z0-9]){Regex.Escape(v)}(?![A-Za-z0-9])")
            .ToList();
        _pattern = parts.Count == 0 ? null : new Regex(string.Join('|', parts), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget);
    }

    /// <summary>Collects the values from the arguments and the environment.</summary>
    public static SentValues From(string[] args, Func<string, string?> environment)
    {
        var values = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                Add(values, arg[(equals + 1)..]);
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                Add(values, args[++i]);
            }
        }

        foreach (var name in new[] { "HERO_API_KEY", "HERO_PRACTICE_GROUP_ID" })
        {
            if (environment(name) is { Length: > 0 } value)
            {
                values.Add(value);
            }
        }

        return new SentValues(values);
    }

    /// <summary>The text with every sent value replaced by <c>***</c>.</summary>
    public string Scrub(string text)
    {
        if (_pattern is null)
        {
            return text;
        }

        try
        {
            return _pattern.Replace(text, Mask);
        }
        catch (RegexMatchTimeoutException)
        {
            return "(not shown: it could not be checked for the values sent)";
        }
    }

    /// <summary>Scrubs every string value and property name of a JSON token, in place.</summary>
    public JToken Scrub(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                var index = 0;
                foreach (var property in obj.Properties().ToList())
                {
                    Scrub(property.Value);
                    var name = Scrub(property.Name);
                    if (name != property.Name)
                    {
                        // A key that echoes a sent value: masked too, numbered so two such keys stay distinct.
                        property.Replace(new JProperty(name + (index++ == 0 ? string.Empty : "#" + index), property.Value));
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Scrub(item);
                }

                break;
            case JValue { Type: JTokenType.String, Value: string text } value:
                value.Value = Scrub(text);
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number when Scrub(number.ToString(Formatting.None)) == Mask:
                number.Replace(Mask);
                break;
        }

        return token;
    }

    // A body given inline or as a file: its leaf values are what goes out, so they are what may come back.
    private static void Add(List<string> values, string value)
    {
        values.Add(value);
        var text = value;
        if (value.StartsWith('@') && File.Exists(value[1..]))
        {
            text = SafeRead(value[1..]);
        }
        else if (File.Exists(value) && new FileInfo(value).Length < 1024 * 1024)
        {
            text = SafeRead(value);
        }

        if (text.TrimStart() is ['{', ..] or ['[', ..])
        {
            try
            {
                foreach (var leaf in JToken.Parse(text).SelectTokens("$..*").OfType<JValue>())
                {
                    if (leaf.Value is { } v)
                    {
                        values.Add(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: the text itself is already collected.
            }
        }
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
