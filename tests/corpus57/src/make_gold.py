"""Write gold/lb01.json ... gold/lb10.json for corpus57 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:  python3 src/make_gold.py
"""
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

LEI, NOT, DER = "Leicestershire Police", "Nottinghamshire Police", "Derbyshire Constabulary"
LIN, NOR = "Lincolnshire Police", "Northamptonshire Police"

# One set of invented grades per force, used wherever the force appears.
GRADES = {
    (LEI, P2325): [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)],
    (NOT, P2325): [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, A), (WORK, G), (LFM, A)],
    (NOT, P2122): [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, G), (LFM, A)],
    (NOR, P2325): [(PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, RI)],
    (LIN, P2325): [(PPT, G), (PREV, A), (RESP, G), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, G)],
    (DER, P2122): [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, A), (CDI, G)],
}


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def allg(force, period, only=None):
    pairs = GRADES[(force, period)]
    if only is not None:
        pairs = [(q, g) for q, g in pairs if q in only]
    return grades(force, period, pairs)


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


DAMAGE_NOTE = ("Damaged text: statement texts, names and titles are copied exactly as the visible "
               "text has them, damage included (OCR 'rn' for 'm', '|' for 'l', split and joined "
               "words, hyphens left at line ends, mojibake), because GOLD-FORMAT asks for the "
               "statement 'exactly as written'. Grade words whose damage leaves them obvious "
               "('irnprovement', '0utstanding') count as their grade.")

GOLDS = []

# lb01 -- scanned PCC section 55 letter (PDF, OCR text layer), Leicestershire 2023-25 ----
GOLDS.append(gold(
    "lb01.pdf", "response-record", [LEI, NOT], [HF],
    [insp(LEI, P2325, inspectorate=HF)],
    allg(LEI, P2325),
    afis=[
        stmt(LEI, P2325, RESP,
             "The force should rnake sure that it answers non-emergency calls promptly, and that "
             "it reduces the number of calls abandoned before they are answered.", True),
        stmt(LEI, P2325, INV,
             "The force should improve how it supervises investigations, so that every "
             "investigation has a clear plan and victims are updated in line with the Victims' Code.", True),
        stmt(LEI, P2325, PVP,
             "The force should make sure that officers consistently cornplete a risk assessment "
             "when they attend incidents of domestic abuse.", False),
    ],
    people=[
        person("Desmond Farrant", "commissioner", LEI, "Police and Crime Commissioner"),
        person("Lorna Whitcombe", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rachel Tindall", "chief-constable", LEI, "Chief Constable"),
    ],
    notes=[
        DAMAGE_NOTE,
        "The grades are all in one prose paragraph: five 'good' areas in a list whose items "
        "contain commas ('building, supporting and protecting the workforce'), three 'adequate' "
        "(one of them 'protecting vu|nerable people'), and 'requires irnprovement in responding to "
        "the public' (OCR damage; the heading '(requires improvement)' confirms it).",
        "The letter says there are four AFIs and quotes three; the fourth (leadership and force "
        "management) is only described, not quoted, so it gives no statement.",
        "AFI 3 is followed only by a 'PCC comment' saying the Chief Constable's response will "
        "follow, so has_force_update is false. AFIs 1 and 2 have 'Force response:' blocks.",
        "People: the commissioner's name is clean in the letterhead ('Desmond Farrant, Police and "
        "Crime Commissioner') but OCR-damaged in the signature ('Desrnond Farrant'); the damaged "
        "form is not a second person. The salutation 'Ms Whitcornbe' is damaged; the address block "
        "gives the clean name with the title. The Assistant Chief Constable is not a person fact.",
        "Nottinghamshire Police is named only as a control-room partner: in forces, no inspection. "
        "The fire and rescue service's 'judged good' is not a police judgement. The rubber-stamp "
        "text ('RECEIVED 17 MAR 2025') lands in the middle of the OCR text layer.",
    ]))

# lb02 -- OCR'd scan of a PEEL legitimacy 2017 report (PDF), Lincolnshire ---------------
LEG = "Legitimacy"
GOLDS.append(gold(
    "lb02.pdf", "peel-report", [LIN, LEI, NOR], [HF, H],
    [insp(LIN, "2017", LEG, HF), insp(LIN, "2016", LEG, H)],
    grades(LIN, "2017", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI),
                         ("fair-treatment-workforce", G)], pillar=LEG)
    + grades(LIN, "2016", [(None, G)], pillar=LEG),
    afis=[
        stmt(LIN, "2017", "ethical-lawful-workforce",
             "The force should ensure that all its personnel have been vetted to the current "
             "national standard, and should have a clear plan to clear its backlog of vetting "
             "renewals by the end of 2018.", pillar=LEG),
        stmt(LIN, "2017", "ethical-lawful-workforce",
             "The force should ensure that its counter-corruption unit: has enough capability and "
             "capacity to counter corruption effectively and proactively; and can monitor al| its "
             "IT systems so that it can identify data breaches and misuse.", pillar=LEG),
        stmt(LIN, "2017", "fair-treatment-workforce",
             "The force should improve how it identifies and understands the wellbeing needs of "
             "its workforce, and should use this to target its support.", pillar=LEG),
    ],
    people=[person("Imogen Tarrant", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        DAMAGE_NOTE,
        "'when HMIC also judged the force to be good' gives the 2016 legitimacy grade (HMIC named).",
        "The ethical question is graded 'Requires irnprovement' under its question (OCR damage) and "
        "'requires improvernent' in the summary; both are read as Requires improvement. The two "
        "other questions are graded Good under their headings and 'both questions were graded good'.",
        "The counter-corruption AFI is a lead-in plus two '*' bullets (OCR read the bullet dots as "
        "asterisks) and is one statement.",
        "The HMI signs as 'Imogen Tarrant, HM Inspector of Constabulary' (clean in the OCR layer).",
        "The inspectorate line reads 'HMlCFRS' (damaged) but '© HMICFRS 2017' and the full name "
        "'Inspectorate of Constabulary and Fire & Rescue Services' name it cleanly.",
        "Leicestershire and Northamptonshire are named as partners with no grade. 'good practice', "
        "'an adequate supply' and 'a good examp|e' are distractors.",
    ]))

