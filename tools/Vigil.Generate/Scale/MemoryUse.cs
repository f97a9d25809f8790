using System.Diagnostics;

namespace Vigil.Generate.Scale;

/// <summary>The process's memory at one moment: live managed heap after a full collection, and what the OS sees.</summary>
internal sealed record MemoryUse(long LiveHeap, long WorkingSet, long PeakWorkingSet, long PrivateBytes)
{
    public static MemoryUse Now()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var live = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryUse(live, process.WorkingSet64, process.PeakWorkingSet64, process.PrivateMemorySize64);
    }

    public static string Mb(long bytes) => FormattableString.Invariant($"{bytes / 1048576.0:N0} MB");

    public override string ToString() =>
        $"live heap {Mb(LiveHeap)}, working set {Mb(WorkingSet)}, peak working set {Mb(PeakWorkingSet)}, private {Mb(PrivateBytes)}";
}
