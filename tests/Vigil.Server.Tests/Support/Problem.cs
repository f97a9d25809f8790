using System.Net;
using System.Text.Json;

namespace Vigil.Server.Tests.Support;

/// <summary>Reads an <c>application/problem+json</c> answer and checks its status and content type.</summary>
internal static class Problem
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement.Clone();
        Assert.Equal((int)expected, root.GetProperty("status").GetInt32());
        return root;
    }

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;
}
