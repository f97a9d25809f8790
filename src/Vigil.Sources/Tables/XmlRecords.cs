using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vigil.Core.Model;

namespace Vigil.Sources.Tables;

/// <summary>
/// Streams the record elements of a list published as XML, one <see cref="XElement"/> at a time with its line, on a reader
/// that refuses DTDs and external entities. A file that is not well-formed, or ends before its root closes (cut short),
/// fails naming the file, line and column.
/// </summary>
public sealed class XmlRecords : IDisposable
{
    /// <summary>
    /// The deepest a record may nest below its own element. Real lists nest a few levels (OFAC's advanced format about 10);
    /// building a tree costs each element a walk up its ancestors, so 100,000 levels would take minutes.
    /// </summary>
    public const int MaxRecordDepth = 64;

    private readonly XmlReader _xml;
    private readonly string _file;
    private readonly Stream _content;

    public XmlRecords(Stream content, string file)
    {
        _file = file;
        _content = content;
        _xml = XmlReader.Create(content, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });
    }

    /// <summary>The root element's local name and attributes, read by <see cref="ReadRoot"/>.</summary>
    public string RootName { get; private set; } = "";

    /// <summary>The root element's attributes by local name.</summary>
    public IReadOnlyDictionary<string, string> RootAttributes { get; private set; } = new Dictionary<string, string>();

    /// <summary>Moves to the root element and reads its name and attributes.</summary>
    public void ReadRoot() => Guard(() =>
    {
        if (_xml.MoveToContent() != XmlNodeType.Element)
            throw new ListFormatException(_file, Place(), "no root element: not an XML list");
        RootName = _xml.LocalName;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_xml.MoveToFirstAttribute())
        {
            do attributes[_xml.LocalName] = _xml.Value;
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }
        RootAttributes = attributes;
        return 0;
    });

    /// <summary>Every child of the root named <paramref name="localName"/>, with the line it starts on; other children are skipped.</summary>
    public IEnumerable<(XElement Element, int Line)> Read(string localName)
    {
        if (!Guard(() => _xml.IsEmptyElement ? false : _xml.Read())) yield break;
        while (true)
        {
            var next = Guard(() =>
            {
                while (_xml.NodeType != XmlNodeType.EndElement && !_xml.EOF)
                {
                    if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == localName)
                    {
                        var line = ((IXmlLineInfo)_xml).LineNumber;
                        return (ReadElement(), line);
                    }
                    if (_xml.NodeType == XmlNodeType.Element) _xml.Skip();
                    else _xml.Read();
                }
                if (_xml.EOF)
                    throw new ListFormatException(_file, Place(), $"the file ends before </{RootName}>: cut short");
                _xml.Read(); // the root's end tag
                while (!_xml.EOF) _xml.Read(); // trailing whitespace; anything else is not well-formed and throws
                return ((XElement, int)?)null;
            });
            if (next is not { } record) yield break;
            yield return record;
        }
    }

    /// <summary>
    /// For lists in sections (OFAC's advanced format): children of the root named in <paramref name="whole"/> come whole;
    /// those named in <paramref name="containers"/> are entered and each of their children comes on its own, so a large
    /// section is never held at once. Other children of the root are skipped.
    /// </summary>
    public IEnumerable<(XElement Element, int Line)> ReadSections(IReadOnlySet<string> whole, IReadOnlySet<string> containers)
    {
        if (!Guard(() => _xml.IsEmptyElement ? false : _xml.Read())) yield break;
        var inside = false;
        while (true)
        {
            var next = Guard(() =>
            {
                while (!_xml.EOF)
                {
                    if (_xml.NodeType == XmlNodeType.EndElement)
                    {
                        if (!inside) break;
                        inside = false; // a container's end
                        _xml.Read();
                        continue;
                    }
                    if (_xml.NodeType != XmlNodeType.Element) { _xml.Read(); continue; }
                    var line = ((IXmlLineInfo)_xml).LineNumber;
                    if (inside || whole.Contains(_xml.LocalName))
                        return (ReadElement(), line);
                    if (containers.Contains(_xml.LocalName) && !_xml.IsEmptyElement)
                    {
                        inside = true;
                        _xml.Read();
                        continue;
                    }
                    _xml.Skip();
                }
                if (_xml.EOF)
                    throw new ListFormatException(_file, Place(), $"the file ends before </{RootName}>: cut short");
                _xml.Read(); // the root's end tag
                while (!_xml.EOF) _xml.Read();
                return ((XElement, int)?)null;
            });
            if (next is not { } item) yield break;
            yield return item;
        }
    }

    /// <summary>The element the reader is on, as a tree, refusing one nested deeper than <see cref="MaxRecordDepth"/>; the reader ends after it.</summary>
    /// <remarks>Built node by node rather than with <c>XNode.ReadFrom</c>, so the depth is checked before any cost is paid.</remarks>
    private XElement ReadElement()
    {
        var baseDepth = _xml.Depth;
        var root = NewElement();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return root;
        }
        var current = root;
        _xml.Read();
        while (!_xml.EOF)
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (_xml.Depth - baseDepth > MaxRecordDepth)
                        throw new ListFormatException(_file, Place(),
                            $"<{root.Name.LocalName}> nests more than {MaxRecordDepth} levels deep; no list record does");
                    var child = NewElement();
                    current.Add(child);
                    if (!_xml.IsEmptyElement) current = child;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(_xml.Value));
                    break;
                case XmlNodeType.EndElement:
                    if (current == root)
                    {
                        _xml.Read();
                        return root;
                    }
                    current = current.Parent!;
                    break;
            }
            _xml.Read();
        }
        return root; // the caller sees the missing end tags as the file ending early
    }

    private XElement NewElement()
    {
        var element = new XElement(XName.Get(_xml.LocalName, _xml.NamespaceURI));
        if (_xml.MoveToFirstAttribute())
        {
            do
                if (_xml.NamespaceURI != "http://www.w3.org/2000/xmlns/") element.SetAttributeValue(XName.Get(_xml.LocalName, _xml.NamespaceURI), _xml.Value);
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }
        return element;
    }

    private string Place() => _xml is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, column {info.LinePosition}" : "-";

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ListFormatException(_file, ex.LineNumber > 0 ? $"line {ex.LineNumber}, column {ex.LinePosition}" : DoctypePlace(),
                "the file declares a DTD; Vigil refuses DTDs in list files (they can expand entities without bound or fetch other files)", ex);
        }
        catch (XmlException ex)
        {
            throw new ListFormatException(_file, ex.LineNumber > 0 ? $"line {ex.LineNumber}, column {ex.LinePosition}" : Place(),
                "not well-formed XML: " + ex.Message, ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ListFormatException(_file, Place(), "not valid text in the declared encoding: " + ex.Message, ex);
        }
    }

    /// <summary>The line of <c>&lt;!DOCTYPE</c>, which .NET's refusal does not give, found in the first 64 KB where the stream can be re-read.</summary>
    private string DoctypePlace()
    {
        if (!_content.CanSeek) return Place();
        _content.Position = 0;
        var buffer = new byte[Math.Min(65_536, _content.Length)];
        var read = _content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? Place() : $"line {text.AsSpan(0, at).Count('\n') + 1}";
    }

    public void Dispose() => _xml.Dispose();
}
