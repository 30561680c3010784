namespace Credentials.Shacl.Tests;
