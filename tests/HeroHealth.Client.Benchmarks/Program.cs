using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/HeroHealth.Client.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/HeroHealth.Client.Benchmarks -- cold-start report 15
if (HeroHealth.Client.Benchmarks.ColdStart.TryRun(args) is { } exitCode)
{
    return exitCode;
}

BenchmarkSwitcher.FromAssembly(typeof(HeroHealth.Client.Benchmarks.PerCallOverheadBenchmarks).Assembly).Run(args);
return 0;
