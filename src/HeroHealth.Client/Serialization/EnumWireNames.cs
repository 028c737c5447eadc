using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace HeroHealth.Client.Serialization;

/// <summary>The wire text of a generated enum value (its <see cref="EnumMemberAttribute"/>), looked up once per value.</summary>
internal static class EnumWireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, static v =>
            v.GetType().GetField(v.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? v.ToString());
}
