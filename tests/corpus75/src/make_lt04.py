"""Write docs/lt04.docx: a local reporter's story as filed to the newsdesk (python-docx)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lt04.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Courier New"
st.font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "EMBARGOED UNTIL 00:01 THURSDAY 15 OCTOBER 2015 - DAILY POST NEWSDESK"

for line in [
    "SLUG: POLICE WATCHDOG NWP",
    "BY: Carys Pritchard, Chief Reporter",
    "FILED: 14/10/2015 16:40",
    "WORDS: 540",
    "PIX: library shot of Colwyn Bay HQ (Heddlu Gogledd Cymru sign) - picture desk has it",
    "",
]:
    doc.add_paragraph(line)

body = [
    "NORTH Wales Police has been rated good at making the most of its money by the national police watchdog, a year after it was told it needed to improve.",
    "Her Majesty's Inspectorate of Constabulary (HMIC) published its 2015 efficiency report on every force in England and Wales today (Thursday).",
    "Inspectors judged the force good overall for the efficiency with which it keeps people safe and reduces crime.",
    "It was rated good at understanding the demand for its services and good at using its resources to meet that demand, and outstanding in its planning for the future.",
    "In HMIC's first look at efficiency last year, the force was judged to require improvement.",
    "HM Inspector of Constabulary Margaret Ellery said the force had \"turned a corner\" on its finances and now had a clear picture of what the public asked of it.",
    "\"North Wales Police has a realistic plan for the savings it still has to make, and it has thought hard about what the force should look like in five years' time,\" she said.",
    "The report sets out one area for improvement:",
]
for t in body:
    doc.add_paragraph(t)
q = doc.add_paragraph("North Wales Police should ensure that its workforce plan takes full account of the demand it expects in its rural areas, including at night.")
q.paragraph_format.left_indent = Pt(28)
for t in [
    "Chief Constable Gethin Rowlands said work on a new rural workforce plan had already started, with more response officers based in Dolgellau and Bala from next spring.",
    "\"This report is a tribute to our officers and staff, who have kept the service going while our budget has shrunk,\" he said.",
    "Police and Crime Commissioner Alun Ffoulkes said the public could \"take real confidence\" from the findings, but added that further cuts from Westminster would test the force.",
    "The force shares a control room with North Wales Fire and Rescue Service at St Asaph, which inspectors singled out as an example of good practice.",
    "Neighbouring Dyfed-Powys Police will receive its efficiency grade in the same publication.",
    "ENDS",
    "Desk: full report at justiceinspectorates.gov.uk/hmic. Chief's office says he is available for radio from 7am. Could run with the Dyfed-Powys line if it comes in - CP",
]:
    doc.add_paragraph(t)
doc.core_properties.author = "Carys Pritchard"
doc.core_properties.title = "POLICE WATCHDOG NWP"
doc.save(OUT)
print("wrote", OUT)
