using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Core.Model;

namespace Vigil.Workflows.Customers;

/// <summary>
/// SHA-256 over the fields that matter for a match — names, dates, identifiers, countries — of a customer or a listed
/// entry. A false-positive decision holds while both fingerprints stay the same; other fields (remarks, programmes,
/// addresses' streets) may change without re-opening it.
/// </summary>
public static class Fingerprints
{
    public static string Customer(string name, string birthDate, string country, string idNumbers) =>
        Hash(json =>
        {
            json.WriteStringValue(name);
            json.WriteStringValue(birthDate);
            json.WriteStringValue(country.ToUpperInvariant());
            json.WriteStringValue(idNumbers);
        });

    public static string Entity(Entity entity) =>
        Hash(json =>
        {
            Sorted(json, entity.Names.Select(n => n.Full));
            Sorted(json, entity.BirthDates.Select(d => d.ToString()));
            Sorted(json, entity.Identifiers.Select(i => $"{i.Kind}|{i.Canonical}|{i.Country}"));
            Sorted(json, entity.Nationalities.Concat(entity.Citizenships).Concat(entity.Addresses.Select(a => a.CountryCode ?? a.Country ?? "")).Distinct());
        });

    /// <summary>The fingerprint of a party's alert: over each listing's reference and fingerprint, in reference order, so it
    /// changes when a listing joins or leaves the party or changes in a field that matters.</summary>
    public static string Party(IEnumerable<(string Key, string Fingerprint)> listings) =>
        Hash(json => Sorted(json, listings.Select(l => l.Key + "=" + l.Fingerprint)));

    private static void Sorted(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray();
        foreach (var v in values.Order(StringComparer.Ordinal)) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            write(json);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
