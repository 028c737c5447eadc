using System.Diagnostics.Metrics;
using System.Net;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>
/// Responses that differ from the API description are counted (operation, kind, JSON path) and logged once per
/// operation and path, never with a value, and reading them still succeeds; the option turns it off.
/// </summary>
[TestFixture]
[NonParallelizable]
public class SpecDriftTests
{
    // A batch message as Hero might send it after a change: an enum value and a field the description lacks, a required
    // field missing ("content"), patient data in the new field.
    private const string Drifted = """{"id":"77","name":"Flu clinic","status":"ARCHIVED","channel":"SMS","archived_by":"Dr Jane Smith 943 476 5919"}""";

    private static (MeterListener Listener, List<(long Value, Dictionary<string, object?> Tags)> Seen) Listen()
    {
        var seen = new List<(long, Dictionary<string, object?>)>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "hero.client.spec_drift")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (!tags.ToArray().Any(t => t.Key == "hero.operation" && (string?)t.Value == "getBatchMessage"))
            {
                return; // another test's client, if any ran alongside
            }

            lock (seen)
            {
                seen.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();
        return (listener, seen);
    }

    [Test]
    public async Task Unknown_fields_and_enum_values_and_missing_required_fields_are_counted_by_path_and_logged_once()
    {
        using var harness = new FacadeHarness();
        harness.Mock.When(HttpMethod.Get, "*/v1/batch_message/77").Respond("application/json", Drifted);
        var (listener, seen) = Listen();
        using var _ = listener;

        var first = await harness.Client.Messages.GetBatchMessageAsync("77");
        var second = await harness.Client.Messages.GetBatchMessageAsync("77");

        Assert.That(first!.Status!.Value.IsKnown, Is.False, "still read: the extensible enum carries it");
        Assert.That(second!.Name, Is.EqualTo("Flu clinic"));
        var kinds = seen.Select(s => $"{s.Tags["hero.operation"]} {s.Tags["hero.drift.kind"]} {s.Tags["hero.drift.path"]}").ToList();
        Assert.That(kinds.Distinct(), Is.EquivalentTo(new[]
        {
            "getBatchMessage unknown_enum_value $.status",
            "getBatchMessage unknown_field $.archived_by",
            "getBatchMessage missing_required_field $.content",
        }));
        Assert.That(kinds, Has.Count.EqualTo(6), "counted on every response");
        var logs = harness.Logs.GetSnapshot().Where(r => r.Id.Name == "HeroSpecDrift").Select(r => r.Message).ToList();
        Assert.That(logs, Has.Count.EqualTo(3), "logged once per operation, kind and path");
        var everything = string.Join("\n", logs.Concat(seen.SelectMany(s => s.Tags.Values.Select(v => v?.ToString()))));
        Assert.That(everything, Does.Not.Contain("ARCHIVED").And.Not.Contain("Jane").And.Not.Contain("5919").And.Not.Contain("Flu"));
    }

    [Test]
    public async Task List_items_share_one_path_and_an_undocumented_success_status_is_reported()
    {
        using var harness = new FacadeHarness();
        harness.Mock.When(HttpMethod.Get, "*/v1/batch_message/78").Respond(HttpStatusCode.NonAuthoritativeInformation, "application/json",
            """{"id":"78","name":"n","status":"CREATED","channel":"SMS","content":"c"}""");
        var (listener, seen) = Listen();
        using var _ = listener;

        var result = await harness.Client.Messages.GetBatchMessageAsync("78");

        Assert.That(result!.Id, Is.EqualTo("78"), "any 2xx is success");
        Assert.That(seen.Select(s => ((string?)s.Tags["hero.drift.kind"], s.Tags.GetValueOrDefault("http.response.status_code"))), Is.EqualTo(new[] { ((string?)"undocumented_status", (object?)203) }));
        Assert.That(HeroSpecDrift.Normalize("data[12].items[3].status"), Is.EqualTo("$.data[].items[].status"));
        Assert.That(HeroSpecDrift.Normalize(""), Is.EqualTo("$"));
        Assert.That(HeroSpecDrift.Normalize("[0].id"), Is.EqualTo("$[].id"));
        Assert.That(HeroSpecDrift.Normalize("headers['x-trace'][2]"), Is.EqualTo("$.headers['x-trace'][]"));
    }

    [Test]
    public async Task Turned_off_nothing_is_counted_or_logged()
    {
        using var harness = new FacadeHarness(o => o.ReportSpecDrift = false);
        harness.Mock.When(HttpMethod.Get, "*/v1/batch_message/77").Respond("application/json", Drifted);
        var (listener, seen) = Listen();
        using var _ = listener;

        await harness.Client.Messages.GetBatchMessageAsync("77");

        Assert.That(seen, Is.Empty);
        Assert.That(harness.Logs.GetSnapshot().Where(r => r.Id.Name == "HeroSpecDrift"), Is.Empty);
    }

    [Test]
    public async Task A_response_that_matches_the_description_reports_nothing()
    {
        using var harness = new FacadeHarness();
        harness.Mock.When(HttpMethod.Get, "*/v1/batch_message/79").Respond("application/json", """{"id":"79","name":"n","status":"COMPLETED","channel":"SMS","content":"c"}""");
        var (listener, seen) = Listen();
        using var _ = listener;

        await harness.Client.Messages.GetBatchMessageAsync("79");

        Assert.That(seen, Is.Empty);
    }
}
