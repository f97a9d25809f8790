using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigil.Core.Index;

/// <summary>Binary reading and writing of the index's arrays for <see cref="ScreeningIndex.WriteSnapshot"/>: a length, then the raw elements.</summary>
internal static class Snapshot
{
    public static void WriteArray<T>(BinaryWriter writer, T[] values) where T : unmanaged => WriteSpan<T>(writer, values);

    public static void WriteArray<T>(BinaryWriter writer, List<T> values) where T : unmanaged => WriteSpan<T>(writer, CollectionsMarshal.AsSpan(values));

    public static T[] ReadArray<T>(BinaryReader reader) where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > reader.BaseStream.Length)
            throw new InvalidDataException($"index snapshot: array length {length} is impossible");
        var values = new T[length];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        while (bytes.Length > 0)
        {
            var read = reader.Read(bytes);
            if (read == 0) throw new EndOfStreamException("index snapshot: truncated");
            bytes = bytes[read..];
        }
        return values;
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var v in values) writer.Write(v);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length) throw new InvalidDataException($"index snapshot: string count {length} is impossible");
        var values = new string[length];
        for (var i = 0; i < length; i++) values[i] = reader.ReadString();
        return values;
    }

    private static void WriteSpan<T>(BinaryWriter writer, ReadOnlySpan<T> values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }
}
