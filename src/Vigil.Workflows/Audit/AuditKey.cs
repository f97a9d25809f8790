using System.Security.Cryptography;

namespace Vigil.Workflows.Audit;

/// <summary>The secret that signs export checkpoints: 32 random bytes (hex) in <c>$VIGIL_HOME/audit.key</c>, created 0600 on first use.</summary>
internal static class AuditKey
{
    /// <summary>The home's key, created when it has none.</summary>
    public static byte[] LoadOrCreate(string path)
    {
        if (Load(path) is { } key) return key;
        var fresh = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(path, VigilHome.PrivateFileOptions(FileMode.CreateNew));
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToHexStringLower(fresh));
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Load(path)!; // another process created it first
        }
    }

    /// <summary>The home's key; null when it has none.</summary>
    public static byte[]? Load(string path)
    {
        try
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (FormatException e)
        {
            throw new VigilException($"{path}: the audit key is damaged: {e.Message}", e);
        }
    }

    /// <summary>HMAC-SHA256 (hex) of a checkpoint's fields.</summary>
    public static string Sign(byte[] key, long count, string firstPreviousHash, string lastHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes($"vigil-audit-checkpoint\n{count}\n{firstPreviousHash}\n{lastHash}")));
}
