namespace Vigil.Server.Tests.Support;

/// <summary>A clock standing at one instant, so figures measured from "now" (ages, days) are known in advance.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
