"""Write gold/np01.json ... gold/np10.json (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:   python3 src/make_gold.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pairs, pillar="PEEL"):
    return [jd(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
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

# np01 Staffordshire, PEEL 2021/22, CC's deck to the panel (PDF) -------------------------
F, P = "Staffordshire Police", "2021/22"
GOLDS.append(gold(
    "np01.pdf", "response-record", [F], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, A),
                  (LFM, A), (CDI, G)]),
    afis=[stmt(F, P, "PEEL", INV, T.NP01_AFI1, True),
          stmt(F, P, "PEEL", PPT, T.NP01_AFI2, True),
          stmt(F, P, "PEEL", WORK, T.NP01_AFI3, False)],
    recs=[stmt(F, P, "PEEL", RESP, T.NP01_REC1, True),
          stmt(F, P, "PEEL", RESP, T.NP01_REC2, True)],
    coc=[stmt(F, P, "PEEL", RESP, T.NP01_COC1, True),
         stmt(F, P, "PEEL", PVP, T.NP01_COC2, False)],
    people=[person("Chris Noble", "chief-constable", F, "Chief Constable"),
            person("Andy Cooke", "inspector", HF, "HM Chief Inspector of Constabulary"),
            person("Ben Adams", "commissioner", F, "Commissioner")],
    notes=[
        "Grade tiles: one area name and one grade word per tile. 'RI' tiles are graded 'Requires "
        "improvement' because the key on the same slide spells RI out. 'Good use of resources' is the "
        "2021/22 area name (leadership-management), its tile says Adequate; 'Developing a positive "
        "workplace' -> workforce; 'Recording data about crime' -> crime-recording. 'NG' (victim "
        "service) gives nothing.",
        "The 'Grade profile' bar chart gives counts per grade, with all five grade names as axis "
        "labels, and names no area: no judgements. The 'AFIs - summary' fragments ('Investigation "
        "supervision - RI', 'Crime recording: Good - no AFI') repeat grades already in the tiles.",
        "CoC 1 update: slide 7 'CoC 1: where we are' -> has_force_update true for CoC 1 and its two "
        "recommendations (both recommendations sit on the CoC slide, and slide 7 reports on them: 999 "
        "answer times and the risk tool). CoC 2 has only 'Status: Amber' and a one-line activity "
        "fragment, taken as no update; its three recommendations are only counted.",
        "AFI questions: supervision of investigations -> investigating-crime; stop and search -> "
        "treatment-of-public; wellbeing -> workforce. The third AFI has 'Update to follow', so false. "
        "'6 further AFIs' are only counted.",
        "People: Andy Cooke is named 'Andy Cooke, HM Chief Inspector of Constabulary' (inspector, "
        "HMICFRS). 'Commissioner Ben Adams' is the Staffordshire Commissioner (PFCC), title as written. "
        "ACC Local Policing is unnamed. Staffordshire Fire and Rescue Service's 'judged good' is a fire "
        "inspection, not PEEL.",
    ]))

# np02 Lancashire, Legitimacy 2017, notes pages (DOCX) -----------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "np02.docx", "response-record", [F, "Cumbria Constabulary"], [HF],
    [insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Legitimacy")],
    [jd(F, "2017", "Legitimacy", None, G),
     jd(F, "2017", "Legitimacy", "fair-treatment-public", G),
     jd(F, "2017", "Legitimacy", "ethical-lawful-workforce", RI),
     jd(F, "2017", "Legitimacy", "fair-treatment-workforce", G),
     jd(F, "2016", "Legitimacy", None, G)],
    afis=[stmt(F, "2017", "Legitimacy", "ethical-lawful-workforce", T.NP02_AFI1, True),
          stmt(F, "2017", "Legitimacy", "ethical-lawful-workforce", T.NP02_AFI2, True),
          stmt(F, "2017", "Legitimacy", "fair-treatment-workforce", T.NP02_AFI3, False)],
    people=[person("Mike Cunningham", "inspector", HF, "HM Inspector of Constabulary"),
            person("Andy Rhodes", "chief-constable", F, "Chief Constable"),
            person("Clive Grunshaw", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Word 'notes pages': each slide is a one-cell bordered table (title, terse bullets, a footer "
        "line) followed by 'Speaker notes' paragraphs. Section header 'OFFICIAL' is not body text.",
        "Slide 3's box gives the 2017 grades ('Ethical & lawful workforce - RI'; RI is spelled out in "
        "slide 2's notes and slide 3's notes: 'The one that requires improvement ...') and '2016: Good', "
        "which is an explicit grade for last year (2016 Legitimacy, inspectorate not stated: the notes "
        "say only 'We were judged good last year').",
        "AFIs are the Word 'Quote' paragraphs in the notes. 'Where we are now:' paragraphs follow AFI 1 "
        "and AFI 2 (true); AFI 3 has no update (false). The 2017 inspection is HMICFRS (named in slide "
        "1's notes). Mike Cunningham is named with 'HM Inspector of Constabulary'; ACC Terry Woods is "
        "not a person fact. Cumbria Constabulary is named in passing.",
    ]))

# np03 Wiltshire, PEEL 2023-25, HTML slide export ---------------------------------------
F = "Wiltshire Police"
GOLDS.append(gold(
    "np03.html", "response-record",
    [F, "Avon and Somerset Constabulary", "Dorset Police", "Devon and Cornwall Police",
     "Gloucestershire Constabulary"], [HF],
    [insp(F, "2023-25", inspectorate=HF), insp(F, "2021/22")],
    grades(F, "2023-25", [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A),
                          (LFM, A)])
    + grades(F, "2021/22", [(INV, I), (RESP, RI), (PVP, RI)]),
    afis=[stmt(F, "2023-25", "PEEL", RESP, T.NP03_AFI1, True),
          stmt(F, "2023-25", "PEEL", PPT, T.NP03_AFI2, True),
          stmt(F, "2023-25", "PEEL", INV, T.NP03_AFI3, False)],
    people=[person("Philip Wilkinson", "commissioner", F, "Police and Crime Commissioner"),
            person("Catherine Roper", "chief-constable", F, "Chief Constable"),
            person("Wendy Williams", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "PowerPoint 'Save as Web Page' shape: an outline pane with the slide titles, each slide as a "
        "box with a footer, and a visible 'Notes:' box beneath. The notes are shown in the browser, so "
        "they count.",
        "'RI' is spelled out in slide 2's notes ('RI means requires improvement throughout these "
        "slides'), so RI cells give 'Requires improvement'. Slide 2 gives three 2021/22 grades "
        "(inspectorate not stated for 2021/22). Slide 4's arrows and 'moved up two grades' give no "
        "extra grades. 'until it reaches adequate' is an aim, not a grade.",
        "AFI updates: the notes of slide 5 answer 'the first' and 'the second'; the third has none. "
        "Questions: attendance -> responding-to-public; use of force -> treatment-of-public; detectives "
        "-> investigating-crime.",
        "Regional forces are named in passing (aliases 'Avon and Somerset', 'Devon & Cornwall', "
        "'Gloucestershire'); Dorset & Wiltshire Fire and Rescue Service is not a police force.",
    ]))

# np04 Hertfordshire, PEEL 2018/19, HMICFRS briefing (PDF) ------------------------------
F, P = "Hertfordshire Constabulary", "2018/19"
GOLDS.append(gold(
    "np04.pdf", "peel-report", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [("preventing-crime", G), ("investigating-crime", G), ("protecting-vulnerable", G),
                  ("using-resources", G), ("planning-future", RI), ("fair-treatment-public", G),
                  ("ethical-lawful-workforce", G), ("fair-treatment-workforce", O)]),
    afis=[stmt(F, P, "PEEL", "investigating-crime", T.NP04_AFI1, False),
          stmt(F, P, "PEEL", "planning-future", T.NP04_AFI2, False),
          stmt(F, P, "PEEL", "fair-treatment-workforce", T.NP04_AFI3, False)],
    people=[person("Zo\u00eb Billingham", "inspector", HF, "HM Inspector of Constabulary"),
            person("Charlie Hall", "chief-constable", F, "Chief Constable"),
            person("Michelle Dunn", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("David Lloyd", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": [jd(F, P, "Effectiveness", None, G), jd(F, P, "Efficiency", None, G),
                         jd(F, P, "Legitimacy", None, G)],
          "inspections": [insp(F, "2017", "Effectiveness", HF)]},
    notes=[
        "Genre: the inspectorate's own briefing on its findings, closest to peel-report.",
        "2018/19 follows dev12: question grades and statements have pillar PEEL; the three pillar "
        "tiles (Effectiveness/Efficiency/Legitimacy: Good) go in also_acceptable. No overall PEEL "
        "grade is stated, so there is no PEEL/null judgement.",
        "'Meeting current demands and using resources' -> using-resources; 'Planning for the future' "
        "-> planning-future. 'Not inspected' (SOC) and 'Ungraded' (specialist capabilities) give "
        "nothing. Protecting vulnerable people 'Good *' is the 2018/19 grade; the footnote says it is "
        "carried forward from PEEL 2017, which implies a 2017 effectiveness inspection only loosely "
        "(also_acceptable, without a 2017 grade: the footnote gives no grade word of its own).",
        "The key lists four grades (no Adequate, correctly for 2018/19) and is no judgement. AFIs: no "
        "force update in an inspectorate briefing. 'No causes of concern. No recommendations.' gives "
        "nothing.",
        "People come from the Attendees table (name | role): 'HMI, Eastern Region' there, but the title "
        "slide names her 'Zo\u00eb Billingham, HM Inspector of Constabulary', which is the title used. "
        "Bedfordshire Police and Cambridgeshire Constabulary are named in passing (BCH).",
    ]))

# np05 Devon and Cornwall, PEEL 2021/22, Marp deck ---------------------------------------
F, P = "Devon and Cornwall Police", "2021/22"
GOLDS.append(gold(
    "np05.md", "response-record", [F, "Dorset Police"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A),
                  (CDI, G)]),
    afis=[stmt(F, P, "PEEL", RESP, T.NP05_AFI1, True),
          stmt(F, P, "PEEL", INV, T.NP05_AFI2, True),
          stmt(F, P, "PEEL", MOS, T.NP05_AFI3, False)],
    people=[person("Alison Hernandez", "commissioner", F, "Police and Crime Commissioner"),
            person("Jim Colwell", "chief-constable", F, "Acting Chief Constable", "acting"),
            person("Wendy Williams", "inspector", HF, "HM Inspector")],
    notes=[
        "Marp deck: front matter, '---' slide breaks, a footer directive, presenter notes in HTML "
        "comments (not shown; they hold no facts).",
        "Grades table rows carry an emoji traffic light before the grade word. 'Good use of resources' "
        "-> leadership-management (its grade is Adequate); 'Developing a positive workplace' -> "
        "workforce. The grading-scale bullet and 'No causes of concern' give nothing.",
        "AFIs are Markdown blockquotes; '**Force update:**' follows the first two. '(11)' is a count.",
        "'HM Inspector Wendy Williams' -> title 'HM Inspector'. Dorset Police is named in passing.",
    ]))

# np06 North Wales, PEEL 2015, outline view (TXT) -----------------------------------------
F = "North Wales Police"
GOLDS.append(gold(
    "np06.txt", "response-record",
    [F, "Dyfed-Powys Police", "Gwent Police", "South Wales Police"], [H],
    [insp(F, "2015", "Effectiveness", H), insp(F, "2015", "Efficiency", H),
     insp(F, "2015", "Legitimacy", H), insp(F, "2014", "Efficiency")],
    [jd(F, "2015", "Effectiveness", None, G), jd(F, "2015", "Efficiency", None, G),
     jd(F, "2015", "Legitimacy", None, G),
     jd(F, "2015", "Effectiveness", "preventing-crime", G),
     jd(F, "2015", "Effectiveness", "investigating-crime", G),
     jd(F, "2015", "Effectiveness", "protecting-vulnerable", RI),
     jd(F, "2015", "Effectiveness", "serious-organised-crime", G),
     jd(F, "2014", "Efficiency", None, G)],
    afis=[stmt(F, "2015", "Effectiveness", "protecting-vulnerable", T.NP06_AFI1, True),
          stmt(F, "2015", "Effectiveness", "protecting-vulnerable", T.NP06_AFI2, True),
          stmt(F, "2015", "Effectiveness", "preventing-crime", T.NP06_AFI3, False)],
    people=[person("Winston Roddick", "commissioner", F, "Police and Crime Commissioner"),
            person("Mark Polin", "chief-constable", F, "Chief Constable")],
    notes=[
        "PowerPoint outline view pasted as text: slide number, tab, title; body lines indented with "
        "tabs. No speaker notes in this view.",
        "2015 is HMIC (slide 6 'HMIC areas for improvement'); the pillar inspections take HMIC, the "
        "2014 efficiency grade ('Graded good in 2014 as well', an explicit grade word) has no stated "
        "inspectorate. 'Leadership - not graded' gives nothing. RI is spelled out on slide 3.",
        "The AFIs sit under the sub-headings 'Protecting vulnerable people' and 'Preventing crime', "
        "which give the questions (Effectiveness 2015). Slide 7 answers AFI 1 and AFI 2; AFI 3 has no "
        "response.",
        "'North Wales Police and Crime Panel' is not a force. The three other Welsh forces are named "
        "in passing; 'Heddlu Gogledd Cymru' is North Wales Police.",
    ]))

# np07 Bedfordshire, Effectiveness 2016, handout (DOCX) ---------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "np07.docx", "response-record",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness")],
    [jd(F, "2016", "Effectiveness", None, RI),
     jd(F, "2016", "Effectiveness", "preventing-crime", G),
     jd(F, "2016", "Effectiveness", "investigating-crime", RI),
     jd(F, "2016", "Effectiveness", "protecting-vulnerable", RI),
     jd(F, "2016", "Effectiveness", "serious-organised-crime", G),
     jd(F, "2015", "Effectiveness", None, RI)],
    afis=[stmt(F, "2016", "Effectiveness", "investigating-crime", T.NP07_AFI1, True),
          stmt(F, "2016", "Effectiveness", "protecting-vulnerable", T.NP07_AFI2, False)],
    recs=[stmt(F, "2016", "Effectiveness", "protecting-vulnerable", T.NP07_REC1, True),
          stmt(F, "2016", "Effectiveness", "protecting-vulnerable", T.NP07_REC2, True),
          stmt(F, "2016", "Effectiveness", "protecting-vulnerable", T.NP07_REC3, True)],
    coc=[stmt(F, "2016", "Effectiveness", "protecting-vulnerable", T.NP07_COC, True)],
    people=[person("Jon Boutcher", "chief-constable", F, "Chief Constable"),
            person("Mark Collins", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Kathryn Holloway", "commissioner", F, "Police and Crime Commissioner"),
            person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Handout 'notes next to slides' as a three-column Word table (Slide | Slide content | Notes); "
        "the slide text is in the middle column, one paragraph per line.",
        "'2015: Requires improvement' on slide 2 (and 'also its overall grade in 2015') gives the 2015 "
        "effectiveness grade; its inspectorate is not stated. RI is spelled out in slide 3's notes. "
        "'Specialist capabilities - not graded' gives nothing.",
        "The cause of concern and its three recommendations sit in protecting vulnerable people (calls "
        "from vulnerable people): the slide names no question, so the key is inferred from the text. "
        "Slide 4's notes update the CoC and slide 5's notes update each recommendation.",
        "AFI 1 (burglary and vehicle crime) has an update in slide 6's notes; AFI 2 (domestic abuse "
        "powers -> protecting-vulnerable) has none. '3 further AFIs' is a count.",
        "Zo\u00eb Billingham is an HMIC inspector here (2016). Hertfordshire and Cambridgeshire are "
        "named in passing (BCH); Bedfordshire Fire and Rescue Service is not a police force.",
    ]))

# np08 Merseyside, PEEL 2023-25, panel deck (PDF) ---------------------------------------
F, P = "Merseyside Police", "2023-25"
GOLDS.append(gold(
    "np08.pdf", "response-record", [F, "Cheshire Constabulary"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, G)]),
    afis=[stmt(F, P, "PEEL", PVP, T.NP08_AFI1, False),
          stmt(F, P, "PEEL", WORK, T.NP08_AFI2, False),
          stmt(F, P, "PEEL", "victim-service", T.NP08_AFI3, False)],
    people=[person("Serena Kennedy", "chief-constable", F, "Chief Constable"),
            person("Jenny Sims", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Emily Spurrell", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Tiles give the eight 2023-25 grades; 'Providing a service to victims - Ungraded' gives "
        "nothing.",
        "The 'Comparison with 2021/22' bar chart has all five grades as axis labels and areas numbered "
        "1-8 with no data labels: bar heights are not text, so it gives no 2021/22 judgements and no "
        "2021/22 inspection.",
        "AFI tables: Owner and RAG columns only (Amber/Green/Red) - a status colour is not a force "
        "update, so has_force_update is false for all three. Victims' Code AFI -> victim-service "
        "(the graded-area list has no better key; it is ungraded but AFIs may still sit there). "
        "'4 further AFIs' and the custody AFIs are not quoted.",
        "Merseyside Fire and Rescue Service's 'its own HMICFRS grade: Good' is a fire inspection. "
        "'good practice' is a distractor. Cheshire Constabulary is named in passing. ACC Crime and "
        "ACC Local Policing are unnamed.",
    ]))

# np09 Suffolk, Efficiency 2017, HTML export with speaker notes -------------------------
F = "Suffolk Constabulary"
N = "Norfolk Constabulary"
GOLDS.append(gold(
    "np09.html", "response-record", [F, N], [HF],
    [insp(F, "2017", "Efficiency", HF), insp(F, "2016", "Efficiency"), insp(N, "2017", "Efficiency", HF)],
    [jd(F, "2017", "Efficiency", None, G),
     jd(F, "2017", "Efficiency", "understanding-demand", G),
     jd(F, "2017", "Efficiency", "using-resources", RI),
     jd(F, "2017", "Efficiency", "planning-future", G),
     jd(F, "2016", "Efficiency", None, G),
     jd(N, "2017", "Efficiency", None, G)],
    afis=[stmt(F, "2017", "Efficiency", "understanding-demand", T.NP09_AFI1, True),
          stmt(F, "2017", "Efficiency", "using-resources", T.NP09_AFI2, True)],
    people=[person("Gareth Wilson", "chief-constable", F, "Chief Constable"),
            person("Tim Passmore", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Web export of a deck with a visible 'Speaker notes' box under each slide.",
        "Headline tiles: 'Efficiency 2017 Good', 'Efficiency 2016 Good' and 'Norfolk (partner) 2017 "
        "Good'; the notes confirm Norfolk Constabulary 'also received a good grade' (HMICFRS's "
        "efficiency reports of 9 November). 2016's inspectorate is not stated.",
        "AFI updates: both are answered in the notes ('For the first ... For the second ...').",
    ]))

# np10 Derbyshire, Legitimacy 2016, outline sent to Word (DOCX) --------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "np10.docx", "response-record",
    [F, "Leicestershire Police", "Nottinghamshire Police", "Lincolnshire Police", "Northamptonshire Police"],
    [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2014", "Efficiency", H),
     insp(F, "2015", "Efficiency", H), insp(F, "2015", "Effectiveness", H),
     insp(F, "2015", "Legitimacy", H), insp(F, "2016", "Efficiency", H)],
    [jd(F, "2016", "Legitimacy", None, G),
     jd(F, "2016", "Legitimacy", "fair-treatment-public", G),
     jd(F, "2016", "Legitimacy", "ethical-lawful-workforce", G),
     jd(F, "2016", "Legitimacy", "fair-treatment-workforce", RI),
     jd(F, "2014", "Efficiency", None, G),
     jd(F, "2015", "Efficiency", None, G), jd(F, "2015", "Effectiveness", None, G),
     jd(F, "2015", "Legitimacy", None, G), jd(F, "2016", "Efficiency", None, G)],
    afis=[stmt(F, "2016", "Legitimacy", "fair-treatment-workforce", T.NP10_AFI1, True),
          stmt(F, "2016", "Legitimacy", "fair-treatment-workforce", T.NP10_AFI2, True),
          stmt(F, "2016", "Legitimacy", "fair-treatment-public", T.NP10_AFI3, False)],
    people=[person("Peter Goodman", "chief-constable", F, "Chief Constable"),
            person("Hardyal Dhindsa", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Outline sent to Word: each slide title is Heading 1, body lines are List Bullet, AFIs are "
        "List Bullet 2 under 'Workforce' and 'Public' (which give the questions). The OFFICIAL header "
        "is not body text.",
        "'HMIC PEEL history' gives pillar grades for 2014 (efficiency only), 2015 (three pillars) and "
        "2016 efficiency; each gets an HMIC inspection, since the slide title names HMIC. "
        "'Effectiveness: due March 2017' gives nothing. 'Leadership - narrative only' gives nothing.",
        "The 2016 legitimacy overall grade 'Good' comes from the history slide ('2016 - ... Legitimacy: "
        "Good'). 'Progress since publication' answers AFI 1 and AFI 2; AFI 3 is not mentioned.",
        "EMSOU partners are named in passing; Derbyshire Fire & Rescue Service is not a police force.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    stem = os.path.splitext(g["document"])[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote %d gold files" % len(GOLDS))
