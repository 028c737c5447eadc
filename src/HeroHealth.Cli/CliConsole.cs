namespace HeroHealth.Cli;

/// <summary>What a run of <c>hero</c> writes to and reads from: its streams, environment and whether a person is watching.</summary>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where errors go.</param>
/// <param name="Environment">Reads environment variables.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal (colour is used only then).</param>
/// <param name="OutIsTerminal">Whether <paramref name="Out"/> is a terminal (colour is used only then).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<string, string?> Environment, bool OutIsTerminal = false, bool ErrorIsTerminal = false)
{
    /// <summary>The process's own console, colour decided by the terminal and <c>NO_COLOR</c>.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, global::System.Environment.GetEnvironmentVariable, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    // https://no-color.org: any non-empty NO_COLOR turns colour off; so does a terminal that says it cannot show it.
    private bool ColorAllowed => string.IsNullOrEmpty(Environment("NO_COLOR")) && Environment("TERM") != "dumb";

    public bool OutColor => OutIsTerminal && ColorAllowed;

    public bool ErrorColor => ErrorIsTerminal && ColorAllowed;

    /// <summary>The values this run may send to Hero, masked in every error it prints.</summary>
    public SentValues Sent { get; set; } = SentValues.From([], _ => null);
}
