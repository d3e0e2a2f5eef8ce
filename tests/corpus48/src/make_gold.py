"""Write gold/ks01.json ... gold/ks10.json for corpus48 (format: shared/corpus/GOLD-FORMAT.md).

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
RR = "response-record"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def eight(force, ppt, prev, resp, inv, pvp, mos, work, lfm):
    return grades(force, P2325, [(PPT, ppt), (PREV, prev), (RESP, resp), (INV, inv),
                                 (PVP, pvp), (MOS, mos), (WORK, work), (LFM, lfm)])


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, forces, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         genre=RR, inspectorates=(HF,), encoding="utf-8", also=None, notes=None):
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

# ks01 -- PCC annual report (PDF), Hampshire and Isle of Wight -----------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "ks01.pdf", [F], [insp(F, P2325)],
    eight(F, A, G, RI, A, A, G, A, A),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure it answers non-emergency calls promptly and "
             "reduces the number of callers who abandon their call.", True),
        stmt(F, P2325, RESP, "The force should make sure that when it attends incidents later than the "
             "time it has promised, it updates the caller and reviews the risk.", True),
        stmt(F, P2325, PPT, "The force should improve how it records the reasons for using force, "
             "including when officers use handcuffs on children.", False),
        stmt(F, P2325, INV, "The force should make sure that supervisors regularly review investigations "
             "and record clear direction for the officer in the case.", True),
        stmt(F, P2325, PVP, "The force should make sure that it shares information about children at risk "
             "with partner agencies without delay, including outside office hours.", True),
        stmt(F, P2325, LFM, "The force should improve its understanding of the demand on its investigation "
             "teams so that it can plan its workforce for the years ahead.", False),
    ],
    people=[
        person("Philippa Haverstock", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        person("Imogen Tallis", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Gareth Mabbott", "chief-constable", F, "Chief Constable"),
        person("Helen Arbuthnot", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The force is called 'Hampshire and Isle of Wight Constabulary' (an alias of Hampshire Constabulary in forces.csv).",
        "Grades come from the two-column table in section 5.1. 'Managing offenders and suspects' -> managing-offenders; "
        "'Building, supporting and protecting the workforce' -> workforce; 'Leadership and force management' -> leadership-management.",
        "Distractors that give no judgement: the Commissioner's KPI status scale (Good / Satisfactory / Requires attention) "
        "in section 3 and Appendix A; the infographic tile '2 of 8 PEEL areas graded good' (a count, no area); the ambition "
        "'to be judged outstanding in at least two areas'; the fire and rescue service's 'grade of good'; 'good and compassionate "
        "support'; internal audit's 'adequate and effective'; the custody inspection (ungraded; recommendations only counted).",
        "AFIs are the six rows of Appendix B; the question comes from the 'Area' cell. has_force_update is true where the "
        "'Progress reported by the constabulary' cell gives progress, false for AFI 3 and AFI 6 ('Not yet reported.'). "
        "The two closed AFIs are described but not quoted. The national vetting recommendation to chief constables is not a fact.",
        "People: the PCC is first named in the foreword signature, name then title, so the full title is kept. The Chief "
        "Constable is named 'the Chief Constable, Gareth Mabbott'. The HMI is named title-first in 5.1. The Deputy Chief "
        "Constable is named as a lead in Appendix B (qualifier deputy); 'ACC Operations' is unnamed and not a fact.",
    ]))

# ks02 -- Police and Crime Plan (DOCX), Sussex ----------------------------------------------
F = "Sussex Police"
GOLDS.append(gold(
    "ks02.docx", [F, "Surrey Police"], [insp(F, P2325), insp(F, P2122)],
    eight(F, G, G, A, RI, A, G, G, A) + grades(F, P2122, [(INV, A)]),
    coc=[stmt(F, P2325, INV, "Sussex Police does not investigate crime to a consistently good standard. "
              "Too many investigations are not properly planned or supervised, and victims are not always "
              "kept informed of progress.")],
    recs=[
        stmt(F, P2325, INV, "Within six months, the force should make sure that every investigation has a "
             "documented plan that is reviewed by a supervisor at regular intervals."),
        stmt(F, P2325, INV, "Within six months, the force should make sure that it complies with the Code of "
             "Practice for Victims of Crime, including by recording each victim\u2019s needs assessment and "
             "the updates they are given."),
    ],
    people=[
        person("Marguerite Ashdown", "commissioner", F, "Sussex Police and Crime Commissioner"),
        person("Idris Vaughan-Pryce", "chief-constable", F, "Chief Constable"),
        person("Roderick Penhaligon", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The grades table has a third column, 'Plan ambition for next PEEL inspection', whose values (Good, Outstanding) "
        "are targets, not judgements. Only the 'PEEL 2023\u201325 grade' column gives judgements.",
        "'It was judged adequate in the 2021/22 inspection' gives a 2021/22 investigating-crime judgement (HMICFRS era; "
        "the inspectorate of the document's context).",
        "The cause of concern is in Word's Intense Quote style after a lead-in; the two recommendations are numbered "
        "list paragraphs after 'HMICFRS recommended that:' (the lead-in is the Plan's, not part of the recommendation, "
        "and each item is a full sentence). No force update is given for either: the Commissioner only promises to publish progress.",
        "'eleven areas for improvement' is a count with no text. 'PEEL areas graded good or better: 4 of 8' is a count. "
        "'good or excellent job', 'adequate and effective', 'unqualified opinion' and the RAG note are distractors.",
        "Surrey Police is a collaboration partner named in passing, with no grade.",
        "People: the PCC and the Chief Constable are named in their signature blocks, name then title ('Sussex Police and "
        "Crime Commissioner'; 'Chief Constable, Sussex Police' gives 'Chief Constable'). The HMI is named with a comma after "
        "the title and the curly apostrophe of the document.",
    ]))

# ks03 -- Police and Crime Panel precept report (HTML), Surrey ------------------------------
F = "Surrey Police"
GOLDS.append(gold(
    "ks03.html", [F, "Sussex Police"], [insp(F, P2325)],
    grades(F, P2325, [(PREV, G), (RESP, A), (PVP, RI), (INV, RI)]),
    coc=[stmt(F, P2325, PVP, "The force\u2019s arrangements for safeguarding children are not effective enough. "
              "Referrals are not always assessed promptly, and officers do not consistently record the voice of "
              "the child or share information with partner agencies when they should.")],
    recs=[stmt(F, P2325, PVP, "By 31 May 2025, Surrey Police should make sure that all referrals about children "
               "at risk are reviewed by a trained supervisor within 24 hours, and that information is shared with "
               "children\u2019s services in line with local safeguarding procedures.", True)],
    people=[
        person("Helena Marchbank", "commissioner", F, "Police and Crime Commissioner for Surrey"),
        person("Conrad Ashby-Wells", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'graded good in three areas, including preventing crime' gives only preventing crime (the other two good areas "
        "are not named). 'adequate for responding to the public' and 'requires improvement for both protecting vulnerable "
        "people and investigating crime' give three more judgements.",
        "The cause of concern and the recommendation are <blockquote>s. The cause of concern is about safeguarding "
        "children, so protecting-vulnerable. Paragraph 2.4 ('The Chief Constable has responded by creating a dedicated child "
        "protection hub ...') comes directly after the recommendation, so the recommendation has a force update; the cause "
        "of concern, followed by the recommendation, does not. A grader could fairly see 2.4 as answering both.",
        "Not facts: the Panel's own recommendation on the precept; the risk register's RAG ratings; reserves 'an adequate "
        "level'; the disclaimed audit opinion; the cookie notice date; areas for improvement named only by topic in 2.5.",
        "Sussex Police is a collaboration partner named in passing.",
        "People: 'the Police and Crime Commissioner for Surrey, Helena Marchbank' (title kept as written); 'the Chief "
        "Constable, Conrad Ashby-Wells'. The Chief Finance Officer is unnamed.",
    ]))

# ks04 -- Annual Governance Statement (PDF), Kent -------------------------------------------
F = "Kent Police"
GOLDS.append(gold(
    "ks04.pdf", [F], [insp(F, P2325), insp(F, P2122)],
    eight(F, G, O, G, A, G, G, A, G) + grades(F, P2122, [(CDI, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated to staff with the "
             "skills and accreditation needed, and that workloads are regularly reviewed.", True),
        stmt(F, P2325, WORK, "The force should improve how it identifies and responds to the wellbeing needs of "
             "officers and staff who work in high-risk roles.", True),
        stmt(F, P2325, WORK, "The force should make sure that it completes annual performance development reviews "
             "for all officers and staff.", True),
        stmt(F, P2122, CDI, "The force should improve how it records reports of anti-social behaviour that include "
             "a crime, so that the crime is recorded.", True),
    ],
    people=[
        person("Priya Castellano", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Rosalind Pembury", "commissioner", F, "Police and Crime Commissioner for Kent"),
        person("Julian Okonedo", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "All eight 2023-25 grades are in one sentence (3.3) whose lists contain area names with commas "
        "('building, supporting and protecting the workforce'): outstanding for preventing crime; good for five; adequate for two.",
        "'The 2021/22 PEEL inspection had graded crime recording as adequate' gives a 2021/22 crime-recording judgement.",
        "AFIs are in the 'Issue' cells of the action plan after a label 'HMICFRS area for improvement (area):'; the area "
        "in brackets gives the question. The 'Action taken / planned' cell is the response, so has_force_update is true for "
        "all four, including 'Completion to be reported to the People Board quarterly.' (a planned action; unsure). The "
        "2021/22 crime-recording AFI is carried forward and closed.",
        "Not facts: 'an adequate and effective system of internal control', substantial/reasonable assurance, the qualified "
        "audit opinion, Kent Fire and Rescue Service's 'good' grade, Ofsted's 'good' rating of children's services, the "
        "national vetting recommendations to all chief constables, the Commissioner's RAG dashboard and 'assessed as good'.",
        "People: Deputy Chief Constable Priya Castellano is named as an owner; the PCC and the Chief Constable are named "
        "in the signature table, name then title ('Chief Constable, Kent Police' gives 'Chief Constable'). The Chief Finance "
        "Officers are unnamed.",
    ]))

# ks05 -- Joint Independent Audit Committee tracker (DOCX), Thames Valley -------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "ks05.docx", [F], [insp(F, P2325), insp(F, P2122)],
    eight(F, A, A, RI, I, RI, A, A, RI),
    coc=[stmt(F, P2325, INV, "Thames Valley Police is not investigating crime effectively. Investigations are often "
              "not allocated promptly, too many lack an investigation plan, and supervisors do not consistently review "
              "them.", True)],
    recs=[
        stmt(F, P2325, INV, "By 30 June 2025, the force should make sure that every crime is allocated to an "
             "investigator with the appropriate skills within the timescales set out in its allocation policy.", True),
        stmt(F, P2325, INV, "By 30 June 2025, the force should make sure that supervisors review investigations at "
             "the intervals set out in its policy and record clear direction.", False),
    ],
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers emergency calls within the national standard "
             "of ten seconds.", True),
        stmt(F, P2325, RESP, "The force should improve the timeliness of its response to domestic abuse incidents that "
             "are graded as priority.", True),
        stmt(F, P2325, LFM, "The force should develop a better understanding of its demand, so that its workforce plans "
             "are based on the skills it will need.", True),
        stmt(F, P2122, PPT, "The force should make sure that it records the ethnicity of all people who are stopped and "
             "searched.", True),
    ],
    people=[
        person("Ruth Heatherington", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Adebayo Nwosu", "chief-constable", F, "Chief Constable"),
        person("Nathaniel Crossfield", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are given as three bullets, each a bold grade label followed by a semicolon-separated list of areas "
        "(some containing commas).",
        "Appendix A's kind of statement is given only by the 'Source' cell. TVP-C-01 is the cause of concern; TVP-R-01/02 "
        "its recommendations; TVP-A-01..03 2023-25 AFIs; TVP-A21-06 a carried-forward 2021/22 AFI (a 2021/22 inspection "
        "with no judgement). NAT-VM-12 (a national recommendation to chief constables) and NAT-CUS-03 (a joint custody "
        "inspection, not PEEL) are not facts. TVP-A-04 to TVP-A-14 are listed by reference only.",
        "Questions: the tracker gives no area for the AFIs, so they follow their content: emergency calls and domestic abuse "
        "attendance -> responding-to-public (TVP-A-02 could fairly be read as protecting-vulnerable); demand and workforce "
        "planning -> leadership-management; stop and search recording -> treatment-of-public.",
        "has_force_update: true where the 'Latest update' cell has text; false for TVP-R-02, whose cell is '\u2013' "
        "('no update received this quarter').",
        "Not facts: the RAG ratings, internal audit's 'reasonable assurance', the Committee's view that arrangements 'are "
        "good', the Engage phase.",
        "People: the report's author 'Deputy Chief Constable Ruth Heatherington' (cover table); 'The Chief Constable, "
        "Adebayo Nwosu' and 'the Police and Crime Commissioner, Nathaniel Crossfield' in 2.2. 'ACC Crime' is unnamed.",
    ]))

# ks06 -- Chief Constable's annual report (Markdown), Dorset --------------------------------
F, W = "Dorset Police", "Wiltshire Police"
GOLDS.append(gold(
    "ks06.md", [F, W, "Devon and Cornwall Police"], [insp(F, P2325), insp(F, P2122), insp(W, P2325)],
    eight(F, G, G, G, A, G, O, G, G) + grades(F, P2122, [(MOS, O)]) + grades(W, P2325, [(RESP, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations of lower-level crime are completed "
             "promptly and that victims are told when an investigation is closed.", True),
        stmt(F, P2325, LFM, "The force should improve the way it uses data to understand and plan for future demand, "
             "including the demand from online crime.", True),
    ],
    people=[
        person("Bernadette Quayle", "commissioner", F, "Police and Crime Commissioner"),
        person("Declan Morrow-Hayes", "chief-constable", F, "Chief Constable"),
        person("Tobias Greenhalgh", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "Grades come from the Markdown table under 'PEEL 2023\u201325' ('**Outstanding**' in bold for managing offenders).",
        "'Managing offenders and suspects was also graded outstanding in 2021/22' gives a 2021/22 judgement. 'our neighbour "
        "Wiltshire Police was graded adequate for responding to the public in its own 2023\u201325 inspection' gives a "
        "Wiltshire judgement. Devon and Cornwall Police is named in passing.",
        "The performance table's ratings (green circle Good, orange circle Stable, red circle Needs focus) are OPCC ratings, "
        "not grades. Also not facts: '7 of 8 PEEL areas graded good or outstanding', Dorset & Wiltshire Fire and Rescue "
        "Service 'judged good', the custody inspection, 'a good level of compliance', the ambition 'to be rated outstanding "
        "for our workforce', 'adequate and effective' internal controls.",
        "The two open AFIs are a numbered list, each followed by a '**Progress:**' line: has_force_update true. They sit "
        "under no area heading; their questions follow the content (closing lower-level investigations -> "
        "investigating-crime; demand planning -> leadership-management). Unsure: a grader could leave these null.",
        "People: 'our Police and Crime Commissioner, Bernadette Quayle'; the foreword is signed 'Declan Morrow-Hayes' / "
        "'Chief Constable'; the HMI is named title-first.",
    ]))

# ks07 -- OPCC performance scorecard (CSV), Gloucestershire ---------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ks07.csv", [F], [insp(F, P2325), insp(F, P2122)],
    eight(F, A, A, A, RI, A, G, RI, A) + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that victims are updated at the points set out in the Victims' "
             "Code and that this is recorded.", True),
        stmt(F, P2325, WORK, "The force should make sure that all officers and staff have a regular wellbeing "
             "conversation with their supervisor.", False),
    ],
    notes=[
        "A KPI scorecard. Rows 5.1-5.8 give the PEEL 2023-25 grades in the 'Value' column ('Grade: <area>'). The 'Target' "
        "column ('Good') is the Commissioner's ambition and the 'Status' column (Good / On track / At risk / Requires "
        "improvement) is a KPI status: neither is a judgement, although some Status cells read 'Good' or 'Requires "
        "improvement'. Rows 1.2 and 3.2 have the status 'Requires improvement' and are not PEEL.",
        "Row 5.4's commentary 'Graded inadequate in 2021/22.' gives a 2021/22 investigating-crime judgement.",
        "The two AFIs sit in the 'Commentary' cells of rows 5.4 and 5.7 after 'Area for improvement:'; the row gives "
        "the question. 5.4 has 'Progress: ...' (true); 5.7 says 'Progress: not yet reported by the force.' (false).",
        "'Victim service (not graded)' and the count of open AFIs give nothing. Internal audit's 'Reasonable assurance' is "
        "not a grade. No person is named. UTF-8 with a BOM and CRLF line endings (an Excel export).",
    ]))

# ks08 -- Police Accountability Forum paper (TXT, cp1252, CRLF), Norfolk --------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "ks08.txt", [F, "Suffolk Constabulary"], [insp(F, P2325), insp(F, P2122)],
    eight(F, G, G, G, G, A, G, G, G) + grades(F, P2122, [(PVP, G)]),
    afis=[
        stmt(F, P2325, PVP, "The force should make sure that it completes risk assessments for all victims of domestic "
             "abuse at the first point of contact, including when the report is made online.", True),
        stmt(F, P2325, PVP, "The force should improve its management of registered sex offenders who are assessed as very "
             "high risk, so that home visits take place at the frequency the national guidance requires.", True),
        stmt(F, P2325, WORK, "The force should make sure that its leaders understand and act upon the findings of its "
             "staff survey, especially about workload.", False),
    ],
    people=[
        person("Marianne Ellery", "chief-constable", F, "Chief Constable"),
        person("Hugo Blakeney-Grant", "commissioner", F, "Police and Crime Commissioner for Norfolk"),
        person("Oliver Pask", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings; curly apostrophes, en dashes and a pound sign.",
        "KPI lines end 'Status: Good' etc. (the Commissioner's four-point scale); they are not judgements. The PEEL grades "
        "are a dotted-leader list in 3.1.",
        "'lower than in the 2021/22 inspection, when the force was graded good in that area' gives a 2021/22 "
        "protecting-vulnerable judgement.",
        "AFI 3 is followed by 'Update: To follow. This will be reported to the September forum.' The label is there but no "
        "update is given, so has_force_update is false (unsure).",
        "The AFI registered sex offenders is headed 'Protecting vulnerable people' in the document, so that is its question "
        "(not managing-offenders).",
        "Suffolk Constabulary is a collaboration partner with no grade; its Chief Constable is unnamed. Norfolk Fire and "
        "Rescue Service's 'judged good' and internal audit's 'adequate control environment' are distractors.",
    ]))

# ks09 -- Chief Constable's annual report (PDF), Hertfordshire ------------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "ks09.pdf", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [insp(F, P2325), insp(F, P2122)],
    eight(F, G, G, G, G, G, G, O, G) + grades(F, P2122, [(WORK, G)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure it understands why the charge rate for offences of violence "
             "against women and girls is lower than for other crimes, and act on what it finds.", True),
        stmt(F, P2325, INV, "The force should improve how it keeps victims informed about the progress of their case, "
             "especially where the investigation lasts more than 28 days.", True),
    ],
    people=[
        person("Andrea Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Tobias Rennick", "commissioner", F, "Police and Crime Commissioner"),
        person("Lee Hardcastle", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Grades are in a grid of eight cards (area name, then grade); in the printed text each card's area wraps over one "
        "or two lines with the grade on the next line.",
        "'The workforce grade is a step up from good in the 2021/22 inspection' gives a 2021/22 workforce judgement. The "
        "foreword's 'judged ... to be outstanding' repeats the 2023-25 workforce grade.",
        "Not facts: the KPI 'Delivery status' pills (Good / On track / Watch / Off track), Hertfordshire Fire and Rescue "
        "Service's 'requires improvement', the ambition 'to be judged outstanding in at least three areas by 2027', "
        "'reasonable assurance', 'unqualified opinion'.",
        "The two AFIs are boxes headed 'Area for improvement:' with 'What we have done:' (has_force_update true). No area "
        "heading; both concern investigations and victim updates -> investigating-crime (the VAWG one could be read as "
        "protecting-vulnerable).",
        "People: the Chief Constable signs the welcome ('Andrea Whitcombe' / 'Chief Constable'); 'Hertfordshire Police and "
        "Crime Commissioner Tobias Rennick' is title-first, so the title is the office alone; the HMI is title-first with a "
        "curly apostrophe.",
        "Bedfordshire Police and Cambridgeshire Constabulary are BCH collaboration partners named with no grade.",
    ]))

# ks10 -- Statement of Accounts narrative report (DOCX), Bedfordshire -----------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "ks10.docx", [F, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [insp(F, P2325)],
    eight(F, A, G, A, A, RI, G, G, A),
    afis=[
        stmt(F, P2325, PVP, "The force should make sure that it has enough trained staff in its child abuse investigation "
             "unit to manage the number of cases it receives."),
        stmt(F, P2325, RESP, "The force should make sure that it has an effective process to identify and respond to "
             "repeat callers who are vulnerable."),
    ],
    people=[
        person("Ayesha Lindqvist", "chief-constable", F, "Chief Constable for Bedfordshire"),
        person("Oliver Stenhouse", "commissioner", F, "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "The grades table is transposed: five columns headed Outstanding / Good / Adequate / Requires improvement / "
        "Inadequate, and one row whose cells hold the areas as separate paragraphs ('None' under Outstanding and "
        "Inadequate). In the text view a cell's paragraphs are joined with spaces.",
        "Not facts: the performance framework's 'Good, Stable or Requires Improvement' ratings and counts; 'adequate' "
        "internal control; the disclaimer and 'qualified opinion'; the aim 'to be a good force in every area'.",
        "The two AFIs are bullets after a narrative lead-in that is not part of either AFI, so they are two statements. "
        "No area heading: child abuse investigation capacity -> protecting-vulnerable (could be investigating-crime); "
        "vulnerable repeat callers -> responding-to-public. No update is given for either (progress is only said to be "
        "reported elsewhere).",
        "People: the Chief Constable signs 'Ayesha Lindqvist / Chief Constable for Bedfordshire' (name then title, kept "
        "in full); 'Oliver Stenhouse, Police and Crime Commissioner for Bedfordshire'. The Chief Finance Officer is unnamed.",
        "Cambridgeshire Constabulary and Hertfordshire Constabulary are collaboration partners with no grade here.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
