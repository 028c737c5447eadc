using System.Text;

namespace HeroHealth.Client.Tests.Support;

/// <summary>How Hero's wire names appear in the generated C# (the rule users rely on).</summary>
public static class Naming
{
    public static string Pascal(string name)
    {
        var sb = new StringBuilder();
        foreach (var part in name.Split(['_', '-', '.', ' ', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            var p = part.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? part.ToLowerInvariant() : part;
            sb.Append(char.ToUpperInvariant(p[0])).Append(p, 1, p.Length - 1);
        }

        return sb.ToString();
    }

    public static string Camel(string name)
    {
        var p = Pascal(name);
        return char.ToLowerInvariant(p[0]) + p[1..];
    }

    /// <summary>The generated client class for a tag: "Practice Group" -> PracticeGroupClient.</summary>
    public static string ClientName(string tag) => Pascal(tag) + "Client";
}
