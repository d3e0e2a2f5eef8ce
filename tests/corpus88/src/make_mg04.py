"""mg04.docx: a Welsh regional paper's story on Dyfed-Powys Police (PEEL 2021/22), as a
reporter's Word copy saved from the web page (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mg04.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "COPY - Western Telegraph Herald web desk - not for print"

p = doc.add_paragraph()
p.add_run("News > Crime > Dyfed-Powys").italic = True
doc.add_heading("Dyfed-Powys Police told it must answer 101 calls faster as inspectors publish first report in three years", level=1)
p = doc.add_paragraph()
p.add_run("Watchdog says the force is good at preventing crime but struggling to pick up the phone").bold = True
doc.add_paragraph("By Llinos Vaughan-Jones, Local Democracy Reporter")
doc.add_paragraph("15:52, 26 MAY 2022   Updated 09:14, 27 MAY 2022")
doc.add_paragraph("[Image: A Dyfed-Powys Police car outside the force headquarters in Llangunnor. Picture: Western Telegraph Herald]")
doc.add_paragraph(
    "The force that polices Wales's largest area has been told it needs to improve the way it "
    "answers calls from the public, in the first full inspection of Dyfed-Powys Police since before the pandemic.")
doc.add_paragraph(
    "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) graded Heddlu "
    "Dyfed-Powys in nine areas. It was found to be good in four, adequate in four and requires "
    "improvement in one.")
doc.add_paragraph("ADVERTISEMENT")
doc.add_paragraph(
    "The weakest area was responding to the public, where inspectors said too many non-emergency "
    "calls were abandoned and some people who rang 101 waited more than half an hour.")
doc.add_paragraph(
    "The force was rated good at preventing crime, good at managing offenders and suspects, good at "
    "developing a positive workplace and good at recording data about crime.")
doc.add_paragraph(
    "It was adequate at treating the public fairly and respectfully, at investigating crime, at "
    "protecting vulnerable people, and at making good use of its resources.")
doc.add_paragraph(
    "The inspectorate does not give a grade for the service the force provides to victims of crime, "
    "but the report says most victims it looked at were kept informed.")

doc.add_heading("Key findings at a glance", level=2)
rows = [("Area", "Grade"),
        ("Preventing crime and anti-social behaviour", "Good"),
        ("Treatment of the public", "Adequate"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Good"),
        ("Developing a positive workplace", "Good"),
        ("Good use of resources", "Adequate"),
        ("Recording data about crime", "Good"),
        ("Providing a service to victims of crime", "Not graded")]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (a, g) in enumerate(rows):
    set_cell(t.cell(i, 0), a, bold=(i == 0))
    set_cell(t.cell(i, 1), g, bold=(i == 0))
    if i == 0:
        shade(t.cell(i, 0), "D9E2F3")
        shade(t.cell(i, 1), "D9E2F3")
doc.add_paragraph("Source: HMICFRS PEEL 2021/22 inspection of Dyfed-Powys Police")

doc.add_paragraph(
    "In all, the report lists nine areas for improvement. Among them, inspectors write:")
q = doc.add_paragraph(
    "The force should make sure that it answers non-emergency calls promptly, and that callers who "
    "give up waiting are identified and called back where there may be a risk to them.",
    style="Intense Quote")
doc.add_paragraph(
    "On protecting vulnerable people, the report adds that the force should improve the way it "
    "uses Clare's Law disclosures, but it does not treat this as a cause of concern.")
doc.add_paragraph("ADVERTISEMENT")
doc.add_paragraph(
    "HM Inspector of Constabulary Helena Broadbent said: \u201cDyfed-Powys Police covers more than half "
    "the landmass of Wales, and in much of it the police are the only public service people see after "
    "dark. That is a responsibility the force takes seriously, and it shows in its work with local "
    "communities.\u201d")
doc.add_paragraph(
    "\u201cBut when people ring for help, they need to get through. I have asked the force to tell me "
    "how it will fix that.\u201d")
doc.add_paragraph(
    "Chief Constable Ifan Prydderch said the force welcomed the report. \u201cWe are proud to be judged good "
    "in four areas, and I accept we have work to do in the control room. We have recruited 22 extra "
    "call handlers since the inspection,\u201d he said.")
doc.add_paragraph(
    "Dyfed-Powys Police and Crime Commissioner Aled ap Rhys said he would scrutinise the force\u2019s "
    "action plan at his next accountability board. \u201cMae\u2019r adroddiad yn dangos bod llawer i\u2019w "
    "ganmol, ond mae angen gwella,\u201d he said \u2013 the report shows much to praise, but there is "
    "improvement to be made.")
doc.add_paragraph(
    "Mid and West Wales Fire and Rescue Service, which is inspected by a separate body in Wales, was "
    "not part of the report.")
doc.add_paragraph(
    "Earlier this month North Wales Police was graded good at responding to the public in its own "
    "inspection.")
doc.add_heading("Read more", level=3)
for s in ["Gwent Police to close three front counters as part of estate review",
          "South Wales Police officer cleared of misconduct over Swansea arrest",
          "Llandrindod Wells station to get new custody suite"]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("Comments (4) \u2013 Sign in to join the conversation")
doc.save(OUT)
print("wrote", OUT)
