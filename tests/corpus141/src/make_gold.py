"""Write gold/ol01.json ... gold/ol10.json for corpus141 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only (content.py is standard library only too):
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import *  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, RI, O = "Good", "Requires improvement", "Outstanding"
EFT, EFC, LEG, LEAD = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"


def insp(f, period, pillar, ins=None):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": ins}


def j(f, period, pillar, q, grade):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "grade": grade}


def st(f, period, pillar, q, text, upd=False):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text, "has_force_update": upd}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(insps), "inspections": list(inspections), "judgements": list(judgements),
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# ol01 / ol09 -- Cumbria, effectiveness 2015
F = "Cumbria Constabulary"
def ol01(doc, extra_note):
    return gold(
        doc, "peel-report", [F, "Lancashire Constabulary", "Merseyside Police", "Durham Constabulary"], [H],
        [insp(F, "2015", EFT, H)],
        [j(F, "2015", EFT, None, G), j(F, "2015", EFT, "preventing-crime", G),
         j(F, "2015", EFT, "investigating-crime", RI), j(F, "2015", EFT, "protecting-vulnerable", RI),
         j(F, "2015", EFT, "serious-organised-crime", G)],
        afis=[st(F, "2015", EFT, "investigating-crime", t) for t in OL01_AFI_INV] +
             [st(F, "2015", EFT, "protecting-vulnerable", OL01_AFI_VUL[0]),
              st(F, "2015", EFT, "protecting-vulnerable", OL01_AFI_VUL_JOINED)],
        people=[person(OL01_HMI[0], "inspector", H, "HM Inspector of Constabulary, Northern Region")],
        notes=["The grades are stated in boxed sentences set in small capitals ('GOOD', 'REQUIRES IMPROVEMENT'); the "
               "overall judgement box sits under the headline question. The grade key names all four grades and gives nothing.",
               "The second vulnerability AFI is a lead-in ending in a colon with two sub-bullets, joined into one statement.",
               "'In our 2014 assessment we did not give ... an overall effectiveness grade' gives nothing. Cumbria Fire and "
               "Rescue Service, Lancashire, Merseyside (regional partners) and Durham (inspected the same week) are named in "
               "passing with no grade. 'good practice' and 'good examples' are not grades.",
               "The HMI signs with the title after the name, kept in full with its region."] + extra_note)

GOLDS.append(ol01("ol01.pdf", ["PDF: ligatures (DejaVu Serif; some U+FB01/U+FB02 written directly), small-capital headings, drop caps "
                               "that pypdf reads before the heading, hyphenated line ends and two columns."]))
GOLDS.append(ol01("ol09.txt", ["ol09.txt is a plain-text copy of ol01.pdf (the folded pypdf text): the drop-cap letters "
                               "stand apart and the headings are spaced small capitals."]))

# ol02 -- Merseyside, legitimacy 2016
F = "Merseyside Police"
GOLDS.append(gold(
    "ol02.pdf", "peel-report", [F, "Cheshire Constabulary"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H)],
    [j(F, "2016", LEG, None, G), j(F, "2016", LEG, "fair-treatment-public", G),
     j(F, "2016", LEG, "ethical-lawful-workforce", G), j(F, "2016", LEG, "fair-treatment-workforce", G),
     j(F, "2015", LEG, None, G)],
    afis=[st(F, "2016", LEG, "fair-treatment-public", OL02_AFI_PUBLIC[0])] +
         [st(F, "2016", LEG, "ethical-lawful-workforce", t) for t in OL02_AFI_ETHICAL] +
         [st(F, "2016", LEG, "fair-treatment-workforce", OL02_AFI_WORKFORCE[0])],
    people=[person(OL02_HMI[0], "inspector", H, OL02_HMI[1])],
    notes=["'Last year we also judged the force to be good' gives the 2015 legitimacy grade (HMIC: the report is HMIC's and says 'we').",
           "Cheshire Constabulary is named in passing with no grade. The deputy chief constable is unnamed."]))

# ol03 -- Derbyshire, efficiency 2017
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "ol03.pdf", "peel-report",
    [F, "Nottinghamshire Police", "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police"], [HF, H],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC, H)],
    [j(F, "2017", EFC, None, G), j(F, "2017", EFC, "understanding-demand", G),
     j(F, "2017", EFC, "using-resources", RI), j(F, "2017", EFC, "planning-future", G),
     j(F, "2016", EFC, None, G)],
    afis=[st(F, "2017", EFC, "using-resources", t) for t in OL03_AFI_RES] +
         [st(F, "2017", EFC, "planning-future", OL03_AFI_FUT[0])],
    people=[person(OL03_HMI[0], "inspector", HF, OL03_HMI[1])],
    notes=["The overall and last year's grades are in a two-row table ('Last year's judgement (HMIC, 2016) | Good'), so the 2016 "
           "inspection takes HMIC. The question grades are in boxes ('Use of resources: requires improvement').",
           "The four East Midlands partner forces and Derbyshire Fire and Rescue Service are named in passing. 'good practice' is not a grade."]))

# ol04 -- Gwent, leadership 2016
F = "Gwent Police"
GOLDS.append(gold(
    "ol04.pdf", "peel-report", [F, "South Wales Police", "Dyfed-Powys Police"], [H],
    [insp(F, "2016", LEAD, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H)],
    [j(F, "2016", EFC, None, G), j(F, "2016", LEG, None, RI)],
    afis=[st(F, "2016", LEAD, None, t) for t in OL04_AFI],
    people=[person(OL04_PCC[0], "commissioner", F, "Police and Crime Commissioner"),
            person(OL04_CC[0], "chief-constable", F, "Chief Constable"),
            person(OL04_HMI[0], "inspector", H, "HM Inspector of Constabulary, Wales and Western Region")],
    notes=["Leadership 2016 is not graded, so the Leadership inspection has no judgement; its AFIs have question null.",
           "The efficiency (good) and legitimacy ('to require improvement') 2016 grades are stated in the summary and give "
           "their own inspections. The effectiveness report 'will follow' and gives nothing.",
           "The PCC and Chief Constable are named title-first ('the Police and Crime Commissioner, Glenys Rhys-Morgan')."]))

# ol05 -- West Yorkshire, crime data integrity 2016 (not PEEL)
F = "West Yorkshire Police"
GOLDS.append(gold(
    "ol05.pdf", "peel-report", [F, "North Yorkshire Police", "South Yorkshire Police"], [H],
    [insp(F, "2015", LEG, H)],
    [j(F, "2015", LEG, None, G)],
    people=[person(OL05_HMI[0], "inspector", H, OL05_HMI[1])],
    also={"inspections": [insp(F, "2016", LEG, H)],
          "causes_of_concern": [st(F, "2016", LEG, None, OL05_COC)],
          "recommendations": [st(F, "2016", LEG, None, t) for t in OL05_RECS]},
    notes=["A crime data integrity inspection is not a PEEL pillar inspection, and GOLD-FORMAT has no pillar for it. Its "
           "'inadequate' grade is left out (the report itself says its grades are not PEEL grades). Its cause of concern and "
           "recommendations are in also_acceptable under Legitimacy 2016, because HMIC counts crime recording under legitimacy. Unsure.",
           "'In PEEL legitimacy 2015 ... the force was judged to be good at legitimacy overall' gives the 2015 legitimacy grade; "
           "the crime-recording question 'not graded' gives nothing.",
           "North and South Yorkshire are named in passing. The Chief Inspector of Constabulary is unnamed."]))

# ol06 / ol10 -- Lancashire, effectiveness 2017
F = "Lancashire Constabulary"
def ol06(doc, extra_note):
    return gold(
        doc, "peel-report", [F, "Greater Manchester Police"], [HF, H],
        [insp(F, "2017", EFT, HF), insp(F, "2016", EFT, H)],
        [j(F, "2017", EFT, None, G), j(F, "2017", EFT, "preventing-crime", G),
         j(F, "2017", EFT, "protecting-vulnerable", RI),
         j(F, "2016", EFT, None, G), j(F, "2016", EFT, "investigating-crime", G),
         j(F, "2016", EFT, "serious-organised-crime", G), j(F, "2016", EFT, "protecting-vulnerable", G)],
        afis=[st(F, "2017", EFT, "preventing-crime", OL06_AFI_PREV[0]),
              st(F, "2017", EFT, "protecting-vulnerable", OL06_AFI_VUL[0])],
        recs=[st(F, "2017", EFT, "protecting-vulnerable", t) for t in OL06_RECS],
        coc=[st(F, "2017", EFT, "protecting-vulnerable", OL06_COC)],
        people=[person(OL06_HMI[0], "inspector", HF, OL06_HMI[1])],
        also={"judgements": [j(F, "2017", EFT, "investigating-crime", G), j(F, "2017", EFT, "serious-organised-crime", G),
                             j(F, "2016", EFT, "preventing-crime", G)]},
        notes=["2017 risk-based inspection: the table gives each question's judgement with its 'Year of judgement'. Rows marked "
               "2016 are 2016 judgements (main); because 'the judgments we made in 2016 remain in place', the same grades for "
               "2017 are in also_acceptable.",
               "'In 2016 it was also judged good' (overall) and 'in 2016 we judged this area to be good' (protecting vulnerable "
               "people) give 2016 judgements. 'good at preventing crime ..., as it was in 2016' names no grade word for 2016 "
               "itself, so 2016 preventing-crime is in also_acceptable only.",
               "Specialist capabilities is 'Not graded'. The 2016 inspection takes HMIC (footnote: published by HMIC).",
               "Greater Manchester Police is named in passing."] + extra_note)

GOLDS.append(ol06("ol06.pdf", []))
GOLDS.append(ol06("ol10.txt", ["ol10.txt is a plain-text copy of ol06.pdf (the folded pypdf text)."]))

# ol07 -- Northumbria, PEEL 2014 efficiency (Valuing the Police)
F = "Northumbria Police"
GOLDS.append(gold(
    "ol07.pdf", "peel-report", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2014", EFC, H)],
    [j(F, "2014", EFC, None, G)],
    people=[person(OL07_HMI[0], "inspector", H, OL07_HMI[1]),
            person(OL07_CC[0], "chief-constable", F, "Chief Constable"),
            person(OL07_PCC[0], "commissioner", F, "Police and Crime Commissioner for Northumbria")],
    also={"judgements": [j(F, "2014", EFC, "planning-future", O), j(F, "2014", EFC, "using-resources", G)]},
    notes=["PEEL 2014 graded efficiency through three questions; the headline 'To what extent is the force efficient?' "
           "is the pillar judgement. The two sub-questions (secure financial position; affordable way of providing policing) "
           "have no 2015-17 key; they are in also_acceptable as planning-future and using-resources. Unsure.",
           "'five forces were judged outstanding for efficiency' is a national count and gives nothing. Valuing the Police "
           "(July 2014) is the source inspection; the period is PEEL 2014.",
           "The Chief Constable is named title-first; the PCC name-first with the place kept."]))

# ol08 -- Nottinghamshire, PCC response to legitimacy 2017
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "ol08.docx", "response-record", [F, "Derbyshire Constabulary"], [HF],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, None)],
    [j(F, "2017", LEG, "fair-treatment-public", G), j(F, "2017", LEG, "ethical-lawful-workforce", RI),
     j(F, "2017", LEG, "fair-treatment-workforce", G), j(F, "2017", LEG, None, G),
     j(F, "2016", LEG, None, RI)],
    afis=[st(F, "2017", LEG, q, t, upd is not None) for q, t, upd in OL08_AFI],
    people=[person(OL08_CC[0], "chief-constable", F, "Chief Constable"),
            person(OL08_DCC[0], "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person(OL08_PCC[0], "commissioner", F, "Police and Crime Commissioner for Nottinghamshire")],
    notes=["The grades table's rows are paraphrased question names: 'Fairness and respect to the public' -> fair-treatment-public, "
           "'Ethical and lawful workforce behaviour' -> ethical-lawful-workforce, 'Fairness and respect to the workforce' -> "
           "fair-treatment-workforce; 'Overall legitimacy' is the pillar.",
           "'an improvement on 2016, when the force was assessed as requiring improvement' gives the 2016 grade; no inspectorate "
           "is stated for it.",
           "AFI 2 has only a Commissioner's comment (no force response), so has_force_update is false.",
           "The Word header ('OFFICIAL - Office of the Police and Crime Commissioner ...') and footer are not body text. "
           "The PCC is named only in the signature, so his title is the one printed under the name.",
           "Derbyshire Constabulary (good practice partner) and Nottinghamshire Fire and Rescue Service are named in passing."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
