using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>国有资产: vehicles held ("共有车辆3辆") and equipment over the 50/100/200 万元 thresholds, added up.</summary>
public sealed partial class AssetsExtractor : ISentenceExtractor
{
    // Held, counted in 辆 or 台 (共有车辆0 台).
    [GeneratedRegex(@"(?:共有|实有|现有)[^，。；\d]{0,14}?(?:车辆|公务用车)\s*(?<n>\d+)\s*(?:辆|台)")]
    private static partial Regex Vehicles { get; }
    // Or as the vehicles' number, when no holding is said so: 车辆总数8辆, 公务用车保有量为2辆, 实有车辆数3辆. Not a number bought, added,
    // scrapped, hired or allowed (购置车辆数量1辆, 报废车辆数量2辆, 核定编制车辆数量3辆).
    [GeneratedRegex(@"(?<!购置|购买|采购|新增|新购|更新|报废|处置|编制|核定|租用|租赁)(?:车辆|公务用车|公车)(?:总数|总量|保有量|保有数|实有数|数量)\s*(?:为|是|共|共计)?\s*(?<n>\d+)\s*(?:辆|台)")]
    private static partial Regex VehicleCount { get; }
    [GeneratedRegex(@"(?:单价|单位价值|价值)\s*\d+\s*万元\s*(?:（含）)?以上[^，；。\d]{0,24}?(?<n>\d+)\s*台")]
    private static partial Regex Equipment { get; }

    /// <summary>"县科协无国有资产": a short sentence, but a statement.</summary>
    [GeneratedRegex(@"(?:无|没有)(?:任何)?国有资产")]
    private static partial Regex NoAssets { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        string text = sentence.Text;
        var assets = context.Report.Assets;
        var v = Vehicles.Match(text);
        if (!v.Success) v = VehicleCount.Match(text);
        if (v.Success && assets.Vehicles is null)
            assets.Vehicles = new CountFact(int.Parse(v.Groups["n"].Value, CultureInfo.InvariantCulture), sentence.EvidenceFor(v.Index, v.Length));
        int total = 0, count = 0;
        Evidence? first = null;
        foreach (Match m in Equipment.Matches(text))
        {
            total += int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            count++;
            first ??= sentence.EvidenceFor(m.Index, m.Length);
        }
        if (count > 0 && assets.LargeEquipment is null) assets.LargeEquipment = new CountFact(total, first);
        if (!sentence.IsHeading && assets.Statement is null && ((text.Contains("国有资产") && (text.Length > 12 || NoAssets.IsMatch(text))) || sentence.HeadingContext.Contains("国有资产")))
            assets.Statement = new TextFact(text, sentence.Evidence);
    }
}
