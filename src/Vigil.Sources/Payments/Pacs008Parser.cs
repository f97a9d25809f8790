using System.Xml;
using System.Xml.Linq;
using Vigil.Core.Text;

namespace Vigil.Sources.Payments;

/// <summary>
/// Reads an ISO 20022 pacs.008 (FI to FI customer credit transfer, any version) into parties and free-text fields.
/// Elements are matched by local name, so the namespace version does not matter; offsets point into the message text.
/// </summary>
/// <remarks>
/// Parties per transaction: <c>Dbtr</c>, <c>Cdtr</c>, <c>UltmtDbtr</c>, <c>UltmtCdtr</c>, <c>InitgPty</c> (name
/// <c>Nm</c>, country <c>PstlAdr/Ctry</c> or <c>CtryOfRes</c>, address lines) and the agents <c>DbtrAgt</c>,
/// <c>CdtrAgt</c>, <c>IntrmyAgt1..3</c>, <c>InstgAgt</c>, <c>InstdAgt</c>, <c>PrvsInstgAgt1..3</c> (<c>FinInstnId/Nm</c>,
/// <c>BICFI</c>). Free text: <c>RmtInf/Ustrd</c> and <c>RmtInf/Strd/AddtlRmtInf</c>. DTDs are prohibited.
/// </remarks>
public static class Pacs008Parser
{
    private static readonly string[] PartyElements = ["Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty"];
    private static readonly string[] AgentElements =
        ["DbtrAgt", "CdtrAgt", "IntrmyAgt1", "IntrmyAgt2", "IntrmyAgt3", "InstgAgt", "InstdAgt", "PrvsInstgAgt1", "PrvsInstgAgt2", "PrvsInstgAgt3"];

