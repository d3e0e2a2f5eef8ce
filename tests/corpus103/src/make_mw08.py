"""Build docs/mw08.docx: media-monitoring transcript of a local radio interview (Cumbria, PEEL Legitimacy 2016)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mw08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Transcript supplied under licence for internal use only. Not for onward circulation."

doc.add_paragraph().add_run("BROADCAST TRANSCRIPT").bold = True
meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in [
    ("Client", "Office of the Police and Crime Commissioner for Cumbria"),
    ("Station", "BBC Radio Cumbria"),
    ("Programme", "Breakfast with Ian Thwaite"),
    ("Date", "Thursday 8 December 2016"),
    ("Time", "07:38 (approx. 6 minutes)"),
    ("Subject", "HMIC report on police legitimacy"),
]:
    r = meta.add_row().cells
    set_cell(r[0], k, bold=True)
    set_cell(r[1], v)

doc.add_paragraph()
LINES = [
    "IAN THWAITE: It's twenty-two minutes to eight. The police inspectorate, HMIC, has published its report this morning on how legitimate Cumbria Constabulary is - in other words, does it treat people fairly, does it behave ethically. Overall the force has been rated good. With me in the studio is the Chief Constable, Gareth Lowther. Morning.",
    "GARETH LOWTHER: Good morning, Ian.",
    "IAN THWAITE: Good overall. But not good everywhere, is it?",
    "GARETH LOWTHER: No, and I'm happy to talk about that. On how we treat the public, the inspectors said good. On how we treat our own workforce, good again. Where they said we require improvement is on making sure our workforce behaves ethically and lawfully, and the main reason for that is vetting.",
    "IAN THWAITE: Let me read what they say, because I've got the report here. It says: The constabulary should make sure that all of its officers and staff have been vetted to the level their current role requires. That's quite basic, isn't it?",
    "GARETH LOWTHER: It is, and I - look, I'm not going to defend it. We had a backlog. We've taken on two more vetting officers since the inspection and we expect the backlog to be cleared by the end of March.",
    "IAN THWAITE: Now last month the same inspectors said you were good at efficiency too, didn't they?",
    "GARETH LOWTHER: They did, yes. We were rated good for efficiency in November, so that's two goods this autumn, and effectiveness comes out in the new year.",
    "IAN THWAITE: Nationally, how does Cumbria compare? Because I read that a handful of forces were rated requires improvement.",
    "GARETH LOWTHER: I'd rather not compare, Ian. I'll say Lancashire Constabulary and ourselves work very closely together, and we learn from each other.",
    "IAN THWAITE: The commissioner, Dennis Armitage, put out a statement this morning saying he'd hold you to account on the vetting. Will he?",
    "GARETH LOWTHER: [laughs] I'm sure he will. He's already asked for monthly figures.",
    "IAN THWAITE: Chief Constable, thanks for coming in.",
    "GARETH LOWTHER: Thank you.",
    "[ENDS]",
]
for line in LINES:
    doc.add_paragraph(line)

doc.save(OUT)
print("wrote", OUT)
