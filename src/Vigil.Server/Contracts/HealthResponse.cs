namespace Vigil.Server.Contracts;

/// <summary>The liveness answer: the process is up (it says nothing about the lists; see <c>/readyz</c>).</summary>
public sealed record HealthResponse(string Status);
