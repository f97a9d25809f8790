using System.Collections;

namespace Vigil.Store.Tests.Support;

/// <summary>A list that fails when enumerated: put into an entity, it makes serialization throw mid-save.</summary>
internal sealed class ThrowingList<T> : IReadOnlyList<T>
{
    public T this[int index] => throw new InvalidOperationException("simulated failure while reading the entity");
    public int Count => 1;
    public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException("simulated failure while reading the entity");
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
