using System.Collections.Generic;

namespace ComplianceGen.Reader.Decoding;

/// <summary>Decoded text and the name of the encoding (or encodings) used to decode it.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<ReaderWarning> Warnings);
