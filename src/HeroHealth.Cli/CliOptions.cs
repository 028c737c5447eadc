using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HeroHealth.Cli;

/// <summary>
/// The options several commands share (one set per command tree: a symbol keeps its parents, so trees must not share
/// them), and typed option factories whose errors name the option.
/// </summary>
internal sealed class CliOptions
{
    /// <summary>Names the target environments <c>--env</c> accepts.</summary>
    public static readonly string[] Environments = ["fake", "local", "mock", "staging", "production"];

    public readonly Option<bool> Json = new("--json")
    {
        Description = "Output one JSON document for scripts (errors too, as JSON on stderr)",
        Recursive = true,
    };

    public readonly Option<string> Env = Choice("--env", "Where API commands go: fake (embedded, offline; the default), local (a 'hero fake serve' on this machine), mock, staging or production", Environments);

    public readonly Option<Uri?> BaseAddress = new("--base-address")
    {
        Description = "Send API commands to this base address (e.g. the one 'hero fake serve' printed); implies --env local unless --env says otherwise",
        HelpName = "url",
        CustomParser = result => Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var uri)
            ? uri
            : Fail<Uri?>(result, "--base-address must be an absolute URL such as http://127.0.0.1:5080/."),
    };

    public readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "Avoid: a command line is visible to other users (ps, shell history). Prefer HERO_API_KEY in the environment",
        HelpName = "key",
    };

    public readonly Option<string?> PracticeGroup = new("--practice-group")
    {
        Description = "The practice group to act for (else HERO_PRACTICE_GROUP_ID; the fake's first group for fake and local)",
        HelpName = "id",
    };

    /// <summary>
    /// The target options, on the root and on every API command, so they go before or after the command (<c>hero --env
    /// staging me</c> and <c>hero me --env staging</c>) as tools with a global target usually do; commands that call no
    /// API do not list them, and refuse them before the command.
    /// </summary>
    public IEnumerable<Option> Target => [Env, BaseAddress, ApiKey, PracticeGroup];

    public static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', values) };
        option.CompletionSources.Add(values);
        option.Validators.Add(OneOf<OptionResult>(name, values, StringComparer.Ordinal));
        return option;
    }

    /// <summary>
    /// Accepts only <paramref name="values"/>, with a one-line error naming them (the library's own lists the values on
    /// separate lines). For options and arguments alike; add the values as completions beside it.
    /// </summary>
    public static Action<T> OneOf<T>(string label, string[] values, StringComparer comparer)
        where T : SymbolResult => result =>
    {
        if (result.Tokens is [{ } token] && !values.Contains(token.Value, comparer))
        {
            result.AddError($"{label} must be {string.Join(", ", values[..^1])} or {values[^1]}, not '{token.Value}'.");
        }
    };

    public static Option<string> Required(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, Required = true };

    public static Option<DateOnly?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Required = required,
        CustomParser = result => DateOnly.TryParseExact(result.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : Fail<DateOnly?>(result, $"{name} must be a date as yyyy-MM-dd, not '{result.Tokens[0].Value}'."),
    };

    public static Option<int?> WholeNumber(string name, string description, int minimum, int maximum = int.MaxValue) => new(name)
    {
        Description = description,
        HelpName = "n",
        CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : Fail<int?>(result, $"{name} must be a whole number from {minimum} to {maximum}, not '{result.Tokens[0].Value}'."),
    };

    private static T? Fail<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
