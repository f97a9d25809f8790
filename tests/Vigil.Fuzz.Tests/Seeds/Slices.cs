using System.Text;
using System.Xml;

namespace Vigil.Fuzz.Tests.Seeds;

/// <summary>Bounded slices of the real files, read at test time: the first records of a CSV, the first elements of an XML list.</summary>
public static class Slices
{
    /// <summary>The first <paramref name="records"/> records of a CSV (a quoted field may span lines), with their line ends.</summary>
    public static byte[] CsvHead(byte[] content, int records) => [.. CsvRecords(content).Take(records).SelectMany(r => r)];

    /// <summary>The records of a CSV as written, each with its line end; a quote opens and closes across line breaks.</summary>
    public static IEnumerable<byte[]> CsvRecords(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = 0;
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'"') quoted = !quoted;
            else if (content[i] == (byte)'\n' && !quoted)
            {
                yield return content[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < content.Length) yield return content[start..];
    }

    /// <summary>The first field of a CSV record (an OFAC ent_num), trimmed.</summary>
    public static string FirstField(byte[] record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var comma = Array.IndexOf(record, (byte)',');
        return Encoding.UTF8.GetString(record, 0, comma < 0 ? record.Length : comma).Trim();
    }

    /// <summary>
    /// The XML document with at most <paramref name="perParent"/> children kept under each element at depth 0 and 1 (the root's
    /// groups and each group's records: UN INDIVIDUALS/INDIVIDUAL), everything else copied as is; a valid, smaller list.
    /// </summary>
    public static byte[] XmlHead(byte[] content, int perParent)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var input = new MemoryStream(content);
        using var reader = XmlReader.Create(input, settings);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            var kept = new int[3];
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth is 1 or 2)
                {
                    if (kept[reader.Depth - 1]++ >= perParent) { reader.Skip(); continue; }
                    if (reader.Depth == 2) { writer.WriteNode(reader, true); continue; }
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth < 2) kept[reader.Depth] = 0;
                        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                        writer.WriteAttributes(reader, true);
                        if (reader.IsEmptyElement) writer.WriteEndElement();
                        break;
                    case XmlNodeType.EndElement:
                        writer.WriteFullEndElement();
                        break;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        break;
                    default:
                        writer.WriteNode(reader, true);
                        continue;
                }
                reader.Read();
            }
        }
        return output.ToArray();
    }
}
