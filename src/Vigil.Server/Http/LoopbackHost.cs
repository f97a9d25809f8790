using System.Net;

namespace Vigil.Server.Http;

/// <summary>Which host names mean this machine only: <c>localhost</c> and the loopback addresses (<c>127.0.0.1</c>, <c>[::1]</c>).</summary>
/// <remarks>Used twice for <c>--no-auth</c>: <c>vigil serve</c> binds only to such hosts, and every request's <c>Host</c> must
/// name one, so a DNS-rebinding page (whose Host is the attacker's name) is refused.</remarks>
public static class LoopbackHost
{
    /// <summary>True when <paramref name="host"/> (no port; IPv6 with or without brackets) is <c>localhost</c> or a loopback address.</summary>
    public static bool Is(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>True when every <c>;</c>-separated URL of <paramref name="urls"/> (Kestrel's <c>--urls</c>) listens on a loopback host;
    /// <c>*</c>, <c>+</c>, <c>0.0.0.0</c> and other names are not.</summary>
    public static bool AllLoopback(string urls, out string? offending)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (http://*:80, http://+:80) are no valid URI host; treat anything unparsable as not loopback.
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !Is(uri.Host))
            {
                offending = url;
                return false;
            }
        }
        offending = null;
        return true;
    }
}
