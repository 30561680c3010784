using System.Runtime.CompilerServices;

// The schema benchmarks read how many valid subtrees the shared validator remembers.
[assembly: InternalsVisibleTo("Credentials.Benchmarks")]
