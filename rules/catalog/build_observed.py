#!/usr/bin/env python3
"""Builds functional-observed.csv and economic-observed.csv from codes printed in real documents.

Sources (each row's `source` column says which ones printed that code and name):
  - ../../seeds/*.txt: prose with codes, e.g. 科学技术支出（206）科学技术管理事务（01）行政运行（01）,
    one-cell-per-line table rows (a code cell then its name cell), and "2060702科普活动" prose;
  - ../../../shared/corpus/text/*.txt: pdftotext layout rows (201  06  01  行政运行) and full codes;
  - ../../../shared/corpus/budgets-2026/text and jiangsu-2017-2019/text: table rows with a full code;
  - ../../../shared/catalog/codes_observed_in_real_documents.csv.
When sources disagree on a name, the name printed most often wins, table rows weigh 3, prose with codes 1, shorthand like "2060799其他科普支出" 0.5
(seed 002 prints 2210201 as 儿童福利 once in prose; its table and every other source say 住房公积金).
Run from anywhere: python3 rules/catalog/build_observed.py
"""
import collections, csv, glob, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
NAME = r"[\u4e00-\u9fff“”、（）]"
votes = collections.defaultdict(collections.Counter)   # (system, code) -> name -> weight
where = collections.defaultdict(lambda: collections.defaultdict(list))
years = collections.defaultdict(lambda: collections.defaultdict(set))   # (system, code) -> name -> fiscal years printing it
YEAR = {}   # source tag -> the fiscal year of the document it names

def vote(system, code, name, source, weight=1):
    name = name.strip().replace(" ", "").strip("、“”")
    if not name or not re.fullmatch(r"\d{3}(\d{2}){0,2}", code):
        return
    votes[(system, code)][name] += weight
    where[(system, code)][name].append(source)
    year = YEAR.get(source.split(" line ")[0]) or next((int(y) for y in re.findall(r"(20\d{2})年", source)), None)
    if year:
        years[(system, code)][name].add(year)

def document_year(text):
    """The fiscal year a document is about: the first 20xx年 of its title lines."""
    m = re.search(r"(20\d{2})\s*年", "\n".join(text.split("\n")[:40]))
    return int(m.group(1)) if m else None

def system_of(code):
    return "economic" if code.startswith("3") else "functional"

prose = re.compile(r"(?P<n1>[\u4e00-\u9fff“”]+?)\s*[（(](?P<c1>\d{3})类?[）)]\s*(?P<n2>[\u4e00-\u9fff“”、]+?)\s*[（(](?P<c2>\d{2})款?[）)](?:\s*(?P<n3>[\u4e00-\u9fff“”、]+?)\s*[（(](?P<c3>\d{2})项?[）)])?")
inline = re.compile(r"“?(?P<code>2\d{6})(?P<name>[\u4e00-\u9fff]+?)(?=[\d“”，、])")
layout = re.compile(r"^\s*(?:(?P<full>(?:2\d{2}|30\d)\d{2}(?:\d{2})?)|(?P<a>2\d{2}|30\d)(?:\s+(?P<b>\d{2}))?(?:\s+(?P<c>\d{2}))?)\s+(?P<name>" + NAME + r"+)")

for path in sorted(glob.glob(os.path.join(REPO, "seeds", "*.txt"))):
    tag = "seed:" + os.path.basename(path)[:3]
    text = open(path, encoding="utf-8").read()
    YEAR[tag] = document_year(text)
    lines = text.split("\n")
    for i, line in enumerate(lines, 1):
        for m in prose.finditer(line):
            c1, c2, c3 = m["c1"], m["c2"], m["c3"] or ""
            vote("functional", c1, m["n1"].lstrip("0123456789.、 "), f"{tag} line {i} prose")
            vote("functional", c1 + c2, m["n2"], f"{tag} line {i} prose")
            if c3:
                vote("functional", c1 + c2 + c3, m["n3"], f"{tag} line {i} prose")
        for m in inline.finditer(line):
            vote("functional", m["code"], m["name"], f"{tag} line {i} prose", 0.5)
        cell = line.strip()
        if line.startswith("\t") and re.fullmatch(r"(2\d{2}|30\d)(\d{2}){0,2}", cell) and i < len(lines):
            name = lines[i].strip()
            if name and not re.fullmatch(r"[\d,.\s]+", name):
                vote(system_of(cell), cell, name, f"{tag} line {i} table", 3)

corpus = os.path.join(SHARED, "corpus", "text")
for path in sorted(glob.glob(os.path.join(corpus, "0*.txt"))):
    tag = "corpus:" + os.path.basename(path)[:2]
    YEAR[tag] = next((int(y) for y in re.findall(r"_(20\d{2})_", os.path.basename(path))), None)
    for i, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        m = layout.match(line)
        if m:
            code = m["full"] or (m["a"] + (m["b"] or "") + (m["c"] or ""))
            vote(system_of(code), code, m["name"], f"{tag} line {i} table", 3)

