using System.Linq;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Classification tables as the corpus prints them, cut down to a few rows: side-by-side
/// economic tables, cells that spill over neighbouring lines, tables with income and
/// expenditure columns, the same codes in several tables.
/// </summary>
public sealed class TableExtractionTests
{
    private static DisclosureReport Read(string text) => DocumentReader.ReadText(text, "t.txt").Report;

    private static ClassificationLine Economic(DisclosureReport r, string code) =>
        r.EconomicClassification.Lines.Single(l => l.Code!.Value == code);

    private static ClassificationLine Functional(DisclosureReport r, string code) =>
        r.FunctionalClassification.Lines.Single(l => l.Code!.Value == code && l.Form == ClassificationForm.TableRow);

    [Fact]
    public void A_side_by_side_table_gives_both_halves_as_separate_rows()
    {
        // Corpus 02's 基本支出决算表: a left name wrapped above and below its code; right-half codes
        // whose name and figure are printed on the next line; a right-half code alone on its line.
        var r = Read("""
            标题

                            一般公共预算财政拨款基本支出决算表
                                                              单位：万元
            经济分类                              经济分类
                        科目名称       决算数                      科目名称      决算数
            科目编码                              科目编码
            301     工资福利支出          4816.14   302     商品和服务支出         440.90
            30101    基本工资            537.64   30201    办公费             84.62
                     机关事业单位基本养老保
            30108                    446.11   30206    电费              18.86
                    险缴费
            30109    职业年金缴费          225.12   30207
                                                 邮电费                    8.05
            30113    住房公积金         289.59     30212
                                                 因公出国（境）费用              0.00
                                              310
                                                资本性支出                  39.76
                  人员经费合计          4884.09       公用经费合计                480.66
            """);
        var expected = new (string Code, string Name, decimal Amount)[]
        {
            ("301", "工资福利支出", 4816.14m), ("30101", "基本工资", 537.64m), ("30108", "机关事业单位基本养老保险缴费", 446.11m),
            ("30109", "职业年金缴费", 225.12m), ("30113", "住房公积金", 289.59m),
            ("302", "商品和服务支出", 440.90m), ("30201", "办公费", 84.62m), ("30206", "电费", 18.86m),
            ("30207", "邮电费", 8.05m), ("30212", "因公出国（境）费用", 0m), ("310", "资本性支出", 39.76m),
        };
        Assert.Equal(expected.Select(e => e.Code).OrderBy(c => c), r.EconomicClassification.Lines.Select(l => l.Code!.Value).OrderBy(c => c));
        foreach (var (code, name, amount) in expected)
        {
            var line = Economic(r, code);
            Assert.Equal(name, line.Name!.Value);
            Assert.Equal(amount, line.Amount!.Value);
        }
        var postage = Economic(r, "30207");
        Assert.Equal(13, postage.Code!.Evidence!.Line);
        Assert.Equal("邮电费", postage.Name!.Evidence!.Text);
        Assert.Equal(14, postage.Name.Evidence.Line);
        Assert.Equal("8.05", postage.Amount!.Evidence!.Text);
        // 人员经费合计 + 公用经费合计 is the table's total.
        Assert.Equal(5364.75m, r.EconomicClassification.Total!.Value);
        // Placement: one table, and each row under the nearest shorter code of its own half.
        Assert.All(r.EconomicClassification.Lines, l => Assert.Equal(1, l.TableNumber!.Value));
        Assert.All(r.EconomicClassification.Lines, l => Assert.Equal("一般公共预算财政拨款基本支出决算表", l.TableTitle!.Value));
        Assert.Equal("301", Economic(r, "30113").PrintedParent!.Value);
        Assert.Equal("302", Economic(r, "30212").PrintedParent!.Value);
        Assert.Null(Economic(r, "302").PrintedParent);
        Assert.Null(Economic(r, "310").PrintedParent);
        Assert.Equal("302", Economic(r, "30201").ParentCode!.Value);
        Assert.Empty(r.FunctionalClassification.Lines);
    }

