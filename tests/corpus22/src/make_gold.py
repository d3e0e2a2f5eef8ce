"""Write gold/f01.json ... gold/f10.json for corpus22 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI = "His Majesty's Inspector of Constabulary"
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def eight(force, period, gs):
    return grades(force, period, list(zip(AREAS8, gs)))


def stmt(force, period, question, text, update, pillar="PEEL"):
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

# f01 -- Dorset PCC section 55 response (DOCX) -----------------------------------------------
F = "Dorset Police"
GOLDS.append(gold(
    "f01.docx", "response-record", [F], [HF], [insp(F, P2325)],
    eight(F, P2325, [G, G, A, RI, A, G, G, A]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigation plans are recorded and "
             "reviewed by supervisors, so that lines of enquiry are completed without delay.", True),
        stmt(F, P2325, INV, "The force should improve how it keeps victims informed about the "
             "progress of their investigations and records their wishes when an investigation is "
             "closed.", True),
        stmt(F, P2325, RESP, "The force should reduce the time it takes to answer non-emergency "
             "calls, including calls that are transferred from its online reporting service.", True),
        stmt(F, P2325, PVP, "The force should make sure that officers complete a risk assessment "
             "with every victim of stalking or harassment, and that the assessment is reviewed by "
             "a supervisor.", True),
        stmt(F, P2325, PVP, "The force should improve its use of domestic violence protection "
             "notices and orders to safeguard victims.", True),
        stmt(F, P2325, LFM, "The force should make sure it has an accurate understanding of the "
             "demand on its public contact centre, so that it can plan its workforce to meet that "
             "demand.", False),
        stmt(F, P2325, WORK, "The force should make sure that it monitors the wellbeing of "
             "officers and staff in its investigation teams and that they can get support quickly "
             "when they need it.", True),
    ],
    people=[
        person("Rosalind Ashworth-Pike", "commissioner", F, "Police and Crime Commissioner for Dorset"),
        person("Tobias Wrenfield", "chief-constable", F, "Chief Constable"),
        person("Imogen Tarrant", "inspector", HF, HMI),
    ],
    notes=[
        "One two-column table per area for improvement: the header row names the area ('Area "
        "for improvement n \u2013 Investigating crime') and 'Force position'. In the body row the "
        "FIRST paragraph of the left cell is the statement; any further paragraphs are the "
        "PCC's commentary and are not part of it. The right cell is the force's answer.",
        "AFI 6 (leadership): the Force position cell is only '\u2014' and the PCC's commentary "
        "says the force has not yet given its position, so has_force_update is false.",
        "The national recommendation 'By 31 March 2025, chief constables should ...' sits in a "
        "table of the same shape, but it is addressed to every force and was not made in the "
        "PEEL report: not a force recommendation. 'innovative practice' and the five-point "
        "scale sentence give nothing. 'no cause of concern' gives nothing.",
        "People: the byline 'Rosalind Ashworth-Pike, Police and Crime Commissioner for Dorset' "
        "(name first, title kept in full); 'Chief Constable Tobias Wrenfield' and 'His "
        "Majesty's Inspector of Constabulary Imogen Tarrant' (title first). Assistant Chief "
        "Constable Rhys Kennard (inside a Force position cell) is not a person fact. The Word "
        "header ('OFFICIAL') and footer are not body text.",
    ]))

# f02 -- Lancashire police and crime panel paper with RAG tracker (PDF) -----------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "f02.pdf", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    eight(F, P2325, [G, O, G, A, RI, G, G, G]),
    afis=[
        stmt(F, P2325, None, "The constabulary should make sure that digital devices seized as "
             "evidence are examined promptly, and reduce the number of devices waiting to be "
             "examined.", True),
        stmt(F, P2325, None, "The constabulary should make sure that officers consider applying "
             "for a stalking protection order in every case where one could protect the victim.", True),
        stmt(F, P2325, None, "The constabulary should improve how officers record the reasons for "
             "using force, including when they have not switched on their body-worn video.", True),
        stmt(F, P2325, None, "The constabulary should make sure that call handlers can identify "
             "people who repeatedly call it, so that their needs are understood and met.", True),
        stmt(F, P2325, None, "The constabulary should make sure that it evaluates its crime "
             "prevention initiatives so that it knows which of them work.", False),
        stmt(F, P2122, None, "The constabulary should improve the accuracy of its crime recording "
             "when anti-social behaviour incidents that should be recorded as crimes are "
             "reported.", True),
    ],
    recs=[
        stmt(F, P2325, None, "Within six months, the constabulary should make sure that every "
             "report of a missing child is risk assessed by a trained supervisor, and that return "
             "home interviews are completed and their findings shared with partners.", True),
        stmt(F, P2325, None, "Within six months, the constabulary should improve the quality of "
             "its child exploitation screening, so that the risk to each child is understood and "
             "recorded.", True),
    ],
    coc=[
        stmt(F, P2325, None, "The constabulary does not always identify children who are at risk "
             "of exploitation, and it does not make sure that they are safeguarded quickly "
             "enough.", True),
    ],
    people=[
        person("Harold Bexwell", "commissioner", F, "Police and Crime Commissioner"),
        person("Delphine Okafor", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A panel paper printed to PDF (A4, 3 pages) with @page running header and 'Page n of N' "
        "footer. Appendix A starts on page 2 and its header row is repeated on page 3. The kind "
        "of each tracker row is given only by its Type cell ('Cause of concern (PEEL 2023\u201325)', "
        "'Recommendation (PEEL 2023\u201325)', 'Area for improvement (PEEL 2023\u201325)', 'Area "
        "for improvement (PEEL 2021/22, carried forward)', 'National recommendation (all "
        "forces)').",
        "The tracker names no area for any row, so question is null throughout (GOLD-FORMAT: "
        "'null where none fits'). Paragraph 3.3 says only that the cause of concern is 'about "
        "the protection of children at risk of exploitation'; protecting-vulnerable would be a "
        "fair inference for the cause of concern and its two recommendations.",
        "has_force_update is true for every row with a Progress update, false for AFI5 ('No "
        "update received for this period.').",
        "The 2021/22 carried-forward AFI gives a 2021/22 inspection with no grade. The national "
        "row N1 is addressed to all chief constables and is not a PEEL finding (3.4 says so). "
        "The Panel's own 'recommended to note' is not an inspection recommendation. The RAG key, "
        "the 2025/26 budget and 'innovative practice' are distractors.",
        "People: 'Police and Crime Commissioner Harold Bexwell', 'Chief Constable Delphine "
        "Okafor' (title first). The contact officer and the leads are unnamed posts.",
    ]))

# f03 -- Cumbria PFCC page with accordions (HTML) ---------------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "f03.html", "response-record", [F], [HF], [insp(F, P2122)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, I), (PVP, A), (MOS, A),
                      (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, INV, "The constabulary should make sure that it records the rationale when "
             "it decides not to investigate a crime further.", False),
        stmt(F, P2122, INV, "The constabulary should improve how it uses out-of-court disposals, "
             "so that they are used only when appropriate and in line with the victim's wishes.", False),
    ],
    recs=[
        stmt(F, P2122, INV, "Within six months, the constabulary should make sure that supervisors "
             "review every investigation at regular intervals, and that each review is recorded "
             "and gives clear direction to the investigator.", True),
        stmt(F, P2122, INV, "Within six months, the constabulary should make sure that victims are "
             "updated about their investigation in line with the Code of Practice for Victims of "
             "Crime, and that each update is recorded.", True),
        stmt(F, P2122, INV, "Within six months, the constabulary should make sure it has enough "
             "trained detectives to investigate serious and complex crime, and that their "
             "workloads are manageable.", True),
        stmt(F, P2122, INV, "Within six months, the constabulary should make sure that "
             "investigators have access to the digital forensic capability they need, so that "
             "evidence from mobile phones and computers is examined without delay.", False),
    ],
    coc=[
        stmt(F, P2122, INV, "The constabulary is not investigating crime well enough. Too many "
             "investigations are not supervised effectively, and victims are not kept updated "
             "about their cases.", True),
    ],
    people=[
        person("Ruth Cadwallader-Stone", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Anand Sethuraman", "chief-constable", F, "Chief Constable"),
        person("Bethan Rowe", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "One <details> accordion per statement, each with a 'Chief Constable's update' label. "
        "Recommendation 4's update section says the update 'was not available at the time of "
        "publication', so has_force_update is false. The cause of concern's own accordion has an "
        "update (true).",
        "The accordion 'National recommendation: police response to violence against women and "
        "girls' is addressed to all chief constables and 'was not part of the PEEL report': not a "
        "force recommendation, although it has the same shape and an update.",
        "The two areas for improvement are separate full-sentence bullets after an editorial "
        "lead-in ('Two of them relate to the cause of concern:'); the lead-in is not part of "
        "either statement. The page says they relate to the cause of concern, so their question "
        "is investigating-crime; they have no update on this page (false).",
        "Grades are in the 'At a glance' sidebar with the 2021/22 area names: 'Good use of "
        "resources: adequate' is leadership-management Adequate (its 'Good' is part of the "
        "name); 'Developing a positive workplace' -> workforce; 'Recording data about crime' -> "
        "crime-recording; 'Treatment of the public' -> treatment-of-public. Victim service 'is "
        "not graded'. The fire service link ('judged good at preventing fires') is not a police "
        "judgement.",
        "People: 'Police, Fire and Crime Commissioner Ruth Cadwallader-Stone', 'Chief Constable "
        "Anand Sethuraman', 'Deputy Chief Constable Bethan Rowe' (inside an update).",
    ]))

# f04 -- Cleveland letter from the Temporary Chief Constable to the PCC (DOCX) ----------------
F = "Cleveland Police"
GOLDS.append(gold(
    "f04.docx", "response-record", [F, "Durham Constabulary"], [HF], [insp(F, P2325)],
    grades(F, P2325, [(INV, I), (RESP, RI), (PVP, RI), (LFM, RI), (PREV, G), (PPT, A),
                      (MOS, A), (WORK, A)]),
    recs=[
        stmt(F, P2325, INV, "The force should make sure that every investigation has a plan that "
             "is set and reviewed by a supervisor, with clear actions for the investigator.", True),
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated to "
             "officers and staff who have the training and experience to carry them out.", True),
        stmt(F, P2325, INV, "The force should understand why victims withdraw their support for "
             "investigations, and act on what it finds.", True),
        stmt(F, P2325, PVP, "The force should make sure that high-risk domestic abuse incidents "
             "are attended within its target times and that the risk to the victim is reassessed "
             "on arrival.", True),
        stmt(F, P2325, PVP, "The force should make sure that it reviews the effectiveness of its "
             "multi-agency arrangements for victims of domestic abuse who are at high risk, "
             "together with its partners.", False),
    ],
    coc=[
        stmt(F, P2325, INV, "Cleveland Police does not investigate crime to a consistently good "
             "standard. Too many investigations lack a plan and effective supervision, and too "
             "many victims withdraw their support before the investigation is complete.", True),
        stmt(F, P2325, PVP, "The force is not doing enough to safeguard victims of domestic abuse "
             "who are at high risk of further harm. Its response to these victims is often slow, "
             "and safeguarding plans are not always put in place.", False),
    ],
    people=[
        person("Fergus Maitland", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Yvonne Blackett", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
        person("Lionel Carrow", "inspector", HF, HMI),
        person("Harriet Oduya", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A letter on headed paper. Each cause of concern is a heading ('Cause of concern 1: "
        "investigating crime') and a paragraph in Word's Quote style; the recommendations are "
        "typed '(a)', '(b)', '(c)' paragraphs after a lead-in ending in a colon ('The "
        "inspectorate recommended that within three months:'). Each recommendation is a full "
        "sentence, so the lead-in is not joined to it; the typed letter is removed as a list "
        "marker.",
        "has_force_update: cause of concern 1 has its own 'Force response:' (true); cause of "
        "concern 2 has none, only its recommendations are answered (false). Recommendation "
        "2(b) has no 'Response:' and the letter says the CC will write about it separately "
        "(false).",
        "Grades: all eight areas are stated in one paragraph ('graded the force inadequate for "
        "investigating crime, and requires improvement for responding to the public, for "
        "protecting vulnerable people and for leadership and force management ...'). 'a "
        "consistently good standard' inside the cause of concern, 'good practice', the eleven "
        "uncounted AFIs and the 2022 national vetting recommendations give nothing.",
        "People: 'From: Temporary Chief Constable Fergus Maitland' (title first), 'Yvonne "
        "Blackett / Police and Crime Commissioner for Cleveland' in the address block (name "
        "first, title in full), 'His Majesty's Inspector of Constabulary Lionel Carrow', "
        "'Deputy Chief Constable Harriet Oduya'. Assistant Chief Constable Leon Dutta is not a "
        "person fact. The Word header and footer are not body text.",
        "Durham Constabulary is named only as having adopted the force's good practice.",
    ]))

# f05 -- Kent improvement plan, Markdown export -----------------------------------------------
F = "Kent Police"
GOLDS.append(gold(
    "f05.md", "response-record", [F, "Essex Police"], [HF], [insp(F, P2325), insp(F, P2122)],
    eight(F, P2325, [G, G, O, A, G, G, A, G]) + eight(F, P2122, [G, G, G, RI, G, G, A, G]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that it completes investigations without "
             "unnecessary delay, particularly those involving domestic abuse.", True),
        stmt(F, P2325, INV, "The force should make sure that suspects who are released under "
             "investigation are managed effectively, and that their bail conditions are "
             "considered where appropriate.", True),
        stmt(F, P2325, WORK, "The force should make sure it understands why officers and staff "
             "leave the force in their first five years of service, and act on what it finds.", True),
        stmt(F, P2325, WORK, "The force should improve how supervisors and managers are trained "
             "and supported to hold difficult conversations about performance and conduct.", False),
        stmt(F, P2325, MOS, "The force should make sure that it manages the risk posed by "
             "registered sex offenders whose home visits are overdue.", True),
        stmt(F, P2122, None, "The force should make sure that it records all reports of crime "
             "accurately, including crimes disclosed during reports of anti-social behaviour.", True),
    ],
    people=[
        person("Morwenna Keast", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alistair Penhaligon", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A Markdown export. The 2023-25 AFIs are in italics (*...*); check_gold reads the raw "
        "asterisks, so the text/ rendering (emphasis removed) is what the statements are checked "
        "against. The 2021/22 AFI is a '>' blockquote without italics. Actions are numbered "
        "'i.', 'ii.', 'iii.' and are the force's answer; they are not statements.",
        "AFI 4: 'Actions: to be agreed at the Force Performance Board on 19 June 2025. "
        "Position: not yet started.' gives no update (false).",
        "The grades table has a 2021/22 column: eight 2021/22 judgements. The footnote says "
        "leadership was called 'Good use of resources' in 2021/22; its cell 'Good\u00b9' is "
        "the grade. The CC's quote ('graded outstanding for how we respond to the public') "
        "repeats a table grade.",
        "The carried-forward 2021/22 AFI sits under '4. Carried forward from PEEL 2021/22', "
        "which names no area: question null (crime-recording would be a fair inference).",
        "No causes of concern or recommendations ('did not raise any cause of concern'). "
        "National recommendations, 'Good practice' and Kent Fire and Rescue Service give "
        "nothing. Essex Police is named only as a partner in the shared Serious Crime "
        "Directorate. The two Assistant Chief Constables are unnamed posts.",
    ]))

# f06 -- Sussex tracker CSV (cp1252, CRLF) ----------------------------------------------------
F = "Sussex Police"
GOLDS.append(gold(
    "f06.csv", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(RESP, RI), (INV, RI), (PVP, A), (LFM, A), (PREV, G)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers emergency calls within "
             "the national standard of 10 seconds.", True),
        stmt(F, P2325, RESP, "The force should make sure that it identifies vulnerable callers, "
             "assesses the risk to them, and records that assessment when the call is first "
             "received.", True),
        stmt(F, P2325, INV, "The force should make sure that victims' needs are assessed, and that "
             "the force's decision whether to refer them to support services is recorded.", True),
        stmt(F, P2325, INV, "The force should improve how it gathers evidence from the scene in "
             "cases of violent crime, including its use of body-worn video.", False),
        stmt(F, P2325, PVP, "The force should make sure that it shares information with "
             "children's social care promptly after officers attend an incident at which a child "
             "is present.", True),
        stmt(F, P2325, LFM, "The force should make sure that its plans for future workforce and "
             "financial demands are realistic and based on a clear understanding of demand.", True),
        stmt(F, P2122, PREV, "The force should make sure it evaluates its problem-solving work and "
             "shares what it learns across the force.", True),
    ],
    encoding="cp1252",
    also={"judgements": grades(F, P2122, [(PREV, G)])},
    notes=[
        "A spreadsheet saved as CSV: cp1252 (en dashes), CRLF row ends, LF inside quoted "
        "multi-line Update cells, a title row and an empty row above the header, and two note "
        "rows at the end. Cells containing commas are quoted, so the raw file puts '\"' or ',' "
        "right against some statements; text/f06.csv is the spreadsheet view (tab-separated "
        "cells) that the statements are checked against.",
        "Grades come from the 'PEEL area (grade)' column. The note row says 'Grades are those "
        "HMICFRS gave in the PEEL 2023\u201325 report', so 'Preventing crime (Good)' in the "
        "2021/22 carried-forward row is the 2023-25 preventing grade; a reader could take it "
        "as the 2021/22 grade, so that one is in also_acceptable.",
        "SX-23-04 has an empty Update cell and status 'Not started': false.",
        "Not PEEL: SX-NT-02 is a national thematic recommendation addressed to all chief "
        "constables; SX-CP-01 comes from a national child protection inspection of the force, "
        "which has no PEEL period. Neither is a fact. 'Good practice' in the note row gives "
        "nothing. No people (the owner column was removed).",
    ]))

# f07 -- Leicestershire Strategic Assurance Board minutes (DOCX) ------------------------------
F = "Leicestershire Police"
R1 = ("the force should make sure that domestic abuse incidents are graded according to the risk "
      "to the victim and that officers attend within the target time for that grade.")
R2 = ("the force should review the capacity of its domestic abuse investigation teams so that "
      "they can manage their workloads safely.")
GOLDS.append(gold(
    "f07.docx", "response-record",
    [F, "Nottinghamshire Police", "Derbyshire Constabulary"], [HF], [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (RESP, A), (LFM, A),
                      (INV, RI), (PVP, RI)]),
    afis=[
        stmt(F, P2325, None, "the force should make sure that investigations are supervised "
             "effectively and that supervisors' reviews are recorded.", True),
        stmt(F, P2325, None, "the force should improve how it uses outcomes that take account of "
             "the victim's wishes, such as community resolutions.", True),
        stmt(F, P2325, None, "the force should make sure that officers record the voice of the "
             "child when they attend incidents where children are present.", True),
        stmt(F, P2325, None, "the force should make sure that it understands the demand in its "
             "control room so that it can plan its shifts to meet it.", False),
    ],
    recs=[stmt(F, P2325, None, R1, True), stmt(F, P2325, None, R2, True)],
    coc=[
        stmt(F, P2325, None, "the force does not always respond quickly enough to reports of "
             "domestic abuse, and that some victims wait too long for officers to attend.", True),
    ],
    people=[
        person("Farida Qureshi-Lowe", "commissioner", F, "Police and Crime Commissioner"),
        person("Benedict Arkwright", "chief-constable", F, "Chief Constable"),
        person("Siân Maddox", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "recommendations": [
            stmt(F, P2325, None, "The inspectorate recommended that " + R1, True),
            stmt(F, P2325, None, "The inspectorate also recommended that " + R2, True),
        ],
    },
    notes=[
        "Minutes in prose. Each statement is reported inside a sentence ('The inspectorate "
        "recommended that the force should ...', 'The first area for improvement was that the "
        "force should ...', 'HMICFRS said the force should ...', 'The Board noted the fourth "
        "area for improvement, that the force should ...', and for the cause of concern 'The "
        "inspectorate had said that the force does not always ...'). The gold text is the "
        "reported statement itself, from 'the force' to the full stop, lower-case as written. "
        "For the two recommendations the whole sentence is in also_acceptable.",
        "The minutes name no section or area for any statement, so question is null "
        "throughout; the cause of concern and recommendations are about domestic abuse "
        "(protecting-vulnerable or responding-to-public would be inferences).",
        "has_force_update: true where the next sentence reports the force's answer ('The force "
        "reported that ...', 'The Deputy Chief Constable reported that ...', and for "
        "recommendation 2 the Chief Constable's 'this review had not yet begun and would be "
        "commissioned in the new year', which is a status). False for the fourth AFI ('No "
        "update was given').",
        "Item 3.9's custody recommendation is national (to 'all chief constables') and 'not a "
        "finding of the PEEL report'. 'good practice' and the 2025/26 precept give nothing.",
        "People from the 'Present' table (name, then role): 'Police and Crime Commissioner "
        "(Chair)' -> title 'Police and Crime Commissioner'. The Assistant Chief Constable, the "
        "Temporary Assistant Chief Constable (apologies), the Chief Executive, the independent "
        "member and the minute-taker are not person facts.",
        "Nottinghamshire Police and Derbyshire Constabulary are named as regional partners only.",
    ]))

# f08 -- Dyfed-Powys bilingual commissioner's response (PDF) ----------------------------------
F = "Dyfed-Powys Police"
EN = [
    (RESP, "The force should make sure that it answers emergency and non-emergency calls quickly "
     "enough.", True,
     "Dylai'r heddlu sicrhau ei fod yn ateb galwadau brys a galwadau nad ydynt yn rhai brys yn "
     "ddigon cyflym."),
    (RESP, "The force should make sure that it attends incidents within the times it has set for "
     "itself, particularly in rural areas.", True,
     "Dylai'r heddlu sicrhau ei fod yn mynychu digwyddiadau o fewn yr amseroedd a osodwyd ganddo."),
    (PREV, "The force should make sure that its neighbourhood policing teams have enough time to "
     "carry out preventative work.", True,
     "Dylai'r heddlu sicrhau bod gan ei dimau plismona yn y gymdogaeth ddigon o amser i wneud "
     "gwaith atal."),
    (INV, "The force should improve the quality of its investigation plans, so that all "
     "reasonable lines of enquiry are identified and followed.", False,
     "Dylai'r heddlu wella ansawdd ei gynlluniau ymchwilio."),
    (LFM, "The force should develop its understanding of the demand it faces, so that it can plan "
     "its workforce for the future.", True,
     "Dylai'r heddlu ddatblygu ei ddealltwriaeth o'r galw a gaiff, er mwyn cynllunio ei weithlu."),
]
GOLDS.append(gold(
    "f08.pdf", "response-record", [F, "North Wales Police"], [HF], [insp(F, P2325)],
    eight(F, P2325, [G, A, RI, A, G, G, G, A]),
    afis=[stmt(F, P2325, q, en, u) for q, en, u, cy in EN],
    people=[
        person("Gwilym Prydderch", "commissioner", F, "Police and Crime Commissioner for Dyfed-Powys"),
        person("Eirlys Vaughan-Jones", "chief-constable", F, "Chief Constable"),
    ],
    also={"areas_for_improvement": [stmt(F, P2325, q, cy, u) for q, en, u, cy in EN]},
    notes=[
        "Bilingual: every heading, grade and statement is given in Welsh and then in English. "
        "The English statements are the gold; the Welsh versions of the same five statements "
        "(two of them shorter than the English) are in also_acceptable, since a graph that "
        "holds them as well has not invented anything.",
        "Grades are 'Welsh / English' pairs in one cell ('Angen gwella / Requires "
        "improvement'). The scale line lists all five grades and gives nothing. 'graded good "
        "for protecting vulnerable people' repeats a table grade.",
        "AFI 4's response is 'Ymateb i ddilyn / Response to follow.': false.",
        "People: 'I, Gwilym Prydderch, Police and Crime Commissioner for Dyfed-Powys' is the "
        "first English naming (title kept in full); the Welsh title 'Comisiynydd Heddlu a "
        "Throseddu' is the same office. 'Chief Constable Eirlys Vaughan-Jones' (also 'Prif "
        "Gwnstabl').",
        "North Wales Police ('our neighbours') is named with no grade. Mid and West Wales Fire "
        "and Rescue Service is not a police force. 'good practice' gives nothing.",
    ]))

# f09 -- Humberside joint PCC and CC response to PEEL 2023-25 (PDF) ---------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "f09.pdf", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    eight(F, P2325, [G, O, G, G, A, G, O, G]) + grades(F, P2122, [(PREV, O)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that call handlers give callers "
             "appropriate advice on preserving evidence and keeping themselves safe.", True),
        stmt(F, P2325, INV, "The force should make sure that it obtains and records victims' "
             "consent before it closes an investigation with an outcome that depends on their "
             "support.", True),
        stmt(F, P2325, PVP, "The force should make sure that officers use their powers of arrest, "
             "where appropriate, when they attend domestic abuse incidents, and that they record "
             "their reasons when they do not.", True),
        stmt(F, P2325, PVP, "The force should improve how it works with partner agencies to "
             "safeguard children who go missing from home repeatedly.", True),
        stmt(F, P2325, MOS, "The force should make sure that it carries out home visits to "
             "registered sex offenders in line with their risk assessments.", True),
        stmt(F, P2325, LFM, "The force should make sure that it evaluates its change programmes, "
             "so that it knows whether they have achieved the benefits it expected.", True),
    ],
    people=[
        person("Douglas Fenwick-Ure", "inspector", HF, HMI),
        person("Marcus Lindqvist-Hale", "commissioner", F, "Police and Crime Commissioner"),
        person("Priya Ramaswamy", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, P2122, [(WORK, O)])},
    notes=[
        "Areas for improvement are grouped under the report's area headings, each heading "
        "followed by a grade badge, and each AFI by 'Our response:'. Three headings say 'There "
        "are no areas for improvement in this area.' The last response ('We accept ... will be "
        "agreed ... in May 2025') is still the joint response, so true.",
        "'The force was also graded outstanding for preventing crime in 2021/22' gives a "
        "2021/22 judgement. 'The grade is the same as in 2021/22' (workforce) names no grade "
        "word for 2021/22, so that judgement is in also_acceptable only.",
        "'judged outstanding in more than one area' (no area named), the grade scale sentence, "
        "'innovative practice', the national recommendations to all chief constables and "
        "Humberside Fire and Rescue Service's 'judged good in most areas' give nothing. "
        "'Crime data integrity was not inspected'.",
        "People: the foreword line 'Police and Crime Commissioner Marcus Lindqvist-Hale and "
        "Chief Constable Priya Ramaswamy' (title first); the signature block repeats them with "
        "fuller titles.",
    ]))

# f10 -- news article, Devon and Cornwall cause of concern (HTML) ----------------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "f10.html", "press-release", [F, "Dorset Police"], [HF],
    [insp(F, P2325), insp("Dorset Police", P2325)],
    grades(F, P2325, [(RESP, I), (INV, RI), (LFM, RI), (PPT, A), (PVP, A), (WORK, A),
                      (PREV, G), (MOS, G)])
    + grades("Dorset Police", P2325, [(RESP, A)]),
    recs=[
        stmt(F, P2325, RESP, "The force should make sure that it has enough call handlers at all "
             "times to answer emergency calls within the national standard.", False),
        stmt(F, P2325, RESP, "The force should make sure that it monitors and reduces the time "
             "taken to attend emergency and priority incidents, particularly in rural areas.", False),
    ],
    coc=[
        stmt(F, P2325, RESP, "The force does not answer emergency calls quickly enough, and it "
             "does not always attend incidents within the times it has set, which means that some "
             "people in need are put at risk.", True),
    ],
    people=[
        person("Oluwaseun Adebayo-Grant", "inspector", HF, HMI),
        person("Jonah Treloar", "chief-constable", F, "Chief Constable"),
        person("Tamsin Polglase", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A local news article (no genre fits exactly; a single-force report of an inspection "
        "is closest to press-release). The cause of concern is a <blockquote> after 'the "
        "inspectorate set out its cause of concern:'; the two recommendations are <li> items. "
        "The article never names the area, but the cause of concern and both recommendations "
        "are about 999 calls and attendance, and the headline ties them to responding to the "
        "public, so question is responding-to-public.",
        "has_force_update: the Chief Constable's reply ('We have already acted ... 46 new call "
        "handlers ... 87 per cent of 999 calls ...') answers the cause of concern: true. The "
        "recommendations get no update of their own (the PCC only promises to publish "
        "progress): false. Unsure: a grader could read the CC's reply as answering "
        "recommendation 1 and 2 as well.",
        "Grades: all eight are in the standfirst and the first paragraphs. 'This grade is not "
        "good enough', 'good practice', the fire and rescue headlines in the sidebar and the "
        "precept link are distractors. Dorset Police 'was graded adequate for responding to the "
        "public when its own report was published in November' (2023-25, as in f01).",
        "People: the HMI, the Chief Constable and the PCC, each title first. The reporter is "
        "not a person fact.",
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
