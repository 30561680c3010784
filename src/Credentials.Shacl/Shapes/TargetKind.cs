namespace Credentials.Shacl.Shapes;

/// <summary>The target kinds of SHACL Core (§2.1.3).</summary>
internal enum TargetKind
{
    /// <summary>sh:targetNode.</summary>
    Node,

    /// <summary>sh:targetClass, or the implicit class target of a shape that is also a class.</summary>
    Class,

    /// <summary>sh:targetSubjectsOf.</summary>
    SubjectsOf,

    /// <summary>sh:targetObjectsOf.</summary>
    ObjectsOf,
}
