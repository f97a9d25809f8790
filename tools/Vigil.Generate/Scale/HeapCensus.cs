using System.Reflection;
using System.Runtime.CompilerServices;

namespace Vigil.Generate.Scale;

/// <summary>
/// Estimates how many bytes each part of an object graph holds, by walking it with reflection: each object reachable
/// from a root field is charged to the first field (two levels deep: <c>Vocabulary._words</c>) that reaches it.
/// </summary>
/// <remarks>
/// A measurement aid, not exact accounting: sizes are the 64-bit CLR layout (16-byte object header, 24-byte array and
/// string headers, 8-byte alignment); objects of <see cref="Vigil.Core.Model"/> (the entities the index points to) are
/// not entered, so the census is the index's own memory. The walk reads private fields of types it does not own, so
/// its labels follow whatever the index's fields are called today.
/// </remarks>
internal static class HeapCensus
{
    private static readonly Dictionary<Type, FieldInfo[]> Fields = [];
    private static readonly Dictionary<Type, int> Sizes = [];
    private static readonly MethodInfo SizeOfMethod = typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!;

    /// <summary>Bytes per part of <paramref name="root"/>, largest first, and the total.</summary>
    public static (List<(string Part, long Bytes, long Objects)> Parts, long Total) Of(object root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance) { root };
        var parts = new List<(string, long, long)>();
        long total = 0;
        foreach (var (label, value) in Children(root, root.GetType().Name))
        {
            // One more level for the index's own components (vocabulary, name table): their fields are the interesting parts.
            if (value is not null && value.GetType().Namespace?.StartsWith("Vigil.Core", StringComparison.Ordinal) == true && !value.GetType().IsArray
                && visited.Add(value))
            {
                var (own, _) = Walk(new Stack<object>(), visited, exploreFields: false, value);
                total += own;
                foreach (var (inner, innerValue) in Children(value, label)) Add(inner, innerValue);
                continue;
            }
            Add(label, value);
        }
        parts.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return (parts, total);

        void Add(string label, object? value)
        {
            if (value is null || !visited.Add(value)) return;
            var (bytes, objects) = Walk(new Stack<object>(), visited, exploreFields: true, value);
            parts.Add((label, bytes, objects));
            total += bytes;
        }
    }

    private static IEnumerable<(string Label, object? Value)> Children(object owner, string prefix)
    {
        foreach (var f in FieldsOf(owner.GetType()))
            if (!f.FieldType.IsValueType || HasReferences(f.FieldType))
                yield return ($"{prefix}.{Clean(f.Name)}", f.GetValue(owner));
    }

    /// <summary>Bytes and objects reachable from <paramref name="start"/> not yet visited (<paramref name="start"/> itself counted).</summary>
    private static (long Bytes, long Objects) Walk(Stack<object> stack, HashSet<object> visited, bool exploreFields, object start)
    {
        long bytes = SizeOf(start), objects = 1;
        if (!exploreFields) return (bytes, objects);
        stack.Push(start);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            foreach (var child in References(o))
            {
                if (child is null || IsEntity(child.GetType()) || !visited.Add(child)) continue;
                bytes += SizeOf(child);
                objects++;
                stack.Push(child);
            }
        }
        return (bytes, objects);
    }

    private static IEnumerable<object?> References(object o)
    {
        var type = o.GetType();
        if (o is string) yield break;
        if (o is Array array)
        {
            var element = type.GetElementType()!;
            if (!HasReferences(element)) yield break;
            if (!element.IsValueType)
            {
                foreach (var item in array) yield return item;
                yield break;
            }
            var fields = FieldsOf(element).Where(f => HasReferences(f.FieldType)).ToArray();
            foreach (var item in array)
                foreach (var f in fields) yield return f.GetValue(item);
            yield break;
        }
        foreach (var f in FieldsOf(type))
            if (HasReferences(f.FieldType)) yield return f.GetValue(o);
    }

    private static long SizeOf(object o)
    {
        if (o is string s) return Align(22 + 2L * s.Length);
        if (o is Array a)
        {
            var element = o.GetType().GetElementType()!;
            return Align(24 + (long)a.Length * (element.IsValueType ? ValueSize(element) : 8));
        }
        var type = o.GetType();
        long size = 16;
        foreach (var f in FieldsOf(type)) size += f.FieldType.IsValueType ? ValueSize(f.FieldType) : 8;
        return Math.Max(24, Align(size));
    }

    private static int ValueSize(Type t)
    {
        if (!Sizes.TryGetValue(t, out var size)) Sizes[t] = size = (int)SizeOfMethod.MakeGenericMethod(t).Invoke(null, null)!;
        return size;
    }

    private static FieldInfo[] FieldsOf(Type t)
    {
        if (Fields.TryGetValue(t, out var fields)) return fields;
        var all = new List<FieldInfo>();
        for (var x = t; x is not null && x != typeof(object); x = x.BaseType)
            all.AddRange(x.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        return Fields[t] = [.. all];
    }

    private static readonly Dictionary<Type, bool> ReferenceTypes = [];

    /// <summary>A reference type, or a struct with a reference somewhere in its fields.</summary>
    private static bool HasReferences(Type t)
    {
        if (!t.IsValueType) return true;
        if (t.IsPrimitive || t.IsEnum || t.IsPointer) return false;
        if (ReferenceTypes.TryGetValue(t, out var has)) return has;
        ReferenceTypes[t] = false;
        has = FieldsOf(t).Any(f => HasReferences(f.FieldType));
        return ReferenceTypes[t] = has;
    }

    private static bool IsEntity(Type t) => t.Namespace == "Vigil.Core.Model";

    private static long Align(long n) => (n + 7) & ~7L;

    private static string Clean(string field) => field.StartsWith('<') ? field[1..field.IndexOf('>', StringComparison.Ordinal)] : field;
}
