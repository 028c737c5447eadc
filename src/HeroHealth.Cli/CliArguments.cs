using System.Globalization;

namespace HeroHealth.Cli;

/// <summary>Parsed command line: positional words, <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "help", "version" };
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public List<string> Words { get; } = [];

    public bool Json => Has("json");

    public static CliArguments Parse(string[] args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!Flags.Contains(name))
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new CliException($"--{name} needs a value.");
                    }

                    value = args[++i];
                }

                parsed._options[name] = value ?? "true";
                if (!parsed._all.TryGetValue(name, out var values))
                {
                    parsed._all[name] = values = [];
                }

                values.Add(value ?? "true");
            }
            else if (arg is "-h")
            {
                parsed._options["help"] = "true";
            }
            else
            {
                parsed.Words.Add(arg);
            }
        }

        return parsed;
    }

    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Get(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Every value of an option that may repeat (<c>--query a=1 --query b=2</c>).</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        _used.Add(name);
        return _all.TryGetValue(name, out var values) ? values : [];
    }

    public string Require(string name, string what) => Get(name) ?? throw new CliException($"--{name} is required ({what}).");

    public int? GetInt(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new CliException($"--{name} must be a whole number.");
    }

    public DateOnly? GetDate(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new CliException($"--{name} must be a date as yyyy-MM-dd.");
    }

    /// <summary>Fails on options no command asked for (a typo must not be silently ignored).</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k) && !Flags.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"Unknown option --{unknown[0]}. Run 'hero help'.");
        }
    }
}
