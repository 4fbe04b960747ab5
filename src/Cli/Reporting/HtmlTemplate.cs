namespace ComplianceGen.Cli.Reporting;

/// <summary>The fixed parts of the HTML report: inline CSS and the filter script. No external assets.</summary>
internal static class HtmlTemplate
{
    public const string Style = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#1d2430;background:#f5f6f8}
header{background:#1f3a5f;color:#fff;padding:16px 24px}
header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.85;font-size:13px}
main{padding:16px 24px;max-width:1200px}
section.panel{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:12px 16px;margin-bottom:16px}
h2{font-size:17px;margin:4px 0 10px}
.totals{display:flex;gap:12px;flex-wrap:wrap}
.total{border:1px solid #dde1e7;border-radius:6px;padding:8px 14px;min-width:110px}
.total b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff3;vertical-align:top}
.chart .row{display:flex;align-items:center;gap:8px;margin:4px 0;font-size:13px}
.chart .label{width:320px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chart .track{flex:1;background:#eceff3;border-radius:3px;height:16px}
.chart .bar{background:#c0392b;height:16px;border-radius:3px}
.chart .bar.warning{background:#d68910}
.chart .bar.info{background:#2e86c1}
.chart .count{width:90px;text-align:right}
.filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;font-size:14px}
.doc h2{font-family:monospace;font-size:15px}
.meta{font-size:13px;color:#566;margin-bottom:8px}
.finding{border-left:4px solid #c0392b;padding:6px 10px;margin:8px 0;background:#fcfcfd}
.finding.warning{border-left-color:#d68910}
.finding.info{border-left-color:#2e86c1}
.sev{font-weight:bold;text-transform:uppercase;font-size:11px;padding:1px 6px;border-radius:3px;color:#fff;background:#c0392b}
.sev.warning{background:#d68910}
.sev.info{background:#2e86c1}
.rule{font-family:monospace;font-weight:bold;margin:0 6px}
.citation{font-size:12px;color:#566}
.detail{font-size:12px;color:#334}
pre.excerpt{white-space:pre-wrap;word-break:break-all;background:#f3f4f6;border-radius:4px;padding:6px 8px;margin:6px 0;font-size:13px}
pre.excerpt .ln{color:#8a94a6;margin-right:8px}
mark{background:#ffd54f;color:#000;padding:0 1px}
.error-doc{color:#c0392b}
.ok{color:#1e8449}
.hidden{display:none}
""";

    public const string Script = """
(function(){
  var boxes=document.querySelectorAll('input[data-filter-severity]');
  var select=document.getElementById('rule-filter');
  function apply(){
    var sev={};boxes.forEach(function(b){sev[b.getAttribute('data-filter-severity')]=b.checked;});
    var rule=select.value;
    document.querySelectorAll('.finding').forEach(function(f){
      var show=sev[f.getAttribute('data-severity')]&&(rule===''||f.getAttribute('data-rule')===rule);
      f.classList.toggle('hidden',!show);
    });
    document.querySelectorAll('section.doc').forEach(function(d){
      var any=d.querySelectorAll('.finding:not(.hidden)').length>0;
      var filtered=rule!==''||Array.prototype.some.call(boxes,function(b){return !b.checked;});
      d.classList.toggle('hidden',filtered&&!any);
    });
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  select.addEventListener('change',apply);
})();
""";
}
