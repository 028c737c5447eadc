// The README's snippets, compiled here so they cannot rot; ReadmeSnippetsTests checks that the README shows exactly
// these regions, and the tests run the ones that work against the fake.
#pragma warning disable CA1031, CA1849, CS1998, CS0168, CS0219, IDE0059, IDE0060, CA1812, CA2000
#region snippet: usings
using HeroHealth.Client;                        // the whole SDK: client, options, helpers, errors, generated models
using Microsoft.Extensions.DependencyInjection; // AddHeroHealthClient / AddHeroWebhooks (implicit in ASP.NET Core)
#endregion
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

// Deliberately not under HeroHealth.Client's namespace, so only the using lines above bring the SDK into scope (as in
// a user's project); build/consumer-smoke compiles this file against the packed packages too.
namespace ReadmeExamples;

internal static class ReadmeSnippets
{
    public static async Task PlainConstruction(CancellationToken cancellationToken)
    {
        #region snippet: plain
        var options = new HeroHealthClientOptions
        {
            ApiKey = Environment.GetEnvironmentVariable("HERO_API_KEY") ?? throw new InvalidOperationException("Set HERO_API_KEY."),
            PracticeGroupId = "1001",
            Environment = HeroHealthEnvironment.Staging,                 // Mock | Staging | Production
            ApplicationId = "ContosoGP",                                  // appears in the User-Agent
        };

        using var hero = new HeroHealthClient(options);                  // create once, reuse everywhere
        var slot = await hero.Booking.GetSlotAsync("456", cancellationToken);
        #endregion
    }

    public static void DependencyInjection(IServiceCollection services, IConfiguration configuration)
    {
        #region snippet: di
        // appsettings.json: { "HeroHealth": { "ApiKey": "…", "PracticeGroupId": "1001", "Environment": "Production" } }
        services.AddHeroHealthClient(configuration.GetSection("HeroHealth"))
            .AddPolicy(sp => new MyAuditPolicy());                       // optional: your own policies

        // Then inject HeroHealthClient where you need it:
        // public sealed class ReminderService(HeroHealthClient hero) { … }
        #endregion
    }

    public static async Task SeveralPracticeGroups(HeroHealthClient hero, IServiceCollection services, IConfiguration configuration, IServiceProvider provider, CancellationToken cancellationToken)
    {
        #region snippet: practice-groups
        // One key, many practices of your Hero network: same connection pool, headers set per request.
        var hub = hero.ForPracticeGroup("1002");
        var types = await hub.PracticeGroup.ListAppointmentTypesAsync(cancellationToken);

        // Or separate registrations (different keys or environments), resolved by name:
        services.AddHeroHealthClient("practice-a", configuration.GetSection("Hero:PracticeA"));
        services.AddHeroHealthClient("practice-b", configuration.GetSection("Hero:PracticeB"));
        var practiceA = provider.GetRequiredService<IHeroHealthClientFactory>().CreateClient("practice-a");
        #endregion
    }

    public static async Task Errors(HeroHealthClient hero, CancellationToken cancellationToken)
    {
        #region snippet: errors
        try
        {
            await hero.Booking.GetAppointmentAsync("31", cancellationToken);
        }
        catch (HeroHealthNotFoundException)
        {
            // 404: no such appointment
        }
        catch (HeroHealthPermissionException ex)
        {
            // 403: ex.FunctionalArea says what the key lacks, e.g. "booking"
        }
        catch (HeroHealthTimeoutException)
        {
            // no answer within Options.Timeout (retries for GETs already happened)
        }
        catch (HeroHealthApiException ex)
        {
            // everything else: ex.StatusCode, ex.OperationId, ex.RetryAfter; ex.ResponseBody only if you must
        }
        #endregion
    }

    public static async Task<Reservation> HoldSlot(HeroHealthClient hero, string patientId, CancellationToken cancellationToken)
    {
        #region snippet: task-booking
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var types = await hero.PracticeGroup.ListAppointmentTypesAsync(cancellationToken);
        var slots = await hero.Booking.FindSlotsAsync(today, today.AddDays(7), cancellationToken);
        var reservation = await hero.Booking.ReserveAsync(slots[0], patientId, "Flu jab", cancellationToken);
        // reservation.ReservedUntil / Remaining; EditAsync refuses (ReservationExpiredException) once the hold ended.
        // Not going ahead? await reservation.CancelAsync(cancellationToken) frees the slot.
        #endregion
        return reservation;
    }

