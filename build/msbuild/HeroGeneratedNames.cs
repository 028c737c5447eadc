// Compiled by RoslynCodeTaskFactory (see src/HeroHealth.Client/HeroHealth.Client.csproj).
// NSwag keeps Hero's wire names as C# identifiers ("Practice_GroupClient", "Start_time", "location_ids",
// "ENRICHMENT_ERROR"). This pass rewrites identifiers only (never JSON names, which live in string literals),
// so the generated surface reads like .NET while the wire format stays exactly Hero's.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

public class HeroGeneratedNames : Microsoft.Build.Utilities.Task
{
    [Microsoft.Build.Framework.Required]
    public string File { get; set; } = "";

    public override bool Execute()
    {
        var text = System.IO.File.ReadAllText(File);
        var result = Apply(text);
        if (result != text)
        {
            System.IO.File.WriteAllText(File, result, new UTF8Encoding(false));
        }
        return true;
    }

    public static string Pascal(string name)
    {
        var parts = name.Split(new[] { '_', '-', '.', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            // "ENRICHMENT" -> "Enrichment"; "nhsApp" keeps its inner capitals.
            var p = part.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? part.ToLowerInvariant() : part;
            sb.Append(char.ToUpperInvariant(p[0])).Append(p, 1, p.Length - 1);
        }
        return sb.Length == 0 ? name : sb.ToString();
    }

    public static string Camel(string name)
    {
        var p = Pascal(name);
        return char.ToLowerInvariant(p[0]) + p.Substring(1);
    }

    public static string Apply(string text)
    {
        // 3. Enum members: "ENRICHMENT_ERROR = 1," / "In_progress = 2," -> EnrichmentError / InProgress.
        text = Regex.Replace(text, @"(?m)^([ \t]+)([A-Za-z_][A-Za-z0-9_]*)( = \d+,)[ \t]*$", m =>
        {
            var name = m.Groups[2].Value;
            var renamed = name.StartsWith("_", StringComparison.Ordinal) ? name : Pascal(name);
            return m.Groups[1].Value + renamed + m.Groups[3].Value;
        });

        return text;
    }
}
