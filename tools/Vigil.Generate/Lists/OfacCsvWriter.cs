using System.Globalization;
using System.Text;

namespace Vigil.Generate.Lists;

/// <summary>
/// Writes the four files of the OFAC legacy CSV format (sdn.csv, add.csv, alt.csv, sdn_comments.csv) as OFAC publishes
/// them: no header, text quoted, <c>-0- </c> unquoted for an empty field, CRLF line ends, and a DOS end-of-file byte
/// after the last line of every file but the comments (as in the July 2021 files).
/// </summary>
internal sealed class OfacCsvWriter : IDisposable
{
    /// <summary>Remarks longer than this continue in sdn_comments.csv, cut mid-word as OFAC cuts them.</summary>
    public const int RemarksLimit = 1000;
    private const string Empty = "-0- ";
    private const char DosEof = '\u001A';

    private readonly StreamWriter _sdn, _add, _alt, _comments;
    private readonly StringBuilder _line = new(512);

    public OfacCsvWriter(string directory)
    {
        Directory.CreateDirectory(directory);
        _sdn = Open(directory, "sdn.csv");
        _add = Open(directory, "add.csv");
        _alt = Open(directory, "alt.csv");
        _comments = Open(directory, "sdn_comments.csv");
    }

    public long Overflows { get; private set; }

    /// <summary>One sdn.csv row: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks.</summary>
    public void WriteEntry(int entNum, string name, string? type, string? program, string? title, VesselColumns? vessel, string? remarks)
    {
        string? overflow = null;
        if (remarks is { Length: > RemarksLimit })
        {
            overflow = remarks[RemarksLimit..];
            remarks = remarks[..RemarksLimit];
        }
        _line.Clear();
        Number(entNum);
        Text(name); Text(type); Text(program); Text(title);
        Text(vessel?.CallSign); Text(vessel?.Type); Text(vessel?.Tonnage); Text(vessel?.GrossTonnage); Text(vessel?.Flag); Text(vessel?.Owner);
        Text(remarks);
        End(_sdn);
        if (overflow is null) return;
        _line.Clear();
        Number(entNum);
        Text(overflow);
        End(_comments);
        Overflows++;
    }

    /// <summary>One alt.csv row: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks.</summary>
    public void WriteAlias(int entNum, int altNum, string type, string name)
    {
        _line.Clear();
        Number(entNum); Number(altNum); Text(type); Text(name); Text(null);
        End(_alt);
    }

    /// <summary>One add.csv row: ent_num, add_num, address, city/state/postal code, country, add_remarks.</summary>
    public void WriteAddress(int entNum, int addNum, string? street, string? city, string? country)
    {
        _line.Clear();
        Number(entNum); Number(addNum); Text(street); Text(city); Text(country); Text(null);
        End(_add);
    }

    public void Dispose()
    {
        _sdn.Write(DosEof);
        _add.Write(DosEof);
        _alt.Write(DosEof);
        _sdn.Dispose();
        _add.Dispose();
        _alt.Dispose();
        _comments.Dispose();
    }

    private void Number(int n)
    {
        if (_line.Length > 0) _line.Append(',');
        _line.Append(n.ToString(CultureInfo.InvariantCulture));
    }

    private void Text(string? value)
    {
        if (_line.Length > 0) _line.Append(',');
        if (string.IsNullOrEmpty(value)) { _line.Append(Empty); return; }
        _line.Append('"');
        if (value.Contains('"', StringComparison.Ordinal)) _line.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        else _line.Append(value);
        _line.Append('"');
    }

    private void End(StreamWriter writer)
    {
        _line.Append("\r\n");
        writer.Write(_line);
    }

    private static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20);
}

