using System.CommandLine;
using HeroHealth.Client;
using HeroHealth.Client.Testing;

namespace HeroHealth.Cli;

/// <summary>
/// Where API commands go: the embedded fake (default, offline), a <c>hero fake serve</c> on this machine (<c>local</c>),
/// or a Hero environment with real credentials.
/// </summary>
internal sealed class CliTarget : IDisposable
{
    /// <summary>The port <c>hero fake serve</c> listens on, and <c>--env local</c> goes to, unless told otherwise.</summary>
    public const int LocalPort = 5080;

    public static readonly Uri LocalBaseAddress = new($"http://127.0.0.1:{LocalPort}/");

    private CliTarget(HeroHealthClient client, FakeHero? fake, string name, Uri? localBaseAddress)
    {
        Client = client;
        Fake = fake;
        Name = name;
        LocalAddress = localBaseAddress;
    }

    public HeroHealthClient Client { get; }

    /// <summary>The embedded fake, when that is the target.</summary>
    public FakeHero? Fake { get; }

    /// <summary>The served fake's base address, when the target is one (<c>--env local</c>).</summary>
    public Uri? LocalAddress { get; }

    public string Name { get; }

    public static CliTarget Open(ParseResult parse, CliOptions options, Func<string, string?> environment)
    {
        var baseAddress = parse.GetValue(options.BaseAddress);
        var env = parse.GetValue(options.Env) ?? (baseAddress is null ? "fake" : "local");
        var group = parse.GetValue(options.PracticeGroup);
        switch (env)
        {
            case "fake":
                {
                    if (baseAddress is not null)
                    {
                        throw new CliException("--base-address does not apply to the embedded fake; use --env local for a served one.");
                    }

                    var fake = new FakeHero();
                    if (group is not null && !fake.Options.PracticeGroupIds.Contains(group))
                    {
                        fake.Dispose();
                        throw new CliException($"The embedded fake's network is {string.Join(", ", fake.Options.PracticeGroupIds)}; --practice-group {group} is not in it.");
                    }

                    return new CliTarget(fake.CreateClient(group), fake, "the embedded fake (offline, synthetic data)", null);
                }

            case "local":
                {
                    // A real key from HERO_API_KEY is never sent to a local server: the served fake has its own key.
                    var address = baseAddress ?? LocalBaseAddress;
                    var local = new HeroHealthClientOptions
                    {
                        ApiKey = parse.GetValue(options.ApiKey) ?? FakeHero.DefaultApiKey,
                        PracticeGroupId = group ?? new FakeHeroOptions().PracticeGroupIds[0],
                        BaseAddress = address,
                        ApplicationId = "hero-cli",
                    };
                    HeroHealthClientOptionsValidator.ThrowIfInvalid(local);
                    return new CliTarget(new HeroHealthClient(local), null, $"the served fake at {address}", local.ResolveBaseAddress());
                }
        }

        var environmentValue = env switch
        {
            "mock" => HeroHealthEnvironment.Mock,
            "staging" => HeroHealthEnvironment.Staging,
            _ => HeroHealthEnvironment.Production,
        };
        // Hero's mock answers from its description without checking the key: no real key is needed (or sent) there.
        var key = parse.GetValue(options.ApiKey) ?? (env == "mock" ? "hero-mock-needs-no-key" : environment("HERO_API_KEY"))
            ?? throw new CliException($"--env {env} needs an API key: set HERO_API_KEY or pass --api-key.");
        group ??= environment("HERO_PRACTICE_GROUP_ID") ?? (env == "mock" ? "1" : null)
            ?? throw new CliException($"--env {env} needs a practice group: set HERO_PRACTICE_GROUP_ID or pass --practice-group.");
        var real = new HeroHealthClientOptions { ApiKey = key, PracticeGroupId = group, Environment = environmentValue, BaseAddress = baseAddress, ApplicationId = "hero-cli" };
        HeroHealthClientOptionsValidator.ThrowIfInvalid(real);
        return new CliTarget(new HeroHealthClient(real), null, $"Hero {env} ({real.ResolveBaseAddress()})", null);
    }

    public void Dispose()
    {
        Client.Dispose();
        Fake?.Dispose();
    }
}
