using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Vigil.Core.Matching;

namespace Vigil.Workflows.Screening;

/// <summary>
/// A <see cref="ScoringProfile"/> as a JSON file, for tuning runs: the record's property names in snake_case
/// (<c>{"name": "tuned", "version": "2", "alert_threshold": 0.85}</c>); properties left out keep their defaults.
/// </summary>
/// <remarks>
/// Read here, never in Core (Core does no I/O). An unknown property or a value of the wrong type is an error naming the
/// file and the property; numbers are range-checked, because a weight or cut-off outside its range would silently break
/// the bounds the index prunes with. <c>id</c> and <c>max_bonus</c>, which <see cref="Write"/> prints, are derived and
/// ignored on reading.
/// </remarks>
public static class ProfileFile
{
    /// <summary>The key of <c>vigil.json</c> that names the profile file the CLI and the server use.</summary>
    public const string ConfigKey = "profile";

    /// <summary>Reads and checks a profile file.</summary>
    /// <exception cref="VigilException">The file is missing, not JSON, has an unknown property, a wrong type or a value out of range.</exception>
    public static ScoringProfile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new VigilException($"{path}: cannot read the profile: {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    /// <summary>Parses and checks a profile; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="VigilException">Not JSON, an unknown property, a wrong type or a value out of range.</exception>
    public static ScoringProfile Parse(string json, string path)
    {
        ScoringProfile? profile;
        try
        {
            // The generated reader sets every init-only property, to its type's default when the file leaves it out; so
            // the file is laid over the shipped profile first, and the reader sees every property.
            var given = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                as JsonObject ?? throw new VigilException($"{path}: a profile is a JSON object");
            var merged = JsonSerializer.SerializeToNode(ScoringProfile.Default, ProfileJsonContext.Default.ScoringProfile)!.AsObject();
            foreach (var (name, value) in given) merged[name] = value?.DeepClone();
            profile = merged.Deserialize(ProfileJsonContext.Default.ScoringProfile);
        }
        catch (JsonException ex)
        {
            var property = ex.Path is { Length: > 2 } p ? p[2..] : null;
            var message = ex.Message.Split(" Path:", 2)[0];
            if (message.Contains("could not be mapped", StringComparison.Ordinal))
                message = "unknown property ('vigil profile show' prints them all)";
            else if (property is not null && TypeOf(property) is { } type)
                message = $"expected {(type == typeof(string) ? "a string" : type == typeof(int) ? "a whole number" : "a number")}";
            throw new VigilException(property is null ? $"{path}: {message}" : $"{path}: {property}: {message}", ex);
        }
        if (profile is null) throw new VigilException($"{path}: a profile is a JSON object");
        Check(profile, path);
        return profile;
    }

    /// <summary>The profile as a file <see cref="Load"/> reads: every property, indented.</summary>
    public static string Write(ScoringProfile profile) => JsonSerializer.Serialize(profile, ProfileJsonContext.Default.ScoringProfile);

    /// <summary>The profile to score with: <paramref name="path"/> when given, else the file <c>vigil.json</c> names
    /// (relative to the home), else <see cref="ScoringProfile.Default"/>.</summary>
    public static ScoringProfile Resolve(VigilHome home, string? path = null)
    {
        if (!string.IsNullOrEmpty(path)) return Load(Path.GetFullPath(path));
        var configured = VigilConfig.Load(home).ProfilePath;
        return string.IsNullOrEmpty(configured) ? ScoringProfile.Default : Load(Path.GetFullPath(configured, home.Directory));
    }

    /// <summary>The type of the profile property a snake_case name stands for, or null.</summary>
    private static Type? TypeOf(string name) =>
        typeof(ScoringProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.CanWrite && JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name) == name)?.PropertyType;

    /// <summary>Names and versions are non-empty; every weight (<c>..._weight</c>) lies in [0, 10], every other number in
    /// [0, 1] (similarities, factors, bonuses, cut-offs); every count or length is at least 1, and a few pairs are ordered.</summary>
    private static void Check(ScoringProfile profile, string path)
    {
        if (string.IsNullOrWhiteSpace(profile.Name)) throw new VigilException($"{path}: name: empty");
        if (string.IsNullOrWhiteSpace(profile.Version)) throw new VigilException($"{path}: version: empty");
        foreach (var property in typeof(ScoringProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite) continue;
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            switch (property.GetValue(profile))
            {
                case double d:
                    var most = property.Name.EndsWith("Weight", StringComparison.Ordinal) ? 10 : 1;
                    if (!(d >= 0 && d <= most)) throw new VigilException($"{path}: {name}: {d} is outside [0, {most}]");
                    break;
                case int i when i < 1:
                    throw new VigilException($"{path}: {name}: {i} must be at least 1");
            }
        }
        if (profile.AlertThreshold <= 0) throw new VigilException($"{path}: alert_threshold: must be above 0");
        if (profile.OrgInitialsMinLetters > profile.OrgInitialsMaxLetters)
            throw new VigilException($"{path}: org_initials_min_letters: above org_initials_max_letters");
        if (profile.WindowWords < 2) throw new VigilException($"{path}: window_words: a window holds at least 2 words");
    }
}

/// <summary>Source-generated JSON of <see cref="ScoringProfile"/> (snake_case, unknown properties rejected).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ScoringProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
