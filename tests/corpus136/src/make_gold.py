"""Write gold/og01.json ... gold/og10.json for corpus136 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
sys.path.insert(0, HERE)
from grades import KEYS, P2325 as G2325, P2122 as G2122  # noqa: E402

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM, CDI = ("protecting-vulnerable", "managing-offenders", "workforce",
                            "leadership-management", "crime-recording")
RG = "peel-report-2021"
HMI = "His Majesty's Inspector of Constabulary"
HMI_C = "His Majesty\u2019s Inspector of Constabulary"

WYP, SUF, LAN, CUM = ("West Yorkshire Police", "Suffolk Constabulary", "Lancashire Constabulary",
                      "Cumbria Constabulary")
NOR, MER, HUM, HER = ("Norfolk Constabulary", "Merseyside Police", "Humberside Police",
                      "Hertfordshire Constabulary")
SYP, NYP = "South Yorkshire Police", "North Yorkshire Police"


def insp(force, period, inspectorate=HF, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, table):
    return [{"force": force, "period": period, "pillar": "PEEL", "question": k, "grade": table[k]}
            for k in KEYS if table.get(k)]


def stmt(force, question, text, update=False, period=P2325):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# og01 -- force report page (HTML), West Yorkshire ----------------------------------------
GOLDS.append(gold(
    "og01.html", RG, [WYP, SYP, HUM, NYP], [HF],
    [insp(WYP, P2325), insp(WYP, P2122)],
    grades(WYP, P2325, G2325[WYP]) + grades(WYP, P2122, G2122[WYP]),
    people=[person("Helena Castleford", "inspector", HF, HMI)],
    notes=[
        "The 'Our judgements' list gives nine 2023-25 grades, and beside each a '2021/22: <grade>' "
        "label: nine 2021/22 judgements (the intro says 'our PEEL 2021/22 inspection', so "
        "HMICFRS). The 2021/22 grade for 'Leadership and force management' and 'Crime data "
        "integrity' is keyed by the row's 2023-25 name (leadership-management, crime-recording).",
        "The grade key in the accordion names all five grades: no facts. Victims 'Not graded' and "
        "'no causes of concern' give nothing; 'eleven areas for improvement' is a count without text.",
        "South Yorkshire, Humberside and North Yorkshire are only links to their reports: forces, "
        "no inspection. The West Yorkshire Fire and Rescue Service link is not a police inspection.",
        "The HMI signs name-first, so the title is kept in full (straight apostrophe as in the page).",
    ]))

# og02 -- full report printed to PDF, Suffolk ---------------------------------------------
SUF_REC = ("Within six months, the constabulary should: answer at least 90 percent of 999 calls "
           "within ten seconds, and make sure that the control room has enough trained staff, at "
           "the right times, to do so; and make sure that call handlers use a structured risk "
           "assessment on every call and that supervisors check the quality of those assessments.")
GOLDS.append(gold(
    "og02.pdf", RG, [SUF, NOR], [HF],
    [insp(SUF, P2325)],
    grades(SUF, P2325, G2325[SUF]),
    afis=[
        stmt(SUF, RESP, "The constabulary should make sure that it attends incidents within the "
             "times it has set, and that it tells callers when attendance will be delayed."),
        stmt(SUF, PVP, "The constabulary should make sure it completes safeguarding referrals for "
             "vulnerable adults without delay, and that it shares them with partner agencies."),
        stmt(SUF, PVP, "The constabulary should improve how it uses Clare\u2019s Law, so that "
             "applications under the domestic violence disclosure scheme are completed within "
             "the national timescales."),
        stmt(SUF, CDI, "The constabulary needs to record crimes within 24 hours of receiving a "
             "report, as the national crime recording standard requires."),
    ],
    recs=[stmt(SUF, RESP, SUF_REC)],
    coc=[stmt(SUF, RESP, "The constabulary is too slow to answer emergency and non-emergency "
              "calls, and it does not consistently identify the risk to callers who may be "
              "vulnerable.")],
    people=[person("Gareth Mowbray", "inspector", HF, HMI_C)],
    notes=[
        "Grades come from the five-column table (one column per grade, areas listed in each "
        "cell; 'No areas' under Outstanding) and are repeated as 'Grade: ...' in each chapter.",
        "The recommendations are a lead-in ('Within six months, the constabulary should:') with two "
        "bullets. Following GOLD-FORMAT's lead-in convention they are one statement. Splitting them "
        "is not offered in also_acceptable: the first bullet ends '; and', which check_gold.py "
        "cannot match as a whole statement.",
        "The 2020 crime data integrity inspection is named without a grade: nothing. Norfolk "
        "Constabulary is named in passing; Suffolk Fire and Rescue Service is a distractor. "
        "'Innovative practice' and 'Promising practice' boxes are not statements. 'six further "
        "areas for improvement' is a count. The chief constable is unnamed.",
    ]))

# og03 / og07 -- full report (PDF) and its text copy, Lancashire ---------------------------
LAN_AFIS = [
    stmt(LAN, INV, "The constabulary should make sure that investigations are allocated to staff "
         "with the training and experience that the crime requires."),
    stmt(LAN, INV, "The constabulary should make sure that victims are updated at the intervals "
         "agreed with them, and that this is recorded, as the code of practice for victims of "
         "crime requires."),
    stmt(LAN, RESP, "The constabulary should reduce the number of non-emergency calls that are "
         "abandoned."),
    stmt(LAN, LFM, "The constabulary should make sure that its workforce plans are based on a "
         "full understanding of the skills it will need, including in investigations and "
         "digital forensics."),
]
LAN_NOTES = [
    "The judgements table has a 'PEEL 2021/22' column: eight 2021/22 judgements (crime data "
    "integrity 'Not inspected' gives none). The inspectorate is named in full in 'About this "
    "inspection', so both inspections are HMICFRS's.",
    "'Why this matters' boxes are explanations, not statements. The key sentence lists all five "
    "grades: nothing. City of London Police (a footnote), Cumbria Constabulary and Merseyside "
    "Police are named in passing; Lancashire Fire and Rescue Service is a distractor.",
    "The HMI is named name-first: title kept as written ('HM Inspector of Constabulary').",
]
for doc in ("og03.pdf", "og07.txt"):
    GOLDS.append(gold(
        doc, RG, [LAN, "City of London Police", CUM, MER], [HF],
        [insp(LAN, P2325), insp(LAN, P2122)],
        grades(LAN, P2325, G2325[LAN]) + grades(LAN, P2122, G2122[LAN]),
        afis=LAN_AFIS,
        people=[person("Priya Lindqvist", "inspector", HF, "HM Inspector of Constabulary")],
        notes=LAN_NOTES + (["og07.txt is the pypdf text of og03.pdf, pages separated by form "
                            "feeds, with the running header and 'Page n' lines: same facts."]
                           if doc == "og07.txt" else [])))

# og04 -- at a glance (DOCX), Cumbria -----------------------------------------------------
GOLDS.append(gold(
    "og04.docx", RG, [CUM, LAN, "Durham Constabulary"], [],
    [insp(CUM, P2325, inspectorate=None)],
    grades(CUM, P2325, G2325[CUM]),
    afis=[
        stmt(CUM, INV, "The constabulary should make sure that supervisors review investigations "
             "at regular intervals and record clear direction for the investigating officer."),
        stmt(CUM, PVP, "The constabulary should make sure that officers complete a risk assessment "
             "at every domestic abuse incident and that the assessment is reviewed within 24 hours."),
        stmt(CUM, WORK, "The constabulary should understand why officers in their first three "
             "years are leaving, and act on what it finds."),
    ],
    people=[person("Priya Lindqvist", "inspector", HF, HMI_C)],
    notes=[
        "HMICFRS appears only in the Word header and footer, not in the body, so inspectorates is "
        "empty and the inspection's inspectorate is null. The HMI's organisation is still HMICFRS "
        "(an inspector's organisation must be an inspectorate).",
        "Each AFI is a numbered paragraph with a bold area label ('Investigating crime:'); the "
        "label gives the question and is not part of the text. 'five areas for improvement' is "
        "a count. Cumbria Fire and Rescue Service 'judged good' is a fire grade: nothing.",
    ]))

# og05 -- ungraded areas (DOCX), Humberside -------------------------------------------------
GOLDS.append(gold(
    "og05.docx", RG, [HUM, SYP], [HF],
    [insp(HUM, P2325)],
    afis=[
        stmt(HUM, None, "The force should make sure that its assessment of the threat from serious "
             "violence is updated at least once a year and shared with the relevant community "
             "safety partnerships."),
        stmt(HUM, None, "The force should make sure that all commanders who may authorise the "
             "deployment of armed officers take part in at least one live exercise each year."),
    ],
    people=[person("Helena Castleford", "inspector", HF, HMI_C)],
    notes=[
        "A report on the areas PEEL 2023-25 inspects without grading: no judgements. The table's "
        "'Graded?' column says 'No'; the main report's grades are referred to, not stated.",
        "The two AFIs sit under 'Strategic policing requirement' and 'Protecting the public from "
        "armed threats', for which no question key exists: question null. 'good practice' in the "
        "vetting section is not a grade.",
        "The HMI's name and title are on separate lines at the end (name first): title as written.",
    ]))

# og06 -- summary (Markdown), Merseyside ---------------------------------------------------
GOLDS.append(gold(
    "og06.md", RG, [MER, "Cheshire Constabulary", LAN, "Greater Manchester Police"], [HF],
    [insp(MER, P2325)],
    grades(MER, P2325, G2325[MER]),
    afis=[
        stmt(MER, PVP, "The force should make sure that, when attendance at a domestic abuse "
             "incident is delayed, call handlers give the victim safety advice and that the risk "
             "is reviewed again before officers arrive."),
        stmt(MER, CDI, "The force should improve the accuracy of its crime recording where a "
             "single report discloses several crimes, so that each crime is recorded."),
        stmt(MER, CDI, "The force should make sure that it records reports of antisocial "
             "behaviour as crimes when the circumstances disclose an offence, including public "
             "order offences; and harassment."),
    ],
    people=[person("Priya Lindqvist", "inspector", HF, HMI)],
    notes=[
        "The third AFI has two sub-bullets, joined to their parent. The grade key inside "
        "<details> lists all five grades: nothing. Neighbouring forces are links only.",
    ]))

# og08 -- Force in numbers (HTML), South Yorkshire -----------------------------------------
GOLDS.append(gold(
    "og08.html", RG, [SYP, "Greater Manchester Police", WYP, HUM, NYP], [HF],
    [insp(SYP, P2325)],
    notes=[
        "The data annex of the South Yorkshire PEEL 2023-25 report: figures only, no grades and "
        "no statements. Years in the tables (year ending 31 March 2023/2024, 2021, 2023/24, "
        "2024/25, 2019/20 to 2022/23) are data periods, not inspections. Greater Manchester "
        "Police is named in the data note; three forces in the 'Compare' links.",
    ]))

# og09 -- CSV export of grades, 7 forces ---------------------------------------------------
ORDER = [CUM, HUM, LAN, MER, NOR, SUF, WYP]
j, ins = [], []
for f in ORDER:
    ins += [insp(f, P2325), insp(f, P2122)]
for f in ORDER:
    j += grades(f, P2325, G2325[f])
for f in ORDER:
    j += grades(f, P2122, G2122[f])
GOLDS.append(gold(
    "og09.csv", "national-release", ORDER, [HF], ins, j,
    notes=[
        "One row per force and area with the 2023-25 grade and a 'Previous grade (PEEL 2021/22)' "
        "column. 'Not graded in 2021/22' and the victims row ('Not graded') give nothing.",
        "The inspectorate is named only in the column header 'HMICFRS region'; the inspections "
        "are taken as HMICFRS's (Unsure: a strict reader could leave them null).",
    ]))

# og10 -- full report page saved as Markdown, Hertfordshire --------------------------------
GOLDS.append(gold(
    "og10.md", RG, [HER, "Bedfordshire Police", "Cambridgeshire Constabulary", "Essex Police",
                    "Thames Valley Police"], [HF],
    [insp(HER, P2325)],
    grades(HER, P2325, G2325[HER]),
    afis=[
        stmt(HER, INV, "The constabulary should make sure that it seeks and records the views of "
             "victims before it decides to close an investigation or to use an out-of-court "
             "resolution."),
        stmt(HER, PREV, "The constabulary should evaluate its problem-solving work so that it "
             "knows which approaches reduce crime and antisocial behaviour."),
        stmt(HER, PVP, "The constabulary should make sure that children who go missing from home "
             "are offered a return home interview within 72 hours."),
    ],
    recs=[
        stmt(HER, INV, "Within six months, the constabulary should make sure that every "
             "investigation has a documented plan that is reviewed by a supervisor at set intervals."),
        stmt(HER, INV, "Within six months, the constabulary should make sure that a supervisor "
             "checks that all reasonable lines of enquiry have been completed before an "
             "investigation is closed."),
    ],
    coc=[stmt(HER, INV, "Hertfordshire Constabulary doesn't make sure that investigations are "
              "completed to a consistent standard, and too many are closed before reasonable "
              "lines of enquiry have been followed.")],
    people=[
        person("Gareth Mowbray", "inspector", HF, HMI),
        person("Aled Pengelly", "chief-constable", HER, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "The note on PEEL from 2025 (a new framework) gives no inspection: the report is in the "
        "2023-25 cycle though published in April 2025. Figures for 'year ending 31 December "
        "2024' are data periods.",
        "The cause of concern and recommendations sit in a Markdown blockquote; the 'Why this "
        "matters' box is not a statement. The Chief Constable's acceptance of the findings is "
        "reported by the HMI, not an update to any statement: has_force_update false.",
        "Bedfordshire, Cambridgeshire, Essex and Thames Valley are named in passing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
