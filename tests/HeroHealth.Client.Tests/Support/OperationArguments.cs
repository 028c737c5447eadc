using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Sample arguments for generated method parameters, with the wire form Hero expects in the URL.</summary>
public static class OperationArguments
{
    /// <summary>A value for a generated parameter type and how Hero expects it in the URL.</summary>
    public static (object Value, string[] Wire) For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return ("value 1", ["value 1"]);
        }

        if (type == typeof(int))
        {
            return (3, ["3"]);
        }

        if (type == typeof(bool))
        {
            return (true, ["true"]);
        }

        if (type == typeof(DateOnly))
        {
            return (new DateOnly(2024, 5, 6), ["2024-05-06"]);
        }

        if (type == typeof(DateTimeOffset))
        {
            var when = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(1));
            return (when, [when.ToString("o", CultureInfo.InvariantCulture)]);
        }

        if (KnownValuesOf(type) is { } known)
        {
            var first = known.Cast<object>().First();
            return (first, [first.ToString()!]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            var wire = new List<string>();
            if (itemType == typeof(KeyValuePair<string, string>))
            {
                // additionalQuery (x-hero-incomplete-query): a name Hero's page does not show, passed through.
                return (new List<KeyValuePair<string, string>> { new("extra_filter", "x 1") }, ["extra_filter=x 1"]);
            }

            if (itemType == typeof(string))
            {
                list.Add("a1");
                list.Add("b 2");
                wire.AddRange(["a1", "b 2"]);
            }
            else
            {
                foreach (var value in (KnownValuesOf(itemType) ?? throw new NotSupportedException("No sample for items of " + itemType)).Cast<object>().Take(2))
                {
                    list.Add(value);
                    wire.Add(value.ToString()!);
                }
            }

            return (list, wire.ToArray());
        }

        throw new NotSupportedException("No sample for parameter type " + type);
    }

    /// <summary>The known values of a generated extensible enum (its static KnownValues), or null for other types.</summary>
    private static IEnumerable? KnownValuesOf(Type type) =>
        type.IsValueType ? type.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IEnumerable : null;
}
