// Turtle parsing and SHACL Core validation over the RDF graphs of Credentials.JsonLd.
