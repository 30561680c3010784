namespace Credentials.Model.Input;

/// <summary>The outcome of parsing input: the value when it is valid, otherwise every problem found.</summary>
/// <typeparam name="T">The parsed model type.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, IReadOnlyList<ModelProblem> problems)
    {
        Problems = problems;
        Value = problems.Count == 0 ? value : null;
    }

    /// <summary>The parsed value; null when there are problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in document order; empty when the input is valid.</summary>
    public IReadOnlyList<ModelProblem> Problems { get; }

    /// <summary>True when the input parsed and validated without problems.</summary>
    public bool IsValid => Problems.Count == 0 && Value is not null;
}
