using System.Diagnostics;
using System.Reflection;

namespace HeroHealth.Client.Tests.Facade;

/// <summary>Secrets and capability URLs never reach strings, serialised options or debugger views.</summary>
[TestFixture]
public class RedactionTests
{
    private const string Key = "redaction-secret-key-3c9";

    [Test]
    public void Options_serialised_with_either_json_library_leave_the_key_out()
    {
        var options = new HeroHealthClientOptions { ApiKey = Key, PracticeGroupId = "123" };

        var stj = System.Text.Json.JsonSerializer.Serialize(options);
        var newtonsoft = Newtonsoft.Json.JsonConvert.SerializeObject(options);

        Assert.That(stj, Does.Not.Contain(Key).And.Contain("123"));
        Assert.That(newtonsoft, Does.Not.Contain(Key).And.Contain("123"));
    }

    [Test]
    public void The_request_context_hides_every_field_that_holds_the_key_from_the_debugger()
    {
        var context = new HeroRequestContext(Key, "123");
        var keyFields = typeof(HeroRequestContext).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(string) || f.FieldType == typeof(Func<string>))
            .ToList();

        Assert.That(keyFields, Is.Not.Empty);
        foreach (var field in keyFields)
        {
            var browsable = field.GetCustomAttribute<DebuggerBrowsableAttribute>();
            Assert.That(browsable?.State, Is.EqualTo(DebuggerBrowsableState.Never), field.Name);
        }

        Assert.That(typeof(HeroRequestContext).GetCustomAttribute<DebuggerDisplayAttribute>()!.Value, Is.EqualTo("{ToString(),nq}"));
        Assert.That(context.ToString(), Does.Not.Contain(Key));
    }

    [Test]
    public void A_pds_registration_that_needs_identity_verification_prints_neither_message_nor_login_url()
    {
        var registration = new PdsRegistration(null, "Jane Smith must verify her identity", new Uri("https://login.herohealth.net/verify?token=abc123secret"));

        var text = registration.ToString();

        Assert.That(text, Does.Not.Contain("Jane").And.Not.Contain("abc123secret").And.Not.Contain("verify?"));
        Assert.That(text, Does.Contain("https://login.herohealth.net/***").And.Contain("RequiresIdentityVerification=True"));
        Assert.That(new PdsRegistration("9001", null, null).ToString(), Is.EqualTo("PdsRegistration(PatientId=9001)"));
    }

    [Test]
    public void A_shared_link_prints_its_host_not_its_capability()
    {
        var link = new SharedLink(new Uri("https://link.herohealth.net/a/8f2c1d9e-document"), "uuid-1");

        Assert.That(link.ToString(), Is.EqualTo("SharedLink(Url=https://link.herohealth.net/***, AttachmentUuid=uuid-1)"));
    }

    [Test]
    public void A_network_error_says_what_failed_without_sending_the_reader_to_the_inner_exception()
    {
        var inner = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (api.herohealth.net:443/v3/patients?nhs_number=9434765919)",
            new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
        var failure = new HeroHealthFailure(0, null, null, new Dictionary<string, IEnumerable<string>>(), null);

        var ex = new HeroHealthTransportException(failure, inner);

        Assert.That(ex.Message, Does.Contain("HttpRequestException: ConnectionError"));
        Assert.That(ex.Message, Does.Not.Contain("inner exception").And.Not.Contain("9434765919"));
        var wrapped = new HeroHealthTransportException(failure, new IOException("reset", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset)));
        Assert.That(wrapped.Message, Does.Contain("IOException: ConnectionReset"));
    }

    [Test]
    public async Task The_cli_help_steers_the_key_away_from_the_command_line()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        await HeroHealth.Cli.HeroCli.RunAsync(["me", "--help"], stdout, stderr, _ => null, CancellationToken.None);

        Assert.That(stdout.ToString(), Does.Contain("--api-key <key>").And.Contain("Prefer HERO_API_KEY in the environment"));
    }
}
