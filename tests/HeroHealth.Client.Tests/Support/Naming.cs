using System.Reflection;

namespace HeroHealth.Client.Tests.Support;

/// <summary>
/// How Hero's wire names appear in the generated C#, read from the generator's own output (each generated client's
/// <c>GeneratedNames()</c> table, written by the same Liquid template that names the code) rather than a copy of the rule.
/// </summary>
public static class Naming
{
    private static readonly Dictionary<string, (Type Client, string Method, Dictionary<string, string> Parameters)> ByOperationId =
        GeneratedClients.ClientTypes
            .SelectMany(t => ((string[][])t.GetMethod("GeneratedNames", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null)!)
                .Select(row => (OperationId: row[0], Entry: (t, row[1], row.Skip(2).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)))))
            .ToDictionary(x => x.OperationId, x => x.Entry, StringComparer.Ordinal);

    /// <summary>The generated client class holding the operation.</summary>
    public static Type Client(SpecOperation op) => Entry(op).Client;

    /// <summary>The generated method's name (<c>listAdmins</c> → <c>ListAdminsAsync</c>).</summary>
    public static string Method(SpecOperation op) => Entry(op).Method;

    /// <summary>The generated method's parameter for a spec parameter (<c>page_index</c> → <c>pageIndex</c>).</summary>
    public static string Parameter(SpecOperation op, string wireName) =>
        Entry(op).Parameters.TryGetValue(wireName, out var name) ? name : throw new AssertionException($"{op.OperationId} has no generated parameter for {wireName}");

    /// <summary>The spec parameter a generated method parameter stands for.</summary>
    public static string WireName(SpecOperation op, string parameterName) =>
        Entry(op).Parameters.Single(p => p.Value == parameterName).Key;

    private static (Type Client, string Method, Dictionary<string, string> Parameters) Entry(SpecOperation op) =>
        ByOperationId.TryGetValue(op.OperationId, out var entry) ? entry : throw new AssertionException($"no generated client names {op.OperationId}");
}
