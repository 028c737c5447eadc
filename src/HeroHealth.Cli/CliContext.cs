using System.CommandLine;

namespace HeroHealth.Cli;

/// <summary>What a command's code gets: the parsed line, where its output goes, and the console it runs in.</summary>
internal sealed record CliContext(ParseResult Parse, CliOutput Output, CliConsole Console);
