using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/HeroHealth.Client.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(HeroHealth.Client.Benchmarks.PerCallOverheadBenchmarks).Assembly).Run(args);
