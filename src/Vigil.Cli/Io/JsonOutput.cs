using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Lists;

namespace Vigil.Cli.Io;

/// <summary>Writes indented JSON documents to stdout, and the parts that several of them share.</summary>
internal static class JsonOutput
{
    /// <summary>Writes one JSON document to stdout followed by a newline.</summary>
    public static void Write(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        stdout.WriteByte((byte)'\n');
    }

    /// <summary><c>{"id":3,"source":"ofac-sdn","content_hash":"…","published_on":"2026-02-27","loaded_at":"…","active":true, "counts":{…}}</c></summary>
    public static void WriteVersion(Utf8JsonWriter writer, ListVersion version)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", version.Id);
        writer.WriteString("source", version.Source);
        writer.WriteString("content_hash", version.ContentHash);
        if (version.PublishedOn is { } published) writer.WriteString("published_on", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNull("published_on");
        writer.WriteString("loaded_at", version.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteBoolean("active", version.IsActive);
        writer.WriteStartObject("counts");
        writer.WriteNumber("total", version.Counts.Total);
        writer.WriteNumber("person", version.Counts.Persons);
        writer.WriteNumber("organization", version.Counts.Organizations);
        writer.WriteNumber("vessel", version.Counts.Vessels);
        writer.WriteNumber("aircraft", version.Counts.Aircraft);
        writer.WriteNumber("unknown", version.Counts.Unknown);
        writer.WriteEndObject();
        writer.WriteNumber("warnings", version.WarningCount);
        writer.WriteEndObject();
    }
}