    [Fact]
    public void A_right_half_code_is_never_read_as_a_left_half_figure()
    {
        // The 2024 template prints the table without figures, and some right-half codes glued to their names.
        var r = Read("""
            标题

                           一般公共预算财政拨款基本支出决算表
                                                         单位：万元
            经济分类                         经济分类
                        科目名称       决算数                 科目名称      决算数
            科目编码                         科目编码
            301     工资福利支出               302     商品和服务支出
            30101    基本工资                30201    办公费
            30109    职业年金缴费              30207邮电费
            30110    职工基本医疗保险缴费          30208取暖费
                                         310资本性支出
            """);
        Assert.All(r.EconomicClassification.Lines, l => Assert.Null(l.Amount));
        Assert.Equal("基本工资", Economic(r, "30101").Name!.Value);
        Assert.Equal("办公费", Economic(r, "30201").Name!.Value);
        Assert.Equal("邮电费", Economic(r, "30207").Name!.Value);
        Assert.Equal("职工基本医疗保险缴费", Economic(r, "30110").Name!.Value);
        Assert.Equal("资本性支出", Economic(r, "310").Name!.Value);
        Assert.Equal(9, r.EconomicClassification.Lines.Count);
    }

    [Fact]
    public void Figures_above_and_names_below_the_code_line_join_their_row()
    {
        // Corpus 01 prints each cell over several lines: the figure above the code line, the name
        // below it, the right half's 款 under its 类, a letter-spaced name; empty lines between rows.
        var r = Read("""
            标题

                                一般公共预算财政拨款基本支出决算表
                                                                             单位：万元
                经济分类                                   经济分类
                               科目名称      决算数                         科目名称        决算数

                                        262.33                                   21.21
            301    01                              302
                        基本工资                              01   办公费

                                        1,238.58
                                                                                  7.61
            301    02                              302
                        津贴补贴                              02   印刷费

                                        187.19
            301    13                              302         因 公 出 国 （ 境 ） 费
                        住房公积金                             12
                                                               用

            303    04   抚恤金                        302    24   被装购置费
                                     2,152.26                                 184.65
                       人员经费合计                              公用经费合计
            """);
        Assert.Equal(262.33m, Economic(r, "30101").Amount!.Value);
        Assert.Equal("基本工资", Economic(r, "30101").Name!.Value);
        Assert.Equal(21.21m, Economic(r, "30201").Amount!.Value);
        Assert.Equal("办公费", Economic(r, "30201").Name!.Value);
        Assert.Equal(1238.58m, Economic(r, "30102").Amount!.Value);
        Assert.Equal(7.61m, Economic(r, "30202").Amount!.Value);
        Assert.Equal("印刷费", Economic(r, "30202").Name!.Value);
        Assert.Equal("住房公积金", Economic(r, "30113").Name!.Value);
        Assert.Equal(187.19m, Economic(r, "30113").Amount!.Value);
        var travel = Economic(r, "30212");
        Assert.Equal("因公出国（境）费用", travel.Name!.Value);
        Assert.Null(travel.Amount); // a blank cell: not stated
        Assert.Equal("抚恤金", Economic(r, "30304").Name!.Value);
        Assert.Equal("被装购置费", Economic(r, "30224").Name!.Value);
        Assert.Equal(2336.91m, r.EconomicClassification.Total!.Value);
    }

    [Fact]
    public void A_cell_table_with_income_and_expenditure_columns_keeps_the_expenditure()
    {
        // Seed 002's table: the income column comes first, the prose speaks of the 支出 column.
        var r = Read("""
            标题
            2060101行政运行支出1,949,713.29元。



            	代码
            	科目名称
            	财政拨款本年收入（元）
            	占总收入百分比
            	财政拨款本年支出（元）
            	占总支出百分比

            	2060101
            	行政运行
            	1,951,646.68
            	   29.50 
            	1,949,713.29
            	   30.79 

            	2210201
            	住房公积金
            	287,528.00
            	    4.35 
            	287,528.00
            	    4.54 

            	　
            	合计
            	6,616,402.69
            	100.00 
            	6,333,329.18
            	100.00 
            """);
        var admin = Functional(r, "2060101");
        Assert.Equal(1949713.29m, admin.Amount!.Value);
        Assert.Equal(AmountUnit.Yuan, admin.Amount.Unit);
        Assert.Equal(30.79m, admin.Share!.Percent);
        Assert.Equal(4.54m, Functional(r, "2210201").Share!.Percent);
        Assert.Equal(6333329.18m, r.FunctionalClassification.Total!.Value);
    }

    [Fact]
    public void The_expenditure_table_gives_a_code_printed_in_several_tables()
    {
        // Corpus 01: the 收入决算表 comes first and counts 6.20 of other income into 201; the prose
        // explains the 一般公共预算财政拨款支出决算表.
        var r = Read("""
            标题

                                               收入决算表
                                                                                          单位：万元
            201             一般公共服务支出         2,112.86     2,106.66                             6.20
            201   06   01   行政运行           1,511.90     1,511.89                               0.01
                              一般公共预算财政拨款支出决算表
                                                                       单位：万元
            201               一般公共服务支出           2,106.66   1,503.52    603.14
            201     06   01   行政运行               1,511.89   1,503.52      8.37
                               合计                2,106.66   1,503.52    603.14
            """);
        Assert.Equal(2106.66m, Functional(r, "201").Amount!.Value);
        Assert.Equal(1511.89m, Functional(r, "2010601").Amount!.Value);
        Assert.Equal(10, Functional(r, "2010601").Code!.Evidence!.Line);
        Assert.Equal(2106.66m, r.FunctionalClassification.Total!.Value);
        Assert.Equal(2, r.FunctionalClassification.Lines.Count);
    }

