using System;
using System.IO;
using System.Threading.Tasks;
using ComplianceGen.Cli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// Opens the HTML report in Debian's headless Chromium through Playwright (it can never download
/// a browser here) and saves a screenshot. test.sh installs chromium; without it this test fails.
/// </summary>
public class HtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Html_report_renders_in_headless_chromium_and_the_filters_work()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run ./test.sh, which installs Debian's chromium");
        using var temp = new TempDir();
        foreach (var seed in Repo.SeedFiles()) File.Copy(seed, Path.Combine(temp.Path, Path.GetFileName(seed)));
        temp.File("zz_shares.txt", "某区科学技术协会2024年部门预算编制说明\n（一）收入预算情况。\n区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入60.7万元，占90%；事业收入2万元，占3%。\n");
        string report = Path.Combine(temp.Path, "report.html");
        var run = Tool.Run("check", temp.Path, "--format", "html", "--output", report);
        Assert.True(run.Exit == 1, run.ToString());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1600 } });
        var errors = new System.Collections.Generic.List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(report).AbsoluteUri);
        Assert.Equal("ComplianceGen report", await page.TitleAsync());
        int visible = await page.Locator(".finding:visible").CountAsync();
        Assert.True(visible > 0);

        // Filtering to one rule hides findings of every other rule.
        await page.SelectOptionAsync("#rule-filter", "SH-001");
        int afterFilter = await page.Locator(".finding:visible").CountAsync();
        Assert.Equal(await page.Locator(".finding[data-rule='SH-001']").CountAsync(), afterFilter);
        Assert.True(afterFilter < visible);
        await page.SelectOptionAsync("#rule-filter", "");

        string screenshot = Path.Combine(AppContext.BaseDirectory, "html-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(errors);
    }
}
