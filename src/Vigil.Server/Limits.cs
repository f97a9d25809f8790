namespace Vigil.Server;

/// <summary>The request limits, documented in the OpenAPI descriptions and the README.</summary>
public static class Limits
{
    /// <summary>Largest request body: 10 MiB. Larger bodies get 413.</summary>
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>Most records in one <c>POST /screen</c> or pairs in one <c>POST /compare</c>; more get 400.</summary>
    public const int MaxBatch = 1000;

    /// <summary>Most hits per query (<c>top</c>).</summary>
    public const int MaxTop = 100;
}