    /// <summary>Parses <paramref name="message"/>; throws <see cref="PaymentFormatException"/> naming the line or element at fault.</summary>
    public static PaymentMessage Parse(string message)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            CheckDepth(message, settings);
            using var reader = XmlReader.Create(new StringReader(message), settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new PaymentFormatException($"pacs.008: line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
        var lineStarts = LineStarts(message);
        var transfer = doc.Descendants().FirstOrDefault(e => e.Name.LocalName == "FIToFICstmrCdtTrf")
            ?? throw new PaymentFormatException($"pacs.008: no FIToFICstmrCdtTrf element (root is <{doc.Root?.Name.LocalName}>): not a pacs.008");
        var transactions = transfer.Elements().Where(e => e.Name.LocalName == "CdtTrfTxInf").ToList();
        if (transactions.Count == 0) throw new PaymentFormatException($"pacs.008: line {LineOf(transfer)}: FIToFICstmrCdtTrf has no CdtTrfTxInf");

        var parties = new List<PaymentParty>();
        var texts = new List<PaymentText>();
        var groupHeader = transfer.Elements().FirstOrDefault(e => e.Name.LocalName == "GrpHdr");
        foreach (var scope in groupHeader is null ? transactions : [groupHeader, .. transactions])
        {
            foreach (var name in AgentElements)
                foreach (var agent in Children(scope, name))
                    parties.Add(Agent(message, lineStarts, agent));
            foreach (var name in PartyElements)
                foreach (var party in Children(scope, name))
                    parties.Add(Party(message, lineStarts, party));
            foreach (var rmt in Children(scope, "RmtInf"))
                foreach (var e in rmt.Descendants().Where(d => d.Name.LocalName is "Ustrd" or "AddtlRmtInf"))
                    if (Content(message, lineStarts, e) is { } c && c.Text.Trim().Length > 0) texts.Add(new PaymentText("RmtInf", c.Text, c.Start));
        }
        if (transactions.Exists(t => !Children(t, "Cdtr").Any()))
            throw new PaymentFormatException($"pacs.008: line {LineOf(transactions.First(t => !Children(t, "Cdtr").Any()))}: CdtTrfTxInf has no Cdtr (creditor)");
        return new PaymentMessage("pacs.008", parties, texts);
    }

    /// <summary>Deepest element nesting read: a pacs.008 nests about 10 deep, and a message nested 100,000 deep costs
    /// <see cref="XDocument.Load(XmlReader, LoadOptions)"/> minutes (its time grows with the square of the depth).</summary>
    public const int MaxDepth = 64;

    /// <summary>A streaming first pass (linear in the message) that refuses nesting deeper than <see cref="MaxDepth"/>, naming the line.</summary>
    private static void CheckDepth(string message, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(message), settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth < MaxDepth) continue;
            var info = (IXmlLineInfo)reader;
            throw new PaymentFormatException(
                $"pacs.008: line {info.LineNumber}, position {info.LinePosition}: <{reader.LocalName}> is nested {reader.Depth + 1} elements deep; at most {MaxDepth}");
        }
    }

    private static PaymentParty Party(string message, int[] lineStarts, XElement party)
    {
        var field = party.Name.LocalName;
        var nm = Child(party, "Nm");
        var bic = party.Descendants().FirstOrDefault(e => e.Name.LocalName is "AnyBIC" or "BICOrBEI");
        if (nm is null && bic is null && !party.Descendants().Any(e => e.Name.LocalName == "Id"))
            throw new PaymentFormatException($"pacs.008: line {LineOf(party)}: {field} has no Nm (name) nor identification");
        var address = Address(party);
        var country = CountryOf(party);
        if (nm is not null && Content(message, lineStarts, nm) is { } c)
            return new PaymentParty(field, nm.Value.Trim(), c.Start, c.Start + c.Text.Length, country, bic?.Value.Trim(), address, LineOf(party));
        if (bic is not null && Content(message, lineStarts, bic) is { } b)
            return new PaymentParty(field, null, b.Start, b.Start + b.Text.Length, country, bic.Value.Trim(), address, LineOf(party));
        return new PaymentParty(field, null, 0, 0, country, null, address, LineOf(party));
    }

    private static PaymentParty Agent(string message, int[] lineStarts, XElement agent)
    {
        var field = agent.Name.LocalName;
        var fin = Child(agent, "FinInstnId")
            ?? throw new PaymentFormatException($"pacs.008: line {LineOf(agent)}: {field} has no FinInstnId");
        var bic = fin.Elements().FirstOrDefault(e => e.Name.LocalName is "BICFI" or "BIC");
        var nm = Child(fin, "Nm");
        var country = CountryOf(fin);
        if (country is null && bic is not null && bic.Value.Trim().Length >= 6 && Countries.TryGetCode(bic.Value.Trim().Substring(4, 2), out var cc)) country = cc;
        var at = nm ?? bic;
        var c = at is null ? null : Content(message, lineStarts, at);
        return new PaymentParty(field, nm?.Value.Trim(), c?.Start ?? 0, c is null ? 0 : c.Value.Start + c.Value.Text.Length, country, bic?.Value.Trim(), Address(fin), LineOf(agent));
    }

    private static string? CountryOf(XElement party)
    {
        var ctry = party.Descendants().FirstOrDefault(e => e.Name.LocalName is "Ctry" or "CtryOfRes");
        return ctry is not null && Countries.TryGetCode(ctry.Value.Trim(), out var code) ? code : null;
    }

    private static List<string> Address(XElement party)
    {
        var adr = Child(party, "PstlAdr");
        return adr is null ? [] : [.. adr.Elements().Select(e => e.Value.Trim()).Where(v => v.Length > 0)];
    }

    private static IEnumerable<XElement> Children(XElement scope, string localName) => scope.Elements().Where(e => e.Name.LocalName == localName);

    private static XElement? Child(XElement scope, string localName) => scope.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The element's content exactly as written in the message (entities unexpanded) and where it starts.</summary>
    private static (string Text, int Start)? Content(string message, int[] lineStarts, XElement element)
    {
        var info = (IXmlLineInfo)element;
        if (!info.HasLineInfo() || info.LineNumber > lineStarts.Length) return null;
        var at = lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
        if (at < 0 || at >= message.Length) return null;
        var open = message.IndexOf('>', at);
        if (open < 0) return null;
        var close = message.IndexOf('<', open + 1);
        if (close < 0) return null;
        return (message[(open + 1)..close], open + 1);
    }

    private static int LineOf(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>Where each line starts, counted as XML counts lines (<c>\r\n</c>, a lone <c>\r</c> and <c>\n</c> each end one), so
    /// the reader's line numbers map back onto the message.</summary>
    private static int[] LineStarts(string message)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] == '\r' && i + 1 < message.Length && message[i + 1] == '\n') i++;
            if (message[i] is '\n' or '\r') starts.Add(i + 1);
        }
        return [.. starts];
    }
}
