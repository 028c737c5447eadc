namespace HeroHealth.Cli.Commands;

/// <summary>What <c>hero request</c> was asked to send.</summary>
internal sealed record RequestInput(string Method, string Path, IReadOnlyList<string> Arguments, IReadOnlyList<string> Query, string? Body, bool SafeToRepeat);
