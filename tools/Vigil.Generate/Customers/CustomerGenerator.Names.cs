using Vigil.Generate.Tables;

namespace Vigil.Generate.Customers;

internal sealed partial class CustomerGenerator
{
    private static readonly string[] Syllables =
        ["vel", "or", "a", "zen", "trix", "nex", "ar", "lum", "ion", "tek", "sol", "vis", "cor", "max", "ix", "on", "ia", "ex", "ro",
         "ta", "li", "quo", "ven", "tis", "bri", "no", "gen", "dax", "mer", "ka", "ly", "sa", "tor", "vo", "fi", "neo"];

    /// <summary>A person's name in the order and style of <paramref name="culture"/>.</summary>
    private static string PersonName(Random rng, Culture culture, bool female, bool native)
    {
        var given = Given(rng, culture, female, native);
        var surname = Surname(rng, culture, female, native);
        switch (culture.Code)
        {
            case "zh":
                if (native) return surname.In(true) + given.In(true);
                return rng.Chance(0.6) ? $"{surname.Latin} {given.Latin}" : $"{given.Latin} {surname.Latin}";
            case "ko":
                if (native) return surname.In(true) + given.In(true);
                var g = rng.Chance(0.25) ? given.Latin.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() : given.Latin;
                g = char.ToUpperInvariant(g[0]) + g[1..];
                return rng.Chance(0.6) ? $"{surname.Latin} {g}" : $"{g} {surname.Latin}";
            case "ja":
                return rng.Chance(0.35) ? $"{surname.Latin} {given.Latin}" : $"{given.Latin} {surname.Latin}";
            case "vi":
                var middle = female ? "Thị" : rng.Pick(["Văn", "Văn", "Đức", "Quang", "Minh", "Hữu"]);
                return rng.Chance(0.85) ? $"{surname.Latin} {middle} {given.Latin}" : $"{given.Latin} {surname.Latin}";
            case "es":
                return rng.Chance(0.8)
                    ? $"{given.Latin} {surname.Latin} {Surname(rng, culture, female, false).Latin}"
                    : $"{given.Latin} {surname.Latin}";
            case "pt":
                var particle = rng.Chance(0.3) ? rng.Pick(["da ", "de ", "dos "]) : "";
                return rng.Chance(0.7)
                    ? $"{given.Latin} {particle}{surname.Latin} {Surname(rng, culture, female, false).Latin}"
                    : $"{given.Latin} {surname.Latin}";
            case "ar":
                // Given name, often the father's given name, then the family name; sometimes "bin"/"ibn" before the father's.
                var father = rng.Chance(0.5) ? rng.Pick(culture.MaleNames.Where(n => !native || n.Native is not null).ToList()) : null;
                var link = father is not null && !native && rng.Chance(0.15) ? (female ? "bint " : "bin ") : "";
                var sep = " ";
                return father is null
                    ? given.In(native) + sep + surname.In(native)
                    : given.In(native) + sep + link + father.In(native) + sep + surname.In(native);
            case "ru":
                var patronymic = rng.Chance(0.3) ? Patronymic(rng, culture, female, native) : null;
                var full = patronymic is null ? given.In(native) : given.In(native) + " " + patronymic;
                return rng.Chance(0.4) ? $"{surname.In(native)} {full}" : $"{full} {surname.In(native)}";
            case "en":
                var p = rng.NextDouble();
                var mid = p < 0.2 ? " " + Given(rng, culture, female, false).Latin : p < 0.35 ? $" {(char)('A' + rng.Next(26))}." : "";
                var last = rng.Chance(0.03) ? $"{surname.Latin}-{Surname(rng, culture, female, false).Latin}" : surname.Latin;
                return $"{given.Latin}{mid} {last}";
            case "in":
                if (rng.Chance(0.1)) return $"{surname.Latin[0]}. {given.Latin}";
                return rng.Chance(0.15) ? $"{given.Latin} {Given(rng, culture, female, false).Latin} {surname.Latin}" : $"{given.Latin} {surname.Latin}";
            default:
                return rng.Chance(0.15) ? $"{given.Latin} {Given(rng, culture, female, false).Latin} {surname.Latin}" : $"{given.Latin} {surname.Latin}";
        }
    }

    private static NamePart Given(Random rng, Culture culture, bool female, bool native)
    {
        var names = female ? culture.FemaleNames : culture.MaleNames;
        if (!native) return rng.Pick(names);
        var withScript = names.Where(n => n.Native is not null).ToList();
        return withScript.Count > 0 ? rng.Pick(withScript) : rng.Pick(names);
    }

