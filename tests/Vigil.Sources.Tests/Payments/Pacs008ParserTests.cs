using Vigil.Sources.Payments;

namespace Vigil.Sources.Tests.Payments;

/// <summary>ISO 20022 pacs.008: parties, agents and remittance information, whatever the namespace version.</summary>
public sealed class Pacs008ParserTests
{
    private const string Message = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
          <FIToFICstmrCdtTrf>
            <GrpHdr><MsgId>M1</MsgId><NbOfTxs>1</NbOfTxs></GrpHdr>
            <CdtTrfTxInf>
              <Dbtr><Nm>Acme &amp; Sons GmbH</Nm><PstlAdr><TwnNm>Berlin</TwnNm><Ctry>DE</Ctry></PstlAdr></Dbtr>
              <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
              <CdtrAgt><FinInstnId><BICFI>BKCHCNBJ110</BICFI><Nm>Bank of China</Nm></FinInstnId></CdtrAgt>
              <Cdtr><Nm>Nicolas Maduro Moros</Nm><PstlAdr><AdrLine>Caracas</AdrLine><Ctry>VE</Ctry></PstlAdr></Cdtr>
              <UltmtCdtr><Nm>Someone Else</Nm></UltmtCdtr>
              <RmtInf><Ustrd>Invoice 17, CEIEC project</Ustrd></RmtInf>
            </CdtTrfTxInf>
          </FIToFICstmrCdtTrf>
        </Document>
        """;

    [Fact]
    public void Given_a_pacs008_When_parsed_Then_parties_and_agents_come_with_name_country_and_offsets()
    {
        var m = Pacs008Parser.Parse(Message);

        var cdtr = Assert.Single(m.Parties, p => p.Field == "Cdtr");
        Assert.Equal("Nicolas Maduro Moros", cdtr.Name);
        Assert.Equal("VE", cdtr.Country);
        Assert.Equal(cdtr.Name, Message[cdtr.Start..cdtr.End]);
        var dbtr = Assert.Single(m.Parties, p => p.Field == "Dbtr");
        Assert.Equal("Acme & Sons GmbH", dbtr.Name);
        Assert.Equal("Acme &amp; Sons GmbH", Message[dbtr.Start..dbtr.End]);
        Assert.Equal("CN", Assert.Single(m.Parties, p => p.Field == "CdtrAgt").Country);
        Assert.Contains(m.Parties, p => p.Field == "UltmtCdtr" && p.Name == "Someone Else");
        var rmt = Assert.Single(m.Texts);
        Assert.Equal(("RmtInf", "Invoice 17, CEIEC project"), (rmt.Field, rmt.Text));
        Assert.Equal(rmt.Text, Message.Substring(rmt.Start, rmt.Text.Length));
    }

    [Fact]
    public void Given_broken_xml_When_parsed_Then_the_error_names_the_line()
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(Message.Replace("</Cdtr>", "</Cdtr", StringComparison.Ordinal)));

        // The unclosed tag on line 9 is noticed where the next tag starts.
        Assert.Contains("line 10, position", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_transaction_without_creditor_When_parsed_Then_the_error_names_the_element_and_line()
    {
        var start = Message.IndexOf("<Cdtr>", StringComparison.Ordinal);
        var end = Message.IndexOf("</Cdtr>", StringComparison.Ordinal) + "</Cdtr>".Length;

        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse(Message[..start] + Message[end..]));

        Assert.Contains("CdtTrfTxInf has no Cdtr", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_another_iso_message_When_parsed_Then_the_error_says_it_is_not_a_pacs008()
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Pacs008Parser.Parse("<Document><CstmrCdtTrfInitn/></Document>"));

        Assert.Contains("not a pacs.008", ex.Message, StringComparison.Ordinal);
    }
}
