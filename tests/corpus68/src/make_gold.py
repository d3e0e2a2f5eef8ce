"""Write gold/lm01.json ... gold/lm10.json for corpus68 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
LIN, LEI, DER, NOT = "Lincolnshire Police", "Leicestershire Police", "Derbyshire Constabulary", "Nottinghamshire Police"
NOR = "Northamptonshire Police"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


# The invented grades, shared by every document that states them.
LIN25 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]
DER25 = [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, A), (WORK, G), (LFM, A)]
LEI22 = [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]
NOT17 = [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI), ("fair-treatment-workforce", G)]

HMI_LIN = person("Rhiannon Castellow", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")
CC_LIN = person("Marcus Ellingham", "chief-constable", LIN, "Chief Constable")
HMI_DER = person("Hermione Ashdown-Blake", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")
CC_DER = person("Rachel Swinford-Oakes", "chief-constable", DER, "Chief Constable")
CC_NOT = person("Daniel Ostrowski-Bray", "chief-constable", NOT, "Chief Constable")
TCC_LEI = person("Owen Bracegirdle", "chief-constable", LEI, "Temporary Chief Constable", "temporary")

LIN_AFI_INV = ("The force should make sure that investigations are effectively supervised, and that each "
               "investigation has a plan that is recorded and kept up to date.")
LIN_AFI_PVP = ("The force should make sure that officers complete a domestic abuse risk assessment for every "
               "victim and that the assessment is reviewed by a specialist within 24 hours.")
LIN_AFI_WORK = ("The force should develop a workforce plan that identifies the skills and capabilities it will "
                "need in the future, including in digital forensics and financial investigation.")
DER_AFIS = [
    (INV, "The force should make sure that investigations are allocated to officers with the right skills and "
          "that supervisors review them regularly."),
    (INV, "The force should make sure that it keeps victims informed of the progress of their investigations, "
          "in line with the Code of Practice for Victims of Crime."),
    (PVP, "The force should improve how quickly it shares information about children at risk with its "
          "safeguarding partners."),
    (PPT, "The force should improve the recording of the reasons for using force, and make sure that body-worn "
          "video is used whenever force is used."),
]
NOT_VET = ("The force should ensure that all officers and staff have received at least the lowest level of "
           "vetting clearance for their roles, and that it clears the backlog of vetting renewals.")
LEI_AFI1 = ("The force should make sure that investigations are allocated to officers with the skills and "
            "experience needed, and that supervisors oversee them effectively.")

GOLDS = []

# lm01 -- typeset PEEL 2023-25 report (PDF), Lincolnshire -------------------------------
GOLDS.append(gold(
    "lm01.pdf", "peel-report-2021", [LIN], [HF], [insp(LIN, P2325, inspectorate=HF)],
    grades(LIN, P2325, LIN25),
    afis=[stmt(LIN, P2325, INV, LIN_AFI_INV), stmt(LIN, P2325, PVP, LIN_AFI_PVP),
          stmt(LIN, P2325, WORK, LIN_AFI_WORK)],
    recs=[stmt(LIN, P2325, RESP,
               "Within six months, the force should introduce a demand plan for its contact management centre "
               "that sets out how it will reduce the time callers wait for a non-emergency call to be answered.")],
    coc=[stmt(LIN, P2325, RESP,
              "Lincolnshire Police is not answering non-emergency calls quickly enough, and too many callers "
              "abandon their calls before they are answered.")],
    people=[HMI_LIN, CC_LIN],
    notes=[
        "The grades are on a landscape page in the real HMICFRS layout: one column per grade word, the areas "
        "listed under their grade ('Good' column: four areas; 'Adequate': three; 'Requires improvement': "
        "responding). The Outstanding and Inadequate columns are empty. The 'Key to judgements' line and the "
        "scale sentence give nothing; victims is not graded.",
        "Typesetting: soft hyphens (&shy;) in the source break words at line ends ('investi-/gations', "
        "'manage-/ment'), and pypdf writes an unbroken soft hyphen as a space ('per formance'). DejaVu Serif "
        "ligatures (ffi, fi, ff) come out as U+FB03/FB01/FB00 in pypdf's text. Gold texts are the words as "
        "printed, without hyphens or ligature characters. Headings are in small caps (pypdf gives capitals). "
        "The drop cap 'I' is extracted on its own line. The running header is rotated in the left margin.",
        "Footnotes mention PEEL 2021/22 and 2019 with no grade word: nothing. 'good practice' (innovative "
        "practice box) is a distractor. Leadership says 'no areas for improvement'.",
    ]))

# lm02 -- academic research note (PDF), four East Midlands forces -------------------------
GOLDS.append(gold(
    "lm02.pdf", "national-release", [LIN, DER, LEI, NOT], [HF, H],
    [insp(LIN, P2325, inspectorate=HF), insp(DER, P2325, inspectorate=HF),
     insp(LEI, P2122, inspectorate=HF), insp(NOT, P2122, inspectorate=HF)],
    grades(LIN, P2325, [(RESP, RI), (INV, A)]) +
    grades(DER, P2325, [(RESP, A), (INV, RI), (PREV, G), (WORK, G)]) +
    grades(LEI, P2122, [(RESP, A), (INV, RI)]) +
    grades(NOT, P2122, [(RESP, RI), (INV, A), (PREV, G)]),
    people=[CC_LIN],
    notes=[
        "Table 1 (caption above, booktabs rules) names forces by place only ('Lincolnshire'); the Round column "
        "gives the period. Prose adds Derbyshire's preventing crime and workforce grades and Nottinghamshire's "
        "preventing crime grade (2021/22 report). 'Lincolnshire's report carries a cause of concern' quotes no "
        "text: no statement.",
        "Inspectorates: HMICFRS and HMIC are both named in the introduction and footnote 1; every graded "
        "inspection is HMICFRS's ('Source: HMICFRS force reports').",
        "People: 'Lincolnshire\u2019s Chief Constable, Marcus Ellingham' is title-first, so the title is the office "
        "'Chief Constable'. The authors (small caps) are not person facts. Footnote 2's 2016 and 2017 legitimacy "
        "inspections state no grade.",
    ]))

# lm03 -- PCC section 55 letter (PDF), Derbyshire ---------------------------------------
GOLDS.append(gold(
    "lm03.pdf", "response-record", [DER], [HF],
    [insp(DER, P2325, inspectorate=HF), insp(DER, "2018/19", "Effectiveness", HF)],
    grades(DER, P2325, DER25) + grades(DER, "2018/19", [(None, G)], pillar="Effectiveness"),
    afis=[stmt(DER, P2325, q, t, u) for (q, t), u in zip(DER_AFIS, [True, True, True, False])],
    people=[HMI_DER, CC_DER,
            person("Gareth Linford-Hayes", "commissioner", DER, "Police and Crime Commissioner for Derbyshire")],
    notes=[
        "Grades are in the letter's prose: good (two areas), adequate (a four-item list with commas inside "
        "'managing offenders and suspects'), requires improvement ('both were graded requires improvement', "
        "referring back to investigations and protecting vulnerable people).",
        "Footnote 1 is printed on the page: 'graded good for effectiveness in the 2018/19 PEEL inspection' is a "
        "2018/19 Effectiveness pillar judgement (inspectorate taken from the document's HMICFRS context). Its "
        "2021/22 'praised' gives nothing.",
        "The annex AFI table: three rows give the force's progress (true); the use-of-force row says 'Response "
        "to follow ...' (false). Derbyshire Fire and Rescue Service's 'good' is a distractor, as are the grading "
        "scale sentence and 'good practice'. 'There are no causes of concern'.",
        "The PCC signs name-first with the full title; the CC and HMI are named in prose.",
    ]))

# lm04 -- OPCC response record (DOCX), Nottinghamshire Legitimacy 2017 --------------------
GOLDS.append(gold(
    "lm04.docx", "response-record", [NOT], [HF, H],
    [insp(NOT, "2017", "Legitimacy", HF), insp(NOT, "2016", "Legitimacy", H)],
    grades(NOT, "2017", NOT17, pillar="Legitimacy") + grades(NOT, "2016", [(None, G)], pillar="Legitimacy"),
    afis=[
        stmt(NOT, "2017", "fair-treatment-public",
             "The force should make sure that all officers who use stop and search powers are given feedback by "
             "their supervisors on the quality of the grounds they record.", True, "Legitimacy"),
        stmt(NOT, "2017", "ethical-lawful-workforce", NOT_VET, True, "Legitimacy"),
        stmt(NOT, "2017", "ethical-lawful-workforce",
             "The force should improve how it records and monitors complaints about discrimination, so that it "
             "can identify trends.", False, "Legitimacy"),
    ],
    people=[
        person("Jonathan Freel-Ashworth", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Caroline Henshall-Maude", "commissioner", NOT, "Police and Crime Commissioner for Nottinghamshire"),
        CC_NOT,
        person("Priya Ramdeen", "chief-constable", NOT, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Word traps: the Force cell is a DOCPROPERTY field whose cached result is 'Nottinghamshire Police'; the "
        "contents list is a TOC field with cached entries; styles have odd names ('~OPCC Head 1 (numbered)', "
        "'zz AFI heading – do not use'); three real footnotes (word/footnotes.xml) mention 2015, 2016, 2018 and "
        "2019 but are not body text and state no grade; a continuous section break switches to two columns; "
        "header and footer (PAGE/NUMPAGES fields) are not body text.",
        "'Last year HMIC also judged the force to be good' gives a 2016 Legitimacy judgement, HMIC.",
        "AFI 3's 'Force Update: Awaiting update ...' gives no update: false. The Deputy Chief Constable is named "
        "inside AFI 1's update: a person fact with qualifier deputy.",
        "The background's four-grade list and the national State of Policing recommendation give nothing.",
    ]))

# lm05 -- OPCC response record (DOCX, nested table), Leicestershire 2021/22 --------------
GOLDS.append(gold(
    "lm05.docx", "response-record", [LEI, NOT], [], [insp(LEI, P2122)],
    grades(LEI, P2122, LEI22),
    afis=[stmt(LEI, P2122, INV, LEI_AFI1, True),
          stmt(LEI, P2122, INV, "The force needs to make sure it completes victim needs assessments and records "
                                "whether victims support investigations.", True),
          stmt(LEI, P2122, PPT, "The force should improve how it gathers and uses feedback from communities about "
                                "its use of force and stop and search.", False),
          stmt(LEI, P2122, LFM, "The force should improve its understanding of the demand it faces, so that it can "
                                "plan its resources and workforce skills effectively.", True)],
    people=[person("Harjit Sandhu-Whitlow", "commissioner", LEI,
                   "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"), TCC_LEI],
    notes=[
        "The grades are in a table NESTED inside the Grade cell of the record table (python-docx cell.add_table). "
        "2021/22 names: 'Treatment of the public' -> treatment-of-public, 'Developing a positive workplace' -> "
        "workforce, 'Good use of resources' -> leadership-management (its 'Good' is not a grade), 'Recording data "
        "about crime' -> crime-recording. Victims 'Not graded' and SOC 'not graded in this report' give nothing.",
        "No inspectorate is named anywhere in the body (only 'the inspectorate'), so inspectorates is empty and "
        "the inspection's inspectorate is null. The force field says only 'Leicestershire'.",
        "Endnotes (word/endnotes.xml: 2018/19, the grading scale) are not body text. The AFIs sit after a "
        "new-page section break in two columns, in a style named 'Body – AFI quotation'. The treatment AFI's "
        "'Force Update: To follow.' is no update. Nottinghamshire Police is a partner in an update: forces only.",
    ]))

# lm06 -- force press release (DOCX, endnotes), Lincolnshire 2023-25 ---------------------
GOLDS.append(gold(
    "lm06.docx", "press-release", [LIN], [HF], [insp(LIN, P2325, inspectorate=HF)],
    grades(LIN, P2325, LIN25),
    people=[CC_LIN,
            person("Joanne Farrant-Leigh", "chief-constable", LIN, "Deputy Chief Constable", "deputy"),
            person("Stella Brackenridge", "commissioner", LIN, "Lincolnshire\u2019s Police and Crime Commissioner")],
    notes=[
        "All eight grades are in prose lists; 'graded good in four of the eight areas' is a count. The cause of "
        "concern is described, not quoted: no statement.",
        "Distractors: the DCC's 'Not one area was graded inadequate, and half of them were graded good' names no "
        "area; the endnotes (five-point scale, a 2017 efficiency inspection) are in word/endnotes.xml, not body "
        "text; the header and footer. A continuous section break puts the middle in two columns. Quotes are in a "
        "style named 'Quote (indented ¶)'.",
        "Stella Brackenridge is named first, so her title is kept as written: 'Lincolnshire\u2019s Police and Crime "
        "Commissioner'.",
    ]))

# lm07 -- HMICFRS web page (HTML: details, template, hidden), Derbyshire 2023-25 ---------
GOLDS.append(gold(
    "lm07.html", "peel-report-2021", [DER, NOT], [HF], [insp(DER, P2325, inspectorate=HF)],
    grades(DER, P2325, DER25),
    afis=[stmt(DER, P2325, q, t) for q, t in DER_AFIS],
    people=[HMI_DER, CC_DER],
    notes=[
        "Grades: the data table with <caption> and th scope=row; the <details> summaries repeat five of them. "
        "The <template> rows (Good / Outstanding) are never rendered, the hidden 'DRAFT' div (inadequate) and the "
        "display:none cookie-policy date are not shown: none are facts. The <noscript> text has no facts. The "
        "'How we grade' definition list is the grading scale: nothing.",
        "AFIs sit inside <details> accordions, only the first open; a reader opens them, so they count. No "
        "force updates on an inspectorate page.",
        "Nottinghamshire Police is named only as a 'Related content' link: in forces, no inspection. 'In 2021/22 "
        "we raised no concerns' states no grade. 'good practice' and 'an adequate understanding' are distractors.",
    ]))

# lm08 -- PCC news article (HTML: dl, br), Nottinghamshire Legitimacy 2017 ---------------
GOLDS.append(gold(
    "lm08.html", "press-release", [NOT, DER], [HF, H],
    [insp(NOT, "2017", "Legitimacy", HF), insp(NOT, "2016", "Legitimacy", H)],
    grades(NOT, "2017", NOT17, pillar="Legitimacy") + grades(NOT, "2016", [(None, G)], pillar="Legitimacy"),
    afis=[stmt(NOT, "2017", "ethical-lawful-workforce", NOT_VET, False, "Legitimacy")],
    people=[person("Caroline Henshall-Maude", "commissioner", NOT, "Police and Crime Commissioner"), CC_NOT],
    notes=[
        "Question grades are <dt>/<dd> pairs; the PCC's quote is split by <br>. 'Last year HMIC graded the "
        "force good for legitimacy too' gives the 2016 judgement.",
        "The display:none editor's note ('graded outstanding') is not shown: not a fact. The Chief Constable's "
        "remark about vetting comes before the AFI and is reported, not an update to it: has_force_update false.",
        "Derbyshire Constabulary is named in a related-news link: forces only. The budget consultation date is "
        "a distractor.",
    ]))

# lm09 -- reST-like panel appendix (TXT, cp1252, CRLF), Derbyshire Effectiveness 2016 -----
GOLDS.append(gold(
    "lm09.txt", "peel-report", [DER, LEI, LIN, NOT, NOR], [H],
    [insp(DER, "2016", "Effectiveness", H), insp(DER, "2015", "Effectiveness", H)],
    grades(DER, "2016", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], pillar="Effectiveness") +
    grades(DER, "2015", [(None, G)], pillar="Effectiveness"),
    afis=[
        stmt(DER, "2016", PVP, "The constabulary should ensure that all missing children are risk assessed "
             "correctly, and that return home interviews are carried out and their findings shared with partner "
             "agencies.", pillar="Effectiveness"),
        stmt(DER, "2016", PVP, "The constabulary should review how it allocates domestic abuse incidents that are "
             "not graded as an emergency, so that victims receive a timely response.", pillar="Effectiveness"),
        stmt(DER, "2016", SOC, "The constabulary should improve its use of ancillary orders, such as serious crime "
             "prevention orders, to disrupt organised criminals.", pillar="Effectiveness"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings; reStructuredText-like headings (=== / --- / ~~~ underlines), a field list, "
        "a '.. contents::' directive and a grid table whose question cells wrap over two or three rows.",
        "'Last year we judged the constabulary to be good' gives the 2015 Effectiveness judgement (HMIC context).",
        "Specialist capabilities 'Not graded' / 'good arrangements' give nothing; the simple table of demand "
        "figures and the Panel's own recommendation give nothing. The key lists the four-grade scale. The four "
        "other East Midlands forces are named as collaborators only.",
    ]))

# lm10 -- mail archive (TXT), Leicestershire 2021/22 ------------------------------------
GOLDS.append(gold(
    "lm10.txt", "press-release", [LEI, NOT], [HF], [insp(LEI, P2122, inspectorate=HF)],
    grades(LEI, P2122, LEI22),
    afis=[stmt(LEI, P2122, INV, LEI_AFI1, False)],
    people=[person("Wendell Okafor-Price", "inspector", HF, "HM Inspector of Constabulary"),
            person("Harjit Sandhu-Whitlow", "commissioner", LEI, "Commissioner"), TCC_LEI],
    also={"inspections": [insp(NOT, P2122)],
          "judgements": grades(NOT, P2122, [(RESP, RI)])},
    notes=[
        "A pipermail-style archive: a forwarded HMICFRS press notice with a fixed-width grade table, a reply that "
        "quotes one table line with '>' markers, and a reply quoting one AFI (indented) from the force's summary.",
        "Nottinghamshire's 'inspected this year and was graded requires improvement for responding to the "
        "public' (September 2022) does not name the period; it is 2021/22 by date only, so also_acceptable "
        "(inspectorate unstated). It agrees with lm02.",
        "Notes to editors give the scale and a 2018/19 round with no grade. 'good practice' is quoted by a "
        "councillor. 'the Commissioner, Harjit Sandhu-Whitlow' -> title 'Commissioner'. The councillor and the "
        "scrutiny officer are not person facts. The AFI has no update in the archive: false.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
