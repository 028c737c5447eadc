using HeroHealth.Client;
using HeroHealth.Client.Testing;

namespace HeroHealth.Cli;

/// <summary>Where commands go: the embedded fake (default, offline) or a Hero environment with real credentials.</summary>
internal sealed class CliTarget : IDisposable
{
    private CliTarget(HeroHealthClient client, FakeHero? fake, string name)
    {
        Client = client;
        Fake = fake;
        Name = name;
    }

    public HeroHealthClient Client { get; }

    /// <summary>The embedded fake, when that is the target.</summary>
    public FakeHero? Fake { get; }

    public string Name { get; }

    public bool IsFake => Fake is not null;

    public static CliTarget Open(CliArguments args, Func<string, string?> environment)
    {
        var env = (args.Get("env") ?? "fake").ToLowerInvariant();
        var group = args.Get("practice-group") ?? (env == "fake" ? null : environment("HERO_PRACTICE_GROUP_ID"));
        if (env == "fake")
        {
            var fake = new FakeHero();
            if (group is not null && !fake.Options.PracticeGroupIds.Contains(group))
            {
                throw new CliException($"The embedded fake's network is {string.Join(", ", fake.Options.PracticeGroupIds)}; --practice-group {group} is not in it.");
            }

            return new CliTarget(fake.CreateClient(group), fake, "the embedded fake (offline, synthetic data)");
        }

        var environmentValue = env switch
        {
            "mock" => HeroHealthEnvironment.Mock,
            "staging" => HeroHealthEnvironment.Staging,
            "production" => HeroHealthEnvironment.Production,
            _ => throw new CliException($"--env must be fake, mock, staging or production (got '{env}')."),
        };
        var key = args.Get("api-key") ?? environment("HERO_API_KEY")
            ?? throw new CliException($"--env {env} needs an API key: set HERO_API_KEY or pass --api-key.");
        if (group is null)
        {
            throw new CliException($"--env {env} needs a practice group: set HERO_PRACTICE_GROUP_ID or pass --practice-group.");
        }

        var options = new HeroHealthClientOptions { ApiKey = key, PracticeGroupId = group, Environment = environmentValue, ApplicationId = "hero-cli" };
        HeroHealthClientOptionsValidator.ThrowIfInvalid(options);
        return new CliTarget(new HeroHealthClient(options), null, $"Hero {env} ({HeroHealthEnvironments.BaseAddressOf(environmentValue)})");
    }

    public void Dispose()
    {
        Client.Dispose();
        Fake?.Dispose();
    }
}
