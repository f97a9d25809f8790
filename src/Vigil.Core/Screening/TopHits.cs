namespace Vigil.Core.Screening;

/// <summary>The best distinct-entity scores so far, to know the cut-off a candidate must beat.</summary>
internal sealed class TopHits(int size)
{
    private readonly List<(int Entity, double Score)> _items = new(size + 1);

    /// <summary>The score of the last of the top hits once there are enough of them; otherwise 0.</summary>
    public double Cutoff => _items.Count < size ? 0 : _items[^1].Score;

    public void Offer(int entity, double score)
    {
        var existing = _items.FindIndex(x => x.Entity == entity);
        if (existing >= 0)
        {
            if (_items[existing].Score >= score) return;
            _items.RemoveAt(existing);
        }
        else if (_items.Count >= size && score <= _items[^1].Score) return;
        var at = _items.FindIndex(x => x.Score < score);
        _items.Insert(at < 0 ? _items.Count : at, (entity, score));
        if (_items.Count > size) _items.RemoveAt(_items.Count - 1);
    }
}
