using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Generated;

/// <summary>URL and header details that the per-operation tests do not pin down one by one.</summary>
[TestFixture]
public class RequestFormattingTests
{
    [Test]
    public async Task Path_ids_are_escaped()
    {
        using var mock = new MockHttpMessageHandler();
        string? seen = null;
        mock.Fallback.Respond(req =>
        {
            seen = req.RequestUri!.AbsoluteUri;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") };
        });
        var client = new BookingClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        await client.GetSlotAsync("a b%c+d&e");

        Assert.That(seen, Is.EqualTo("https://hero.example.test/v1/slots/a%20b%25c%2Bd%26e"));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(".")]
    [TestCase("..")]
    [TestCase("1/../../v1/patients")]
    [TestCase("1?x=1")]
    [TestCase("1#x")]
    [TestCase("1\\2")]
    [TestCase("1\n")]
    [TestCase("1\u007f")]
    [TestCase("1\u0085")]
    public async Task Path_ids_that_could_point_at_another_resource_throw_before_any_request(string id)
    {
        using var mock = new MockHttpMessageHandler();
        var sent = 0;
        mock.Fallback.Respond(_ =>
        {
            sent++;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        });
        var client = new BookingClient(new HeroRequestContext("k", "1"), TestHttp.Over(mock));

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => client.GetSlotAsync(id));

        Assert.That(((ArgumentException)ex!).ParamName, Is.EqualTo("id"));
        Assert.That(sent, Is.Zero);
    }

    [Test]
    public async Task Query_arrays_repeat_the_key_booleans_are_lower_case_and_brackets_are_kept()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect("https://hero.example.test/v1/practitioners")
            .WithExactQueryString("location_ids=1&location_ids=2&appointment_type_ids=7&has_availability=false")
            .Respond("application/json", "[]");
        mock.Expect("https://hero.example.test/v1/subscriptions")
            .WithExactQueryString("order_by%5B%5D=created_at&order_descending%5B%5D=true")
            .Respond("application/json", "{}");
        var context = new HeroRequestContext("k", "1");

        await new PracticeGroupClient(context, TestHttp.Over(mock)).ListPractitionersAsync(["1", "2"], ["7"], false);
        await new SubscriptionsClient(context, TestHttp.Over(mock)).ListSubscriptionsAsync(orderBy: ["created_at"], orderDescending: ["true"]);

        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task Each_client_sends_its_own_practice_group_on_a_shared_HttpClient()
    {
        using var mock = new MockHttpMessageHandler();
        var seen = new List<string>();
        mock.Fallback.Respond(req =>
        {
            seen.Add(req.Headers.GetValues("x-practice-group-id").Single());
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"access_token":"t"}""") };
        });
        using var http = TestHttp.Over(mock);
        var a = new HeroRequestContext("k", "100");

        await new PracticeGroupClient(a, http).CreateAccessTokenAsync();
        await new PracticeGroupClient(a.ForPracticeGroup("200"), http).CreateAccessTokenAsync();

        Assert.That(seen, Is.EqualTo(new[] { "100", "200" }));
    }

    [TestCase("")]
    [TestCase("12a")]
    [TestCase(" 12")]
    [TestCase("-1")]
    public void Practice_group_ids_must_be_digits(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new HeroRequestContext("k", id));
        Assert.That(ex!.ParamName, Is.EqualTo("practiceGroupId"));
    }

    [Test]
    public void Request_context_never_shows_the_api_key()
    {
        var context = new HeroRequestContext("super-secret-key", "42");
        Assert.That(context.ToString(), Does.Contain("42").And.Not.Contain("super-secret-key"));
        var ex = Assert.Throws<ArgumentException>(() => _ = new HeroRequestContext("bad\nkey", "1"));
        Assert.That(ex!.Message, Does.Not.Contain("bad"));
    }
}
