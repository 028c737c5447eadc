// The README's "Configure" snippets, compiled here so they cannot rot; ReadmeSnippetsTests checks that the README
// shows exactly these regions. They are compiled, not run: they talk to Hero's real environments.
#pragma warning disable CA1031, CA1849, CS1998, CS0168, CS0219, IDE0059, IDE0060, CA1812, CA2000
using HeroHealth.Client.Configuration;
using HeroHealth.Client.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HeroHealth.Client.Tests.Facade;

internal static class ReadmeSnippets
{
    public static async Task PlainConstruction(CancellationToken cancellationToken)
    {
        #region snippet: plain
        var options = new HeroHealthClientOptions
        {
            ApiKey = Environment.GetEnvironmentVariable("HERO_API_KEY")!, // from your secret store
            PracticeGroupId = "123",
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
        // appsettings.json: { "HeroHealth": { "ApiKey": "…", "PracticeGroupId": "123", "Environment": "Production" } }
        services.AddHeroHealthClient(configuration.GetSection("HeroHealth"))
            .AddHttpMessageHandler<MyAuditHandler>();                    // optional: your own handlers

        // Then inject HeroHealthClient where you need it:
        // public sealed class ReminderService(HeroHealthClient hero) { … }
        #endregion
    }

    public static async Task SeveralPracticeGroups(HeroHealthClient hero, IServiceCollection services, IConfiguration configuration, IServiceProvider provider, CancellationToken cancellationToken)
    {
        #region snippet: practice-groups
        // One key, many practices of your Hero network: same connection pool, headers set per request.
        var hub = hero.ForPracticeGroup("789");
        var types = await hub.PracticeGroup.ListAppointmentTypesAsync(cancellationToken: cancellationToken);

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

    private sealed class MyAuditHandler : DelegatingHandler
    {
    }
}
