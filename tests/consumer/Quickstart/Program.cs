// The README quick start, from an empty console app to a sent SMS against the fake.
using HeroHealth.Client;
using HeroHealth.Client.Testing;
using Microsoft.Extensions.DependencyInjection;

using var fake = new FakeHero();
using var hero = fake.CreateClient();
var sent = await hero.Messages.SendSmsAsync("9001", "Your flu jab is on Tuesday at 9:30.");
Check(fake.SentMessages.Single().Text == "Your flu jab is on Tuesday at 9:30.", "plain client sent the SMS");

var services = new ServiceCollection();
services.AddHeroHealthClient(o =>
{
    o.ApiKey = FakeHero.DefaultApiKey;
    o.PracticeGroupId = fake.PracticeGroupId;
    o.BaseAddress = FakeHero.BaseAddress;
}).UseFakeHero(fake);
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<HeroHealthClient>().Messages.SendSmsAsync("9001", "Second message");
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
