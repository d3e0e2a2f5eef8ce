"""l10.docx: an HMICFRS "PEEL spotlight report" web page, selected and pasted into Word
(keep source formatting) by a force analyst for a briefing. Headings came across as Word
headings, links as hyperlinks; the figure was lost, its caption stayed; the small counts
table came across as a Word table."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docxutil import hyperlink

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Pasted from hmicfrs.justiceinspectorates.gov.uk on 12/06/2025 – check the live page before quoting"

def para(text, style=None):
    return doc.add_paragraph(text, style=style)

def link_line(text, url="https://hmicfrs.justiceinspectorates.gov.uk/"):
    p = doc.add_paragraph()
    hyperlink(p, text, url)
    return p

link_line("Skip to main content")
p = doc.add_paragraph()
hyperlink(p, "Home", "https://hmicfrs.justiceinspectorates.gov.uk/")
p.add_run(" › ")
hyperlink(p, "Publications", "https://hmicfrs.justiceinspectorates.gov.uk/publications/")
p.add_run(" › PEEL spotlight report: investigating volume crime")
doc.add_heading("PEEL spotlight report: Getting it right first time – how police forces investigate burglary, robbery and theft", level=1)
para("Publication type: Thematic inspection report · Published: 5 June 2025 · Inspectorate: His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services · ISBN: 978-1-83706-112-4")
p = doc.add_paragraph()
hyperlink(p, "Download the report (PDF, 3.4MB)", "https://hmicfrs.justiceinspectorates.gov.uk/wp-content/uploads/peel-spotlight-volume-crime.pdf")
p.add_run("   ")
hyperlink(p, "Easy read version", "https://hmicfrs.justiceinspectorates.gov.uk/wp-content/uploads/peel-spotlight-volume-crime-easy-read.pdf")

doc.add_heading("Contents", level=2)
for t in ["Foreword", "About this spotlight report", "What we found", "Good practice", "Recommendations", "Annex: methodology"]:
    p = doc.add_paragraph(style="List Bullet")
    hyperlink(p, t, "#")

doc.add_heading("Foreword", level=2)
para("Burglary, robbery and theft are the crimes that most people are likely to experience. How the police deal with them does much to decide whether the public trust the police at all. Too often, in the forces we inspected, a victim’s first contact with the police was also their last.")
para("This report draws on the findings of our PEEL 2023–25 inspections and on further fieldwork in eight forces. It is not a league table, and the forces we name are named to illustrate what we found rather than to rank them.")
para("Alden Markham")
para("His Majesty’s Chief Inspector of Constabulary")
link_line("Back to top", "#")

doc.add_heading("About this spotlight report", level=2)
para("Between October 2024 and February 2025 we visited Kent Police, Lancashire Constabulary, South Wales Police, West Mercia Police, Surrey Police, Lincolnshire Police, Thames Valley Police and British Transport Police. We reviewed 640 case files, interviewed 212 officers and staff and held focus groups with victims in four of those force areas.")
para("The fieldwork was led by Michael Oduya, His Majesty’s Inspector of Constabulary.")
doc.add_heading("National picture", level=3)
para("By the end of March 2025 we had published PEEL 2023–25 reports on 36 forces. The table below shows how we graded those forces for investigating crime. No force was graded outstanding.")
rows = [("Grade", "Number of forces"), ("Outstanding", "0"), ("Good", "8"), ("Adequate", "10"),
        ("Requires improvement", "15"), ("Inadequate", "3")]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
para("Table 1: PEEL 2023–25 investigating crime grades, 36 forces (source: HMICFRS)")
link_line("Back to top", "#")

doc.add_heading("What we found", level=2)
doc.add_heading("Initial investigation", level=3)
para("In all eight forces, call handlers gave victims crime prevention advice, but few forces sent an officer to the scene of a residential burglary as a matter of course. Surrey Police and Lincolnshire Police were the exceptions: both attend every home burglary and record a scene assessment.")
para("Figure 1: Proportion of residential burglaries attended within 24 hours, by force visited")
para("[Image not copied]")
doc.add_heading("Allocation and supervision", level=3)
para("We found investigations allocated to officers who had neither the time nor the training to complete them. In Lancashire Constabulary and South Wales Police, response officers kept investigations for weeks between shifts on the front line.")
para("British Transport Police, which we graded requires improvement for investigating crime in its PEEL 2023–25 inspection, has since moved all theft-from-person investigations to a central team. It is too early to judge the effect, but early results are encouraging.")
doc.add_heading("Keeping victims informed", level=3)
para("Victims told us they rarely knew who was dealing with their case. Only a third of the files we reviewed showed that the victim had been updated at the intervals agreed with them.")
link_line("Back to top", "#")

doc.add_heading("Good practice", level=2)
para("Thames Valley Police uses a single “investigation hub” to assess every burglary within four hours of it being reported. West Mercia Police has trained neighbourhood officers in forensic scene preservation. Kent Police shares CCTV retrieval requests with retailers through an online portal. These are examples of good practice; they are not grades.")
link_line("Back to top", "#")

doc.add_heading("Recommendations", level=2)
para("Our recommendations are made to all chief constables and to national policing bodies. They are not recommendations to any individual force named in this report.")
para("Recommendation 1", style="Heading 4")
para("By 31 December 2025, all chief constables should make sure that every residential burglary is attended by an officer or member of police staff trained in scene assessment.")
para("Recommendation 2", style="Heading 4")
para("By 31 March 2026, the College of Policing should publish guidance on the allocation of volume crime investigations according to complexity and investigator skill.")
para("Recommendation 3", style="Heading 4")
para("By 31 March 2026, the National Police Chiefs’ Council should agree a national standard for updating victims of volume crime.")
link_line("Back to top", "#")

doc.add_heading("Annex: methodology", level=2)
para("Our case file review used the same question set as our PEEL 2023–25 file reviews. Case files were selected at random from crimes recorded between 1 April and 30 September 2024. Northumbria Police and Durham Constabulary helped us test the question set before fieldwork began.")
para("Was this page useful?  Yes  No")
para("Report a problem with this page")
p = doc.add_paragraph()
for t in ["Accessibility", "Cookies", "Privacy", "Contact us"]:
    hyperlink(p, t, "https://hmicfrs.justiceinspectorates.gov.uk/")
    p.add_run("   ")
para("© Crown copyright 2025")

doc.core_properties.author = "Analyst"
doc.save(os.path.join(HERE, "..", "docs", "l10.docx"))
print("wrote l10.docx")
