using System.Text.RegularExpressions;

using ReadmeExamples;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>The snippets of the README and the guide (docs/guide.md) are the compiled regions of ReadmeSnippets.cs, word for word.</summary>
[TestFixture]
public partial class ReadmeSnippetsTests
{
    [TestCase("usings")]
    [TestCase("plain")]
    [TestCase("di")]
    [TestCase("practice-groups")]
    [TestCase("errors")]
    [TestCase("send-once")]
    [TestCase("task-patient")]
    [TestCase("task-message")]
    [TestCase("task-booking")]
    [TestCase("task-book-protocol")]
    [TestCase("task-links")]
    [TestCase("task-token")]
    [TestCase("task-webhooks")]
    [TestCase("task-webhooks-receive")]
    [TestCase("task-webhooks-handler")]
    [TestCase("task-webhooks-instances")]
    [TestCase("task-webhooks-inbox")]
    [TestCase("task-paging")]
    [TestCase("quickstart", "Quickstart.cs")]
    public void Readme_shows_the_compiled_snippet(string name, string file = "ReadmeSnippets.cs")
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "snippets", file));
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "snippets", "README.md"))
            + "\n" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "snippets", "guide.md"));
        var region = Regex.Match(source, "#region snippet: " + Regex.Escape(name) + @"\r?\n(?<body>.*?)\r?\n\s*#endregion", RegexOptions.Singleline);
        Assert.That(region.Success, Is.True, "region " + name);

        var expected = Dedent(region.Groups["body"].Value);
        var block = Regex.Match(readme, "<!-- snippet: " + Regex.Escape(name) + @" -->\r?\n```csharp\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline);
        Assert.That(block.Success, Is.True, "README or guide block " + name);
        Assert.That(block.Groups["body"].Value.Replace("\r", "", StringComparison.Ordinal), Is.EqualTo(expected));
    }

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
