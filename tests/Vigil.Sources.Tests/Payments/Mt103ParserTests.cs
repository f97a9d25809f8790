using Vigil.Sources.Payments;

namespace Vigil.Sources.Tests.Payments;

/// <summary>SWIFT MT103 block 4: parties with names apart from addresses, free-text fields, errors naming line or field.</summary>
public sealed class Mt103ParserTests
{
    private const string Message = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n"
        + ":20:REF-001\r\n"
        + ":23B:CRED\r\n"
        + ":32A:260115EUR125000,00\r\n"
        + ":50K:/DE89370400440532013000\r\n"
        + "ACME MACHINERY GMBH\r\n"
        + "HAUPTSTRASSE 5\r\n"
        + "10115 BERLIN GERMANY\r\n"
        + ":52A:COBADEFFXXX\r\n"
        + ":59:/CN1234567890\r\n"
        + "CHINA NATIONAL ELECTRONICS IMPORT\r\n"
        + "AND EXPORT CORPORATION\r\n"
        + "23A FUXING ROAD\r\n"
        + "BEIJING, CHINA\r\n"
        + ":70:INVOICE 17 EQUIPMENT\r\n"
        + "FOR CEIEC PROJECT\r\n"
        + ":71A:SHA\r\n"
        + "-}";

    [Fact]
    public void Given_an_mt103_When_parsed_Then_each_party_has_its_name_apart_from_account_and_address_with_offsets_into_the_message()
    {
        var m = Mt103Parser.Parse(Message);

        var ordering = Assert.Single(m.Parties, p => p.Field == "50K");
        Assert.Equal("ACME MACHINERY GMBH", ordering.Name);
        Assert.Equal("DE", ordering.Country);
        Assert.Equal(ordering.Name, Message[ordering.Start..ordering.End]);
        var beneficiary = Assert.Single(m.Parties, p => p.Field == "59");
        Assert.Equal("CHINA NATIONAL ELECTRONICS IMPORT", beneficiary.Name);
        Assert.Equal("CN", beneficiary.Country);
        Assert.Equal("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", beneficiary.OtherReading?.Name);
        var bank = Assert.Single(m.Parties, p => p.Field == "52A");
        Assert.Equal("COBADEFFXXX", bank.Bic);
        Assert.Null(bank.Name);
    }

    [Fact]
    public void Given_a_full_first_name_line_When_parsed_Then_the_name_is_read_wrapped_and_as_cut_at_35_characters()
    {
        const string message = ":20:X\n:50K:JOHN SMITH\nLONDON\n:59:/CO1234567890\nDISTRIBUIDORA IMPERIAL DE BAJA CALI\nAVENIDA REFORMA 100\nTIJUANA MEXICO\n";
        var beneficiary = Assert.Single(Mt103Parser.Parse(message).Parties, p => p.Field == "59");

        Assert.Equal("DISTRIBUIDORA IMPERIAL DE BAJA CALI AVENIDA REFORMA 100", beneficiary.Name);
        Assert.Equal("DISTRIBUIDORA IMPERIAL DE BAJA CALI", beneficiary.OtherReading?.Name);
        Assert.Equal("DISTRIBUIDORA IMPERIAL DE BAJA CALI", message[beneficiary.Start..beneficiary.OtherReading!.Value.End]);
    }

    [Fact]
    public void Given_an_mt103_When_parsed_Then_remittance_information_is_free_text_at_its_offset()
    {
        var text = Assert.Single(Mt103Parser.Parse(Message).Texts);

        Assert.Equal("70", text.Field);
        Assert.Equal("INVOICE 17 EQUIPMENT\r\nFOR CEIEC PROJECT", text.Text);
        Assert.Equal(text.Text, Message.Substring(text.Start, text.Text.Length));
    }

    [Fact]
    public void Given_a_structured_50F_When_parsed_Then_the_numbered_name_and_country_lines_are_read()
    {
        var m = Mt103Parser.Parse(":20:X\n:50F:/12345\n1/IVANOV IVAN\n2/LENINA 1\n3/RU/MOSCOW\n:59:JOHN SMITH\nLONDON\n");

        var ordering = Assert.Single(m.Parties, p => p.Field == "50F");
        Assert.Equal("IVANOV IVAN", ordering.Name);
        Assert.Equal("RU", ordering.Country);
    }

    [Theory]
    [InlineData(":20:X\n:50K:ACME\n", "field 59 (beneficiary customer) is missing")]
    [InlineData("hello\n:20:X\n:50K:A\n:59:B\n", "line 1: 'hello' is outside any field")]
    [InlineData(":20:X\n:50K:ACME\n:59:/123\n", "field 59 at line 3: no name or BIC")]
    [InlineData(":20:X\n:50K:ACME\n:59:B\n:57A:NOT A BIC!\n", "field 57A at line 4: 'NOT A BIC!' is not a BIC")]
    [InlineData("{4:\n:20:X\n:50K:ACME\n:59:B\n", "block 4 is not closed")]
    public void Given_a_malformed_mt103_When_parsed_Then_the_error_names_the_field_or_line(string message, string expected)
    {
        var ex = Assert.Throws<PaymentFormatException>(() => Mt103Parser.Parse(message));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
