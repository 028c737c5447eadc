using System.Reflection;
using System.Text;
using HeroHealth.SpecTool;

namespace HeroHealth.Client.Tests.Build;

/// <summary>
/// The public surface of HeroHealth.Client (hand-written and generated) is committed in api/HeroHealth.Client.txt.
/// A change fails here until the snapshot is updated on purpose (UPDATE_API_SNAPSHOT=1), so a regeneration that
/// changes users' code shows up in review.
/// </summary>
[TestFixture]
public class PublicApiSnapshotTests
{
    [TestCase(typeof(HeroHealthClient), "HeroHealth.Client.txt")]
    [TestCase(typeof(HeroHealth.Client.Testing.FakeHero), "HeroHealth.Client.Testing.txt")]
    [TestCase(typeof(HeroHealth.Client.IHeroWebhookHandler), "HeroHealth.Client.AspNetCore.txt")]
    public void Public_surface_matches_the_committed_snapshot(Type anchor, string file)
    {
        var repo = UpdateSpecCommand.FindRepo(AppContext.BaseDirectory)!;
        var path = Path.Combine(repo, "api", file);
        var actual = Describe(anchor.Assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.That(File.Exists(path), Is.True, $"api/{file} is missing: run the tests once with UPDATE_API_SNAPSHOT=1 and commit it.");
        var expected = File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal);
        if (expected != actual)
        {
            var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            var diff = after.Except(before).Select(l => "+ " + l).Concat(before.Except(after).Select(l => "- " + l)).Take(60);
            Assert.Fail($"The public API of {anchor.Assembly.GetName().Name} changed. If intended, rerun with UPDATE_API_SNAPSHOT=1 and commit api/{file}.\n" + string.Join('\n', diff));
        }
    }

    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
            var bases = type.BaseType is { } b && b != typeof(object) && b != typeof(Enum) && b != typeof(ValueType) ? " : " + Name(b) : "";
            lines.Add($"{kind} {Name(type)}{bases}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(n => $"  {n}"));
                continue;
            }

            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            members.AddRange(type.GetConstructors(Flags).Select(c => $"  ctor({Parameters(c)})"));
            members.AddRange(type.GetProtectedConstructors().Select(c => $"  protected ctor({Parameters(c)})"));
            members.AddRange(type.GetProperties(Flags).Select(p => $"  {(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}}"));
            members.AddRange(type.GetFields(Flags).Select(f => $"  {(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}"));
            members.AddRange(type.GetMethods(Flags).Where(m => !m.IsSpecialName).Select(m => $"  {(m.IsStatic ? "static " : m.IsVirtual && !m.IsFinal ? "virtual " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})"));
            lines.AddRange(members.Order(StringComparer.Ordinal));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = default" : "")}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var definition = type.GetGenericTypeDefinition().FullName!;
        return definition[..definition.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}

/// <summary>Reflection helper: protected constructors are part of the surface (mocking).</summary>
internal static class TypeExtensions
{
    public static IEnumerable<ConstructorInfo> GetProtectedConstructors(this Type type) =>
        type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Where(c => c.IsFamily || c.IsFamilyOrAssembly);
}
