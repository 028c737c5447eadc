using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Support;

/// <summary>Records what reached the mock (method, path and query, JSON body) and answers with a fixed body.</summary>
public sealed class RequestRecorder
{
    public List<(string Method, string PathAndQuery, JToken? Body)> Requests { get; } = [];

    public RequestRecorder Answer(MockHttpMessageHandler mock, string json, string pattern = "*")
    {
        mock.When(pattern).Respond(async req =>
        {
            var text = req.Content is null ? null : await req.Content.ReadAsStringAsync();
            lock (Requests)
            {
                Requests.Add((req.Method.Method, Uri.UnescapeDataString(req.RequestUri!.PathAndQuery), string.IsNullOrEmpty(text) ? null : JToken.Parse(text)));
            }

            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        });
        return this;
    }

    public JObject SingleBody() => (JObject)Requests.Single().Body!;
}
