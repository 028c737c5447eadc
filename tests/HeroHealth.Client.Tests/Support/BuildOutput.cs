using HeroHealth.SpecTool;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Where the repository's projects put their builds, in the configuration this test assembly was built in.</summary>
public static class BuildOutput
{
    public static string Repo { get; } = UpdateSpecCommand.FindRepo(AppContext.BaseDirectory)!;

    // This assembly runs from tests/…/bin/<Configuration>/net10.0/; the projects it builds use the same configuration.
    private static readonly string Configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)))!;

    /// <summary>The built <paramref name="file"/> of <c>src/<paramref name="project"/></c> for <paramref name="framework"/>.</summary>
    public static string Of(string project, string framework, string file) => Path.Combine(Repo, "src", project, "bin", Configuration, framework, file);
}
