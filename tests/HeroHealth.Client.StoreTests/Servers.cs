using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HeroHealth.Client.StoreTests;

/// <summary>A database server the fixtures start for the tests and stop afterwards.</summary>
public abstract class StoreServer : IDisposable
{
    public abstract string Name { get; }

    /// <summary>The client connection string or configuration.</summary>
    public abstract string Connection { get; }

    /// <summary>A connection string to a port where nothing listens (the store is down).</summary>
    public abstract string Unreachable { get; }

    public abstract void Dispose();

    /// <summary>Skips the test where the engine is not installed, but fails it under CI=true, where .ci/run installs it.</summary>
    protected static void Missing(string what)
    {
        var message = $"{what} is not installed (Debian's package; .ci/run installs it)";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message + " - under CI=true this is a failure, not a skip.");
        }

        Assert.Ignore(message + ": skipped locally.");
    }

    protected static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
        }

        var text = output.Result + error.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {text}");
        }

        return text;
    }

    protected static string TempDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hero-{name}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}

/// <summary>No server: the receiver keeps its default in-memory store (one process).</summary>
public sealed class MemoryServer : StoreServer
{
    public override string Name => "memory";

    public override string Connection => "";

    public override string Unreachable => throw new NotSupportedException("The in-memory store cannot be unreachable.");

    public override void Dispose()
    {
    }
}

/// <summary>
/// PostgreSQL from Debian's package: initdb into a temporary directory, started with pg_ctl on a free loopback port.
/// PostgreSQL refuses to run as root, so as root it runs as the package's own postgres user.
/// </summary>
public sealed class PostgresServer : StoreServer
{
    private readonly string _dir;
    private readonly string _bin;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string dir, int port, bool asPostgresUser)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public override string Name => "postgres";

    public int Port { get; }

    public override string Connection => ConnectionAs("postgres");

    /// <summary>A connection string for another role (the server trusts every loopback login).</summary>
    public string ConnectionAs(string user) => $"Host=127.0.0.1;Port={Port};Username={user};Database=postgres;Maximum Pool Size=50;Timeout=5";

    public override string Unreachable => $"Host=127.0.0.1;Port={FreePort()};Username=postgres;Database=postgres;Timeout=2";

    public static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            Missing("PostgreSQL (package postgresql)");
        }

        var asPostgresUser = Environment.UserName == "root";
        var dir = TempDirectory("pg");
        var data = Path.Combine(dir, "data");
        if (asPostgresUser)
        {
            Run("chown", "-R", "postgres:postgres", dir);
        }

        var server = new PostgresServer(bin!, dir, FreePort(), asPostgresUser);
        server.As("initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        server.As("pg_ctl", "-D", data, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "-o",
            $"-p {server.Port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
        return server;
    }

    public override void Dispose()
    {
        try
        {
            As("pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string As(string tool, params string[] args) => _asPostgresUser
        ? Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
        : Run(Path.Combine(_bin, tool), args);
}

/// <summary>Redis from Debian's package: a redis-server child process on a free loopback port, nothing saved to disk.</summary>
public sealed class RedisServer : StoreServer
{
    private readonly Process _process;
    private readonly string _dir;

    private RedisServer(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public override string Name => "redis";

    public int Port { get; }

    public override string Connection => $"127.0.0.1:{Port}";

    public override string Unreachable => $"127.0.0.1:{FreePort()},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    public static RedisServer Start()
    {
        var exe = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (exe is null)
        {
            Missing("Redis (package redis-server)");
        }

        var dir = TempDirectory("redis");
        var port = FreePort();
        var start = new ProcessStartInfo(exe!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no" })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return new RedisServer(process, dir, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        process.Kill();
        throw new InvalidOperationException("redis-server did not start within 30 s.");
    }

    public override void Dispose()
    {
        try
        {
            _process.Kill();
            _process.WaitForExit(10_000);
            _process.Dispose();
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
