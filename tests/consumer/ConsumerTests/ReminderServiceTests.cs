using HeroHealth.Client;
using HeroHealth.Client.Testing;
using NUnit.Framework;

namespace ConsumerTests;

/// <summary>A user's own code, tested against the fake the way the README shows.</summary>
public sealed class ReminderService(HeroHealthClient hero)
{
    public async Task RemindAsync(NhsNumber patient, DateOnly dateOfBirth, CancellationToken cancellationToken)
    {
        var registration = await hero.Patients.RegisterFromPdsAsync(patient, dateOfBirth, cancellationToken);
        await hero.Messages.SendSmsAsync(registration.PatientId!, "Please book your asthma review.", cancellationToken: cancellationToken);
    }
}

[TestFixture]
public class ReminderServiceTests
{
    [Test]
    public async Task Sends_one_sms_to_the_registered_patient()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        var patient = FakeHero.SyntheticPatients[0];

        await new ReminderService(hero).RemindAsync(patient.NhsNumber, patient.DateOfBirth, CancellationToken.None);

        Assert.That(fake.SentMessages.Single().PatientId, Is.EqualTo(patient.PatientId));
    }

    [Test]
    public void A_rate_limited_send_is_a_typed_exception_and_not_retried()
    {
        using var fake = new FakeHero();
        using var hero = fake.CreateClient();
        fake.InjectFault(FakeFault.RateLimited(TimeSpan.FromSeconds(1)));

        Assert.That(async () => await hero.Messages.SendSmsAsync("9001", "Hello"), Throws.InstanceOf<HeroHealthRateLimitException>());
        Assert.That(fake.SentMessages, Is.Empty);
    }
}
