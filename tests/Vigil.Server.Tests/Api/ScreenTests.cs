using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

[Collection(LoadedHomeCollection.Name)]
public sealed class ScreenTests(LoadedHome home)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Screening_returns_one_result_per_record_in_the_order_sent_with_the_callers_ids()
    {
        using var client = home.Factory.Client(home.Key);
        var records = new object[]
        {
            new { id = "z-last-id-first", name = "Xqzvbn Wrtplk" },
            new { id = "ceiec", name = "CEIEC", type = "organization" },
            new { id = "maduro", name = "Nicolas Maduro", type = "person", birth_date = "1962-11-23", country = "VE" },
        };
        var response = await client.PostAsJsonAsync("/api/v1/screen", records);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results");
        Assert.Equal(["z-last-id-first", "ceiec", "maduro"], results.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(0, results[0].GetProperty("matches").GetArrayLength());
        Assert.Equal("30502", results[1].GetProperty("matches")[0].GetProperty("source_id").GetString());
        Assert.Equal("22790", results[2].GetProperty("matches")[0].GetProperty("source_id").GetString());
    }

    [Fact]
    public async Task A_bad_record_gets_400_naming_its_position_and_field()
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.PostAsync("/api/v1/screen", Json("""[{"name":"CEIEC"},{"name":"X","birth_date":"1962-13"}]"""));
        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("[1].birth_date:", Problem.Detail(problem));
    }

    [Fact]
    public async Task Malformed_json_gets_400_naming_the_path_and_line()
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.PostAsync("/api/v1/screen", Json("[{\"name\":\"CEIEC\"},\n{\"name\": 42}]"));
        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("$[1].name: must be a string", Problem.Detail(problem));
        Assert.Contains("line 2", Problem.Detail(problem));
    }

    [Theory]
    [InlineData("{\"name\":\"CEIEC\"}", "body: must be a JSON array")]
    [InlineData("[\"CEIEC\"]", "$[0]: must be an object")]
    [InlineData("[{\"name\":\"CEIEC\"}", "$[1]: not valid JSON")]
    public async Task A_body_of_the_wrong_shape_says_what_is_expected_where(string json, string expected)
    {
        using var client = home.Factory.Client(home.Key);
        var problem = await Problem.ReadAsync(await client.PostAsync("/api/v1/screen", Json(json)), HttpStatusCode.BadRequest);
        Assert.StartsWith(expected, Problem.Detail(problem));
    }

    [Fact]
    public async Task A_batch_over_the_limit_gets_400_and_no_result()
    {
        using var client = home.Factory.Client(home.Key);
        var records = Enumerable.Range(0, Limits.MaxBatch + 1).Select(i => new { id = $"r{i}", name = "CEIEC" });
        var problem = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/screen", records), HttpStatusCode.BadRequest);
        Assert.StartsWith("body:", Problem.Detail(problem));
        Assert.Contains(Limits.MaxBatch.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Problem.Detail(problem));
    }

    [Fact]
    public async Task A_50_MB_body_gets_413_and_the_server_keeps_answering()
    {
        using var client = home.Factory.Client(home.Key);
        var body = new ByteArrayContent(new byte[50 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");
        var problem = await Problem.ReadAsync(await client.PostAsync("/api/v1/screen", body), HttpStatusCode.RequestEntityTooLarge);
        Assert.StartsWith("body:", Problem.Detail(problem));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?name=CEIEC")).StatusCode);
    }

    [Fact]
    public async Task A_body_without_length_over_the_limit_gets_413_while_it_is_read()
    {
        using var client = home.Factory.Client(home.Key);
        var content = new StreamContent(new ZeroStream(Limits.MaxBodyBytes + 1024 * 1024));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/screen") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await Problem.ReadAsync(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Compare_scores_each_pair_in_order_and_ranks_closer_names_higher()
    {
        using var client = home.Factory.Client(home.Key);
        var pairs = new object[]
        {
            new { id = "close", name_a = "Vladimir Putin", name_b = "PUTIN, Vladimir Vladimirovich", type = "person" },
            new { id = "far", name_a = "Vladimir Putin", name_b = "Angela Merkel", type = "person" },
        };
        var response = await client.PostAsJsonAsync("/api/v1/compare", pairs);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results");
        Assert.Equal("close", results[0].GetProperty("id").GetString());
        Assert.Equal("far", results[1].GetProperty("id").GetString());
        Assert.True(results[0].GetProperty("score").GetDouble() > results[1].GetProperty("score").GetDouble());
        Assert.InRange(results[1].GetProperty("score").GetDouble(), 0, 0.5);
    }

    [Fact]
    public async Task Compare_names_an_empty_name_by_position()
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.PostAsync("/api/v1/compare", Json("""[{"id":"p1","name_a":"A","name_b":""}]"""));
        Assert.StartsWith("[0].name_b:", Problem.Detail(await Problem.ReadAsync(response, HttpStatusCode.BadRequest)));
    }

    /// <summary>A body of a given length that does not say its length up front: '[' and then spaces, valid JSON so far.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _left = length;
        private bool _started;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Fill(buffer, (byte)' ', offset, n);
            if (!_started && n > 0) { buffer[offset] = (byte)'['; _started = true; }
            _left -= n;
            return n;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
