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

    /// <summary>Strings as one block of UTF-16 characters and their end offsets: read back without decoding.</summary>
    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        var ends = new int[values.Count];
        var length = 0L;
        for (var i = 0; i < values.Count; i++)
        {
            length += values[i].Length;
            ends[i] = length <= int.MaxValue ? (int)length : throw new InvalidOperationException("index snapshot: too many characters for one block");
        }
        var chars = new char[length];
        var at = 0;
        foreach (var v in values)
        {
            v.CopyTo(chars.AsSpan(at));
            at += v.Length;
        }
        WriteArray(writer, ends);
        WriteArray(writer, chars);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var ends = ReadArray<int>(reader);
        var chars = ReadArray<char>(reader);
        var values = new string[ends.Length];
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            if (ends[i] < start || ends[i] > chars.Length) throw new InvalidDataException("index snapshot: string offsets out of order");
            values[i] = new string(chars, start, ends[i] - start);
            start = ends[i];
        }
        return values;
    }

    private static void WriteSpan<T>(BinaryWriter writer, ReadOnlySpan<T> values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }
}
