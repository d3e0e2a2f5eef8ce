"""ms08.docx: House of Lords Hansard, oral question, saved as a Word copy."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ms08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Copied from Hansard (Lords), 4 December 2014, for office use"

doc.add_paragraph("House of Lords", style="Title")
doc.add_paragraph("Thursday, 4 December 2014")
doc.add_paragraph("Police: Rural Areas", style="Heading 1")
doc.add_paragraph("Question")
doc.add_paragraph("Column 1384")
doc.add_paragraph("11.07 am")

def speech(who, text):
    p = doc.add_paragraph()
    p.add_run(who).bold = True
    p.add_run(" " + text)

speech("Asked by Baroness Threlkeld",
       "To ask Her Majesty\u2019s Government what assessment they have made of the findings of "
       "Her Majesty\u2019s Inspectorate of Constabulary on police forces serving predominantly "
       "rural areas.")
speech("The Minister of State, Home Office (Lord Ellingham) (Con):",
       "My Lords, HMIC published its first PEEL judgments on police efficiency last month. Of the "
       "forces that serve largely rural areas, many did well. Suffolk Constabulary, for example, was "
       "judged good for efficiency, helped by its collaboration with Norfolk. It is for police and "
       "crime commissioners to hold their chief constables to account for the findings.")
speech("Baroness Threlkeld (Lab):",
       "My Lords, I thank the Minister for that Answer, but he has chosen his example carefully. In "
       "the effectiveness inspection published the same week, HMIC found that Cambridgeshire "
       "Constabulary required improvement in how it reduces crime and prevents offending. HMIC said "
       "in that report:")
doc.add_paragraph("The constabulary should develop a clear understanding of the demand it faces in "
                  "rural communities, and ensure that neighbourhood officers are not routinely "
                  "taken away from their areas to cover response duties.", style="Quote")
speech("Baroness Threlkeld (Lab):",
       "Does the Minister accept that when neighbourhood officers are pulled back into towns, it is "
       "the villages of the fens that lose out?")
speech("Lord Ellingham:",
       "My Lords, I do not accept the premise that rural areas are neglected. The Chief Constable "
       "of Cambridgeshire, Alec Denholm, has written to the commissioner setting out a plan to "
       "protect neighbourhood posts, and I understand that the force has already ring-fenced "
       "rural beat officers in east Cambridgeshire. HMIC will look at this again next year.")
speech("Lord Pasfield (LD):",
       "My Lords, is the Minister aware that in Suffolk the efficiency grade was achieved partly by "
       "closing front counters? Good value for money is not the same thing as a good service. "
       "[Interruption.] Noble Lords may laugh, but my neighbours in Framlingham do not.")
speech("Lord Ellingham:",
       "My Lords, the noble Lord makes his point with vigour. HMIC\u2019s judgments are on a scale "
       "of outstanding, good, requires improvement and inadequate, and a force judged good for "
       "efficiency has demonstrated that it is using its resources well. I do not think we should "
       "talk that down.")
speech("Lord Hebditch (CB):",
       "My Lords, as a former chief officer in a rural force, may I say that the new inspections "
       "are a welcome step, but will the Minister ensure that HMIC also looks at the legitimacy of "
       "forces, as Sir Thomas Winsor has said it intends to?")
speech("Lord Ellingham:",
       "Yes, my Lords. I understand that legitimacy will be inspected from next year.")
doc.add_paragraph("11.15 am")
doc.save(OUT)
print("wrote", OUT)
