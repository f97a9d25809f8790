using Microsoft.AspNetCore.Http;
using Vigil.Server.Auth;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary>Writes the proof of an API screening (<see cref="ScreeningRecorder"/>) before the answer goes out: who (the key's
/// name, <c>local</c> with --no-auth), the channel, and the list versions and profile of the snapshot that screened.</summary>
internal static class ScreeningProofs
{
    public static void Record(HttpContext context, ScreeningRecorder recorder, string channel, IndexSnapshot snapshot, IReadOnlyList<ScreenedItem> items) =>
        recorder.Record(context.User.Identity?.Name ?? ApiKeyAuthenticationHandler.LocalUser, channel, snapshot.Versions,
            snapshot.Screener.Index.Profile.Id, items);

    /// <summary>The alert threshold of the snapshot's profile: what counts a hit as an alert in the record.</summary>
    public static double Threshold(IndexSnapshot snapshot) => snapshot.Screener.Index.Profile.AlertThreshold;
}
