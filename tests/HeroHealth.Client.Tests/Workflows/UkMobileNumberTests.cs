
namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class UkMobileNumberTests
{
    [TestCase("07700 900123")]
    [TestCase("07700900123")]
    [TestCase("07700-900-123")]
    [TestCase("+44 7700 900123")]
    [TestCase("+447700900123")]
    [TestCase("+44 (0)7700 900123")]
    [TestCase("0044 7700 900123")]
    [TestCase(" (07700) 900.123 ")]
    public void Normalises_to_E164(string text)
    {
        var number = UkMobileNumber.Parse(text);
        Assert.That(number.E164, Is.EqualTo("+447700900123"));
        Assert.That(number.ToString(), Is.EqualTo("+44 7*** ***123"));
        Assert.That(number, Is.EqualTo(UkMobileNumber.Parse("+447700900123")), "equal by the normalised number");
        Assert.That(number == UkMobileNumber.Parse("07700900123") && number.GetHashCode() == UkMobileNumber.Parse("07700900123").GetHashCode(), Is.True);
        Assert.That(number != UkMobileNumber.Parse("07700900124") && number != default, Is.True);
    }

    [TestCase("020 7946 0000", "starts with 07")]
    [TestCase("0770090012", "11 digits")]
    [TestCase("077009001234", "11 digits")]
    [TestCase("+33 6 12 34 56 78", "Only UK mobile numbers")]
    [TestCase("07700 9OO123", "only digits")]
    [TestCase("", "required")]
    public void Rejects_what_cannot_receive_UK_SMS(string text, string expected)
    {
        Assert.That(UkMobileNumber.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
    }
}
