
namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class NhsNumberTests
{
    [TestCase("943 476 5919")]
    [TestCase("943-476-5919")]
    [TestCase("9434765919")]
    [TestCase("  9434765919 ")]
    [TestCase("\t943 476 5919\n")]
    public void Accepts_the_documented_forms(string text)
    {
        var number = NhsNumber.Parse(text);

        Assert.That(number.Digits, Is.EqualTo("9434765919"));
        Assert.That(number.Formatted, Is.EqualTo("943 476 5919"));
        Assert.That(number.Redacted, Is.EqualTo("*** *** 5919"));
        Assert.That(number.ToString(), Is.EqualTo("*** *** 5919"), "ToString never shows the number");
        Assert.That($"{number}", Does.Not.Contain("943"));
    }

    [TestCase("9434765918", "check digit")]
    [TestCase("943476591", "10 digits; this has 9")]
    [TestCase("94347659190", "has more")]
    [TestCase("943476591A", "only digits")]
    [TestCase("943 4765919", "grouped 3-3-4")]
    [TestCase("943-476 5919", "grouped 3-3-4")]
    [TestCase("943  476 5919", "grouped 3-3-4")]
    [TestCase("+943 476 5919", "only digits")]
    [TestCase("", "required")]
    [TestCase("   ", "required")]
    public void Rejects_with_a_clear_message_that_does_not_repeat_the_input(string text, string expected)
    {
        Assert.That(NhsNumber.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
        var ex = Assert.Throws<FormatException>(() => NhsNumber.Parse(text));
        Assert.That(ex!.Message, Is.EqualTo(error));
        if (text.Trim().Length > 3)
        {
            Assert.That(ex.Message, Does.Not.Contain(text.Trim()));
        }
    }

    [Test]
    public void A_check_digit_of_ten_is_invalid_whatever_the_last_digit()
    {
        var prefix = FirstPrefixWithCheckDigit(10);
        for (var last = 0; last <= 9; last++)
        {
            Assert.That(NhsNumber.TryParse(prefix + last, out _), Is.False, prefix + last);
        }
    }

    [Test]
    public void A_check_digit_of_eleven_becomes_zero()
    {
        var prefix = FirstPrefixWithCheckDigit(11);
        Assert.That(NhsNumber.TryParse(prefix + "0", out var number), Is.True);
        Assert.That(number.Digits, Is.EqualTo(prefix + "0"));
        Assert.That(NhsNumber.TryParse(prefix + "1", out _), Is.False);
    }

    [Test]
    public void Null_default_and_equality_behave()
    {
        Assert.That(NhsNumber.TryParse(null, out _), Is.False);
        Assert.That(default(NhsNumber).IsEmpty, Is.True);
        Assert.That(default(NhsNumber).ToString(), Is.EqualTo("(none)"));
        Assert.Throws<InvalidOperationException>(() => _ = default(NhsNumber).Digits);
        Assert.That(NhsNumber.Parse("943 476 5919"), Is.EqualTo(NhsNumber.Parse("9434765919")));
        Assert.That(NhsNumber.Parse("943 476 5919") == NhsNumber.Parse("943-476-5919"), Is.True);
        Assert.That(NhsNumber.Parse("943 476 5919").GetHashCode(), Is.EqualTo(NhsNumber.Parse("9434765919").GetHashCode()));
        Assert.That(NhsNumber.Parse("9434765919") != default, Is.True);
        Assert.That(new HashSet<NhsNumber> { NhsNumber.Parse("943 476 5919"), NhsNumber.Parse("9434765919") }, Has.Count.EqualTo(1));
        Assert.That($"{NhsNumber.Parse("9434765919")}", Does.Not.Contain("943476"), "the record's own formatting is the redacted form");
    }

    /// <summary>The first 9-digit prefix whose modulus-11 check value (11 - sum % 11) is <paramref name="check"/>.</summary>
    internal static string FirstPrefixWithCheckDigit(int check)
    {
        for (var n = 100_000_000; ; n++)
        {
            var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            if (11 - (sum % 11) == check)
            {
                return digits;
            }
        }
    }
}
