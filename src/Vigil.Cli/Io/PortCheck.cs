using System.Net;
using System.Net.Sockets;
using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>
/// Before <c>vigil serve</c> starts its host: each address of <c>--urls</c> that another process already listens on is
/// refused with one line. Kestrel would fail too, but the host logs that failure with its stack trace first.
/// </summary>
/// <remarks>A port taken between this check and Kestrel's bind still fails cleanly (exit 1), only with the host's log.</remarks>
internal static class PortCheck
{
    /// <summary>Throws when an address of <paramref name="urls"/> (<c>;</c>-separated) is in use; other trouble (a host
    /// name, a port Vigil may not bind) is left for Kestrel to report.</summary>
    /// <exception cref="VigilException">Names the URL and port.</exception>
    public static void EnsureFree(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards: http://*:8080 and http://+:8080 listen on every interface.
            var text = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Port <= 0) continue;
            IPAddress? address = string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
                : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (address is null) continue;
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(address, uri.Port));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new VigilException($"--urls: cannot listen on {url}: port {uri.Port} is already in use (another 'vigil serve'?); stop it or choose another port");
            }
            catch (SocketException)
            {
                // Not ours to judge (no such interface, a privileged port): Kestrel says what is wrong.
            }
        }
    }
}
