using System.Net;
using System.Text;
using HeroHealth.Client.Tests.Facade;
using HeroHealth.Client.Tests.Support;
using RichardSzalay.MockHttp;

namespace HeroHealth.Client.Tests.Workflows;

[TestFixture]
public class AccessTokenProviderTests
{
    [Test]
    public void Expiry_is_read_from_the_jwt_exp_claim()
    {
        var jwt = Jwt(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
        Assert.That(HeroAccessTokenProvider.ReadExpiry(jwt), Is.EqualTo(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));
        Assert.That(HeroAccessTokenProvider.ReadExpiry("not-a-jwt"), Is.Null);
        Assert.That(HeroAccessTokenProvider.ReadExpiry("a.%%%.c"), Is.Null);
        Assert.That(HeroAccessTokenProvider.ReadExpiry("a." + B64("""{"sub":"x"}""") + ".c"), Is.Null);
    }

    [Test]
    public async Task Ten_thousand_callers_on_a_cold_cache_make_exactly_one_upstream_call()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        var release = new TaskCompletionSource();
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(async () =>
        {
            Interlocked.Increment(ref calls);
            await release.Task; // hold the mint open while every caller piles in
            return RetryPolicyTests.Json($$"""{"access_token":"{{Jwt(h.Time.GetUtcNow().AddMinutes(30))}}"}""");
        });
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);

        var callers = Enumerable.Range(0, 10_000).Select(_ => Task.Run(() => provider.GetTokenAsync())).ToArray();
        await Task.Delay(50);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(tokens.Select(t => t.Token).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_token_is_reused_until_the_refresh_margin_then_replaced()
    {
        using var h = new FacadeHarness();
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(_ =>
        {
            calls++;
            return RetryPolicyTests.Json($$"""{"access_token":"{{Jwt(h.Time.GetUtcNow().AddMinutes(30))}}"}""");
        });
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);

        var first = await provider.GetTokenAsync();
        h.Time.Advance(TimeSpan.FromMinutes(24));
        var reused = await provider.GetTokenAsync();
        h.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var refreshed = await provider.GetTokenAsync();

        Assert.That(reused, Is.SameAs(first));
        Assert.That(refreshed, Is.Not.SameAs(first));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(first.ExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Without_exp_the_documented_thirty_minutes_apply()
    {
        using var h = new FacadeHarness();
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond("application/json", """{"access_token":"opaque-token"}""");
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);

        var token = await provider.GetTokenAsync();

        Assert.That(token.ExpiresAt, Is.EqualTo(h.Time.GetUtcNow().AddMinutes(30)));
        Assert.That(token.ToString(), Does.Not.Contain("opaque-token"));
    }

    [Test]
    public async Task A_failed_mint_is_not_cached()
    {
        using var h = new FacadeHarness(o => o.Retry.Enabled = false);
        var calls = 0;
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.InternalServerError)
            : RetryPolicyTests.Json("""{"access_token":"second"}"""));
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);

        await Assert.ThrowsAsync<HeroHealthServerException>(() => provider.GetTokenAsync());
        var token = await provider.GetTokenAsync();

        Assert.That(token.Token, Is.EqualTo("second"));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Tokens_are_cached_per_practice_group_and_never_logged()
    {
        using var h = new FacadeHarness();
        var groups = new List<string>();
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(req =>
        {
            var group = req.Headers.GetValues("x-practice-group-id").Single();
            groups.Add(group);
            return RetryPolicyTests.Json($$"""{"access_token":"secret-jwt-for-{{group}}"}""");
        });
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);

        var own = await provider.GetTokenAsync();
        var hub = await provider.GetTokenAsync("789");
        await provider.GetTokenAsync("789");

        Assert.That(own.PracticeGroupId, Is.EqualTo(FacadeHarness.PracticeGroupId));
        Assert.That(hub.Token, Is.EqualTo("secret-jwt-for-789"));
        Assert.That(groups, Is.EqualTo(new[] { FacadeHarness.PracticeGroupId, "789" }));
        var logs = string.Join("\n", h.Logs.GetSnapshot().Select(r => r.Message));
        Assert.That(logs, Does.Contain("createAccessToken").And.Not.Contain("secret-jwt"));
        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetTokenAsync("x1"));
    }

    [Test]
    public async Task A_waiting_caller_can_give_up_without_failing_the_others()
    {
        using var h = new FacadeHarness();
        var release = new TaskCompletionSource();
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(async () =>
        {
            await release.Task;
            return RetryPolicyTests.Json("""{"access_token":"t"}""");
        });
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);
        using var cts = new CancellationTokenSource();

        var impatient = provider.GetTokenAsync(cancellationToken: cts.Token);
        var patient = provider.GetTokenAsync();
        await cts.CancelAsync();
        release.SetResult();

        Assert.That(async () => await impatient, Throws.InstanceOf<OperationCanceledException>());
        Assert.That((await patient).Token, Is.EqualTo("t"));
    }

    [Test]
    [NonParallelizable] // UnobservedTaskException is process-wide
    public async Task A_mint_that_fails_after_every_waiter_gave_up_is_never_an_unobserved_task_exception()
    {
        using var h = new FacadeHarness(o => o.Retry.Enabled = false);
        var release = new TaskCompletionSource();
        h.Mock.When(HttpMethod.Post, "*/v1/access_token").Respond(async () =>
        {
            await release.Task;
            return new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError);
        });
        var unobserved = 0;
        EventHandler<UnobservedTaskExceptionEventArgs> handler = (_, e) =>
        {
            if (e.Exception.InnerExceptions.Any(x => x is HeroHealthApiException))
            {
                Interlocked.Increment(ref unobserved);
            }
        };
        TaskScheduler.UnobservedTaskException += handler;
        try
        {
            await MintAndAbandon(h, release);
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.That(unobserved, Is.Zero);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= handler;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task MintAndAbandon(FacadeHarness h, TaskCompletionSource release)
    {
        var provider = new HeroAccessTokenProvider(h.Client, timeProvider: h.Time);
        using var cts = new CancellationTokenSource();
        var waiter = provider.GetTokenAsync(cancellationToken: cts.Token);
        await cts.CancelAsync();
        Assert.That(async () => await waiter, Throws.InstanceOf<OperationCanceledException>());
        release.SetResult();
        await Task.Delay(200); // the shared mint fails now, with nobody waiting
    }

    internal static string Jwt(DateTimeOffset expires) =>
        B64("""{"alg":"HS256","typ":"JWT"}""") + "." + B64($$"""{"sub":"practice","exp":{{expires.ToUnixTimeSeconds()}}}""") + ".c2lnbmF0dXJl";

    private static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
