namespace HeroHealth.Cli;

/// <summary>A failure the user can act on: printed as one line (JSON under <c>--json</c>), no stack trace.</summary>
/// <param name="message">What went wrong and what to do.</param>
/// <param name="exitCode"><see cref="HeroCli.Usage"/> for a mistake in the command line, <see cref="HeroCli.Failed"/> otherwise.</param>
internal sealed class CliException(string message, int exitCode = HeroCli.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
