using HeroHealth.Client.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;

namespace HeroHealth.Client.Tests.Spec;

/// <summary>
/// Every example in the spec is valid against its own schema (read with OpenAPI 3.0 semantics by NSwag, validated by
/// NJsonSchema), so Prism and the fake answer with schema-valid data. Where Hero's own example broke Hero's own
/// schema, the spec carries a valid value and keeps Hero's original beside it as <c>x-hero-example</c>.
/// </summary>
[TestFixture]
public class SpecExampleTests
{
    private static readonly Lazy<OpenApiDocument> Document = new(() => OpenApiDocument.FromJsonAsync(OpenApiSpec.Document.ToString()).GetAwaiter().GetResult());

    public static IEnumerable<TestCaseData> Examples()
    {
        foreach (var (path, item) in Document.Value.Paths)
        {
            foreach (var (method, operation) in item)
            {
                var name = $"{operation.OperationId} ({method.ToUpperInvariant()} {path})";
                if (operation.RequestBody?.Content.TryGetValue("application/json", out var body) == true && body.Example is not null && body.Schema is not null)
                {
                    yield return new TestCaseData(body.Schema, JToken.FromObject(body.Example)).SetName($"Request example of {name} is valid");
                }

                foreach (var (status, response) in operation.Responses)
                {
                    if (response.Content.TryGetValue("application/json", out var media) && media.Example is not null && media.Schema is not null)
                    {
                        yield return new TestCaseData(media.Schema, JToken.FromObject(media.Example)).SetName($"{status} example of {name} is valid");
                    }
                }
            }
        }

        foreach (var (name, schema) in Document.Value.Components.Schemas)
        {
            if (schema.Example is not null)
            {
                yield return new TestCaseData(schema, JToken.FromObject(schema.Example)).SetName($"Example of schema {name} is valid");
            }

            foreach (var (property, propertySchema) in schema.Properties)
            {
                if (propertySchema.Example is not null)
                {
                    yield return new TestCaseData(propertySchema, JToken.FromObject(propertySchema.Example)).SetName($"Example of {name}.{property} is valid");
                }
            }
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_is_valid_against_its_schema(JsonSchema schema, JToken example)
    {
        var errors = schema.ActualSchema.Validate(example);

        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty, example.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Test]
    public void Every_operation_example_is_checked()
    {
        // Guards the case source: the spec has examples on most operations, so an empty source means a broken reader.
        Assert.That(Examples().Count(), Is.GreaterThan(60));
    }

    [Test]
    public void No_oneOf_has_branches_that_all_match_one_example()
    {
        foreach (var data in Examples())
        {
            var schema = ((JsonSchema)data.Arguments[0]!).ActualSchema;
            var example = (JToken)data.Arguments[1]!;
            foreach (var oneOf in OneOfsOf(schema))
            {
                var matching = oneOf.OneOf.Count(branch => branch.ActualSchema.Validate(example).Count == 0);
                Assert.That(matching, Is.LessThanOrEqualTo(1), $"{data.TestName}: {matching} oneOf branches match");
            }
        }
    }

    private static IEnumerable<JsonSchema> OneOfsOf(JsonSchema schema)
    {
        if (schema.OneOf.Count > 0)
        {
            yield return schema;
        }

        foreach (var part in schema.AllOf)
        {
            foreach (var nested in OneOfsOf(part.ActualSchema))
            {
                yield return nested;
            }
        }
    }
}
