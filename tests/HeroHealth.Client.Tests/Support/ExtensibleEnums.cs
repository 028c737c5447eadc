using System.Collections;
using System.Reflection;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Finds generated extensible-enum values in a model graph that this SDK version does not know.</summary>
internal static class ExtensibleEnums
{
    public static IReadOnlyList<string> UnknownIn(object model)
    {
        var found = new List<string>();
        Walk(model, "$", found, depth: 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, int depth)
    {
        if (value is null || depth > 16 || value is string || value.GetType().IsPrimitive || value is Newtonsoft.Json.Linq.JToken)
        {
            return;
        }

        var type = value.GetType();
        if (type.GetProperty("IsKnown") is { } isKnown && type.IsValueType)
        {
            if (!(bool)isKnown.GetValue(value)!)
            {
                found.Add($"{path} = \"{value}\"");
            }

            return;
        }

        if (value is IEnumerable items && value is not IDictionary)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", found, depth + 1);
            }

            return;
        }

        if (!GeneratedClients.IsGenerated(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "AdditionalProperties")
            {
                Walk(property.GetValue(value), path + "." + property.Name, found, depth + 1);
            }
        }
    }
}
