"""Write docs/nh06.docx and docs/nh07.docx (python-docx, venv /tmp/NHvenv).

nh06: a PCC's response to PEEL Legitimacy 2017 (Hampshire) as a PDF-to-Word export: one
      paragraph per printed line, words hyphenated at line ends, a running head and page
      number as paragraphs in the middle of a sentence, tabs in place of table cells,
      bullets turned into a private-use glyph.
nh07: a force press release (Derbyshire, Efficiency 2016) pasted from a web page into
      Word: no-break spaces, zero-width spaces, soft hyphens, manual line breaks inside
      sentences, en and em dashes for hyphens, straight and curly quotes mixed.
"""
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NB, ZW, SHY, WB = "\u00a0", "\u200b", "\u00ad", "\uf0b7"


def nh06():
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(11)
    st.paragraph_format.space_after = Pt(0)
    d.sections[0].header.paragraphs[0].text = "OFFICIAL"
    lines = [
        ("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", True),
        ("Response to HMICFRS PEEL: Police legitimacy 2017 – Hampshire Constabulary", True),
        ("", False),
        ("Introduction", True),
        ("HMICFRS published its report on the legitimacy of Hampshire Constabulary on 12 Decem-", False),
        ("ber 2017. The inspectorate judged the constabulary to be good at treating the public and", False),
        ("its workforce legitimately. Last year HMIC also judged the constabulary to be good.", False),
        ("", False),
        ("Question\tGrade", True),
        ("Overall legitimacy\tGood", False),
        ("Fair and respectful treatment of the public\tGood", False),
        ("Ethical and lawful workforce behaviour\tGood", False),
        ("Fair and respectful treatment of the workforce\tRequires improvement", False),
        ("", False),
        ("HM Inspector of Constabulary Wendy Poulter noted in her foreword that the constabu-", False),
        ("lary\u2019s work with young people and its external scrutiny of stop and search are examples", False),
        ("of good practice. I share her view, and I also note that the grading scale used this year", False),
        ("ran from outstanding through good and requires improvement to inadequate.", False),
        ("", False),
        ("I have discussed the report with the Chief Constable, Olwen Strachan, whose comments", False),
        ("follow each area for improvement below.", False),
        ("", False),
        ("Areas for improvement", True),
        ("Treating the public fairly", True),
        (WB + "\tThe constabulary should improve how it monitors the use of force by its officers, and", False),
        ("use the data to identify and explain any disproportionality.", False),
        ("Constabulary response: Use of force forms are now reviewed monthly by the Legitimacy", False),
        ("Board, and the data is published on the website each quarter.", False),
        ("", False),
        ("Ethical and lawful behaviour", True),
        (WB + "\tThe constabulary should ensure that its counter-", False),
        ("corruption unit has enough capacity to assess all intelligence it receives, and to seek", False),
        ("intelligence proactively.", False),
        ("Constabulary response: Two additional investigators and an analyst joined the unit in", False),
        ("January 2018.", False),
        ("", False),
        ("Treating the workforce fairly", True),
        (WB + "\tThe constabulary should improve how it identifies and supports officers and staff", False),
        ("whose wellbeing is at risk, including those who", False),
        ("Response to PEEL: Police legitimacy 2017 \u2013 Hampshire Constabulary", False),
        ("4", False),
        ("work in high-demand roles.", False),
        ("", False),
        ("Martin Clewer", False),
        ("Police and Crime Commissioner for Hampshire and the Isle of Wight", False),
        ("February 2018", False),
    ]
    for text, bold in lines:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
    d.save(os.path.join(DOCS, "nh06.docx"))


def para_with_breaks(d, parts, bold=False, style=None):
    p = d.add_paragraph(style=style)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def nh07():
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    para_with_breaks(d, ["Derbyshire Constabulary\u2019s efficiency at keeping people safe and reducing"
                         " crime is good"], bold=True)
    d.add_paragraph("Published 3" + NB + "November" + NB + "2016 \u00b7 Press release")
    d.add_paragraph("HMIC judged that Derbyshire Constabulary:")
    d.add_paragraph("- is 'good' at understanding demand;")
    d.add_paragraph("- is \u2018good\u2019 at using its resources to meet demand; and")
    d.add_paragraph("- \u2018requires improvement\u2019 in planning for future demand.")
    d.add_paragraph("Last year, HMIC judged the force to be good at efficiency. HM Inspector of"
                    + NB + "Constabulary Matthew Pellow said:")
    para_with_breaks(d, [
        "\u201cDerbyshire Constabulary has a good understanding of the demand for its services, "
        "including the less obvious demand from vulnerable people who do not always",
        "contact the police. It uses its resources well \u2014 its cost\u2014effective joint "
        "working with Nottinghamshire Police on custody is one example.",
    ])
    para_with_breaks(d, [
        "\u201cHowever, the force\u2019s plans for the future are less well developed. It does "
        "not yet know what skills its workforce will need, and its change programme is not "
        "linked to a long\u2013term financial plan.\u201d",
    ])
    d.add_paragraph("HMIC identified one area for improvement:")
    para_with_breaks(d, [
        "The force should develop a clear long\u2013term plan for its work" + ZW + "force, based "
        "on a full under" + SHY + "standing of the skills that its officers and",
        "staff will need in future.",
    ])
    d.add_paragraph("Chief Constable Alasdair Wemyss said: \"We are pleased that HMIC has "
                    "recognised the good work of our officers and staff. A new workforce plan "
                    "will be in place by April.\"")
    d.add_paragraph("Derbyshire\u2019s Police and Crime Commissioner, Harjit Sandhu, said the "
                    "report was \u201ca fair reflection\u201d of a force under pressure.")
    d.add_paragraph("ENDS")
    d.add_paragraph("Notes to editors", style="Heading 2")
    d.add_paragraph("1. HMIC\u2019s judgements are outstanding, good, requires improvement and "
                    "inadequate.")
    d.add_paragraph("2. Derbyshire Fire & Rescue Service is not inspected by HMIC.")
    d.save(os.path.join(DOCS, "nh07.docx"))


if __name__ == "__main__":
    nh06()
    nh07()
    print("wrote nh06.docx, nh07.docx")
