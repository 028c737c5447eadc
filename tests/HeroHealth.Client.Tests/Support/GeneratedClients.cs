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
        var name = Naming.Pascal(op.OperationId) + "Async";
        var matches = ClientTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name == name).Select(m => (t, m)))
            .ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"exactly one generated method {name}");
        return matches[0];
    }

    public static object Create(Type client, HttpClient http, string practiceGroupId = "4242") =>
        Activator.CreateInstance(client, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, [new HeroRequestContext("test-api-key", practiceGroupId), http], null)!;
}

/// <summary>The operation tables the generated clients carry (one static <c>Operations</c> list per client).</summary>
public static class GeneratedOperations
{
    public static IReadOnlyList<HeroOperation> All { get; } = GeneratedClients.ClientTypes
        .SelectMany(t => (IEnumerable<HeroOperation>)t.GetProperty("Operations", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!)
        .ToList();
}
