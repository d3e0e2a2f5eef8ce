"""lu07.docx: Norfolk PCC's response to PEEL 2021/22 (python-docx), numbered lists."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lu07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Norfolk Office of the Police and Crime Commissioner"

doc.add_heading("PCC response to the HMICFRS PEEL 2021/22 inspection of Norfolk Constabulary", level=1)
doc.add_paragraph("Report published: 5 July 2022. Response published: 26 August 2022.")
doc.add_heading("Commissioner's statement", level=2)
doc.add_paragraph("As Police and Crime Commissioner for Norfolk, I am required to respond to every inspection report "
                  "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services publishes about Norfolk "
                  "Constabulary. This is my response to the 2021/22 PEEL inspection, which graded the force in nine "
                  "areas as follows:")
for item in ("Preventing crime and anti-social behaviour – Outstanding",
             "Treatment of the public – Good",
             "Responding to the public – Adequate",
             "Investigating crime – Good",
             "Protecting vulnerable people – Good",
             "Managing offenders and suspects – Good",
             "Developing a positive workplace – Good",
             "Good use of resources – Good",
             "Recording data about crime – Good"):
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph("Norfolk is one of only a handful of forces graded outstanding in any area, and I congratulate "
                  "Chief Constable Alison Drury and her team. The report also notes the strength of the force's "
                  "collaboration with Suffolk Constabulary, with which it shares many specialist and support "
                  "functions.")
doc.add_paragraph("The inspectorate identified no causes of concern and three areas for improvement. Each is set out "
                  "below with the Chief Constable's response.")
doc.add_heading("Responding to the public", level=2)
doc.add_paragraph("The force should make sure that it answers non-emergency calls promptly and that callers are not "
                  "left waiting for long periods.", style="List Number")
labelled(doc, "Chief Constable's response:", "A new call-handling model went live in June 2022, and average "
         "waiting times for 101 calls fell from nine minutes to under four.")
doc.add_paragraph("The force should make sure that repeat callers are identified at first contact, so that their "
                  "risk is properly assessed.", style="List Number")
labelled(doc, "Chief Constable's response:", "The contact centre's system now flags callers who have contacted "
         "the force three or more times in 28 days.")
doc.add_heading("Investigating crime", level=2)
doc.add_paragraph("The force should make sure that victim personal statements are offered to all victims and that "
                  "the offer is recorded.", style="List Number")
labelled(doc, "PCC comment:", "I have asked for an update on this area for improvement at my next accountability "
         "meeting; the force has not yet provided one.")
doc.add_heading("Next steps", level=2)
doc.add_paragraph("I will publish progress on these areas for improvement on my website every six months, and I "
                  "will continue to work with Norfolk Fire and Rescue Service and the Constabulary on shared estates.")
p = doc.add_paragraph()
p.add_run("Tobias Wren").bold = True
doc.add_paragraph("Police and Crime Commissioner for Norfolk")
doc.save(OUT)
print("wrote", OUT)
