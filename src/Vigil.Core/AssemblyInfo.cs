using System.Runtime.CompilerServices;

// Stack buffers in the matching loops are always written before they are read (JaroWinkler clears its own); zeroing
// them on every call cost ~3 % of search time (NameAlignment's 8 KB edge buffer).
[module: SkipLocalsInit]
