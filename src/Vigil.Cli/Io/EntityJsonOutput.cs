using System.Text.Json;
using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>Writes <c>vigil entity --json</c>: the entity as stored, plus <c>list_version</c> saying which version it is from.</summary>
internal static class EntityJsonOutput
{
    public static void Write(EntityRecord record) => JsonOutput.Write(writer =>
    {
        using var stored = JsonDocument.Parse(record.Json);
        writer.WriteStartObject();
        foreach (var property in stored.RootElement.EnumerateObject()) property.WriteTo(writer);
        writer.WritePropertyName("list_version");
        JsonOutput.WriteVersion(writer, record.Version);
        writer.WriteEndObject();
    });
}
