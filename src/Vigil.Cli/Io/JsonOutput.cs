using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Contracts;

namespace Vigil.Cli.Io;

/// <summary>Writes the contract's wire shapes (<see cref="VigilJsonContext"/>) to stdout: documents indented, lines compact.</summary>
internal static class JsonOutput
{
    /// <summary>Writes one indented JSON document to stdout followed by a newline (<c>entity --json</c>, <c>lists diff --json</c>).</summary>
    public static void Document<T>(T value, Func<VigilJsonContext, JsonTypeInfo<T>> type)
    {
        using var stdout = Console.OpenStandardOutput();
        VigilJson.WriteLine(stdout, value, type(VigilJson.Indented));
    }

    /// <summary>Writes JSON lines to stdout, one compact document per value.</summary>
    public static void Lines<T>(IEnumerable<T> values, Func<VigilJsonContext, JsonTypeInfo<T>> type)
    {
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        var info = type(VigilJson.Compact);
        foreach (var value in values) VigilJson.WriteLine(stdout, value, info);
    }

    /// <summary>Writes one compact JSON line to stdout.</summary>
    public static void Line<T>(T value, Func<VigilJsonContext, JsonTypeInfo<T>> type) => Lines([value], type);

    /// <summary>A JSON lines writer over <paramref name="stream"/> that keeps one <see cref="Utf8JsonWriter"/> for every line.</summary>
    public static Utf8JsonWriter LineWriter(Stream stream) =>
        new(stream, new JsonWriterOptions { Encoder = VigilJson.Compact.Options.Encoder });
}