    [Fact]
    public void A_table_printed_at_the_margin_with_single_spaces_is_read()
    {
        // Corpus 05's text layer: titles and rows at the margin, one space between cells, 元.
        var r = Read("""
            标题
            2026年部门一般公共预算支出功能分类预算表
            编制部门：某局 单位：元
            项目 一般公共预算支出
            功能分类科目编码
            功能分类科目名称 合计 基本支出 项目支出
            类 款 项
            207 文化旅游体育与传媒支出 4,694,597 4,614,597 80,000
            207 01 文化和旅游 4,694,597 4,614,597 80,000
            207 01 01 行政运行 4,654,597 4,614,597 40,000
            207 01 05 文化展示及纪念机构 40,000 40,000
            合计 4,694,597 4,614,597 80,000
            注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。
            """);
        var admin = Functional(r, "2070101");
        Assert.Equal("行政运行", admin.Name!.Value);
        Assert.Equal(4654597m, admin.Amount!.Value);
        Assert.Equal(AmountUnit.Yuan, admin.Amount.Unit);
        Assert.Equal(40000m, Functional(r, "2070105").Amount!.Value);
        Assert.Equal(4694597m, r.FunctionalClassification.Total!.Value);
        Assert.NotNull(r.GovernmentFund.NoneStatement); // the note stays prose
    }

    [Fact]
    public void A_project_budget_reserve_is_not_the_reserve_class()
    {
        var r = Read("标题\n本项目总投资为13526.06万元，其中建筑安装工程费为11668.67万元，预备费644.10万元。\n");
        Assert.Empty(r.FunctionalClassification.Lines);
    }

    /// <summary>
    /// 深圳市水务局's 一般公共预算支出表: each unit's rows under its name in the 预算单位 column, the second unit's name as
    /// <paramref name="secondUnit"/> prints it. Only the first unit's block is read: read on into the next unit, its rows
    /// would be summed under the first's.
    /// </summary>
    private static string UnitsTable(string secondUnit) => """
        标题

                                        一般公共预算支出表（按功能分类）
        部门名称：深圳市水务局                                                                   单位：万元
           预算单位            科目编码         科目名称              支出总计          基本支出          项目支出
        深圳市水务局（本级）                                          1,294.21          1,240.61             53.60
                          205              教育支出                     53.60              0.00             53.60
                          2050803          培训支出                     53.60              0.00             53.60
                          208              社会保障和就业支出        1,240.61          1,240.61              0.00
                          2080505          机关事业单位基本养老      1,240.61          1,240.61              0.00
        """ + "\n" + secondUnit + "\n" + """
                          208              社会保障和就业支出          181.21            181.21              0.00
                          2080505          机关事业单位基本养老        181.21            181.21              0.00
        """;

    [Theory]
    // A narrow column wraps the name: its first piece beside its figures, the rest below.
    [InlineData("深圳市水务工程                                                  181.21            181.21              0.00\n质量安全监督站")]
    // Centred on a row of figures alone: a piece above it, a piece below.
    [InlineData("深圳市水务工程\n                                                                181.21            181.21              0.00\n质量安全监督站")]
    // Centred over three lines: the middle piece beside the figures reads as a unit's name with the piece below alone
    // ("工程质量安全监督站"); the piece above is the name's start all the same.
    [InlineData("深圳市水务\n工程质量安全                                                    181.21            181.21              0.00\n监督站")]
    public void A_units_wrapped_name_still_starts_the_units_block(string secondUnit)
    {
        var r = Read(UnitsTable(secondUnit));
        Assert.Equal(1240.61m, Functional(r, "208").Amount!.Value);
        Assert.Equal(1240.61m, Functional(r, "2080505").Amount!.Value);
        // The next unit's name is not read as the end of the last row's name.
        Assert.Equal("机关事业单位基本养老", Functional(r, "2080505").Name!.Value);
    }

