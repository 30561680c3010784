using System.Runtime.CompilerServices;

// The schema benchmarks time the validator's stages (conversion, NJsonSchema, explanation) one by one.
[assembly: InternalsVisibleTo("Credentials.Benchmarks")]
