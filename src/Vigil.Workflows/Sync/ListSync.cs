using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Lists;
using Vigil.Sources;
using Vigil.Store;

namespace Vigil.Workflows.Sync;

/// <summary>What syncing one source came to.</summary>
public enum SyncStatus
{
    /// <summary>A new version became active.</summary>
    Loaded,

    /// <summary>Nothing new: the publisher's files equal the active version.</summary>
    Unchanged,

    /// <summary>The source could not be synced; its active version stays.</summary>
    Failed,

    /// <summary>A new version was stored but held for an operator (too many entries removed, or older); the active version stays.</summary>
    Held,
}

/// <summary>What syncing one source did.</summary>
/// <param name="Load">The load report when the files were new and loaded (or found equal to the active version).</param>
/// <param name="Requests">HTTP requests made, retries included.</param>
public sealed record SourceSyncReport(string Source, SyncStatus Status, string Message, LoadReport? Load, int Requests);

/// <summary>
/// Downloads each source's published files and loads them as a new version when they changed: the first step of
/// <see cref="Pipeline.UpdatePipeline.SyncAsync"/> (<c>vigil lists sync</c>, <c>serve --sync-every</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>URLs: <see cref="DefaultUrls"/>, overridden per source in <c>vigil.json</c> (<c>sources.NAME.url</c>); a URL
/// ending in <c>/</c> is the folder of a multi-file list, otherwise the one file.</item>
/// <item>Conditional requests with the ETag / Last-Modified of the copy last loaded (kept under
/// <c>$VIGIL_HOME/downloads/SOURCE</c>); when every file answers 304 nothing is loaded.</item>
/// <item>Each request has a timeout, transient failures (network, 5xx, 408, 429, a body cut short, a stall) are retried
/// with exponential backoff, and a body over the size limit is refused.</item>
/// <item>Content checks before parsing (not empty, not an HTML page, the right format), then the normal load: a parse
/// failure or an empty list leaves the active version untouched. Files are staged in a fresh folder, so a process killed
/// mid-sync leaves nothing half-written; the next run starts over.</item>
/// <item>Sync never accepts a held version on its own: a version that removes too many entries or is older than the
/// active one is stored as pending and reported (<see cref="SyncStatus.Held"/>); the next round that fetches the same
/// content reports the same pending version. Only <c>vigil lists accept</c> activates it.</item>
/// </list>
/// </remarks>
public sealed class ListSync(VigilHome home, TimeProvider time)
{
    public static IReadOnlyDictionary<string, string> DefaultUrls { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ofac-sdn"] = "https://www.treasury.gov/ofac/downloads/",
        ["ofac-cons"] = "https://www.treasury.gov/ofac/downloads/consolidated/",
        ["un"] = "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
        // OFSI's 2022-format workbook. OFSI stopped updating its consolidated list on 2026-01-28 (the FCDO's UK Sanctions
        // List is now the UK's one official list), so this is the last OFSI publication; uk-ofsi is synced only when asked.
        ["uk-ofsi"] = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx",
        // The publishers' current files as they publish them (docs/lists.md); each overridable in vigil.json. The EU's
        // URL carries the public token its download page uses.
        ["eu-fsf"] = "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw",
        ["ca-sema"] = "https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml",
        ["au-dfat"] = "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx",
        ["us-csl"] = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
        ["bis-dpl"] = "https://www.bis.doc.gov/dpl/dpl.txt",
        ["ofac-advanced"] = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML",
        ["ofac-enhanced"] = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ENHANCED.ZIP",
    };

    /// <summary>The sources a sync without <c>--source</c> covers, besides those given a URL in <c>vigil.json</c>.</summary>
    public static IReadOnlyList<string> SyncedByDefault { get; } = ["ofac-sdn", "ofac-cons", "un"];

    /// <summary>Files a source may lack (OFAC publishes the comments file only when there are comments).</summary>
    private static readonly HashSet<string> OptionalFiles = new(StringComparer.Ordinal) { "sdn_comments.csv", "cons_comments.csv" };

    private string Downloads => Path.Combine(home.Directory, "downloads");

    /// <summary>The share of entries a version may remove before it is held, in percent; null: <c>vigil.json</c>'s (default 5).</summary>
    public double? MaxRemovedPercent { get; init; }

