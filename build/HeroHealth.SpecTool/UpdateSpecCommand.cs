using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace HeroHealth.SpecTool;

/// <summary>
/// <c>build/update-spec [--url U | --file F] [--repo DIR] [--report FILE] [--fail-on-breaking] [--no-build] [--framework TFM]</c>.
/// Exit codes: 0 done, 1 failed (fetch, parse, build), 2 breaking changes (with <c>--fail-on-breaking</c>, or whenever
/// the rebuild fails on them), 64 usage. An input equal to the committed description writes nothing.
/// </summary>
public static partial class UpdateSpecCommand
{
    /// <summary>Hero's published bundle.</summary>
    public const string DefaultUrl = "https://developer.herohealth.net/_bundle/apis/public-api/openapi.yaml";

    /// <summary>Runs the command.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where progress and errors go.</param>
    /// <param name="cancellationToken">Cancels fetch and build.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await stderr.WriteLineAsync("update-spec: " + ex.Message);
            return 64;
        }

        var repo = options.Repo ?? FindRepo(Directory.GetCurrentDirectory());
        if (repo is null)
        {
            await stderr.WriteLineAsync("update-spec: run inside the repository or pass --repo (HeroHealth.Client.sln not found).");
            return 64;
        }

        var specPath = Path.Combine(repo, "openapi", "hero-public-api.yaml");
        string text;
        Provenance source;
        try
        {
            if (options.File is { } file)
            {
                text = await File.ReadAllTextAsync(file, cancellationToken);
                source = new Provenance("file", Path.GetFileName(file), Sha256(text));
            }
            else
            {
                var url = new Uri(options.Url ?? DefaultUrl);
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                text = await http.GetStringAsync(url, cancellationToken);
                source = new Provenance("url", url.AbsoluteUri, Sha256(text));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or UriFormatException or TaskCanceledException)
        {
            await stderr.WriteLineAsync($"update-spec: could not read the description: {ex.Message}");
            return 1;
        }

        JObject incoming, committed;
        List<string> notes;
        try
        {
            incoming = SpecYaml.Parse(text);
            notes = SpecNormalizer.Normalize(incoming);
            committed = SpecYaml.Parse(await File.ReadAllTextAsync(specPath, cancellationToken));
            SpecNormalizer.Normalize(committed);
        }
        catch (Exception ex) when (ex is FormatException or YamlDotNet.Core.YamlException or Newtonsoft.Json.JsonException)
        {
            await stderr.WriteLineAsync($"update-spec: the description cannot be read: {ex.Message}");
            return 1;
        }

        CarrySdkSteering(committed, incoming);

        // The committed description fed back in (or any input equal to it) leaves openapi/ byte-identical: nothing to
        // write, nothing to rebuild.
        if (JToken.DeepEquals(WithoutProvenance(incoming), WithoutProvenance(committed)))
        {
            var same = Report(source, [], notes, [], null) + "The input equals openapi/hero-public-api.yaml: nothing was written.\n";
            await stdout.WriteAsync(same);
            if (options.ReportFile is { } sameReport)
            {
                await File.WriteAllTextAsync(sameReport, same, cancellationToken);
            }

            return 0;
        }

        MarkPublished(incoming, source);
        var changes = SpecDiff.Compare(committed, incoming);
        var unreconciled = FacadeUses(repo, changes);

        await File.WriteAllTextAsync(specPath, Header(source) + SpecYaml.Write(incoming), new UTF8Encoding(false), cancellationToken);
        UpdateInventory(repo, incoming);

        string? buildResult = null;
        if (!options.NoBuild)
        {
            await stderr.WriteLineAsync("update-spec: rebuilding src/HeroHealth.Client …");
            buildResult = await BuildAsync(repo, options.Framework, cancellationToken);
        }

        var report = Report(source, changes, notes, unreconciled, buildResult);
        await stdout.WriteAsync(report);
        if (options.ReportFile is { } reportFile)
        {
            await File.WriteAllTextAsync(reportFile, report, cancellationToken);
        }

        // Breaking changes decide the exit code before the build does: a rebuild that fails on them is the expected
        // consequence, and 2 tells the workflow what kind of pull request this is.
        var breaking = changes.Any(c => c.Breaking);
        var buildFailed = buildResult is not null && !buildResult.StartsWith("succeeded", StringComparison.Ordinal);
        if (breaking && (options.FailOnBreaking || buildFailed))
        {
            return 2;
        }

        return buildFailed ? 1 : 0;
    }

    /// <summary>The repository root above <paramref name="start"/> (the folder holding HeroHealth.Client.sln).</summary>
    /// <param name="start">Where to start looking.</param>
    /// <returns>The root, or null.</returns>
    public static string? FindRepo(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeroHealth.Client.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string Header(Provenance source) =>
        "# Hero Health Public API -- OpenAPI 3.0.3 description used to generate HeroHealth.Client.\n"
        + $"# Written by build/update-spec from {source} (normalised for NSwag; see openapi/README.md).\n";

    /// <summary>
    /// An input without confidence marks is taken as Hero's own description (authoritative: high confidence), and the
    /// description records what it was written from: a URL or a local file, and the input's SHA-256.
    /// </summary>
    private static void MarkPublished(JObject incoming, Provenance source)
    {
        foreach (var op in SpecDiff.Operations(incoming).Values)
        {
            op["x-hero-confidence"] ??= "high";
        }

        if (incoming["info"] is JObject info)
        {
            info["x-hero-source"] = new JObject { ["kind"] = source.Kind, ["location"] = source.Location, ["sha256"] = source.Sha256 };
        }
    }

    /// <summary>
    /// Keeps the SDK's own steering, which Hero's bundle will not carry: the area names of <c>HeroHealthClient</c>
    /// (<c>x-hero-sdk-areas</c>) and, per operation (same method and path), the idempotency judgement, the functional
    /// area and the page item (only where its schema exists in the new description). What the input states wins.
    /// </summary>
    /// <param name="committed">The description in openapi/ now.</param>
    /// <param name="incoming">The new description, changed in place.</param>
    public static void CarrySdkSteering(JObject committed, JObject incoming)
    {
        if (incoming["x-hero-sdk-areas"] is null && committed["x-hero-sdk-areas"] is { } areas)
        {
            incoming["x-hero-sdk-areas"] = areas.DeepClone();
        }

        var schemas = incoming.SelectToken("components.schemas") as JObject;
        var before = SpecDiff.Operations(committed);
        foreach (var (key, op) in SpecDiff.Operations(incoming))
        {
            if (!before.TryGetValue(key, out var previous))
            {
                continue;
            }

            foreach (var name in SteeringKeys)
            {
                if (op[name] is null && previous[name] is { } value
                    && (name != "x-hero-page-item" || (string?)value == "any" || schemas?[(string)value!] is not null))
                {
                    op[name] = value.DeepClone();
                }
            }
        }
    }

    private static readonly string[] SteeringKeys =
        ["x-hero-idempotent", "x-hero-idempotent-reason", "x-hero-functional-area", "x-hero-functional-area-inferred", "x-hero-page-item"];

    private static JObject WithoutProvenance(JObject spec)
    {
        var copy = (JObject)spec.DeepClone();
        (copy["info"] as JObject)?.Remove("x-hero-source");
        return copy;
    }

    private static string Sha256(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>What a description was written from.</summary>
    private sealed record Provenance(string Kind, string Location, string Sha256)
    {
        public override string ToString() => $"{Kind} {Location} (sha256 {Sha256})";
    }

    /// <summary>Removed or renamed operations that hand-written code still calls: the build will tell, this names them.</summary>
    private static List<string> FacadeUses(string repo, List<ApiChange> changes)
    {
        var gone = changes.Where(c => c.Kind is "Operation removed" or "operationId renamed (generated method renamed)")
            .Select(c => OperationIdPattern().Match(c.Kind == "Operation removed" ? c.Subject : c.Detail!.Split(" → ")[0] + ")"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        var result = new List<string>();
        var source = Path.Combine(repo, "src");
        if (gone.Count == 0 || !Directory.Exists(source))
        {
            return result;
        }

        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        foreach (var id in gone)
        {
            var method = char.ToUpperInvariant(id[0]) + id[1..] + "Async(";
            var hits = files.Where(f => File.ReadAllText(f).Contains("." + method, StringComparison.Ordinal) || File.ReadAllText(f).Contains("\"" + id + "\"", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(repo, f).Replace('\\', '/'))
                .ToList();
            if (hits.Count > 0)
            {
                result.Add($"`{id}` is gone from Hero's description but hand-written code uses it: {string.Join(", ", hits)}");
            }
        }

        return result;
    }

    private static string YesNo(JToken? flag) => (bool?)flag == true ? "yes" : "no";

    private static void UpdateInventory(string repo, JObject spec)
    {
        var path = Path.Combine(repo, "openapi", "operations.md");
        if (!File.Exists(path))
        {
            return;
        }

        var text = File.ReadAllText(path);
        var rows = SpecDiff.Operations(spec)
            .Select(o => (Method: o.Key.Split(' ')[0], Path: o.Key.Split(' ', 2)[1], Op: o.Value))
            .OrderBy(r => (string?)r.Op["tags"]?[0], StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .Select(r => $"| {r.Method} | `{r.Path}` | {r.Op["operationId"]} | {r.Op["tags"]?[0]} | {r.Op["x-hero-confidence"]} | {YesNo(r.Op["x-hero-inferred-operation-id"])} | {YesNo(r.Op["x-hero-inferred-path"])} |");
        var table = "| Method | Path | operationId | Tag | Confidence | Inferred id | Inferred path |\n|---|---|---|---|---|---|---|\n" + string.Join('\n', rows) + "\n";
        var start = text.IndexOf("| Method | Path | operationId", StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            return;
        }

        text = text[..start] + table + text[end..];

        // Operations that were known-but-undescribed and now exist leave that list.
        var ids = SpecDiff.Operations(spec).Values.Select(o => (string?)o["operationId"]).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n').Where(line => !(line.StartsWith("| ", StringComparison.Ordinal) && line.Split('|') is { Length: > 5 } cells
            && text.IndexOf(line, StringComparison.Ordinal) > text.IndexOf("## Known but not described", StringComparison.Ordinal)
            && ids.Contains(cells[4].Trim())));
        File.WriteAllText(path, WithCounts(string.Join('\n', lines), spec), new UTF8Encoding(false));
    }

    /// <summary>
    /// The inventory's summary counts, derived from the description and the inventory's own tables (never typed by hand):
    /// operations described, how many of their paths were inferred, and how many are known but not described.
    /// </summary>
    public static string WithCounts(string inventory, JObject spec)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var operations = SpecDiff.Operations(spec).Values.ToList();
        var inferred = operations.Count(o => (bool?)o["x-hero-inferred-path"] == true);
        var known = inventory.IndexOf("## Known but not described", StringComparison.Ordinal);
        var knownRows = known < 0 ? 0 : inventory[known..].Split('\n').Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Tag |", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal));
        inventory = DescribedCount().Replace(inventory, $"- Described: {operations.Count} operations (method and path known, {inferred} of them inferred: see the last column).", 1);
        return KnownCount().Replace(inventory, $"- Known but not described: {knownRows} (method or path unknown: not invented).", 1);
    }

    [GeneratedRegex(@"^- Described: .*$", RegexOptions.Multiline)]
    private static partial Regex DescribedCount();

    [GeneratedRegex(@"^- Known but not described: .*$", RegexOptions.Multiline)]
    private static partial Regex KnownCount();

    private static async Task<string> BuildAsync(string repo, string? framework, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "build", "src/HeroHealth.Client/HeroHealth.Client.csproj", "-nologo", "-v:q" })
        {
            info.ArgumentList.Add(arg);
        }

        if (framework is not null)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add(framework);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var log = await output + await errors;
        if (process.ExitCode == 0)
        {
            return "succeeded";
        }

        var firstErrors = log.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(15);
        return "failed:\n" + string.Join('\n', firstErrors.Select(l => "    " + l.Trim()));
    }

    private static string Report(Provenance source, List<ApiChange> changes, List<string> notes, List<string> unreconciled, string? build)
    {
        var sb = new StringBuilder();
        var breaking = changes.Where(c => c.Breaking).ToList();
        var safe = changes.Where(c => !c.Breaking).ToList();
        sb.AppendLine("# Hero Health Public API: changes");
        sb.AppendLine();
        sb.AppendLine("Source: " + source);
        sb.AppendLine();
        sb.AppendLine(changes.Count == 0
            ? "No API changes."
            : $"**{breaking.Count} breaking**, {safe.Count} non-breaking change(s) for SDK users.");
        sb.AppendLine();
        if (breaking.Count > 0)
        {
            sb.AppendLine("## Breaking");
            sb.AppendLine();
            breaking.ForEach(c => sb.AppendLine(c.ToMarkdown()));
            sb.AppendLine();
        }

        if (safe.Count > 0)
        {
            sb.AppendLine("## Non-breaking");
            sb.AppendLine();
            safe.ForEach(c => sb.AppendLine(c.ToMarkdown()));
            sb.AppendLine();
        }

        if (unreconciled.Count > 0)
        {
            sb.AppendLine("## To reconcile by hand");
            sb.AppendLine();
            unreconciled.ForEach(u => sb.AppendLine("- " + u));
            sb.AppendLine();
        }

        if (notes.Count > 0)
        {
            sb.AppendLine("## Normalisation for NSwag");
            sb.AppendLine();
            notes.ForEach(n => sb.AppendLine("- " + n));
            sb.AppendLine();
        }

        if (build is not null)
        {
            sb.AppendLine("Build of the regenerated client: " + build);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\((\w+)\)$")]
    private static partial Regex OperationIdPattern();

    private sealed record Options(string? Url, string? File, string? Repo, string? ReportFile, bool FailOnBreaking, bool NoBuild, string? Framework)
    {
        public static Options Parse(string[] args)
        {
            string? url = null, file = null, repo = null, report = null, framework = null;
            bool failOnBreaking = false, noBuild = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--url": url = Next(); break;
                    case "--file": file = Next(); break;
                    case "--repo": repo = Next(); break;
                    case "--report": report = Next(); break;
                    case "--framework": framework = Next(); break;
                    case "--fail-on-breaking": failOnBreaking = true; break;
                    case "--no-build": noBuild = true; break;
                    default: throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: update-spec [--url U | --file F] [--repo DIR] [--report FILE] [--fail-on-breaking] [--no-build] [--framework TFM]");
                }
            }

            if (url is not null && file is not null)
            {
                throw new ArgumentException("Use --url or --file, not both.");
            }

            return new Options(url, file, repo is null ? null : Path.GetFullPath(repo), report, failOnBreaking, noBuild, framework);
        }
    }
}
