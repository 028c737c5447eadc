using HeroHealth.Client.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReadmeExamples;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>
/// The README's snippets run against the fake with its documented data (the fake's first patient, key, practice
/// groups), so a newcomer who copies them gets what the README says: counted on the fake's own records.
/// </summary>
[TestFixture]
public class ReadmeSnippetRunTests
{
    [Test]
    public async Task The_patient_snippet_registers_the_fakes_first_patient_by_NHS_number()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();

        var patientId = await ReadmeSnippets.RegisterPatient(hero, CancellationToken.None);

        Assert.That(patientId, Is.EqualTo(FakeHero.SyntheticPatients[0].PatientId));
        Assert.That(FakeHero.SyntheticPatients[0].NhsNumber, Is.EqualTo(NhsNumber.Parse("999 000 0018")), "the README's NHS number is the fake's first patient");
    }

    [Test]
    public async Task The_messaging_snippet_sends_two_messages_and_a_batch_that_completes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var fake = new FakeHero(new FakeHeroOptions { TimeProvider = clock });
        using var hero = fake.CreateClient();

        var run = ReadmeSnippets.SendMessages(hero, "9001", CancellationToken.None);
        while (!run.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1)); // WaitForBatchAsync polls on the client's clock, the fake's here
            await Task.Delay(5);
        }

        var batch = await run;
        Assert.That(batch.Status, Is.EqualTo(BatchMessageStatus.Completed));
        Assert.That(fake.SentMessages.Select(m => m.Channel), Is.EqualTo(new[] { "sms", "nhs_app" }));
        Assert.That(fake.SentMessages[0].Recipient, Is.EqualTo("+447700900123"), "the recipient override, normalised");
        Assert.That(fake.SentMessages[0].WriteToRecord, Is.True);
    }

    [Test]
    public async Task The_links_snippet_gets_a_booking_link_and_emails_a_shared_letter()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();

        var letter = await ReadmeSnippets.ShareLinks(hero, "9001", [1, 2, 3], CancellationToken.None);

        Assert.That(letter.Url.IsAbsoluteUri, Is.True);
        var email = fake.SentMessages.Single();
        Assert.That(email.Channel, Is.EqualTo("email"));
        Assert.That((string?)email.Body["attachment_uuid"], Is.EqualTo(letter.AttachmentUuid));
    }

    [Test]
    public async Task The_token_webhook_paging_error_and_send_once_snippets_run_against_the_fake()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();

        var token = await ReadmeSnippets.MintToken(new HeroAccessTokenProvider(hero), CancellationToken.None);
        var webhook = await ReadmeSnippets.Subscribe(hero, CancellationToken.None);
        await ReadmeSnippets.Paging(hero, CancellationToken.None);
        await ReadmeSnippets.Errors(hero, CancellationToken.None);   // the 404 is the snippet's own catch
        await ReadmeSnippets.SendOnce(hero, "9001", CancellationToken.None);

        Assert.That(token.Token.Split('.'), Has.Length.EqualTo(3), "a JWT");
        Assert.That(webhook!.EventType, Is.EqualTo(WebhookEventType.AppointmentConfirmed.ToString()));
        Assert.That(await hero.Webhooks.FindWebhooksAsync(), Has.Count.EqualTo(1));
        Assert.That(fake.SentMessages.Single().Text, Is.EqualTo("Your results are ready to discuss."));
    }

    [Test]
    public async Task The_practice_group_snippet_reaches_another_practice_of_the_fakes_network()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hero:PracticeA:ApiKey"] = FakeHero.DefaultApiKey,
            ["Hero:PracticeA:PracticeGroupId"] = "1001",
            ["Hero:PracticeB:ApiKey"] = FakeHero.DefaultApiKey,
            ["Hero:PracticeB:PracticeGroupId"] = "1002",
        }).Build();
        using var provider = new ServiceCollection().AddHeroHealthClient("practice-a", configuration.GetSection("Hero:PracticeA")).UseFakeHero(fake).Services.BuildServiceProvider();

        Assert.That(async () => await ReadmeSnippets.SeveralPracticeGroups(hero, services, configuration, provider, CancellationToken.None), Throws.Nothing);
        Assert.That(services.Count(s => s.ServiceType == typeof(IHeroHealthClientFactory)), Is.GreaterThanOrEqualTo(1), "the snippet registered its clients");
        Assert.That(fake.Options.PracticeGroupIds, Does.Contain("1002"), "the README's second practice group is in the fake's network");
    }
}
