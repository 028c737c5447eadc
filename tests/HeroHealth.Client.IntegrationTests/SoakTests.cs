using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// 10,000 mixed calls over 100 practice groups with 10% random faults on a loopback Kestrel server (seeded, bounded
/// in time): no POST processed twice, no request with another group's header, no unobserved task exception, and a
/// bounded number of connections.
/// </summary>
[TestFixture]
[NonParallelizable]
public partial class SoakTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task Ten_thousand_mixed_calls_with_random_faults()
    {
        const int Calls = 10_000;
        const int Groups = 100;
        const int Concurrency = 64;
        var unobserved = 0;
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += OnUnobserved;

        await using var server = await FaultServer.StartAsync();
        var processedPosts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var wrongGroup = 0;
        var faults = 0;
        var random = new Random(20261124);
        var faultRolls = new ConcurrentQueue<int>(Enumerable.Range(0, Calls * 4).Select(_ => random.Next(100)));
        server.Behave(async (c, _) =>
        {
            var header = c.Request.Headers["x-practice-group-id"].ToString();
            var roll = faultRolls.TryDequeue(out var r) ? r : 99;
            string? owner;
            string? body = null;
            if (c.Request.Method == "POST")
            {
                if (roll < 3)
                {
                    Interlocked.Increment(ref faults);
                    c.Abort(); // reset before the body is read
                    return;
                }

                body = await FaultServer.ReadBody(c);
                owner = MessageOwner().Match(body) is { Success: true } m ? m.Groups[1].Value : null;
            }
            else
            {
                owner = c.Request.Path.Value!.Split('/')[^1].Split('-')[0];
            }

            if (owner != header)
            {
                Interlocked.Increment(ref wrongGroup);
            }

            if (roll is >= 3 and < 10)
            {
                Interlocked.Increment(ref faults);
                if (roll < 6)
                {
                    c.Response.Headers.RetryAfter = "0";
                }

                await FaultServer.Json(c, roll < 6 ? 429 : 503, "{\"message\":\"injected\"}");
                if (body is not null)
                {
                    processedPosts.AddOrUpdate(MessageKey(body), 1, (_, n) => n + 1);
                }

                return;
            }

            if (body is not null)
            {
                processedPosts.AddOrUpdate(MessageKey(body), 1, (_, n) => n + 1);
                await FaultServer.Json(c, 200, Payloads.SentMessage());
            }
            else
            {
                await FaultServer.Json(c, 200, Payloads.Appointment());
            }
        });

        using var hero = new HeroHealthClient(new HeroHealthClientOptions
        {
            ApiKey = Payloads.ApiKey,
            PracticeGroupId = "1000",
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
            Retry = { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        });
        var scoped = Enumerable.Range(0, Groups).Select(g => hero.ForPracticeGroup((1000 + g).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var succeeded = 0;
        var failed = 0;
        var next = -1;

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Calls)
            {
                var group = 1000 + (i % Groups);
                var client = scoped[i % Groups];
                try
                {
                    if (i % 3 == 0)
                    {
                        await client.Messages.SendHeroMessageAsync("9001", $"soak message {group}-{i}");
                    }
                    else
                    {
                        await client.Booking.GetAppointmentAsync($"{group}-{i}");
                    }

                    Interlocked.Increment(ref succeeded);
                }
                catch (HeroHealthApiException)
                {
                    Interlocked.Increment(ref failed); // POSTs that met a fault are not resent: they surface
                }
            }
        }));
        stopwatch.Stop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        TaskScheduler.UnobservedTaskException -= OnUnobserved;

        TestContext.Out.WriteLine($"{Calls} calls in {stopwatch.Elapsed.TotalSeconds:0.0} s: {succeeded} succeeded, {failed} surfaced a fault; {faults} faults injected; {server.Requests} requests; {server.Connections.Count} connections");
        Assert.That(succeeded + failed, Is.EqualTo(Calls));
        Assert.That(processedPosts.Values.Where(n => n > 1), Is.Empty, "no POST processed twice");
        Assert.That(wrongGroup, Is.Zero, "no request carried another practice group's header");
        Assert.That(unobserved, Is.Zero, "no unobserved task exceptions");
        Assert.That(faults, Is.GreaterThan(Calls * 5 / 100), "faults really were injected");
        // Pooled connections: at most one per concurrent caller, plus one for each connection a fault tore down.
        Assert.That(server.Connections.Count, Is.LessThanOrEqualTo(Concurrency + faults));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)));
    }

    private static string MessageKey(string body) => MessageText().Match(body).Value;

    [GeneratedRegex("soak message (\\d+)-")]
    private static partial Regex MessageOwner();

    [GeneratedRegex("soak message \\d+-\\d+")]
    private static partial Regex MessageText();
}
