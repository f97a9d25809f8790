using Npgsql;

namespace Vigil.Store.Postgres;

/// <summary>Reads <c>postgresql://user:password@host:port/database?sslmode=require</c> into an Npgsql connection string.</summary>
internal static class PostgresUrl
{
    /// <summary>Whether <paramref name="text"/> is a URL (<c>postgresql://</c> or <c>postgres://</c>) rather than <c>Key=Value;...</c>.</summary>
    public static bool IsUrl(string text) =>
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string of a URL, or <paramref name="text"/> itself when it already is one.</summary>
    /// <exception cref="ArgumentException">The URL is malformed or has a query parameter Vigil does not know; the message never holds the password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        if (!IsUrl(text))
        {
            try { return new NpgsqlConnectionStringBuilder(text); }
            catch (ArgumentException ex) { throw new ArgumentException($"not a PostgreSQL connection string or postgresql:// URL: {ex.Message}", nameof(text), ex); }
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new ArgumentException($"'{Redact(text)}' is not a URL of the form postgresql://user:password@host:port/database", nameof(text));
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (!uri.IsDefaultPort && uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = value switch
                    {
                        "disable" => SslMode.Disable,
                        "allow" => SslMode.Allow,
                        "prefer" => SslMode.Prefer,
                        "require" => SslMode.Require,
                        "verify-ca" => SslMode.VerifyCA,
                        "verify-full" => SslMode.VerifyFull,
                        _ => throw new ArgumentException($"{Redact(text)}: sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full", nameof(text)),
                    };
                    break;
                case "sslrootcert": builder.RootCertificate = value; break;
                case "application_name": builder.ApplicationName = value; break;
                case "connect_timeout": builder.Timeout = Seconds(text, key, value); break;
                case "options" when value.StartsWith("-c search_path=", StringComparison.Ordinal): builder.SearchPath = value["-c search_path=".Length..]; break;
                case "search_path": builder.SearchPath = value; break;
                default:
                    throw new ArgumentException(
                        $"{Redact(text)}: the parameter '{key}' is not understood (use sslmode, sslrootcert, application_name, connect_timeout or search_path)", nameof(text));
            }
        }
        return builder;
    }

    /// <summary>The URL with its password replaced by <c>***</c>, for messages.</summary>
    public static string Redact(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var at = text.LastIndexOf('@');
        if (scheme < 0 || at < scheme) return text;
        var userInfo = text[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? text : text[..(scheme + 3)] + userInfo[..colon] + ":***" + text[at..];
    }

    private static int Seconds(string text, string key, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s)
            ? s : throw new ArgumentException($"{Redact(text)}: {key} '{value}' is not a whole number of seconds", nameof(text));
}
