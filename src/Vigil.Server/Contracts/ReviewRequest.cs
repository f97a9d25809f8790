namespace Vigil.Server.Contracts;

/// <summary>The body of <c>POST /alerts/{id}/approve</c> and <c>/reject</c>: why the second reviewer agrees or not.</summary>
public sealed record ReviewRequest(string? Reason);
