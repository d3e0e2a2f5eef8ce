"""s04.docx: Merseyside PCC news release, as the Word copy sent to editors (python-docx)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxhelp import set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "s04.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Merseyside"
sec.footer.paragraphs[0].text = "www.merseysidepcc.info  |  @MerseyPCC  |  0151 555 0199"

t = doc.add_table(rows=2, cols=3)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "NEWS RELEASE", bold=True)
set_cell(t.cell(0, 1), "Date: 29 January 2025")
set_cell(t.cell(0, 2), "For immediate release")
m = t.cell(1, 0).merge(t.cell(1, 2))
set_cell(m, "Media enquiries: OPCC Communications Team, press@merseysidepcc.info")
for c in (t.cell(0, 0), t.cell(0, 1), t.cell(0, 2)):
    shade(c, "E7E6E6")

doc.add_paragraph()
h = doc.add_heading("Force rated good in six areas by police inspectors", level=1)
p = doc.add_paragraph()
r = p.add_run("Commissioner welcomes \u201cstrong report\u201d but says investigations must now "
              "catch up")
r.italic = True
r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

body = [
    "Merseyside Police has been rated good in six of the eight areas examined by His "
    "Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) in its "
    "latest PEEL inspection, published today (Wednesday 29 January).",
    "Inspectors rated the force good at police powers and public treatment; preventing crime; "
    "responding to the public; protecting vulnerable people; managing offenders and suspects; "
    "and building, supporting and protecting its workforce. The remaining two areas, "
    "investigating crime and leadership and force management, were rated adequate.",
    "The result for investigating crime is an improvement on the force\u2019s last PEEL "
    "inspection in 2021/22, when it was rated requires improvement in that area. Inspectors "
    "said the force had cut the number of open investigations and improved the support it "
    "gives to victims, but that officers still need to \u201ckeep victims updated at every "
    "stage\u201d.",
    "Police and Crime Commissioner Megan Corlett-Doyle said:",
]
for b in body[:-1]:
    doc.add_paragraph(b)
doc.add_paragraph(body[-1])
doc.add_paragraph(
    "\u201cThis is a strong report and everyone who works for Merseyside Police should be proud "
    "of it. People across Liverpool, Knowsley, Sefton, St Helens and Wirral tell me they want "
    "officers who respond when they call and who treat them fairly, and that is what the "
    "inspectors found. There is more to do on investigations, and I will be asking the Chief "
    "Constable at my next scrutiny meeting how quickly the force will close that gap.\u201d",
    style="Quote")
doc.add_paragraph("Chief Constable Andrew Tillotson said:")
doc.add_paragraph(
    "\u201cI want to thank our officers, staff and volunteers. Getting a good grade for "
    "responding to the public reflects a lot of hard work in our control room, where we now "
    "answer 96 per cent of 999 calls within ten seconds. We accept what the inspectors say "
    "about investigations, and we have already put more detectives into our local "
    "investigation teams.\u201d",
    style="Quote")
doc.add_paragraph(
    "The report identifies five areas for improvement and no causes of concern. The force has "
    "already drawn up an action plan, which will be monitored at the Commissioner\u2019s "
    "Strategic Scrutiny Board and reported to the Merseyside Police and Crime Panel in March.")
doc.add_paragraph(
    "Across the River Mersey, Cheshire Constabulary was rated outstanding for managing "
    "offenders and suspects in its own 2023\u201325 inspection, and the two forces already "
    "share a joint offender management unit for the Halton and Wirral areas.")
doc.add_paragraph(
    "The Commissioner will also host a public \u2018Your Say\u2019 event about the report in "
    "Birkenhead on 20 February. Places can be booked on the Commissioner\u2019s website.")
e = doc.add_paragraph("ENDS")
e.alignment = WD_ALIGN_PARAGRAPH.CENTER
e.runs[0].bold = True

doc.add_heading("Notes to editors", level=2)
for n in [
    "HMICFRS assesses police forces against the PEEL framework (police effectiveness, "
    "efficiency and legitimacy). Areas are graded on a five-point scale: outstanding, good, "
    "adequate, requires improvement or inadequate.",
    "The full report, \u2018PEEL 2023\u201325: An inspection of Merseyside Police\u2019, is "
    "available on the HMICFRS website.",
    "Merseyside Fire and Rescue Service, which is inspected separately, was judged outstanding "
    "at preventing fires in its most recent inspection. It is not overseen by the "
    "Commissioner.",
    "The Police and Crime Commissioner is elected to hold the Chief Constable to account on "
    "behalf of the public. The Commissioner\u2019s Police and Crime Plan 2025\u201329 is out "
    "for consultation until 14 March 2025.",
]:
    doc.add_paragraph(n, style="List Number")

doc.save(OUT)
print("wrote", OUT)