    public static async Task<HeroHealth.Client.Appointment?> ConfirmBooking(HeroHealthClient hero, Reservation reservation, CancellationToken cancellationToken)
    {
        #region snippet: task-book-protocol
        // Hero's "Book an Appointment" (confirming a reservation) has no public path yet: ask Hero for it, put it here,
        // and the call goes through the SDK's pipeline (key, practice group, send-once rule, typed errors, redaction).
        const string bookPath = "v1/appointments/{id}/book";   // PLACEHOLDER, not Hero's documented path
        var booked = await hero.SendAsync(
            HeroRequest.Post(bookPath, reservation.Id).WithJsonBody(new { notify_patient = true }).WithOperationId("bookAppointment"),
            cancellationToken);
        var confirmed = await hero.Booking.GetAppointmentAsync(reservation.Id, cancellationToken); // confirmed.BookingConfirmedAt
        #endregion
        return confirmed;
    }

    public static async Task SendOnce(HeroHealthClient hero, string patientId, CancellationToken cancellationToken)
    {
        #region snippet: send-once
        try
        {
            await hero.Messages.SendSmsAsync(patientId, "Your results are ready to discuss.", cancellationToken);
        }
        catch (HeroHealthException ex) when (ex.MayHaveBeenDelivered)
        {
            // Timed out, connection lost, a 5xx or an unreadable 2xx: Hero may have sent it. Never resend blindly:
            // queue it for a check first (the practice's Hero inbox shows what went out).
        }
        catch (HeroHealthOperationCanceledException ex) when (ex.MayHaveBeenDelivered)
        {
            // You cancelled after the request left: queue the same check, then let the cancellation go on (hosts expect
            // an OperationCanceledException). Cancelled before it left, MayHaveBeenDelivered is false: nothing was sent.
            throw;
        }
        #endregion
    }

    public static void ReceiveWebhooks(string[] args)
    {
        #region snippet: task-webhooks-receive
        // Program.cs of your ASP.NET Core app, with the HeroHealth.Client.AspNetCore package:
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHeroHealthClient(builder.Configuration.GetSection("HeroHealth"));
        builder.Services.AddHeroWebhooks(builder.Configuration.GetSection("HeroWebhooks"));   // SigningKeys, Tolerance
        builder.Services.AddHeroWebhookHandler<AppointmentConfirmedHandler>(WebhookEventType.AppointmentConfirmed);

        var app = builder.Build();
        app.MapHeroWebhooks("/hero/webhooks");                                                // verify, claim, dispatch
        app.Run();
        #endregion
    }

    public static void ReceiveWebhooksOnSeveralInstances(WebApplicationBuilder builder)
    {
        #region snippet: task-webhooks-instances
        // Several instances: one processing record per event in a database they share (package
        // HeroHealth.Client.Webhooks.PostgreSql, or .Redis with AddHeroWebhookRedisStore("redis:6379")).
        builder.Services.AddHeroWebhooks(builder.Configuration.GetSection("HeroWebhooks"));
        builder.Services.AddHeroWebhookPostgreSqlStore(builder.Configuration.GetConnectionString("HeroWebhooks")!);
        #endregion
    }

    public static void ReceiveWebhooksThroughTheInbox(WebApplicationBuilder builder)
    {
        #region snippet: task-webhooks-inbox
        // The durable inbox: answer Hero once the event is stored; a worker on each instance runs the handlers with
        // retries and parks what keeps failing (list and replay it through IHeroWebhookInbox).
        builder.Services.AddHeroWebhookPostgreSqlStore(builder.Configuration.GetConnectionString("HeroWebhooks")!);
        builder.Services.AddHeroWebhookInbox(o => o.MaxAttempts = 8);
        builder.Services.AddHealthChecks().AddHeroWebhookInbox(tags: ["ready"]);   // degraded while any event is dead
        #endregion
    }

