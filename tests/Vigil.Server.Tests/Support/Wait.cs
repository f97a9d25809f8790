namespace Vigil.Server.Tests.Support;

/// <summary>Polls a condition until it holds or a generous limit passes; the limit bounds the test, it is not a timing assertion.</summary>
internal static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var until = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"gave up waiting for {what} after {limit.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }
}
