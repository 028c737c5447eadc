using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using HeroHealth.Client;
using NetStandardLibrary;
using NUnit.Framework;

namespace NetStandardTests;

[TestFixture]
public class AppointmentRemindersTests
{
    [Test]
    public async Task A_netstandard_library_sends_one_reminder_through_the_netstandard_asset()
    {
        Assert.That(typeof(HeroHealthClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName, Is.EqualTo(".NETStandard,Version=v2.0"));

        using var hero = new LoopbackHero();
        using var client = new HeroHealthClient(new HeroHealthClientOptions { ApiKey = "consumer-key", PracticeGroupId = "1001", BaseAddress = hero.BaseAddress });

        var messageId = await new AppointmentReminders(client).RemindAsync("943 476 5919", new DateTime(1992, 6, 1), new DateTime(2026, 12, 7, 9, 30, 0), CancellationToken.None);

        Assert.That(messageId, Is.EqualTo("m-1"));
        Assert.That(hero.Requests, Is.EqualTo(new[] { "POST /v1/patients/register_pds", "POST /v1/messages/send" }), "each call transmitted once");
        Assert.That(hero.Bodies[0], Does.Contain("\"dob\":\"1992-06-01\""));
        Assert.That(hero.Keys.Distinct(), Is.EqualTo(new[] { "consumer-key|1001" }));
    }

    /// <summary>Hero on a loopback port: answers the PDS trace and the SMS, recording what arrived.</summary>
    private sealed class LoopbackHero : IDisposable
    {
        private readonly HttpListener _listener = new();

        public LoopbackHero()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public Uri BaseAddress { get; }

        public List<string> Requests { get; } = [];

        public List<string> Bodies { get; } = [];

        public List<string> Keys { get; } = [];

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    Bodies.Add(await reader.ReadToEndAsync());
                }

                var path = context.Request.Url!.AbsolutePath;
                Requests.Add($"{context.Request.HttpMethod} {path}");
                Keys.Add($"{context.Request.Headers["x-api-key"]}|{context.Request.Headers["x-practice-group-id"]}");
                var answer = path.EndsWith("register_pds", StringComparison.Ordinal)
                    ? """{"patient_id":"9001"}"""
                    : """{"message_id":"m-1","content":"Reminder","created_at":"2026-12-03T10:00:00Z"}""";
                var bytes = Encoding.UTF8.GetBytes(answer);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
