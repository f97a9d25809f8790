using System.Runtime.CompilerServices;

namespace Vigil.Tests.Shared;

/// <summary>
/// Test processes block pool threads on purpose (waiting for a child <c>vigil</c> process, a browser, a server), while
/// the in-process HTTP servers the tests run (HttpListener receivers, Kestrel) need pool threads to answer. With the
/// default minimum the pool grows by one thread every half second or so, and a receiver could stall for seconds under
/// a busy run (seen: a webhook POST left unanswered for 15 s). A higher minimum removes that starvation.
/// </summary>
internal static class ThreadPoolWarmup
{
    [ModuleInitializer]
    internal static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
