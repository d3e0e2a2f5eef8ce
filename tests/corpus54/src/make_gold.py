"""Write gold/ky01.json ... gold/ky10.json for corpus54 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts import *  # noqa

GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, HF = "2023-25", "2021/22", "HMICFRS"
CURLY_HMI = "His Majesty\u2019s Inspector of Constabulary"


def insp(force, period=P2325, inspectorate=HF):
    return {"force": force, "period": period, "pillar": "PEEL", "inspectorate": inspectorate}


def grades(force, period=P2325, pairs=None):
    pairs = pairs if pairs is not None else [(k, GRADES[force][k]) for k in KEYS]
    return [{"force": force, "period": period, "pillar": "PEEL", "question": q, "grade": g} for q, g in pairs]


def stmt(force, question, text, update, period=P2325):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question, "text": text,
            "has_force_update": update}


def afis(force, pairs, updates, period=P2325):
    return [stmt(force, q, t, u, period) for (q, t), u in zip(pairs, updates)]


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspections, judgements=(), afi=(), recs=(), coc=(), people=(),
         encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": [HF], "inspections": list(inspections), "judgements": list(judgements),
         "areas_for_improvement": list(afi), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# ky01 -- Gloucestershire PEEL improvement plan (DOCX)
GOLDS.append(gold(
    "ky01.docx", "response-record", [GLO], [insp(GLO)], grades(GLO),
    afi=afis(GLO, GLO_AFI, [True, True, True, False]),
    recs=[stmt(GLO, RESP, GLO_R1A, True), stmt(GLO, RESP, GLO_R1B, True), stmt(GLO, LFM, GLO_R2A, True)],
    coc=[stmt(GLO, RESP, GLO_CC1, False), stmt(GLO, LFM, GLO_CC2, False)],
    people=[person("Marcus Oyinlola", "chief-constable", GLO, "Deputy Chief Constable", "deputy"),
            person("Imogen Tredwell", "chief-constable", GLO, "Chief Constable")],
    notes=[
        "A force's improvement plan: response-record. The list numbers '1.', 'a)', '(i)' come from the "
        "numbering part (w:numPr with a three-level abstractNum), not from the paragraph text. Level 0 items "
        "are causes of concern, level 1 items are their recommendations, and level 2 items are the "
        "sub-bullets of recommendation 1b, whose lead-in ends in a colon: they are joined to it as one statement.",
        "Each recommendation is followed by an 'Our response:' paragraph (List Continue 2, not a list item), "
        "so has_force_update is true; each cause of concern is followed directly by its first recommendation, "
        "so false. AFI 4's Progress cell is 'No update this quarter', so false.",
        "The subtitle, version, date, plan owner and approver are in content controls (w:sdt, one block-level, "
        "four inline). The plan owner 'Deputy Chief Constable Marcus Oyinlola' and the approver 'Chief "
        "Constable Imogen Tredwell' are only in content controls, which are body text as Word shows them. "
        "The later signature 'Imogen Tredwell, Chief Constable' is the same person.",
        "The table of contents is a TOC field with its cached result (entries with dotted-leader tabs and page "
        "numbers); the headings it lists are not facts. Gloucestershire Fire and Rescue Service's separate "
        "inspection gives nothing; the unnamed PCC and assistant chief constables are not person facts. The "
        "grading scale in brackets gives nothing. 'Engage' is a monitoring process, not a grade.",
        "The page header/footer (force name, plan title, PAGE field) and the appendix section break are not "
        "body text and state no extra fact.",
    ]))

# ky02 -- Hampshire PCC section 55 response (DOCX)
GOLDS.append(gold(
    "ky02.docx", "response-record", [HAM], [insp(HAM), insp(HAM, P2122)],
    grades(HAM) + grades(HAM, P2122, [(INV, HAM_2122_INV)]),
    afi=afis(HAM, HAM_AFI, [True, True, True, False, True]),
    people=[person("Declan Rusholme", "chief-constable", HAM, "Chief Constable"),
            person("Ottoline Vance", "commissioner", HAM,
                   "Police and Crime Commissioner for Hampshire and the Isle of Wight")],
    notes=[
        "TRACKED CHANGE: the grade for protecting vulnerable people is written as a w:del of 'adequate' "
        "followed by a w:ins of 'requires improvement' (author Ottoline Vance). The gold follows the document "
        "with changes accepted, so the grade is Requires improvement (it also agrees with ky08). An "
        "extractor that reads w:delText would wrongly see 'adequate requires improvement'.",
        "A comment (comments part) is anchored on the 2021/22 sentence; its text is not body text. "
        "Investigating crime 'was also graded requires improvement in the 2021/22 inspection' gives a 2021/22 "
        "judgement and inspection.",
        "AFI 3 is entirely inside a w:hyperlink, and AFI 1's second half ('and that it records when it has "
        "contacted them') is a hyperlink, with the full stop outside it. The AFI paragraphs are in Word's "
        "Quote style under bold 'Area for improvement n (area)' labels; the area in brackets gives the question.",
        "has_force_update: true where a 'Force response:' follows the AFI; AFI 4 has only a 'Commissioner's "
        "comment:' saying the force has not given its update, so false.",
        "'Introduction', 'Areas for improvement' and 'Conclusion' are headings made by bold runs in Normal "
        "paragraphs. Footnotes and endnotes (the section 55 note, the grading scale, a national programme) are "
        "not body text. The List Bullet / List Bullet 2 items are about scrutiny, not statements.",
        "The force is named only as 'Hampshire and Isle of Wight Constabulary' (an alias of Hampshire "
        "Constabulary in forces.csv). The PCC's title is taken from her signature block (name then title); the "
        "Chief Constable is named as 'the Chief Constable, Declan Rusholme'.",
    ]))

# ky03 -- Avon and Somerset Joint Audit Committee paper (DOCX)
GOLDS.append(gold(
    "ky03.docx", "response-record", [AS], [insp(AS), insp(AS, P2122)], grades(AS),
    afi=afis(AS, AS_AFI, [True, True, True, False]),
    coc=[stmt(AS, RESP, AS_2122_CC, True, P2122)],
    people=[person("Piers Haldane-Croft", "chief-constable", AS, "Chief Constable")],
    notes=[
        "All eight 2023-25 grades are only in a text box (a wps shape in mc:Choice with a VML copy in "
        "mc:Fallback) anchored in the first body paragraph: 'Good: police powers and public treatment; "
        "preventing crime; managing offenders; leadership and force management', and so on. 'managing "
        "offenders' -> managing-offenders; 'workforce' -> workforce. The VML fallback repeats the same text and "
        "must not double the facts.",
        "The grade for responding to the public 'has improved since the previous inspection' names no 2021/22 "
        "grade: no 2021/22 judgement. The 2021/22 inspection is listed because the tracker holds the 2021/22 "
        "cause of concern.",
        "Appendix 1 is a landscape section. Its Source cell is merged down (vMerge) over the four PEEL 2023-25 "
        "rows, so the continuation cells are empty. The Update cell of PEEL23-04 is a dash, so false; the others "
        "are true. The 2021/22 cause of concern row has its own update (closed by HMICFRS), so true; its "
        "question is responding-to-public from its wording (the tracker has no area column).",
        "Section 3's table has a title row merged across three columns and a nested table inside a cell "
        "(references and RAG statuses only: no facts). 'reasonable assurance' is an audit rating. National "
        "thematic recommendations are mentioned but not listed.",
    ]))

# ky04 -- North Wales Chief Constable's report to the Police and Crime Panel (DOCX)
GOLDS.append(gold(
    "ky04.docx", "response-record", [NW], [insp(NW)], grades(NW),
    afi=afis(NW, NW_AFI, [True, True, True]),
    people=[person("Emrys Dafydd-Lloyd", "commissioner", NW, "Police and Crime Commissioner"),
            person("Gwenllian Parry-Hughes", "chief-constable", NW, "Chief Constable")],
    notes=[
        "Paragraph numbers '1.'-'6.' and the lettered grade list 'a)'-'h)' come from the numbering part, not the "
        "text. The grades are 'Area \u2013 grade;' items under 'The inspectorate graded the force as follows:'. "
        "'Preventing crime and antisocial behaviour' -> preventing-crime.",
        "Each AFI is in a block-level content control (w:sdt, Intense Quote style). AFI 2 also holds a tracked "
        "change: w:del 'notices' and w:ins 'orders'. With changes accepted the text ends 'domestic violence "
        "protection orders.', as in ky06.",
        "Each AFI is followed by a 'Progress:' paragraph, so all three are true.",
        "'good practice' and 'No causes of concern were identified' give nothing. The PCC is named title-first "
        "('The Police and Crime Commissioner, Emrys Dafydd-Lloyd'). The Chief Constable signs 'Gwenllian "
        "Parry-Hughes / Chief Constable'; the cover table's 'Report by: Chief Constable' is unnamed. The "
        "footnote citing the HMICFRS report is not body text. The page header carries 'Heddlu Gogledd Cymru'.",
    ]))

# ky05 -- Dorset annual report chapter (DOCX)
GOLDS.append(gold(
    "ky05.docx", "press-release", [DOR, AS, GLO], [insp(DOR), insp(DOR, P2122)],
    grades(DOR) + grades(DOR, P2122, [(INV, DOR_2122_INV)]),
    afi=afis(DOR, DOR_AFI, [False] * 4),
    people=[person("Barnaby Kettleby", "commissioner", DOR, "Police and Crime Commissioner"),
            person("Alistair Fenwick-Oduya", "chief-constable", DOR, "Chief Constable")],
    notes=[
        "A chapter of a force's annual report. No genre fits well; it is the force publicising its own "
        "results, so press-release (unsure).",
        "The eight 2023-25 grades are in an 'At a glance' text box (wps shape with a VML fallback). 'Workforce' "
        "-> workforce; 'Preventing crime' -> preventing-crime. The prose 'judged good in five of the eight "
        "areas' is a count. 'an improvement on the requires improvement grade we received for investigating "
        "crime in the 2021/22 inspection' gives a 2021/22 judgement.",
        "The four AFIs are List Bullet items after a lead-in ending 'They are:' whose end is a hyperlink. The "
        "lead-in is not part of any statement (the bullets are full sentences). No update follows any of them: "
        "the paragraph about the Force Improvement Board covers them all and gives no progress, so all false.",
        "'What the inspectorate found', 'Where we need to improve' and 'Other scrutiny' are bold Normal "
        "paragraphs, not Heading styles. List Bullet 2 holds a place name. Endnotes are not body text.",
        "Dorset & Wiltshire Fire and Rescue Service 'was judged good' in its own (fire) inspection: no "
        "judgement, and Wiltshire Police is not named. Avon and Somerset Constabulary and Gloucestershire "
        "Constabulary are named in passing with no grade.",
    ]))

# ky06 -- HMICFRS-style PEEL report summary, North Wales (PDF)
GOLDS.append(gold(
    "ky06.pdf", "peel-report-2021", [NW], [insp(NW)], grades(NW),
    afi=afis(NW, NW_AFI, [False] * 3),
    people=[person("Cressida Hollinrake", "inspector", HF, CURLY_HMI)],
    notes=[
        "Printed from src/ky06.html as five fixed pages, like a Word export: a running header and page number "
        "on each page, a contents list with dotted leaders, numbered headings '1', '1.1', '2.1', footnotes at "
        "the page bottom, Table 1 split over pages 2 and 3 with its header row repeated under 'Table 1 "
        "(continued)', and a landscape appendix page.",
        "Grades come from Table 1 (Area | Grade | Summary). 'innovative practice', 'Good practice in an "
        "adequate area' (box title), the grading-scale sentence and footnote, and the national "
        "recommendation 'that all chief constables should review ...' give nothing. No recommendations or "
        "causes of concern. The appendix data table has no grades.",
    ]))

# ky07 -- Dorset PCC response (PDF)
GOLDS.append(gold(
    "ky07.pdf", "response-record", [DOR, HAM, AS], [insp(DOR), insp(DOR, P2122)],
    grades(DOR) + grades(DOR, P2122, [(INV, DOR_2122_INV)]),
    afi=afis(DOR, DOR_AFI, [True, True, False, True]),
    people=[person("Alistair Fenwick-Oduya", "chief-constable", DOR, "Chief Constable"),
            person("Lorcan Whitlow", "inspector", HF, CURLY_HMI),
            person("Barnaby Kettleby", "commissioner", DOR, "Police and Crime Commissioner for Dorset")],
    notes=[
        "A Word-style export: @page margin boxes give the running header and 'Page n of 3'; a dotted-leader "
        "contents list; numbered headings '2.1', '2.2'. The AFI table breaks across pages 2 and 3 with its "
        "header row repeated.",
        "'In 2021/22 the force was graded requires improvement for investigating crime' gives a 2021/22 "
        "judgement. AFI 3's cell says the force has no update, so false; the others hold the force's response.",
        "The PCC is unnamed in 'As the Police and Crime Commissioner for Dorset, I must ...' and named only in "
        "the signature, so the title is the signature's. Hampshire and Avon and Somerset are named as "
        "neighbouring commissioners' areas, with no grade. The fire service and the 2023/24 budget give nothing.",
    ]))

# ky08 -- Hampshire Joint Audit Committee paper (PDF)
GOLDS.append(gold(
    "ky08.pdf", "response-record", [HAM], [insp(HAM), insp(HAM, P2122)],
    grades(HAM, pairs=[(INV, RI), (PVP, RI), (PREV, G), (WORK, G)]) + grades(HAM, P2122, [(INV, HAM_2122_INV)]),
    afi=afis(HAM, HAM_AFI, [True, True, True, False, True])
        + [stmt(HAM, INV, HAM_2122_AFI, True, P2122)],
    people=[person("Helena Marchbank", "chief-constable", HAM, "Deputy Chief Constable", "deputy"),
            person("Declan Rusholme", "chief-constable", HAM, "Chief Constable")],
    also={"judgements": grades(HAM, pairs=[(PPT, A), (RESP, A), (MOS, A), (LFM, A)])},
    notes=[
        "LibreOffice-style export: portrait paper, then a landscape appendix (named @page) whose tracker table "
        "crosses two pages with its header row repeated.",
        "'adequate in the remaining four graded areas' names no areas, so those four 2023-25 grades are in "
        "also_acceptable only (a reader who knows the framework can work them out from the four named).",
        "'Investigating crime was graded requires improvement in 2021/22 as well' gives a 2021/22 judgement; "
        "the carried-forward 2021/22 AFI has its own update (true).",
        "AFI 4's update is 'Update awaited from Contact Management.', so false. The national thematic vetting "
        "recommendation to 'Chief constables' and the ten custody inspection recommendations are not PEEL facts "
        "(custody is a joint inspection with HMI Prisons; the JTAI is 'Not graded').",
        "The report is by 'Deputy Chief Constable Helena Marchbank' (deputy); the Chief Constable is named as "
        "'the Chief Constable, Declan Rusholme'. The force is named 'Hampshire Constabulary' in 1.1; the fire "
        "service name is not a police force.",
    ]))

# ky09 -- HMICFRS-style web page, Gloucestershire (HTML)
GOLDS.append(gold(
    "ky09.html", "peel-report-2021", [GLO, DOR, AS], [insp(GLO)], grades(GLO),
    afi=afis(GLO, GLO_AFI, [False] * 4),
    recs=[stmt(GLO, RESP, GLO_R1A, False), stmt(GLO, RESP, GLO_R1B, False), stmt(GLO, LFM, GLO_R2A, False)],
    coc=[stmt(GLO, RESP, GLO_CC1, False), stmt(GLO, LFM, GLO_CC2, False)],
    people=[person("Fennella Arkwright", "inspector", HF, CURLY_HMI)],
    notes=[
        "Site chrome (cookie banner, menu, breadcrumbs, related content, footer) carries no facts; the related "
        "link 'PEEL 2021/22: An inspection of Gloucestershire Constabulary' gives no judgement.",
        "Grades are in a table and repeated in each accordion's summary; one judgement each. AFIs sit in "
        "<details> accordions under the area heading, which gives the question.",
        "Recommendation 2 of the first cause of concern is a lead-in ending in a colon with a nested <ul>: one "
        "statement with its three sub-bullets joined.",
        "'good practice' and the grading scale give nothing. Dorset Police and Avon and Somerset Constabulary "
        "are named in passing.",
    ]))

# ky10 -- Avon and Somerset annual report chapter (TXT, cp1252, CRLF)
GOLDS.append(gold(
    "ky10.txt", "press-release", [AS, DOR, GLO], [insp(AS), insp(AS, P2122)],
    grades(AS) + grades(AS, P2122, [(RESP, AS_2122_RESP)]),
    afi=afis(AS, AS_AFI, [True, True, True, True]),
    people=[person("Piers Haldane-Croft", "chief-constable", AS, "Chief Constable"),
            person("Thandiwe Morcombe", "commissioner", AS, "Police and Crime Commissioner")],
    encoding="cp1252",
    notes=[
        "Word's 'Save as plain text' output: cp1252, CRLF, list numbers written as '1.<tab>', sub-bullets as "
        "'o<tab>', a contents list with tab-separated page numbers.",
        "Grades are in prose lists: 'graded good in four areas: police powers and public treatment; preventing "
        "crime; managing offenders and suspects; and leadership and force management'; adequate for three; "
        "requires improvement for responding. 'in the 2021/22 inspection we were graded inadequate for "
        "responding to the public' gives a 2021/22 judgement. The 2021/22 cause of concern is mentioned but "
        "not quoted: no statement.",
        "AFIs 1-3 are each followed by a 'What we have done:' line. AFI 4 has none, but the paragraph right "
        "after it ('The fourth is being taken forward through our new leadership programme ...') is the force's "
        "update on it, so true (a strict reader could say false).",
        "Dorset Police and Gloucestershire Constabulary are named as regional partners, with no grade.",
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
