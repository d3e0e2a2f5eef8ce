"""Write gold/ob01.json ... gold/ob10.json for corpus131 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def judg(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pairs, pillar="PEEL"):
    return [judg(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# ob01 -- news article with Updated line, [sic], editor's note and correction (HTML) ---------
F, DUR = "Cleveland Police", "Durham Constabulary"
GOLDS.append(gold(
    "ob01.html", "press-release", [F, DUR, "North Yorkshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFC), insp(DUR, "2016", EFF)],
    [judg(F, P1819, "PEEL", None, I), judg(F, "2017", EFC, None, RI), judg(DUR, "2016", EFF, None, O)],
    people=[
        person("Phil Gormley", "inspector", HF, "HM Inspector of Constabulary"),
        person("Barry Coppinger", "commissioner", F, "Police and Crime Commissioner"),
        person("Lisa Orchard", "chief-constable", F, "Acting Chief Constable", "acting"),
    ],
    also={"judgements": [judg(F, P1819, EFF, None, I), judg(F, P1819, EFC, None, I),
                         judg(F, P1819, LEG, None, I)]},
    notes=[
        "PEEL 2018/19 follows dev12: the overall 'inadequate' is the PEEL judgement (question "
        "null); 'inadequate for each of the three pillars' gives per-pillar 2018/19 grades, which "
        "go in also_acceptable only.",
        "The 2017 efficiency grade is the CORRECTED one: the body says 'rated as requiring "
        "improvement for efficiency', and the correction box says the earlier version wrongly said "
        "good. The 'good' in the correction is the withdrawn error and gives nothing. No "
        "inspectorate is named for 2017, so it is null.",
        "Durham's 2016 effectiveness grade ('judged outstanding for effectiveness, in the 2016 "
        "round') is a grade in passing with its own inspection (inspectorate not stated). North "
        "Yorkshire Police is named in passing only.",
        "The editor's note mentions the force's '2017 legitimacy grade' without a grade word: "
        "nothing. The [sic] is inside the PCC's quotation. The byline reporter is not a fact.",
        "People: 'Cleveland's Police and Crime Commissioner, Barry Coppinger' is title-first, so "
        "the title is the office alone.",
    ]))

# ob02 -- police and crime panel report with footnotes and table notes (PDF) ----------------
F = "West Mercia Police"
GOLDS.append(gold(
    "ob02.pdf", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, A), (PVP, A), (MOS, A), (WORK, A), (INV, RI), (RESP, RI),
                      (LFM, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers emergency and "
             "non-emergency calls within national target times, and that it reduces the number of "
             "callers who abandon their call.", True),
        stmt(F, P2122, INV, "The force should make sure that investigations are properly "
             "supervised and that supervisors record clear direction on the investigation log.", True),
        stmt(F, P2122, INV, "The force should improve the way it records and acts upon victims' "
             "wishes when a victim no longer supports an investigation.", True),
        stmt(F, P2122, LFM, "The force should develop a better understanding of the demand it "
             "faces, so that its workforce plan matches the skills and numbers it needs.", False),
    ],
    people=[
        person("Wendy Williams", "inspector", HF, "HM Inspector of Constabulary"),
        person("John Campion", "commissioner", F, "Commissioner"),
        person("Pippa Mills", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, P1819)],
          "judgements": [judg(F, P1819, EFF, None, RI), judg(F, P1819, EFC, None, RI),
                         judg(F, P1819, LEG, None, RI)]},
    notes=[
        "The 2021/22 grades are the real published grades (as minuted by the West Mercia panel). "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
        "leadership-management. The asterisk note under the table says 'Good use of resources' is "
        "the area's name, not a grade; the grade is requires improvement. Victim service is 'Not "
        "graded'.",
        "Section 4 gives 2018/19 grades by pillar only, and its note says no overall grade was "
        "given. Following the brief (2018/19 pillar grades go in also_acceptable), the three pillar "
        "grades and the 2018/19 PEEL inspection are in also_acceptable.",
        "Superscript footnote numbers are stuck to words in the PDF text ('(HMICFRS)1', "
        "'scale ... inadequate)2'); they are not part of any fact. The AFI under Responding to "
        "the public is followed by a citation '(HMICFRS, 2022, p. 14)', which is not part of the "
        "statement.",
        "has_force_update: true for the three AFIs followed by 'Force update:'; false for the "
        "last, which has only a 'Commissioner's comment' saying no force update has been received.",
        "People: 'the Commissioner, John Campion' gives the title 'Commissioner' (the full office "
        "'The Police and Crime Commissioner for West Mercia' appears unnamed in the meta table). "
        "The HMI is 'HM Inspector of Constabulary Wendy Williams'. Warwickshire Police is named in "
        "passing (the ended alliance), and footnote 3 says its results are not reported.",
        "Footnote 1 explains the name change to His Majesty's Inspectorate; the document names "
        "HMICFRS only.",
    ]))

# ob03 -- PCC response (DOCX) with footnotes, comments and tracked changes ---------------------
F, SW = "Gwent Police", "South Wales Police"
GOLDS.append(gold(
    "ob03.docx", "response-record", [F, SW], [H, HF],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H), insp(SW, "2016", LEG)],
    [judg(F, "2016", LEG, None, G), judg(F, "2016", LEG, FTP, G), judg(F, "2016", LEG, ELW, G),
     judg(F, "2016", LEG, FTW, RI), judg(F, "2015", LEG, None, G), judg(SW, "2016", LEG, None, G)],
    afis=[
        stmt(F, "2016", FTP, "The force should make sure that all officers and staff who use stop "
             "and search powers record the grounds promptly and in full, and that supervisors review "
             "those records.", True, LEG),
        stmt(F, "2016", ELW, "The force should ensure that its vetting unit clears the backlog of "
             "renewals so that all members of the workforce hold vetting at the level their role "
             "needs.", False, LEG),
        stmt(F, "2016", FTW, "The force should improve how it identifies and supports members of "
             "its workforce who show signs of stress or fatigue.", True, LEG),
    ],
    people=[
        person("Jeff Farrar", "chief-constable", F, "Chief Constable"),
        person("Wendy Williams", "inspector", H, "HM Inspector of Constabulary"),
        person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "The gold follows Word's FINAL view with markup hidden (all tracked changes accepted, "
        "comments not shown): text inside w:ins is read, w:del text is not. So the ethical and "
        "lawful question is Good (tracked deletion 'requires improvement', insertion 'good'); the "
        "deleted sentence about 'inadequate' gives nothing; AFI 1 includes the inserted words "
        "'promptly and '; and AFI 2's 'Force response' paragraph is a tracked deletion, so AFI 2 "
        "has no force update in the final text.",
        "The comments (one says 'Outstanding response rate', one discusses 'requires "
        "improvement') are markup, not document text, and give nothing.",
        "Footnotes are real Word footnotes printed at the foot of the page. They are part of what "
        "a reader sees (unlike the page header 'DRAFT v0.3'), so their facts count: footnote 2 "
        "gives the 2015 legitimacy grade (good, HMIC), footnote 3 gives South Wales Police's "
        "2016 legitimacy grade (good, inspectorate not named for it), and footnote 1 names "
        "HMICFRS, so the document names both inspectorates. text/ob03.docx prints the footnotes "
        "after the body and each reference number stuck to the word before it ('good2').",
        "'Area for improvement n:' labels are not part of the statements. Each AFI's question "
        "comes from the Heading 3 above it.",
        "People: 'the Chief Constable, Jeff Farrar' -> 'Chief Constable'; the signature gives "
        "'Police and Crime Commissioner for Gwent' (name first, title after). 'Heddlu Gwent' is "
        "an alias.",
    ]))

# ob04 -- written evidence (Markdown) with author-date citations and [^n] footnotes ----------
F, CAMBS = "Bedfordshire Police", "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "ob04.md", "national-release", [F, CAMBS, "Hertfordshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(CAMBS, "2016", EFF)],
    [judg(F, "2016", EFF, None, I), judg(F, "2016", EFC, None, RI), judg(F, "2016", LEG, None, G),
     judg(CAMBS, "2016", EFF, None, G)],
    recs=[stmt(F, "2016", PREV, "Within six months, the force should set out how it will protect "
               "the time of neighbourhood officers and staff so that they can carry out "
               "problem-solving work with partners and communities.", False, EFF)],
    coc=[stmt(F, "2016", PREV, "The force has not yet put in place a consistent, preventative "
              "approach to neighbourhood policing across the county, and too much of its local "
              "policing capacity is drawn away to respond to incidents.", False, EFF)],
    people=[
        person("Zoë Billingham", "inspector", H, "HM Inspector of Constabulary"),
        person("Jon Boutcher", "chief-constable", F, "Chief Constable"),
        person("Kathryn Holloway", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Genre: written evidence to a parliamentary committee; no genre fits, national-release is "
        "the nearest (third-party publication). Unsure.",
        "Bedfordshire's three 2016 pillar grades are real (published by HMIC in 2016-17). The "
        "document is read as raw Markdown: '**Inadequate**[^2]' is the grade Inadequate; the "
        "footnote marker is not part of it. Footnote [^2] lists the whole grading scale: nothing.",
        "The cause of concern and the recommendation are Markdown blockquotes followed by an "
        "author-date citation '(HMIC, 2017a, p. 11)', which is not part of the statement. Both "
        "sit under effectiveness; their subject is neighbourhood (preventative) policing -> "
        "preventing-crime. No force update follows either (the PCC's reserves are not a response "
        "to the statement), so false.",
        "Cambridgeshire 'judged good for effectiveness in the same round' -> 2016 Effectiveness "
        "Good; its inspectorate is not named for it (null). Hertfordshire is named but 'we do not "
        "comment on its grades': no inspection. The recommendations in section 4 are the "
        "witnesses' recommendations to the Committee, not PEEL recommendations.",
        "The quotations are paraphrased; '[sic]' sits inside an officer's quotation.",
    ]))

# ob05 -- corrections column (cp1252, CRLF) --------------------------------------------------
F, SW, NW = "Dyfed-Powys Police", "South Wales Police", "North Wales Police"
GOLDS.append(gold(
    "ob05.txt", "press-release", [F, SW, NW], [HF],
    [insp(F, P2122, inspectorate=HF), insp(SW, P2122)],
    [judg(F, P2122, "PEEL", INV, A), judg(SW, P2122, "PEEL", PREV, G)],
    people=[
        person("Dafydd Llywelyn", "commissioner", F, "Police and Crime Commissioner for Dyfed-Powys"),
        person("Amanda Blakeman", "chief-constable", NW, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "A corrections column: each fact is the corrected one. Dyfed-Powys 2021/22 investigating "
        "crime is Adequate ('graded adequate, not inadequate'); South Wales 2021/22 preventing "
        "crime is Good ('rated the force good'; the caption's 'outstanding' was the error). The "
        "withdrawn grades give nothing, nor does 'No force in Wales was rated outstanding'.",
        "South Wales's grade is attributed to 'the inspectorate' only, so its inspectorate is null.",
        "Amanda Blakeman is the Chief Constable, 'not its Deputy Chief Constable': title 'Chief "
        "Constable', qualifier null. Dafydd Llywelyn is named first, so the title that follows is "
        "kept in full.",
        "The care home correction ('good', 'required improvement') is Care Inspectorate Wales, not "
        "PEEL: nothing.",
    ]))

# ob06 -- force report to audit committee (DOCX) with tracked changes and table notes --------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "ob06.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A),
                      (LFM, G), (CDI, G)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, A), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                        (LFM, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated to staff "
             "with the right skills and experience, and that supervisors review them regularly.", True),
        stmt(F, P2325, RESP, "The force should improve how quickly it answers non-emergency calls, "
             "and it should make sure that callers who are waiting are told how long they can "
             "expect to wait.", True),
        stmt(F, P2325, PVP, "The force should make sure that officers record the voice of the child "
             "when they attend domestic abuse incidents.", True),
        stmt(F, P2325, WORK, "The force should make sure that its wellbeing offer reaches staff in "
             "the control room and in the custody suites.", False),
    ],
    people=[
        person("Paul Gibson", "chief-constable", F, "Chief Constable"),
        person("Michelle Skeer", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Marc Jones", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
    ],
    notes=[
        "The gold follows Word's FINAL view with markup hidden (tracked changes accepted, comments "
        "not shown). The 2023-25 investigating crime cell is a tracked deletion 'Adequate' plus "
        "insertion 'Requires improvement': the grade is Requires improvement. The comment that "
        "explains it is not text.",
        "AFI PEEL24-02 loses the tracked deletion ', including calls made through the 101 service "
        "and online chat'; PEEL24-03's whole row is a tracked insertion and so is in the final "
        "text. PEEL24-04's update is '\u2014': has_force_update false; the others have an Update "
        "cell (the 'Status' of PEEL24-02 was changed by tracked change to 'At risk').",
        "Table notes under Table 1 (superscript \u00b9 \u00b2 \u00b3 in the header and cells): "
        "2021/22 grades are shown against the nearest 2023-25 area, so 'Building, supporting and "
        "protecting the workforce' -> workforce and 'Leadership and force management' -> "
        "leadership-management in both periods ('Good use of resources' in the note is a name, "
        "not a grade). Crime data integrity 2021/22 is '\u2013' (not inspected) and victim "
        "service 'Not graded': nothing.",
        "The 2021/22 inspection's inspectorate is not stated for it: null. The 2023-25 one is "
        "named in 1.1 (HMICFRS).",
        "'five areas are now graded good' is a count: nothing extra. The page header 'OFFICIAL' "
        "and footer are not body text.",
        "People: 'Report of the Chief Constable, Paul Gibson' -> 'Chief Constable'; the HMI keeps "
        "the document's curly apostrophe.",
    ]))

# ob07 -- research briefing (PDF) with citations, endnotes, table notes and a dagger ---------
LAN, MER, CUM = "Lancashire Constabulary", "Merseyside Police", "Cumbria Constabulary"
GOLDS.append(gold(
    "ob07.pdf", "national-release", [LAN, MER, CUM, "Greater Manchester Police", "Cheshire Constabulary"],
    [HF],
    [insp(LAN, "2017", LEG, HF), insp(MER, "2017", LEG, HF), insp(CUM, "2017", LEG, HF)],
    [judg(LAN, "2017", LEG, None, G), judg(LAN, "2017", LEG, FTW, G),
     judg(MER, "2017", LEG, None, G), judg(MER, "2017", LEG, FTW, RI),
     judg(CUM, "2017", LEG, None, G), judg(CUM, "2017", LEG, FTW, G)],
    afis=[stmt(MER, "2017", FTW, "The force should make sure that grievances are resolved in a "
               "timely way and that the workforce has confidence in the fairness of the process.",
               False, LEG)],
    people=[person("Andy Rhodes", "chief-constable", LAN, "Chief Constable")],
    also={"inspections": [insp(LAN, P1819), insp(MER, P1819), insp(CUM, P1819)],
          "judgements": [judg(LAN, P1819, LEG, None, G), judg(MER, P1819, LEG, None, G),
                         judg(CUM, P1819, LEG, None, G)]},
    notes=[
        "Cumbria's 2017 'treats its workforce with fairness and respect' grade is the CORRECTED "
        "one: the dagger note says the reissued report grades it good, where the first version "
        "showed requires improvement. The dagger is stuck to the force name in the table.",
        "The 'Legitimacy 2018/19' column is a pillar grade inside the integrated 2018/19 "
        "assessment (its note says so): per the brief these go in also_acceptable, with their "
        "PEEL 2018/19 inspections.",
        "The 2017 inspections take HMICFRS: the briefing names HMICFRS as the programme's "
        "inspectorate and cites each 2017 report as HMICFRS (2017a-c).",
        "Merseyside's AFI is a blockquote introduced by a citation; 'no published evidence of the "
        "force's response': has_force_update false.",
        "Greater Manchester Police and Cheshire Constabulary are outside the study: forces only. "
        "The authors are not person facts. Endnote numbers are stuck to words in the PDF text "
        "('Constabulary1', 'else2').",
    ]))

# ob08 -- PCC web page (HTML) with Updated line, editor's note, asterisk and footnotes --------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "ob08.html", "response-record", [F, "Thames Valley Police"], [H],
    [insp(F, "2016", EFC, H)],
    [judg(F, "2016", EFC, None, G), judg(F, "2016", EFC, UD, G), judg(F, "2016", EFC, UR, RI),
     judg(F, "2016", EFC, PF, G)],
    afis=[
        stmt(F, "2016", UR, "Hampshire Constabulary should carry out a full review of the way it "
             "deploys its neighbourhood officers, to make sure that they are not routinely taken "
             "away to answer calls for service.", True, EFC),
        stmt(F, "2016", PF, "The force should develop its understanding of the skills and "
             "capabilities of its workforce, so that it can plan how it will meet future demand.",
             True, EFC),
    ],
    people=[
        person("Michael Lane", "commissioner", F, "Police and Crime Commissioner"),
        person("Olivia Pinkney", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Planning for the future is Good: the editor's note says an earlier version wrongly said "
        "outstanding, and that the table (Good) is corrected. 'Requires improvement*' for using "
        "resources carries an asterisk note about the timing of fieldwork, which does not change "
        "the grade. Footnote 1 lists the four grades: nothing.",
        "The 'Updated: 3 March 2017' line and 'Page last reviewed' are dates, not periods.",
        "The two AFIs sit under a plain 'Areas for improvement' heading, with no question heading; "
        "their question keys come from their content (neighbourhood deployment against demand -> "
        "using-resources; workforce skills to meet future demand -> planning-future). A grader may "
        "prefer null. Each is followed by 'Force response:' -> true.",
        "The 'Other inspections' links name other PEEL responses without grades: nothing. Thames "
        "Valley Police is named in passing (joint units).",
        "The PCC is 'The Police and Crime Commissioner, Michael Lane' (title first); the Chief "
        "Constable 'the Chief Constable, Olivia Pinkney' inside his quotation.",
    ]))

# ob09 -- PEEL 2023-25 report excerpt (PDF) with correction box, asterisk and footnotes --------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "ob09.pdf", "peel-report-2021",
    [F, "Nottinghamshire Police", "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police"],
    [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, G), (WORK, G),
                      (LFM, A)])
    + [judg(F, P2122, "PEEL", INV, A)],
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are completed in a "
             "timely way and that victims are updated on their progress in line with the code of "
             "practice for victims of crime."),
        stmt(F, P2325, RESP, "The force should reduce the time that callers to its non-emergency "
             "number wait before their call is answered."),
    ],
    recs=[
        stmt(F, P2325, PVP, "Within six months, the force should make sure that call handlers and "
             "attending officers complete risk assessments accurately and that supervisors review "
             "the highest-risk cases within 24 hours."),
        stmt(F, P2325, PVP, "Within six months, the force should make sure that it uses the full "
             "range of protective orders available to it, and that it monitors breaches."),
    ],
    coc=[stmt(F, P2325, PVP, "The force doesn\u2019t always assess risk properly when it first deals "
              "with a vulnerable person, and it doesn\u2019t always put safeguarding measures in "
              "place quickly enough.")],
    people=[
        person("Damian Ruthven", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rachel Swann", "chief-constable", F, "Chief Constable"),
        person("Angelique Foster", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "The cover's correction box says the first edition's summary wrongly gave 'good' for "
        "responding to the public; the correct grade is adequate (as in the table and the "
        "corrected summary). So responding-to-public is Adequate.",
        "'Requires improvement*' for investigating crime: the asterisk note says crime recording "
        "findings contributed; crime recording was 'not graded separately', so there is no "
        "crime-recording judgement. Victim service is not graded.",
        "'In our 2021/22 inspection we graded the force adequate for investigating crime' gives a "
        "2021/22 judgement; 'our' is the inspectorate named on the cover (HMICFRS).",
        "The four East Midlands forces are named in passing (regional unit): forces only.",
        "Footnote numbers are stuck to words in the PDF text ('Constabulary1', 'crime3').",
        "The HMI is invented, title with the curly apostrophe of the document. The CC and PCC are "
        "named title-first.",
    ]))

# ob10 -- OPCC scrutiny board paper (DOCX), PEEL 2014, footnotes, comments, tracked changes ----
F = "Northumbria Police"
GOLDS.append(gold(
    "ob10.docx", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2015", EFC, H)],
    [judg(F, "2014", EFF, None, G), judg(F, "2014", EFC, None, G), judg(F, "2015", EFC, None, G)],
    afis=[
        stmt(F, "2014", None, "The force should make sure that its new neighbourhood model is "
             "properly evaluated, so that it understands whether the changes have improved the "
             "service to the public.", True, EFC),
        stmt(F, "2014", None, "The force should develop a workforce plan that sets out the mix of "
             "officers, staff and volunteers it will need by 2018.", True, EFC),
    ],
    people=[
        person("Vera Baird", "commissioner", F, "Police and Crime Commissioner"),
        person("Steve Ashman", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The gold follows Word's FINAL view with markup hidden. The sentence 'It was, however, "
        "judged to require improvement at tackling anti-social behaviour.' is a tracked deletion, "
        "and so is the middle bullet (an overtime AFI): neither is in the final text, so neither "
        "gives a fact. The first AFI includes the tracked insertion 'whether '. Comments are not "
        "text.",
        "Footnote 1 (a real Word footnote on the Efficiency 'Good' cell) gives the 2015 "
        "efficiency grade: 'again judged to be good' names the grade word, so it is a judgement. "
        "Footnote 2 says legitimacy was not graded in 2014: nothing.",
        "2014 PEEL questions have no keys in GOLD-FORMAT, so the AFIs have question null; they "
        "come from the efficiency report ('in its efficiency report'). Each is followed by "
        "'Update: ... Closed.' -> true.",
        "'good at reducing crime and at investigating offending' restates effectiveness; 2014 has "
        "no question keys, so nothing more. Durham and Cleveland are named in passing (regional "
        "unit, 'HMIC did not grade').",
        "The page header is not body text. 'The Police and Crime Commissioner, Vera Baird' and "
        "'the Chief Constable, Steve Ashman' are title-first.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
