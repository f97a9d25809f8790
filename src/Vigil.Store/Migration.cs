namespace Vigil.Store.Sql;

/// <summary>One numbered schema change: <c>Migrations/0001_initial.sql</c> is version 1 named <c>initial</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