    /// <summary>
    /// Syncs <paramref name="sources"/> (default: <see cref="SyncedByDefault"/> and every source, custom lists included, that
    /// <c>vigil.json</c> gives a URL), or loads them from <paramref name="fromDirectory"/>.
    /// </summary>
    public async Task<IReadOnlyList<SourceSyncReport>> RunAsync(IReadOnlyList<string>? sources, string? fromDirectory, CancellationToken cancel)
    {
        var config = VigilConfig.Load(home);
        var names = sources is { Count: > 0 }
            ? sources
            : [.. Sources.ListSources.Names.Where(n => SyncedByDefault.Contains(n) || config.SourceUrls.ContainsKey(n)),
               .. config.SourceUrls.Keys.Where(n => n.StartsWith(Sources.Custom.CustomListParser.Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        foreach (var name in names) ListCatalog.ParserFor(name);
        LoadList.Rule(home, MaxRemovedPercent); // a bad share fails the round before anything is fetched
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own deadline
        };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("vigil", "1.0"));
        var reports = new List<SourceSyncReport>();
        foreach (var source in names)
        {
            var report = fromDirectory is null
                ? await SyncAsync(client, config, source, cancel).ConfigureAwait(false)
                : FromDirectory(source, fromDirectory);
            reports.Add(report);
        }
        return reports;
    }

    private SourceSyncReport FromDirectory(string source, string directory)
    {
        var path = Path.Combine(directory, source);
        if (!Directory.Exists(path) && !File.Exists(path))
            return Audited(new SourceSyncReport(source, SyncStatus.Failed, $"{path}: no such file or directory", null, 0), path);
        try
        {
            var load = new LoadList(home, time) { MaxRemovedPercent = MaxRemovedPercent }.Run(source, path);
            if (load.Held) return Audited(new SourceSyncReport(source, SyncStatus.Held, HeldMessage(load, path), load, 0), path);
            return new SourceSyncReport(source, load.Unchanged ? SyncStatus.Unchanged : SyncStatus.Loaded,
                load.Unchanged ? $"unchanged: {path} equals active version {load.Version.Number}" : $"loaded version {load.Version.Number} from {path}", load, 0);
        }
        catch (VigilException ex)
        {
            return Audited(new SourceSyncReport(source, SyncStatus.Failed, ex.Message, null, 0), path);
        }
    }

    private async Task<SourceSyncReport> SyncAsync(HttpClient client, VigilConfig config, string source, CancellationToken cancel)
    {
        var parser = ListCatalog.ParserFor(source);
        var baseUrl = config.SourceUrls.TryGetValue(source, out var configured) ? configured
            : DefaultUrls.TryGetValue(source, out var known) ? known
            : throw new VigilException($"{source} has no download URL; give one in vigil.json as sources.{source}.url, or load a file with vigil lists load");
        var cache = Path.Combine(Downloads, source);
        foreach (var stale in Directory.Exists(Downloads) ? Directory.GetDirectories(Downloads, source + ".staging-*") : [])
            Directory.Delete(stale, recursive: true);

        IReadOnlyList<SyncFileState> previous;
        bool hasActive;
        using (var store = home.OpenStore())
        {
            previous = store.SyncState.Files(source);
            // The downloaded copy counts only if it is what is active (not replaced since by 'lists load').
            hasActive = store.Lists.ActiveVersion(source) is { } active && Directory.Exists(cache)
                && ListFiles.Read(parser, cache).ContentHash() == active.ContentHash;
        }

        var staging = Path.Combine(Downloads, $"{source}.staging-{Guid.NewGuid():N}");
        VigilHome.CreatePrivateDirectory(staging); // downloads/ and its staging: 0700, like the home
        var download = new Download();
        try
        {
            await DownloadAsync(client, config, parser, baseUrl, cache, staging, previous, hasActive, download, cancel).ConfigureAwait(false);
            var (states, allUnchanged, requests) = (download.States, download.AllUnchanged, download.Requests);
            if (allUnchanged && hasActive && states.Count > 0)
            {
                SaveState(source, states, new SourceSyncReport(source, SyncStatus.Unchanged, "unchanged (HTTP 304 or same content)", null, requests));
                return new SourceSyncReport(source, SyncStatus.Unchanged, $"unchanged since the last sync ({requests} requests)", null, requests);
            }

            LoadReport load;
            try
            {
                load = new LoadList(home, time) { MaxRemovedPercent = MaxRemovedPercent }.Run(source, staging);
            }
            catch (VigilException ex)
            {
                // Name the URL rather than the staging folder the file was parsed from.
                throw new SyncException($"{baseUrl}: {ex.Message.Replace(staging + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)}");
            }
            // Held: the cache keeps the active version's copy and its validators, so the next round fetches the files again
            // and finds the same pending version by its content.
            if (load.Held)
                return Audited(new SourceSyncReport(source, SyncStatus.Held, $"{HeldMessage(load, baseUrl)} ({requests} requests)", load, requests), baseUrl);
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            Directory.Move(staging, cache);
            var report = new SourceSyncReport(source, load.Unchanged ? SyncStatus.Unchanged : SyncStatus.Loaded,
                load.Unchanged
                    ? $"downloaded, content equals active version {load.Version.Number}; nothing loaded ({requests} requests)"
                    : $"loaded version {load.Version.Number} from {baseUrl} ({requests} requests)",
                load, requests);
            SaveState(source, states, report);
            return report;
        }
        catch (SyncException ex)
        {
            return Audited(new SourceSyncReport(source, SyncStatus.Failed, ex.Message + "; the active version is unchanged", null, download.Requests), baseUrl);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>What the download of one source's files got so far (kept when a file fails, for the report).</summary>
    private sealed class Download
    {
        public List<SyncFileState> States { get; } = [];
        public bool AllUnchanged { get; set; } = true;
        public int Requests { get; set; }
    }

    /// <summary>Fetches each file of the source into <paramref name="staging"/>, conditionally where the cached copy is the
    /// active one; throws <see cref="SyncException"/> for a missing required file or one that fails its checks.</summary>
    private async Task DownloadAsync(
        HttpClient client, VigilConfig config, IListParser parser, string baseUrl, string cache, string staging,
        IReadOnlyList<SyncFileState> previous, bool hasActive, Download download, CancellationToken cancel)
    {
        // A list published in alternative forms (OFSI's ConList.csv / ConList.xlsx) is fetched once, in the form the URL names.
        IReadOnlyList<string> names = parser.FilesAreAlternatives ? [PublishedName(parser, baseUrl)] : parser.FileNames;
        foreach (var name in names)
        {
            var url = names.Count == 1 && !baseUrl.EndsWith('/') ? baseUrl : baseUrl.TrimEnd('/') + "/" + name;
            var cached = Path.Combine(cache, name);
            var known = previous.FirstOrDefault(p => p.File == name && p.Url == url);
            // Validators only when the copy they describe is still here, intact, and was loaded.
            if (known is not null && (!hasActive || !File.Exists(cached) || Sha256(File.ReadAllBytes(cached)) != known.Sha256)) known = null;

            var (fetch, attempts) = await FetchAsync(client, config, url, known, cancel).ConfigureAwait(false);
            download.Requests += attempts;
            switch (fetch)
            {
                case Fetched.NotModified:
                    File.Copy(cached, Path.Combine(staging, name));
                    download.States.Add(known! with { CheckedAt = time.GetUtcNow() });
                    break;
                case Fetched.Missing when OptionalFiles.Contains(name):
                    download.AllUnchanged &= known is null;
                    break;
                case Fetched.Missing:
                    throw new SyncException($"{url}: not found (HTTP 404)");
                case Fetched.Body body:
                    Check(url, name, body.Content);
                    await File.WriteAllBytesAsync(Path.Combine(staging, name), body.Content, cancel).ConfigureAwait(false);
                    var hash = Sha256(body.Content);
                    download.AllUnchanged &= known is not null && known.Sha256 == hash;
                    download.States.Add(new SyncFileState(name, url, body.ETag, body.LastModified, hash, time.GetUtcNow()));
                    break;
            }
        }
    }

    /// <summary>The published name the URL's file stands for: the same name, else one with the same extension, else the first.</summary>
    private static string PublishedName(IListParser parser, string url)
    {
        var file = Path.GetFileName(new Uri(url).AbsolutePath);
        return parser.FileNames.FirstOrDefault(n => string.Equals(n, file, StringComparison.OrdinalIgnoreCase))
            ?? parser.FileNames.FirstOrDefault(n => string.Equals(Path.GetExtension(n), Path.GetExtension(file), StringComparison.OrdinalIgnoreCase))
            ?? parser.FileNames[0];
    }

    private void SaveState(string source, List<SyncFileState> states, SourceSyncReport report)
    {
        using var store = home.OpenStore();
        store.SyncState.Save(source, states, Detail(report, states.Count > 0 ? states[0].Url : ""), time.GetUtcNow());
    }

    private SourceSyncReport Audited(SourceSyncReport report, string from)
    {
        using var store = home.OpenStore();
        store.SyncState.Audit(Detail(report, from), time.GetUtcNow());
        return report;
    }

    private static string Detail(SourceSyncReport r, string from) => DetailJson.Of(
        ("source", r.Source), ("status", r.Status.ToString().ToLowerInvariant()), ("from", from), ("message", r.Message),
        ("version", r.Load?.Version.Id), ("requests", r.Requests));

    /// <summary>What a held load says: which version, why, and the two commands that decide it.</summary>
    public static string HeldMessage(LoadReport load, string from)
    {
        var v = load.Version;
        var active = load.Previous is { } p ? $"active version {p.Number} stays" : "nothing is active";
        return v.Status == VersionStatus.Dropped
            ? $"{from} equals {v.Source} version {v.Number}, which was held ({v.HeldReason}) and dropped; not activated, {active}"
            : $"held version {v.Number} from {from}, not activated: {v.HeldReason}; {active}. " +
              $"Decide with: vigil lists accept {v.Source} {v.Number}, or vigil lists drop {v.Source} {v.Number}";
    }

    private abstract record Fetched
    {
        public sealed record NotModified : Fetched;
        public sealed record Missing : Fetched;
        public sealed record Body(byte[] Content, string? ETag, string? LastModified) : Fetched;
    }

    /// <summary>One file with retries: the result and the number of requests made.</summary>
    private async Task<(Fetched Result, int Attempts)> FetchAsync(HttpClient client, VigilConfig config, string url, SyncFileState? known, CancellationToken cancel)
    {
        var errors = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await FetchOnceAsync(client, config, url, known, cancel).ConfigureAwait(false), attempt);
            }
            catch (TransientException ex)
            {
                errors.Add(ex.Message);
                if (attempt > config.Retries)
                    throw new SyncException($"{url}: failed after {attempt} attempts: {string.Join("; ", errors.Distinct())}");
            }
            await Task.Delay(config.RetryDelay * Math.Pow(2, attempt - 1), time, cancel).ConfigureAwait(false);
        }
    }

