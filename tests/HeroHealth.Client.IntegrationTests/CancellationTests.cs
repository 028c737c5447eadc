using System.Net;
using System.Net.Sockets;

namespace HeroHealth.Client.IntegrationTests;

/// <summary>
/// Honest cancellation: a call cancelled before anything left says Hero did not receive it, and opens no connection;
/// one cancelled after it left says it may have been delivered; both are <see cref="OperationCanceledException"/>s, as
/// .NET hosts expect for shutdowns and aborted requests.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CancellationTests
{
    /// <summary>A loopback port that counts the TCP connections made to it and never answers.</summary>
    private sealed class CountingListener : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<Socket> _accepted = [];
        private int _connections;

        public CountingListener()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public int Connections => Volatile.Read(ref _connections);

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var socket = await _listener.AcceptSocketAsync();
                    Interlocked.Increment(ref _connections);
                    lock (_accepted)
                    {
                        _accepted.Add(socket);
                    }
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // stopped
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            lock (_accepted)
            {
                _accepted.ForEach(s => s.Dispose());
            }
        }
    }

    private static HeroHealthClient Client(Uri baseAddress) => new(new HeroHealthClientOptions
    {
        ApiKey = Payloads.ApiKey,
        PracticeGroupId = "1001",
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(5),
    });

    private static IEnumerable<TestCaseData> Calls()
    {
        yield return new TestCaseData((Func<HeroHealthClient, CancellationToken, Task>)((h, ct) => h.Messages.SendSmsAsync("9001", "Your results are ready.", ct))).SetArgDisplayNames("SendSmsAsync");
        yield return new TestCaseData((Func<HeroHealthClient, CancellationToken, Task>)((h, ct) => h.Patients.RegisterFromPdsAsync(NhsNumber.Parse("943 476 5919"), new DateOnly(1980, 1, 1), ct))).SetArgDisplayNames("RegisterFromPdsAsync");
        yield return new TestCaseData((Func<HeroHealthClient, CancellationToken, Task>)((h, ct) => h.Booking.GetAppointmentAsync("5002", ct))).SetArgDisplayNames("GetAppointmentAsync");
    }

    [TestCaseSource(nameof(Calls))]
    public async Task A_call_cancelled_before_it_left_opens_no_connection_and_says_it_was_not_delivered(Func<HeroHealthClient, CancellationToken, Task> call)
    {
        using var listener = new CountingListener();
        using var hero = Client(listener.BaseAddress);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var ex = await Assert.ThrowsAsync<HeroHealthOperationCanceledException>(() => call(hero, cancelled.Token));
        await Task.Delay(200);

        Assert.That(listener.Connections, Is.Zero, "nothing left the machine");
        Assert.That(ex!.MayHaveBeenDelivered, Is.False);
        Assert.That(ex, Is.InstanceOf<OperationCanceledException>(), "the .NET convention for cancellation");
        Assert.That(ex.CancellationToken, Is.EqualTo(cancelled.Token));
        Assert.That(ex.Message, Does.Contain("before it was sent").And.Not.Contain("Check whether"));
    }

    [Test]
    public async Task A_get_cancelled_after_it_left_is_the_sdks_cancellation_not_a_bare_TaskCanceledException()
    {
        using var listener = new CountingListener();
        using var hero = Client(listener.BaseAddress);
        using var cts = new CancellationTokenSource();

        var get = hero.Booking.GetAppointmentAsync("5002", cts.Token);
        while (listener.Connections == 0)
        {
            await Task.Delay(10);
        }

        await Task.Delay(100); // the request has been written to the connection
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAsync<HeroHealthOperationCanceledException>(() => get);

        Assert.That(ex!.OperationId, Is.EqualTo("getAppointment"));
        Assert.That(ex.MayHaveBeenDelivered, Is.True, "it left, so Hero may have seen it");
        Assert.That(ex.InnerException, Is.InstanceOf<OperationCanceledException>());
    }
}
