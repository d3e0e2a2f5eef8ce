"""Write gold/z01.json ... gold/z10.json for corpus21 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LEAD = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2017 question keys
PC, IC, PV, SOCQ = "preventing-crime", "investigating-crime", "protecting-vulnerable", "serious-organised-crime"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
AREAS9 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]
HMI_CURLY = "His Majesty\u2019s Inspector of Constabulary"
HER_CURLY = "Her Majesty\u2019s Inspector of Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=None):
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

# z01 -- PEEL 2023-25 report, two-column PDF, Bedfordshire -------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "z01.pdf", "peel-report-2021",
    [F, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, list(zip(AREAS8, [A, G, RI, A, A, G, G, A])))
    + grades(F, P2122, [(RESP, RI), (INV, RI)]),
    afis=[
        stmt(F, P2325, PPT,
             "The force should make sure that supervisors review the recorded grounds for every "
             "stop and search carried out by their officers, and that the use of force on "
             "children is included in external scrutiny."),
        stmt(F, P2325, RESP,
             "The force should reduce the number of non-emergency calls that are abandoned "
             "before they are answered, and make sure that call handlers carry out a structured "
             "risk assessment on every call, so that repeat and vulnerable callers are "
             "identified."),
        stmt(F, P2325, PVP,
             "The force should improve how it protects victims of domestic abuse. In particular, "
             "it should make sure that: officers complete a risk assessment at every domestic "
             "abuse incident they attend; supervisors review high-risk cases within 24 hours; "
             "and it uses protective orders whenever they would help to keep a victim safe."),
        stmt(F, P2325, LFM,
             "The force should produce a workforce plan that shows how it will fill gaps in "
             "detective and specialist roles over the next three years."),
    ],
    people=[
        person("Marcus Tregenna", "inspector", HF, HMI_CURLY),
        person("Imogen Achterberg", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Two-column A4 PDF. The eight 2023-25 grades are in the shaded 'At a glance' box in "
        "the first column (area and grade side by side; long area names wrap so the grade "
        "comes on its own line in the text layer) and are repeated as bold lead sentences "
        "in the findings ('Bedfordshire Police is good at prevention.'). The key line under "
        "the box lists all five grades and gives nothing.",
        "2021/22 grades in passing in the HMI's observations: 'in 2021/22, when we graded the "
        "force as requires improvement for responding to the public' and 'In our last "
        "inspection we graded investigating crime as requires improvement' (the last "
        "inspection is the 2021/22 one named two paragraphs earlier). The inspectorate is "
        "the report's own ('we'), HMICFRS.",
        "Four AFIs are reproduced, labelled 'Area for improvement 1-4'; 'nine areas for "
        "improvement' and 'no causes of concern' are counts and give nothing. AFI 3 is a "
        "lead-in ending in 'make sure that:' with three bullets, joined into one statement. "
        "'promising practice' / 'good practice' and 'an adequate position' are distractors.",
        "People: the HMI signs name then title; 'Chief Constable Imogen Achterberg' is named "
        "title-first. Assistant Chief Constable Devinder Rayat is not a person fact. The "
        "collaboration partners Cambridgeshire and Hertfordshire are named without grades.",
        "The running header ('PEEL 2023\u201325: Bedfordshire Police' and the inspectorate's "
        "full name) repeats on every page after the cover.",
    ]))

# z02 -- PEEL 2021/22 report, accessible Word version, Gwent --------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "z02.docx", "peel-report-2021",
    [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, EFF, HF)],
    grades(F, P2122, list(zip(AREAS9, [A, G, RI, RI, I, A, A, A, G])))
    + grades(F, P1819, [(None, G)], pillar=EFF),
    afis=[
        stmt(F, P2122, PPT,
             "The force should improve how it monitors the use of force, including the "
             "completion of use of force forms and the analysis of any disproportionality."),
        stmt(F, P2122, RESP,
             "The force should make sure that it answers 101 calls within a reasonable time, "
             "and that callers are told when to expect an officer to attend."),
        stmt(F, P2122, RESP,
             "The force should make sure that repeat victims are identified when they contact "
             "it, so that its response takes account of their history."),
        stmt(F, P2122, INV,
             "The force should make sure that investigation plans are recorded and are "
             "reviewed by supervisors."),
        stmt(F, P2122, INV,
             "The force should improve the way it records a victim\u2019s decision to withdraw "
             "support for a prosecution, and consider evidence-led prosecutions in those cases."),
        stmt(F, P2122, MOS,
             "The force should reduce the number of outstanding wanted persons and make sure "
             "each case is reviewed regularly."),
        stmt(F, P2122, WORK,
             "The force should improve its understanding of workforce wellbeing, so that it can "
             "target support where it is most needed."),
        stmt(F, P2122, LFM,
             "The force should make sure it has a clear understanding of current and future "
             "demand, and that it uses this to plan its workforce and finances."),
    ],
    recs=[
        stmt(F, P2122, PVP,
             "Within three months, the force should make sure that all call handlers use a "
             "structured risk assessment when a call involves a vulnerable person, and that "
             "supervisors check the quality of these assessments."),
        stmt(F, P2122, PVP,
             "Within six months, the force should review how it responds to reports of missing "
             "children, so that those at high risk are located and safeguarded without delay."),
        stmt(F, P2122, PVP,
             "Within six months, the force should work with its safeguarding partners to make "
             "sure that children at risk of exploitation are referred and assessed promptly."),
    ],
    coc=[
        stmt(F, P2122, PVP,
             "Gwent Police does not identify and assess risk well enough when it first receives "
             "reports involving vulnerable people, and it is too slow to safeguard some children "
             "who go missing from home or are at risk of exploitation."),
    ],
    people=[
        person("Gareth Penhallow", "inspector", HF, HER_CURLY),
        person("Pamela Kelleher", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades table has two columns, 'Area of policing' and 'Grade and summary'. In each "
        "grade cell the FIRST paragraph is the grade (bold) and the following paragraphs "
        "explain it ('Good' / 'Neighbourhood officers are visible ...'). Nine graded areas. "
        "'Strategic planning, organisational management and value for money' -> "
        "leadership-management; 'Recording data about crime' -> crime-recording; 'Engaging "
        "with and treating the public with fairness and respect' -> treatment-of-public.",
        "Victim service and disrupting serious organised crime are said not to be graded: "
        "nothing. The grading-scale paragraph gives nothing. 'The force records over 94 "
        "percent ... This is good' is the explanation inside the Good cell, not a new fact.",
        "'In our 2018/19 inspection we judged the force to be good at effectiveness' -> a "
        "2018/19 Effectiveness pillar judgement (pillar, question null), inspectorate HMICFRS "
        "(the report's own 'we'). 'it remains good at preventing crime' restates the 2021/22 "
        "grade.",
        "The cause of concern sits under the area heading 'Protecting vulnerable people' and a "
        "Heading 3 'Cause of concern'; its three recommendations are nested beneath it in "
        "Word's 'List Number 2' style (automatic numbering, not in the text). The eight AFIs "
        "are in 'List Number' style under area headings, each heading followed by an italic "
        "question line; the numbers are Word's automatic numbering. 'Preventing crime' has "
        "none.",
        "The national violence against women and girls recommendation to 'all chief "
        "constables' is not a force recommendation; 'Innovative practice' / 'good practice' "
        "is a distractor. South Wales Police and Dyfed-Powys Police are named only as "
        "partners in the regional organised crime unit.",
        "People: the HMI (published August 2022, so 'Her Majesty\u2019s') and 'Chief "
        "Constable Pamela Kelleher'. The header and footer of the Word file are not body "
        "text.",
    ]))

# z03 -- HMICFRS force page with accordions, Norfolk, 2014 to 2023-25 --------------------
F = "Norfolk Constabulary"
insps3 = [
    insp(F, "2014", EFF, H), insp(F, "2015", EFC, H), insp(F, "2016", LEG, H),
    insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF),
    insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF), insp(F, P1819, LEG, HF),
    insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF),
]
judg3 = (grades(F, "2014", [(None, G)], EFF)
         + grades(F, "2015", [(None, O), (UD, O), (UR, G), (PF, O)], EFC)
         + grades(F, "2016", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG)
         + grades(F, "2017", [(None, G)], EFF) + grades(F, "2017", [(None, G)], EFC)
         + grades(F, "2017", [(None, G)], LEG)
         + grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, O)], EFC)
         + grades(F, P1819, [(None, G)], LEG)
         + grades(F, P2122, list(zip(AREAS9, [A, G, G, A, G, G, G, G, G])))
         + grades(F, P2325, list(zip(AREAS8, [G, G, A, A, G, G, G, G]))))
GOLDS.append(gold(
    "z03.html", "national-release", [F, "Suffolk Constabulary"], [H, HF],
    insps3, judg3,
    also={"inspections": [insp(F, "2017", LEAD, HF), insp(F, P1819, "PEEL", HF)]},
    notes=[
        "An HMICFRS force page: cookie banner, mega-menu (its panels show on hover), "
        "breadcrumbs, a facts box, one accordion section per assessment (all sections are "
        "expanded, as the page is served without its script), related content and a footer "
        "key listing all five grades. None of the chrome gives a fact.",
        "Each year gives its grades in a different form: 2014 a two-row table ('Overall "
        "judgement | Good'); 2015 a sentence ('HMIC judged Norfolk Constabulary to be "
        "outstanding at keeping people safe and reducing crime efficiently' -> Efficiency "
        "overall, then the three efficiency questions: understanding demand outstanding, using "
        "resources good, planning for the future outstanding); 2016 'Rating: ...' labels for "
        "the legitimacy pillar and its three questions; 2017 a Pillar | Grade | Published "
        "table; 2018/19 a definition list; 2021/22 a table with one COLUMN per grade and the "
        "areas listed under it; 2023-25 a list of 'area \u2014 Rating: grade' items.",
        "Inspectorates: the intro says reports before July 2017 were published by HMIC, and "
        "the 2014, 2015 and 2016 sections name HMIC; 2017 says 'our first PEEL reports as "
        "HMICFRS'; later sections are the site's own ('our'), HMICFRS.",
        "2017 Leadership 'Not graded' gives no judgement; its inspection is in "
        "also_acceptable. 2018/19 pillar grades are pillar judgements with period 2018/19; the "
        "integrated PEEL 2018/19 inspection itself is in also_acceptable (as corpus13 q08). "
        "The 2021/22 '\u2013' cells (no area outstanding, requires improvement or inadequate) "
        "give nothing; victims and serious organised crime are 'not graded'.",
        "Distractors: Norfolk Fire and Rescue Service 'good at understanding the risk of "
        "fire' (a fire inspection), the custody joint inspection, the crime data integrity "
        "2016 link, 'Before 2021 we used a four-point scale', cookie notice date. Suffolk "
        "Constabulary is named only as the collaboration partner. No person is named.",
    ]))

# z04 -- HMIC PEEL effectiveness 2016 PDF, Merseyside ------------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "z04.pdf", "peel-report", [F], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", [(None, G), (PC, G), (IC, G), (PV, RI), (SOCQ, O)], EFF)
    + grades(F, "2015", [(IC, G), (PV, RI)], EFF),
    afis=[
        stmt(F, "2016", PC,
             "The force should make sure that its neighbourhood teams routinely evaluate their "
             "problem-solving activity, and that it shares what works across the force.",
             pillar=EFF),
        stmt(F, "2016", IC,
             "The force should improve the supervision of investigations carried out by its "
             "volume crime teams, making sure that investigation plans are recorded and "
             "regularly reviewed.", pillar=EFF),
        stmt(F, "2016", PV,
             "The force should improve the way it safeguards children who go missing from "
             "home, and in particular it should ensure that: return home interviews are carried "
             "out within 72 hours; and the information from these interviews is used to reduce "
             "the risk of further missing episodes.", pillar=EFF),
        stmt(F, "2016", PV,
             "The force should ensure that all frontline officers understand how to recognise "
             "coercive and controlling behaviour and how to respond to it.", pillar=EFF),
    ],
    people=[person("Kathryn Ashdown", "inspector", H, HER_CURLY)],
    also={"judgements": grades(F, "2015", [(None, G)], EFF)},
    notes=[
        "HMIC 2016 effectiveness report as a PDF: the overall judgement and each question's "
        "judgement are boxes whose header is the question and whose body is the grade "
        "('How effective is the force at tackling serious and organised crime?' / "
        "'Outstanding'). Specialist capabilities is 'Ungraded': nothing.",
        "2015 grades in passing: 'Last year we judged the force to be good at investigating "
        "crime' and 'In 2015 HMIC found that the force required improvement in how it protects "
        "vulnerable people from harm'. 'Our overall judgment is the same as last year' names "
        "no grade word, so the 2015 overall grade is in also_acceptable only.",
        "The foreword lists the four-point scale and the annex defines each grade: nothing. "
        "'examples of good practice' and 'a good service' are distractors. The efficiency and "
        "legitimacy reports are mentioned but not graded here.",
        "AFIs sit in shaded boxes headed 'Areas for improvement' after each question. The "
        "first protecting-vulnerable AFI is a lead-in ending 'ensure that:' with two "
        "sub-bullets, joined. The SOC question says 'We found no areas for improvement'.",
        "People: the HMI signs the summary. Assistant Chief Constable Ruth Gilsenan and "
        "Detective Chief Superintendent Alan Morcombe are not person facts. Merseyside Fire "
        "and Rescue Service is a partner, not a force.",
    ]))

# z05 -- national PEEL spotlight report (DOCX), investigating crime 2023-25 ---------------
ROWS5 = [
    ("Bedfordshire Police", A), ("Cambridgeshire Constabulary", G), ("City of London Police", G),
    ("Hampshire Constabulary", RI), ("Hertfordshire Constabulary", G), ("Merseyside Police", G),
    ("Norfolk Constabulary", A), ("Northumbria Police", G), ("South Wales Police", A),
    ("Suffolk Constabulary", A), ("Thames Valley Police", RI), ("West Midlands Police", I),
]
insps5, judg5 = [], []
for f, g_ in ROWS5 + [("Gwent Police", RI)]:
    insps5.append(insp(f, P2325, inspectorate=HF))
    judg5 += grades(f, P2325, [(INV, g_)])
GOLDS.append(gold(
    "z05.docx", "national-release", [f for f, _ in ROWS5] + ["Gwent Police"], [HF],
    insps5, judg5,
    people=[person("Thomas Wynford-Ames", "inspector", HF,
                   "His Majesty\u2019s Chief Inspector of Constabulary")],
    also={"inspections": [insp("Gwent Police", P2122, inspectorate=HF)],
          "judgements": grades("Gwent Police", P2122, [(INV, RI)])},
    notes=[
        "Figure 1 is a Word table Force | Report published | Grade | Change since PEEL "
        "2021/22: twelve forces' 2023-25 investigating-crime grades. The caption names the "
        "area and the period. The 'Change' column ('\u25b2 Improved', '\u25cf No change', "
        "'\u25bc Declined') names no 2021/22 grade, so it gives no 2021/22 judgements.",
        "Gwent Police is graded only in prose, outside the table: 'Gwent Police also requires "
        "improvement for investigating crime, as it did in 2021/22' -> 2023-25 investigating "
        "crime RI. 'as it did' names no grade word for 2021/22, so that judgement is in "
        "also_acceptable only (GOLD-FORMAT 'same grade as last year').",
        "National counts with no force named ('two forces outstanding, eleven good ...') give "
        "nothing. The four recommendations are addressed to all chief constables, the College "
        "of Policing and the NPCC, and the report says they are 'not recommendations to the "
        "forces named in Figure 1': no force recommendations.",
        "Distractors: the Hertfordshire case study ('good practice', in Word's Intense Quote "
        "style), 'an adequate supply of trained examiners', the fire and rescue sentence "
        "('most services adequate at investigating fires'), the grading-scale annex.",
        "People: HM Chief Inspector signs the foreword (name, then title); 'Sir' is not "
        "used. No chief constable is named.",
    ]))

# z06 -- revisit letter on causes of concern (PDF), Hampshire and Isle of Wight ---------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "z06.pdf", "peel-report-2021", [F, "Thames Valley Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(INV, RI), (PVP, I)]),
    recs=[
        stmt(F, P2325, INV,
             "Within three months, the constabulary should introduce an allocation policy that "
             "matches each investigation to an investigator with the skills and accreditation "
             "it needs."),
        stmt(F, P2325, INV,
             "Within six months, the constabulary should make sure that supervisors review "
             "every investigation within seven days of allocation and then at least monthly, "
             "and that they record their reviews."),
        stmt(F, P2325, PVP,
             "Within three months, the constabulary should make sure that officers are sent to "
             "domestic abuse incidents within the times set out in its own attendance policy, "
             "and that any delay is reviewed by a supervisor."),
        stmt(F, P2325, PVP,
             "Within six months, the constabulary should increase its use of domestic violence "
             "protection notices and orders, and make sure that officers consider them in every "
             "case where they could protect a victim."),
    ],
    coc=[
        stmt(F, P2325, INV,
             "The constabulary does not allocate investigations to officers with the right "
             "skills and experience, and too many investigations are not supervised "
             "effectively. As a result, victims do not always receive the service they "
             "deserve."),
        stmt(F, P2325, PVP,
             "The constabulary does not always respond quickly enough to incidents involving "
             "vulnerable people, particularly domestic abuse incidents, and it does not "
             "consistently use the powers available to it to protect victims."),
    ],
    people=[
        person("Rhiannon Castell", "chief-constable", F, "Chief Constable"),
        person("Marcus Ellery", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Lydia Fairweather", "inspector", HF, HMI_CURLY),
        person("Harriet Osgood-Lyle", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
    notes=[
        "A revisit letter from an HMI to the chief constable. The force is named only by its "
        "newer name, 'Hampshire and Isle of Wight Constabulary' (an alias of Hampshire "
        "Constabulary in forces.csv).",
        "'we graded the constabulary as requires improvement for investigating crime and "
        "inadequate for protecting vulnerable people' -> two 2023-25 judgements.",
        "Each cause of concern is quoted in a box labelled 'Cause of concern (October 2024)'; "
        "the recommendations are in tables No. | Recommendation | Our assessment. Their "
        "question comes from the section heading ('Cause of concern 1: investigating crime'). "
        "The letter says cause of concern 1 is discharged and 2 is not; both are still stated "
        "in full, so both are facts. 'Our assessment' (Met / Partly met / Not yet met) is the "
        "inspectorate's finding, not the force's update, so has_force_update is false "
        "throughout. Unsure: a grader could read the inspectorate's account of progress as "
        "an update.",
        "Genre: no genre names a revisit letter; it is the inspectorate's own follow-up of a "
        "2023-25 PEEL report, so peel-report-2021.",
        "People: 'Chief Constable Rhiannon Castell' (address block, title first); 'Deputy "
        "Chief Constable Marcus Ellery' (qualifier deputy); the HMI signs; the PCC is copied "
        "in, name first, with the title in full. The force liaison lead is unnamed.",
        "Thames Valley Police is named as a partner in a joint unit that was 'not inspected': "
        "no inspection. 'Engage' and 'routine monitoring' are distractors.",
    ]))

# z07 -- HMICFRS report summary page (HTML), Cambridgeshire 2023-25 ----------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "z07.html", "peel-report-2021",
    [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, list(zip(AREAS8, [G, A, G, G, A, RI, G, A])))
    + grades(F, P2122, [(INV, A), (MOS, G)]),
    afis=[
        stmt(F, P2325, PREV,
             "The force should make sure that its neighbourhood teams have enough time to "
             "carry out problem-solving, and that they are not routinely taken away to respond "
             "to calls."),
        stmt(F, P2325, PVP,
             "The force should improve the quality of the initial risk assessments it carries "
             "out for victims of stalking and harassment."),
        stmt(F, P2325, PVP,
             "The force should make sure that referrals of children at risk to the "
             "multi-agency safeguarding hub are made promptly, and that their outcomes are "
             "recorded."),
        stmt(F, P2325, MOS,
             "The force should reduce the number of outstanding suspects who are wanted or "
             "circulated on the Police National Computer."),
        stmt(F, P2325, MOS,
             "The force should make sure that its management of registered sex offenders "
             "complies with national guidance, including the timeliness of risk assessments "
             "and home visits."),
        stmt(F, P2325, LFM,
             "The force should be able to show how its collaboration arrangements with "
             "neighbouring forces provide value for money."),
    ],
    people=[person("Marcus Tregenna", "inspector", HF, HMI_CURLY)],
    notes=[
        "'Our judgements' is a CSS grid of cards, each an <h3> area name and a grade; two "
        "cards add 'Previous grade (2021/22): ...', giving 2021/22 judgements for "
        "investigating crime (Adequate) and managing offenders (Good). The previous grades "
        "are on the inspectorate's own page, so their inspectorate is HMICFRS. A ninth card "
        "'Providing a service to victims of crime / Not graded' gives nothing.",
        "Areas for improvement are in a <details> accordion, one section per area, closed "
        "until the reader opens it; the gold includes them because the reader sees them on "
        "opening each section (the page says 'Open each area to see them'). Sections with "
        "'There are no areas for improvement' give nothing, and the '(2)' counts in the "
        "summaries are not statements.",
        "The key line lists all five grades; 'an adequate plan for the future' is in the "
        "HMI's prose, not a graded area; 'no causes of concern'; the fire and rescue service "
        "link ('rated good for preventing fires') is a fire inspection; cookie and "
        "consultation dates are chrome.",
        "People: the HMI is named in the observations, name then title. Bedfordshire Police "
        "and Hertfordshire Constabulary are named only as collaboration partners.",
    ]))

# z08 -- 2018/19 integrated report summary, text copy, cp1252 + CRLF, Northumbria --------
F = "Northumbria Police"
GOLDS.append(gold(
    "z08.txt", "peel-report",
    [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF), insp(F, P1819, LEG, HF),
     insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF)],
    # (maintainer: 2018/19 question grades and statements under pillar PEEL, as corpus14 r03
    # and the shared gold key them; the pillars' own grades stay under the pillars)
    grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(PC, G), (IC, G), (PV, G)])
    + grades(F, P1819, [(None, G)], EFC) + grades(F, P1819, [(UD, G), (UR, G), (PF, RI)])
    + grades(F, P1819, [(None, G)], LEG) + grades(F, P1819, [(FTP, G), (ELW, G), (FTW, O)])
    + grades(F, "2017", [(None, RI)], EFC)
    + grades(F, "2017", [(None, G)], LEG)
    + grades(F, "2017", [(SOCQ, G)], EFF),
    afis=[
        stmt(F, P1819, PV,
             "The force should make sure that its officers and staff understand the risks of "
             "child criminal exploitation, and that it shares information about these risks "
             "with partner agencies."),
        stmt(F, P1819, UR,
             "The force should evaluate the benefits of its investment in mobile technology, "
             "so that it knows whether the expected savings in officer time have been "
             "achieved."),
        stmt(F, P1819, PF,
             "The force should develop a more detailed understanding of the skills and "
             "capabilities of its workforce, so that it can plan to meet future demand."),
        stmt(F, P1819, PF,
             "The force should set out how it will fund its planned investment in the control "
             "room beyond 2021."),
        stmt(F, P1819, ELW,
             "The force should make sure that its counter-corruption unit has the capacity to "
             "assess all the intelligence it receives, and that it can monitor all of its IT "
             "systems."),
    ],
    people=[person("Howard Lindqvist", "inspector", HF, "HM Inspector of Constabulary")],
    encoding="cp1252",
    also={
        "inspections": [insp(F, P1819, "PEEL", HF)],
        "judgements": grades(F, "2017", [(None, G)], EFF)
        + grades(F, P1819, [(SOCQ, G)], EFF) + grades(F, P1819, [(SOCQ, G)])
        + grades(F, P1819, [(PC, G), (IC, G), (PV, G)], EFF) + grades(F, P1819, [(UD, G), (UR, G), (PF, RI)], EFC)
        + grades(F, P1819, [(FTP, G), (ELW, G), (FTW, O)], LEG),
        "areas_for_improvement": [
            stmt(F, P1819, PV, "The force should make sure that its officers and staff understand the risks of "
                 "child criminal exploitation, and that it shares information about these risks "
                 "with partner agencies.", pillar=EFF),
            stmt(F, P1819, UR, "The force should evaluate the benefits of its investment in mobile technology, "
                 "so that it knows whether the expected savings in officer time have been achieved.", pillar=EFC),
            stmt(F, P1819, PF, "The force should develop a more detailed understanding of the skills and "
                 "capabilities of its workforce, so that it can plan to meet future demand.", pillar=EFC),
            stmt(F, P1819, PF, "The force should set out how it will fund its planned investment in the control "
                 "room beyond 2021.", pillar=EFC),
            stmt(F, P1819, ELW, "The force should make sure that its counter-corruption unit has the capacity to "
                 "assess all the intelligence it receives, and that it can monitor all of its IT systems.",
                 pillar=LEG),
        ],
    },
    notes=[
        "Windows-1252 with CRLF line endings (curly quotes, en dashes, a pound sign, bullets "
        "\u2022). Question lines are hard-wrapped, with the grade pushed to the right margin, "
        "sometimes on the question's last line and sometimes on a line of its own.",
        "2018/19 pillar grades (dotted-leader block) are pillar judgements with period "
        "2018/19; its question grades and statements (the 2015-17 question keys) are keyed "
        "under pillar PEEL, as corpus14 r03 and the shared gold key them (a maintainer's "
        "change: the helper keyed them by pillar, now in also_acceptable); the integrated "
        "PEEL 2018/19 inspection is in also_acceptable (as corpus13 q08).",
        "Earlier grades: 'an improvement on last year\u2019s grade of requires improvement' "
        "-> 2017 Efficiency RI; 'Our judgment in the 2017 legitimacy inspection was also "
        "good' -> 2017 Legitimacy Good (a grade word is given). 'This is the same grade as "
        "last year' for effectiveness names no grade: the 2017 Effectiveness overall grade is "
        "in also_acceptable only.",
        "Serious and organised crime is shown 'Good (2017)': 'We did not inspect this "
        "question in 2018/19. The grade shown is the one we gave in our 2017 effectiveness "
        "inspection.' So it is a 2017 judgement (main), and a 2018/19 carried-over reading is "
        "in also_acceptable. Specialist capabilities is 'not graded'.",
        "The HMI's 'I have judged this to be outstanding' repeats the workforce-fairness "
        "grade. 'good practice', the annex scale and 'Not graded' are distractors. Durham "
        "and Cleveland are named as regional partners without grades. The inspectorate's "
        "name is written 'Her Majesty\u2019s' for 2019.",
    ]))

# z09 -- force inspection findings letter (DOCX), West Midlands, accelerated CoC follow-up ---
F = "West Midlands Police"
C = "City of London Police"
GOLDS.append(gold(
    "z09.docx", "peel-report-2021", [F, C], [HF],
    [insp(F, P2325, inspectorate=HF), insp(C, P2325, inspectorate=HF)],
    grades(F, P2325, [(INV, I), (PVP, RI)]) + grades(C, P2325, [(INV, G)]),
    recs=[
        stmt(F, P2325, INV,
             "The force should immediately review all open investigations that have not been "
             "reviewed by a supervisor in the last 28 days.", True),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to officers and "
             "staff with the skills and accreditation they need to investigate them.", True),
        stmt(F, P2325, INV,
             "The force should improve the quality of its investigation plans and make sure "
             "that every plan is recorded on its crime system.", False),
        stmt(F, P2325, INV,
             "The force should make sure that victims are kept updated about the progress of "
             "their investigations in line with the Code of Practice for Victims of Crime.",
             True),
        stmt(F, P2325, INV,
             "By 31 December 2025, the force should reduce the number of investigations held "
             "by each investigator in its public protection units to a level that allows every "
             "investigation to be progressed properly.", False),
    ],
    coc=[
        stmt(F, P2325, INV,
             "West Midlands Police is not investigating crime effectively. Too many "
             "investigations are allocated to officers who lack the skills to carry them out, "
             "and supervision is poor, so opportunities to gather evidence and to safeguard "
             "victims are being missed."),
    ],
    people=[
        person("Anwen Sayle", "inspector", HF, HMI_CURLY),
        person("Declan Farrow", "chief-constable", F, "Chief Constable"),
        person("Jaswinder Kaur-Bramley", "commissioner", F,
               "West Midlands Police and Crime Commissioner"),
    ],
    notes=[
        "A Word letter ('Force inspection findings: PEEL 2025 follow-up of the accelerated "
        "cause of concern'). 'PEEL 2025' is the year of the follow-up visit; the cause of "
        "concern and its recommendations belong to the PEEL 2023-25 inspection, so the "
        "period is 2023-25. 'PEEL 2025\u201329 programme' is a future round: nothing.",
        "'in it we graded the force inadequate for investigating crime and requires "
        "improvement for protecting vulnerable people' -> two 2023-25 judgements. 'City of "
        "London Police, which we graded good for investigating crime in its own PEEL "
        "2023\u201325 inspection' -> a judgement for another force in passing.",
        "The cause of concern is a paragraph in Word's 'Intense Quote' style under 'The cause "
        "of concern'. Table 1 (in a landscape section) has No. | Recommendation | Deadline | "
        "Force update (supplied by West Midlands Police, July 2025) | Our assessment. "
        "has_force_update is true where the force update cell holds the force's update "
        "(1, 2, 4); false for 3 ('\u2013') and for 5 ('Not yet requested (new "
        "recommendation).'). Recommendation 5 is a new one made in this letter; it belongs "
        "to the same cause of concern.",
        "People: the HMI's name and title head the letter and sign it; 'Chief Constable "
        "Declan Farrow' in the address block; the PCC is copied in ('Jaswinder Kaur-Bramley, "
        "West Midlands Police and Crime Commissioner', title in full). Assistant Chief "
        "Constable Harpreet Mann is not a person fact. 'Engage', the Policing Performance "
        "Oversight Group and the deadlines are distractors.",
    ]))

# z10 -- long-format CSV data download, five Eastern region forces ------------------------
D10 = {
    "Bedfordshire Police": ([A, G, RI, A, A, G, G, A], [A, G, RI, RI, A, G, A, A, G]),
    "Cambridgeshire Constabulary": ([G, A, G, G, A, RI, G, A], [G, A, G, A, A, G, G, A, G]),
    "Hertfordshire Constabulary": ([G, O, G, G, G, G, G, G], [G, O, G, G, G, G, A, G, O]),
    "Norfolk Constabulary": ([G, G, A, A, G, G, G, G], [A, G, G, A, G, G, G, G, G]),
    "Suffolk Constabulary": ([G, G, A, A, A, G, G, A], [G, G, A, G, A, G, G, G, G]),
}
P1819_10 = {"Norfolk Constabulary": [G, O, G], "Suffolk Constabulary": [RI, G, G]}
insps10, judg10, also10 = [], [], []
for f, (g25, g22) in D10.items():
    insps10 += [insp(f, P2122, inspectorate=HF), insp(f, P2325, inspectorate=HF)]
    judg10 += grades(f, P2122, list(zip(AREAS9, g22))) + grades(f, P2325, list(zip(AREAS8, g25)))
for f, gs in P1819_10.items():
    for pillar, g_ in zip((EFF, EFC, LEG), gs):
        insps10.append(insp(f, P1819, pillar, HF))
        judg10 += grades(f, P1819, [(None, g_)], pillar)
    also10.append(insp(f, P1819, "PEEL", HF))
GOLDS.append(gold(
    "z10.csv", "national-release", list(D10), [HF], insps10, judg10,
    also={"inspections": also10},
    notes=[
        "Long format: one row per force, period and area (force_name, force_id, inspection, "
        "assessment_period, area_code, area, grade, published). UTF-8 with a byte-order mark "
        "and CRLF line endings, as Excel writes it. Area names with commas are quoted.",
        "2021/22 rows use the 2021/22 area names: SPOM 'Strategic planning, organisational "
        "management and value for money' -> leadership-management; CDI 'Recording data about "
        "crime' -> crime-recording; PPT 'Engaging with and treating the public ...' -> "
        "treatment-of-public. SOC (2021/22) and VIC rows are 'Not graded': nothing.",
        "2018/19 rows for Norfolk and Suffolk are pillar rows ('Effectiveness (pillar)' ...): "
        "pillar judgements with question null; the integrated PEEL 2018/19 inspections are in "
        "also_acceptable.",
        "The last data row is a standalone 2019 crime data integrity inspection, 'Not "
        "inspected': nothing. The trailing source line names HMICFRS and lists the five "
        "grades (no fact).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
