namespace ComplianceGen.Runtime;

/// <summary>
/// A fact stated again later in the document with the same digits: "社会保障和就业支出5.56万元"
/// and, a paragraph later, "社会保障和就业支出5.56元". The reader keeps the first statement as the
/// fact and records each such repetition here. Repetitions with other digits are not recorded:
/// a document legitimately gives one item's budget and actual, or its appropriation and its
/// total, in different sentences, and the reader cannot always tell which is which.
/// </summary>
public sealed class Restatement
{
    /// <summary>What was restated ("社会保障和就业支出", "“三公”经费", "收入总额").</summary>
    [Term("主题")]
    public TextFact? Subject { get; set; }

    /// <summary>The first statement, the one the report keeps.</summary>
    [Term("金额")]
    public Amount? First { get; set; }

    /// <summary>The later statement with the same digits.</summary>
    [Term("再次金额")]
    public Amount? Again { get; set; }

    public Evidence? Evidence => Again?.Evidence;
}
