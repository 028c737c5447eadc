using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.ContractTests;

/// <summary>Counts what reaches Prism and collects the violations Prism reports in <c>sl-violations</c>.</summary>
public sealed class WireRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>"location: message" for each violation of the latest requests.</summary>
    public List<string> Violations { get; } = [];

    public static List<string> ViolationsOf(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("sl-violations", out var values))
        {
            return [];
        }

        return values.SelectMany(v => JArray.Parse(v))
            .Select(v => string.Join('.', v["location"]?.Values<string>() ?? []) + ": " + (string?)v["message"])
            .ToList();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        var response = await base.SendAsync(request, cancellationToken);
        lock (Violations)
        {
            Violations.AddRange(ViolationsOf(response));
        }

        return response;
    }
}
