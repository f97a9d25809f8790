"""Rescales a `dotnet-trace report topN` table to shares of one frame's time (default: the search loop).

The sampling profiler also counts idle thread-pool threads, so raw percentages are of all threads' samples. Dividing
by the inclusive share of ROOT (ScaleRun.SearchLoop: the thread doing the searches; ScreeningIndex.Build: the index
build) gives each method's share of that work. Exclusive shares of a parallel phase count every thread's samples.
usage: python3 profile_share.py INCLUSIVE.txt EXCLUSIVE.txt [ROOT]
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
root = sys.argv[3] if len(sys.argv) > 3 else "ScaleRun.SearchLoop"
loop = next((incl for name, incl, _ in inclusive if name.startswith(root)), None)
if not loop:
    print(f"no {root} frame in the profile; raw tables left as they are")
    sys.exit(0)
print(f"{root} = {loop:.1f}% of all samples; below, shares of its time")
if root.startswith("ScreeningIndex.Build"):
    print("(the name analysis runs in Parallel.For on pool threads: those frames count both threads and can pass 100%;"
          " the sampler also counts threads blocked in a GC, so allocation-heavy frames include GC waits)")
print("inclusive (time in the method and what it calls):")
for name, incl, _ in inclusive:
    if name.startswith(("Screener.", "Vocabulary.", "NameAlignment.", "TokenSimilarity.", "EditDistance.", "JaroWinkler.",
                        "Matcher.", "PreparedQuery", "NameAnalyzer.", "ScreeningIndex.", "NameTable.", "List`1.Sort",
                        "ArraySortHelper", "Buffer.", "String.", "Dictionary", "SpanHelpers.", "NameVariants.",
                        "TextNormalizer.", "PhoneticKey.", "Trigrams.", "PreparedEntity", "Parallel", "Enumerable.",
                        "ReferenceData.", "GC.", "HashSet", "List`1.", "Int32]", "__Canon]", "String]")):
        print(f"  {incl / loop:6.1%}  {name[:110]}")
print("exclusive (time in the method's own code):")
for name, _, excl in exclusive:
    if not name.startswith(("LowLevelLifoSemaphore", "WaitHandle", "Thread.Sleep", "Monitor.Wait", "ManualResetEventSlim.Wait")):
        print(f"  {excl / loop:6.1%}  {name[:110]}")
