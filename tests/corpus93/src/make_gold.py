"""Write gold/mm01.json ... gold/mm10.json for corpus93 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}
def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]
def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "text": text, "has_force_update": update}
def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}
def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections), "judgements": list(judgements),
         "areas_for_improvement": list(afis), "recommendations": list(recs), "causes_of_concern": list(coc),
         "people": list(people)}
    if also: g["also_acceptable"] = also
    if notes: g["notes"] = notes
    return g

GOLDS = []
FIRE = ("Fire and rescue service grades, causes of concern and areas for improvement are not PEEL facts "
        "and are left out (the brief's traps).")

# mm01 -- Essex PFCC news page (HTML), PEEL 2018/19 + ECFRS 2018/19
F = "Essex Police"
GOLDS.append(gold("mm01.html", "press-release", [F, "Kent Police"], [HF], [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(None, G), ("preventing-crime", G), ("investigating-crime", G)]),
    afis=[stmt(F, P1819, "ethical-lawful-workforce",
        "The force should make sure that its counter-corruption unit has the capacity and capability to gather intelligence on corruption and to act on it promptly.", True)],
    people=[person("Zoë Billingham", "inspector", HF, "Her Majesty’s Inspector of Constabulary"),
            person("Roger Hirst", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("BJ Harrington", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, G)], "Efficiency")
          + grades(F, P1819, [(None, G)], "Legitimacy")},
    notes=["'rated Essex Police as a good force' gives the 2018/19 PEEL overall grade. 'good at reducing crime ... operating efficiently ... treating ... legitimately' are whole-pillar 2018/19 grades: also_acceptable, as in dev12.",
           "'carried forward from the legitimacy inspection' puts the AFI under the 2018/19 PEEL inspection; counter-corruption -> ethical-lawful-workforce. The 'Force update:' paragraph gives has_force_update true.",
           FIRE + " ECFRS requires improvement in all three areas; 'inadequate' for values and culture; a fire cause of concern. Chief Fire Officer Jo Turton is not a person fact (no role fits).",
           "The grading-key aside names four grades and gives nothing. Kent Police is a partner named in passing; 'good practice' is a distractor."]))

# mm02 -- Staffordshire Commissioner s55 response (PDF), PEEL 2021/22
F = "Staffordshire Police"
GOLDS.append(gold("mm02.pdf", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, A), (PPT, RI), (PVP, RI), (WORK, RI), (LFM, RI), (CDI, RI), (RESP, I), (INV, I), (MOS, I)]),
    afis=[stmt(F, P2122, PVP, "The force should make sure that officers complete a risk assessment with every victim of domestic abuse and that the assessment is reviewed by a specialist.", True),
          stmt(F, P2122, MOS, "The force should reduce the number of outstanding wanted suspects and make sure that each one is regularly reviewed.", True),
          stmt(F, P2122, CDI, "The force should make sure that reports of anti-social behaviour are recorded as crimes when the facts show that a crime has been committed.", False)],
    recs=[stmt(F, P2122, RESP, "Within six months, the force should make sure its control room has enough trained staff at all times to answer calls within national standards and to carry out a structured risk assessment on every call.", True),
          stmt(F, P2122, INV, "Within six months, the force should make sure that every investigation has a documented plan that is reviewed by a supervisor at set intervals.", True)],
    coc=[stmt(F, P2122, RESP, "The force does not answer emergency and non-emergency calls quickly enough, and it does not always identify vulnerability and repeat victims at first contact.", False),
         stmt(F, P2122, INV, "Investigations are not always well planned or effectively supervised, and victims are not kept informed in line with the Code of Practice for Victims of Crime.", False)],
    people=[person("Chris Noble", "chief-constable", F, "Chief Constable"),
            person("Wendy Williams", "inspector", HF, "His Majesty’s Inspector of Constabulary"),
            person("Ben Adams", "commissioner", F, "Staffordshire Commissioner for Police, Fire & Rescue and Crime")],
    also={"inspections": [insp(F, P1819)], "judgements": grades(F, P1819, [(None, G)], "Effectiveness")},
    notes=["Area names: 'Developing a positive workplace' -> workforce, 'Good use of resources' -> leadership-management, 'Recording data about crime' -> crime-recording.",
           "'in 2018/19 the inspectorate judged Staffordshire Police to be good at reducing crime and keeping people safe' is a whole-pillar 2018/19 grade (Effectiveness): also_acceptable with its PEEL 2018/19 inspection.",
           "Causes of concern are the boxed paragraphs; each 'Force update:' follows the recommendation, so recommendations are true and causes of concern false (as corpus13 q02). The crime-recording AFI's update is 'To follow at the next Strategic Governance Board.', which is no update: false.",
           FIRE + " The comparison box gives fire effectiveness good, efficiency and people requires improvement.",
           "Ben Adams is named only in the signature; his title is the signature line. A named Assistant Chief Constable (Lee Sawyer) is not a person fact. 'good practice' is a distractor."]))

# mm03 -- Northamptonshire accountability board paper (DOCX), PEEL 2023-25
F = "Northamptonshire Police"
GOLDS.append(gold("mm03.docx", "response-record", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(CDI, O), (PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (WORK, A), (LFM, A)]),
    afis=[stmt(F, P2325, INV, "The force should make sure that investigations are supervised effectively and that supervisors record their reviews.", True),
          stmt(F, P2325, INV, "The force should make sure it seeks and records the views of victims before it closes an investigation with an out-of-court disposal or no further action.", True),
          stmt(F, P2325, RESP, "The force should answer emergency calls within the national standard and reduce the number of non-emergency calls that are abandoned.", True),
          stmt(F, P2325, PVP, "The force should make sure that referrals about children at risk are shared with partner agencies without delay.", False)],
    people=[person("Danielle Stone", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("Ivan Balhatchet", "chief-constable", F, "Chief Constable"),
            person("Roy Wilsher", "inspector", HF, "HM Inspector of Constabulary")],
    notes=["Responding to the public: the table gives 'Requires improvement' with a note that it was published as adequate and changed on 8 August 2024 (real: HMICFRS corrected the grade). The current grade is the judgement; the superseded 'adequate' is not a separate judgement.",
           "'Training ... is booked for November 2024.' counts as a force update (it is the force's reported position); 'Update not received from the force at the time of writing.' is false.",
           FIRE + " The fire table and the fire AFI ('for information') are left out; the Chief Fire Officer is unnamed.",
           "'six areas for improvement' is a count with no text. The 'Good practice:' line is a distractor. The 'OFFICIAL' Word header is not body text."]))

# mm04 -- North Yorkshire PFCC news (TXT), PEEL 2023-25
F = "North Yorkshire Police"
GOLDS.append(gold("mm04.txt", "press-release", [F], [HF], [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(CDI, G), (PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, A)])
    + grades(F, P2122, [(LFM, I)]),
    afis=[stmt(F, P2325, PVP, "The force should make sure that the risk assessments it completes for victims of domestic abuse are accurate and are reviewed by a supervisor.", False)],
    people=[person("Zoë Metcalfe", "commissioner", F, "North Yorkshire Police, Fire and Crime Commissioner"),
            person("Michelle Skeer", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Tim Forber", "chief-constable", F, "Chief Constable")],
    notes=["The bullet list 'Good - Crime Data Integrity*' etc. gives nine 2023-25 grades; 'Crime Data Integrity' -> crime-recording; '* Not graded in 2022' gives nothing.",
           "'The previous report, PEEL 2021/22 ... strategic planning, organisational management and value for money was graded inadequate' gives a 2021/22 leadership-management judgement (the 2021/22 area name 'strategic planning, organisational management and value for money'). 'five of the eight areas were graded below adequate' is a count: nothing. The 2021/22 inspection takes HMICFRS from the document's context.",
           "The AFI is indented under 'One of its areas for improvement reads:'; no force update is given. 'good practice' is a distractor.",
           FIRE + " NYFRS 2022: requires improvement / inadequate / inadequate, two causes of concern.",
           "Jo Coles (Deputy Mayor for Policing, Fire and Crime, page chrome) is not a person fact: the title names no commissioner (as corpus13)."]))

# mm05 -- West Yorkshire Combined Authority news (MD), PEEL 2021/22 + 2016
F = "West Yorkshire Police"
GOLDS.append(gold("mm05.md", "press-release", [F], [HF, H],
    [insp(F, P2122, inspectorate=HF), insp(F, "2016", "Effectiveness", H), insp(F, "2016", "Efficiency", H), insp(F, "2016", "Legitimacy", H)],
    grades(F, P2122, [(PREV, O), (PPT, O), (SOC, O), (LFM, O), (RESP, G), (PVP, G), (MOS, G), (WORK, G), (INV, A), (CDI, A)])
    + grades(F, "2016", [(None, G)], "Effectiveness") + grades(F, "2016", [(None, G)], "Efficiency") + grades(F, "2016", [(None, G)], "Legitimacy"),
    afis=[stmt(F, P2122, INV, "The force should make sure that investigation plans are recorded for all appropriate crimes and that supervisors check the plans are followed.", False)],
    people=[person("Andy Cooke", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
            person("John Robins", "chief-constable", F, "Chief Constable")],
    also={"people": [person("Roy Wilsher", "inspector", HF, "HM Inspector of Fire and Rescue Services")]},
    notes=["Table: 'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce; 'Disrupting serious organised crime' -> serious-organised-crime. Victim service is not graded.",
           "'in 2016, HMIC graded West Yorkshire Police good for effectiveness, good for efficiency and good for legitimacy' gives three 2016 pillar judgements with inspectorate HMIC (named).",
           "The AFI is a Markdown blockquote ('> '), which check_gold keeps as '>' before the text; its investigating key comes from the sentence about investigation plans. No update.",
           "Tracy Brabin (Mayor of West Yorkshire) and Alison Lowe (Deputy Mayor for Policing and Crime) hold PCC functions but neither title names a commissioner: not person facts (as corpus13). 'West Yorkshire Police Chief Constable John Robins' gives title 'Chief Constable'.",
           FIRE + " Roy Wilsher is named only as the fire HMI; he is an HMICFRS inspector, so he is in also_acceptable people."]))

# mm06 -- Cumbria PFCC performance report (PDF), PEEL 2023-25
F = "Cumbria Constabulary"
GOLDS.append(gold("mm06.pdf", "response-record", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, A), (WORK, G), (LFM, G)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[stmt(F, P2325, RESP, "The constabulary should make sure that it records the rationale when it changes the priority given to an incident.", True),
          stmt(F, P2325, INV, "The constabulary should improve how it keeps victims informed about the progress of their cases, in line with the Code of Practice for Victims of Crime.", True)],
    people=[person("David Allen", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("Rob Carden", "chief-constable", F, "Chief Constable"),
            person("Fiona Aldridge", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=["'As Police, Fire and Crime Commissioner David Allen' names him title-first.",
           "'when in 2021/22 it was graded requires improvement' gives a 2021/22 investigating-crime judgement (HMICFRS from context).",
           "Each AFI is the sentence after the bold 'AFI n (Area).' label; the label's area gives the question. 'Constabulary update:' gives has_force_update true (the second update is a plan, but it is the force's update). 'five areas for improvement' and 'The other three' are counts only.",
           FIRE + " CFRS: good in four, adequate in five, requires improvement in two, one cause of concern; fire KPIs.",
           "Lancashire Constabulary is a partner named in passing. 'Good progress' in the finance section is a distractor."]))

# mm07 -- Essex Police, Fire and Crime Panel report (DOCX), 2016 and 2017 pillars
F = "Essex Police"
GOLDS.append(gold("mm07.docx", "response-record", [F], [H, HF],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2016", "Efficiency", H), insp(F, "2016", "Legitimacy", H),
     insp(F, "2017", "Effectiveness", HF), insp(F, "2017", "Efficiency", HF), insp(F, "2017", "Legitimacy", HF)],
    grades(F, "2016", [(None, RI)], "Effectiveness") + grades(F, "2016", [(None, G)], "Efficiency")
    + grades(F, "2016", [(None, G)], "Legitimacy")
    + grades(F, "2017", [(None, G), ("preventing-crime", G), ("investigating-crime", G), ("protecting-vulnerable", G), ("serious-organised-crime", G)], "Effectiveness")
    + grades(F, "2017", [(None, G)], "Efficiency") + grades(F, "2017", [(None, G)], "Legitimacy"),
    afis=[stmt(F, "2017", "protecting-vulnerable", "The force should improve the quality of its risk assessments for missing children, so that officers consider the full history of each child.", True, "Effectiveness"),
          stmt(F, "2017", "investigating-crime", "The force should make sure that digital devices seized during investigations are examined without undue delay.", True, "Effectiveness"),
          stmt(F, "2017", "fair-treatment-workforce", "The force should make sure that its workforce understands and trusts the process for selecting officers and staff for promotion.", False, "Legitimacy")],
    people=[person("Roger Hirst", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("Zoë Billingham", "inspector", HF, "HM Inspector of Constabulary"),
            person("BJ Harrington", "chief-constable", F, "Chief Constable")],
    notes=["The table 'Pillar | 2016 | 2017' gives six pillar judgements; the text says HMIC did the 2016 inspections and HMICFRS the 2017 ones, so the inspectorates are stated.",
           "2017 effectiveness question grades come from the paragraph under the table; specialist capabilities 'reviewed but not graded' gives nothing.",
           "Each AFI is a Word 'Intense Quote' paragraph under a heading giving pillar and question. 'Force position:' is the force's update; 'Force position: not yet received.' is false. A named ACC (Andy Prophet) is not a person fact.",
           "Roger Hirst is named 'the Police, Fire and Crime Commissioner, Roger Hirst' (title first). Zoë Billingham: 'Zoë Billingham, HM Inspector of Constabulary' (title after name, kept as written). Zoë Billingham's organisation is HMICFRS (she leads for the region in 2018).",
           "Section 5 (fire): the four-grade key and the LGA peer review give nothing. The page footer is not body text."]))

# mm08 -- GMCA news page (HTML), PEEL 2023-25
F = "Greater Manchester Police"
GOLDS.append(gold("mm08.html", "press-release", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]),
    afis=[stmt(F, P2325, PVP, "The force should make sure that officers identify and record the needs of vulnerable victims at the first point of contact.", False),
          stmt(F, P2325, INV, "The force should reduce the time it takes to examine digital devices, so that investigations are not delayed.", True)],
    people=[person("Stephen Watson", "chief-constable", F, "Chief Constable")],
    also={"people": [person("Michelle Skeer", "inspector", HF, "His Majesty's Inspector of Fire and Rescue Services")]},
    notes=["The two AFIs are bullets with no area heading; their keys follow their content (vulnerable victims -> protecting-vulnerable; digital devices -> investigating-crime). The paragraph 'GMP has told the Deputy Mayor ... digital forensics unit' is the force's update to the second.",
           "Andy Burnham (Mayor) and Kate Green (Deputy Mayor for Policing, Crime, Criminal Justice and Fire) hold the PCC and fire authority functions, but neither title names a commissioner: not person facts.",
           "'special measures' gives no grade. " + FIRE + " Michelle Skeer is named only as the fire HMI: also_acceptable."]))

# mm09 -- Staffordshire Commissioner transparency CSV, PEEL 2021/22 and 2023-25
F = "Staffordshire Police"
GOLDS.append(gold("mm09.csv", "national-release", [F], [HF], [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    grades(F, P2122, [(PREV, A), (PPT, RI), (RESP, I), (INV, I), (PVP, RI), (MOS, I), (WORK, RI), (LFM, RI), (CDI, RI)])
    + grades(F, P2325, [(PPT, A), (PREV, A), (RESP, RI), (INV, RI), (PVP, RI), (MOS, G), (WORK, A), (LFM, A)]),
    notes=["One row per area; the Inspection column 'HMICFRS PEEL' names the inspectorate. 2021/22 grades agree with mm02.",
           "'Cause of concern' in the Notes column names no statement: nothing. Victim service rows are 'Not graded'.",
           FIRE + " Staffordshire Fire and Rescue Service rows (2021/22 three questions; 2023-25 11 areas including one outstanding) are left out.",
           "Genre: a commissioner's transparency listing fits no genre well; national-release as for corpus13's listings (unsure)."]))

# mm10 -- local news (TXT), PEEL 2018/19
F = "Northamptonshire Police"
L = "Leicestershire Police"
GOLDS.append(gold("mm10.txt", "press-release", [F, L], [HF], [insp(F, P1819, inspectorate=HF), insp(L, P1819)],
    grades(F, P1819, [("planning-future", I), ("understanding-demand", RI)]) + grades(L, P1819, [(None, G)]),
    people=[person("Stephen Mold", "commissioner", F, "Police, Fire and Crime Commissioner"),
            person("Nick Adderley", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, P1819, [(None, RI)], "Effectiveness") + grades(F, P1819, [(None, I)], "Efficiency")
          + grades(F, P1819, [(None, RI)], "Legitimacy"),
          "causes_of_concern": [stmt(F, P1819, "planning-future",
              "The inspection report set out a cause of concern about the force's finances, saying the force did not have a sound enough financial plan to show how it would pay for the officers it intended to recruit and the changes it wanted to make.")]},
    notes=["The police pillar grades for 2018/19 (effectiveness and legitimacy requires improvement, efficiency inadequate) are whole-pillar 2018/19 grades: also_acceptable, as in dev12. 'inadequate at planning for the future' and 'required improvement in how it understands the demand it faces' are question grades under PEEL 2018/19.",
           "The cause of concern is only paraphrased in reported speech by the reporter, so it is in also_acceptable (whole sentence).",
           "Leicestershire Police 'were rated good in their own 2018/19 inspection': a PEEL 2018/19 overall grade for another force in passing (no inspectorate stated for it).",
           FIRE + " The fire service 'requiring improvement in effectiveness, efficiency and how it looks after its people'. Chief Fire Officer Darren Dovey is not a person fact."]))

def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2); fh.write("\n")
    print("wrote", len(GOLDS), "gold files")

if __name__ == "__main__":
    main()
