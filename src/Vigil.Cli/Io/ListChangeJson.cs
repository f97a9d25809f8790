using System.Text.Json;
using Vigil.Cli.Rendering;
using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>Writes <c>vigil lists diff --json</c>; the shape is documented in the help of its <c>--json</c> option.</summary>
internal static class ListChangeJson
{
    public static void Write(ListDiffReport report) => JsonOutput.Write(writer =>
    {
        var change = report.Change;
        writer.WriteStartObject();
        writer.WriteString("source", report.To.Source);
        writer.WritePropertyName("from");
        JsonOutput.WriteVersion(writer, report.From);
        writer.WritePropertyName("to");
        JsonOutput.WriteVersion(writer, report.To);
        writer.WriteStartObject("summary");
        writer.WriteNumber("added", change.Added.Count);
        writer.WriteNumber("removed", change.Removed.Count);
        writer.WriteNumber("changed", change.Changed.Count);
        writer.WriteEndObject();

        writer.WriteStartArray("added");
        foreach (var a in change.Added) Summary(writer, a.SourceId, Format.Kind(a.Kind), a.Name);
        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var r in change.Removed) Summary(writer, r.SourceId, Format.Kind(r.Kind), r.Name);
        writer.WriteEndArray();
        writer.WriteStartArray("changed");
        foreach (var c in change.Changed)
        {
            writer.WriteStartObject();
            writer.WriteString("source_id", c.SourceId);
            writer.WriteString("kind", Format.Kind(c.Kind));
            writer.WriteString("name", c.Name);
            writer.WriteString("previous_name", c.PreviousName);
            writer.WriteStartArray("fields");
            foreach (var f in c.FieldNames) writer.WriteStringValue(f);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void Summary(Utf8JsonWriter writer, string sourceId, string kind, string name)
    {
        writer.WriteStartObject();
        writer.WriteString("source_id", sourceId);
        writer.WriteString("kind", kind);
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }
}
