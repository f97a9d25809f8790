namespace Vigil.Sources.Ofac;

// Source-shaped rows of the four OFAC legacy CSV files, one record per row as published.
// Empty fields (`-0- `) are null. Text is as listed, except that name-like fields are trimmed;
// Remarks and the overflow Text keep their spaces because the overflow continues mid-word.

/// <summary>A row of <c>sdn.csv</c> / <c>cons_prim.csv</c>.</summary>
internal sealed record OfacEntryRow(
    int Line,
    string EntNum,
    string? Name,
    string? Type,
    string? Programs,
    string? Title,
    string? CallSign,
    string? VesselType,
    string? Tonnage,
    string? GrossRegisteredTonnage,
    string? VesselFlag,
    string? VesselOwner,
    string? Remarks);

/// <summary>A row of <c>alt.csv</c> / <c>cons_alt.csv</c>: <c>ent_num, alt_num, alt_type, alt_name, alt_remarks</c>.</summary>
internal sealed record OfacAliasRow(int Line, string EntNum, string? AltNum, string? Type, string? Name, string? Remarks);

/// <summary>A row of <c>add.csv</c> / <c>cons_add.csv</c>: <c>ent_num, add_num, address, city/state/postal, country, add_remarks</c>.</summary>
internal sealed record OfacAddressRow(int Line, string EntNum, string? AddNum, string? Street, string? City, string? Country, string? Remarks);

/// <summary>A row of <c>sdn_comments.csv</c> / <c>cons_comments.csv</c>: the remarks that did not fit in the main file.</summary>
internal sealed record OfacCommentRow(int Line, string EntNum, string Text);

/// <summary>Everything read from one list version, before mapping.</summary>
internal sealed record OfacRecords(
    string EntryFile,
    IReadOnlyList<OfacEntryRow> Entries,
    IReadOnlyList<OfacAliasRow> Aliases,
    IReadOnlyList<OfacAddressRow> Addresses,
    IReadOnlyList<OfacCommentRow> Comments,
    string AliasFile,
    string AddressFile,
    string CommentFile);
