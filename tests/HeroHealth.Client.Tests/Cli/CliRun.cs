using System.Globalization;
using HeroHealth.Cli;

namespace HeroHealth.Client.Tests.Cli;

/// <summary>Runs the <c>hero</c> command in-process with captured output and no environment variables.</summary>
public static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = await HeroCli.RunAsync(args, stdout, stderr, _ => null, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
