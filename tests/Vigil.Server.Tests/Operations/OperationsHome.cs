using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Operations;

/// <summary>A small VIGIL_HOME for the operations tests: the <c>ofac-cons</c> fixture (no publication date, so its age runs
/// from the load, seconds ago) and a one-entry UN list generated on 2020-01-15, with an API key and the given
/// <c>vigil.json</c>.</summary>
internal sealed class OperationsHome : IDisposable
{
    /// <summary>The UN list's only entry.</summary>
    public const string UnName = "VELDORIAN ARMS COLLECTIVE";

    private readonly TempDirectory _home = new();

    public OperationsHome(string? vigilJson = null)
    {
        var home = new VigilHome(Home);
        if (vigilJson is not null) File.WriteAllText(_home.File(VigilConfig.FileName), vigilJson);
        var un = _home.File("un-2020-01-15.xml");
        File.WriteAllText(un, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2020-01-15T00:00:00.000Z">
              <INDIVIDUALS></INDIVIDUALS>
              <ENTITIES>
                <ENTITY>
                  <DATAID>9900001</DATAID>
                  <VERSIONNUM>1</VERSIONNUM>
                  <FIRST_NAME>{UnName}</FIRST_NAME>
                  <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>QDe.990</REFERENCE_NUMBER>
                  <LISTED_ON>2019-06-01</LISTED_ON>
                </ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """);
        var load = new LoadList(home, TimeProvider.System);
        load.Run("ofac-cons", Fixtures.ConsV1);
        load.Run("un", un);
        Key = new ApiKeys(home, TimeProvider.System).Create("operations");
    }

    public string Home => _home.Path;

    public string Key { get; }

    public void Dispose() => _home.Dispose();
}
