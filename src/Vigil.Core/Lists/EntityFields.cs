namespace Vigil.Core.Lists;

/// <summary>The fields of an <see cref="Model.Entity"/> that a list change can touch, as a set of flags.</summary>
[Flags]
public enum EntityFields
{
    None = 0,
    Kind = 1 << 0,
    /// <summary>The primary name.</summary>
    Name = 1 << 1,
    /// <summary>Every name other than the primary one, whatever its role.</summary>
    Aliases = 1 << 2,
    Programs = 1 << 3,
    Identifiers = 1 << 4,
    Addresses = 1 << 5,
    BirthDates = 1 << 6,
    PlacesOfBirth = 1 << 7,
    Nationalities = 1 << 8,
    Citizenships = 1 << 9,
    Gender = 1 << 10,
    Titles = 1 << 11,
    ListedOn = 1 << 12,
    Remarks = 1 << 13,
    Links = 1 << 14,
    Vessel = 1 << 15,
    Aircraft = 1 << 16,
    OtherInfo = 1 << 17,
    AmendedOn = 1 << 18,
    UnReference = 1 << 19,
}
