"""Site chrome shared by the HTML pages of corpus81 (header, menus, footers).

Every page is written out as one complete file; this module only saves typing.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FORCES_CSV = "/work/shared/corpus/forces.csv"


def official_names(with_btp=False):
    with open(FORCES_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["name"] for r in rows]
    if not with_btp:
        names = [n for n in names if n != "British Transport Police"]
    return names


def short_name(name):
    """How the site's force menu shortens a force's name."""
    if name == "Metropolitan Police Service":
        return name
    for suffix in (" Constabulary", " Police"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


GRADE_KEY = """<div class="grading-key">
  <h2>Our grades</h2>
  <ul>
    <li><span class="badge b-o">Outstanding</span> The force has substantially exceeded the characteristics of good performance.</li>
    <li><span class="badge b-g">Good</span> The force has demonstrated substantially all the characteristics of good performance.</li>
    <li><span class="badge b-a">Adequate</span> The force has demonstrated some of the characteristics of good performance, but there are areas it should improve.</li>
    <li><span class="badge b-r">Requires improvement</span> The force has shown few, if any, of the characteristics of good performance.</li>
    <li><span class="badge b-i">Inadequate</span> We have causes of concern and have made recommendations to the force.</li>
  </ul>
</div>"""

MODERN_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;font-size:15px}
.topbar{background:#1d2b4f;color:#fff;padding:8px 24px;font-size:13px}
.topbar a{color:#fff;margin-right:14px}
.masthead{background:#243a73;color:#fff;padding:14px 24px}
.masthead .site{font-size:20px;font-weight:bold}
nav.primary ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
nav.primary li{margin-right:18px}
nav.primary a{color:#fff}
.megamenu{background:#eef1f7;padding:10px 24px;font-size:12px;columns:4}
.megamenu h2{font-size:13px;column-span:all;margin:0 0 4px}
.megamenu ul{margin:0;padding:0;list-style:none}
.crumbs{padding:8px 24px;font-size:13px}
.wrap{padding:0 24px 24px}
.badge{display:inline-block;padding:2px 8px;border-radius:3px;font-weight:bold;font-size:13px}
.b-o{background:#0b6e4f;color:#fff}.b-g{background:#5aa469;color:#fff}.b-a{background:#f3c746}
.b-r{background:#f08a24}.b-i{background:#c0392b;color:#fff}.b-n{background:#ccc}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}
.accordion summary{font-weight:bold;cursor:pointer;padding:6px 0}
.tabs{display:flex;gap:4px;margin:12px 0 0}.tabs span{border:1px solid #999;padding:4px 10px}
.tabs span.on{background:#243a73;color:#fff}
footer{background:#1d2b4f;color:#fff;padding:16px 24px;font-size:13px}
footer a{color:#fff}
.grading-key{background:#f4f4f4;padding:8px 24px;font-size:13px}
.grading-key ul{list-style:none;padding:0}
.sidebar{float:right;width:280px;margin-left:20px;background:#f4f6fa;padding:8px 12px;font-size:13px}
"""