# The 2026 budgets of seven cities and the Jiangsu budgets of 2017-2019: table rows with a full code and a name
# ("2040601   行政运行   8,752.37"), weighed like the Shanghai rows. Each tag names the file; its year is the file's.
for folder, prefix in ((os.path.join(SHARED, "corpus", "budgets-2026", "text"), "b2026"), (os.path.join(SHARED, "corpus", "jiangsu-2017-2019", "text"), "js")):
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        base = os.path.basename(path)[:-4]
        tag = f"{prefix}:{base}"
        YEAR[tag] = next((int(y) for y in re.findall(r"(20\d{2})", base)), None)
        for i, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
            m = layout.match(line)
            if m and m["full"]:
                name = m["name"]
                # A name cut by a narrow cell ends in a fragment; keep names of at least two characters.
                if len(name) >= 2:
                    vote(system_of(m["full"]), m["full"], name, f"{tag} line {i} table", 2)

observed = os.path.join(SHARED, "catalog", "codes_observed_in_real_documents.csv")
if os.path.exists(observed):
    for row in csv.DictReader(open(observed, encoding="utf-8")):
        system = "economic" if row["classification"] == "economic" else "functional"
        vote(system, row["code"], row["name_as_printed"], "shared/catalog: " + row["observed_in"], 2)

LEVEL = {3: "类", 5: "款", 7: "项"}
# Renames in the 2019 政府收支分类科目 (class 210 per the domain glossary; 207 and 220 renamed in the same reform).
RENAMES = {
    "210": [("医疗卫生与计划生育支出", None, 2018), ("卫生健康支出", 2019, None)],
    "207": [("文化体育与传媒支出", None, 2018), ("文化旅游体育与传媒支出", 2019, None)],
    "220": [("国土海洋气象等支出", None, 2018), ("自然资源海洋气象等支出", 2019, None)],
}

for system in ("functional", "economic"):
    rows = []
    for (sys_, code), names in sorted(votes.items(), key=lambda kv: (len(kv[0][1]) and kv[0][1])):
        if sys_ != system:
            continue
        if code in RENAMES and system == "functional":
            for name, start, end in RENAMES[code]:
                seen = "; ".join(sorted(set(where[(sys_, code)].get(name, []))))[:300]
                src = "2019 subject rename" + (("; printed: " + seen) if seen else "")
                rows.append([system, code, name, LEVEL[len(code)], start or "", end or "", src])
            continue
        # A name cut off by a narrow table cell ("其他政府办公厅（室）及相关机") is the longer name it starts; its votes go there.
        names = collections.Counter(names)
        for n in sorted(names, key=len):
            longer = [m for m in names if m != n and len(n) >= 4 and m.startswith(n) and m[len(n):] not in ("支出", "费", "经费")]
            if longer:
                names[max(longer, key=lambda m: names[m])] += names.pop(n)
        name, _ = max(names.items(), key=lambda kv: (kv[1], -len(kv[0])))
        # A name printed only in years the winner was never printed in, and not a cut-off
        # of it, is the name of another period (20805 行政事业单位离退休 in 2019, 行政事业单位养老支出
        # in 2024): each gets the years it was seen in as bounds; the years between stay unknown.
        span = years[(sys_, code)]
        periods = [n for n in names if n != name and len(n) >= 3 and span[n] and span[name]
                   and not name.startswith(n) and max(span[n]) < min(span[name])]
        if periods:
            older = max(periods, key=lambda n: names[n])
            seen = "; ".join(sorted(set(where[(sys_, code)][older])))[:200]
            rows.append([system, code, older, LEVEL.get(len(code), ""), "", max(span[older]),
                         f"renamed after {max(span[older])} (printed so in {sorted(span[older])}, as {name} from {min(span[name])}): {seen}"])
            src = "; ".join(sorted(set(where[(sys_, code)][name])))[:300]
            rows.append([system, code, name, LEVEL.get(len(code), ""), min(span[name]), "", src])
            continue
        others = [n for n in names if n != name]
        src = ("outvoted: " + ", ".join(others) + "; ") if others else ""
        src += "; ".join(sorted(set(where[(sys_, code)][name])))
        src = src[:300]
        rows.append([system, code, name, LEVEL.get(len(code), ""), "", "", src])
    with open(os.path.join(HERE, f"{system}-observed.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["system", "code", "name", "level", "valid_from", "valid_to", "source"])
        w.writerows(rows)
    print(system, len(rows), "rows")
