namespace Vigil.Generate.Scale;

/// <summary>Garbage collections and the time the runtime was paused for them between two moments.</summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcActivity Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GcActivity Since(GcActivity start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Paused - start.Paused);

    public override string ToString() => $"GC paused {Paused.TotalSeconds:N2} s (gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2})";
}
