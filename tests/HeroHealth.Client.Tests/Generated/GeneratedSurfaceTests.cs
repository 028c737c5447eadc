using System.Reflection;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>The generated surface reads like .NET: names users type must not carry Hero's snake_case.</summary>
[TestFixture]
public class GeneratedSurfaceTests
{
    private static readonly Type[] GeneratedTypes = GeneratedClients.Assembly.GetTypes()
        .Where(t => GeneratedClients.IsGenerated(t) && t.IsPublic).ToArray();

    [Test]
    public void Every_generated_operation_with_optional_parameters_has_an_overload_taking_the_token_last_positionally()
    {
        var interfaces = GeneratedTypes.Where(t => t.IsInterface).ToList();
        var extensions = GeneratedTypes.Where(t => t.IsAbstract && t.IsSealed).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)).ToList();
        var checkedCount = 0;
        foreach (var method in interfaces.SelectMany(i => i.GetMethods()))
        {
            var parameters = method.GetParameters();
            if (!parameters[..^1].Any(p => p.IsOptional))
            {
                continue;
            }

            var required = parameters[..^1].Where(p => !p.IsOptional).Select(p => p.ParameterType).Prepend(method.DeclaringType!).Append(typeof(CancellationToken));
            Assert.That(extensions.Any(e => e.Name == method.Name && e.GetParameters().Select(p => p.ParameterType).SequenceEqual(required) && !e.GetParameters()[^1].IsOptional), Is.True, $"{method.DeclaringType!.Name}.{method.Name}");
            checkedCount++;
        }

        Assert.That(checkedCount, Is.GreaterThan(10));
    }

    [Test]
    public async Task The_short_overload_sends_the_call_with_no_optional_query_parameters()
    {
        using var handler = new MockHttpMessageHandler();
        handler.Expect(HttpMethod.Get, "*/v1/appointment_types").With(r => r.RequestUri!.Query.Length == 0).Respond("application/json", """{"data":[],"count":0}""");
        using var http = TestHttp.Over(handler);
        var client = (HeroHealth.Client.IPracticeGroupClient)GeneratedClients.Create(GeneratedClients.ClientTypes.Single(t => t.Name == "PracticeGroupClient"), http);

        var page = await client.ListAppointmentTypesAsync(CancellationToken.None);

        Assert.That(page!.Count, Is.Zero);
        handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void Every_list_envelope_model_is_a_page_of_its_item_type()
    {
        // Hero's lists are {data, count}: each such model must be readable (and auto-pageable) through IHeroPage<T>.
        var envelopes = GeneratedTypes
            .Where(t => t.IsClass && t.GetProperty("Data")?.PropertyType is { IsGenericType: true } data && data.GetGenericTypeDefinition() == typeof(List<>)
                && t.GetProperties().All(p => p.Name is "Data" or "Count" or "AdditionalProperties"))
            .ToList();

        Assert.That(envelopes, Has.Count.GreaterThanOrEqualTo(14));
        foreach (var type in envelopes)
        {
            var item = type.GetProperty("Data")!.PropertyType.GetGenericArguments()[0];
            Assert.That(type.GetInterfaces(), Does.Contain(typeof(HeroHealth.Client.IHeroPage<>).MakeGenericType(item)), type.Name);
        }
    }

    [Test]
    public void A_list_read_from_json_exposes_its_items_and_count_as_a_page()
    {
        var page = (HeroHealth.Client.IHeroPage<HeroHealth.Client.ShortLink>)Newtonsoft.Json.JsonConvert.DeserializeObject<HeroHealth.Client.ShortLinkList>(
            """{"data":[{"id":"1"},{"id":"2"}],"count":7}""", HeroHealth.Client.HeroJson.CreateSettings())!;
        var withoutData = (HeroHealth.Client.IHeroPage<HeroHealth.Client.ShortLink>)Newtonsoft.Json.JsonConvert.DeserializeObject<HeroHealth.Client.ShortLinkList>(
            """{"count":0}""", HeroHealth.Client.HeroJson.CreateSettings())!;
        var uncounted = (HeroHealth.Client.IHeroPage<HeroHealth.Client.PatientSummary>)new HeroHealth.Client.PatientSummaryList();

        Assert.That(page.Items.Select(i => i.AdditionalProperties["id"].ToString()), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(page.Count, Is.EqualTo(7));
        Assert.That(withoutData.Items, Is.Empty, "a missing data array reads as no items, not null");
        Assert.That(uncounted.Count, Is.Null, "a list without count in its schema has no count");
    }

    [Test]
    public void Type_property_parameter_and_enum_member_names_have_no_underscores()
    {
        var offenders = new List<string>();
        foreach (var type in GeneratedTypes)
        {
            if (type.Name.Contains('_', StringComparison.Ordinal))
            {
                offenders.Add(type.Name);
            }

            offenders.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.Name.Contains('_', StringComparison.Ordinal)).Select(p => $"{type.Name}.{p.Name}"));
            offenders.AddRange(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetParameters().Select(p => (m, p)))
                .Where(x => x.p.Name!.Contains('_', StringComparison.Ordinal)).Select(x => $"{type.Name}.{x.m.Name}({x.p.Name})"));
            if (type.IsEnum)
            {
                offenders.AddRange(Enum.GetNames(type).Where(n => n.Contains('_', StringComparison.Ordinal) || n.All(c => !char.IsLetter(c) || char.IsUpper(c)) && n.Length > 3).Select(n => $"{type.Name}.{n}"));
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Every_tag_client_has_a_public_interface_and_can_only_be_built_by_the_sdk_over_its_pipeline()
    {
        var clients = GeneratedClients.ClientTypes.ToList();
        Assert.That(clients, Is.EquivalentTo(OpenApiSpec.Operations.Select(Naming.Client).Distinct()), "one client per tag, each holding an operation");
        Assert.That(clients, Has.Count.EqualTo(OpenApiSpec.Operations.Select(o => o.Tag).Distinct().Count()));
        foreach (var client in clients)
        {
            var contract = client.GetInterface("I" + client.Name);
            Assert.That(contract, Is.Not.Null, $"I{client.Name}");
            Assert.That(contract!.IsPublic, Is.True);
            Assert.That(client.IsPublic, Is.False, $"{client.Name}: one front door (HeroHealthClient), so no caller can run it without the pipeline");
            Assert.That(client.GetConstructors(), Is.Empty, $"{client.Name}: no public constructor");
            Assert.That(client.GetMethods().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.DeclaringType == client && m.IsPublic)
                .All(m => m.IsVirtual && m.GetParameters().Last().ParameterType == typeof(CancellationToken)), Is.True, $"{client.Name}: virtual, cancellable");
        }
    }

    [Test]
    public async Task The_client_never_disposes_the_pipeline_it_shares()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When("*").Respond("application/json", """{"access_token":"t"}""");
        using var http = TestHttp.Over(handler);
        var client = new HeroHealth.Client.PracticeGroupClient(new HeroRequestContext("k", "1"), http);

        await client.CreateAccessTokenAsync();
        await client.CreateAccessTokenAsync();

        await Assert.DoesNotThrowAsync(() => new HeroHealth.Client.PracticeGroupClient(new HeroRequestContext("k", "2"), http).CreateAccessTokenAsync());
    }
}
