namespace Vigil.Store;

/// <summary>A stored customer: the current record, its revision and the revision last screened against every entry.</summary>
public sealed record StoredCustomer(CustomerRecord Record, long Revision, long ScreenedRevision);
