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
        // 1. Client classes and interfaces named from tags with spaces: Practice_GroupClient -> PracticeGroupClient.
        text = Regex.Replace(text, @"\b(I?)([A-Z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+)Client\b",
            m => m.Groups[1].Value + Pascal(m.Groups[2].Value) + "Client");

        // 2. DTO properties: "public string? Start_time { get; set; }" -> StartTime. A property named like its
        //    class (AccessToken.access_token; NSwag's "Capabilities1") becomes Value: C# forbids the clash.
        var classes = Regex.Matches(text, @"public partial class (\w+)").Cast<Match>().ToList();
        var output = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= classes.Count; i++)
        {
            var end = i < classes.Count ? classes[i].Index : text.Length;
            var owner = i == 0 ? null : classes[i - 1].Groups[1].Value;
            var block = text.Substring(start, end - start);
            block = Regex.Replace(block, @"(public [^\s(]+ )([A-Z][A-Za-z0-9]*_[A-Za-z0-9_]*|[A-Z][A-Za-z0-9]*1)( \{ get; set; \})", m =>
            {
                var name = m.Groups[2].Value;
                var renamed = name.Contains('_') ? Pascal(name) : name;
                if (owner != null && (renamed == owner || renamed == owner + "1"))
                {
                    renamed = block.Contains(" Value { get; set; }") ? owner + "Value" : "Value";
                }
                return m.Groups[1].Value + renamed + m.Groups[3].Value;
            });
            output.Append(block);
            start = end;
        }
        text = output.ToString();

        // 3. Enum members: "ENRICHMENT_ERROR = 1," / "In_progress = 2," -> EnrichmentError / InProgress.
        text = Regex.Replace(text, @"(?m)^([ \t]+)([A-Za-z_][A-Za-z0-9_]*)( = \d+,)[ \t]*$", m =>
        {
            var name = m.Groups[2].Value;
            var renamed = name.StartsWith("_", StringComparison.Ordinal) ? name : Pascal(name);
            return m.Groups[1].Value + renamed + m.Groups[3].Value;
        });

        // 4. Method parameters (snake_case in Hero's query strings) -> camelCase identifiers.
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match sig in Regex.Matches(text, @"Async\(([^)]*)\)"))
        {
            foreach (Match p in Regex.Matches(sig.Groups[1].Value, @"\b([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])\b(?= = |,|$)"))
            {
                parameters.Add(p.Groups[1].Value);
            }
        }
        foreach (var p in parameters.OrderByDescending(p => p.Length))
        {
            var camel = Camel(p);
            text = text.Replace("<param name=\"" + p + "\">", "<param name=\"" + camel + "\">");
            // Whole identifier, not inside a string literal such as EscapeDataString("page_index").
            text = Regex.Replace(text, "(?<![\"\\w])" + Regex.Escape(p) + "(?![\"\\w])", camel);
        }
        // 5. Tell the pipeline which operation each request is (operationId, method, path template, client), so
        //    retries, errors, logs and traces name the operation and never need the concrete URL with its ids.
        text = AttachOperations(text);
        return text;
    }

    private static string AttachOperations(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length + 16384);
        string client = "", method = "", verb = "";
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
            Match m;
            if ((m = Regex.Match(line, @"public partial class (\w+Client) :")).Success)
            {
                client = m.Groups[1].Value;
            }
            else if ((m = Regex.Match(line, @"public virtual async [^(]*? (\w+)Async\(")).Success)
            {
                method = m.Groups[1].Value;
            }
            else if ((m = Regex.Match(line, @"request_\.Method = new System\.Net\.Http\.HttpMethod\(""(\w+)""\);")).Success)
            {
                verb = m.Groups[1].Value;
            }
            else if ((m = Regex.Match(line, @"^(\s*)// Operation Path: ""([^""]*)""")).Success)
            {
                var operationId = char.ToLowerInvariant(method[0]) + method.Substring(1);
                sb.Append(m.Groups[1].Value)
                  .Append("HeroHealth.Client.Http.HeroOperation.Attach(request_, \"").Append(operationId).Append("\", \"")
                  .Append(verb).Append("\", \"").Append(m.Groups[2].Value).Append("\", \"").Append(client).Append("\");\n");
            }
        }
        sb.Length--; // the split/append pair adds one trailing newline
        return sb.ToString();
    }
}
