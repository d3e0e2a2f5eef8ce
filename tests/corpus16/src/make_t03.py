"""t03.html (for t03.pdf): a Hansard-style two-column daily part, built from src/t03.txt."""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "t03.txt"), encoding="utf-8").read().split("\n")
title, vol = lines[0], lines[1]
body = []
speaker_re = re.compile(r"^([A-Z][^()]+?) \(([^)]+)\)(?: \(([^)]+)\))?$")
SPEAKERS = {"Lowri Haverfield", "Ruth Danvers-Bell", "Aled Rhosier", "Gethin Morrow"}
quote_next = False
for ln in lines[2:]:
    s = ln.strip()
    if not s:
        continue
    e = html.escape(s, quote=False)
    # keep hyphenated words whole on the printed line (as Hansard's typesetting does)
    e = re.sub(r"(\S+-\S+)", r'<span style="white-space:nowrap">\1</span>', e)
    if s == "Westminster Hall":
        body.append('<h2 class="house">%s</h2>' % e)
    elif s.startswith("[") and s.endswith("]"):
        body.append('<p class="chair">%s</p>' % e)
    elif re.fullmatch(r"\d{1,2}\.\d\d am", s):
        body.append('<p class="time">%s</p>' % e)
    elif speaker_re.match(s) or s in SPEAKERS:
        body.append('<p class="spk">%s</p>' % e)
    elif s.startswith("Gwent Police is not answering") or s.startswith("the force should put in place"):
        body.append('<p class="quote">%s</p>' % e)
    elif s in ("Question put and agreed to.", "Resolved,", "Sitting suspended."):
        body.append('<p class="proc">%s</p>' % e)
    else:
        body.append("<p>%s</p>" % e)

page = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>%(title)s - Hansard</title>
<style>
@page { size: A4; margin: 18mm 15mm 18mm 15mm;
  @top-left { content: "8 July 2025"; font: 8pt Times, serif; }
  @top-center { content: "Policing in South Wales and Gwent"; font: italic 8pt Times, serif; }
  @top-right { content: counter(page) "WH"; font: bold 8pt Times, serif; }
}
body { font: 9.6pt "Times New Roman", Times, serif; line-height: 1.3; hyphens: manual; }
.head { text-align: center; border-bottom: 1pt solid #000; margin-bottom: 8px; }
.head h1 { font-size: 15pt; margin: 4px 0; }
.head .vol { font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #000; text-align: justify; }
h2.house { font-size: 10pt; text-align: center; text-transform: uppercase; margin: 4px 0; }
p { margin: 0 0 5px 0; text-indent: 3mm; }
p.spk { font-weight: bold; text-indent: 0; margin-top: 7px; }
p.time, p.chair, p.proc { text-align: center; text-indent: 0; font-style: italic; }
p.quote { margin: 4px 4mm; text-indent: 0; font-size: 9pt; }
.foot { font-size: 7.5pt; margin-top: 10px; border-top: 0.5pt solid #000; }
</style></head><body>
<div class="head"><div class="vol">%(vol)s</div><h1>%(title)s</h1></div>
<div class="cols">
%(body)s
</div>
<p class="foot">Parliamentary copyright. This extract is reproduced from the daily part; the bound volume may differ in minor corrections.</p>
</body></html>
""" % {"title": html.escape(title), "vol": html.escape(vol), "body": "\n".join(body)}
open(os.path.join(HERE, "t03.html"), "w", encoding="utf-8").write(page)
print("wrote t03.html")
