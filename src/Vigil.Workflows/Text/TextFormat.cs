namespace Vigil.Workflows.Text;

/// <summary>What a text to screen is: prose, a SWIFT MT103, an ISO 20022 pacs.008, or to be recognised from its content.</summary>
public enum TextFormat
{
    /// <summary>An MT103 when it has a block 4 (<c>{4:</c>) or starts with a <c>:20:</c> field; a pacs.008 when it is XML
    /// holding <c>FIToFICstmrCdtTrf</c>; prose otherwise.</summary>
    Auto,
    Text,
    Mt103,
    Pacs008,
}
