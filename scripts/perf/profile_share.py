"""Rescales a `dotnet-trace report topN` table to shares of the search loop's own time.

The sampling profiler also counts idle thread-pool threads, so raw percentages are of all threads' samples. Dividing
by the inclusive share of ScaleRun.SearchLoop (the thread doing the searches) gives each method's share of search time.
usage: python3 profile_share.py INCLUSIVE.txt EXCLUSIVE.txt
"""
import re
import sys

ROW = re.compile(r"^\s*\d+\.\s+(.*?)\s+([\d.]+)%\s+([\d.]+)%\s*$")


def rows(path):
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        m = ROW.match(line)
        if m:
            out.append((m.group(1).strip(), float(m.group(2)), float(m.group(3))))
    return out


inclusive, exclusive = rows(sys.argv[1]), rows(sys.argv[2])
loop = next((incl for name, incl, _ in inclusive if name.startswith("ScaleRun.SearchLoop")), None)
if not loop:
    print("no ScaleRun.SearchLoop frame in the profile; raw tables left as they are")
    sys.exit(0)
print(f"search loop = {loop:.1f}% of all samples; below, shares of the search loop's time")
print("inclusive (time in the method and what it calls):")
for name, incl, _ in inclusive:
    if name.startswith(("Screener.", "Vocabulary.", "NameAlignment.", "TokenSimilarity.", "EditDistance.", "JaroWinkler.",
                        "Matcher.", "PreparedQuery", "NameAnalyzer.", "ScreeningIndex.", "NameTable.", "List`1.Sort",
                        "ArraySortHelper", "Buffer.", "String.", "Dictionary", "SpanHelpers.")):
        print(f"  {incl / loop:6.1%}  {name[:110]}")
print("exclusive (time in the method's own code):")
for name, _, excl in exclusive:
    if not name.startswith(("LowLevelLifoSemaphore", "WaitHandle", "Thread.Sleep")):
        print(f"  {excl / loop:6.1%}  {name[:110]}")