    /// <summary>A family name, in its feminine form where the language inflects it (Ivanova, Kowalska).</summary>
    private static NamePart Surname(Random rng, Culture culture, bool female, bool native)
    {
        var withScript = native ? culture.Surnames.Where(n => n.Native is not null).ToList() : null;
        var part = withScript is { Count: > 0 } ? rng.Pick(withScript) : rng.Pick(culture.Surnames);
        if (!female) return part;
        return culture.Code switch
        {
            "ru" when part.Latin.EndsWith("ov", StringComparison.Ordinal) || part.Latin.EndsWith("ev", StringComparison.Ordinal)
                      || part.Latin.EndsWith("in", StringComparison.Ordinal) => new NamePart(part.Latin + "a", part.Native + "а"),
            "pl" when part.Latin.EndsWith("ski", StringComparison.Ordinal) || part.Latin.EndsWith("cki", StringComparison.Ordinal) =>
                new NamePart(part.Latin[..^1] + "a", null),
            _ => part,
        };
    }

    /// <summary>A patronymic from a father's name ending in a consonant (Ivanovich, Ivanovna); null otherwise.</summary>
    private static string? Patronymic(Random rng, Culture culture, bool female, bool native)
    {
        var father = rng.Pick(culture.MaleNames);
        var last = father.Latin[^1];
        if ("aeiouyl".Contains(last, StringComparison.Ordinal) || father.Latin.EndsWith("gor", StringComparison.Ordinal)) return null;
        var ending = female ? ("ovna", "овна") : ("ovich", "ович");
        return native && father.Native is not null ? father.Native + ending.Item2 : father.Latin + ending.Item1;
    }

    /// <summary>A firm's name: distinctive word, what it does and a legal form, in the order and style of the culture.</summary>
    private string OrganizationName(Random rng, Culture culture, bool native)
    {
        var legal = culture.LegalForms.Count > 0 && rng.Chance(0.85) ? rng.Pick(culture.LegalForms) : null;
        switch (culture.Code)
        {
            case "ru":
                var brand = rng.Pick(culture.Brands.Where(b => !native || b.Native is not null).ToList());
                var prefix = rng.Pick(culture.LegalPrefixes);
                if (native) return $"{prefix.In(true)} «{brand.In(true)}»";
                return rng.Chance(0.5) ? $"{prefix.Latin} \"{brand.Latin}\"" : $"{prefix.Latin} {brand.Latin}";
            case "zh" when native:
                return (rng.Chance(0.6) ? rng.Pick(culture.Cities).In(true) : "") + NativePart(rng, culture.Brands) + NativePart(rng, culture.Industries)
                       + NativePart(rng, culture.LegalForms);
            case "ko" when native:
                return rng.Pick(culture.LegalPrefixes).In(true) + " " + NativePart(rng, culture.Brands) + NativePart(rng, culture.Industries);
            case "ar" when native:
                return "شركة " + NativePart(rng, culture.Brands) + " " + NativePart(rng, culture.Industries);
            case "vi":
                return $"{rng.Pick(culture.LegalPrefixes).Latin} {rng.Pick(culture.Industries).Latin} {rng.Pick(culture.Brands).Latin}";
            case "zh":
                var city = rng.Chance(0.6) ? rng.Pick(culture.Cities).Latin + " " : "";
                return $"{city}{rng.Pick(culture.Brands).Latin} {rng.Pick(culture.Industries).Latin} {legal?.Latin ?? "Co., Ltd."}".Trim();
        }

        var head = Head(rng, culture);
        var industry = culture.Industries.Count > 0 ? rng.Pick(culture.Industries).Latin : "Trading";
        string core;
        if (culture.Code is "es" or "pt" or "fr" or "it" && rng.Chance(0.6)) core = $"{industry} {head}";
        else if (culture.Code == "de" && rng.Chance(0.3) && !head.Contains(' ', StringComparison.Ordinal)) core = head + industry.ToLowerInvariant();
        else if (culture.Code == "en" && rng.Chance(0.05)) core = $"{head} & {Surname(rng, culture, false, false).Latin}";
        else core = $"{head} {industry}";
        if (culture.Code == "tr" && rng.Chance(0.4)) core += " Sanayi ve Ticaret";
        return legal is null ? core : $"{core} {legal.Latin}";
    }

    /// <summary>The distinctive part of a firm's name: a brand word (55%), a family name (25%) or a coined word (20%).</summary>
    private string Head(Random rng, Culture culture)
    {
        var p = rng.NextDouble();
        if (p < 0.55)
            return culture.Brands.Count > 0 && rng.Chance(0.5) ? rng.Pick(culture.Brands).Latin : rng.Pick(_tables.AnyBrands).Latin;
        if (p < 0.80) return rng.Pick(culture.Surnames).Latin;
        var word = string.Concat(Enumerable.Range(0, rng.Next(2, 4)).Select(_ => rng.Pick(Syllables)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string NativePart(Random rng, List<NamePart> parts)
    {
        var withScript = parts.Where(p => p.Native is not null).ToList();
        return withScript.Count > 0 ? rng.Pick(withScript).Native! : rng.Pick(parts).Latin;
    }
}
