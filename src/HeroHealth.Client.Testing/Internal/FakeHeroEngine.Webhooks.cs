using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

// The fake's part for webhook subscriptions, signed deliveries and Elements access tokens.
internal sealed partial class FakeHeroEngine
{
    private FakeResponse CreateWebhook(string practiceGroupId, JObject body)
    {
        if (!Uri.TryCreate((string?)body["url"], UriKind.Absolute, out var url))
        {
            return FakeResponse.ValidationError("url", "uri");
        }

        var hook = new FakeWebhook(NextId(), practiceGroupId, (string)body["event_type"]!, url, (string?)body["signing_key"], (string?)body["description"], body["headers"] as JObject, Now);
        lock (_gate)
        {
            _webhooks[hook.Id] = hook;
        }

        return FakeResponse.Json(200, WebhookJson(hook));
    }

    private static JObject WebhookJson(FakeWebhook hook)
    {
        var json = new JObject
        {
            ["id"] = hook.Id,
            ["event_type"] = hook.EventType,
            ["url"] = hook.Url.AbsoluteUri,
            ["headers"] = hook.Headers ?? new JObject(),
            ["created_at"] = hook.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
            ["updated_at"] = hook.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
        };
        if (hook.SigningKey is not null)
        {
            json["signing_key"] = hook.SigningKey;
        }

        return json;
    }

    private FakeResponse ListWebhooks(string practiceGroupId, Dictionary<string, string[]> query)
    {
        var type = First(query, "event_type");
        lock (_gate)
        {
            var items = _webhooks.Values.Where(w => w.PracticeGroupId == practiceGroupId && (type is null || w.EventType == type)).Select(WebhookJson).ToList();
            return FakeResponse.Json(200, new JObject { ["data"] = new JArray(items), ["count"] = items.Count });
        }
    }

    private FakeResponse DeleteWebhook(string practiceGroupId, string id)
    {
        lock (_gate)
        {
            return _webhooks.TryGetValue(id, out var hook) && hook.PracticeGroupId == practiceGroupId && _webhooks.Remove(id)
                ? FakeResponse.Json(200, new JObject())
                : NotFound("webhook");
        }
    }

    private string MintToken(string practiceGroupId)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = B64(Encoding.UTF8.GetBytes(new JObject
        {
            ["iss"] = "fake-hero",
            ["sub"] = practiceGroupId,
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["exp"] = (Now + _options.AccessTokenLifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        }.ToString(Formatting.None)));
        var signature = B64(HMACSHA256.HashData(_tokenKey, Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }
}
