using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>The fake's HTTP face: authentication, injected faults, routing, body validation.</summary>
internal sealed class FakeHeroHandler(FakeHero fake, FakeHeroEngine engine, FakeHeroOptions options) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        return response.ToHttp(request);
    }

    private async Task<FakeResponse> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = ApiPath(request.RequestUri!);
        var custom = engine.MatchCustom(request.Method.Method, path, out var customParameters);
        FakeRoute? route = null;
        Dictionary<string, string> pathParameters = customParameters;
        if (custom is null)
        {
            route = FakeSpec.Instance.Match(request.Method.Method, path, out pathParameters);
        }

        if (route is null && custom is null)
        {
            return FakeSpec.Instance.PathExists(path)
                ? FakeResponse.Json(405, new JObject { ["message"] = "Method not allowed" })
                : FakeResponse.Json(404, new JObject { ["message"] = "Not found" });
        }

        if (!request.Headers.TryGetValues("x-api-key", out var keys) || keys.SingleOrDefault() != options.ApiKey)
        {
            return FakeResponse.Json(401, new JObject { ["message"] = "Unauthorised" });
        }

        var practiceGroupId = request.Headers.TryGetValues("x-practice-group-id", out var groups) ? groups.SingleOrDefault() : null;
        if (practiceGroupId is null || !options.PracticeGroupIds.Contains(practiceGroupId))
        {
            return FakeResponse.Json(403, new JObject { ["message"] = "The practice group is not in this API key's network" });
        }

        if (custom is not null)
        {
            var text = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JToken? json;
            try
            {
                json = string.IsNullOrWhiteSpace(text) ? null : JToken.Parse(text);
            }
            catch (JsonReaderException)
            {
                return FakeResponse.ValidationError("", "JSON");
            }

            var answer = await custom.Handler(new FakeHeroRequest(fake, request.Method.Method, practiceGroupId, customParameters, Query(request.RequestUri!), json)).ConfigureAwait(false);
            return FakeResponse.Json(answer.Status, answer.Body);
        }

        if (engine.TakeFault(route!.OperationId) is { } fault)
        {
            if (fault.Latency is { } latency)
            {
                await Task.Delay(latency, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (fault.Status is { } status)
            {
                return new FakeResponse(status, new JObject { ["message"] = "Injected fault" }, fault.RetryAfter);
            }
        }

        JObject? body = null;
        if (route.RequestSchema is { } schema)
        {
            var text = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                body = string.IsNullOrWhiteSpace(text) ? new JObject() : JObject.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore });
            }
            catch (JsonReaderException)
            {
                return FakeResponse.ValidationError("", "a JSON object");
            }

            if (MissingRequired(FakeSpec.Instance.Resolve(schema), body) is { } missing)
            {
                return FakeResponse.ValidationError(missing, "required");
            }
        }

        return await engine.HandleAsync(route, practiceGroupId, pathParameters, Query(request.RequestUri!), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first required top-level property that is absent (or null where not nullable).</summary>
    private static string? MissingRequired(JObject schema, JObject body)
    {
        if (schema["oneOf"] is JArray options)
        {
            schema = FakeSpec.Instance.Resolve((JObject)options[0]);
        }

        foreach (var name in schema["required"]?.Values<string>() ?? [])
        {
            var property = schema["properties"]?[name!] as JObject;
            var nullable = property is not null && (bool?)FakeSpec.Instance.Resolve(property)["nullable"] == true || (bool?)property?["nullable"] == true;
            if (body[name!] is null || (body[name!]!.Type == JTokenType.Null && !nullable))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The API path, whatever base address the client uses (e.g. the mock server's prefix).</summary>
    private static string ApiPath(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(segments, s => s.Length >= 2 && s[0] == 'v' && s[1..].All(char.IsAsciiDigit));
        return "/" + string.Join('/', start < 0 ? segments : segments[start..]);
    }

    private static Dictionary<string, string[]> Query(Uri uri)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty;
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(value);
        }

        return result.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
