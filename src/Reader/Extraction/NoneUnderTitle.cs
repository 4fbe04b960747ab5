using System;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// "None" said of a section by its title: the title, then a bare 无 that names nothing itself.
/// <list type="bullet">
/// <item>on the title's own line, after a colon: <c>（三）政府采购情况：无。</c>, <c>机关运行经费：本单位无此项支出。</c>;</item>
/// <item>as the first sentence under it: <c>八、政府性基金预算财政拨款收入支出决算情况说明</c> / <c>本单位无此项收支。</c>, or in the
/// title's own paragraph, <c>2、关于政府采购支出情况。无。</c>.</item>
/// </list>
/// Each extractor asks whether such a title names its own subject (政府采购, 机关运行经费, 政府性基金 …), so a title that names two
/// (政府性基金预算和国有资本经营预算支出情况) declares both, and one that names neither (其他重要事项的情况说明) declares nothing.
/// </summary>
internal static partial class NoneUnderTitle
{
    private const string NumberingRequired = @"(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))";
    private const string Numbering = NumberingRequired + "?";

    /// <summary>
    /// A title that asks about a part or a quality of the section, not the section: 增减变化原因, 差异原因, 是否存在超预算情况, 超标情况,
    /// 存在的问题, 执行率, 年末结转和结余, 授予中小企业合同金额. Its 无 answers that question; the section may hold money.
    /// </summary>
    [GeneratedRegex(@"原因|差异|是否|超|违|问题|变化|增减|执行率|结转|结余|中小企业|小微|预留|合同|份额|意向")]
    private static partial Regex PartOrQuality { get; }

    /// <summary>
    /// A statement of none and nothing else: 无, 没有, 不涉及, 本单位无此项支出, 本部门2024年度无此项收支, 无相关数据. Not 无变化 or 无增减,
    /// which compare, nor a none that names its object (无政府采购), which the extractors read themselves.
    /// </summary>
    private const string BareNone = @"(?:本(?:单位|部门|局|委|院|中心|校)|我(?:单位|部门|局|委|院)|该(?:单位|部门))?\s*(?:(?:19|20)\d{2}\s*年度?|本年度?|当年|今年)?\s*(?:无|没有|未发生|不涉及|不适用)(?:此项|该项|相关|此类|这项|此)?(?:收入|支出|收支|情况|经费|数据|内容|事项|预算|决算|安排)*";

    [GeneratedRegex(@"^\s*" + BareNone + @"\s*[。.；;]?\s*$")]
    private static partial Regex BareNoneSentence { get; }

    [GeneratedRegex(@"^\s*" + Numbering + @"\s*(?:关于)?(?<title>[^，。；：:,;]{2,40}?)\s*[：:]\s*" + BareNone + @"\s*[。.；;]?\s*$")]
    private static partial Regex TitleColonNone { get; }

    /// <summary>A sentence that is only a section's title: numbered, and ending as a section's title does (情况, 说明).</summary>
    [GeneratedRegex(@"^\s*" + NumberingRequired + @"\s*(?:关于)?[^，。；：:,;]{2,40}?(?:情况|说明|情况说明)\s*[。：:]?\s*$")]
    private static partial Regex TitleSentence { get; }

    /// <summary>
    /// Where <paramref name="sentence"/> declares none of a section whose title contains <paramref name="subject"/>: the sentence's
    /// evidence, or null when it is no such statement or its title names another subject.
    /// </summary>
    public static Evidence? Declares(Sentence sentence, ExtractionContext context, string subject) =>
        TitleOf(sentence, context) is { } title && title.Contains(subject, StringComparison.Ordinal) ? sentence.Evidence : null;

    /// <summary>The title a bare none in <paramref name="sentence"/> is said of, or null (worked out once a sentence).</summary>
    public static string? TitleOf(Sentence sentence, ExtractionContext context)
    {
        if (context.NoneTitle.Sentence != sentence) context.NoneTitle = (sentence, Find(sentence, context));
        return context.NoneTitle.Title;
    }

    private static string? Find(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        // Cheap tests first: every such sentence is short and says 无, 没有 or 不涉及/不适用.
        if (text.Length > 60 || sentence.InGlossary || text.AsSpan().IndexOfAny('无', '没', '不') < 0 && !text.Contains("未发生", StringComparison.Ordinal)) return null;
        string? title = null;
        if (text.AsSpan().IndexOfAny('：', ':') >= 0 && TitleColonNone.Match(text) is { Success: true } m) title = m.Groups["title"].Value;
        else if (BareNoneSentence.IsMatch(text) && context.PreviousSentence is { } previous && (previous.IsHeading || TitleSentence.IsMatch(previous.Text)))
            title = previous.Text;
        return title is null || PartOrQuality.IsMatch(title) ? null : title;
    }
}
