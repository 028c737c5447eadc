using System.Text.RegularExpressions;
using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Spec;

/// <summary>The OpenAPI description itself: complete, consistent with the committed inventory, generator-ready.</summary>
[TestFixture]
public partial class SpecDocumentTests
{
    private static readonly string[] KnownTags =
    [
        "Admin", "Booking", "Booking - HCA", "Episode", "Form", "Form Response", "Invoicing", "Links", "Messages",
        "Partners", "Patients", "Practice Group", "Prescription", "Short Links", "Subscriptions", "Task", "Webhooks",
    ];

    [Test]
    public void Document_is_OpenAPI_3_0_with_the_three_Hero_environments()
    {
        var doc = OpenApiSpec.Document;
        Assert.That((string?)doc["openapi"], Is.EqualTo("3.0.3"));
        var servers = doc["servers"]!.Select(s => (string)s["url"]!).ToList();
        Assert.That(servers, Is.EqualTo(new[]
        {
            "https://developer.herohealth.net/_mock/apis/public-api/openapi",
            "https://api.staging.htech.app",
            "https://api.herohealth.net",
        }));
    }

    [Test]
    public void Paths_hero_never_showed_are_flagged_and_say_so_in_their_description()
    {
        // The facts say these five methods/paths were reasoned out, not seen on Hero's pages.
        var flagged = OpenApiSpec.Operations.Where(o => o.Node["x-hero-inferred-path"] is not null).ToList();

        Assert.That(flagged.Select(o => o.OperationId), Is.EquivalentTo(new[] { "listAppointments", "listSlots", "listWebhooks", "listPatients", "deleteWebhook" }));
        foreach (var op in flagged)
        {
            Assert.That((bool?)op.Node["x-hero-inferred-path"], Is.True, op.OperationId);
            Assert.That((string?)op.Node["description"], Does.Contain("Method and path inferred, not shown by Hero's docs"), $"{op.OperationId}: the generated remarks say so");
        }
    }

    [Test]
    public void Every_paged_list_has_a_generated_ListAll_except_the_one_Hero_documents_as_a_single_object()
    {
        var listAll = typeof(HeroHealthClient).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods())
            .Where(m => m.Name.StartsWith("ListAll", StringComparison.Ordinal))
            .Select(m => m.Name)
            .ToHashSet();
        var paged = OpenApiSpec.Operations.Where(o => o.Parameters.Any(p => (string?)p["name"] == "page_index")).ToList();

