using System.Reflection;
using System.Xml.Linq;
using HeroHealth.Client.Tests.Support;

namespace HeroHealth.Client.Tests.Build;

/// <summary>
/// House rules of the shipped surface (the Octokit way): they hold for every public type of the three packages, so a
/// new helper cannot slip past them. The generated operations have their own checks in GeneratedSurfaceTests.
/// </summary>
[TestFixture]
public class SurfaceConventionTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(HeroHealthClient).Assembly,
        typeof(HeroHealth.Client.Testing.FakeHero).Assembly,
        typeof(IHeroWebhookHandler).Assembly,
        typeof(PostgreSqlHeroWebhookStore).Assembly,
        typeof(RedisHeroWebhookStore).Assembly,
    ];

    private static readonly string[] AllowedNamespaces = ["HeroHealth.Client", "HeroHealth.Client.Testing", "Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"];

    private static IEnumerable<Type> PublicTypes => Shipped.SelectMany(a => a.GetExportedTypes());

    private static IEnumerable<MethodInfo> PublicMethods(bool includeGenerated) => PublicTypes
        .Where(t => includeGenerated || !GeneratedClients.IsGenerated(t))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName);

    [Test]
    public void Every_public_type_is_in_one_of_the_four_namespaces()
    {
        var stray = PublicTypes.Where(t => !AllowedNamespaces.Contains(t.Namespace)).Select(t => t.FullName).ToList();
        Assert.That(stray, Is.Empty);
    }

    [Test]
    public void Every_method_taking_a_CancellationToken_takes_it_last_with_nothing_optional_before_it()
    {
        var offenders = new List<string>();
        var checkedCount = 0;
        foreach (var method in PublicMethods(includeGenerated: false))
        {
            var parameters = method.GetParameters();
            var token = Array.FindIndex(parameters, p => p.ParameterType == typeof(CancellationToken));
            if (token < 0)
            {
                continue;
            }

            checkedCount++;
            if (token != parameters.Length - 1)
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: token is not last");
            }
            else if (parameters[..token].FirstOrDefault(p => p.IsOptional) is { } optional)
            {
                // Optional inputs before the token force callers to name the token: options objects or overloads instead.
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: optional '{optional.Name}' before the token");
            }
        }

        Assert.That(offenders, Is.Empty);
        Assert.That(checkedCount, Is.GreaterThan(50), "the rule saw the helpers");
    }

    [Test]
    public void Every_asynchronous_method_ends_in_Async_and_can_be_cancelled()
    {
        var offenders = new List<string>();
        foreach (var method in PublicMethods(includeGenerated: true))
        {
            var type = method.ReturnType;
            var asynchronous = typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) ||
                (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ValueTask<>) || type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))) ||
                (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HeroPageable<>));
            if (!asynchronous)
            {
                continue;
            }

            // AsPages and FromPages return a lazy sequence without doing I/O themselves (Azure's AsyncPageable names them so).
            if (method.Name is "AsPages" or "FromPages")
            {
                continue;
            }

            if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: not named *Async");
            }

            // An enumerator or a handler callback gets its token elsewhere; everything else takes one.
            // A call passed as a delegate carries its own token; DisposeAsync takes none by design; a pipeline policy
            // reads it from the message (per attempt inside the retries, as System.ClientModel's policies do).
            var tokenElsewhere = method.Name == "DisposeAsync" || method.GetParameters().Any(p => typeof(Delegate).IsAssignableFrom(p.ParameterType) || p.ParameterType == typeof(HeroPipelineMessage));
            if (!tokenElsewhere && method.GetParameters().All(p => p.ParameterType != typeof(CancellationToken)))
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: no CancellationToken");
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Every_method_with_optional_inputs_has_an_overload_with_only_the_required_ones_and_the_token()
    {
        var all = PublicMethods(includeGenerated: true).ToList();
        var offenders = new List<string>();
        foreach (var method in all.Where(m => m.GetParameters() is { Length: > 1 } p && p[^1].ParameterType == typeof(CancellationToken)))
        {
            var parameters = method.GetParameters();
            if (!parameters[..^1].Any(Omittable))
            {
                continue;
            }

            // The short overload takes exactly the inputs that cannot be left out (then the token).
            var required = parameters[..^1].Where(p => !Omittable(p)).Select(p => p.ParameterType).Append(typeof(CancellationToken)).ToList();
            var hasShort = all.Any(m => m.Name == method.Name && m.DeclaringType == method.DeclaringType && Same(m.GetParameters().Select(p => p.ParameterType), required))
                || ExtensionOverloadExists(all, method, required);
            if (!hasShort)
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", parameters.Select(p => p.Name))})");
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Every_model_property_is_nullable_because_nothing_enforces_presence_on_read()
    {
        // The policy: a property is non-nullable only where the runtime enforces it. Responses enforce nothing (any
        // 2xx is success; Hero's required flags are reconstructed), so every generated property is nullable; a
        // required one keeps Required.Always, which the request serializer enforces before sending.
        var context = new NullabilityInfoContext();
        var offenders = new List<string>();
        var required = 0;
        foreach (var property in PublicTypes.Where(t => GeneratedClients.IsGenerated(t) && t.IsClass).SelectMany(t => t.GetProperties()))
        {
            if (property.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>() is not { } json)
            {
                continue;
            }

            var nullable = System.Nullable.GetUnderlyingType(property.PropertyType) is not null ||
                (!property.PropertyType.IsValueType && context.Create(property).ReadState == NullabilityState.Nullable);
            required += json.Required is Newtonsoft.Json.Required.Always ? 1 : 0;
            if (!nullable)
            {
                offenders.Add($"{property.DeclaringType!.Name}.{property.Name} ({json.PropertyName}, {json.Required}) is non-nullable");
            }
        }

        Assert.That(offenders, Is.Empty);
        Assert.That(required, Is.GreaterThan(50), "the spec's required flags are kept for the request serializer");
    }

    [Test]
    public void Every_public_member_of_the_sdk_has_xml_documentation()
    {
        foreach (var assembly in Shipped)
        {
            var xml = Path.ChangeExtension(assembly.Location, ".xml");
            Assert.That(File.Exists(xml), Is.True, xml);
            var documented = XDocument.Load(xml).Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            var missing = assembly.GetExportedTypes()
                .Where(t => !documented.Contains("T:" + Id(t)))
                .Select(t => t.FullName)
                .Concat(assembly.GetExportedTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(p => p.GetIndexParameters().Length == 0 && !documented.Contains("P:" + Id(t) + "." + p.Name))
                    .Select(p => t.FullName + "." + p.Name)))
                .ToList();
            Assert.That(missing, Is.Empty, assembly.GetName().Name);
            Assert.That(documented, Has.Count.GreaterThan(assembly.GetExportedTypes().Length), "members are documented too");
        }
    }

    // An optional parameter, or an options object (null means "the defaults").
    private static string Id(Type type) => type.FullName!.Replace('+', '.');

    private static bool Omittable(ParameterInfo parameter) => parameter.IsOptional || parameter.ParameterType.Name.EndsWith("Options", StringComparison.Ordinal);

    // An interface method's short form may be a generated extension method (first parameter: the interface).
    private static bool ExtensionOverloadExists(List<MethodInfo> all, MethodInfo method, List<Type> required) =>
        method.DeclaringType!.IsInterface &&
        all.Any(m => m.IsStatic && m.Name == method.Name && Same(m.GetParameters().Select(p => p.ParameterType), required.Prepend(method.DeclaringType)));

    // Generic methods have a T of their own each: compare the types by name.
    private static bool Same(IEnumerable<Type> a, IEnumerable<Type> b) => a.Select(t => t.ToString()).SequenceEqual(b.Select(t => t.ToString()));
}
