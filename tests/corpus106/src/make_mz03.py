"""mz03.docx: joint Norfolk and Suffolk PCCs' response to HMICFRS PEEL Efficiency 2017."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mz03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL - Norfolk and Suffolk Collaboration"
sec.footer.paragraphs[0].text = "Norfolk OPCC / Suffolk OPCC - November 2017"

doc.add_heading("Norfolk and Suffolk: joint response of the Police and Crime Commissioners to the HMICFRS PEEL Efficiency 2017 reports", level=1)
doc.add_paragraph("Section 55 of the Police Act 1996 requires each commissioner to publish comments on an inspection report about their force within 56 days. Because Norfolk Constabulary and Suffolk Constabulary share most of their support and specialist functions, the two commissioners have again chosen to publish one joint response covering both reports, which Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published on 9 November 2017.")

doc.add_heading("Commissioners' summary", level=2)
doc.add_paragraph("Lorne Green, Police and Crime Commissioner for Norfolk, and Tim Passmore, Police and Crime Commissioner for Suffolk, welcome both reports. Each constabulary has been judged good at keeping people safe and reducing crime efficiently, and the inspectorate again singles out the collaboration between the two forces as a strength.")
doc.add_paragraph("Norfolk's result is a particularly strong one: the constabulary was judged outstanding in how well it understands demand, the only question on which any force in the eastern region received the top grade this year, and good for its use of resources and its planning for the future.")
doc.add_paragraph("For Suffolk, by contrast, the picture is one of steady consistency rather than distinction. The constabulary was graded good on all three questions, matching its overall grade. The report notes that Suffolk's understanding of hidden demand has improved but that it still has work to do on how crimes are allocated.")
doc.add_paragraph("When HMIC last inspected efficiency, in 2016, both constabularies were judged good overall.")

doc.add_heading("Graded judgements", level=2)
rows = [
    ("Efficiency 2017", "Norfolk", "Suffolk"),
    ("Overall: how efficient is the force at keeping people safe and reducing crime?", "Good", "Good"),
    ("How well does the force understand demand?", "Outstanding", "Good"),
    ("How well does the force use its resources?", "Good", "Good"),
    ("How well is the force planning for demand in the future?", "Good", "Good"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        set_cell(t.cell(r, c), val, bold=(r == 0 or (c == 0 and r == 1)))
        if r == 0:
            shade(t.cell(r, c), "D9E2F3")
doc.add_paragraph("Norfolk Fire and Rescue Service, which the inspectorate has not yet visited, is not covered by this response.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The inspectorate identified one area for improvement for each force and one that appears, word for word, in both reports.")

doc.add_heading("Norfolk", level=3)
doc.add_paragraph("The constabulary should extend the work it has done to understand the leadership skills of its police officers so that it also covers its police staff.", style="Quote")
labelled(doc, "Chief Constable's response:", "Simon Bailey, Chief Constable of Norfolk Constabulary, has asked the joint People Directorate to include police staff in the 2018 leadership survey, and a skills audit of staff supervisors will be completed by March 2018.")

doc.add_heading("Suffolk", level=3)
doc.add_paragraph("The constabulary should put in place clearer processes and governance for the allocation of crime, so that it understands how its response to crime affects its ability to meet current and future demand.", style="Quote")
labelled(doc, "Chief Constable's response:", "Gareth Wilson, Chief Constable of Suffolk Constabulary, notes that a crime allocation policy was approved in October 2017. Deputy Chief Constable Steve Jupp chairs a monthly review board that monitors how it is applied.")

doc.add_heading("Both forces", level=3)
doc.add_paragraph("The constabulary should work with Norfolk Constabulary or Suffolk Constabulary, as appropriate, to make sure that the benefits of its shared ICT programme are measured and reported.", style="Quote")
doc.add_paragraph("The commissioners will seek an update on this shared area for improvement at the joint accountability meeting in February 2018.")

doc.add_heading("Good practice", level=2)
doc.add_paragraph("The inspectorate highlighted the joint performance and analysis department as good practice, and noted that Cambridgeshire Constabulary had visited it to learn from the approach.")

doc.add_paragraph("Lorne Green, Police and Crime Commissioner for Norfolk")
doc.add_paragraph("Tim Passmore, Police and Crime Commissioner for Suffolk")
doc.save(OUT)
print("wrote", OUT)
