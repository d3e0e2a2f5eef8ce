"""nk08.docx: a civic society's written report of a PCC hustings (Dyfed-Powys, April 2016)."""
import os
from docx import Document

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nk08.docx")
doc = Document()
doc.sections[0].footer.paragraphs[0].text = "Llandrindod Wells Civic Society \u2013 registered charity no. 1049xx"
doc.add_heading("Police and Crime Commissioner hustings \u2013 report of the meeting", 1)
doc.add_paragraph("Held at the Albert Hall, Llandrindod Wells, on Thursday 14 April 2016 at 7pm. "
                  "About 120 people attended. Chair: Mrs Gwenllian Rees, Civic Society chair.")
doc.add_heading("The candidates", 2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Candidate", "Party", "Background given"]):
    c.text = h
for row in [
    ("Hywel Prosser", "Conservative", "Police and Crime Commissioner for Dyfed-Powys since 2012"),
    ("Carys Lloyd-Evans", "Plaid Cymru", "Solicitor, former county councillor"),
    ("Idris Vaughan", "Labour", "Retired police officer; formerly Deputy Chief Constable of Gwent Police"),
    ("Owain Baskerville", "Liberal Democrat", "Farmer and community council chair"),
]:
    r = t.add_row().cells
    for c, v in zip(r, row):
        c.text = v
doc.add_heading("Opening statements", 2)
doc.add_paragraph(
    "Mr Prosser said that Heddlu Dyfed-Powys remained one of the safest force areas in England "
    "and Wales. He reminded the meeting that HMIC had judged the force good for efficiency in "
    "its 2015 PEEL inspection and good for effectiveness in the same year, and that this had "
    "been achieved while protecting rural stations.")
doc.add_paragraph(
    "Ms Lloyd-Evans said the headline grades hid real problems. The same inspection had found "
    "that the force needed to plan better for the years ahead. She read out the inspectors\u2019 "
    "words, which she said she would adopt as a pledge:")
doc.add_paragraph(
    "Dyfed-Powys Police should develop a clear and costed plan for its workforce and its "
    "buildings beyond 2020, setting out how it will meet future demand with the money it "
    "expects to have.", style="Intense Quote")
doc.add_paragraph(
    "Mr Vaughan said that, having served as a Deputy Chief Constable next door, he knew what "
    "good looked like. He compared Dyfed-Powys with North Wales Police, which he said had "
    "shared its control room costs with neighbouring services and saved money without closing "
    "stations. He gave no grades for North Wales.")
doc.add_paragraph(
    "Mr Baskerville spoke mainly about rural and wildlife crime, sheep worrying and the loss of "
    "village police houses.")
doc.add_heading("Questions from the floor", 2)
for q in [
    "Q1 (Rhayader): Will the Commissioner keep the Rhayader station open? All candidates said yes; "
    "Mr Prosser said no closure was planned.",
    "Q2 (Builth Wells): Should Mid and West Wales Fire and Rescue Service come under the "
    "Commissioner? No candidate supported this for Wales.",
    "Q3 (Llanwrtyd): One questioner said he had read that the force had been rated outstanding. "
    "The Chair said the Society had checked before the meeting and that the 2015 grades were "
    "good, not outstanding; Mr Prosser agreed.",
]:
    doc.add_paragraph(q)
doc.add_heading("Closing", 2)
doc.add_paragraph(
    "The Chair thanked Chief Constable Simon Meredith\u2019s staff for help with the venue, and "
    "reminded members that polling day is Thursday 5 May 2016. The Society does not endorse "
    "any candidate. This report was agreed by the Society\u2019s committee on 21 April 2016.")
doc.save(OUT)
print("wrote", OUT)
