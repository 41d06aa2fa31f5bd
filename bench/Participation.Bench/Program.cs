// Benchmarks of the running host against raw baselines measured in the same run.
//   dotnet run -c Release --project bench/Participation.Bench -- intake [items=100000 batch=1000 senders=2 warmup=5 rounds=5]
//   dotnet run -c Release --project bench/Participation.Bench -- reads [connections=64 seconds=10 warmup=2 rounds=3 allocations=0 route=0]
//   dotnet run -c Release --project bench/Participation.Bench -- extract [rows=1000000 small=100000 large=5000000 warmup=1 rounds=3]
//   dotnet run -c Release --project bench/Participation.Bench -- collation [voices=1000000 warmup=1 rounds=3]
//   dotnet run -c Release --project bench/Participation.Bench -- submissions [connections=64 seconds=10 warmup=3 rounds=3 links=160000]
// "baseline" is the raw read server the reads benchmark starts as its own process.
using System.Globalization;

if (args is ["baseline", ..])
{
    await RawBaseline.RunAsync(args);
    return 0;
}

var scenario = args.FirstOrDefault(arg => !arg.Contains('=', StringComparison.Ordinal)) ?? "intake";
var options = args.Select(arg => arg.Split('=', 2)).Where(pair => pair.Length == 2)
    .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
switch (scenario)
{
    case "intake":
        await IntakeBenchmark.RunAsync(options);
        break;
    case "reads":
        await ReadBenchmark.RunAsync(options);
        break;
    case "extract":
        await ExtractBenchmark.RunAsync(options);
        break;
    case "collation":
        await CollationBenchmark.RunAsync(options);
        break;
    case "submissions":
        await SubmissionBenchmark.RunAsync(options);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{scenario}': intake, reads, extract, collation or submissions.");
        return 2;
}

return 0;
