namespace Credentials.TestKit.Fuzzing;

/// <summary>How a <see cref="Mutation"/> changes a layer.</summary>
public enum MutationKind
{
    /// <summary>XOR one to four bytes with random values.</summary>
    FlipBytes,

    /// <summary>Cut the layer at a random place.</summary>
    Truncate,

    /// <summary>Copy a segment and insert it elsewhere.</summary>
    DuplicateSegment,

    /// <summary>Remove a segment.</summary>
    DeleteSegment,

    /// <summary>Insert one random byte.</summary>
    InsertByte,

    /// <summary>Replace one JSON value (any, the root included) by a value of another type, or 10,000 nested arrays or objects.</summary>
    ReplaceValue,

    /// <summary>Insert invalid UTF-8, a lone surrogate or a control sequence inside one JSON string.</summary>
    BreakString,

    /// <summary>Remove one object member or array element.</summary>
    RemoveMember,

    /// <summary>Write one object member twice, the first time with another value.</summary>
    DuplicateMember,
}
