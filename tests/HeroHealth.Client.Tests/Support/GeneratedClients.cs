using System.Reflection;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Finds the generated client type and method for a spec operation.</summary>
public static class GeneratedClients
{
    public static readonly Assembly Assembly = typeof(HeroGeneratedClientBase).Assembly;

    public static IEnumerable<Type> ClientTypes => Assembly.GetTypes()
        .Where(t => IsGenerated(t) && t.IsClass && typeof(HeroGeneratedClientBase).IsAssignableFrom(t));

    /// <summary>Whether NSwag/NJsonSchema wrote the type (they share the SDK's namespace, so the attribute tells them apart).</summary>
    public static bool IsGenerated(Type type) =>
        type.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>()?.Tool is "NSwag" or "NJsonSchema";

    public static (Type Client, MethodInfo Method) Find(SpecOperation op)
    {
        var name = Naming.Method(op);
        var matches = ClientTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name == name).Select(m => (t, m)))
            .ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"exactly one generated method {name}");
        return matches[0];
    }

    internal static object Create(Type client, HeroPipeline pipeline, string practiceGroupId = "4242") =>
        Activator.CreateInstance(client, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, [new HeroRequestContext("test-api-key", practiceGroupId), pipeline], null)!;

    /// <summary>The SDK's pipeline over <paramref name="handler"/> with retries off: what the facade gives each generated client.</summary>
    internal static HeroPipeline Pipeline(HttpMessageHandler handler, Uri baseAddress)
    {
        var options = new HeroHealthClientOptions { ApiKey = "test-api-key", PracticeGroupId = "4242", BaseAddress = baseAddress };
        options.Retry.Enabled = false;
        return new HeroPipeline(options, HeroTransport.Borrowing(handler, nameof(handler)), ownsTransport: true, null, null);
    }
}

/// <summary>The operation tables the generated clients carry (one static <c>Operations</c> list per client).</summary>
public static class GeneratedOperations
{
    public static IReadOnlyList<HeroOperation> All { get; } = GeneratedClients.ClientTypes
        .SelectMany(t => (IEnumerable<HeroOperation>)t.GetProperty("Operations", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!)
        .ToList();
}
