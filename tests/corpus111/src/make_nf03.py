"""nf03.docx: a force comms team's draft social media plan for a PEEL 2021/22 publication
(Derbyshire Constabulary). python-docx; run from src/."""
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL – SENSITIVE until publication | Corporate Communications"

doc.add_heading("PEEL 2021/22 publication – social media and digital plan", level=1)
doc.add_paragraph("DRAFT v0.4 – for Chief Officer Group sign-off. Please track changes; do not circulate outside the force.")

meta = doc.add_table(rows=5, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([
    ("Report", "HMICFRS PEEL 2021/22 – Derbyshire Constabulary"),
    ("Embargo", "00:01 Thursday 12 May 2022 (do not schedule anything before 00:05)"),
    ("Comms lead", "Digital Engagement Officer (Kirsty) / out of hours: duty press officer"),
    ("Spokespeople", "Chief Constable Ruth Pellingham; Deputy Chief Constable Simon Blackwall (broadcast)"),
    ("OPCC", "Police and Crime Commissioner Martin Wrexley will post his own statement at 09:00 – we share, we do not quote"),
]):
    set_cell(meta.cell(i, 0), k, bold=True)
    set_cell(meta.cell(i, 1), v)

doc.add_heading("1. Key messages", level=2)
for t in [
    "We are a good force in most of what matters to the public, and we are honest about where we need to be better.",
    "Responding to the public is our priority for the next 12 months – we know people wait too long on 101.",
    "Thank our people: the inspection took place during a very busy summer.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("2. Grades (confirmed at factual accuracy check)", level=2)
doc.add_paragraph("Use exactly these words on graphics. Colours follow the HMICFRS report. "
                  "Note: we were not graded outstanding in any area – do not use that word anywhere in copy.")
g = doc.add_table(rows=1, cols=3)
g.style = "Table Grid"
for c, t in zip(g.rows[0].cells, ["Area (as worded in the report)", "Grade", "Graphic"]):
    set_cell(c, t, bold=True)
    shade(c, "D9D9D9")
rows = [
    ("Providing a service to the victims of crime", "Not graded", "grey, no grade"),
    ("Treatment of the public", "Good", "🟢 tile 2"),
    ("Preventing crime and anti-social behaviour", "Good", "🟢 tile 3"),
    ("Responding to the public", "Requires improvement", "🟠 tile 4"),
    ("Investigating crime", "Adequate", "🟡 tile 5"),
    ("Protecting vulnerable people", "Adequate", "🟡 tile 6"),
    ("Managing offenders and suspects", "Good", "🟢 tile 7"),
    ("Developing a positive workplace", "Good", "🟢 tile 8"),
    ("Good use of resources", "Adequate", "🟡 tile 9"),
    ("Recording data about crime", "Good", "🟢 tile 10"),
]
fills = {"Good": "C6EFCE", "Adequate": "FFEB9C", "Requires improvement": "F8CBAD"}
for a, gr, gx in rows:
    r = g.add_row().cells
    set_cell(r[0], a)
    set_cell(r[1], gr)
    set_cell(r[2], gx)
    if gr in fills:
        shade(r[1], fills[gr])

doc.add_heading("3. Scheduled posts", level=2)
p = doc.add_table(rows=1, cols=5)
p.style = "Table Grid"
for c, t in zip(p.rows[0].cells, ["#", "Channel / time", "Copy (draft)", "Asset", "Status"]):
    set_cell(c, t, bold=True)
    shade(c, "D9D9D9")
posts = [
    ("1", "X 00:05", "Today @HMICFRS has published its #PEEL report on Derbyshire Constabulary. We have been graded good in five areas. 🧵 1/4", "Tile 1 (summary)", "Approved"),
    ("2", "X 00:06", "🟢 Good: treatment of the public, preventing crime, managing offenders, developing a positive workplace, recording data about crime. 2/4", "Tiles 2, 3, 7, 8, 10", "Approved"),
    ("3", "X 00:07", "🟡 Adequate: investigating crime, protecting vulnerable people, good use of resources. 🟠 Requires improvement: responding to the public. We know we need to answer your calls faster. 3/4", "Tiles 4, 5, 6, 9", "Awaiting DCC – wording of 101 line"),
    ("4", "X 00:08", "Read the full report here 👉 [short link] and the Chief Constable's response on our website. 4/4", "Link card", "Approved"),
    ("5", "Facebook 07:30", "Long-form version of posts 1–4 plus CC video (45 sec). Turn comments on; moderation rota below.", "Video + tiles", "Video in edit"),
    ("6", "LinkedIn 08:00 (CC's own account)", "CC article: 'What our inspection said about our people' – focus on the positive workplace grade. Drafted by CC's staff officer.", "Photo: CC with response officers", "CC to approve"),
    ("7", "Instagram 12:00", "Carousel of tiles 2–10; alt text on every tile, e.g. 'Graphic: Investigating crime – Adequate'.", "Tiles", "Approved"),
]
for row in posts:
    r = p.add_row().cells
    for c, t in zip(r, row):
        set_cell(c, t)

doc.add_heading("4. Reactive lines – areas for improvement", level=2)
doc.add_paragraph("Use only if asked. Quote the AFI word for word from the report; then the line to take.")
a = doc.add_table(rows=1, cols=3)
a.style = "Table Grid"
for c, t in zip(a.rows[0].cells, ["Area for improvement (from report)", "Owner", "Line to take"]):
    set_cell(c, t, bold=True)
    shade(c, "D9D9D9")
afis = [
    ("The force should make sure it answers non-emergency calls promptly and that it reduces the number of callers who abandon their calls.",
     "Supt Contact Management",
     "We have recruited 24 more call handlers since January and our online reporting now takes a fifth of non-emergency contact."),
    ("The force should improve how it records the risk assessments it carries out when deciding how quickly to attend incidents.",
     "Supt Contact Management",
     "A new THRIVE+ template went live in the control room in April and is checked daily by the duty inspector."),
    ("The force should make sure that victims of crime are kept updated throughout investigations, in line with the Code of Practice for Victims of Crime.",
     "ACC Jo Hartley",
     "TBC – awaiting ACC Crime."),
]
for afi, owner, line in afis:
    r = a.add_row().cells
    set_cell(r[0], afi)
    set_cell(r[1], owner)
    set_cell(r[2], line)

doc.add_heading("5. Watch-outs", level=2)
for t in [
    "Nottinghamshire Police and Leicestershire Police publish on the same morning. Do not comment on other forces' reports.",
    "Some people will confuse this with the Derbyshire Fire & Rescue Service inspection published last month. It is a separate inspection.",
    "If asked about the 'good use of resources' grade being adequate: do not get drawn into budget figures; refer to the PCC.",
]:
    doc.add_paragraph(t, style="List Bullet")
labelled(doc, "Moderation rota:", "Digital team 07:00–19:00, then Force Control Room social media desk.")
doc.save("../docs/nf03.docx")
print("wrote nf03.docx")
