using HeroHealth.Client.Tests.Facade;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Serialization;

/// <summary>A response that cannot be read is one of the SDK's exceptions, naming where it failed and never what it read.</summary>
[TestFixture]
public class ReadFailureTests
{
    [Test]
    public async Task A_value_of_the_wrong_shape_names_the_field()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/batch_message/*").Respond("application/json", """{"id":"1","name":["Flu"],"status":"CREATED","channel":"sms","content":"Jane Smith"}""");

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthResponseShapeException>(), () => h.Client.Messages.GetBatchMessageAsync("1"));

        Assert.That(ex!.InnerException!.Message, Does.Contain("path 'name', line 1"));
        Assert.That(ex.ToString(), Does.Not.Contain("Jane"));
    }

    [Test]
    public async Task A_null_enum_is_read_as_no_value_not_as_a_failure()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/batch_message/*").Respond("application/json", """{"id":"1","name":"Flu","status":null,"channel":"SMS","content":"x"}""");

        var batch = await h.Client.Messages.GetBatchMessageAsync("1");

        Assert.That(batch!.Status, Is.Null);
        Assert.That(batch.Channel, Is.EqualTo(HeroHealth.Client.BatchChannel.Sms));
    }

    [Test]
    public async Task An_unreadable_item_of_an_undocumented_list_is_a_typed_error_without_values()
    {
        using var h = new FacadeHarness();
        h.Mock.When("*/v1/webhooks").Respond("application/json", """{"data":[{"id":"1","event_type":"appointment.confirmed","url":"https://a.example/"},{"id":{"Jane Smith":"943 476 5919"}}]}""");

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<HeroHealthResponseShapeException>(), () => h.Client.Webhooks.FindWebhooksAsync());

        Assert.That(ex, Is.Not.InstanceOf<Newtonsoft.Json.JsonException>());
        Assert.That(ex!.Message, Does.Contain("listWebhooks").And.Contain("data[1]"));
        Assert.That(ex.ToString(), Does.Not.Contain("Jane").And.Not.Contain("5919"));
    }

    [TestCase("data[0].start_time", "data[0].start_time")]
    [TestCase("data[2].notes['Jane Smith']", "data[2].notes[*]")]
    [TestCase("additional.Jane", "additional.*")]
    [TestCase("notes['Jane.Smith'].x", "notes.*.x")]
    [TestCase("", "")]
    public void Paths_keep_field_names_and_indexes_but_not_keys(string path, string safe)
    {
        Assert.That(HeroHealthApiException.SafePath(path), Is.EqualTo(safe));
    }
}
