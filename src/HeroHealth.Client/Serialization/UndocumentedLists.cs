using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// Reads list responses whose body Hero's docs did not show (kept as JToken by the generated client): Hero's other
/// lists are <c>{data: [...], count}</c>, so both that envelope and a bare array are accepted; anything else is a
/// clear error rather than a guess.
/// </summary>
internal static class UndocumentedLists
{
    public static IReadOnlyList<T> Items<T>(JToken? body, string operationId)
    {
        var array = body switch
        {
            null or { Type: JTokenType.Null } => [],
            JArray a => a,
            JObject { } o when o["data"] is JArray data => data,
            _ => throw new HeroHealthResponseShapeException(
                $"The response of {operationId} is not a list ({{data: [...]}} or [...]); see ResponseBody.", HeroOperation.Find(operationId), body.ToString(Formatting.None), null),
        };
        var items = new List<T>(array.Count);
        foreach (var item in array)
        {
            try
            {
                items.Add(item.ToObject<T>(HeroJson.Serializer)!);
            }
            catch (JsonException ex)
            {
                // A typed error naming where (relative to the list), never what: Newtonsoft's message quotes values.
                var at = ex is JsonSerializationException s ? s.Path : (ex as JsonReaderException)?.Path;
                throw new HeroHealthResponseShapeException(
                    $"An item of the {operationId} response does not match the expected shape at path '{item.Path}{(string.IsNullOrEmpty(at) ? string.Empty : "." + HeroHealthApiException.SafePath(at))}'; see ResponseBody.",
                    HeroOperation.Find(operationId), body!.ToString(Formatting.None), null);
            }
        }

        return items;
    }

    /// <summary>One page of an undocumented list: its items (as <see cref="Items{T}"/> reads them) and its <c>count</c>, if any.</summary>
    public static HeroPage<T> Page<T>(JToken? body, string operationId) => new(Items<T>(body, operationId), Count(body));

    public static double? Count(JToken? body) => body is JObject o && o["count"] is JValue { Type: JTokenType.Integer or JTokenType.Float } v ? (double)v : null;
}
