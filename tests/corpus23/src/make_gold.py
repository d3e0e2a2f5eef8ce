"""Write gold/a01.json ... gold/a10.json for corpus23 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819, P17, P16, P15 = "2023-25", "2021/22", "2018/19", "2017", "2016", "2015"
H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2017 question keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI_CURLY = "His Majesty\u2019s Inspector of Constabulary"
HMI_STRAIGHT = "His Majesty's Inspector of Constabulary"


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

# a01 -- PEEL 2023-25 report printed to PDF, Lincolnshire Police -------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "a01.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, G),
    ]) + grades(F, P2122, [
        (PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A),
        (CDI, G),
    ]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should reduce the time that callers to its non-emergency number wait "
             "to be answered, and it should monitor how many calls are abandoned."),
        stmt(F, P2325, RESP,
             "The force should make sure that it attends priority incidents within the times "
             "it has set, and that the reasons for any delay are recorded and reviewed by a "
             "supervisor."),
        stmt(F, P2325, INV,
             "The force should make sure that, when a victim withdraws support for a "
             "prosecution, officers consider whether an evidence-led prosecution is possible "
             "and record their decision."),
        stmt(F, P2325, WORK,
             "The force should understand why officers in their first three years of service "
             "are leaving, and act on what it finds."),
    ],
    people=[
        person("Lorraine Hatherall-Pike", "inspector", HF, HMI_CURLY),
        person("Tobias Renwick", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Printed PDF of a PEEL 2023-25 report. The 'Summary of judgements' table gives each "
        "grade as the text of a coloured box in the second column. A grading key above it "
        "lists all five grades in the same coloured boxes (a distractor, no judgement).",
        "'Previous grades (PEEL 2021/22)' is a second table with the 2021/22 area names. "
        "Its header row repeats on page 3 because the table crosses the page. 'Developing a "
        "positive workplace' -> workforce; 'Good use of resources' -> leadership-management "
        "(an area name, not a grade); 'Recording data about crime' -> crime-recording. The "
        "report's 'we' is HMICFRS, so the 2021/22 inspection's inspectorate is HMICFRS.",
        "The four AFIs sit in boxed panels headed 'AREA FOR IMPROVEMENT n' (uppercase by CSS), "
        "each followed by a paragraph of explanation that is not part of the statement. The "
        "question comes from the section heading. 'We found no cause of concern' gives "
        "nothing.",
        "The 'Other areas' headings repeat the grades in small boxes (same facts). 'good "
        "practice', 'an adequate supply', 'outstanding suspects' and Lincolnshire Fire and "
        "Rescue Service are distractors. The running header 'Lincolnshire Police - PEEL "
        "2023-25 / HMICFRS' and 'Page N' come first in each page's extracted text.",
    ]))

# a02 -- accessible DOCX of a PEEL 2021/22 report, Gwent Police ---------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "a02.docx", "peel-report-2021", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, A),
        (CDI, G),
    ]),
    afis=[
        stmt(F, P2122, PPT,
             "The force should improve how it gathers and uses the views of its communities, "
             "including those whose voices are seldom heard, to improve the service it "
             "provides."),
        stmt(F, P2122, RESP,
             "The force should make sure that it gives callers appropriate advice on "
             "preserving evidence and on preventing further crime."),
        stmt(F, P2122, INV,
             "The force should improve the quality of its investigations by making sure that: "
             "investigation plans are recorded for every investigation; supervisors review "
             "investigations at regular intervals; and victims are kept updated about the "
             "progress of their case."),
        stmt(F, P2122, PVP,
             "The force should make sure that it applies for domestic violence protection "
             "notices and orders in all suitable cases."),
        stmt(F, P2122, PVP,
             "The force should make sure that officers use body-worn video at all domestic "
             "abuse incidents they attend."),
        stmt(F, P2122, WORK,
             "The force should make sure that its wellbeing services are well publicised and "
             "that supervisors know how to refer officers and staff to them."),
        stmt(F, P2122, LFM,
             "The force should make sure it understands the demand it faces, including hidden "
             "demand, so that it can plan how to use its resources."),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "By 31 March 2023, the force should make sure that it has enough trained call "
             "handlers on duty to answer emergency and non-emergency calls within national "
             "and local targets."),
        stmt(F, P2122, RESP,
             "By 31 March 2023, the force should make sure that call handlers use a "
             "structured risk assessment for every call and record the result."),
        stmt(F, P2122, RESP,
             "By 31 March 2023, the force should make sure that control room supervisors "
             "review calls that are waiting for attendance, so that the response changes if "
             "the risk to the caller changes."),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "Gwent Police doesn't answer emergency and non-emergency calls quickly enough, "
             "and it doesn't always assess the risk to callers. This means that some people "
             "who are vulnerable may not get the help they need when they need it."),
    ],
    people=[
        person("Siân Trevelyan", "inspector", HF, HMI_STRAIGHT),
        person("Aled Brannigan", "chief-constable", F, "Chief Constable"),
        person("Mererid Hollis", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "Accessible Word version. Each area is a Heading 1, and its grade is a one-row "
        "table 'Grade | <grade>' directly under it. 'Not graded' (victims) and 'Not graded "
        "in this report' (serious organised crime, inspected regionally) give nothing. "
        "Area names are the 2021/22 ones: 'Developing a positive workplace' -> workforce, "
        "'Good use of resources' -> leadership-management (a name, not a grade), 'Recording "
        "data about crime' -> crime-recording.",
        "The cause of concern is a bordered, shaded single-cell table whose first paragraph "
        "is the label 'Cause of concern'; the statement is the cell's second paragraph. The "
        "three 'By 31 March 2023' recommendations are a Word 'List Number' list under a "
        "'Recommendations' heading; they belong to responding to the public.",
        "AFIs are Word 'List Bullet' paragraphs under 'Areas for improvement' (Heading 2). "
        "The investigating-crime AFI is a bulleted lead-in ending 'making sure that:' with "
        "three 'List Bullet 2' sub-bullets: one statement, sub-bullets joined with spaces.",
        "The contents list and the grade-scale sentence give nothing. South Wales Police and "
        "Dyfed-Powys Police are named only as partners in a joint firearms unit. 'Heddlu "
        "Gwent' appears only in the Word header, which is not body text.",
        "People: 'Chief Constable Aled Brannigan' (title first); 'Mererid Hollis, the Police "
        "and Crime Commissioner for Gwent' (name first, title kept in full); the HMI signs "
        "on two paragraphs, with a straight apostrophe as Word keeps it here.",
    ]))

# a03 -- two-column PDF, PEEL legitimacy 2017, Hertfordshire Constabulary ----------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "a03.pdf", "peel-report", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF, H],
    [insp(F, P17, LEG, HF), insp(F, P16, LEG, H)],
    grades(F, P17, [(None, G), (FTP, G), (ELW, G), (FTW, RI)], pillar=LEG)
    + grades(F, P16, [(None, RI)], pillar=LEG),
    afis=[
        stmt(F, P17, FTP,
             "The constabulary should improve how it analyses the data it records on the use "
             "of force by its officers, so that it can identify and explain any "
             "disproportionality.", pillar=LEG),
        stmt(F, P17, ELW,
             "The constabulary should make sure that all officers and staff hold the level of "
             "vetting that their role requires, and it should clear its remaining backlog of "
             "vetting renewals.", pillar=LEG),
        stmt(F, P17, FTW,
             "The constabulary should improve the way it identifies officers and staff whose "
             "wellbeing is at risk, and it should make sure supervisors know how to support "
             "them.", pillar=LEG),
        stmt(F, P17, FTW,
             "The constabulary should make sure that its performance assessment process is "
             "applied consistently, and that the workforce sees it as fair and useful.",
             pillar=LEG),
    ],
    people=[
        person("Miriam Okonjo-Hart", "inspector", HF, "HM Inspector of Constabulary"),
        person("Dominic Ashcombe", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Two-column layout (CSS columns) with a side box. The overall 2017 judgement 'Good' "
        "is only in the side box ('Overall judgement / Good'), which pypdf extracts after "
        "the whole first page of column text; 'We now judge it to be good at treating the "
        "public and its workforce legitimately' repeats it.",
        "Question grades are only in prose: 'is good at treating all of the people it serves "
        "with fairness and respect', 'is good at making sure that its workforce behaves "
        "ethically and lawfully', 'requires improvement in the way it treats its own "
        "workforce with fairness and respect'. The question headings carry no grade.",
        "2016: 'In HMIC's 2016 legitimacy inspection the constabulary was judged to require "
        "improvement', and the side box says 'Last year / Requires improvement'. The "
        "document names HMIC for it, so its inspectorate is HMIC; the 2017 report is "
        "HMICFRS's. Both inspectorates are named ('On 19 July 2017 HMIC ... became "
        "HMICFRS').",
        "The side box's grading scale lists four grades (distractor). The 2016 national "
        "recommendation to 'all forces' on abuse of position is not a force fact. "
        "Bedfordshire Police and Cambridgeshire Constabulary are named only as partners.",
        "The AFI boxes are kept whole (break-inside: avoid) but one of them moves to page 2; "
        "each AFI wraps over four or five short column lines.",
    ]))

# a04 -- HMIC PEEL efficiency 2016 PDF with contents page and summary table, Notts ----------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "a04.pdf", "peel-report",
    [F, "Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
     "Northamptonshire Police"], [H],
    [insp(F, P16, EFFIC, H), insp(F, P15, EFFIC, H)],
    grades(F, P16, [(None, G), (UD, G), (UR, G), (PF, RI)], pillar=EFFIC)
    + grades(F, P15, [(None, RI), (UD, G), (UR, RI), (PF, RI)], pillar=EFFIC),
    afis=[
        stmt(F, P16, UD,
             "The force should complete its analysis of hidden demand, so that it understands "
             "the likely scale of crimes that are under-reported, such as modern slavery and "
             "child sexual exploitation.", pillar=EFFIC),
        stmt(F, P16, UR,
             "The force should extend its skills database to police staff and volunteers, so "
             "that it can deploy its whole workforce where it is most needed.", pillar=EFFIC),
        stmt(F, P16, PF,
             "The force should develop a detailed plan that shows how its future workforce "
             "will meet the demand it expects, and how the changes will be paid for.",
             pillar=EFFIC),
        stmt(F, P16, PF,
             "The force should make sure that its proposals to share more services with other "
             "forces are supported by a clear assessment of their costs and benefits.",
             pillar=EFFIC),
    ],
    people=[
        person("Philippa Lindqvist", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Page 2 is a contents page listing the overall question and the three questions with "
        "dotted leaders and page numbers, and no grades. Page 3 has a 'How we grade' box "
        "with the four-grade scale and definitions: a distractor.",
        "The Summary page has a table with one column per question ('Overall efficiency | "
        "Understanding demand | Use of resources | Planning for the future') and one row per "
        "year. The 2016 row gives this inspection's grades; the 2015 row gives the grades "
        "from 'HMIC's 2015 efficiency inspection', so 2015 is an HMIC inspection too. The "
        "prose 'good at keeping people safe and reducing crime efficiently, an improvement "
        "on last year' repeats the 2016 overall grade.",
        "The East Midlands forces are named only as collaboration partners. 'good value', "
        "'a good understanding' and 'a good record' are distractors.",
    ]))

# a05 -- force communications staff "Spotlight" handout (DOCX), Merseyside Police ---------
F = "Merseyside Police"
GOLDS.append(gold(
    "a05.docx", "response-record",
    [F, "Cheshire Constabulary", "Lancashire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, O), (WORK, G), (LFM, G),
    ]) + grades(F, P2122, [
        (PPT, A), (PREV, O), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, A),
        (CDI, G),
    ]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that call handlers consistently use its structured "
             "assessment model to identify the risk to callers, and that they record the "
             "result.", True),
        stmt(F, P2325, RESP,
             "The force should reduce the number of calls to its non-emergency number that "
             "are abandoned before they are answered.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers seek the voice of the child and record "
             "it when they attend domestic abuse incidents where children are present.", True),
    ],
    people=[
        person("Rowan Ashby-Kerr", "chief-constable", F, "Chief Constable"),
        person("Joanne Okafor-Reid", "commissioner", F, "Police and Crime Commissioner"),
        person("Callum Aspinall", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A force's internal staff briefing, not an inspectorate document. Genre: "
        "response-record, because it gives the force's action on each AFI; press-release "
        "would also be arguable (unsure).",
        "The table 'Area | 2021/22 | 2023-25 | Direction of travel' puts the 2021/22 grades "
        "against the 2023-25 area names (the caption says so). The last column holds only "
        "arrows. 'Crime data integrity: Good | Not inspected' gives a 2021/22 crime-recording "
        "grade and no 2023-25 one. The 2021/22 inspection is HMICFRS's: the briefing is about "
        "'the last two PEEL inspections' and names only HMICFRS as inspector.",
        "The foreword's 'judged us outstanding for preventing crime and for managing "
        "offenders and suspects', 'We are good in five more areas' (no areas named) and "
        "'We are adequate at responding to the public' repeat the table.",
        "The three AFIs are quoted in a table 'Area | What HMICFRS said | What we are "
        "doing'; the third column is the force's action, so has_force_update is true for "
        "all three. 'did not identify any cause of concern' gives nothing.",
        "People: the Chief Constable signs the foreword on two lines ('Rowan Ashby-Kerr' / "
        "'Chief Constable'). 'The Police and Crime Commissioner, Joanne Okafor-Reid' (title "
        "first, so the title is the office). 'Deputy Chief Constable Callum Aspinall' -> "
        "deputy. Assistant Chief Constable Fiona Delacroix-Hume is not a person fact; "
        "Merseyside Fire and Rescue Service's chief fire officer is unnamed.",
        "Cheshire Constabulary and Lancashire Constabulary are named only as visitors. "
        "'innovative practice', 'good practice' and 'a model for other forces' add nothing. "
        "The Word header and footer (not body text) also name the force.",
    ]))

# a06 -- the inspectorate's web page of a PEEL 2023-25 report (HTML), Cambridgeshire -------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "a06.html", "peel-report-2021",
    [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A),
    ]) + grades(F, P2122, [(INV, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it gives callers accurate information about "
             "when they can expect the police to arrive, and that it contacts them if the "
             "time changes."),
        stmt(F, P2325, INV,
             "The force should make sure that it records whether a victim wants to support a "
             "prosecution and, where they do not, the reasons for their decision."),
        stmt(F, P2325, PVP,
             "The force should make sure that officers consider applying for a stalking "
             "protection order in every suitable case."),
        stmt(F, P2325, PVP,
             "The force should improve the way it shares information with partner agencies "
             "about children who go missing from home repeatedly."),
        stmt(F, P2325, LFM,
             "The force should make sure that its workforce plan sets out how many "
             "investigators it needs, and how it will recruit, train and keep them."),
    ],
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that investigations are allocated "
             "to officers and staff who have the skills, experience and capacity to "
             "investigate them effectively."),
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that supervisors review "
             "investigations at regular intervals, set out the next lines of enquiry and "
             "record their review."),
    ],
    coc=[
        stmt(F, P2325, INV,
             "Cambridgeshire Constabulary doesn\u2019t always carry out effective "
             "investigations. Many are not supervised well enough, and some are closed before "
             "all reasonable lines of enquiry have been followed, which means that victims may "
             "not get the outcome they deserve."),
    ],
    people=[
        person("Gareth Mountjoy", "inspector", HF, HMI_CURLY),
        person("Nadia Pemberton-Clay", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The full report as the inspectorate's website shows it: cookie banner, site header, "
        "breadcrumbs, a sticky contents list (no grades), and each area an <h2> with a grade "
        "badge <span class=\"grade ...\"> inside the heading ('Investigating crime Requires "
        "improvement' once tags are stripped). Victims has no badge and is not graded.",
        "2021/22: 'In our 2021/22 inspection we graded the force as adequate at "
        "investigating crime' -> a 2021/22 judgement (HMICFRS: 'our').",
        "AFIs are in 'What the force should do' boxes, each with a bold 'Area for "
        "improvement' label (one box holds a <ul> of two). The cause of concern and its two "
        "recommendations are in a separate bordered box in the investigating section.",
        "Distractors: the five-grade scale sentence, 'Innovative practice', 'an adequate "
        "understanding', the cookie notice date, the related content links to the 2023-25 "
        "reports on Bedfordshire Police and Hertfordshire Constabulary (named, no grade) and "
        "to Cambridgeshire Fire and Rescue Service.",
        "The HMI's title comes from &rsquo;, so it has a curly apostrophe.",
    ]))

# a07 -- pdftotext -layout copy of an HMIC effectiveness 2016 report (cp1252), Bedfordshire --
F = "Bedfordshire Police"
GOLDS.append(gold(
    "a07.txt", "peel-report",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, P16, EFF, H)],
    grades(F, P16, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF),
    afis=[
        stmt(F, P16, PVP,
             "The force should improve how it identifies repeat and vulnerable victims of "
             "anti-social behaviour.", pillar=EFF),
        stmt(F, P16, PVP,
             "The force should make sure that officers understand and use the full range of "
             "legal powers available to protect victims of domestic abuse.", pillar=EFF),
        stmt(F, P16, INV,
             "The force should reduce the time it takes to examine digital devices, so that "
             "investigations are not delayed.", pillar=EFF),
        stmt(F, P16, INV,
             "The force should ensure that all investigations are subject to regular and "
             "effective supervision.", pillar=EFF),
        stmt(F, P16, SOC,
             "The force should develop a better understanding of the threat from serious and "
             "organised crime in its communities, including from gangs and county lines.",
             pillar=EFF),
    ],
    recs=[
        stmt(F, P16, PVP,
             "To address this cause of concern, the force should immediately: ensure that "
             "call handlers and attending officers identify vulnerability and record a risk "
             "assessment at the first point of contact; ensure that referrals to the "
             "multi-agency safeguarding hub are made and reviewed within the timescales it "
             "has agreed with partner agencies; and review its arrangements for supervising "
             "domestic abuse investigations, so that safeguarding is put in place without "
             "delay.", pillar=EFF),
    ],
    coc=[
        stmt(F, P16, PVP,
             "Bedfordshire Police does not consistently identify vulnerable victims when they "
             "first contact the force, and it does not always assess the risk they face. As a "
             "result, some victims, including victims of domestic abuse, are not safeguarded "
             "quickly enough.", pillar=EFF),
    ],
    people=[
        person("Gareth Ellingham", "inspector", H, "HM Inspector of Constabulary"),
    ],
    encoding="cp1252",
    also={
        "inspections": [insp(F, P15, EFF, None)],
        "judgements": grades(F, P15, [(None, RI)], pillar=EFF),
    },
    notes=[
        "Imitates `pdftotext -layout` output saved in Windows-1252: fixed-width columns, a "
        "running header 'PEEL: Police effectiveness 2016 - Bedfordshire Police ... HMIC' on "
        "each page, a page number at the foot, form feeds (0x0C) between pages, and words "
        "hyphenated across lines in prose ('commu-/nities', 'safe-/guarding', 'vulner-/able', "
        "'effec-/tive', 'im-/provement').",
        "The overall grade is in a right-hand column split over two lines ('Requires' / "
        "'improvement') beside a question that also wraps. The question grades are a table "
        "with dotted leaders; each question wraps onto a second line that holds the leaders "
        "and the grade, and the protecting-vulnerable question is hyphenated ('vulner-' / "
        "'able'). Specialist capabilities is 'Ungraded'. The prose summary repeats the "
        "grades.",
        "'This is the same judgement that we made in 2015' names no grade word for 2015, so "
        "the 2015 judgement and inspection are in also_acceptable only.",
        "The cause of concern is followed by 'Recommendations': a lead-in 'To address this "
        "cause of concern, the force should immediately:' and three bullets. Lead-in plus "
        "bullets is one statement, joined with single spaces. AFIs use '\u2022' (0x95 in "
        "cp1252) bullets with hanging indents; the question comes from the section heading.",
        "Hertfordshire and Cambridgeshire are named only as collaboration partners. 'made "
        "good use of its limited resources' is a distractor.",
    ]))

# a08 -- HMI's revisit letter to a chief constable (PDF), Thames Valley Police ------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "a08.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(INV, RI)]),
    recs=[
        stmt(F, P2122, INV,
             "Within six months, the force should make sure that it has enough trained "
             "investigators to meet demand, and that investigations are allocated according "
             "to their complexity and risk.", True),
        stmt(F, P2122, INV,
             "Within six months, the force should make sure that supervisors review "
             "investigations regularly, and that each review sets clear and achievable "
             "actions.", True),
        stmt(F, P2122, INV,
             "Within six months, the force should make sure that it records the reasons when "
             "a victim does not support an investigation, and that it considers whether an "
             "evidence-led prosecution is possible.", True),
    ],
    coc=[
        stmt(F, P2122, INV,
             "Thames Valley Police doesn\u2019t always investigate crime effectively. "
             "Investigations are not always allocated to officers with the right skills, "
             "supervision is inconsistent, and victims are often not kept informed, so too "
             "many investigations end without a satisfactory outcome."),
    ],
    people=[
        person("Jemima Ravensworth", "inspector", HF, HMI_CURLY),
        person("Imogen Strathairn", "chief-constable", F, "Chief Constable"),
        person("Hugo Fairbanks-Lane", "commissioner", F,
               "Police and Crime Commissioner for Thames Valley"),
    ],
    notes=[
        "A letter from an HMI to a chief constable, on letterhead, about the revisit of a "
        "PEEL 2021/22 cause of concern. No genre fits a letter; peel-report-2021 because it "
        "is the inspectorate's own account of a 2021/22 inspection (unsure).",
        "'we graded the force as requires improvement at investigating crime' -> a 2021/22 "
        "judgement. The cause of concern and the three numbered recommendations are quoted "
        "in a box 'as they appeared in the report'.",
        "has_force_update: each recommendation has its own section with 'The force's "
        "update:' followed by 'Our assessment:', so all three are true. The cause of concern "
        "has no update of its own (the conclusion is the HMI's assessment that it is "
        "closed), so it is false.",
        "People: 'Chief Constable Imogen Strathairn' (address block; 'Dear Imogen'), the "
        "HMI in the signature block (her name appears twice, as a script signature and "
        "typed), and the PCC named only in the cc line ('Hugo Fairbanks-Lane, Police and "
        "Crime Commissioner for Thames Valley').",
        "Trap: 'Assistant Chief Constable Ravi Sondhi' is split by the page break, so the "
        "extracted text reads '... among them Assistant / Page 2 of 3 / Chief Constable Ravi "
        "Sondhi'. He is an ACC and not a person fact.",
        "The 2021/22 areas for improvement and the PEEL 2023-25 inspection are mentioned "
        "without text or grade: nothing.",
    ]))

# a09 -- Word extract of a PEEL 2018/19 report, Suffolk Constabulary ----------------------
F = "Suffolk Constabulary"
Q1819 = [(EFF, PREV, G), (EFF, INV, RI), (EFF, PVP, G), (EFFIC, UR, G), (EFFIC, PF, G),
         (LEG, FTP, G), (LEG, ELW, G), (LEG, FTW, O)]
GOLDS.append(gold(
    "a09.docx", "peel-report", [F, "Norfolk Constabulary"], [HF],
    [insp(F, P1819, "PEEL", HF), insp(F, P1819, EFF, HF), insp(F, P1819, EFFIC, HF),
     insp(F, P1819, LEG, HF), insp(F, P17, EFF, HF), insp(F, P17, EFFIC, HF),
     insp(F, P17, LEG, HF)],
    grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFFIC)
    + grades(F, P1819, [(None, G)], LEG)
    # (maintainer: 2018/19 question grades and statements keyed PEEL, this project's
    # convention as in corpus14 r03 and corpus21 z08; the pillar forms are also acceptable)
    + [j for p, q, g in Q1819 for j in grades(F, P1819, [(q, g)], "PEEL")]
    + grades(F, P17, [(None, G), (SOC, G)], EFF) + grades(F, P17, [(None, RI), (PF, RI)], EFFIC)
    + grades(F, P17, [(None, G)], LEG),
    afis=[
        stmt(F, P1819, INV,
             "The constabulary should make sure that it has enough trained investigators to "
             "deal with the crimes it investigates, including complex cases."),
        stmt(F, P1819, INV,
             "The constabulary should make sure that the victim's wishes are recorded when a "
             "victim does not support, or withdraws support for, an investigation."),
        stmt(F, P1819, UR,
             "The constabulary should better understand the skills of its workforce, "
             "including police staff, so that it can identify gaps in capability."),
        stmt(F, P1819, ELW,
             "The constabulary should make sure that it complies with all the requirements of "
             "the national vetting guidance, including the renewal of vetting for staff in "
             "designated posts."),
    ],
    people=[
        person("Hester Kingsmill", "inspector", HF, "HM Inspector of Constabulary"),
        person("Declan Morrow-Vance", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, P1819, [(SOC, G)], EFF)
        + [j for p, q, g in Q1819 for j in grades(F, P1819, [(q, g)], p)],
    },
    notes=[
        "PEEL 2018/19 was an integrated assessment (pillar PEEL), but this report grades each "
        "pillar. The three-row table 'Pillar | 2018/19 judgement | Last inspection (2017)' "
        "gives pillar judgements for 2018/19 and for 2017, so the gold holds 2018/19 and "
        "2017 inspections for each pillar besides the PEEL 2018/19 inspection the document is "
        "about. 2017 inspections are HMICFRS's ('our 2017 effectiveness inspection'; the "
        "report is HMICFRS's).",
        "Question grades are 'Question: Grade' Word bullets under each pillar heading, with "
        "the 2018/19 question names: 'Meeting current demands and using resources' -> "
        "using-resources; 'Treating the public fairly' -> fair-treatment-public; 'Ensuring "
        "ethical and lawful workforce behaviour' -> ethical-lawful-workforce; 'Treating the "
        "workforce fairly' -> fair-treatment-workforce. The helper keyed them by the pillar of "
        "the heading; the maintainer keys them, and the AFIs, under PEEL 2018/19 (this "
        "project's convention, as in corpus14 r03 and corpus21 z08), with the pillar forms "
        "of the grades in also_acceptable.",
        "'Tackling serious and organised crime: Good*' -- the footnote says the question was "
        "not inspected in 2018/19 and the grade is the 2017 one: a 2017 Effectiveness "
        "judgement; the 2018/19 reading is in also_acceptable. 'Specialist capabilities: "
        "not inspected this year' gives nothing.",
        "'In 2017 we judged the constabulary as requires improvement at planning for the "
        "future' -> a 2017 Efficiency question judgement.",
        "AFIs are Word 'List Number' paragraphs under 'Areas for improvement' for each "
        "pillar, with no question heading; the question is taken from the content "
        "(investigators and victims' wishes -> investigating-crime; workforce skills -> "
        "using-resources; vetting -> ethical-lawful-workforce).",
        "'Its legitimacy remains good' repeats the table. 'good practice' is a distractor. "
        "Norfolk Constabulary is a partner. People: 'Hester Kingsmill, HM Inspector of "
        "Constabulary'; 'The Chief Constable, Declan Morrow-Vance' (title first). The PCC "
        "is unnamed.",
    ]))

# a10 -- national overview page (Markdown, CRLF), several forces, PEEL 2023-25 ------------
CA, DU, KE, LI = "Cambridgeshire Constabulary", "Durham Constabulary", "Kent Police", "Lincolnshire Police"
ME, NW, GL = "Merseyside Police", "North Wales Police", "Gloucestershire Constabulary"
COLS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
TABLE = {
    CA: [G, G, A, RI, A, G, G, A],
    DU: [O, G, G, G, A, G, G, G],
    KE: [A, G, RI, RI, A, G, A, A],
    LI: [G, A, RI, A, G, G, A, G],
    ME: [G, O, A, G, G, O, G, G],
    NW: [G, A, G, A, A, G, G, A],
}
GOLDS.append(gold(
    "a10.md", "national-release", [CA, DU, KE, LI, ME, NW, GL], [HF],
    [insp(f, P2325, inspectorate=HF) for f in (CA, DU, KE, LI, ME, NW, GL)]
    + [insp(KE, P2122, inspectorate=HF), insp(CA, P2122, inspectorate=HF)],
    [j for f, gs in TABLE.items() for j in grades(f, P2325, list(zip(COLS, gs)))]
    + grades(GL, P2325, [(RESP, I)]) + grades(KE, P2122, [(INV, RI)])
    + grades(CA, P2122, [(INV, A)]),
    people=[
        person("Philippa Roskell", "inspector", HF,
               "His Majesty's Chief Inspector of Constabulary"),
    ],
    notes=[
        "A national overview page exported as Markdown with Windows (CRLF) line endings: "
        "front matter, a breadcrumb, a blockquote, and a pipe table with one row per force "
        "and one column per 2023-25 area (headers shortened: 'Preventing crime', 'Managing "
        "offenders', 'Workforce' with a footnote giving the full name).",
        "Prose adds Gloucestershire Constabulary's 2023-25 responding grade (inadequate), "
        "Kent's 2021/22 investigating grade ('in both 2021/22 and 2023-25') and "
        "Cambridgeshire's 2021/22 one ('fell from adequate in 2021/22 to requires "
        "improvement'). The other prose grades repeat the table.",
        "Counts with no force named ('eleven have been graded outstanding', 'nine forces have "
        "been graded requires improvement or inadequate') give nothing, nor does the "
        "mention of Engage or of a cause of concern with no text.",
        "The three 'National recommendations' are addressed to all chief constables, the "
        "NPCC and the College of Policing, and the page says they are 'not recommendations "
        "to any individual force': not force facts.",
        "People: 'Philippa Roskell, His Majesty's Chief Inspector of Constabulary' (straight "
        "apostrophe in this file). 'good practice' and the fire and rescue link are "
        "distractors.",
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