    #region snippet: task-webhooks-handler
    // Runs once per verified delivery (replays are acknowledged without calling it). Keep it idempotent.
    public sealed class AppointmentConfirmedHandler(HeroHealthClient hero) : IHeroWebhookHandler
    {
        public async Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            var booking = hero.ForPracticeGroup(webhookEvent.PracticeGroupId).Booking;
            var appointment = await booking.GetAppointmentAsync(webhookEvent.Id, cancellationToken);
            // … update your records; throwing answers 500, so Hero can retry
        }
    }
    #endregion

    public static async Task<string?> RegisterPatient(HeroHealthClient hero, CancellationToken cancellationToken)
    {
        #region snippet: task-patient
        // NHS numbers are validated locally (modulus 11) and never printed: ToString() gives "*** *** 0018".
        var nhsNumber = NhsNumber.Parse("999 000 0018");
        var registration = await hero.Patients.RegisterFromPdsAsync(nhsNumber, new DateOnly(1992, 1, 1), cancellationToken);
        if (registration.IsRegistered)
        {
            return registration.PatientId;   // not null once IsRegistered
        }

        // Otherwise Hero needs the patient to verify their identity first: registration.LoginUrl is their link.
        // No NHS number to hand? PDS also traces by forename, surname, date of birth and postcode.
        var traced = await hero.Patients.RegisterFromPdsAsync("Alex", "Testpatient", new DateOnly(1992, 1, 1), "LS1 4AP", cancellationToken);
        #endregion
        return traced.PatientId;
    }

    public static async Task<BatchMessage> SendMessages(HeroHealthClient hero, string patientId, CancellationToken cancellationToken)
    {
        #region snippet: task-message
        // Mobile numbers, emails and text are checked before any request; a send is never retried by the SDK.
        await hero.Messages.SendSmsAsync(patientId, "Your flu jab is on Tuesday at 9:30.", new SmsOptions
        {
            Recipient = "07700 900123",                                     // optional: overrides the record
            WriteToRecord = new WriteToRecord { SnomedCode = "185316007" }, // write to EMIS/SystmOne after approval
        }, cancellationToken);

        await hero.Messages.SendNhsAppMessageAsync(patientId, "Please book your review.",
            new NhsAppMessageOptions { Fallback = NhsAppFallback.Sms }, cancellationToken);

        var batch = await hero.Messages.CreateBatchAsync("Flu clinic", BatchChannel.Sms, "Book your flu jab: …",
            [new BatchRecipient(NhsNumber.Parse("999 000 0018"), new DateOnly(1992, 1, 1))], cancellationToken);
        await hero.Messages.SendBatchAsync(batch.Id!, cancellationToken);  // CreateBatchAsync has checked the id
        var done = await hero.Messages.WaitForBatchAsync(batch.Id!, cancellationToken);   // polls until COMPLETED
        #endregion
        return done;
    }

    public static async Task<SharedLink> ShareLinks(HeroHealthClient hero, string patientId, byte[] body, CancellationToken cancellationToken)
    {
        #region snippet: task-links
        var bookingLink = await hero.Booking.GetBookingLinkUrlAsync("12", cancellationToken);   // bookingLink.Url
        var letter = await hero.Links.ShareFileAsync(patientId, "letter.pdf", body, new SharedLinkOptions { Expiry = new DateOnly(2026, 12, 31) }, cancellationToken);
        await hero.Messages.SendEmailAsync(patientId, $"Your letter: {letter.Url}", new EmailOptions { AttachmentUuid = letter.AttachmentUuid }, cancellationToken);
        #endregion
        return letter;
    }

    public static async Task<HeroAccessToken> MintToken(HeroAccessTokenProvider tokens, CancellationToken cancellationToken)
    {
        #region snippet: task-token
        // Server side only: mint (or reuse) the JWT for <hh-message-builder jwt-token="…" tenant-id="…">.
        var token = await tokens.GetTokenAsync(cancellationToken);  // token.Token, token.ExpiresAt
        #endregion
        return token;
    }

    public static async Task<Webhook?> Subscribe(HeroHealthClient hero, CancellationToken cancellationToken)
    {
        #region snippet: task-webhooks
        var signingKey = HeroWebhookSigner.GenerateSigningKey();            // keep it in your secret store (HeroWebhooks:SigningKeys:0)
        var webhook = await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, new Uri("https://partner.example/hero/webhooks"), signingKey, cancellationToken);
        #endregion
        return webhook;
    }

    public static async Task Paging(HeroHealthClient hero, CancellationToken cancellationToken)
    {
        #region snippet: task-paging
        await foreach (var admin in hero.Admins.ListAllAdminsAsync(paging: new PagingOptions { PageSize = 100 }, cancellationToken: cancellationToken))
        {
            // every admin, page by page (ListAllAdminsAsync(…).AsPages() gives the pages with Hero's count)
        }

        foreach (var practice in await hero.GetNetworkAsync(cancellationToken))   // fan out over your network
        {
            var capabilities = await practice.Client.PracticeGroup.GetCapabilitySetAsync(cancellationToken);
        }
        #endregion
    }

    private sealed class MyAuditPolicy : HeroPipelinePolicy
    {
        public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
        {
            await ProcessNextAsync(message, pipeline, currentIndex);
            Console.WriteLine($"{message.Operation.OperationId}: {(int?)message.Response?.StatusCode}");
        }
    }
}