        Assert.That(paged, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var op in paged)
        {
            if (op.OperationId == "listBatchMessages")
            {
                Assert.That(op.Node["x-hero-page-item"], Is.Null, "its documented answer is one BatchMessage, not a list");
                continue;
            }

            Assert.That(op.Node["x-hero-page-item"], Is.Not.Null, op.OperationId);
            Assert.That(listAll, Does.Contain("ListAll" + op.OperationId["list".Length..].Substring(0, 1).ToUpperInvariant() + op.OperationId["list".Length..][1..] + "Async"), op.OperationId);
        }
    }

    [Test]
    public void Every_operation_takes_its_functional_area_from_the_description()
    {
        var generated = GeneratedOperations.All.ToDictionary(o => o.OperationId);
        foreach (var op in OpenApiSpec.Operations)
        {
            var area = (string?)op.Node["x-hero-functional-area"];
            Assert.That(area, Is.Not.Null.And.Not.Empty, $"{op.OperationId} names its area");
            Assert.That(generated[op.OperationId].FunctionalArea, Is.EqualTo(area), op.OperationId);
            // Hero's intro names three areas; any other is the description's grouping and says so.
            Assert.That((bool?)op.Node["x-hero-functional-area-inferred"] == true, Is.EqualTo(area is not ("messaging" or "booking" or "booking links")), op.OperationId);
        }
    }

    [Test]
    public void Operations_marked_safe_to_repeat_are_the_ones_the_pipeline_retries()
    {
        var marked = OpenApiSpec.Operations.Where(o => (bool?)o.Node["x-hero-idempotent"] == true).ToList();

        Assert.That(marked.Select(o => o.OperationId), Is.EquivalentTo(GeneratedOperations.All.Where(o => o.Method is "POST" or "PATCH" && o.IsIdempotent).Select(o => o.OperationId)));
        foreach (var op in marked)
        {
            Assert.That(op.Method, Is.AnyOf("POST", "PATCH"), $"{op.OperationId}: only non-idempotent methods need the mark");
            Assert.That((string?)op.Node["x-hero-idempotent-reason"], Is.Not.Null.And.Not.Empty, $"{op.OperationId} says why");
        }
    }

    [Test]
    public void Both_security_schemes_are_header_api_keys()
    {
        var schemes = (JObject)OpenApiSpec.Document.SelectToken("components.securitySchemes")!;
        Assert.That((string?)schemes.SelectToken("apiKeyAuth.name"), Is.EqualTo("x-api-key"));
        Assert.That((string?)schemes.SelectToken("apiKeyAuth.in"), Is.EqualTo("header"));
        Assert.That((string?)schemes.SelectToken("practiceGroupId.name"), Is.EqualTo("x-practice-group-id"));
        Assert.That((string?)schemes.SelectToken("practiceGroupId.in"), Is.EqualTo("header"));
    }

    [Test]
    public void Every_operation_has_id_tag_security_success_response_and_confidence()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in OpenApiSpec.Operations)
        {
            Assert.That(op.OperationId, Does.Match("^[a-z][A-Za-z0-9]+$"), $"{op.Method} {op.Path}: camelCase operationId");
            Assert.That(ids.Add(op.OperationId), Is.True, $"{op.OperationId} is unique");
            Assert.That(KnownTags, Does.Contain(op.Tag), $"{op.OperationId}: tag as Hero names it");
            var security = (JArray)op.Node["security"]!;
            Assert.That(security, Has.Count.EqualTo(1));
            Assert.That(((JObject)security[0]).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "apiKeyAuth", "practiceGroupId" }), op.OperationId);
            Assert.That(((JObject)op.Node["responses"]!).Properties().Any(p => p.Name.StartsWith('2')), Is.True, $"{op.OperationId}: a 2xx response");
            Assert.That((string?)op.Node["x-hero-confidence"], Is.AnyOf("high", "medium", "low"), op.OperationId);
            if ((string?)op.Node["x-hero-confidence"] != "high")
            {
                Assert.That((string?)op.Node["x-hero-notes"], Is.Not.Null.And.Not.Empty, $"{op.OperationId}: uncertain points are written down");
            }
        }
    }

    [Test]
    public void Operations_equal_the_committed_inventory_exactly()
    {
        var inventory = Inventory("Described");
        Assert.That(inventory, Is.Not.Empty);
        var inSpec = OpenApiSpec.Operations.Select(o => new InventoryRow(o.Method, o.Path, o.OperationId, o.Tag, (string)o.Node["x-hero-confidence"]!,
            (bool?)o.Node["x-hero-inferred-path"] == true ? "yes" : "no")).ToList();
        Assert.That(inSpec, Is.EquivalentTo(inventory));
    }

    [Test]
    public void Known_but_undescribed_operations_are_listed_and_not_invented()
    {
        var text = File.ReadAllText(Path.Combine(OpenApiSpec.Directory, "operations.md"));
        var section = text[text.IndexOf("## Known but not described", StringComparison.Ordinal)..];
        var names = TableRows(section).Select(cells => cells[3]).Where(n => n != "(none)").ToList();
        Assert.That(names, Does.Contain("bookAppointment").And.Contain("createBookingLink").And.Contain("createFormLink"));
        var ids = OpenApiSpec.Operations.Select(o => o.OperationId).ToHashSet();
        Assert.That(names.Where(ids.Contains), Is.Empty, "an undescribed operation must not appear in the spec");
    }

    [Test]
    public void Every_schema_reference_resolves_and_generated_type_names_are_stable()
    {
        var refs = OpenApiSpec.Document.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref").Select(p => (string)p.Value!).Distinct().ToList();
        Assert.That(refs, Is.Not.Empty);
        foreach (var reference in refs)
        {
            Assert.DoesNotThrow(() => OpenApiSpec.Resolve(new JObject { ["$ref"] = reference }), reference);
        }

        // NSwag names inline objects and enums Response2, Body3... unless they carry a title: every one must.
        var untitled = OpenApiSpec.Document.SelectTokens("$..*").OfType<JObject>()
            .Where(s => s["type"]?.Type == JTokenType.String && ((string)s["type"]! == "object" || s["enum"] is not null) && s["title"] is null && s["allOf"] is null
                && s.Parent is JProperty { Name: not "example" } && s.Path.Contains("schema", StringComparison.Ordinal))
            .Select(s => s.Path).ToList();
        Assert.That(untitled, Is.Empty);
    }

    [Test]
    public void Nullable_enums_list_null_so_validators_accept_Hero_nulls()
    {
        var offenders = OpenApiSpec.Document.SelectTokens("$..*").OfType<JObject>()
            .Where(s => s["enum"] is JArray && (bool?)s["nullable"] == true && !((JArray)s["enum"]!).Any(v => v.Type == JTokenType.Null))
            .Select(s => s.Path).ToList();
        Assert.That(offenders, Is.Empty);
    }

    private static List<InventoryRow> Inventory(string section)
    {
        var text = File.ReadAllText(Path.Combine(OpenApiSpec.Directory, "operations.md"));
        var start = text.IndexOf("## " + section, StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return TableRows(text[start..(end < 0 ? text.Length : end)])
            .Select(c => new InventoryRow(c[0], c[1].Trim('`'), c[2], c[3], c[4], c[6]))
            .ToList();
    }

    private static IEnumerable<string[]> TableRows(string markdown) =>
        markdown.Split('\n')
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());

    private sealed record InventoryRow(string Method, string Path, string OperationId, string Tag, string Confidence, string InferredPath);
}

/// <summary>What Hero never showed stays visibly unknown in the generated surface.</summary>
public partial class SpecDocumentTests
{
    [Test]
    public void Responses_hero_never_showed_are_untyped_and_their_methods_say_so()
    {
        var docs = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(GeneratedClients.Assembly.Location, ".xml"));
        var returns = docs.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("M:HeroHealth.Client.I", StringComparison.Ordinal) == true)
            .ToLookup(m => ((string)m.Attribute("name")!).Split('(')[0].Split('.')[^1], m => (string?)m.Element("returns") ?? "");

        var undocumented = 0;
        foreach (var op in OpenApiSpec.Operations)
        {
            var success = ((JObject)op.Node["responses"]!).Properties().First(p => p.Name.StartsWith('2'));
            var flagged = (bool?)success.Value["x-hero-undocumented-response"] == true;
            var (_, method) = GeneratedClients.Find(op);
            var untyped = method.ReturnType == typeof(Task<JToken>);
            Assert.That(untyped, Is.EqualTo(flagged), $"{op.OperationId}: a JToken result exactly where Hero showed no response");
            Assert.That(returns[method.Name].Any(r => r.Contains("Hero's docs do not show this response", StringComparison.Ordinal)), Is.EqualTo(flagged), $"{op.OperationId}: its <returns> says whether Hero showed the body");
            undocumented += flagged ? 1 : 0;
        }

        Assert.That(undocumented, Is.GreaterThan(0));
    }
}
