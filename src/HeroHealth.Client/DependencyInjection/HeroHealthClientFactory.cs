using HeroHealth.Client.Configuration;
using HeroHealth.Client.Http;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client.DependencyInjection;

/// <summary>Builds clients over IHttpClientFactory's pooled clients, one per registration name.</summary>
internal sealed class HeroHealthClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<HeroHealthClientOptions> options,
    IEnumerable<HeroHealthClientRegistration> registrations) : IHeroHealthClientFactory
{
    private readonly HashSet<string> _names = registrations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

    public HeroHealthClient CreateClient(string? name = null)
    {
        name ??= Options.DefaultName;
        if (!_names.Contains(name))
        {
            throw new InvalidOperationException(
                $"No Hero Health client named '{name}' is registered. Call services.AddHeroHealthClient(\"{name}\", …) first.");
        }

        var settings = options.Get(name);
        var http = httpClientFactory.CreateClient(HeroHealthClientRegistration.HttpClientNameFor(name));
        return new HeroHealthClient(http, new HeroRequestContext(settings.ApiKey, settings.PracticeGroupId), settings, ownsHttp: false);
    }
}