# lb03 -- OCR'd police and crime panel paper (PDF), Derbyshire 2021/22 -----------------
GOLDS.append(gold(
    "lb03.pdf", "response-record", [DER], [HF],
    [insp(DER, P2122, inspectorate=HF)],
    allg(DER, P2122),
    afis=[
        stmt(DER, P2122, RESP,
             "The force should make sure that it answers emergency calls within the national "
             "standard, and that it records the vulnerability of callers at the first point of contact.", True),
        stmt(DER, P2122, LFM,
             "The force should improve its understanding of the demand it faces, so that it can match "
             "its workforce to that demand over the medium term.", True),
    ],
    people=[
        person("Angus Marlowe", "commissioner", DER, "Commissioner"),
        person("Gareth Penhallow", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Sunita Marwaha", "chief-constable", DER, "Chief Constable"),
    ],
    notes=[
        DAMAGE_NOTE,
        "Table 1's 'Preventing crime ... 0utstanding' (zero for O) is Outstanding; paragraph 3.2 "
        "repeats 'graded outstanding for preventing crime'. 'Good use of resources' is the 2021/22 "
        "name of leadership-management, and its first word is not a grade. 'Developing a positive "
        "workp|ace' -> workforce; 'Recording data about crime' -> crime-recording. Victim service "
        "was 'not graded'. The five-point key is a distractor.",
        "The commissioner is named title-first as 'The Commissioner, Angus Marlowe', so the title "
        "is 'Commissioner' (the only title the text attaches to him). Unsure: a grader may expect "
        "'Police and Crime Commissioner', which appears only in the heading and the office name.",
        "The fire and rescue service's 'judged good' and 'good practice' are distractors.",
    ]))

# lb04 -- PCC news page with mojibake (HTML), Nottinghamshire 2023-25 -------------------
GOLDS.append(gold(
    "lb04.html", "press-release", [NOT, DER], [HF],
    [insp(NOT, P2325, inspectorate=HF), insp(NOT, P2122, inspectorate=None)],
    allg(NOT, P2325) + allg(NOT, P2122, only={RESP}),
    afis=[
        stmt(NOT, P2325, INV,
             "The force should make sure that the force\u00e2\u20ac\u2122s investigations are "
             "allocated to officers with the right skills, and that supervisors review them regularly."),
    ],
    people=[
        person("Yasmin Okafor", "commissioner", NOT, "Police and Crime Commissioner"),
        person("Owen Bracegirdle", "chief-constable", NOT, "Chief Constable"),
    ],
    notes=[
        DAMAGE_NOTE,
        "The article body went through a UTF-8 -> Windows-1252 -> UTF-8 round trip: 'â€™' for "
        "apostrophes, 'â€“' for dashes, 'â€œ...â€' plus a C1 control character (U+009D) for "
        "curly quotes, 'Â£' for the pound sign. The file itself is valid UTF-8. The menu and "
        "footer are clean.",
        "The AFI in the blockquote is copied with its mojibake ('forceâ€™s'). Only one of the "
        "seven AFIs is quoted; it sits under investigating crime by its content.",
        "'in 2021/22, when it was graded â€œrequires improvementâ€ in that area' gives a 2021/22 "
        "responding judgement. The sentence names no inspectorate for it, so its inspectorate is null.",
        "'two grades of requires improvement, for investigating crime and for protecting vulnerable "
        "people' repeats two grades. The Notes list of the grade scale is a distractor. "
        "Derbyshire is named only in a 'Related news' link.",
    ]))

# lb05 -- PEEL report text copied from a PDF (TXT), Northamptonshire 2023-25 ------------
GOLDS.append(gold(
    "lb05.txt", "peel-report-2021", [NOR], [HF],
    [insp(NOR, P2325, inspectorate=HF), insp(NOR, P2122, inspectorate=HF)],
    allg(NOR, P2325) + grades(NOR, P2122, [(RESP, RI)]),
    afis=[
        stmt(NOR, P2325, PPT,
             "The force should improve how it records and monitors its officers\u2019 use of force, "
             "including the reasons for each use of force."),
        stmt(NOR, P2325, INV,
             "The force should make sure that victims are kept informed of the progress of their "
             "investigations, and that it records whether each victim wants to support a prosecution."),
        stmt(NOR, P2325, LFM,
             "The force should develop a workforce plan that is based on a clear under- standing of "
             "current and future demand."),
    ],
    recs=[
        stmt(NOR, P2325, RESP,
             "By 30 September 2025, the force should make sure that it answers emergency calls "
             "within the national standard of ten seconds."),
        stmt(NOR, P2325, RESP,
             "By 30 September 2025, the force should make sure that its call hand- lers use a "
             "structured risk assessment for every call, and that super- visors audit how it is used."),
    ],
    coc=[
        stmt(NOR, P2325, RESP,
             "The force doesn\u2019t answer calls from the public quickly enough, and it doesn\u2019t "
             "always assess the risk to callers properly. This means that vulnerable people may not "
             "get the help they need when they need it."),
    ],
    people=[person("Lorna Whitcombe", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        DAMAGE_NOTE,
        "Copied from a PDF viewer: every line is hard-wrapped, so the grade graphic comes out as "
        "group headings (Inadequate / Requires improvement / Adequate / Good) each followed by its "
        "areas; 'Building, supporting and protecting the' + 'workforce' is one area split over two "
        "lines. Serious organised crime is inspected but not graded.",
        "Hyphens at line ends are kept as the text has them ('under- standing', 'call hand- lers', "
        "'super- visors'). In the LFM AFI the word is split over its own line ('under-').",
        "A running title and page number ('PEEL 2023–25 Northamptonshire Police' / '2') fall in the "
        "middle of the HMI's paragraph; no statement is interrupted by them.",
        "'In our 2021/22 inspection we graded the force as requires improvement for responding to "
        "the public' gives the 2021/22 judgement (the report is HMICFRS's own, so 'we' is HMICFRS).",
        "The two recommendations sit under the cause of concern for responding to the public. "
        "'an adequate supply of call handlers', 'how good ... is', 'manages ... well' and 'good "
        "practice' are distractors. The fire and rescue service is named, not inspected.",
    ]))

# lb06 -- partner email flattened to text and forwarded (TXT, CRLF), Derbyshire 2021/22 --
GOLDS.append(gold(
    "lb06.txt", "press-release", [DER], [HF],
    [insp(DER, P2122, inspectorate=HF)],
    allg(DER, P2122),
    afis=[
        stmt(DER, P2122, RESP,
             "The force should make sure that it answers emergency calls within the national "
             "standard, and that it records the vulnerability of callers at the first point of contact."),
        stmt(DER, P2122, LFM,
             "The force should improve its understanding of the demand it faces, so that it can match "
             "its workforce to that demand over the medium term."),
    ],
    people=[
        person("Sunita Marwaha", "chief-constable", DER, "Chief Constable"),
        person("Angus Marlowe", "commissioner", DER, "Police and Crime Commissioner"),
    ],
    notes=[
        "An HTML email flattened by the mail client: bold becomes '*Good*', images become "
        "'[image: grade chart]', links become '<https://...>', the bullet list becomes '   - ' "
        "lines and the numbered list keeps '1.' with wrapped continuation lines indented.",
        "'Good use of resources: *Adequate*' -> leadership-management Adequate. Victim service "
        "'was not given a grade'.",
        "The forwarding colleague (Karen Whitlow) is not a person fact. The email gives no force "
        "update for the AFIs.",
    ]))

# lb07 -- panel report pasted from a PDF into Word (DOCX), Nottinghamshire 2023-25 -------
GOLDS.append(gold(
    "lb07.docx", "response-record", [NOT, DER], [HF],
    [insp(NOT, P2325, inspectorate=HF), insp(NOT, P2122, inspectorate=HF)],
    allg(NOT, P2325) + allg(NOT, P2122),
    afis=[
        stmt(NOT, P2325, INV,
             "The force should make sure that the force\u2019s investigations are allocated to officers "
             "with the right skills, and that supervisors review them regularly.", True),
        stmt(NOT, P2325, PVP,
             "The force should improve how it identi- fies repeat victims of domestic abuse, and make "
             "sure that safeguarding referrals are made without delay.", True),
        stmt(NOT, P2325, LFM,
             "The force should make sure that its change programme has the capacity it needs, and that "
             "it tracks the benefits of each project.", False),
    ],
    people=[
        person("Yasmin Okafor", "commissioner", NOT, "Police and Crime Commissioner"),
        person("Lorna Whitcombe", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Owen Bracegirdle", "chief-constable", NOT, "Chief Constable"),
        person("Kerry Aldous", "chief-constable", NOT, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Made by pasting a PDF into Word: every printed line is its own paragraph, so sentences, "
        "names and titles run across paragraph breaks ('Police and Crime' / 'Commissioner.', "
        "'Deputy' / 'Chief Constable'). The grades table became tab-separated paragraphs with "
        "padding tabs (columns Area / 2023–25 / 2021/22), and 'Building, supporting and protecting "
        "the' + 'workforce' is split, with its grades on the first half.",
        "The 2021/22 column gives eight 2021/22 judgements keyed by the 2023–25 area names, as the "
        "report says. Its inspectorate is HMICFRS: 'the previous inspection' is the same inspectorate's.",
        "The PVP AFI keeps the PDF's line-end hyphen ('identi- fies').",
        "The LFM AFI is followed by a 'Commissioner's comment' that the force's update had not been "
        "received, so has_force_update is false. The other two have 'Force update:'.",
        "Running titles and 'Page n of 3' are paragraphs in the middle of the body. The Assistant "
        "Chief Constable, the fire service's 'judged good', 'good practice' and the 2025/26 budget "
        "are distractors. Derbyshire is named only as a joint-unit partner.",
    ]))

# lb08 -- staff briefing pasted from a mojibake web page (DOCX), Lincolnshire 2023-25 ----
MJ_APOS = "\u00e2\u20ac\u2122"
GOLDS.append(gold(
    "lb08.docx", "press-release", [LIN, LEI], [HF],
    [insp(LIN, P2325, inspectorate=HF), insp(LIN, "2017", "Legitimacy", None)],
    allg(LIN, P2325) + grades(LIN, "2017", [(None, G)], pillar="Legitimacy"),
    afis=[
        stmt(LIN, P2325, PVP,
             "The force should make sure that it identifies vulnerable victims at the first point of "
             "contact, and that safeguarding referrals are made promptly."),
        stmt(LIN, P2325, INV,
             "The force should improve how it investigates online crime, so that victims" + MJ_APOS +
             " needs are assessed and they are kept updated."),
    ],
    people=[
        person("Helen Rooke", "chief-constable", LIN, "Chief Constable"),
        person("Trevor Ashdown", "commissioner", LIN, "Police and Crime Commissioner"),
    ],
    notes=[
        DAMAGE_NOTE,
        "Pasted from a web page that had mojibake; Word dropped the undefined byte, so a closing "
        "quote shows as 'â€' alone. The protecting-vulnerable grade cell reads "
        "'â€œRequires improvementâ€' and is Requires improvement.",
        "'Our previous legitimacy inspection, in 2017, also found the force to be good at treating "
        "the public and its workforce fairly' gives a 2017 Legitimacy pillar judgement (the "
        "legitimacy pillar as a whole). The document does not say which inspectorate did it, so "
        "its inspectorate is null.",
        "The two AFIs are full-sentence bullets after the lead-in 'including:'; they are separate "
        "statements and the lead-in is not part of either. The second keeps its mojibake "
        "('victimsâ€™'). They sit under areas by their content.",
        "'Trevor Ashdown, Lincolnshireâ€™s Police and Crime Commissioner' gives the title "
        "'Police and Crime Commissioner' (the possessive place name is not part of the title). "
        "'judged good in four areas' and 'an adequate number' give nothing. The Word header and "
        "footer are not body text. Leicestershire is named as a partner with no grade.",
    ]))

# lb09 -- regional grades CSV re-saved by Excel (cp1252, CRLF) --------------------------
GOLDS.append(gold(
    "lb09.csv", "national-release", [LEI, NOT, NOR, LIN, DER], [HF],
    [insp(LEI, P2325, inspectorate=HF), insp(NOT, P2325, inspectorate=HF),
     insp(NOT, P2122, inspectorate=HF), insp(NOR, P2325, inspectorate=HF),
     insp(NOR, P2122, inspectorate=HF), insp(LIN, P2325, inspectorate=HF),
     insp(DER, P2122, inspectorate=HF)],
    allg(LEI, P2325) + allg(NOT, P2325) + allg(NOT, P2122, only={RESP})
    + allg(NOR, P2325) + grades(NOR, P2122, [(RESP, RI)]) + allg(LIN, P2325) + allg(DER, P2122),
    encoding="cp1252",
    notes=[
        "Saved by Excel as 'CSV (Comma delimited)': Windows-1252 (the en dash in '2023–25' is "
        "byte 0x96), CRLF, a title row above the header, quoted fields with commas, and trailing "
        "empty cells.",
        "Excel turned one Period cell, Leicestershire's investigating-crime row, from '2023-25' "
        "into the date 'Jan-25'. The judgement is kept in the gold as 2023-25: every other "
        "Leicestershire row, the same 'Published' date (06/02/2025) and the title row show which "
        "inspection the row belongs to. Unsure: a strict grader could leave it out.",
        "'Previous grade (2021/22)' gives Nottinghamshire's and Northamptonshire's 2021/22 "
        "responding grades. The source row names HMICFRS for all of them.",
        "'Not graded' rows (serious organised crime for Leicestershire, victim service for "
        "Derbyshire) give nothing. Derbyshire's rows are its 2021/22 grades ('Good use of "
        "resources' -> leadership-management). Comments such as 'Cause of concern, 2 "
        "recommendations' quote no statement and give no fact.",
    ]))

# lb10 -- Excel tracker saved as tab-delimited text (cp1252, CRLF), Leicestershire ------
GOLDS.append(gold(
    "lb10.txt", "response-record", [LEI], [HF],
    [insp(LEI, P2325, inspectorate=HF), insp(LEI, P2122, inspectorate=HF)],
    allg(LEI, P2325, only={RESP, INV, PVP, LFM}) + grades(LEI, P2122, [(LFM, A)]),
    afis=[
        stmt(LEI, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that it "
             "reduces the number of calls abandoned before they are answered.", True),
        stmt(LEI, P2325, INV,
             "The force should improve how it supervises investigations, so that every investigation "
             "has a clear plan and victims are updated in line with the Victims\u2019 Code.", True),
        stmt(LEI, P2325, PVP,
             "The force should make sure that officers consistently complete a risk assessment when "
             "they attend incidents of domestic abuse.", False),
        stmt(LEI, P2325, LFM,
             "The force should make sure that its workforce plan reflects the skills it will need to "
             "meet future demand, and that it monitors progress against the plan.", True),
        stmt(LEI, P2122, LFM,
             "The force should improve its understanding of the costs of its services, so that it can "
             "make informed decisions about where to invest.", True),
    ],
    encoding="cp1252",
    notes=[
        "Saved by Excel as 'Text (Tab delimited)': Windows-1252, CRLF, title rows with empty "
        "trailing cells, and a cell with quotes and a line break wrapped in quotes with doubled "
        "inner quotes (so one record spans two lines).",
        "The 'Area grade' column gives one judgement per row: the four 2023-25 areas and the "
        "carried-forward 2021/22 'Good use of resources' (leadership-management) Adequate.",
        "LEI-2325-03's update cell is empty: has_force_update false. LEI-2122-06's 'Closed ... "
        "model adopted' is the force's update: true.",
        "NAT-2024-02 is a national thematic recommendation to all chief constables, not a PEEL "
        "fact for this force. 'ACC Kerrigan' is not a person fact. The RAG key lists the grade "
        "scale and gives nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
