"""l02.docx: an analyst's Word file holding HMICFRS's Warwickshire PEEL 2017 page, copied
with select-all and pasted with "Keep Text Only" (one Normal paragraph per line, no images,
no links), under a short note the analyst typed. Run with the venv's python."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
p = doc.add_paragraph()
r = p.add_run("Warwickshire PEEL 2017 – copied from HMICFRS website 22/03/2018 (JM)")
r.bold = True
doc.add_paragraph("For the alliance transition file. Tabs pasted one at a time; badge images did not come across.")
doc.add_paragraph("")
with open(os.path.join(HERE, "l02_paste.txt"), encoding="utf-8") as fh:
    for line in fh.read().split("\n"):
        if line.strip() == "":
            continue
        doc.add_paragraph(line)
doc.core_properties.author = "JMorrow"
doc.core_properties.title = ""
doc.save(os.path.join(HERE, "..", "docs", "l02.docx"))
print("wrote l02.docx")
