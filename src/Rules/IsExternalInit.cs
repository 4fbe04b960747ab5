namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type, which records and init accessors need
// (PolySharp would supply it, but it is not served by the registry here).
internal static class IsExternalInit
{
}
