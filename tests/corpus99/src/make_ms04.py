"""ms04.docx: Home Affairs Committee oral evidence transcript (Word copy)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ms04.docx")

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Home Affairs Committee: Oral evidence: Policing in Bedfordshire, HC 1047"

doc.add_paragraph("Home Affairs Committee", style="Title")
doc.add_paragraph("Oral evidence: Policing in Bedfordshire, HC 1047")
doc.add_paragraph("Wednesday 22 March 2017")
doc.add_paragraph("Ordered by the House of Commons to be published on 22 March 2017.")
p = doc.add_paragraph()
p.add_run("Members present: ").bold = True
p.add_run("Ms Helen Garside (Chair); Mr Tobias Renshaw; Naomi Okafor; Stuart McAllan.")
doc.add_paragraph("Questions 1 - 31")
p = doc.add_paragraph()
p.add_run("Witnesses").bold = True
doc.add_paragraph("I: Wendy Ashcombe, HM Inspector of Constabulary, HMIC; Colette Brampton, "
                  "Chief Constable, Bedfordshire Police; and Kevin Aspinall, Police and Crime "
                  "Commissioner for Bedfordshire.")
doc.add_paragraph("Examination of witnesses", style="Heading 2")
doc.add_paragraph("Witnesses: Wendy Ashcombe, Colette Brampton and Kevin Aspinall.")

def qa(num, speaker, text):
    p = doc.add_paragraph()
    if num:
        p.add_run("Q%d\t" % num).bold = True
    p.add_run(speaker + ": ").bold = True
    p.add_run(text)

def quote(text):
    doc.add_paragraph(text, style="Quote")

qa(1, "Chair", "Good morning, and thank you all for coming. We have asked you here because of "
   "concerns raised with this Committee by Members with constituencies in Bedfordshire. "
   "Ms Ashcombe, perhaps you could start by summarising what HMIC found.")
qa(0, "Wendy Ashcombe", "Certainly. In our 2016 effectiveness inspection we judged Bedfordshire "
   "Police to require improvement overall. Within that, the force was good at preventing crime "
   "and tackling anti-social behaviour, and good at tackling serious and organised crime. It "
   "requires improvement in investigating crime and reducing re-offending, and in protecting "
   "vulnerable people. We also looked at specialist capabilities, such as firearms, but we do "
   "not grade that question.")
qa(2, "Chair", "And efficiency?")
qa(0, "Wendy Ashcombe", "We judged the force good for efficiency in November. It is a small force "
   "and, frankly, it gets a great deal out of a modest budget, partly through its collaboration "
   "with Hertfordshire Constabulary and Cambridgeshire Constabulary.")
qa(3, "Naomi Okafor", "Your report also identified a cause of concern. For the record, could you "
   "read it?")
qa(0, "Wendy Ashcombe", "It says:")
quote("HMIC is concerned that Bedfordshire Police does not always identify vulnerable victims when "
      "they first contact the force, and as a result some victims do not receive the support they "
      "need.")
qa(0, "Wendy Ashcombe", "We made a recommendation to go with it:")
quote("Within three months, the force should review how its control room assesses risk, so that "
      "every call from a vulnerable victim is identified and graded correctly.")
qa(4, "Naomi Okafor", "Chief Constable, what have you done about that?")
qa(0, "Colette Brampton", "We accepted it in full. We have retrained all 94 call handlers in the "
   "THRIVE risk model, and a sergeant now reviews every call graded as a scheduled appointment "
   "before the end of the shift. The Assistant Chief Constable chairs a weekly meeting that "
   "checks a sample of calls. HMIC revisited in February and I believe found real progress, "
   "although I would not want to pre-empt Ms Ashcombe.")
qa(5, "Mr Tobias Renshaw", "You also had areas for improvement on investigations. One of them was "
   "that")
quote("The force should ensure that investigations are supervised effectively, and that "
      "supervisors record clear plans and review progress at regular intervals.")
qa(0, "Mr Tobias Renshaw", "Is that happening?")
qa(0, "Colette Brampton", "It is happening more than it was. We have introduced a supervision "
   "template on our crime system, and compliance has gone from around 40% to a little over 70%. "
   "It is not yet where it needs to be.")
qa(6, "Stuart McAllan", "Mr Aspinall, the people of Luton and Bedford have been told for years "
   "that their force is underfunded. Is a \u201crequires improvement\u201d grade simply the "
   "price of that?")
qa(0, "Kevin Aspinall", "I would not accept that it is simply the price of funding, but funding is "
   "part of it. The force was judged good for legitimacy last year, and the efficiency grade "
   "shows that the money it does have is well spent. [Interruption.] I am not making excuses; "
   "I am asking the Committee to look at the whole picture.")
qa(7, "Chair", "We will. Thank you. Bedfordshire Fire and Rescue Service is not before us today, "
   "so I will not ask about it. Ms Ashcombe, a final question: when will HMIC report again?")
qa(0, "Wendy Ashcombe", "Our 2017 effectiveness fieldwork begins in the autumn, and the report "
   "will follow early next year.")
qa(8, "Chair", "Thank you all very much.")

doc.save(OUT)
print("wrote", OUT)
