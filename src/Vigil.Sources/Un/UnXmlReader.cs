using System.Globalization;
using System.Text;
using System.Xml;
using Vigil.Core.Model;

namespace Vigil.Sources.Un;

/// <summary>Streams the UN consolidated list XML into <see cref="UnRecord"/>s, one INDIVIDUAL or ENTITY at a time.</summary>
/// <remarks>
/// DTDs are prohibited and nothing is resolved, so a hostile file cannot pull in entities or URLs. Elements the reader
/// does not know are skipped. Any XML error (empty, truncated, binary, bad UTF-8) becomes a
/// <see cref="ListFormatException"/> naming the file, line and position; so does a text longer than
/// <see cref="ListLimits.MaxFieldChars"/>. The file is read to its end, so one cut short (its root never closed,
/// or cut inside an element) always fails, after its last whole record.
/// </remarks>
internal sealed class UnXmlReader : IDisposable
{
    public const string RootName = "CONSOLIDATED_LIST";

    /// <summary>How far into the file a DOCTYPE is looked for, to name its line: it can only stand before the root.</summary>
    private const int PrologScanBytes = 64 * 1024;

    /// <summary>.NET's message for a prohibited DTD, in this process's language, taken once from a two-line probe.</summary>
    private static readonly Lazy<string> DtdProhibited = new(ProbeDtdMessage);

    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly string _file;
    private bool _positioned;

    public UnXmlReader(Stream stream, string file)
    {
        _file = file;
        _stream = stream;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        _xml = XmlReader.Create(stream, settings);
        _lineInfo = _xml as IXmlLineInfo;
    }

    /// <summary>The root's <c>dateGenerated</c> attribute as written (<c>2026-02-27T00:00:09.554Z</c>), after <see cref="ReadRoot"/>.</summary>
    public string? DateGenerated { get; private set; }

    /// <summary>Line of the root element, after <see cref="ReadRoot"/>.</summary>
    public int RootLine { get; private set; }

    private int Line => _lineInfo?.LineNumber ?? 0;

    /// <summary>Moves to the root element and checks that it is <c>CONSOLIDATED_LIST</c>.</summary>
    public void ReadRoot()
    {
        Guard(() =>
        {
            _xml.MoveToContent();
            if (_xml.NodeType != XmlNodeType.Element || _xml.Name != RootName)
                throw Unusable($"the root element is <{_xml.Name}>, not <{RootName}>: this is not the UN consolidated list");
            RootLine = Line;
            DateGenerated = _xml.GetAttribute("dateGenerated");
            return 0;
        });
    }

    /// <summary>The INDIVIDUAL and ENTITY records in file order. Call <see cref="ReadRoot"/> first.</summary>
    public IEnumerable<UnRecord> ReadRecords()
    {
        // C# allows no yield inside try/catch, so each step is guarded on its own.
        // NextRecord reads to the end of the file, so a truncated file fails here too, after its last whole record.
        while (Guard(NextRecord) is { } record) yield return record;
    }

    public void Dispose() => _xml.Dispose();

    private UnRecord? NextRecord()
    {
        // After Skip() or a record the reader already stands on the next node, so that node must not be read past.
        while (_positioned || _xml.Read())
        {
            _positioned = false;
            if (_xml.NodeType != XmlNodeType.Element) continue;
            if (_xml.Depth == 1 && _xml.Name is "INDIVIDUALS" or "ENTITIES") continue;
            if (_xml.Depth == 2 && _xml.Name is "INDIVIDUAL" or "ENTITY")
            {
                var record = ReadRecord(isEntity: _xml.Name == "ENTITY");
                _positioned = true;
                return record;
            }
            _xml.Skip();
            _positioned = true;
        }
        return null;
    }

