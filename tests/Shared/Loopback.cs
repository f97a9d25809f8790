using System.Net;
using System.Net.Sockets;

namespace Vigil.Tests.Shared;

/// <summary>Ports on 127.0.0.1 for the servers tests start (Kestrel, webhook receivers, list publishers): loopback only.</summary>
internal static class Loopback
{
    /// <summary>A port no one listens on right now (the system's choice of a free one, released at once).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
