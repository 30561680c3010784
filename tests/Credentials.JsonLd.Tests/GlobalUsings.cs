global using Credentials.JsonLd.Canonicalization;
global using Credentials.JsonLd.Loading;
global using Credentials.JsonLd.Processing;
global using Credentials.JsonLd.Rdf;
global using Credentials.TestKit;
