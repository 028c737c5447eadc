using System.Diagnostics;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// The packed packages consumed from a local folder feed by fresh projects outside the repository
/// (build/consumer-smoke, tests/consumer/README.md): a console quick start on net10.0 and net8.0 (pinning
/// Microsoft.Extensions 8.0.x), an ASP.NET Core app receiving webhooks with HeroHealth.Client.AspNetCore, an NUnit project,
/// a netstandard2.0 library whose tests run the package's netstandard2.0 asset, and the hero tool installed from the feed.
/// </summary>
[TestFixture]
public class ConsumerSmokeTests
{
    [Test]
    [CancelAfter(600_000)]
    public async Task Fresh_projects_restore_build_and_run_against_the_packed_packages(CancellationToken cancellationToken)
    {
        var repo = FindRepo();
        var results = Path.Combine(Path.GetTempPath(), "hero-consumer-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("bash", [Path.Combine(repo, "build", "consumer-smoke"), results])
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout + await stderr;
        TestContext.Out.WriteLine(output);

        Assert.That(process.ExitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("quickstart ok on .NET").And.Contain("(.NETCoreApp,Version=v8.0)").And.Contain("(.NETCoreApp,Version=v10.0)"));
        Assert.That(output, Does.Contain("webhooks ok: appointment"));
        if (!output.Contains("PostgreSQL is not installed", StringComparison.Ordinal))
        {
            Assert.That(output, Does.Contain("postgres store ok: appointment").And.Contain("handled once"), "the PostgreSQL store from the packed package");
        }
        Assert.That(output, Does.Contain("Passed!  - Failed:     0, Passed:     2"));
        Assert.That(output, Does.Contain("packages ok (readme, icon, symbols, netstandard2.0 asset; no pack warnings)"));
        Assert.That(output, Does.Contain("Passed!  - Failed:     0, Passed:     1, Skipped:     0, Total:     1").And.Contain("NetStandardTests.dll"), "the netstandard2.0 asset ran in a user's tests");
        Assert.That(output, Does.Contain("the hero tool installed from the feed"));
        Assert.That(output, Does.EndWith("consumer-smoke: ok\n"));

        // The run's one-off version is not left behind in the global packages folder.
        var version = System.Text.RegularExpressions.Regex.Match(output, @"packing (1\.0\.0-smoke\.\d+) into").Groups[1].Value;
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Assert.That(version, Is.Not.Empty);
        Assert.That(Directory.Exists(Path.Combine(cache, "herohealth.client", version)), Is.False, $"{version} was removed from {cache}");
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeroHealth.Client.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
