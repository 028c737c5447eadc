using System.Runtime.Loader;
using HeroHealth.Client.Tests.Support;
using PublicApiGenerator;

namespace HeroHealth.Client.Tests.Build;

/// <summary>
/// The public surface of each package, per target framework, as C# declarations with nullability (PublicApiGenerator,
/// like Azure's api/*.net8.0.cs): committed in api/, reviewed with any surface change, and failing here until
/// refreshed on purpose (UPDATE_API_SNAPSHOT=1).
/// </summary>
[TestFixture]
public class PublicApiFileTests
{
    private static readonly string[] Packages = ["HeroHealth.Client", "HeroHealth.Client.Testing", "HeroHealth.Client.AspNetCore", "HeroHealth.Client.Webhooks.PostgreSql", "HeroHealth.Client.Webhooks.Redis"];
    private static readonly string[] Frameworks = ["net8.0", "net10.0"];

    // The client alone also ships netstandard2.0 (for .NET Framework); its surface differs where dates are DateTime there.
    private static IEnumerable<TestCaseData> Cases() =>
        Packages.SelectMany(p => Frameworks.Select(f => (p, f))).Append(("HeroHealth.Client", "netstandard2.0"))
            .Select(c => new TestCaseData(c.Item1, c.Item2).SetName($"Public_api_of_{c.Item1}_on_{c.Item2}_matches_its_api_file"));

    [TestCaseSource(nameof(Cases))]
    public void Public_api_matches_the_committed_file(string package, string framework)
    {
        var dll = BuildOutput.Of(package, framework, package + ".dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is missing: the test project builds both frameworks of each package");

        var context = new AssemblyLoadContext($"{package}-{framework}", isCollectible: true);
        string actual;
        try
        {
            actual = context.LoadFromAssemblyPath(dll).GeneratePublicApi(new ApiGeneratorOptions
            {
                IncludeAssemblyAttributes = false,
                // The registration extensions live in Microsoft's namespaces by convention; the generator skips those unless allowed.
                AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"],
            })
                .Replace("\r", "", StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }

        var path = Path.Combine(BuildOutput.Repo, "api", $"{package}.{framework}.cs");
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.That(File.Exists(path), Is.True, $"api/{package}.{framework}.cs is missing: run the tests once with UPDATE_API_SNAPSHOT=1 and commit it.");
        var expected = File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal);
        if (expected != actual)
        {
            var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            var diff = after.Except(before).Select(l => "+ " + l).Concat(before.Except(after).Select(l => "- " + l)).Take(60);
            Assert.Fail($"The public API of {package} on {framework} changed. If intended, rerun with UPDATE_API_SNAPSHOT=1 and commit api/{package}.{framework}.cs.\n" + string.Join('\n', diff));
        }
    }
}
