using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>A status and JSON body the fake answers with.</summary>
internal sealed record FakeResponse(int Status, JToken? Body, TimeSpan? RetryAfter = null)
{
    public static FakeResponse Json(int status, JToken? body) => new(status, body);

    /// <summary>Hero's documented 400 body: <c>{error, statusCode, message:[{code, expected, path[]}]}</c>.</summary>
    public static FakeResponse ValidationError(string field, string expected) => new(400, new JObject
    {
        ["error"] = true,
        ["statusCode"] = 400,
        ["message"] = new JArray(new JObject { ["code"] = "invalid_type", ["expected"] = expected, ["path"] = new JArray(field) }),
    });

    public HttpResponseMessage ToHttp(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage((HttpStatusCode)Status)
        {
            RequestMessage = request,
            Content = new StringContent(Body?.ToString(Formatting.None) ?? string.Empty, Encoding.UTF8, "application/json"),
        };
        if (RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return response;
    }
}