    private UnRecord ReadRecord(bool isEntity)
    {
        var record = new UnRecord(isEntity, Line);
        if (_xml.IsEmptyElement)
        {
            // Step past it: the caller resumes on the node the reader stands on, and would read this one again forever.
            _xml.Read();
            return record;
        }
        var depth = _xml.Depth;
        _xml.Read();
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) && !_xml.EOF)
        {
            if (_xml.NodeType != XmlNodeType.Element) { _xml.Read(); continue; }
            var line = Line;
            switch (_xml.Name)
            {
                case "REFERENCE_NUMBER": record.ReferenceNumber = ReadText(); break;
                case "UN_LIST_TYPE": record.UnListType = ReadText(); break;
                case "FIRST_NAME": record.NameParts[0] = ReadText(); break;
                case "SECOND_NAME": record.NameParts[1] = ReadText(); break;
                case "THIRD_NAME": record.NameParts[2] = ReadText(); break;
                case "FOURTH_NAME": record.NameParts[3] = ReadText(); break;
                case "NAME_ORIGINAL_SCRIPT": record.NameOriginalScript = ReadText(); break;
                case "LISTED_ON": record.ListedOn = ReadText(); break;
                case "GENDER": record.Gender = ReadText(); break;
                case "COMMENTS1": record.Comments = ReadText(); break;
                case "TITLE": ReadValues(record.Titles); break;
                case "DESIGNATION": ReadValues(record.Designations); break;
                case "NATIONALITY": ReadValues(record.Nationalities); break;
                case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS":
                {
                    var f = ReadFields();
                    if (f.Count > 0)
                        record.Aliases.Add(new UnAlias(line, f.Get("QUALITY"), f.Get("ALIAS_NAME"), f.Get("NOTE"),
                            f.Get("DATE_OF_BIRTH"), f.Get("CITY_OF_BIRTH"), f.Get("COUNTRY_OF_BIRTH")));
                    break;
                }
                case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                {
                    var f = ReadFields();
                    if (f.Count > 0)
                        record.Addresses.Add(new UnAddress(line, f.Get("STREET"), f.Get("CITY"), f.Get("STATE_PROVINCE"),
                            f.Get("ZIP_CODE"), f.Get("COUNTRY"), f.Get("NOTE")));
                    break;
                }
                case "INDIVIDUAL_DATE_OF_BIRTH":
                {
                    var f = ReadFields();
                    if (f.Count > 0)
                        record.DatesOfBirth.Add(new UnDateOfBirth(line, f.Get("TYPE_OF_DATE"), f.Get("DATE"), f.Get("YEAR"),
                            f.Get("FROM_YEAR"), f.Get("TO_YEAR"), f.Get("NOTE")));
                    break;
                }
                case "INDIVIDUAL_PLACE_OF_BIRTH":
                {
                    var f = ReadFields();
                    if (f.Count > 0)
                        record.PlacesOfBirth.Add(new UnPlaceOfBirth(line, f.Get("STREET"), f.Get("CITY"), f.Get("STATE_PROVINCE"),
                            f.Get("COUNTRY"), f.Get("NOTE")));
                    break;
                }
                case "INDIVIDUAL_DOCUMENT":
                {
                    var f = ReadFields();
                    if (f.Count > 0)
                        record.Documents.Add(new UnDocument(line, f.Get("TYPE_OF_DOCUMENT"), f.Get("TYPE_OF_DOCUMENT2"), f.Get("NUMBER"),
                            f.Get("ISSUING_COUNTRY"), f.Get("DATE_OF_ISSUE"), f.Get("CITY_OF_ISSUE"), f.Get("COUNTRY_OF_ISSUE"), f.Get("NOTE")));
                    break;
                }
                default:
                    // DATAID, VERSIONNUM, LIST_TYPE, LAST_DAY_UPDATED, SORT_KEY and anything new.
                    _xml.Skip();
                    break;
            }
        }
        _xml.Read(); // past </INDIVIDUAL>
        return record;
    }

    /// <summary>The text of the current element and everything inside it; null when it holds only whitespace. Leaves the reader after the element.</summary>
    private string? ReadText()
    {
        if (_xml.IsEmptyElement) { _xml.Read(); return null; }
        var (depth, name, line) = (_xml.Depth, _xml.Name, Line);
        string? single = null;
        StringBuilder? many = null;
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)) continue;
            if (single is null) single = _xml.Value;
            else (many ??= new StringBuilder(single)).Append(_xml.Value);
            var length = many?.Length ?? single.Length;
            if (length > ListLimits.MaxFieldChars)
            {
                throw new ListFormatException(_file, Place(line, 1),
                    $"<{name}> holds more than {ListLimits.MaxFieldChars.ToString("N0", CultureInfo.InvariantCulture)} characters, " +
                    "more than a list field may hold");
            }
        }
        _xml.Read();
        var text = many?.ToString() ?? single;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>The VALUE children of a TITLE / DESIGNATION / NATIONALITY element.</summary>
    private void ReadValues(List<UnValue> into)
    {
        if (_xml.IsEmptyElement) { _xml.Read(); return; }
        var depth = _xml.Depth;
        _xml.Read();
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) && !_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.Name == "VALUE")
            {
                var line = Line;
                if (ReadText() is { } text) into.Add(new UnValue(text, line));
            }
            else if (_xml.NodeType == XmlNodeType.Element) _xml.Skip();
            else _xml.Read();
        }
        _xml.Read();
    }

    /// <summary>The non-empty leaf children of a group element (an alias, address, date, document) by name.</summary>
    private Fields ReadFields()
    {
        var fields = new Fields();
        if (_xml.IsEmptyElement) { _xml.Read(); return fields; }
        var depth = _xml.Depth;
        _xml.Read();
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) && !_xml.EOF)
        {
            if (_xml.NodeType != XmlNodeType.Element) { _xml.Read(); continue; }
            var name = _xml.Name;
            // A repeated child (never seen, but allowed by the schema) keeps its first value.
            if (ReadText() is { } text) fields.TryAdd(name, text);
        }
        _xml.Read();
        return fields;
    }

    private T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (XmlException ex) when (ex.Message == DtdProhibited.Value)
        {
            // .NET's own text advises enabling DTD processing; Vigil never does, so it is not passed on.
            throw new ListFormatException(_file, DoctypePlace(),
                "the file has a document type declaration (<!DOCTYPE ...>), which is refused: Vigil never reads DTDs in a list " +
                "file, for safety (a DTD can define entities that expand without bound or fetch other files); the UN list has none", ex);
        }
        catch (XmlException ex)
        {
            // Some errors (a prohibited DTD) carry no position of their own; the reader's is then the best there is.
            var place = ex.LineNumber > 0 ? Place(ex.LineNumber, ex.LinePosition) : Place(Line, _lineInfo?.LinePosition ?? 0);
            throw new ListFormatException(_file, place, "not well-formed XML: " + ex.Message, ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ListFormatException(_file, Place(Line, _lineInfo?.LinePosition ?? 0), "not valid text in the declared encoding: " + ex.Message, ex);
        }
    }

    /// <summary>Where the DOCTYPE stands, found in the first bytes of the file when it can be re-read; else the reader's last place.</summary>
    private string DoctypePlace()
    {
        if (_stream.CanSeek)
        {
            _stream.Position = 0;
            var head = new byte[(int)Math.Min(_stream.Length, PrologScanBytes)];
            _stream.ReadExactly(head);
            var at = head.AsSpan().IndexOf("<!DOCTYPE"u8);
            if (at >= 0)
            {
                var before = head.AsSpan(0, at);
                return Place(1 + before.Count((byte)'\n'), at - before.LastIndexOf((byte)'\n'));
            }
        }
        return Place(Line, _lineInfo?.LinePosition ?? 0);
    }

    private static string ProbeDtdMessage()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var probe = XmlReader.Create(new StringReader("<!DOCTYPE a>\n<a/>"), settings);
            while (probe.Read()) { }
        }
        catch (XmlException ex)
        {
            return ex.Message;
        }
        return "";
    }

    private ListFormatException Unusable(string reason) => new(_file, Place(Line, _lineInfo?.LinePosition ?? 0), reason);

    // An empty file fails before line 1 is read; it is still "line 1" to a person.
    private static string Place(int line, int position) => $"line {Math.Max(1, line)}, position {Math.Max(1, position)}";

    private sealed class Fields : Dictionary<string, string>
    {
        public Fields() : base(StringComparer.Ordinal) { }

        public string? Get(string name) => TryGetValue(name, out var v) ? v : null;
    }
}
