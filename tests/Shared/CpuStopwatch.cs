using System.Diagnostics;

namespace Vigil.Tests.Shared;

/// <summary>Measures wall time and this process's CPU time over the same span.</summary>
/// <remarks>
/// Bounds are asserted on CPU time: other processes on a busy two-core machine stretch wall time several-fold but
/// leave the CPU this work needs unchanged. Tests that use it run in a non-parallel test collection,
/// so the process's CPU time is this test's own (plus GC and JIT, which are part of the cost).
/// </remarks>
internal sealed class CpuStopwatch
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _cpu;

    public static CpuStopwatch StartNew() => new();

    public TimeSpan Wall => _wall.Elapsed;
    public TimeSpan Cpu => _cpu;

    public void Stop()
    {
        _wall.Stop();
        _cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
    }

    public override string ToString() => $"{Wall.TotalMilliseconds:0} ms wall, {Cpu.TotalMilliseconds:0} ms CPU";
}
