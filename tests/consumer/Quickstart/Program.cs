// The README quick start, from an empty console app to a sent SMS against the fake: the region is the README's
// "Quick start" block word for word (ReadmeSnippetsTests), and build/consumer-smoke runs it from the packed packages.
#region snippet: quickstart
using HeroHealth.Client;
using HeroHealth.Client.Testing;

using var fake = new FakeHero();                 // Hero in-process: synthetic patients, key and practice groups
using var hero = fake.CreateClient();            // a real HeroHealthClient whose transport is the fake
var sent = await hero.Messages.SendSmsAsync("9001", "Your flu jab is on Tuesday at 9:30.");
Console.WriteLine($"Sent message {sent?.MessageId} to patient 9001: {fake.SentMessages.Count} message(s) at the fake");
#endregion
Check(fake.SentMessages.Single().Text == "Your flu jab is on Tuesday at 9:30.", "plain client sent the SMS");

var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
Microsoft.Extensions.DependencyInjection.HeroHealthServiceCollectionExtensions.AddHeroHealthClient(services, o =>
{
    o.ApiKey = FakeHero.DefaultApiKey;
    o.PracticeGroupId = fake.PracticeGroupId;
    o.BaseAddress = FakeHero.BaseAddress;
}).UseFakeHero(fake);
await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<HeroHealthClient>(provider).Messages.SendSmsAsync("9001", "Second message");
Check(fake.SentMessages.Count == 2, "DI client sent the SMS");

Console.WriteLine($"quickstart ok on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} ({AppContext.TargetFrameworkName}): message {sent?.MessageId}");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("quickstart FAILED: " + what);
        Environment.Exit(1);
    }
}
