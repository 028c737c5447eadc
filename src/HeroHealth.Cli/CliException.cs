namespace HeroHealth.Cli;

/// <summary>A user mistake: printed as one line, exit code 2, no stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
