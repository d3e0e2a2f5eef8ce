"""t10.docx: a local radio news transcript as delivered in Word, built from src/t10.src.txt."""
import os
import re
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "t10.docx")
lines = [l.rstrip() for l in open(os.path.join(HERE, "t10.src.txt"), encoding="utf-8")]

doc = Document()
doc.styles["Normal"].font.name = "Courier New"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "SOLENT SOUND NEWSROOM \u2013 ARCHIVE TRANSCRIPT \u2013 NOT FOR REBROADCAST"
sec.footer.paragraphs[0].text = "Transcribed by newsroom assistant. Check against audio before quoting."

h = doc.add_paragraph()
r = h.add_run(lines[0])
r.bold = True
r.font.size = Pt(14)
for ln in lines[1:4]:
    p = doc.add_paragraph(ln)
    p.runs[0].italic = True
turn = re.compile(r"^(\[\d\d:\d\d\]) ((?:[A-Z][A-Z ,\u2013()'-]+?)(?::| \u2013 )|[A-Z ]+:)?\s*(.*)$")
for ln in lines[4:]:
    if not ln.strip():
        continue
    m = re.match(r"^(\[\d\d:\d\d\])\s+(.*)$", ln)
    p = doc.add_paragraph()
    if not m:
        p.add_run(ln)
        continue
    ts, rest = m.groups()
    t = p.add_run(ts + " ")
    t.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sm = re.match(r"^((?:CLIP \u2013 [^:]+)|(?:[A-Z][A-Z ()]+)):\s*(.*)$", rest)
    if sm:
        p.add_run(sm.group(1) + ":").bold = True
        p.add_run(" " + sm.group(2))
    else:
        p.add_run(rest).bold = rest.isupper()
doc.core_properties.author = "newsroom"
doc.save(OUT)
print("wrote", OUT)
