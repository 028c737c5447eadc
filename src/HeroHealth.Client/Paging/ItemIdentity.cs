using System.Collections;
using System.Globalization;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// How the pager tells one list item from another: Hero's <c>id</c> (the model's <c>Id</c> property, an undocumented
/// model's kept <c>id</c> field, or a JSON item's <c>id</c>). An item without one has no identity (null).
/// </summary>
internal static class ItemIdentity<T>
{
    private static readonly PropertyInfo? IdProperty = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
    private static readonly PropertyInfo? AdditionalProperty = typeof(T).GetProperty("AdditionalProperties", BindingFlags.Public | BindingFlags.Instance);

    public static string? Of(T item) => item switch
    {
        null => null,
        JObject json => Text(json["id"]),
        _ when IdProperty is not null => Text(IdProperty.GetValue(item)),
        _ when AdditionalProperty?.GetValue(item) is IDictionary extra && extra.Contains("id") => Text(extra["id"]),
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        JValue { Value: var inner } => Text(inner),
        JToken => null,
        string s => s.Length == 0 ? null : s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
