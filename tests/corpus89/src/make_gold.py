"""Write gold/mh01.json ... gold/mh10.json (format: shared/corpus/GOLD-FORMAT.md).

The statements, grades and people are typed once in content.py (which also feeds the
document generators); the extra facts and notes per document are typed here.

    python3 src/make_gold.py
"""
import json
import os

from content import DOCS, SOC

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
HF = "HMICFRS"
EXT = {"pdf": "pdf", "docx": "docx", "txt": "txt", "html": "html", "md": "md"}

PASSING = {
    "mh01": ["Leicestershire Police", "Nottinghamshire Police", "Northamptonshire Police"],
    "mh02": ["Dyfed-Powys Police", "South Wales Police"],
    "mh03": [],
    "mh04": ["Norfolk Constabulary"],
    "mh05": ["West Mercia Police"],
    "mh06": [],
    "mh07": ["Cheshire Constabulary"],
    "mh08": ["Dyfed-Powys Police", "Gwent Police", "North Wales Police"],
    "mh09": ["Bedfordshire Police", "Hertfordshire Constabulary"],
    "mh10": [],
}

COMMON_NOTES = [
    "Genre peel-report-2021: a force report of the 2021/22 or 2023-25 PEEL cycle (pillar PEEL). "
    "Each graded area gives one judgement with its area key; the grade is stated three times "
    "(judgments table or chart, the grade label under the chapter heading, and the chapter's "
    "first sentence), and these agree.",
    "'Providing a service to (the) victims of crime' is not graded: no judgement. The grading key "
    "('Our grades run from outstanding, through good, ...') and 'A force judged inadequate in an "
    "area ...' name grades for no area: no judgement. Counts ('We identified four areas for "
    "improvement') give nothing beyond the statements quoted in the chapters.",
    "Inspectorate: the cover / page header names His (or Her) Majesty's Inspectorate of "
    "Constabulary and Fire & Rescue Services, so the inspection's inspectorate is HMICFRS.",
    "Areas for improvement and recommendations: the question is the chapter they sit in. No "
    "report gives a force update, so has_force_update is false (except where mh03's force "
    "added its own responses).",
]

EXTRA_NOTES = {
    "mh01": ["Leicestershire, Nottinghamshire and Northamptonshire are named only as partners in the "
             "regional organised crime unit: in forces, no inspection. Lincolnshire Fire and Rescue is a "
             "fire service: not a force. 'October and November 2024' and 'year ending 31 March 2024' are "
             "fieldwork and data dates, not the period (2023-25). 'Recording data about crime' -> "
             "crime-recording."],
    "mh02": ["Ticks table: each area's grade is the column of its tick; the pypdf text in text/ loses "
             "the column, but the chapter label and sentence keep it. 'Good use of resources' is an area "
             "name (leadership-management), not a grade. Heddlu Gwent is an alias. Dyfed-Powys and "
             "South Wales are partners in Tarian: no inspection. The HMI is 'Her Majesty's' (published "
             "July 2022)."],
    "mh03": ["A force's accessible Word version. Body only: the OFFICIAL header and the footer are not "
             "facts. The foreword names the Chief Constable and the Police and Crime Commissioner "
             "(title-first / appositive); the named Assistant Chief Constable is not a person fact.",
             "has_force_update is true for AFIs 1 and 3, which are followed by 'Northumbria Police "
             "response:'; false for AFIs 2 and 4 and for the cause of concern and its recommendations, "
             "which have no response.",
             "Recommendations are in a Word numbered list (the numbers are list formatting, not text).",
             "Tyne and Wear / Northumberland Fire and Rescue Services are not forces. 'compared "
             "directly with those from our 2018/19 inspection' names no 2018/19 grade."],
    "mh04": ["The grade of each area is a word in a coloured cell (the colour key names all five "
             "grades for no area). Chapter headings repeat the grade ('Investigating crime – "
             "Adequate'). Norfolk Constabulary is named only as the collaboration partner. Assistant "
             "Chief Constable Ruth Leverington is not a person fact. 'Suffolk Constabulary is a good "
             "force.' is a whole-force grade that the 2023-25 cycle does not give: only in "
             "also_acceptable (PEEL, question null). Innovative and promising practice give nothing."],
    "mh05": ["A pypdf text extract of the printed report: the judgments table's five columns come out "
             "as one header line followed by area names with no column, so the table alone states no "
             "grade; the chapter grade labels and sentences state each one.",
             "'In our 2021/22 inspection we judged the force to be adequate at investigating crime' "
             "gives a 2021/22 judgement (investigating-crime, Adequate) and its inspection.",
             "West Mercia Police is named only as the former alliance partner: no inspection."],
    "mh06": ["A pypdf text extract of a two-column print: lines are wrapped narrowly. 'Disrupting "
             "serious organised crime' is graded (serious-organised-crime); 'Good use of resources' "
             "-> leadership-management. 'January 2021 to March 2022' and 'fieldwork ... January "
             "2022' are dates, not periods. East Midlands Special Operations Unit is not a force. "
             "'which the constabulary describes as good practice' is a distractor."],
    "mh07": ["A publication-html web page: navigation, breadcrumbs, contents links and the footer "
             "are furniture. Merseyside Fire and Rescue Service is not a force; Cheshire Constabulary "
             "is named in passing. 'outstanding force at preventing crime' agrees with the table."],
    "mh08": ["Ticks table in HTML. Heddlu De Cymru (an alias) and a Welsh sentence. The counter-"
             "terrorism unit sentence names three other Welsh forces in passing: no inspection."],
    "mh09": ["Grades drawn as a labelled bar chart (Figure 1): each bar carries its grade as a text "
             "label; the axis names all five grades for no area. Bedfordshire Police and "
             "Hertfordshire Constabulary are collaboration partners only. The cause of concern sits "
             "in 'Responding to the public' with two recommendations. 'We found good practice ...' is a "
             "distractor."],
    "mh10": ["A Markdown conversion of the PDF: the judgments table is a pipe table with the areas "
             "under their grade column (row by row), page furniture lines ('PEEL 2023–2025 – North "
             "Wales Police | 4') are left in, and AFIs are block quotes.",
             "'In 2021/22 we judged the force to be good at responding to the public' gives a 2021/22 "
             "judgement and its inspection. 'North Wales Police is a good force.' is only in "
             "also_acceptable (PEEL, question null)."],
}