    private static async Task<Fetched> FetchOnceAsync(HttpClient client, VigilConfig config, string url, SyncFileState? known, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(config.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (known?.LastModified is { } modified && DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
                return known is not null ? new Fetched.NotModified() : throw new TransientException("HTTP 304 to an unconditional request");
            if (response.StatusCode == HttpStatusCode.NotFound) return new Fetched.Missing();
            if (status >= 500 || status is 408 or 429) throw new TransientException($"HTTP {status} {response.ReasonPhrase}");
            if (!response.IsSuccessStatusCode) throw new SyncException($"{url}: HTTP {status} {response.ReasonPhrase}");
            var length = response.Content.Headers.ContentLength;
            if (length > config.MaxBytes) throw new SyncException($"{url}: {length:N0} bytes is over the size limit of {config.MaxBytes:N0} (sync.max_mb in vigil.json)");

            using var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > config.MaxBytes)
                    throw new SyncException($"{url}: the body passed the size limit of {config.MaxBytes:N0} bytes (sync.max_mb in vigil.json)");
            }
            if (length is { } expected && buffer.Length != expected)
                throw new TransientException($"body cut short: {buffer.Length:N0} of {expected:N0} bytes");
            return new Fetched.Body(buffer.ToArray(), response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            throw new TransientException($"no complete answer within {config.Timeout.TotalSeconds:0.#} s (timeout)");
        }
        catch (HttpRequestException ex)
        {
            throw new TransientException($"request failed: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new TransientException($"connection broken: {ex.Message}");
        }
    }

    /// <summary>Content checks before parsing: not empty, not an HTML error page, the format the file name says.</summary>
    private static void Check(string url, string name, byte[] content)
    {
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 4096)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.Length == 0) throw new SyncException($"{url}: empty file");
        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            throw new SyncException($"{url}: an HTML page, not the {name} file");
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !head.StartsWith('<'))
            throw new SyncException($"{url}: not XML");
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !Sources.Tables.XlsxSheet.LooksLikeWorkbook(content))
            throw new SyncException($"{url}: not an XLSX workbook");
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && head.StartsWith('<'))
            throw new SyncException($"{url}: markup, not CSV");
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private sealed class TransientException(string message) : Exception(message);

    private sealed class SyncException(string message) : Exception(message);
}
