using System.Globalization;

namespace Vigil.Server.Http;

/// <summary>Parses optional query-string values, collecting a message per bad field instead of failing on the first.</summary>
internal sealed class QueryValues
{
    public List<(string Field, string Message)> Errors { get; } = [];

    public int Int(string field, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Errors.Add((field, $"'{text}' is not a whole number from {min} to {max}"));
        return fallback;
    }

    public long? Long(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
        Errors.Add((field, $"'{text}' is not a version id (a positive whole number)"));
        return null;
    }

    public double? Score(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= 1) return v;
        Errors.Add((field, $"'{text}' is not a score from 0 to 1"));
        return null;
    }

    public bool Bool(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes": return true;
            case "false" or "0" or "no": return false;
            default:
                Errors.Add((field, $"'{text}' is not true or false"));
                return false;
        }
    }
}
