"""y09.docx: transcript of a PCC's live webcast Q&A (Humberside), with spoken grades."""
import os

from docx import Document
from docx.shared import Pt, RGBColor

from docxutil import header_footer, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
header_footer(doc, "Office of the Police and Crime Commissioner for Humberside",
              "Transcript produced from the recording. Minor hesitations have been removed.")

doc.add_heading("Ask the Commissioner \u2013 live webcast", level=0)
doc.add_paragraph("Transcript: Tuesday 15 April 2025, 6.30pm to 7.25pm. Streamed on the "
                  "Commissioner\u2019s website and social media channels.")

doc.add_heading("Panel", level=2)
t = doc.add_table(rows=1, cols=2)
t.style = "Light Grid Accent 1"
set_cell(t.rows[0].cells[0], "Speaker", bold=True)
set_cell(t.rows[0].cells[1], "Role", bold=True)
for name, role in (("Bernadette Quayle (BQ)", "Police and Crime Commissioner for Humberside"),
                   ("Paul Harrowby (PH)", "Chief Constable, Humberside Police"),
                   ("Chris Mellanby (CM)", "Deputy Chief Constable, Humberside Police"),
                   ("Sasha Whitlock (SW)", "Host; Engagement Officer, OPCC")):
    r = t.add_row()
    set_cell(r.cells[0], name)
    set_cell(r.cells[1], role)

doc.add_paragraph()


def turn(stamp, speaker, text):
    p = doc.add_paragraph()
    r = p.add_run("[%s] %s: " % (stamp, speaker))
    r.bold = True
    p.add_run(text)
    return p


turn("00:00:08", "SW", "Good evening and welcome to Ask the Commissioner. Tonight we\u2019re "
     "talking about the police inspection report that came out last month. We\u2019ve had "
     "about forty questions sent in already, so let\u2019s get going. Commissioner, over to "
     "you.")
turn("00:00:31", "BQ", "Thanks, Sasha. So, for anyone who hasn\u2019t seen it, every few years "
     "the inspectorate \u2013 that\u2019s HMICFRS, His Majesty\u2019s Inspectorate of "
     "Constabulary and Fire & Rescue Services \u2013 comes in and looks at the whole force. "
     "This is the PEEL inspection for 2023 to 2025. And I\u2019ll just say at the start, I "
     "think it\u2019s a really strong report for Humberside.")
turn("00:01:02", "SW", "Let\u2019s start with the headline. Paul, what did the force get?")
turn("00:01:10", "PH", "So the one everybody\u2019s been asking me about \u2013 we got "
     "outstanding for how we respond to the public. That\u2019s answering your 999 calls, your "
     "101 calls, and getting to you. And, er, I\u2019ll be honest, I was delighted with that, "
     "because we were outstanding for responding last time as well, in 2021/22, and keeping "
     "it is harder than getting it.")
turn("00:01:41", "PH", "Then it was good across, well, most of the rest \u2013 preventing "
     "crime, investigating crime, protecting vulnerable people, how our officers use their "
     "powers and treat people, the support we give our workforce, and leadership. Good in "
     "all of those.")
turn("00:02:05", "PH", "And the one I\u2019d single out where we\u2019ve got more to do is "
     "managing offenders. That came back as adequate.")
turn("00:02:20", "SW", "Thank you. Our first question from the public is from Dave in "
     "Grimsby. Dave asks: \u201cWhy only adequate for sex offenders? That worries me as a "
     "parent.\u201d")
turn("00:02:34", "CM", "That\u2019s an outstanding question, Dave, and a fair one. The "
     "inspectors didn\u2019t find that we were failing to manage registered sex offenders. "
     "What they said was that some of our home visits were overdue. One of the areas for "
     "improvement \u2013 and I\u2019ll read it out exactly \u2013 says:")
q = doc.add_paragraph(style="Quote")
q.add_run("The force should make sure that visits to registered sex offenders are "
          "carried out at the frequency their risk level requires.")
turn("00:03:05", "CM", "Since the inspection we\u2019ve moved six more officers into the "
     "offender management unit and every overdue visit was completed by the end of March. "
     "We\u2019ll report that to the Commissioner\u2019s scrutiny board in June.")
turn("00:03:31", "SW", "Next, from Amira in Hull: \u201cHow does Humberside compare to other "
     "forces round here?\u201d")
turn("00:03:40", "BQ", "Well, I don\u2019t like league tables, Amira, but since you ask \u2013 "
     "South Yorkshire were graded requires improvement for investigating crime, and we were "
     "good, so I think our investigators can hold their heads up.")
turn("00:04:02", "SW", "And a follow-up from Amira: \u201cIs the fire service part of this?\u201d")
turn("00:04:08", "BQ", "No. Humberside Fire and Rescue had their own inspection last year, "
     "and that was a good report too, but that\u2019s not mine to talk about and it\u2019s not "
     "the same inspection.")
turn("00:04:30", "SW", "Question from Ken in Scunthorpe: \u201cYou keep saying good. Good "
     "isn\u2019t good enough when my shop\u2019s been broken into twice.\u201d")
turn("00:04:42", "PH", "Ken, I completely understand that, and I\u2019m sorry about your shop. "
     "The grades are about the force as a whole. It doesn\u2019t mean every single victim gets "
     "the service they should, and the inspectors did say we should do better at keeping "
     "victims of burglary updated. There was another area for improvement about that. I\u2019ll "
     "get someone from the neighbourhood team in Scunthorpe to contact you directly.")
turn("00:05:20", "SW", "We\u2019ve got a few on the scale itself. Paul from Beverley asks: "
     "\u201cWhat are the grades? Is good actually the second best?\u201d")
turn("00:05:29", "BQ", "Yes. It goes outstanding, good, adequate, requires improvement and "
     "inadequate. So good is the second best of five.")
turn("00:05:45", "SW", "Final question, from Lorraine in Bridlington: \u201cWhat happens "
     "now?\u201d")
turn("00:05:52", "BQ", "I have to publish my response to the report within 56 days, and "
     "I\u2019ll do that in May. The Chief Constable\u2019s team has a plan for each of the "
     "areas for improvement, and Assistant Chief Constable Joanne Pickersgill is leading "
     "that work. I\u2019ll hold the force to account for it at my public scrutiny board.")
turn("00:06:21", "SW", "Thank you all. The next Ask the Commissioner is on Tuesday 10 June. "
     "Goodnight.")

doc.add_paragraph()
doc.add_paragraph("[END OF TRANSCRIPT]")
doc.add_paragraph("If you need this transcript in another format, such as large print or "
                  "Easy Read, please contact the Office of the Police and Crime Commissioner "
                  "for Humberside.")

doc.save(os.path.join(HERE, "..", "docs", "y09.docx"))
print("wrote docs/y09.docx")
