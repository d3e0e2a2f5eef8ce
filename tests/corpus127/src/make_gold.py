"""Write gold/nx01.json ... gold/nx10.json for corpus127 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
UR, PF, UD = "using-resources", "planning-future", "understanding-demand"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None):
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

# nx01 -- HMICFRS PEEL 2018/19 overview, accessible question table, Eastern region
BED, CAM, HER = "Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"
P = "2018/19"
Q1819 = (PREV, INV, PVP, SOC, UR, PF, FTP, ELW, FTW)
def row(force, gs):
    return grades(force, P, list(zip(Q1819, gs)))
GOLDS.append(gold(
    "nx01.html", "national-release", [BED, CAM, HER, "Essex Police"], [HF],
    [insp(BED, P, inspectorate=HF), insp(CAM, P, inspectorate=HF), insp(HER, P, inspectorate=HF)],
    row(BED, (RI, RI, G, G, G, RI, G, G, G))
    + row(CAM, (G, G, RI, G, G, G, G, G, RI))
    + row(HER, (O, G, G, G, G, O, G, G, G)),
    also={"judgements":
          grades(BED, P, [(None, RI)], EFF) + grades(BED, P, [(None, G)], EFC) + grades(BED, P, [(None, G)], LEG)
          + grades(CAM, P, [(None, G)], EFF) + grades(CAM, P, [(None, G)], EFC) + grades(CAM, P, [(None, G)], LEG)
          + grades(HER, P, [(None, G)], EFF) + grades(HER, P, [(None, G)], EFC) + grades(HER, P, [(None, G)], LEG)},
    notes=["Question grades come from the accessible table (pillar PEEL, as dev12). Effectiveness Q5 is 'Ungraded' and gives nothing.",
           "Efficiency Q1 (use its resources to meet the demand) -> using-resources; Q2 (plan for the future) -> planning-future.",
           "The pillar grades sit in a visually hidden screen-reader table; as 2018/19 whole-pillar grades they go in also_acceptable (brief, dev12).",
           "The SVG aria-label summarises some grades; attribute text is not shown by a browser and adds nothing beyond the table.",
           "Essex Police is named in passing with no grade. The key and 'About PEEL' list the grades and give nothing."]))

# nx02 -- Lancashire PCC performance report to the panel (PDF), PEEL 2021/22 with MSG chart
LAN = "Lancashire Constabulary"
P = "2021/22"
GOLDS.append(gold(
    "nx02.pdf", "response-record",
    [LAN, "Northumbria Police", "Nottinghamshire Police", "South Yorkshire Police", "Staffordshire Police"], [HF],
    [insp(LAN, P, inspectorate=HF)],
    grades(LAN, P, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, G), (WORK, A), (LFM, G), (CDI, G)]),
    afis=[
        stmt(LAN, P, RESP, "The constabulary should make sure that it answers non-emergency calls promptly, and that fewer "
             "callers abandon their call before it is answered.", True),
        stmt(LAN, P, WORK, "The constabulary should make sure that supervisors have the time and training to hold regular "
             "wellbeing conversations with their staff.", True),
    ],
    people=[
        person("Andrew Snowden", "commissioner", LAN, "Police and Crime Commissioner for Lancashire"),
        person("Chris Rowley", "chief-constable", LAN, "Chief Constable"),
    ],
    notes=["Figure 4 and Table 4 give only counts of areas per grade per MSG force: no judgement for any force (the four MSG forces are forces named in passing).",
           "MSG and England and Wales averages, the legend, the colour sentence and 'one of only two forces in the group with an outstanding grade' give nothing.",
           "Table 5 gives Lancashire's area grades; victim service is 'Not graded'. 'Good use of resources' -> leadership-management; 'Recording data about crime' -> crime-recording; 'Developing a positive workplace' -> workforce.",
           "Both AFIs sit in a row with a 'Force update' cell: has_force_update true. The assistant chief constable is unnamed."]))

# nx03 -- Gwent OPCC dashboard exported to Word, PEEL 2023-25
GW = "Gwent Police"
P = "2023-25"
GOLDS.append(gold(
    "nx03.docx", "response-record",
    [GW, "South Wales Police", "Dyfed-Powys Police", "North Wales Police"], [HF],
    [insp(GW, P, inspectorate=HF)],
    grades(GW, P, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, G), (WORK, A), (LFM, G)]),
    afis=[
        stmt(GW, P, PVP, "The force should improve how it records and reviews the risk assessments it completes for victims of domestic abuse.", True),
        stmt(GW, P, INV, "The force should make sure that investigations are allocated to officers with the right skills and that investigation plans are recorded.", True),
        stmt(GW, P, WORK, "The force should improve how it monitors the wellbeing of officers and staff who work in high-risk roles.", False),
    ],
    recs=[stmt(GW, P, RESP, "Within six months, the force should make sure that it has enough trained call handlers on every "
               "shift to meet the national standard for answering 999 calls.", True)],
    coc=[stmt(GW, P, RESP, "Gwent Police is not answering emergency and non-emergency calls quickly enough, and it does not "
              "always assess the risk to callers properly when it cannot send an officer straight away.", False)],
    people=[
        person("Jane Mudd", "commissioner", GW, "Police and Crime Commissioner for Gwent"),
        person("Mark Hobrough", "chief-constable", GW, "Chief Constable"),
    ],
    also={"inspections": [insp(GW, "2021/22", inspectorate=HF)],
          "judgements": grades(GW, "2021/22", [(RESP, A), (INV, A), (WORK, A)])},
    notes=["Grades come from the 'Grade 2023–25' column; the RAG column alone (e.g. 'Green') is not a grade word. Victim service is not graded.",
           "The 2021/22 column holds only RAG colours. The key maps Amber one-to-one to Adequate, so the three Amber 2021/22 cells are in also_acceptable; Green and Red each cover two grades and give nothing. The PVP 'Red' cell gives nothing.",
           "The picture's alt text (docPr descr) is not body text and adds no grade.",
           "Cause of concern sits under 'Page 5' with Recommendation 1; the force update follows the recommendation, so the recommendation has an update and the cause of concern does not.",
           "AFI 3's progress cell says only 'Update due at the Quarter 3 board.': has_force_update false.",
           "The Welsh forces are named in passing (not yet inspected); South Wales Fire and Rescue Service is not a police force.",
           "The Word header/footer (export note) is not body text."]))

# nx04 -- Thames Valley Police news page with infographic (HTML), Efficiency 2016
TVP = "Thames Valley Police"
GOLDS.append(gold(
    "nx04.html", "press-release", [TVP], [H],
    [insp(TVP, "2016", EFC, H), insp(TVP, "2015", EFC, H)],
    grades(TVP, "2016", [(None, G), (UD, G), (UR, G), (PF, O)], EFC) + grades(TVP, "2015", [(None, G)], EFC),
    afis=[stmt(TVP, "2016", PF, "The force should ensure it fully understands the skills and capabilities of its workforce, so "
               "that it can plan to meet future demand.", False, EFC)],
    people=[
        person("Francis Habgood", "chief-constable", TVP, "Chief Constable"),
        person("Anthony Stansfeld", "commissioner", TVP, "Police and Crime Commissioner for Thames Valley"),
    ],
    also={"forces": ["Hampshire Constabulary"], "inspections": [insp("Hampshire Constabulary", "2016", EFC, H), insp(TVP, "2016", LEG, H)],
          "judgements": grades("Hampshire Constabulary", "2016", [(None, G)], EFC) + grades(TVP, "2016", [(None, G)], LEG)},
    notes=["The question grades are in a screen-reader-only table (class sr-only) in the 'Text version' section: DOM text that a screen reader reads, so counted as stated. The planning-for-the-future grade is stated only there (and in the img alt).",
           "Hampshire Constabulary's 2016 efficiency grade is stated only in the img alt attribute, which a browser does not show: also_acceptable. Hampshire is named in that alt only, so it is an also_acceptable force.",
           "The 'Related news' link 'Force graded good for legitimacy (8 December 2016)' names no force: TVP Legitimacy 2016 only in also_acceptable.",
           "'Last year HMIC also judged Thames Valley Police to be good for efficiency' gives the 2015 efficiency grade.",
           "The national bar chart (alt and caption) gives counts only."]))

# nx05 -- saved social media posts (txt), South Wales Police, PEEL 2015
SWP = "South Wales Police"
P = "2015"
GOLDS.append(gold(
    "nx05.txt", "press-release", [SWP, "Gwent Police"], [H],
    [insp(SWP, P, EFF, H), insp(SWP, P, LEG, H), insp(SWP, P, EFC, H)],
    grades(SWP, P, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], EFF)
    + grades(SWP, P, [(None, G)], LEG) + grades(SWP, P, [(None, O)], EFC),
    people=[
        person("Peter Vaughan", "chief-constable", SWP, "Chief Constable"),
        person("Alun Michael", "commissioner", SWP, "Police and Crime Commissioner for South Wales"),
    ],
    also={"inspections": [insp("Gwent Police", P, EFF, None)],
          "judgements": grades("Gwent Police", P, [(None, G)], EFF),
          "areas_for_improvement": [stmt(SWP, P, PVP, "we should make sure that all reports of missing children are risk assessed "
                                         "by a trained supervisor and that the risk is reviewed as the search goes on.", True, EFF)]},
    notes=["The export is a text file, so the ALT lines are visible text: the question grades come from the ALT of image 2.",
           "The Welsh post ('DDA') repeats the effectiveness grade in Welsh; nothing new.",
           "Legitimacy and efficiency 2015 grades come from the Facebook post ('legitimacy grade: good', 'efficiency grade ... was outstanding').",
           "Gwent's grade is a member of the public's hedged reply ('by the look of their page'): also_acceptable. Gwent is named, so it is in forces.",
           "The missing-children finding is paraphrased by the force in the first person, not quoted: also_acceptable, with 'Work on this started in January' as the update.",
           "'Requires improvement in one area' and 'most forces were graded good' add nothing."]))

# nx06 -- HMICFRS PEEL 2017 force explore page printed to PDF, West Mercia effectiveness
WM = "West Mercia Police"
P = "2017"
GOLDS.append(gold(
    "nx06.pdf", "peel-report",
    [WM, "Warwickshire Police", "Devon and Cornwall Police", "Wiltshire Police", "Norfolk Constabulary"], [HF],
    [insp(WM, P, EFF, HF), insp(WM, "2016", EFF, None), insp("Warwickshire Police", P, EFF, HF),
     insp("Devon and Cornwall Police", P, EFF, HF), insp("Wiltshire Police", P, EFF, HF)],
    grades(WM, P, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(WM, "2016", [(None, G)], EFF)
    + grades("Warwickshire Police", P, [(None, RI)], EFF)
    + grades("Devon and Cornwall Police", P, [(None, G)], EFF)
    + grades("Wiltshire Police", P, [(None, G)], EFF),
    afis=[
        stmt(WM, P, INV, "The force should ensure that all investigations are supervised effectively, with clear plans that are reviewed regularly.", False, EFF),
        stmt(WM, P, PVP, "The force should improve its response to missing and absent children, so that the risk to each child is assessed properly and reviewed as circumstances change.", False, EFF),
        stmt(WM, P, PVP, "The force should make sure that officers and staff understand and make full use of the powers available to protect victims of domestic abuse, including domestic violence protection notices and orders.", False, EFF),
    ],
    people=[person("Rosalind Tennant", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary")],
    also={"inspections": [insp("Norfolk Constabulary", P, EFF, HF)],
          "judgements": grades("Norfolk Constabulary", P, [(None, G)], EFF)},
    notes=["The page is an HMICFRS page (footer '© HMICFRS'), so the 2017 inspections are HMICFRS's; the 2016 grade ('last year, when we judged it to be good') names no inspectorate, so null.",
           "The MSG chart's text version gives the other forces' 2017 effectiveness grades in words: judgements in passing. Norfolk's row has only the bar value '3' (scale 1 = inadequate, 4 = outstanding): also_acceptable.",
           "Specialist capabilities is 'Ungraded'. The key and the national counts/percentages give nothing."]))

# nx07 -- Leicestershire PCC annual report 2017/18 (Word), infographic text alternative
LEI = "Leicestershire Police"
GOLDS.append(gold(
    "nx07.docx", "response-record", [LEI, "Nottinghamshire Police", "Derbyshire Constabulary"], [HF],
    [insp(LEI, "2017", EFF, HF), insp(LEI, "2017", EFC, HF), insp(LEI, "2017", LEG, HF),
     insp(LEI, "2016", EFF, None), insp(LEI, "2016", EFC, None), insp(LEI, "2016", LEG, None)],
    grades(LEI, "2017", [(None, G)], EFF) + grades(LEI, "2017", [(None, G)], EFC)
    + grades(LEI, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, O)], LEG)
    + grades(LEI, "2016", [(None, G)], EFF) + grades(LEI, "2016", [(None, G)], EFC) + grades(LEI, "2016", [(None, G)], LEG),
    afis=[stmt(LEI, "2017", FTP, "The force should monitor its use of stop and search more closely, including the reasonable "
               "grounds recorded, so that it can show the public that the power is used fairly.", True, LEG)],
    people=[
        person("Willy Bach", "commissioner", LEI, "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        person("Simon Cole", "chief-constable", LEI, "Chief Constable"),
    ],
    notes=["Grades come from the visible 'Text alternative for infographic 6.1' and Table 6.3; the pictures' alt text (docPr descr) is not body text.",
           "The 2016 column of Table 6.3 gives 2016 pillar grades; the document names only HMICFRS, which did not exist in 2016, so those inspections have inspectorate null.",
           "'Lord Willy Bach' -> name without the honorific. 'What the force has done:' is the force update of the AFI.",
           "Public confidence percentages, the national average and 'do a good job' are distractors. Nottinghamshire and Derbyshire are named in passing."]))

# nx08 -- North Yorkshire PCC dashboard chart data export (CSV), 2014-2017
NY = "North Yorkshire Police"
GOLDS.append(gold(
    "nx08.csv", "national-release", [NY, "Cumbria Constabulary", "Dyfed-Powys Police", "Lincolnshire Police"], [H, HF],
    [insp(NY, "2014", EFC, H), insp(NY, "2015", EFC, H), insp(NY, "2016", EFC, H), insp(NY, "2017", EFC, HF),
     insp(NY, "2015", EFF, H), insp(NY, "2016", EFF, H), insp(NY, "2017", EFF, HF),
     insp(NY, "2015", LEG, H), insp(NY, "2017", LEG, HF),
     insp("Cumbria Constabulary", "2017", EFC, HF), insp("Dyfed-Powys Police", "2017", EFC, HF)],
    grades(NY, "2014", [(None, G)], EFC) + grades(NY, "2015", [(None, G)], EFC) + grades(NY, "2016", [(None, G)], EFC)
    + grades(NY, "2017", [(None, RI)], EFC)
    + grades(NY, "2015", [(None, RI)], EFF) + grades(NY, "2016", [(None, G)], EFF) + grades(NY, "2017", [(None, G)], EFF)
    + grades(NY, "2015", [(None, G)], LEG) + grades(NY, "2017", [(None, G)], LEG)
    + grades("Cumbria Constabulary", "2017", [(None, G)], EFC) + grades("Dyfed-Powys Police", "2017", [(None, G)], EFC),
    also={"inspections": [insp(NY, "2016", LEG, H), insp("Lincolnshire Police", "2017", EFC, HF)],
          "judgements": grades(NY, "2016", [(None, G)], LEG) + grades("Lincolnshire Police", "2017", [(None, G)], EFC)},
    notes=["Each row's data_label and tooltip give the grade; the tooltips name HMIC or HMICFRS for the North Yorkshire rows. The MSG rows name no inspectorate; HMICFRS is taken from the 2017 context, as corpus13 does.",
           "North Yorkshire Legitimacy 2016 and Lincolnshire 2017 have value 3 and a green colour but no grade word (empty label, tooltip without grade): also_acceptable only (3 = Good by the Y axis rows).",
           "Leadership 2016 'Not graded'; Y axis rows, the MSG average, the national donut (counts and percentages) and the AFI card give nothing.",
           "2014 efficiency is graded as a whole pillar (period 2014)."]))

# nx09 -- data journalism blog (Markdown), Merseyside and Cumbria PEEL 2023-25
MER, CUM = "Merseyside Police", "Cumbria Constabulary"
P = "2023-25"
GOLDS.append(gold(
    "nx09.md", "national-release", [MER, CUM, LAN, "Cheshire Constabulary"], [HF],
    [insp(MER, P, inspectorate=HF), insp(CUM, P, inspectorate=HF)],
    grades(MER, P, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, G)])
    + grades(CUM, P, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A)]),
    afis=[stmt(CUM, P, INV, "The constabulary should make sure that supervisors review investigations regularly and that the reviews are recorded.")],
    people=[
        person("Serena Kennedy", "chief-constable", MER, "Chief Constable"),
        person("Rob Carden", "chief-constable", CUM, "Chief Constable"),
    ],
    notes=["Grades come from the data table under chart 1. The image alt text and the chart description repeat some of them (Merseyside outstanding for preventing crime) and add nothing.",
           "Cumbria's serious organised crime cell is '–'; victim service is not graded. The correction ('labelled ... as \"good\"') is not a grade.",
           "National percentages, colours and 'eight' good-or-outstanding grades give nothing. Lancashire and Cheshire are named in passing with no 2023-25 report.",
           "The author is a journalist, not a person fact. The AFI is a blockquote; 'has not yet published a response' means no update."]))

# nx10 -- text version of an HMICFRS 'at a glance' infographic, Derbyshire PEEL 2021/22
DER = "Derbyshire Constabulary"
P = "2021/22"
GOLDS.append(gold(
    "nx10.txt", "peel-report-2021", [DER], [HF],
    [insp(DER, P, inspectorate=HF)],
    grades(DER, P, [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(DER, P, INV, "The constabulary should make sure that investigations are allocated to staff with the right skills and experience, and that investigations are supervised effectively."),
        stmt(DER, P, INV, "The constabulary should make sure that it gives victims the information they need about the progress of their case, and records when it has done so."),
        stmt(DER, P, RESP, "The constabulary should improve how quickly it answers non-emergency calls, and reduce the number of calls abandoned before they are answered."),
    ],
    people=[person("Delia Ormerod", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(DER, "2018/19", inspectorate=None)],
          "judgements": grades(DER, "2018/19", [(None, G)], EFF) + grades(DER, "2018/19", [(None, G)], EFC)
          + grades(DER, "2018/19", [(None, G)], LEG)},
    notes=["Graphic 1's row list gives the grades; the box labels naming all five grades give nothing. 'Good use of resources' -> leadership-management (its 'Good' is not a grade).",
           "Graphic 2's counts and the colour note give nothing.",
           "Graphic 3 gives 2018/19 whole-pillar grades: also_acceptable with the 2018/19 PEEL inspection (brief, dev12).",
           "The victims AFI ('progress of their case') is keyed investigating-crime, the closest graded area; victim service is ungraded. Only three of nine AFIs are quoted.",
           "The HMI's quote ('good at preventing crime and managing offenders') repeats grades already in Graphic 1."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