ALSO_OVERALL = {"mh04": "Good", "mh10": "Good"}


def build(doc, d):
    F, P = d["force"], d["period"]
    insp = [{"force": F, "period": P, "pillar": "PEEL", "inspectorate": HF}]
    judg = [{"force": F, "period": P, "pillar": "PEEL", "question": k, "grade": g} for k, g in d["grades"]]
    for per, k, g in d.get("earlier", []):
        insp.append({"force": F, "period": per, "pillar": "PEEL", "inspectorate": HF})
        judg.append({"force": F, "period": per, "pillar": "PEEL", "question": k, "grade": g})
    afis = []
    for a in d["afis"]:
        upd = len(a) > 2 and a[2] is not None
        afis.append({"force": F, "period": P, "pillar": "PEEL", "question": a[0], "text": a[1],
                     "has_force_update": upd})
    recs, coc = [], []
    for c in d["coc"]:
        coc.append({"force": F, "period": P, "pillar": "PEEL", "question": c["area"], "text": c["text"],
                    "has_force_update": False})
        for r in c["recs"]:
            recs.append({"force": F, "period": P, "pillar": "PEEL", "question": c["area"], "text": r,
                         "has_force_update": False})
    people = [{"name": d["hmi"][0], "role": "inspector", "organisation": HF, "title": d["hmi"][1],
               "qualifier": None}]
    if "cc" in d:
        people.append({"name": d["cc"][0], "role": "chief-constable", "organisation": F,
                       "title": d["cc"][1], "qualifier": None})
    if "pcc" in d:
        people.append({"name": d["pcc"][0], "role": "commissioner", "organisation": F,
                       "title": d["pcc"][1], "qualifier": None})
    g = {"document": "%s.%s" % (doc, EXT[d["fmt"]]), "genre": "peel-report-2021", "encoding": "utf-8",
         "forces": [F] + PASSING[doc], "inspectorates": [HF], "inspections": insp, "judgements": judg,
         "areas_for_improvement": afis, "recommendations": recs, "causes_of_concern": coc,
         "people": people}
    if doc in ALSO_OVERALL:
        g["also_acceptable"] = {"judgements": [{"force": F, "period": P, "pillar": "PEEL", "question": None,
                                                "grade": ALSO_OVERALL[doc]}]}
    g["notes"] = COMMON_NOTES + EXTRA_NOTES[doc]
    return g


def main():
    os.makedirs(GOLD, exist_ok=True)
    for doc, d in DOCS.items():
        with open(os.path.join(GOLD, doc + ".json"), "w", encoding="utf-8") as fh:
            json.dump(build(doc, d), fh, indent=2, ensure_ascii=False)
            fh.write("\n")


if __name__ == "__main__":
    main()
