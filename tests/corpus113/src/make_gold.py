"""Write gold/nh01.json ... gold/nh10.json (format: shared/corpus/GOLD-FORMAT.md).
Statement text is the words as a reader reads them: words hyphenated at a line end are
joined (a real compound such as "problem-solving" keeps its hyphen), ligatures are
spelled out, soft hyphens, zero-width spaces and running heads are left out, quotes and
dashes are kept as the document shows them.  Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# nh01 -- OCR text of an HMIC effectiveness report, Avon and Somerset, 2016
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "nh01.txt", "peel-report", [F], [H], [insp(F, "2016", EFF, H)],
    grades(F, "2016", EFF, [(None, G), (PREV, G), (INV, G), ("protecting-vulnerable", G), (SOC, RI)]),
    afis=[
        stmt(F, "2016", EFF, PREV, "The constabulary should evaluate its problem-solving work with "
             "partner agencies and share what it learns, so that effective practice is adopted by "
             "all neighbourhood teams."),
        stmt(F, "2016", EFF, INV, "The constabulary should make sure that all investigations are "
             "supervised effectively, and that supervisors record their reviews and the direction "
             "they give on the crime record."),
        stmt(F, "2016", EFF, SOC, "The constabulary should improve its understanding of serious and "
             "organised crime by developing local profiles with partner organisations, and use them "
             "to plan work that deters people from becoming involved."),
        stmt(F, "2016", EFF, SOC, "The constabulary should ensure that lead responsible officers "
             "have the skills and time to manage their organised crime groups effectively."),
    ],
    people=[person("Hilary Stannard", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The OCR text layer of a scanned report: form feeds between pages, a running head and "
        "page number at each page foot, 'tbe', 'rnore', 'cornmunities', 'rnonths' misread (never "
        "in a fact), ligatures (U+FB01 in 'confident', 'profiles', 'officers'; U+FB02 in 'flood').",
        "Grades are real (HMIC's 2016 force press release for Avon and Somerset): overall good; "
        "good at preventing, investigating and protecting; requires improvement for serious and "
        "organised crime. Specialist capabilities is ungraded ('adequate arrangements' and 'good "
        "arrangements' are not grades; the question is not graded in 2016).",
        "Statement text joins words hyphenated at line ends ('neigh-/bourhood', 'organisa-/tions', "
        "'effec-/[page foot]/tively') but keeps the real compound 'problem-solving', which the "
        "OCR line also broke after its hyphen. The last AFI is split by a running head, page "
        "number and form feed, which are left out. 'proﬁles' is read as 'profiles'.",
        "The footnote listing the four grades gives nothing. 'HMIC' is named (the cover and "
        "'HMIC does not grade'), so the inspection's inspectorate is HMIC.",
    ]))

# nh02 -- PCC response record (Markdown, CRLF), Gwent, 2018/19
F = "Gwent Police"
GOLDS.append(gold(
    "nh02.md", "response-record", [F], [HF], [insp(F, "2018/19", PEEL, HF)],
    grades(F, "2018/19", PEEL, [(None, G)]),
    afis=[
        stmt(F, "2018/19", PEEL, "protecting-vulnerable", "The force should make sure that officers "
             "attending domestic abuse incidents complete a risk assessment in every case and record "
             "it without delay.", True),
        stmt(F, "2018/19", PEEL, "protecting-vulnerable", "The force should improve how it works with "
             "partner agencies to safeguard children at risk of exploitation, including: sharing "
             "information about missing episodes within 24 hours; and jointly reviewing \"return "
             "home\" interviews.", True),
        stmt(F, "2018/19", PEEL, "planning-future", "The force should develop a better understanding "
             "of the skills and capabilities of its workforce, so that it can plan for the skills it "
             "will need in future.", True),
        stmt(F, "2018/19", PEEL, "fair-treatment-workforce", "The force should make sure that its "
             "processes for selecting officers and staff for promotion are seen as fair by the "
             "workforce."),
    ],
    people=[
        person("Pam Lewington", "chief-constable", F, "Chief Constable"),
        person("Nerys Prosser", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    also={"judgements": grades(F, "2018/19", EFF, [(None, G)]) + grades(F, "2018/19", EFC, [(None, G)])
          + grades(F, "2018/19", LEG, [(None, G)])},
    notes=[
        "A response record pasted from a PDF into Markdown: CRLF line endings, no-break spaces in "
        "dates, soft hyphens (U+00AD) inside 'complete' and 'capabilities', bullets that became "
        "the Wingdings private-use glyph U+F0B7 followed by a tab, and sub-bullets that became "
        "'o' + tab. Curly and straight quotes are mixed.",
        "The 'Grade: Good' field is the 2018/19 PEEL judgement (as dev12). The pasted "
        "tab-separated pillar table gives per-pillar 2018/19 grades, which the brief puts in "
        "also_acceptable.",
        "Section headings map to keys: 'Protecting vulnerable people' -> protecting-vulnerable, "
        "'Planning for the future' -> planning-future, 'Treating the workforce fairly' -> "
        "fair-treatment-workforce. The second AFI is a lead-in with two 'o' sub-bullets, joined. "
        "The last AFI has no force update ('No force update had been received').",
        "Soft hyphens are invisible, so statement text leaves them out; the U+F0B7 and 'o' "
        "markers are bullets and are left out.",
    ]))

# nh03 -- PEEL 2021/22 report as pdf2htmlEX output, Lincolnshire
F, P = "Lincolnshire Police", "2021/22"
GOLDS.append(gold(
    "nh03.html", "peel-report-2021", [F], [HF], [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [(PREV, G), (MOS, G), (SOC, G), (CDI, G), (PPT, A), (INV, A), (PVP, A),
                         (WORK, A), (LFM, A), (RESP, RI)]),
    afis=[
        stmt(F, P, PEEL, RESP, "The force should make sure that it answers emergency and "
             "non-emergency calls within national target times, and that it reduces the number of "
             "calls abandoned before they are answered."),
        stmt(F, P, PEEL, RESP, "The force should make sure that call handlers use a structured "
             "process to assess risk, and record the result, for every call in which a vulnerable "
             "person may be involved."),
        stmt(F, P, PEEL, INV, "The force should make sure that victims\u2019 decisions to withdraw "
             "their support for an investigation are recorded, and that the reasons are reviewed "
             "by a supervisor."),
    ],
    people=[person("Imogen Radclyffe", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "pdf2htmlEX-style output: one absolutely positioned div per printed line. The grade table "
        "is five columns (Outstanding / Good / Adequate / Requires improvement / Inadequate) with "
        "the areas under their grade; the source order reads ACROSS the columns line by line "
        "(e.g. 'Preventing crime', 'Treatment of the public', 'Responding to the public'), and "
        "two-line area names ('Disrupting serious / organised crime', 'Protecting vulnerable / "
        "people', 'Recording data about / crime', 'Developing a positive / workplace') are split "
        "over two divs. The gold follows the columns a browser shows.",
        "Keys: 'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management (its 'Good' is part of the name; the area is graded Adequate, "
        "also under its own heading later), 'Recording data about crime' -> crime-recording. "
        "Victim service is not graded.",
        "The second AFI runs from page 7 to page 8: between 'person' and 'may be involved.' stand "
        "a running head, page number '7' and the next page's running head; they are left out. "
        "The first AFI has 'aban-' / 'doned' at a line end (joined) and keeps the real hyphen of "
        "'non-emergency'. '&shy;' in 'assess' and a zero-width space in 'reviewed' are invisible.",
        "The HMI's name is printed with the U+FB00 ligature ('Radclyﬀe'); the name is Radclyffe. "
        "'Lincolnshire Fire and Rescue' is not a police force.",
    ]))

# nh04 -- Police and crime panel report (PDF), Northumbria, 2023-25
F, P = "Northumbria Police", "2023-25"
GOLDS.append(gold(
    "nh04.pdf", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2021/22", PEEL, None)],
    grades(F, P, PEEL, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                         (LFM, A)]) + grades(F, "2021/22", PEEL, [(INV, A)]),
    afis=[
        stmt(F, P, PEEL, INV, "The force should improve how it supervises investigations, so that "
             "each investigation has a clear plan that is followed and reviewed.", True),
        stmt(F, P, PEEL, INV, "The force should make sure that it seeks and records the views of "
             "victims before it finalises an investigation with an outcome that doesn\u2019t lead "
             "to a charge.", True),
        stmt(F, P, PEEL, RESP, "The force should make sure that it attends incidents within the "
             "time it has set, and that it tells callers when attendance will be delayed."),
    ],
    people=[
        person("Gillian Hewson", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
        person("Alistair Brough", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A panel report whose extracts were pasted from the inspection PDF: the grade table is "
        "tab-separated text in a monospace block, and the AFIs keep the PDF's hard line breaks, "
        "'•' + tab bullets, and words hyphenated at line ends ('inves-/tigation', 'de-/layed'). "
        "In the second AFI the PDF's running head and page number ('PEEL 2023–25: An inspection "
        "of Northumbria Police 14') were pasted into the middle of the hyphenated word "
        "'out-/come'; the gold leaves them out and joins 'outcome'.",
        "'lower than in 2021/22, when the force was graded adequate in that area' -> 2021/22 "
        "investigating-crime Adequate; the sentence names no inspectorate for 2021/22.",
        "The third AFI's response is 'To follow', which gives no update: has_force_update false.",
        "Durham and Cleveland are named in passing; Tyne and Wear Fire and Rescue Service is not a "
        "police force. The five-grade list and 'no causes of concern' give nothing. Genre: a PCC's "
        "report to the panel, i.e. a response record.",
    ]))

# nh05 -- OCR of a scanned newspaper page (PDF), Lancashire, 2014
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nh05.pdf", "press-release", [F, "Cumbria Constabulary", "Merseyside Police"], [H],
    [insp(F, "2014", EFC, H), insp(F, "2014", EFF, H), insp("Cumbria Constabulary", "2014", EFC, H)],
    grades(F, "2014", EFC, [(None, O)]) + grades(F, "2014", EFF, [(None, G)])
    + grades("Cumbria Constabulary", "2014", EFC, [(None, G)]),
    people=[
        person("Gareth Holroyd", "chief-constable", F, "Chief Constable"),
        person("Maureen Tattersall", "commissioner", F, "Police and Crime Commissioner"),
        person("Harold Ecclestone", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The uncorrected OCR text of a scanned newspaper page, printed to PDF. Two sidebars "
        "(WEATHER, TV TONIGHT) were read across with the article's column, so their lines are "
        "glued to the ends of the article's lines after a '|'; one of them runs through the "
        "sentence that gives the effectiveness grade ('also judged Lancashire Constabulary to "
        "be good at reducing crime and keeping people safe'). 'Inspector-/ate' is hyphenated "
        "at a line end. OCR misreads ('tbe', 'rnax', 'cornmunities') touch no fact.",
        "'good at reducing crime and keeping people safe' is the 2014 effectiveness pillar "
        "grade (the article gives no question). Legitimacy 'was not graded this year': nothing. "
        "Cumbria's 2014 efficiency grade is given in passing. 'the force in Merseyside' names "
        "Merseyside Police without a grade ('yet to be assessed').",
        "'no cause for alarm' is not a cause of concern. The grade list at the end gives nothing.",
    ]))

# nh06 -- PCC response (DOCX exported from PDF), Hampshire, Legitimacy 2017
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "nh06.docx", "response-record", [F], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", LEG, [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                             ("fair-treatment-workforce", RI)]) + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, "fair-treatment-public", "The constabulary should improve how it "
             "monitors the use of force by its officers, and use the data to identify and explain "
             "any disproportionality.", True),
        stmt(F, "2017", LEG, "ethical-lawful-workforce", "The constabulary should ensure that its "
             "counter-corruption unit has enough capacity to assess all intelligence it receives, "
             "and to seek intelligence proactively.", True),
        stmt(F, "2017", LEG, "fair-treatment-workforce", "The constabulary should improve how it "
             "identifies and supports officers and staff whose wellbeing is at risk, including those "
             "who work in high-demand roles."),
    ],
    people=[
        person("Wendy Poulter", "inspector", HF, "HM Inspector of Constabulary"),
        person("Olwen Strachan", "chief-constable", F, "Chief Constable"),
        person("Martin Clewer", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
    notes=[
        "A PDF exported to Word: every printed line is its own paragraph, so sentences and "
        "statements run over several paragraphs; 'Decem-/ber' and 'constabu-/lary' are "
        "hyphenated at line ends; the grade table became tab-separated paragraphs; bullets are "
        "the private-use glyph U+F0B7 + tab. In the last AFI the running head and page number "
        "'4' sit as paragraphs between 'including those who' and 'work in high-demand roles.' "
        "and are left out. In the second AFI the line ends after 'counter-', a real compound: "
        "the gold keeps 'counter-corruption'. The Word header 'OFFICIAL' is not body text.",
        "'Last year HMIC also judged the constabulary to be good' -> 2016 legitimacy Good, "
        "inspectorate HMIC. The report itself is HMICFRS's (December 2017). Headings map to "
        "keys: 'Treating the public fairly' -> fair-treatment-public, 'Ethical and lawful "
        "behaviour' -> ethical-lawful-workforce, 'Treating the workforce fairly' -> "
        "fair-treatment-workforce. The third AFI has no constabulary response.",
        "The HMI is an inspector of HMICFRS (2017). 'good practice' and the grading scale give "
        "nothing. The PCC's title follows his name at the end and is kept in full.",
    ]))

# nh07 -- force press release pasted into Word, Derbyshire, Efficiency 2016
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "nh07.docx", "press-release", [F, "Nottinghamshire Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", EFC, [(None, G), ("understanding-demand", G), ("using-resources", G),
                             ("planning-future", RI)]) + grades(F, "2015", EFC, [(None, G)]),
    afis=[stmt(F, "2016", EFC, "planning-future", "The force should develop a clear long\u2013term "
               "plan for its workforce, based on a full understanding of the skills that its officers "
               "and staff will need in future.")],
    people=[
        person("Matthew Pellow", "inspector", H, "HM Inspector of Constabulary"),
        person("Alasdair Wemyss", "chief-constable", F, "Chief Constable"),
        person("Harjit Sandhu", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A press release pasted into Word from a web page: no-break spaces (in the date and "
        "inside 'HM Inspector of Constabulary'), manual line breaks (<w:br/>) inside sentences, "
        "a zero-width space inside 'workforce' and a soft hyphen inside 'understanding' (both "
        "invisible, left out of the gold), en dashes standing for hyphens ('long–term', kept as "
        "shown) and an em dash in 'cost—effective', and straight and curly quotes mixed.",
        "The bullets are typed '- ' in ordinary paragraphs. Question keys: 'understanding "
        "demand' -> understanding-demand, 'using its resources to meet demand' -> "
        "using-resources, 'planning for future demand' -> planning-future; the area for "
        "improvement is about the future workforce, so planning-future.",
        "'Last year, HMIC judged the force to be good at efficiency' -> 2015 efficiency Good. "
        "Nottinghamshire Police is named in passing; Derbyshire Fire & Rescue Service is not a "
        "police force. The HMI's title comes first; the PCC's title-first form gives "
        "'Police and Crime Commissioner'.",
    ]))

# nh08 -- news article saved as Latin-1 text (CRLF), North Wales, Legitimacy 2015
F = "North Wales Police"
GOLDS.append(gold(
    "nh08.txt", "press-release", [F, "Dyfed-Powys Police"], [H],
    [insp(F, "2015", LEG, H), insp("Dyfed-Powys Police", "2015", LEG, H)],
    grades(F, "2015", LEG, [(None, G)]) + grades("Dyfed-Powys Police", "2015", LEG, [(None, G)]),
    afis=[stmt(F, "2015", LEG, None, "the force should ensure that all officers and staff understand "
               "how to report concerns about a colleague's behaviour, and that they have confidence "
               "in doing so.")],
    people=[
        person("Gareth Lloyd-Pierce", "chief-constable", F, "Chief Constable"),
        person("Emrys Bowen-Jones", "commissioner", F, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    notes=[
        "A Latin-1 (ISO-8859-1) text file whose first line declares its charset; CRLF line "
        "endings; '£' after a no-break space, 'Café', and a soft hyphen (0xAD) inside "
        "'colleague's', which the gold leaves out. Every byte decodes identically as cp1252, "
        "the gold's nearest encoding value. Quotes are straight and dashes are '--'.",
        "'Heddlu Gogledd Cymru was graded good overall' and 'judged \"good\" at how it treats the "
        "public and its own workforce' -> 2015 legitimacy Good (no question is graded). "
        "Dyfed-Powys Police's 2015 legitimacy grade is given in passing.",
        "The area for improvement is quoted inside a sentence; its text starts with lower-case "
        "'the force' as quoted and ends before the closing quote mark. No question fits the "
        "'report concerns' wording cleanly among 2015 keys, so question is null (it could be "
        "argued as ethical-lawful-workforce).",
        "The grade list in the last paragraph and the 'outstanding next year' question give nothing.",
    ]))

# nh09 -- pandoc Markdown with a BOM, Merseyside, PEEL 2023-25
F, P = "Merseyside Police", "2023-25"
GOLDS.append(gold(
    "nh09.md", "peel-report-2021", [F], [], [insp(F, P, PEEL), insp(F, "2021/22", PEEL)],
    grades(F, P, PEEL, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, RI), (MOS, G), (WORK, G),
                         (LFM, G)]) + grades(F, "2021/22", PEEL, [(PVP, RI)]),
    afis=[
        stmt(F, P, PEEL, PVP, "The force should improve the way it records the voice of the child "
             "when officers attend incidents where children are present."),
        stmt(F, P, PEEL, INV, "The force should make sure it has enough trained detectives to manage "
             "complex investigations, including those into rape and serious sexual offences."),
    ],
    recs=[stmt(F, P, PEEL, PVP, "Within six months, the force should: make sure that call handlers "
               "and supervisors assess the risk to every missing child using the same structured "
               "approach; and give officers clear guidance on when a missing child should be treated "
               "as at high risk, including when they may be exploited.")],
    coc=[stmt(F, P, PEEL, PVP, "The force doesn\u2019t always identify and respond appropriately to "
              "risk when it receives reports of missing children.")],
    people=[person("Mariam Oyelowo-Grant", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "A Word report converted to Markdown by pandoc, saved as UTF-8 with a byte-order mark: "
        "YAML front matter, setext headings, a simple table whose cells are separated by tabs, "
        "pandoc escapes ('\\[1\\]', '\\*Figures'), emphasis around the HMI's name and title.",
        "'In our 2021/22 inspection we graded the force as requires improvement in that area "
        "too' (protecting vulnerable people) -> 2021/22 protecting-vulnerable Requires improvement.",
        "The recommendation is a lead-in ('Within six months, the force should:') with two bullets, "
        "joined into one statement. Merseyside Fire & Rescue Service is not a police force.",
        "No inspectorate is named ('His Majesty’s Inspector of Constabulary' is a personal title), "
        "so inspectorates is empty and the inspections' inspectorate null; the HMI's organisation "
        "is HMICFRS by period. The five-point scale sentence gives nothing; 'the best we have "
        "seen' is not a grade.",
    ]))

# nh10 -- local news page pasted from a PDF into a CMS, Bedfordshire, Effectiveness 2017
F = "Bedfordshire Police"
GOLDS.append(gold(
    "nh10.html", "press-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"],
    [HF], [insp(F, "2017", EFF, HF)],
    grades(F, "2017", EFF, [(None, RI), (PREV, G), (SOC, G), (INV, RI), ("protecting-vulnerable", RI)]),
    afis=[
        stmt(F, "2017", EFF, INV, "The force should make sure that it has enough sufficiently trained "
             "detectives to investigate serious and complex crimes, and that the workloads of its "
             "investigators are manageable."),
        stmt(F, "2017", EFF, "protecting-vulnerable", "should improve how it assesses and manages the "
             "risk to missing children, so that those who go missing repeatedly receive an effective "
             "response from the force and its partners."),
    ],
    people=[
        person("Dermot Kilbride", "chief-constable", F, "Chief Constable"),
        person("Beatrice Oakhurst", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, "2016", EFF)],
          "judgements": grades(F, "2016", EFF, [(None, RI)])},
    notes=[
        "A news page whose text was pasted from a PDF into the site's editor: line-end hyphens "
        "survived as 'hyphen + space' inside paragraphs ('improve- ment', 'investi- gators', "
        "'im- prove'), with '&shy;' in 'detectives' and 're-offending' and a non-breaking hyphen "
        "(U+2011) in 'anti‑social'. The gold joins the split words.",
        "The body's '“requires improve- ment” in the way it investigates crime ... and in the "
        "way it protects vulnerable people' gives both question grades; the headline and first "
        "paragraph give the overall grade. Specialist capabilities 'was not graded'.",
        "'has again been told it requires improvement' implies, but does not date, an earlier "
        "requires-improvement grade: 2016 effectiveness Requires improvement is only in "
        "also_acceptable.",
        "The second AFI is quoted as a fragment after 'the force'; its text starts at 'should'. "
        "The Assistant Chief Constable and the reporter are not person facts. Hertfordshire and "
        "Cambridgeshire are named in passing. The grade list and '“Good news”' in a related "
        "link give nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
