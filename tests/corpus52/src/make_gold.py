"""Write gold/kw01.json ... gold/kw10.json for corpus52 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py

Invisible characters: statement texts, names and titles are written as a reader sees them.
No-break and narrow no-break spaces are ordinary spaces (whitespace is collapsed); soft
hyphens, zero-width spaces and joiners and BOMs are left out; ligatures are written as
their letters; Markdown escapes are written as they render; "> " quote markers of an
e-mail and the running header of a pasted PDF page are not part of a statement.
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
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

NORTHANTS, NYP, SYP, WMP, COLP = ("Northamptonshire Police", "North Yorkshire Police",
                                  "South Yorkshire Police", "West Midlands Police",
                                  "City of London Police")

INVISIBLE_NOTE = (
    "Invisible characters: statement texts, names and titles follow the visible text. "
    "No-break spaces (U+00A0) and narrow no-break spaces (U+202F) are written as ordinary "
    "spaces; soft hyphens (U+00AD or Word's <w:softHyphen/>), zero-width spaces (U+200B) and "
    "the BOM are left out; ligatures (U+FB01) are written as 'fi'; Markdown backslash escapes "
    "are written as they render; e-mail '> ' quote markers and a pasted PDF page's running "
    "header and page number are not part of a statement.")


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=()):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    g["notes"] = [INVISIBLE_NOTE] + list(notes)
    return g


# Grades shared across documents (a force's grades agree everywhere).
NYP_2325 = [(PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, RI), (CDI, G)]
SYP_2325 = [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, O), (WORK, G), (LFM, G), (CDI, A)]
COLP_2325 = [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A), (CDI, G)]
WMP_2122 = [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (SOC, G), (WORK, A), (LFM, RI), (CDI, A)]
NORTHANTS_2017 = [(None, RI), (FTP, G), (ELW, RI), (FTW, G)]

NYP_AFIS = [
    (RESP, "The force should make sure that it answers non-emergency calls promptly, and that "
           "callers who hang up before their call is answered are called back when there is a "
           "risk to them."),
    (INV, "The force should make sure that every investigation has a plan that a supervisor has "
          "set and that is reviewed at regular intervals."),
    (INV, "The force should make sure that it seeks the views of victims before it closes an "
          "investigation that has no suspect, and that it records those views on the crime record."),
    (LFM, "The force should develop a better understanding of its future demand and of the skills "
          "and capacity of its workforce, so that it can plan and finance the changes it needs to make."),
]
SYP_AFIS = [
    (RESP, "The force should reduce the number of calls to its 101 non-emergency number that are "
           "abandoned before they are answered."),
    (INV, "The force should make sure that supervisors set and review an investigation plan for "
          "every crime it allocates for investigation."),
    (CDI, "The force should improve the accuracy with which it records stalking and harassment "
          "offences reported as part of domestic abuse incidents."),
]
COLP_AFIS = [
    (RESP, "The force should make sure that it records the reasons when it lowers the priority of "
           "a call, and that a supervisor reviews those reasons."),
    (INV, "The force should make sure that it gives victims of fraud a clear explanation when "
          "their report is not allocated for investigation."),
    (INV, "The force should improve the quality of supervision recorded on investigations, "
          "including evidence of reviews at set intervals."),
    (PVP, "The force should make sure that officers and staff understand how to identify and "
          "respond to the risks faced by people who are exploited by criminals."),
    (MOS, "The force should make sure that it reviews risk assessments for registered sex "
          "offenders within the timescales national guidance sets."),
]

GARWOOD = person("Lucinda Garwood", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")
OKAFOR = person("Wendell Okafor", "inspector", HF, "HM Inspector of Constabulary")

GOLDS = []

# kw01 -- PEEL legitimacy 2017 summary, Northamptonshire, cp1252 + CRLF ------------------
GOLDS.append(gold(
    "kw01.txt", "peel-report", [NORTHANTS], [H, HF],
    [insp(NORTHANTS, "2017", "Legitimacy"), insp(NORTHANTS, "2016", "Legitimacy", H)],
    grades(NORTHANTS, "2017", NORTHANTS_2017, "Legitimacy")
    + grades(NORTHANTS, "2016", [(None, G)], "Legitimacy"),
    afis=[
        stmt(NORTHANTS, "2017", FTP,
             "The force should analyse its use of force records so that it can explain to the "
             "public any difference in how often force is used on people from black, Asian and "
             "minority ethnic backgrounds.", pillar="Legitimacy"),
        stmt(NORTHANTS, "2017", ELW,
             "The force should make sure that every officer and member of staff holds the level "
             "of vetting their post requires, and it should clear its backlog of vetting renewals.",
             pillar="Legitimacy"),
        stmt(NORTHANTS, "2017", ELW,
             "The force should strengthen its ability to find and deal with corruption. In "
             "particular, it should: give its counter-corruption unit enough trained "
             "investigators to manage its caseload; and monitor its computer systems "
             "proactively for signs that data is being misused.", pillar="Legitimacy"),
        stmt(NORTHANTS, "2017", FTW,
             "The force should make sure that the wellbeing support it offers reaches officers "
             "and staff in its response teams, where demand is highest.", pillar="Legitimacy"),
    ],
    people=[OKAFOR],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings: curly quotes and en dashes are single cp1252 bytes, "
        "'Requires improvement' and 'Deputy Chief Constable' hold a no-break space (0xA0), and "
        "'counter-corruption' in the overall paragraph holds a soft hyphen (0xAD) that is not "
        "inside any fact.",
        "The overall grade and the three question grades appear in the tab-aligned block, the "
        "'Summary of question grades' table and the question sections; each counts once.",
        "2016: 'last year, when HMIC judged the force to be good' gives a 2016 Legitimacy "
        "judgement, inspectorate HMIC (named in the sentence). The page header names HMICFRS.",
        "The counter-corruption AFI is a lead-in ending 'it should:' with two bullet points; "
        "they are joined into one statement. The abuse-of-position sentence is not an AFI.",
        "The four-grade scale, 'good practice', 'an adequate supply' and the unnamed Deputy "
        "Chief Constable give nothing. The HMI is named at the end ('HM Inspector of "
        "Constabulary: Wendell Okafor').",
    ]))

# kw02 -- NYP PEEL 2023-25 report pasted from PDF -----------------------------------------
GOLDS.append(gold(
    "kw02.txt", "peel-report-2021", [NYP], [HF],
    [insp(NYP, P2325)],
    grades(NYP, P2325, NYP_2325),
    afis=[stmt(NYP, P2325, q, t) for q, t in NYP_AFIS],
    people=[GARWOOD, person("Tobias Renwick", "chief-constable", NYP, "Chief Constable")],
    notes=[
        "Text copied out of the PDF: pages are separated by form feeds, each page starts with "
        "the running header 'North Yorkshire Police \u2013 PEEL 2023\u201325 inspection report' "
        "and ends with its page number. Pages 1-4 have LF line endings, page 6 CRLF, pages 7 "
        "and 9 CR only.",
        "The grade table was pasted column by column: each grade word is followed by the "
        "areas under it, with area names wrapped over two or three lines; 'No areas' under "
        "Outstanding and Inadequate gives nothing. The contents list with dotted leaders "
        "names areas but no grades.",
        "Area for improvement 3 runs over the page break: '... records those views' [page "
        "number 6, form feed, running header] 'on the crime record.' The gold text leaves "
        "out the page furniture; check_gold cannot see past it.",
        "Area for improvement 4 contains the ligature U+FB01 in 'finance' (as PDF copy "
        "gives it); the gold writes 'finance'. Another ligature is in 'five-point' and "
        "'file', outside any fact.",
        "The HMI signs the observations; the Chief Constable is named in the leadership "
        "section. The Police, Fire and Crime Commissioner and the Assistant Chief Constable "
        "are unnamed. The fire and rescue service and the 2021/22 comparison give nothing.",
    ]))

# kw03 -- HMICFRS news release, WMP PEEL 2021/22, windows-1252 HTML -------------------------
GOLDS.append(gold(
    "kw03.html", "press-release",
    [WMP, "Staffordshire Police", "West Mercia Police", NORTHANTS], [HF],
    [insp(WMP, P2122)],
    grades(WMP, P2122, WMP_2122),
    people=[OKAFOR,
            person("Rashida Colebrook", "chief-constable", WMP, "Chief Constable"),
            person("Owen Featherby", "commissioner", WMP, "Police and Crime Commissioner")],
    encoding="cp1252",
    notes=[
        "Saved with <meta charset=\"windows-1252\">: apostrophes are raw cp1252 bytes (0x92) "
        "in some places and &rsquo; or &#8217; entities in others; 'requires&nbsp;improvement' "
        "and 'Chief&nbsp;Constable' use an entity space.",
        "Ten graded areas: inadequate in the lead paragraph, nine in the bulleted list. "
        "'good use of resources' is the 2021/22 area name -> leadership-management, graded "
        "'requires improvement'; its word 'good' is not a grade. 'developing a positive "
        "workplace' -> workforce; 'recording data about crime' -> crime-recording.",
        "The cause of concern is described but its text is not given, so there is no cause "
        "of concern fact. The five-point scale in the notes, 'good work', the fire service "
        "and the cookie banner's '12 months' give nothing.",
        "Staffordshire and West Mercia are named as partners and Northamptonshire in a "
        "related-content link: forces only.",
        "Owen Featherby is named name-first, 'the Police and Crime Commissioner for the West "
        "Midlands'; title 'Police and Crime Commissioner'.",
    ]))

# kw04 -- SYP PCC response (Markdown, BOM, CR-only) ---------------------------------------
GOLDS.append(gold(
    "kw04.md", "response-record", [SYP], [HF],
    [insp(SYP, P2325)],
    grades(SYP, P2325, SYP_2325),
    afis=[stmt(SYP, P2325, q, t, u) for (q, t), u in zip(SYP_AFIS, (True, True, False))],
    people=[
        person("Annabel Thursby", "commissioner", SYP, "Police and Crime Commissioner"),
        person("Lauren Ashworth-Bligh", "chief-constable", SYP, "Chief Constable"),
        person("Faisal Karimi", "chief-constable", SYP, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "UTF-8 with a BOM and old-Mac CR-only line endings. The YAML front matter is not "
        "shown by the site; its title repeats the heading and adds no fact.",
        "Grades come as a grouped list 'Grade \u2013 areas' (entity &ndash;), several areas per "
        "line separated by semicolons. 'preventing and deterring crime' -> preventing-crime. "
        "The escaped '\\*' footnote marker is not a list bullet.",
        "AFI 1 is written 'non\\-emergency' in the Markdown source and renders 'non-emergency'; "
        "AFI 3 has a zero-width space inside 'harassment'. The gold follows the rendered, "
        "visible text, so check_gold against the raw file cannot find these two.",
        "AFIs sit in one-line blockquotes under area headings. AFI 3's 'Chief Constable's "
        "update:' only says 'To follow in the June report.', which is no update: false.",
        "The Chief Constable is named after her title ('the Chief Constable, Lauren "
        "Ashworth-Bligh', with a no-break space in 'Chief Constable'); the Deputy Chief "
        "Constable is title-first.",
    ]))

# kw05 -- City of London Police Authority Board tracker (CSV, BOM, CRLF) -------------------
GOLDS.append(gold(
    "kw05.csv", "response-record", [COLP], [HF],
    [insp(COLP, P2325)],
    grades(COLP, P2325, COLP_2325),
    afis=[stmt(COLP, P2325, q, t, u) for (q, t), u in zip(COLP_AFIS, (True, True, False, True, True))],
    notes=[
        "Excel 'CSV UTF-8' export: BOM, CRLF between rows, LF inside quoted cells (Alt+Enter), "
        "a no-break space in 'Requires improvement' and a narrow no-break space before 'AM' in "
        "the export stamp.",
        "The grade column gives all nine 2023-25 grades; 'Not graded' for victim service gives "
        "nothing. Rows typed '\u2013' have no AFI. The AFI in CoLP-PEEL-04 is split over two "
        "lines inside its cell and is joined with a space.",
        "CoLP-PEEL-05 has an empty update cell: has_force_update false. The NAT-FRAUD-R3 row is "
        "a national recommendation to all chief constables from another inspection, not a "
        "City of London PEEL fact.",
        "The tracker's title row names HMICFRS. The Police Authority Board is the City's "
        "police authority, not a commissioner; nobody is named.",
    ]))

# kw06 -- e-mail forwarding the embargoed release on SYP -----------------------------------
GOLDS.append(gold(
    "kw06.txt", "press-release", [SYP], [HF],
    [insp(SYP, P2325)],
    grades(SYP, P2325, SYP_2325),
    afis=[stmt(SYP, P2325, q, t) for q, t in SYP_AFIS],
    people=[GARWOOD],
    notes=[
        "An e-mail saved as text; the release is quoted two levels deep ('> > ') and hard "
        "wrapped, so a wrapped bullet continues on a line that starts '> >   '. The gold "
        "texts leave the quote markers out; check_gold cannot find the three AFIs in the raw "
        "file. AFI 3 also holds a zero-width space inside 'harassment'.",
        "The eight graded areas are in '*' bullets; the outstanding grade is in the lead "
        "paragraph and headline. 'Victim service assessments are not graded' and the grade "
        "scale in the notes to editors give nothing.",
        "The AFIs are quoted from the release with no response: has_force_update false. "
        "The panel support officer and the senders are not people facts; South Yorkshire "
        "Fire & Rescue is not a police force.",
    ]))

# kw07 -- NYP PFCC section 55 response (DOCX) ----------------------------------------------
GOLDS.append(gold(
    "kw07.docx", "response-record",
    [NYP, "Cleveland Police", "Durham Constabulary"], [HF],
    [insp(NYP, P2325)],
    grades(NYP, P2325, NYP_2325),
    afis=[stmt(NYP, P2325, q, t, u) for (q, t), u in zip(NYP_AFIS, (True, True, False, True))],
    people=[
        person("Marianne Eskdale", "commissioner", NYP, "Police, Fire and Crime Commissioner"),
        person("Tobias Renwick", "chief-constable", NYP, "Chief Constable"),
        GARWOOD,
    ],
    notes=[
        "The title heading is split over five runs ('Res' / 'ponse to the PEEL 2023' / "
        "'\u201325 inspec' / 'tion of North York' / 'shire Police'), so the force's name is "
        "itself split between runs. Other headings are split too.",
        "Soft hyphens are Word <w:softHyphen/> elements inside runs ('super-visor', "
        "'inves-tigation'); no-break spaces sit in 'Chief Constable', in 'Crime Commissioner' "
        "and in each 'Requires improvement' cell. The gold follows the visible words.",
        "AFI 3 is followed only by a 'Commissioner's comment' saying the force has not given an "
        "update: has_force_update false. The others have a 'Force update:'.",
        "The Commissioner is named in the top table ('Marianne Eskdale, Police, Fire and "
        "Crime Commissioner'); the signature adds 'for North Yorkshire'. The fire service's "
        "'requires improvement' is not a police grade. Cleveland and Durham are named for "
        "'good practice' only.",
        "The page header/footer (which names HMICFRS and 'OFFICIAL') and the core "
        "properties are not body text.",
    ]))

# kw08 -- WMP police and crime panel paper (DOCX) -------------------------------------------
GOLDS.append(gold(
    "kw08.docx", "response-record", [WMP], [HF],
    [insp(WMP, P2122)],
    grades(WMP, P2122, WMP_2122),
    afis=[
        stmt(WMP, P2122, INV,
             "The force should make sure that victims are given an explanation when they decide "
             "not to support an investigation, and that the decision is recorded.", True),
        stmt(WMP, P2122, PVP,
             "The force should improve how it shares information with partner agencies about "
             "children who go missing from home repeatedly.", True),
        stmt(WMP, P2122, LFM,
             "The force should develop a better understanding of the demand it faces, so that its "
             "workforce plan matches the skills it needs.", False),
    ],
    recs=[
        stmt(WMP, P2122, RESP,
             "Within three months, the force should make sure that call handlers complete a "
             "structured risk assessment for every call for service and record its outcome on "
             "the incident log.", True),
        stmt(WMP, P2122, RESP,
             "Within six months, the force should increase the number of call handlers so that "
             "it can answer 90 percent of emergency calls within ten seconds.", True),
    ],
    coc=[
        stmt(WMP, P2122, RESP,
             "West Midlands Police isn\u2019t answering emergency and non-emergency calls quickly "
             "enough, and it doesn\u2019t always assess the risk to callers when it does answer "
             "them.", True),
    ],
    people=[
        person("Owen Featherby", "commissioner", WMP, "Commissioner"),
        person("Rashida Colebrook", "chief-constable", WMP, "Chief Constable"),
        person("Marcus Eledu", "chief-constable", WMP, "Deputy Chief Constable", "deputy"),
        OKAFOR,
    ],
    notes=[
        "Grades in a two-column table with 2021/22 area names: 'Good use of resources' -> "
        "leadership-management (graded Requires improvement, with a no-break space); "
        "'Developing a positive workplace' -> workforce; 'Recording data about crime' -> "
        "crime-recording; 'Providing a service to the victims of crime' is not graded.",
        "The cause of concern (curly apostrophes, as written) is followed directly by its own "
        "'Force update:', so it is true. The two recommendations are rows of a table with a "
        "'Force update' cell. R1 has a soft hyphen element in 'structured'.",
        "The third AFI has only a 'Note:' that the force will report later: false.",
        "The PCC is named 'the Commissioner, Owen Featherby' (title 'Commissioner'; the "
        "metadata table's 'Police and Crime Commissioner' names nobody). The 2018/19 "
        "inspection, the fire service grade and the Panel's own recommendation give nothing.",
    ]))

# kw09 -- HMICFRS PEEL 2023-25 page for City of London Police, printed to PDF -------------
GOLDS.append(gold(
    "kw09.pdf", "peel-report-2021", [COLP, "Metropolitan Police Service"], [HF],
    [insp(COLP, P2325)],
    grades(COLP, P2325, COLP_2325),
    afis=[stmt(COLP, P2325, q, t) for q, t in COLP_AFIS],
    people=[
        person("Michael Thistlewood", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Anjali Pemberton", "chief-constable", COLP, "Commissioner"),
    ],
    notes=[
        "Printed from an XHTML page (XML declaration) whose source uses &ndash;, &rsquo;, "
        "&#8217;, &nbsp;, &amp;, &#8209; and &shy;. On the printed page the soft hyphens are "
        "invisible except where 'vulner-ability' breaks in the grade table. pypdf extracts each "
        "unbroken soft hyphen as a space ('inves tigation', 'super vision'), so check_gold "
        "cannot find AFIs 2 and 3 in text/kw09.pdf; the gold follows the printed words.",
        "The City of London Police's chief officer is the Commissioner: Anjali Pemberton is "
        "role chief-constable with title 'Commissioner', as for the Met in the development "
        "corpus.",
        "The Metropolitan Police Service is named as a partner only. 'an adequate supply', "
        "'good practice', the five-point scale and the fire brigade give nothing.",
    ]))

# kw10 -- local news story on Northamptonshire legitimacy 2017, printed to PDF --------------
GOLDS.append(gold(
    "kw10.pdf", "press-release",
    [NORTHANTS, "Leicestershire Police", "Bedfordshire Police"], [H, HF],
    [insp(NORTHANTS, "2017", "Legitimacy"), insp(NORTHANTS, "2016", "Legitimacy", H)],
    grades(NORTHANTS, "2017", NORTHANTS_2017, "Legitimacy")
    + grades(NORTHANTS, "2016", [(None, G)], "Legitimacy"),
    people=[
        person("Alistair Brennock", "chief-constable", NORTHANTS, "Chief Constable"),
        person("Gideon Rusholme", "commissioner", NORTHANTS, "Police and Crime Commissioner"),
        OKAFOR,
    ],
    also={"inspections": [insp("Leicestershire Police", "2017", "Legitimacy"),
                          insp("Bedfordshire Police", "2017", "Legitimacy")]},
    notes=[
        "A newspaper page printed to PDF with a two-column layout: the sidebar ('Most read', "
        "'Related stories') is extracted in the middle of the article text. Soft hyphens "
        "(&shy;) in 'counter-corruption' and 'housekeeping' come out of pypdf as spaces; "
        "neither is inside a fact.",
        "The pillar is never named as such; 'how legitimately it keeps people safe' and 'its "
        "annual legitimacy report' make it Legitimacy 2017 (December 2017, HMICFRS). The three "
        "question grades are paraphrased: good at treating the public with fairness and "
        "respect, good at treating its own workforce fairly, require improvement at making "
        "sure officers and staff behave ethically and lawfully.",
        "'In 2016, when the inspectorate was still known as HMIC, the force was rated good for "
        "legitimacy' gives the 2016 judgement with inspectorate HMIC.",
        "Leicestershire and Bedfordshire 'were inspected at the same time' with no grade: the "
        "inspections are only in also_acceptable. 'good value', 'a good force', 'an adequate "
        "supply' and the grade list give nothing; the reporter is not a person fact. The PCC "
        "is named title-first after 'Northamptonshire's'.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
