"""Write gold/oe01.json ... gold/oe10.json for corpus134 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
AREAS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]

DP, GW, NW, SW = "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"

# The invented grades, shared by every document (order of AREAS; None = not stated).
GR = {
    (DP, P2122): [A, A, A, RI, A, A, RI, A, None],
    (DP, P2325): [G, G, A, A, A, G, G, A, G],
    (GW, P2122): [A, G, RI, A, RI, G, A, A, G],
    (GW, P2325): [A, G, A, RI, RI, A, G, A, G],
    (NW, P2122): [G, G, G, A, A, G, G, A, O],
    (NW, P2325): [G, G, A, RI, RI, G, G, RI, O],
    (SW, P2122): [G, G, A, G, A, G, G, G, G],
    (SW, P2325): [A, G, RI, A, A, G, G, G, A],
}


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all_grades(force, period):
    return grades(force, period, [(q, g) for q, g in zip(AREAS, GR[(force, period)]) if g])


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


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


GOLDS = []

# oe01 -- Gwent OPCC bilingual news page (HTML), alternating Welsh / English paragraphs ------
GOLDS.append(gold(
    "oe01.html", "press-release", [GW, SW, "Avon and Somerset Constabulary"], [HF],
    [insp(GW, P2325, inspectorate=HF), insp(GW, P2122, inspectorate=HF)],
    all_grades(GW, P2325) + grades(GW, P2122, [(RESP, RI)]),
    people=[
        person("Catrin Pryce-Jenkins", "commissioner", GW, "Police and Crime Commissioner"),
        person("Huw Bevan-Morris", "chief-constable", GW, "Chief Constable"),
    ],
    notes=[
        "Welsh and English paragraphs alternate; each fact is also stated in English. The Welsh "
        "paragraph gives only the two 'Da' areas and the two 'Angen gwella' areas; the English "
        "paragraph names the four 'adequate' areas. Crime data integrity 'good' -> crime-recording.",
        "The 'Summary of grades' table gives counts per grade (Rhagorol / Outstanding 0 ...): a "
        "grade key with counts, no facts. The notes' five-point scale and the fire and rescue "
        "service sentence give nothing.",
        "'since the last inspection in 2021/22, when responding to the public was graded as "
        "requiring improvement' -> Gwent 2021/22 responding-to-public Requires improvement.",
        "People: both are first named in Welsh ('Comisiynydd Heddlu a Throseddu Gwent, Catrin "
        "Pryce-Jenkins', 'y Prif Gwnstabl Huw Bevan-Morris'); the gold takes the English title "
        "that precedes the name in the English paragraph, office alone.",
        "South Wales Police and Avon and Somerset Constabulary are named only as forces Gwent "
        "learns from. The Welsh Government date (23 May 2024) is not an inspection date.",
    ]))

# oe02 -- North Wales PCC bilingual two-column section 55 response (PDF) ---------------------
GOLDS.append(gold(
    "oe02.pdf", "response-record", [NW, "Cheshire Constabulary", "Merseyside Police"], [HF],
    [insp(NW, P2325, inspectorate=HF), insp(NW, P2122, inspectorate=HF)],
    all_grades(NW, P2325) + grades(NW, P2122, [(CDI, O)]),
    afis=[
        stmt(NW, P2325, INV,
             "The force should make sure that supervisors review investigations at regular "
             "intervals and that digital devices are examined without undue delay.", True),
        stmt(NW, P2325, PVP,
             "The force should improve the quality of the risk assessments its officers complete "
             "at domestic abuse incidents, in particular where children are present.", True),
        stmt(NW, P2325, RESP,
             "The force should answer more emergency calls within the national standard of ten "
             "seconds.", False),
        stmt(NW, P2325, LFM,
             "The force should develop a better understanding of the skills and capacity of its "
             "workforce, so that it can plan for future demand.", True),
    ],
    people=[
        person("Emrys Llwyd Parry", "commissioner", NW,
               "Police and Crime Commissioner for North Wales"),
        person("Siân Hughes-Whitley", "chief-constable", NW, "Chief Constable"),
        person("Rhodri Tegid", "chief-constable", NW, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Two columns, Welsh (left) and English (right), one table row per paragraph. The "
        "grades are in two small tables, Welsh grade words ('Rhagorol', 'Da', 'Digonol', "
        "'Angen gwella') on the left and English on the right; they are the same nine facts.",
        "The bilingual key ('Allwedd' / 'Key') lists all five grades: no facts. 'In 2021/22 "
        "crime data integrity was also graded outstanding' -> North Wales 2021/22 "
        "crime-recording Outstanding.",
        "AFI 3 is followed only by a 'Commissioner's comment' saying the force's update was not "
        "yet available: has_force_update false. The others have a 'Chief Constable's response'.",
        "People: 'I, Emrys Llwyd Parry, Police and Crime Commissioner for North Wales' (name "
        "first, title kept in full); 'Chief Constable Siân Hughes-Whitley'; 'the Deputy Chief "
        "Constable, Rhodri Tegid' (title before the name, deputy).",
        "Cheshire Constabulary and Merseyside Police are regional partners only. North Wales "
        "Fire and Rescue Service is not graded. 'good practice' and 2025/26 are distractors.",
    ]))

# oe03 -- Dyfed-Powys Police and Crime Panel report (DOCX), PEEL 2021/22 ---------------------
GOLDS.append(gold(
    "oe03.docx", "response-record", [DP, "West Mercia Police"], [HF],
    [insp(DP, P2122, inspectorate=HF), insp(DP, "2017", EFFIC)],
    all_grades(DP, P2122) + grades(DP, "2017", [(None, RI)], pillar=EFFIC),
    afis=[
        stmt(DP, P2122, INV,
             "The force should make sure that investigations are supervised effectively and that "
             "victims are kept informed of progress.", True),
        stmt(DP, P2122, INV,
             "The force should make sure that it records whether victims support or withdraw "
             "from prosecutions, and why.", False),
        stmt(DP, P2122, WORK,
             "The force should improve how it understands and responds to the wellbeing needs of "
             "its workforce.", True),
        stmt(DP, P2122, RESP,
             "The force should reduce the number of non-emergency calls abandoned before they "
             "are answered.", True),
    ],
    coc=[
        stmt(DP, P2122, None,
             "The force does not record all crimes reported to it, in particular crimes of "
             "violence and behavioural crimes such as harassment, which means that some victims "
             "do not receive the service they should.", True),
    ],
    people=[
        person("Gethin ap Dafydd", "commissioner", DP, "Police and Crime Commissioner"),
        person("Meinir Roderick", "chief-constable", DP, "Chief Constable"),
    ],
    notes=[
        "Grades table 'Area / Maes | Grade | Gradd': eight 2021/22 grades, English and Welsh "
        "side by side. 'Good use of resources / Defnydd da o adnoddau' is an area name "
        "(-> leadership-management) graded Adequate; 'Developing a positive workplace' -> "
        "workforce; 'Treatment of the public' -> treatment-of-public. The victims row is 'Not "
        "graded' and crime data integrity 'was not inspected on this occasion': nothing.",
        "'rated adequate in six of them and as requiring improvement in two' is a count that "
        "the table itemises. The bilingual grading scale is a key.",
        "'in 2017 the force was judged to require improvement for efficiency' -> Dyfed-Powys "
        "2017 Efficiency Requires improvement; no inspectorate is named for it, so null.",
        "The cause of concern sits under the heading 'Cause of concern' (no area), so question "
        "null; the 'Force update:' follows it. The AFI 'Awaited.' update is no update.",
        "Mid and West Wales Fire and Rescue Service 'described as good by the Welsh "
        "Government's fire adviser' is a fire service: nothing. West Mercia Police is named in "
        "passing (good practice shared). The meeting date and the Welsh Government statement "
        "date are not periods. People: 'Police and Crime Commissioner Gethin ap Dafydd', 'the "
        "Chief Constable, Meinir Roderick' (title first: office alone). The page header "
        "(bilingual panel name) and footer do not count.",
    ]))

# oe04 -- HMICFRS South Wales 2023-25 report summary (PDF) ------------------------------------
GOLDS.append(gold(
    "oe04.pdf", "peel-report-2021", [SW, GW], [HF],
    [insp(SW, P2325, inspectorate=HF), insp(SW, P2122, inspectorate=HF)],
    all_grades(SW, P2325) + grades(SW, P2122, [(RESP, A)]),
    afis=[
        stmt(SW, P2325, INV,
             "The force should make sure that victims are told about the Victims\u2019 Code and "
             "that it records whether they want to support a prosecution."),
        stmt(SW, P2325, PVP,
             "The force should make sure that officers identify and record the risk to children "
             "who live in households where domestic abuse takes place."),
        stmt(SW, P2325, PPT,
             "The force should improve how it monitors the use of force by its officers, "
             "including the reasons recorded on body-worn video."),
    ],
    recs=[
        stmt(SW, P2325, None,
             "Within six months, the force should make sure it has enough call handlers at busy "
             "times to answer at least 90 percent of emergency calls within ten seconds."),
        stmt(SW, P2325, None,
             "Within six months, the force should review how it decides which incidents to "
             "attend first, so that those involving vulnerable people are given the priority "
             "they need."),
    ],
    coc=[
        stmt(SW, P2325, None,
             "South Wales Police does not answer emergency calls quickly enough, and it does not "
             "always attend incidents within the time it sets itself. This means that people, "
             "including victims of domestic abuse, may be put at greater risk."),
    ],
    people=[
        person("Tomos Fairweather", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The 'Our judgments' grid has one column per grade (Outstanding, Good, Adequate, "
        "Requires improvement, Inadequate) with the areas listed under their grade; the "
        "Outstanding and Inadequate columns are empty. pypdf reads the header row and then the "
        "areas column by column.",
        "'in our 2021/22 inspection we graded it adequate for responding to the public' -> "
        "South Wales 2021/22 responding-to-public Adequate.",
        "The cause of concern and its two recommendations sit under 'Cause of concern', not an "
        "area heading, so question null (although the text concerns responding to the "
        "public). AFIs take the key of their area heading.",
        "The Welsh link line ('Os hoffech chi ddarllen hwn trwy'r Gymraeg') and the Welsh "
        "Government date are distractors; South Wales Fire and Rescue Service is not "
        "inspected. Gwent Police is named in the good practice paragraph only.",
    ]))

# oe05 -- evidence paper to a Senedd committee (DOCX), four Welsh forces ----------------------
F5 = [DP, GW, NW, SW, "Cheshire Constabulary", "West Mercia Police",
      "Avon and Somerset Constabulary", "British Transport Police"]
GOLDS.append(gold(
    "oe05.docx", "national-release", F5, [HF],
    [insp(f, P2325, inspectorate=HF) for f in (DP, GW, NW, SW)]
    + [insp(GW, P2122, inspectorate=HF), insp(NW, P2122, inspectorate=HF)],
    all_grades(DP, P2325) + all_grades(GW, P2325) + all_grades(NW, P2325)
    + all_grades(SW, P2325) + grades(GW, P2122, [(RESP, RI)]) + grades(NW, P2122, [(CDI, O)]),
    people=[
        person("Gethin ap Dafydd", "commissioner", DP,
               "Police and Crime Commissioner for Dyfed-Powys"),
    ],
    also={
        "inspections": [insp(DP, P2122, inspectorate=HF)],
        "judgements": grades(DP, P2122, [(INV, RI)]),
    },
    notes=[
        "A Senedd committee evidence paper. 'Table 1' is wide: one row per area and one column "
        "per force (short names 'Dyfed-Powys', 'Gwent', 'North Wales', 'South Wales'); 36 "
        "PEEL 2023-25 grades. The victim service row is 'Not graded'.",
        "Section 3 gives two 2021/22 grades with the year named: Gwent responding to the public "
        "'requiring improvement ... in 2021/22', North Wales crime data integrity 'outstanding "
        "... in 2021/22 as well'. 'Dyfed-Powys Police has moved from requires improvement to "
        "adequate for investigating crime' names no year for the earlier grade (only the "
        "section heading 'Change since 2021/22'), so it is in also_acceptable.",
        "The Welsh 'Crynodeb' repeats facts of the table, with its English translation.",
        "Cheshire, West Mercia, Avon and Somerset and British Transport Police are named in "
        "passing ('their grades are not set out here'). Fire and rescue services in Wales are "
        "not inspected by HMICFRS. The committee dates and the Programme for Government are "
        "not periods. The header 'ESJ(6)-24-25 Papur 3' does not count.",
        "Genre: no genre fits an evidence paper; like other third-party listings of several "
        "forces it is national-release. Person: 'Gethin ap Dafydd, Police and Crime "
        "Commissioner for Dyfed-Powys and Chair of Policing in Wales' -> title after the name "
        "up to the second office.",
    ]))

# oe06 -- local news article (Markdown), Dyfed-Powys PEEL 2016 ------------------------------
J6 = (grades(DP, "2016", [(None, RI)], EFF) + grades(DP, "2016", [(SOC, G)], EFF)
      + grades(DP, "2016", [(None, RI)], EFFIC) + grades(DP, "2016", [(None, RI)], LEG)
      + grades(DP, "2015", [(None, RI)], LEG))
I6 = [insp(DP, "2016", p, H) for p in (EFF, EFFIC, LEG)] + [insp(DP, "2015", LEG, H)]
for f, gs in ((SW, (G, G, G)), (GW, (G, G, G)), (NW, (G, G, RI))):
    for p, g_ in zip((EFF, EFFIC, LEG), gs):
        I6.append(insp(f, "2016", p, H))
        J6 += grades(f, "2016", [(None, g_)], p)
GOLDS.append(gold(
    "oe06.md", "national-release", [DP, SW, GW, NW], [H], I6, J6,
    people=[
        person("Marian Hollis", "inspector", H, "HM Inspector of Constabulary"),
        person("Aled Price", "chief-constable", DP, "Deputy Chief Constable", "deputy"),
        person("Gethin ap Dafydd", "commissioner", DP, "Police and Crime Commissioner"),
    ],
    notes=[
        "A local news article saved as Markdown, dated 12 April 2017 about the PEEL 2016 "
        "assessment: Dyfed-Powys 'graded as requiring improvement for effectiveness, for "
        "efficiency and for legitimacy'; the bullet 'graded good for tackling serious and "
        "organised crime' -> Effectiveness 2016 serious-organised-crime Good.",
        "'In February 2016, HMIC published its 2015 legitimacy inspection, which graded the "
        "force as requires improvement for legitimacy' -> 2015 Legitimacy (the publication "
        "date is not the period).",
        "'Rest of Wales': South Wales and Gwent good for all three pillars; North Wales good for "
        "effectiveness and efficiency, requires improvement for legitimacy (all 2016, HMIC).",
        "The four-grade scale is a key. Mid and West Wales Fire and Rescue Service is not "
        "inspected. The Welsh newsletter line and the related links are distractors.",
        "Genre: a news article; like other third-party reports naming several forces' grades "
        "it is national-release. **Unsure**: press-release would also be defensible.",
    ]))

# oe07 -- HMIC South Wales PEEL 2015 page (text) --------------------------------------------
J7 = (grades(SW, "2015", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], EFF)
      + grades(SW, "2015", [(None, G), ("using-resources", G), ("planning-future", G)], EFFIC)
      + grades(SW, "2015", [(None, G), ("fair-treatment-public", G),
                             ("ethical-lawful-workforce", G), ("fair-treatment-workforce", G)], LEG)
      + grades(SW, "2014", [(None, G)], EFFIC))
GOLDS.append(gold(
    "oe07.txt", "peel-report", [SW], [H],
    [insp(SW, "2015", p, H) for p in (EFF, EFFIC, LEG)] + [insp(SW, "2014", EFFIC, H)],
    J7,
    afis=[
        stmt(SW, "2015", PVP,
             "The force should make sure that call handlers assess and record the vulnerability "
             "of every caller at the first point of contact, using a consistent structured "
             "approach.", pillar=EFF),
        stmt(SW, "2015", PVP,
             "The force should ensure that officers attending domestic abuse incidents complete "
             "the risk assessment in full before they leave the scene.", pillar=EFF),
        stmt(SW, "2015", "understanding-demand",
             "The force should develop a better understanding of the demand that is not reported "
             "to it directly, including demand passed on by partner organisations.", pillar=EFFIC),
    ],
    people=[
        person("Marian Hollis", "inspector", H, "Her Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "Text copied from an HMIC PEEL 2015 force page. Leadership is a narrative 'no graded "
        "judgment': nothing. Specialist capabilities 'Ungraded': nothing.",
        "Effectiveness question grades sit on dotted-leader lines. Efficiency: 'good at using "
        "its resources to meet demand and good at planning for future demand'; 'Last year we "
        "also judged the force to be good for efficiency' -> 2014 Efficiency Good (HMIC).",
        "Legitimacy question grades are in brackets after each question's wording.",
        "The AFI headings name their question ('question 3, protecting vulnerable people'; "
        "'understanding demand').",
        "The Welsh summary ('Da', 'Angen gwella') repeats the English facts and is followed by "
        "an English translation. The Welsh Government programme date (March 2018), the fire and "
        "rescue service and the national honour-based violence recommendations are distractors.",
    ]))

# oe08 -- Dyfed-Powys OPCC bilingual response page (HTML), PEEL 2017 Efficiency ---------------
GOLDS.append(gold(
    "oe08.html", "response-record", [DP, SW, GW], [HF],
    [insp(DP, "2017", EFFIC, HF), insp(DP, "2017", LEG, HF)],
    grades(DP, "2017", [(None, RI), ("understanding-demand", G), ("using-resources", RI),
                        ("planning-future", RI)], EFFIC)
    + grades(DP, "2017", [(None, G)], LEG),
    afis=[
        stmt(DP, "2017", "using-resources",
             "The force should carry out a full review of the costs and quality of its services, "
             "so that it can decide where resources would achieve most.", True, EFFIC),
        stmt(DP, "2017", "using-resources",
             "The force should develop a better understanding of the skills and capabilities of "
             "its workforce, to identify any gaps.", True, EFFIC),
        stmt(DP, "2017", "planning-future",
             "The force should produce a plan for its future workforce that is based on a "
             "thorough analysis of likely demand and is linked to its financial plans.",
             False, EFFIC),
    ],
    people=[
        person("Gethin ap Dafydd", "commissioner", DP,
               "Police and Crime Commissioner for Dyfed-Powys"),
        person("Robert Glanmor", "chief-constable", DP, "Chief Constable"),
    ],
    also={
        "inspections": [insp(DP, "2016", EFFIC)],
        "judgements": grades(DP, "2016", [(None, RI)], EFFIC),
    },
    notes=[
        "A bilingual page: a Welsh panel first (grades as 'Angen gwella' / 'Da') and an English "
        "panel after it with the same grades. 'Effeithlonrwydd (cyffredinol)' / 'Efficiency "
        "(overall)' is the pillar grade; 'Use of resources' -> using-resources.",
        "'In the same PEEL year the force was graded good for legitimacy' -> 2017 Legitimacy "
        "Good; its effectiveness grade 'will follow': nothing.",
        "'This is the same overall efficiency grade as in 2016' names no grade word for 2016: "
        "also_acceptable only (inspectorate null: the page names only HMICFRS).",
        "The third AFI is followed by a 'Commissioner's comment' saying no force response has "
        "been received: has_force_update false.",
        "People: the Commissioner signs both panels; the Welsh title ('Comisiynydd Heddlu a "
        "Throseddu Dyfed-Powys') comes first, but the gold takes the English signature title "
        "after the name. South Wales Police and Gwent Police are partners only; the fire and "
        "rescue service is out of scope.",
    ]))

# oe09 -- North Wales PCC 'HMIC inspections' list page (text), PEEL 2018/19 -----------------
GOLDS.append(gold(
    "oe09.txt", "response-record", [NW, "Cheshire Constabulary", "Merseyside Police"], [H, HF],
    [insp(NW, P1819, inspectorate=HF), insp(NW, "2017", EFFIC, HF)],
    grades(NW, P1819, [(PREV, G), (INV, G), (PVP, G), ("planning-future", RI)])
    + grades(NW, "2017", [(None, RI)], EFFIC),
    afis=[
        stmt(NW, P1819, None,
             "The force should develop a better understanding of the skills its workforce has now "
             "and those it will need, so that it can plan its finances and workforce for the "
             "future.", True),
        stmt(NW, P1819, None,
             "The force should make sure it has the systems to reassure the public that powers "
             "such as stop and search and the use of force are used fairly.", True),
    ],
    people=[
        person("Gareth Wyn Roberts", "commissioner", NW, "Police and Crime Commissioner"),
    ],
    also={
        "judgements": grades(NW, P1819, [(None, G)], EFF) + grades(NW, P1819, [(None, G)], EFFIC)
        + grades(NW, P1819, [(None, G)], LEG),
    },
    notes=[
        "A PCC's list of inspection reports, copied as text. Only the PEEL 2018/19 entry and "
        "the 2017 sentence in it carry grades. The 2018/19 question grades take pillar PEEL with "
        "the 2015-17 keys ('good at preventing crime and anti-social behaviour', 'good at "
        "investigating crime', 'good at protecting vulnerable people', 'require improvement in "
        "planning for the future').",
        "'good at reducing crime and keeping people safe, good at operating efficiently and "
        "sustainably, and good at treating the public and its workforce legitimately' are the "
        "three pillars of 2018/19: also_acceptable only (the 2018/19 convention).",
        "'in 2017, when HMICFRS judged the force to require improvement for efficiency' -> 2017 "
        "Efficiency Requires improvement.",
        "The two AFIs sit under no area heading: question null. The one 'Force update (August "
        "2020)' paragraph answers both.",
        "The protests inspection, the national child protection recommendations to all chief "
        "constables and the spotlight report give nothing. Cheshire Constabulary and Merseyside "
        "Police are collaboration partners. The page names HMIC ('known before July 2017 as "
        "HMIC') and HMICFRS.",
    ]))

# oe10 -- bilingual long CSV of PEEL grades, four Welsh forces ------------------------------
I10, J10 = [], []
for (f, p) in GR:
    I10.append(insp(f, p, inspectorate=HF))
    J10 += all_grades(f, p)
GOLDS.append(gold(
    "oe10.csv", "national-release", [DP, GW, NW, SW], [HF], I10, J10,
    notes=[
        "Long format: one row per force, period and area, with English and Welsh columns "
        "(Force/Heddlu, Area/Maes, Grade/Gradd). UTF-8 with a byte-order mark and CRLF line "
        "endings, as a spreadsheet exports it.",
        "2021/22 rows use that cycle's area names ('Treatment of the public', 'Developing a "
        "positive workplace', 'Good use of resources' -> leadership-management, 'Recording data "
        "about crime' -> crime-recording). 2023-25 rows use the newer names; the period cell "
        "is '2023\u201325'.",
        "'Not graded' victim rows and Dyfed-Powys's 2021/22 'Not inspected' crime data row "
        "give nothing. The trailing source row names HMICFRS and lists the grade scale in both "
        "languages (a key).",
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
