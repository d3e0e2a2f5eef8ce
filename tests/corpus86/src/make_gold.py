"""Write gold/me01.json ... gold/me10.json for corpus86 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
DP, GW, NW, SW = "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
# Legitimacy / Effectiveness / Efficiency 2015-17 keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
PREV, INV, PVP, SOC = "preventing-crime", "investigating-crime", "protecting-vulnerable", "serious-organised-crime"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
# 2021/22 and 2023-25 keys
PPT, RESP, MOS = "treatment-of-public", "responding-to-public", "managing-offenders"
WORK, LFM, CDI = "workforce", "leadership-management", "crime-recording"


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
         coc=(), people=(), also=None, notes=None, encoding="utf-8"):
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

# me01 -- HMIC PEEL 2016 legitimacy page (HTML), Dyfed-Powys --------------------------------
L = "Legitimacy"
GOLDS.append(gold(
    "me01.html", "peel-report", [DP, GW, NW, SW], [H],
    [insp(DP, "2016", L, H), insp(DP, "2015", L, H)],
    grades(DP, "2016", [(None, RI), (FTP, RI), (ELW, RI), (FTW, RI)], L)
    + grades(DP, "2015", [(None, RI)], L),
    afis=[
        stmt(DP, "2016", FTP, "The force should put in place external scrutiny of its use of stop "
             "and search and of force, and should publish what it learns from that scrutiny.",
             pillar=L),
        stmt(DP, "2016", FTP, "The force should find better ways to understand the concerns of "
             "communities with low confidence in the police, and tell those communities what it "
             "has done in response.", pillar=L),
        stmt(DP, "2016", ELW, "The force should ensure that its counter-corruption unit: has "
             "enough trained investigators to assess intelligence promptly; actively seeks "
             "intelligence about staff who may be abusing their position for a sexual purpose; "
             "and works with agencies that support vulnerable people so that concerns reach it "
             "quickly.", pillar=L),
        stmt(DP, "2016", ELW, "The force should make sure that all officers and staff have "
             "vetting clearance at the level their current post requires.", pillar=L),
        stmt(DP, "2016", FTW, "The force should make its selection and promotion processes "
             "transparent and explain the outcomes to those who take part.", pillar=L),
    ],
    people=[person("Wendy Williams", "inspector", H, "Her Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "The force is called 'Heddlu Dyfed-Powys' in the first summary sentence and 'Dyfed-Powys "
        "Police' later; the page title says 'Dyfed-Powys'.",
        "The third question has no grade label: its grade is in prose ('requires improvement in "
        "how it treats its own workforce').",
        "'Last year we judged the force to require improvement for legitimacy too' gives the 2015 "
        "legitimacy grade; 'we' is HMIC, named in the sentence before.",
        "The nested list is one statement: the lead-in and its three sub-bullets joined.",
        "The sidebar 'Grading key' lists four grades and gives no judgement. Gwent, North Wales "
        "and South Wales are sidebar links only: forces, no inspection. The Welsh-language PDF "
        "link and the 2017 revisit give nothing.",
    ]))

# me02 -- Dyfed-Powys PCC bilingual two-column press release (PDF), Effectiveness 2017 ------
E, EF = "Effectiveness", "Efficiency"
GOLDS.append(gold(
    "me02.pdf", "press-release", [DP], [HF],
    [insp(DP, "2017", E, HF), insp(DP, "2016", E), insp(DP, "2017", EF, HF), insp(DP, "2017", L, HF)],
    grades(DP, "2017", [(None, G), (PREV, G), (INV, G), (PVP, RI)], E)
    + grades(DP, "2016", [(None, RI)], E)
    + grades(DP, "2017", [(None, RI)], EF)
    + grades(DP, "2017", [(None, G)], L),
    people=[
        person("Dafydd Llywelyn", "commissioner", DP, "Police and Crime Commissioner"),
        person("Mark Collins", "chief-constable", DP, "Chief Constable"),
        person("Darren Davies", "chief-constable", DP, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Welsh (left column) and English (right column) say the same things; the gold follows "
        "the English column. Titles are the English ones ('Police and Crime Commissioner'); the "
        "Welsh column names him first as 'Comisiynydd yr Heddlu a Throseddu'.",
        "'This is an improvement on 2016, when the force was judged to require improvement for "
        "effectiveness' gives the 2016 effectiveness grade; no inspectorate is named for it.",
        "Notes to editors 2 gives the 2017 efficiency (requires improvement) and legitimacy "
        "(good) grades, each with HMICFRS named. Note 1 lists the grading scale: no judgement.",
        "'were not inspected again this year' (serious and organised crime, specialist "
        "capabilities) gives nothing. Mid and West Wales Fire and Rescue Service is a partner, "
        "not a force.",
    ]))

# me03 -- North Wales PCC bilingual s55 response (DOCX), Legitimacy 2016 ----------------------
CH = "Cheshire Constabulary"
GOLDS.append(gold(
    "me03.docx", "response-record", [NW, CH], [H],
    [insp(NW, "2016", L, H), insp(NW, "2016", EF, H)],
    grades(NW, "2016", [(None, RI), (FTP, G), (ELW, RI), (FTW, RI)], L)
    + grades(NW, "2016", [(None, G)], EF),
    afis=[
        stmt(NW, "2016", FTP, "The force should make sure that officers record the ethnicity of "
             "every person they stop and search, so that it can check whether its use of the "
             "power is fair.", True, L),
        stmt(NW, "2016", ELW, "The force should increase the capacity of its counter-corruption "
             "unit so that it can assess and develop all the intelligence it receives.", True, L),
        stmt(NW, "2016", ELW, "The force should ensure that it has the information technology it "
             "needs to monitor the use of its computer systems, so that it can identify staff who "
             "may be misusing them.", True, L),
        stmt(NW, "2016", FTW, "The force should improve how it recognises the signs of mental "
             "ill-health and work-related stress in its officers and staff, and how it supports "
             "those affected.", False, L),
    ],
    people=[
        person("Mark Polin", "chief-constable", NW, "Chief Constable"),
        person("Gareth Pritchard", "chief-constable", NW, "Deputy Chief Constable", "deputy"),
        person("Arfon Jones", "commissioner", NW, "North Wales Police and Crime Commissioner"),
    ],
    also={"areas_for_improvement": [
        stmt(NW, "2016", FTP, "Dylai\u2019r llu sicrhau bod swyddogion yn cofnodi ethnigrwydd pob "
             "unigolyn y maent yn ei stopio a\u2019i chwilio, er mwyn gallu gwirio bod y p\u0175er yn "
             "cael ei ddefnyddio\u2019n deg.", True, L),
        stmt(NW, "2016", ELW, "Dylai\u2019r llu gynyddu capasiti ei uned gwrth-lygredd fel y gall "
             "asesu a datblygu\u2019r holl wybodaeth y mae\u2019n ei chael.", True, L),
        stmt(NW, "2016", ELW, "Dylai\u2019r llu sicrhau bod ganddo\u2019r dechnoleg sydd ei hangen i "
             "fonitro\u2019r defnydd o\u2019i systemau cyfrifiadurol.", True, L),
        stmt(NW, "2016", FTW, "Dylai\u2019r llu wella\u2019r ffordd y mae\u2019n adnabod arwyddion "
             "salwch meddwl a straen yn y gwaith ymysg ei swyddogion a\u2019i staff, a\u2019r ffordd "
             "y mae\u2019n cefnogi\u2019r rhai sy\u2019n cael eu heffeithio.", False, L),
    ]},
    notes=[
        "Each area for improvement is given in English and then in Welsh (Word 'Quote' style). "
        "The English text is the fact; the Welsh translation of the same statement is in "
        "also_acceptable, since a graph that keeps it as well is not wrong.",
        "Section headings map to questions: 'Treating the public fairly' -> "
        "fair-treatment-public, 'Ethical and lawful behaviour' -> ethical-lawful-workforce, "
        "'Treating the workforce fairly' -> fair-treatment-workforce.",
        "AFI 4 has only a 'Commissioner\u2019s comment' asking for an update: has_force_update "
        "false. The others have a 'Chief Constable\u2019s response:'.",
        "'the inspectorate\u2019s own findings last month, when it judged the force to be good for "
        "efficiency' gives a 2016 efficiency judgement (the response is about the December 2016 "
        "report; HMIC is the inspectorate named in the introduction).",
        "Arfon Jones is named in the signature; his title is the signature line's English half. "
        "Assistant Chief Constable Richard Debicki is not a person fact. Cheshire Constabulary "
        "is named as a peer reviewer only. The header and footer are not body text.",
    ]))

# me04 -- Gwent PCC news page (HTML), PEEL 2018/19 --------------------------------------------
P19 = "2018/19"
GOLDS.append(gold(
    "me04.html", "press-release", [GW, SW, DP], [HF],
    [insp(GW, P19, "PEEL", HF), insp(GW, "2017", L)],
    grades(GW, P19, [(PREV, G), (INV, G), (PVP, G), (SOC, G), (PF, RI)])
    + grades(GW, "2017", [(None, G)], L),
    afis=[
        stmt(GW, P19, PVP, "The force should make sure that officers complete a risk assessment, "
             "and record the voice of the child, at every domestic abuse incident where children "
             "are present.", False),
        stmt(GW, P19, PF, "The force should develop a workforce plan, based on a full assessment "
             "of the skills of its officers and staff, that shows how it will meet future demand.",
             True),
    ],
    people=[
        person("Jeff Cuthbert", "commissioner", GW, "Police and Crime Commissioner for Gwent"),
        person("Pam Kelly", "chief-constable", GW, "Chief Constable"),
    ],
    also={"judgements": [
        {"force": GW, "period": P19, "pillar": E, "question": None, "grade": G},
        {"force": GW, "period": P19, "pillar": EF, "question": None, "grade": G},
        {"force": GW, "period": P19, "pillar": "PEEL", "question": UD, "grade": G},
    ]},
    notes=[
        "PEEL 2018/19 follows dev12: question grades have pillar PEEL; the whole-pillar grades "
        "('good at reducing crime and keeping people safe, and good at operating efficiently') "
        "are in also_acceptable. No overall PEEL grade is stated.",
        "'requires improvement in how it plans for the future' -> planning-future. 'has a good "
        "understanding of the demand for its services' reads like the understanding-demand grade "
        "but is not put as a grade: also_acceptable. 'uses its resources well' has no grade word.",
        "'The grade of good that inspectors gave the force for legitimacy in 2017 still stands' "
        "gives a 2017 legitimacy judgement; no inspectorate is named for it.",
        "The Chief Constable's quote answers the workforce-plan AFI directly (a plan going to the "
        "board in April), so that AFI has a force update; the other AFI has none.",
        "South Wales Police and Dyfed-Powys Police are partners in a joint unit: forces only. "
        "The sidebar's 2017 item and the cookie banner give nothing.",
    ]))

# me05 -- Welsh news site, Welsh article then English version (TXT), Effectiveness 2015 ----------
DU = "Durham Constabulary"
GOLDS.append(gold(
    "me05.txt", "national-release", [DP, NW, SW, GW, DU], [H],
    [insp(DP, "2015", E, H), insp(NW, "2015", E, H), insp(SW, "2015", E, H),
     insp(GW, "2015", E, H), insp(DU, "2015", E, H)],
    grades(DP, "2015", [(None, RI), (PREV, G)], E) + grades(NW, "2015", [(None, RI), (PREV, G)], E)
    + grades(SW, "2015", [(None, G)], E) + grades(GW, "2015", [(None, G)], E)
    + grades(DU, "2015", [(None, O)], E),
    people=[
        person("Christopher Salmon", "commissioner", DP, "Dyfed-Powys Police and Crime Commissioner"),
        person("Winston Roddick", "commissioner", NW, "North Wales Police and Crime Commissioner"),
    ],
    notes=[
        "The article is in Welsh first, then an English version. The facts are stated in both; "
        "the gold follows the English. The period is 2015: the effectiveness assessment published "
        "on 18 February 2016 (the article date is not the period).",
        "'both Dyfed-Powys and North Wales were good at preventing crime and anti-social "
        "behaviour' gives a preventing-crime grade for each.",
        "The bullets after 'However:' and the heading 'Meysydd i\u2019w gwella' are reported "
        "findings in the journalist's words, not quoted areas for improvement: no statements.",
        "People titles are the English ones; the Welsh part names Christopher Salmon first as "
        "'Comisiynydd Heddlu a Throseddu Dyfed-Powys'. Kevin Madge is an election candidate, "
        "not a commissioner.",
    ]))

# me06 -- North Wales Police and Crime Panel bilingual report (PDF), PEEL 2023-25 --------------
P25, P22 = "2023-25", "2021/22"
GOLDS.append(gold(
    "me06.pdf", "response-record", [NW, CH], [HF],
    [insp(NW, P25, "PEEL", HF), insp(NW, P22)],
    grades(NW, P25, [(CDI, O), (PPT, G), (PREV, G), (MOS, G), (WORK, G), (RESP, A), (SOC, A),
                     (INV, RI), (PVP, RI), (LFM, RI)])
    + grades(NW, P22, [(INV, G)]),
    afis=[
        stmt(NW, P25, PVP, "The force should improve the quality of its domestic abuse risk "
             "assessments, and make sure that supervisors check them.", True),
        stmt(NW, P25, LFM, "The force should better understand the demand on, and the skills "
             "needed in, its investigation teams, so that it can plan its workforce.", False),
        stmt(NW, P25, RESP, "The force should answer 101 calls more quickly.", True),
    ],
    recs=[stmt(NW, P25, INV, "Within six months, the force should make sure that every "
               "investigation has a recorded plan that a supervisor reviews.", True)],
    coc=[stmt(NW, P25, INV, "The force doesn\u2019t investigate crime effectively enough. It needs "
              "to make sure that investigations are well supervised and that victims receive an "
              "appropriate outcome.", False)],
    people=[
        person("Andy Dunbobbin", "commissioner", NW, "Commissioner"),
        person("Amanda Blakeman", "chief-constable", NW, "Chief Constable"),
    ],
    also={
        "areas_for_improvement": [
            stmt(NW, P25, PVP, "Dylai\u2019r llu wella ansawdd ei asesiadau risg cam-drin domestig, "
                 "a sicrhau bod goruchwylwyr yn eu gwirio.", True),
            stmt(NW, P25, LFM, "Dylai\u2019r llu ddeall yn well y galw a\u2019r sgiliau sydd eu "
                 "hangen mewn timau ymchwilio, fel y gall gynllunio ei weithlu.", False),
            stmt(NW, P25, RESP, "Dylai\u2019r llu ateb galwadau 101 yn gyflymach.", True),
        ],
        "recommendations": [
            stmt(NW, P25, INV, "O fewn chwe mis, dylai\u2019r llu sicrhau bod gan bob ymchwiliad "
                 "gynllun wedi\u2019i gofnodi a\u2019i adolygu gan oruchwyliwr.", True),
        ],
        "causes_of_concern": [
            stmt(NW, P25, INV, "Nid yw\u2019r llu yn ymchwilio i droseddau\u2019n ddigon effeithiol. "
                 "Mae angen iddo sicrhau bod ymchwiliadau\u2019n cael eu goruchwylio\u2019n dda a bod "
                 "dioddefwyr yn cael canlyniad priodol.", False),
        ],
    },
    notes=[
        "A panel report by the PCC, set in two language columns (Welsh left, English right) "
        "paragraph by paragraph; the grades table has a Welsh and an English area column and "
        "bilingual grade cells ('Angen gwella / Requires improvement'). The gold follows the "
        "English; Welsh versions of the statements are in also_acceptable.",
        "Area names: 'Police powers and public treatment' -> treatment-of-public; 'Building, "
        "supporting and protecting the workforce' -> workforce; 'Leadership and force "
        "management' -> leadership-management; 'Crime data integrity' -> crime-recording; "
        "'Disrupting serious organised crime' -> serious-organised-crime. Victim service is not "
        "graded. The HMICFRS scale line names all five grades and gives nothing.",
        "'In 2021/22 the force was graded good for investigating crime' gives a 2021/22 "
        "judgement; no inspectorate is named for it.",
        "The force update under the cause of concern answers Recommendation 1, so the "
        "recommendation has an update and the cause of concern does not. The leadership AFI's "
        "update is 'To follow in June.': false.",
        "Andy Dunbobbin is named as 'Andy Dunbobbin, the Commissioner' (the header says 'North "
        "Wales Police and Crime Commissioner' without a name). North Wales Fire and Rescue "
        "Service's 'judged good' is a fire inspection: nothing. Cheshire Constabulary is named "
        "in passing.",
    ]))

# me07 -- South Wales PCC s55 response, side by side (DOCX), PEEL 2021/22 ---------------------
WM = "West Midlands Police"
GOLDS.append(gold(
    "me07.docx", "response-record", [SW, GW, WM], [HF],
    [insp(SW, P22, "PEEL", HF)],
    grades(SW, P22, [(PPT, G), (PREV, O), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, G),
                     (LFM, A), (CDI, G)]),
    afis=[
        stmt(SW, P22, RESP, "The force should make sure that it answers emergency and "
             "non-emergency calls within national targets, and that fewer callers abandon their "
             "calls.", True),
        stmt(SW, P22, RESP, "The force should make sure that vulnerability is assessed and "
             "recorded on every call, using a structured approach such as THRIVE.", True),
        stmt(SW, P22, INV, "The force should improve the supervision of investigations, so that "
             "each has a clear plan and victims are kept updated.", True),
        stmt(SW, P22, LFM, "The force should make sure it understands how well its change "
             "programmes are working, and that it can show the benefits they deliver.", False),
    ],
    people=[
        person("Wendy Williams", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Jeremy Vaughan", "chief-constable", SW, "Chief Constable"),
        person("Alun Michael", "commissioner", SW, "South Wales Police and Crime Commissioner"),
    ],
    also={"areas_for_improvement": [
        stmt(SW, P22, RESP, "Dylai\u2019r llu sicrhau ei fod yn ateb galwadau brys a galwadau nad "
             "ydynt yn rhai brys o fewn targedau cenedlaethol.", True),
        stmt(SW, P22, RESP, "Dylai\u2019r llu sicrhau bod bregusrwydd yn cael ei asesu a\u2019i "
             "gofnodi ar bob galwad.", True),
        stmt(SW, P22, INV, "Dylai\u2019r llu wella\u2019r ffordd y mae ymchwiliadau\u2019n cael eu "
             "goruchwylio.", True),
        stmt(SW, P22, LFM, "Dylai\u2019r llu sicrhau ei fod yn deall pa mor dda y mae ei raglenni "
             "newid yn gweithio.", False),
    ]},
    notes=[
        "English (left cell) and Welsh (right cell) side by side in borderless tables. The "
        "grades table has bilingual area names and grade cells ('Good / Da').",
        "Statement texts leave out the inline labels 'AFI 1:' ... 'AFI 4:' (and 'MiW n:' in the "
        "Welsh versions, which are in also_acceptable).",
        "2021/22 area names: 'Engaging with and treating the public with fairness and respect' "
        "-> treatment-of-public; 'Developing a positive workplace' -> workforce; 'Good use of "
        "resources' -> leadership-management (its 'Good' is part of the name, not a grade); "
        "'Recording data about crime' -> crime-recording. Victim service is 'Not graded' and "
        "serious organised crime is 'Graded in the regional report': no judgements.",
        "AFI 4 has only a 'Commissioner\u2019s note' saying the force has not yet reported: "
        "has_force_update false.",
        "Wendy Williams is 'Her Majesty\u2019s Inspector of Constabulary' as written, although "
        "the inspectorate is 'His Majesty\u2019s' in the same sentence's paragraph. An Assistant "
        "Chief Constable is not a person fact. Gwent Police (shared legal services) and West "
        "Midlands Police (peer review) are named in passing. 'Good practice' gives nothing. "
        "'There are no causes of concern' gives nothing.",
    ]))

# me08 -- Senedd Research article (MD), PEEL 2023-25, four forces ------------------------------
CU, WI = "Cumbria Constabulary", "Wiltshire Police"
ROWS = [  # area, DP, GW, NW, SW
    (PPT, G, A, G, G), (PREV, A, G, G, G), (RESP, G, RI, A, A), (INV, A, RI, RI, A),
    (PVP, A, A, RI, G), (MOS, G, G, G, G), (SOC, G, G, A, G), (WORK, G, A, G, G),
    (LFM, A, A, RI, G),
]
j08 = []
for k, force in enumerate([DP, GW, NW, SW], start=1):
    j08 += grades(force, P25, [(r[0], r[k]) for r in ROWS])
j08 += grades(NW, P25, [(CDI, O)]) + grades(SW, P22, [(PREV, O)]) + grades(NW, P22, [(INV, G)])
GOLDS.append(gold(
    "me08.md", "national-release", [DP, GW, NW, SW, CU, WI], [HF],
    [insp(DP, P25, "PEEL", HF), insp(GW, P25, "PEEL", HF), insp(NW, P25, "PEEL", HF),
     insp(SW, P25, "PEEL", HF), insp(SW, P22), insp(NW, P22)],
    j08,
    people=[
        person("Jane Mudd", "commissioner", GW, "Police and Crime Commissioner"),
        person("Dafydd Llywelyn", "commissioner", DP, "Police and Crime Commissioner"),
        person("Andy Dunbobbin", "commissioner", NW, "Police and Crime Commissioner"),
        person("Emma Wools", "commissioner", SW, "Police and Crime Commissioner"),
    ],
    notes=[
        "Table 1 gives 36 grades (9 areas x 4 forces) with the forces as column headers written "
        "short ('Dyfed-Powys', 'Gwent', ...). 'Crime data integrity' is graded only for North "
        "Wales; the '\u2013' cells mean not inspected and give nothing.",
        "'South Wales Police, graded outstanding for preventing crime in 2021/22' and 'North "
        "Wales Police was graded good for investigating crime in 2021/22' give two 2021/22 "
        "judgements (no inspectorate named for them).",
        "Gwent's cause of concern and its 'two recommendations' are described, not quoted: no "
        "statements. The five-point-scale sentence gives nothing.",
        "Cumbria Constabulary and Wiltshire Police are named in passing with 'the article does "
        "not report their grades': forces only. Jane Mudd's title is taken from \"Gwent's Police "
        "and Crime Commissioner, Jane Mudd\"; the others from the Commissioners list.",
    ]))

# me09 -- HMICFRS bilingual PEEL 2021/22 report, text copy (TXT), Dyfed-Powys -------------------
WMe = "West Mercia Police"
GOLDS.append(gold(
    "me09.txt", "peel-report-2021", [DP, SW, GW, NW, WMe], [HF],
    [insp(DP, P22, "PEEL", HF), insp(DP, "2017", E)],
    grades(DP, P22, [(PPT, G), (MOS, G), (SOC, G), (WORK, G), (PREV, A), (RESP, A), (PVP, A),
                     (LFM, A), (CDI, A), (INV, RI)])
    + grades(DP, "2017", [(INV, G)], E),
    afis=[
        stmt(DP, P22, RESP, "The force should make sure that it answers non-emergency calls "
             "promptly, and that callers who ring off are called back."),
        stmt(DP, P22, RESP, "The force should make sure that officers attend incidents within the "
             "times it has set, and that it tells callers when there will be a delay."),
        stmt(DP, P22, PVP, "The force should make better use of domestic violence protection "
             "notices and orders to safeguard victims."),
        stmt(DP, P22, LFM, "The force should develop a better understanding of the skills and "
             "capabilities of its workforce, so that it can plan to meet future demand."),
    ],
    recs=[stmt(DP, P22, INV, "Within six months, the force should: make sure that each "
               "investigation is allocated to an officer with the right skills and training; and "
               "make sure that supervisors review investigations regularly and record clear "
               "direction for the investigator.")],
    coc=[stmt(DP, P22, INV, "Dyfed-Powys Police isn't investigating crime effectively enough, and "
              "too often victims don't receive the right outcome.")],
    people=[
        person("Richard Lewis", "chief-constable", DP, "Chief Constable"),
        person("Wendy Williams", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    also={
        "areas_for_improvement": [
            stmt(DP, P22, RESP, "Dylai'r llu sicrhau ei fod yn ateb galwadau 101 yn brydlon."),
            stmt(DP, P22, RESP, "Dylai'r llu sicrhau bod swyddogion yn mynychu digwyddiadau o fewn "
                 "yr amser a nodwyd."),
            stmt(DP, P22, PVP, "Dylai'r llu wella'r ffordd y mae'n defnyddio gorchmynion amddiffyn "
                 "rhag cam-drin domestig."),
            stmt(DP, P22, LFM, "Dylai'r llu ddeall yn well y sgiliau sydd gan ei weithlu."),
        ],
        "recommendations": [
            stmt(DP, P22, INV, "O fewn chwe mis, dylai'r llu: sicrhau bod pob ymchwiliad yn cael "
                 "ei neilltuo i swyddog sydd a'r sgiliau cywir; a sicrhau bod goruchwylwyr yn "
                 "adolygu ymchwiliadau'n rheolaidd."),
        ],
        "causes_of_concern": [
            stmt(DP, P22, INV, "Nid yw Heddlu Dyfed-Powys yn ymchwilio i droseddau'n ddigon "
                 "effeithiol, ac yn rhy aml nid yw dioddefwyr yn cael y canlyniad cywir."),
        ],
    },
    notes=[
        "A text copy of a bilingual report: each paragraph in Welsh, then in English. The grade "
        "grid is flattened column by column: a grade heading ('Da / Good') followed by the areas "
        "under it, with 'Dim / No areas' under Outstanding and Inadequate. One area name wraps "
        "onto a second line.",
        "2021/22 area names: 'Treatment of the public' -> treatment-of-public; 'Developing a "
        "positive workplace' -> workforce; 'Good use of resources' -> leadership-management; "
        "'Recording data about crime' -> crime-recording. Victim service is not graded.",
        "The recommendation is a lead-in with two bullets: one statement. It sits under the "
        "cause of concern about investigating crime.",
        "'In 2017 we judged the force to be good at investigating crime' gives a 2017 "
        "effectiveness question grade (no inspectorate named for 2017). The 'Important changes' "
        "paragraph ('from good to adequate') and the promising practice box give nothing.",
        "The chief constable is 'the Chief Constable, Dr Richard Lewis': name without 'Dr'. The "
        "HMI's title is the English line under her name. Other forces are named in passing; "
        "Mid and West Wales Fire and Rescue Service is not a police force.",
        "Welsh versions of the statements are in also_acceptable.",
    ]))

# me10 -- Gwent OPCC bilingual recommendations tracker (CSV), PEEL 2023-25 ----------------------
GOLDS.append(gold(
    "me10.csv", "response-record", [GW], [],
    [insp(GW, P25), insp(GW, P22)],
    grades(GW, P25, [(RESP, RI)]),
    afis=[
        stmt(GW, P25, INV, "The force should make sure that investigations are supervised "
             "effectively and that victims are updated in line with the Victims' Code.", True),
        stmt(GW, P25, WORK, "The force should make sure that its wellbeing support reaches "
             "officers and staff in the control room and in investigation teams.", True),
        stmt(GW, P25, LFM, "The force should improve how it evaluates its change programme, so "
             "it can show what benefits the new operating model has delivered.", False),
        stmt(GW, P22, PVP, "The force should make sure that officers attending domestic abuse "
             "incidents record the views of any children present.", True),
    ],
    recs=[
        stmt(GW, P25, RESP, "Within three months, the force should make sure that it answers "
             "emergency calls within the national standard of ten seconds.", True),
        stmt(GW, P25, RESP, "Within six months, the force should make sure that call handlers use "
             "a structured risk assessment on every call and record their rationale.", False),
    ],
    coc=[stmt(GW, P25, RESP, "Gwent Police isn't answering calls from the public quickly enough, "
              "and it doesn't always assess the risk to callers when it decides how to respond.",
              True)],
    also={
        "areas_for_improvement": [
            stmt(GW, P25, INV, "Dylai'r llu sicrhau bod ymchwiliadau'n cael eu goruchwylio'n "
                 "effeithiol.", True),
            stmt(GW, P25, WORK, "Dylai'r llu sicrhau bod ei gymorth lles yn cyrraedd swyddogion a "
                 "staff yr ystafell reoli.", True),
            stmt(GW, P25, LFM, "Dylai'r llu wella'r ffordd y mae'n gwerthuso ei raglen newid.", False),
            stmt(GW, P22, PVP, "Dylai'r llu sicrhau bod swyddogion yn cofnodi barn plant sy'n "
                 "bresennol mewn digwyddiadau cam-drin domestig.", True),
        ],
        "recommendations": [
            stmt(GW, P25, RESP, "O fewn tri mis, dylai'r llu sicrhau ei fod yn ateb galwadau brys "
                 "o fewn deg eiliad.", True),
            stmt(GW, P25, RESP, "O fewn chwe mis, dylai'r llu sicrhau bod trinwyr galwadau yn "
                 "defnyddio asesiad risg strwythuredig ar bob galwad.", False),
        ],
        "causes_of_concern": [
            stmt(GW, P25, RESP, "Nid yw Heddlu Gwent yn ateb galwadau gan y cyhoedd yn ddigon "
                 "cyflym.", True),
        ],
    },
    notes=[
        "A spreadsheet export: one row per statement; the kind of each row is in its 'Math / "
        "Type' column and its period in 'Ffynhonnell / Source' (one AFI is carried forward from "
        "PEEL 2021/22). The English text column is the fact; the Welsh column is in "
        "also_acceptable. The question comes from the 'Maes / Area' column.",
        "has_force_update is true where the 'Force update' cell reports action; false for R2 "
        "(empty) and A3 ('Not yet due.').",
        "The TH-2022-R7 row is a national thematic recommendation to 'chief constables', not a "
        "PEEL statement: left out.",
        "The note row gives the 2023-25 responding grade ('Requires improvement'); 'Other grades "
        "are reported ...' gives nothing.",
        "No inspectorate is named anywhere in the file, so inspectorates is empty and the "
        "inspections' inspectorate is null. No person is named.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", os.path.relpath(path, os.path.join(HERE, "..")))


if __name__ == "__main__":
    main()
