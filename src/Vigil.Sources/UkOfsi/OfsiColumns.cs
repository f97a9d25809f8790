using Vigil.Sources.Tables;

namespace Vigil.Sources.UkOfsi;

/// <summary>Positions of the OFSI columns in one file, found by name (the 2014 CSV, 2018 CSV and 2022 XLSX formats differ).</summary>
internal sealed class OfsiColumns
{
    private static readonly string[] GivenNames = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"];
    private static readonly string[] AddressLines = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6"];

    public OfsiColumns(SheetHeader header, string file)
    {
        Header = header;
        Family = header.Require(file, "Name 6");
        GroupId = header.Require(file, "Group ID");
        GroupType = header.Require(file, "Group Type");
        Given = [.. GivenNames.Select(n => header.Find(n))];
        Title = header.Find("Title");
        NonLatinName = header.Find("Name Non-Latin Script");
        NonLatinType = header.Find("Non-Latin Script Type");
        NonLatinLanguage = header.Find("Non-Latin Script Language");
        Dob = header.Find("DOB", "Date of Birth");
        TownOfBirth = header.Find("Town of Birth");
        CountryOfBirth = header.Find("Country of Birth");
        Nationality = header.Find("Nationality");
        PassportNumber = header.Find("Passport Number");
        PassportDetails = header.Find("Passport Details");
        NationalIdNumber = header.Find("National Identification Number", "NI Number");
        NationalIdDetails = header.Find("National Identification Details");
        Position = header.Find("Position");
        Address = [.. AddressLines.Select(n => header.Find(n))];
        PostCode = header.Find("Post/Zip Code", "Postcode", "Zip Code");
        Country = header.Find("Country");
        OtherInformation = header.Find("Other Information");
        AliasType = header.Find("Alias Type");
        AliasQuality = header.Find("Alias Quality");
        Regime = header.Find("Regime");
        ListedOn = header.Find("Listed On");
        DateDesignated = header.Find("UK Sanctions List Date Designated");
        LastUpdated = header.Find("Last Updated");
    }

    public SheetHeader Header { get; }
    public int Family { get; }
    public int GroupId { get; }
    public int GroupType { get; }
    public int[] Given { get; }
    public int Title { get; }
    public int NonLatinName { get; }
    public int NonLatinType { get; }
    public int NonLatinLanguage { get; }
    public int Dob { get; }
    public int TownOfBirth { get; }
    public int CountryOfBirth { get; }
    public int Nationality { get; }
    public int PassportNumber { get; }
    public int PassportDetails { get; }
    public int NationalIdNumber { get; }
    public int NationalIdDetails { get; }
    public int Position { get; }
    public int[] Address { get; }
    public int PostCode { get; }
    public int Country { get; }
    public int OtherInformation { get; }
    public int AliasType { get; }
    public int AliasQuality { get; }
    public int Regime { get; }
    public int ListedOn { get; }
    public int DateDesignated { get; }
    public int LastUpdated { get; }
}
