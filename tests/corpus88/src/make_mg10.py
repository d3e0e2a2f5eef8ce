"""mg10.docx: a Kent local news site's story on Kent Police's PEEL legitimacy report (2017),
pasted into Word by a press officer for the cuttings file (python-docx)."""
import os
from docx import Document
from docx.shared import Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mg10.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].footer.paragraphs[0].text = "Kent Police Corporate Communications - media cuttings - 12 December 2017"

def ad():
    p = doc.add_paragraph()
    r = p.add_run("Advertisement")
    r.font.size = Pt(7)
    r.font.color.rgb = RGBColor(0x99, 0x99, 0x99)

p = doc.add_paragraph()
r = p.add_run("Medway Messenger Online  |  News  |  Crime")
r.font.color.rgb = RGBColor(0x00, 0x66, 0xB3)
doc.add_heading("Kent Police rated outstanding for the way it treats the public for second year running", level=1)
p = doc.add_paragraph()
p.add_run("Watchdog praises force's approach to stop and search but says vetting backlog must be cleared").italic = True
doc.add_paragraph("by Tamsin Okonjo-Reid\ntokonjo@medwaymessenger.example\nPublished: 06:00, 12 December 2017 | Updated: 10:35, 12 December 2017")
ad()
doc.add_paragraph(
    "Kent Police has been rated outstanding for legitimacy by the police watchdog, which says the "
    "force treats the people of the county fairly and with respect.")
doc.add_paragraph(
    "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) looked at "
    "whether forces treat the public fairly, whether officers and staff behave ethically and lawfully, "
    "and whether forces treat their own workforce fairly.")
doc.add_paragraph(
    "Kent was graded outstanding on the first and third of those questions. On ethical and lawful "
    "behaviour it was judged good.")
doc.add_paragraph(
    "It is the second year in a row that the force has been outstanding in the legitimacy inspection: "
    "in 2016 it was also judged outstanding, one of only a handful of forces to achieve the top grade.")
ad()
doc.add_paragraph(
    "Inspectors singled out the force\u2019s stop and search scrutiny panels, in which members of the "
    "public review body-worn video footage, as an example of good practice.")
doc.add_paragraph(
    "But the report raises one area for improvement. In the inspectorate's words:")
doc.add_paragraph(
    "The force should clear its backlog of vetting renewals, so that all officers and staff hold "
    "vetting at the level their post requires.", style="Quote")
doc.add_paragraph(
    "A force spokesman said 300 of the 1,100 outstanding renewals had been completed since the "
    "inspection and the rest would be done by the summer.")
doc.add_paragraph(
    "Chief Constable Alan Pughsley-Harte said: \u201cThis is a fantastic result for every officer, "
    "member of staff and volunteer. The public rightly expect us to be fair, and I am proud that "
    "independent inspectors have recognised that we are.\u201d")
ad()
doc.add_paragraph(
    "Kent Police and Crime Commissioner Matthew Scullion added: \u201cTrust is the foundation of policing "
    "by consent. I will make sure the vetting issue is dealt with, because the public need confidence "
    "in everyone who wears the uniform.\u201d")
doc.add_paragraph(
    "HM Inspector of Constabulary Zara Whitlock said: \u201cKent Police is an outstanding force in "
    "how it treats the public and its workforce. Its leaders set a clear tone, and officers understand "
    "what is expected of them.\u201d")
doc.add_paragraph(
    "The report was published alongside those for the other 42 forces. Essex Police, with which Kent "
    "shares a serious crime directorate, was graded good. Kent Fire and Rescue Service is not covered "
    "by the PEEL programme.")
doc.add_heading("Read more", level=3)
for s in ["Sussex Police to review use of spit hoods after complaints",
          "New police station opens in Gillingham",
          "Officers to patrol Rochester High Street after spate of shop thefts"]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("4 comments")
doc.add_paragraph("GillinghamGull \u2013 2 hours ago: Outstanding? Try ringing 101 on a Saturday night.")
doc.add_paragraph("Report this comment | Reply")
doc.add_paragraph("kentish_maid \u2013 1 hour ago: Well done to our local PCSOs, they are brilliant.")
doc.add_paragraph("Report this comment | Reply")
doc.save(OUT)
print("wrote", OUT)