    [Fact]
    public void A_unit_listed_under_a_wrapped_name_is_a_listed_subordinate()
    {
        // The 预算单位 column wraps "深圳市水务工程质量安全监督站" over two rows; the prose names the unit whole.
        var r = Read("""
            深圳市水务局2026年部门预算

                深圳市水务工程质量安全监督站2026年收入预算181.21万元。

                                                    一般公共预算支出表（按功能分类）
            部门名称：深圳市水务局                                                                   单位：万元
               预算单位            科目编码         科目名称              支出总计          基本支出          项目支出
            深圳市水务局（本级）                                          1,294.21          1,240.61             53.60
                              205              教育支出                     53.60              0.00             53.60
            深圳市水务工程                                                  181.21            181.21              0.00
            质量安全监督站
                              208              社会保障和就业支出          181.21            181.21              0.00
            """);
        Assert.True(r.UnitMentions.Single(m => m.Name!.Value == "深圳市水务工程质量安全监督站").IsListedSubordinate);
    }

    // A department's document that gives each unit a part of its own heads it with the unit's name alone; a web page may
    // print the tables that list the units as attachments, so the heading is all there is.
    [Theory]
    [InlineData("四、深圳市生态环境监测站", "深圳市生态环境监测站", true)]
    [InlineData("（二）         福州市医疗保障基金中心", "福州市医疗保障基金中心", true)]
    [InlineData("2.深圳市环境科学研究院", "深圳市环境科学研究院", true)]
    // A heading that says more than the name is a part about something, not the unit's part.
    [InlineData("四、深圳市生态环境监测站预算情况说明", "深圳市生态环境监测站", false)]
    // Named in prose only: a subject like any other.
    [InlineData("", "深圳市生态环境监测站", false)]
    public void A_unit_heading_its_own_part_is_a_listed_subordinate(string heading, string unit, bool listed)
    {
        var r = Read($"""
            深圳市生态环境局2026年部门预算

               一、深圳市生态环境局（本级）

               深圳市生态环境局（本级）预算 1,294.21 万元。

               {heading}

               {unit}预算 14,765.81 万元，包括在职人员经费 8,327.50 万元。
            """);
        Assert.All(r.UnitMentions.Where(m => m.Name!.Value == unit), m => Assert.Equal(listed, m.IsListedSubordinate));
        Assert.Contains(r.UnitMentions, m => m.Name!.Value == unit);
    }

    [Theory]
    // One heading naming a unit alone, which another unit's copied text may hold: no department's parts, so nothing is listed.
    [InlineData("二、巫溪县科学技术局")]
    // The department's own office (本级) is the unit itself, not one of its units.
    [InlineData("一、巫溪县科学技术协会（本级）\n二、巫溪县科学技术局（本级）")]
    public void A_single_unit_heading_or_an_own_office_heading_lists_no_unit(string headings)
    {
        var r = Read($"""
            巫溪县科学技术协会2023年部门预算

               {headings}

               巫溪县科学技术局预算 154.79 万元。
            """);
        Assert.All(r.UnitMentions.Where(m => m.Name!.Value == "巫溪县科学技术局"), m => Assert.False(m.IsListedSubordinate));
        Assert.Contains(r.UnitMentions, m => m.Name!.Value == "巫溪县科学技术局");
    }

    [Fact]
    public void In_a_table_that_centres_its_names_a_piece_over_a_code_line_is_that_rows()
    {
        // 苏州市水务局's 支出总表 printed with a narrower name column: the table centres wrapped names (208, 20805, 2080506
        // print no name of their own), so "国有土地使用权" over 21208's line is the first piece of 21208's name, not the
        // end of 212's.
        var r = Read("""
            标题

                                                           支出总表
            单位：苏州市水务局                                                                                 单位：万元
                                                                                     事业单位            对附属单位补
              科目编码                    科目名称   合计            基本支出         项目支出                上缴上级支出
                                                                                     经营支出             助支出

                                 合计          92,596.24       2,147.85    90,448.39
                            社会保障和就业
            208                                   205.39       205.39
                            支出
                            行政事业单位养
              20805                               205.39       205.39
                            老支出
                            机关事业单位基
                  2080505                         138.80       138.80
                            本养老保险缴费
                            支出
                            机关事业单位职
                  2080506                          66.59        66.59
                            业年金缴费支出
            212             城乡社区支出           44,003.26                   44,003.26
                            国有土地使用权
              21208                          31,003.26                   31,003.26
                            出让收入安排的
                            支出
                  2120803   城市建设支出           31,003.26                   31,003.26
                            污水处理费安排
            """);
        Assert.Equal("城乡社区支出", Functional(r, "212").Name!.Value);
        Assert.Equal("国有土地使用权出让收入安排的支出", Functional(r, "21208").Name!.Value);
    }
}
