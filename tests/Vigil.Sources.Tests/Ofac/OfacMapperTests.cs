using Vigil.Core.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The column conventions of the main file: individual names and the programme field.</summary>
public class OfacMapperTests
{
    [Theory]
    [InlineData("MADURO MOROS, Nicolas", "Nicolas", "MADURO MOROS")]
    [InlineData("LAVILLA, Ruben Pestano, Jr.", "Ruben Pestano", "LAVILLA")]   // suffix after a second comma
    [InlineData("AL ZAWAHIRI, Dr. Ayman", "Dr. Ayman", "AL ZAWAHIRI")]
    [InlineData("AL-NU'AYMI, 'Abd al-Rahman bin 'Umayr", "'Abd al-Rahman bin 'Umayr", "AL-NU'AYMI")]
    [InlineData("KHIN HLAING", null, null)]                                    // 2019-01 spelling, no comma
    public void Individual_name_splits_into_family_and_given_at_the_commas(string full, string? given, string? family)
    {
        var name = OfacMapper.Name(full, NameRole.Primary, person: true);
        Assert.Equal(new EntityName(full, NameRole.Primary, given, family), name);
    }

    [Fact]
    public void Organisation_name_with_a_comma_is_not_split()
    {
        Assert.Equal(new EntityName("CECOEX, S.A.", NameRole.Alias), OfacMapper.Name("CECOEX, S.A.", NameRole.Alias, person: false));
    }

    [Theory]
    [InlineData("VENEZUELA] [IRAN-CON-ARMS-EO", new[] { "VENEZUELA", "IRAN-CON-ARMS-EO" })]
    [InlineData("SDGT] [SDT] [SYRIA", new[] { "SDGT", "SDT", "SYRIA" })]
    [InlineData("CUBA", new[] { "CUBA" })]
    [InlineData("[SDGT]", new[] { "SDGT" })]                   // stray brackets
    [InlineData("CYBER2] [CAATSA - RUSSIA", new[] { "CYBER2", "CAATSA - RUSSIA" })]
    public void Programme_field_splits_at_the_bracket_joins(string field, string[] programs)
    {
        Assert.Equal(programs, OfacMapper.Programs(field));
    }
}
