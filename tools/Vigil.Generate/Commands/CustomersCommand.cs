using System.CommandLine;
using System.Diagnostics;
using Vigil.Core.Model;
using Vigil.Generate.Customers;
using Vigil.Generate.Tables;

namespace Vigil.Generate.Commands;

/// <summary><c>vigil-generate customers --count N --seed S --out F.csv [--lists-dir D] [--hit-share P] [--expected]</c>.</summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "number of rows", DefaultValueFactory = _ => 100_000 };
        var seed = CommonOptions.Seed();
        var output = new Option<string>("--out") { Description = "the CSV file to write", Required = true };
        var listsDir = CommonOptions.ListsDir();
        var hitShare = new Option<double>("--hit-share") { Description = "share of rows made from real SDN entries (0 = none, no lists needed)", DefaultValueFactory = _ => 0.005 };
        var expected = new Option<bool>("--expected") { Description = "add a last column 'expected' naming the SDN entry of each true hit (vigil ignores it)" };
        var command = new Command("customers", "Write a customer file in the query CSV shape (id,name,type,birth_date,country,id_number)")
            { count, seed, output, listsDir, hitShare, expected };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var share = parse.GetValue(hitShare);
            if (share is < 0 or > 1) throw new GenerateException($"--hit-share {share} is not a share between 0 and 1");
            if (parse.GetValue(count) < 0) throw new GenerateException("--count must not be negative");
            IReadOnlyList<Entity> source = share > 0 ? RealLists.Sdn(parse.GetValue(listsDir)!) : [];
            var generator = new CustomerGenerator(NameTables.Load(), source, share);
            var (rows, hits) = CustomerCsv.Write(parse.GetValue(output)!, generator.Generate(parse.GetValue(count), parse.GetValue(seed)), parse.GetValue(expected));
            Console.Error.WriteLine($"wrote {rows:N0} customers ({hits:N0} true hits from {source.Count:N0} SDN entries) to {parse.GetValue(output)} in {clock.Elapsed.TotalSeconds:N1} s");
            return 0;
        }));
        return command;
    }
}
