using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Compares JSON by meaning: numbers by value, timestamps by instant.</summary>
public static class JsonAssert
{
    /// <summary>Every non-null value of <paramref name="expected"/> is present and equal in <paramref name="actual"/>.</summary>
    public static void Contains(JToken expected, JToken? actual, string path = "$")
    {
        if (expected.Type == JTokenType.Null)
        {
            return;
        }

        Assert.That(actual, Is.Not.Null, $"{path} is missing");
        Assert.That(actual!.Type, Is.Not.EqualTo(JTokenType.Null), $"{path} is null but Hero sent a value");
        switch (expected)
        {
            case JObject obj:
                Assert.That(actual, Is.InstanceOf<JObject>(), $"{path} should be an object");
                foreach (var property in obj)
                {
                    Contains(property.Value!, actual[property.Key], $"{path}.{property.Key}");
                }

                break;
            case JArray array:
                Assert.That(actual, Is.InstanceOf<JArray>(), $"{path} should be an array");
                Assert.That(((JArray)actual).Count, Is.EqualTo(array.Count), $"{path} length");
                for (var i = 0; i < array.Count; i++)
                {
                    Contains(array[i], actual[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.That(SameScalar(expected, actual), Is.True, $"{path}: expected {expected.ToString(Newtonsoft.Json.Formatting.None)}, got {actual.ToString(Newtonsoft.Json.Formatting.None)}");
                break;
        }
    }

    /// <summary>Both directions of <see cref="Contains"/>, nulls included.</summary>
    public static void Equivalent(JToken expected, JToken actual)
    {
        Contains(expected, actual);
        Contains(actual, expected);
    }

    private static bool SameScalar(JToken a, JToken b)
    {
        if (a.Type is JTokenType.Integer or JTokenType.Float && b.Type is JTokenType.Integer or JTokenType.Float)
        {
            return (decimal)a == (decimal)b;
        }

        var sa = a.Type == JTokenType.Date ? ((DateTime)a).ToString("o", CultureInfo.InvariantCulture) : (string?)a;
        var sb = b.Type == JTokenType.Date ? ((DateTime)b).ToString("o", CultureInfo.InvariantCulture) : (string?)b;
        if (string.Equals(sa, sb, StringComparison.Ordinal))
        {
            return true;
        }

        // A DateTimeOffset property writes "2019-08-24T14:15:22+00:00" for Hero's "2019-08-24T14:15:22Z".
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return sa is not null && sb is not null && sa.Length >= 10 && sb.Length >= 10
            && DateTimeOffset.TryParse(sa, CultureInfo.InvariantCulture, Utc, out var da)
            && DateTimeOffset.TryParse(sb, CultureInfo.InvariantCulture, Utc, out var db)
            && da == db;
    }
}
