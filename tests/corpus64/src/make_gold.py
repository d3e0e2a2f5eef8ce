"""Write gold/li01.json ... gold/li10.json for corpus64 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
SUR, SUS, WMP = "Surrey Police", "Sussex Police", "West Midlands Police"
STA, NOR = "Staffordshire Police", "Northamptonshire Police"
DER, CHE = "Derbyshire Constabulary", "Cheshire Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         encoding="utf-8", inspectorates=(HF,), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


# Invented grades, the same wherever a force appears.
WMP25 = [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A)]
NOR25 = [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, RI), (MOS, A), (WORK, G), (LFM, A)]
STA22 = [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, A), (LFM, A)]

# WMP statements (li02, li03)
W_RESP = ("The force should reduce the time it takes to answer non-emergency calls, and make sure callers "
          "who abandon a 101 call are called back where there is a risk to them.")
W_SUP = ("The force should make sure that investigations are supervised effectively, with supervisors "
         "setting and reviewing clear investigation plans.")
W_WD = ("The force should improve how it records the victim\u2019s wishes when a victim withdraws support for "
        "an investigation, and consider whether evidence-led prosecution is possible.")
W_DA = ("The force should make sure officers consistently complete risk assessments at domestic abuse "
        "incidents and share them promptly with partner agencies.")
# Staffordshire 2023-25 (li04, li05)
S_COC = ("The force isn\u2019t making sure that investigations are carried out promptly, supervised properly "
         "and completed to a good standard, so too many victims don\u2019t get the outcome they should.")
S_R1 = ("Within six months, the force should make sure that every investigation has a documented plan that "
        "a supervisor reviews at regular intervals.")
S_R2 = ("Within six months, the force should reduce the number of investigations held by each investigator "
        "to a level that allows them to be progressed without delay.")

GOLDS = []

# li01 -- Surrey PCC "HMICFRS inspections" index page with accordions (HTML)
GOLDS.append(gold(
    "li01.html", "response-record", [SUR, SUS],
    [insp(SUR, P2325), insp(SUR, P2122)] + [insp(SUR, P1819, p) for p in ("Effectiveness", "Efficiency", "Legitimacy")],
    grades(SUR, P2325, [(PREV, O), (INV, RI), (RESP, A), (PVP, A)])
    + grades(SUR, P2122, [(PREV, G), (INV, A)])
    + [{"force": SUR, "period": P1819, "pillar": p, "question": None, "grade": G}
       for p in ("Effectiveness", "Efficiency", "Legitimacy")],
    people=[person("Imogen Castellow", "commissioner", SUR, "Commissioner")],
    also={"inspections": [insp(SUR, P1819)]},
    notes=[
        "An index page of the PCC's section 55 responses: each accordion (<details>) gives a report title, "
        "dates, a short summary and the link 'Read the PCC's response'. No statement text is quoted.",
        "PEEL 2023-25: four named grades. 'good in four other areas' names no area and gives nothing.",
        "PEEL 2021/22: preventing crime good, investigating crime adequate; 'good practice' and the quoted "
        "'good at the things residents care about most' are distractors.",
        "PEEL 2018/19: 'judged good at effectiveness, good at efficiency and good at legitimacy' gives three "
        "pillar judgements (question null) with pillar inspections, as corpus13 did for 2018/19 pillar grades; "
        "the integrated PEEL 2018/19 inspection is also_acceptable.",
        "The vetting thematic (national recommendations to all chief constables, 'an adequate supply') and the "
        "custody inspection (no grades) give nothing. HM Inspectorate of Prisons is not HMIC.",
        "Sussex Police is named only through the Sussex PCC link (collaboration partner): forces only.",
        "People: 'The Commissioner, Imogen Castellow' -> title 'Commissioner'. The Deputy PCC (Tariq "
        "Blanchflower, named only in a related-content link) and the Chief Executive are not person facts. "
        "The Chief Constable is unnamed.",
    ]))

# li02 -- WMP PCC section 55 letter (PDF), AFIs quoted in quotation marks
GOLDS.append(gold(
    "li02.pdf", "response-record", [WMP, STA], [insp(WMP, P2325)],
    grades(WMP, P2325, WMP25),
    afis=[stmt(WMP, P2325, RESP, W_RESP, True), stmt(WMP, P2325, INV, W_SUP, True),
          stmt(WMP, P2325, INV, W_WD, True), stmt(WMP, P2325, PVP, W_DA, False)],
    people=[person("Bernard Thurlow", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary"),
            person("Lorraine Ashgrove", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Declan Harbottle", "chief-constable", WMP, "Chief Constable"),
            person("Rashida Okonjo-Fenwick", "commissioner", WMP, "Police and Crime Commissioner for the West Midlands")],
    also={"people": [person("Jasbir Kaur Dhillon", "commissioner", WMP, "Deputy Police and Crime Commissioner", "deputy")]},
    notes=[
        "A section 55 letter with letterhead, 'Our ref: PCC/HMI/2025/117', addressee block and signature block.",
        "Grades are in prose: four 'adequate' areas given as a semicolon list, including 'building, supporting "
        "and protecting the workforce' (commas inside one area).",
        "Each AFI is quoted in curly double quotes inside a blockquote; the gold text leaves the quote marks out. "
        "check_gold cannot find such spans because its whole-span test wants a space before and after (see README).",
        "has_force_update: true where a 'Force update:' follows. The protecting-vulnerable AFI has only 'My "
        "comments', which say the force could not give an update: false.",
        "The outcome 16 recommendation is national, to all chief constables: no fact. 'good practice' is a "
        "distractor. Staffordshire Police is named in passing.",
        "People: the addressee 'Sir Bernard Thurlow / His Majesty's Chief Inspector of Constabulary' (Sir dropped); "
        "the HMI is named title-first. The Deputy PCC in the cc list is also_acceptable only; an unnamed ACC is "
        "not a fact.",
    ]))

# li03 -- the same response as a web page; plain-English paraphrases, original wording in an appendix
GOLDS.append(gold(
    "li03.html", "response-record", [WMP], [insp(WMP, P2325)],
    grades(WMP, P2325, WMP25),
    afis=[stmt(WMP, P2325, RESP, W_RESP, True), stmt(WMP, P2325, INV, W_SUP, True),
          stmt(WMP, P2325, INV, W_WD, True), stmt(WMP, P2325, PVP, W_DA, True)],
    people=[person("Rashida Okonjo-Fenwick", "commissioner", WMP, "Police and Crime Commissioner")],
    notes=[
        "The body gives each AFI only as a plain-English paraphrase ('In short: ...') with 'What the force has "
        "done:'; the inspectorate's exact wording is in the appendix <ol>, numbered 1-4 to match the headings. "
        "The statement text is the appendix wording; each has_force_update is true because the numbered body "
        "section gives the force's update for it.",
        "Unlike the letter (li02), AFI 4 now has an update (the page was updated in February 2026): true here.",
        "The grades table gives all eight 2023-25 grades; the five-point-scale sentence gives nothing.",
        "The Deputy PCC is named only in a related-content link ('Deputy PCC ...'): not a person fact. The "
        "Chief Constable is unnamed here.",
    ]))

# li04 -- Staffordshire 'Holding the Chief Constable to account' page printed to PDF
GOLDS.append(gold(
    "li04.pdf", "response-record", [STA, WMP, DER, CHE], [insp(STA, P2325), insp(STA, P2122)],
    grades(STA, P2325, [(INV, I), (RESP, RI), (PVP, RI), (LFM, RI)]) + grades(STA, P2122, [(RESP, I)]),
    recs=[stmt(STA, P2325, INV, S_R1), stmt(STA, P2325, INV, S_R2)],
    coc=[stmt(STA, P2325, INV, S_COC)],
    people=[person("Martin Aldersey", "commissioner", STA, "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
            person("Helena Marsh-Rudd", "chief-constable", STA, "Chief Constable")],
    also={"people": [person("Rhiannon Tellwright", "commissioner", STA, "Deputy Commissioner", "deputy")]},
    notes=[
        "A web page saved with the browser's 'Print to PDF': the print date/time and page title at the top and "
        "the URL at the foot are part of the printed page.",
        "Grades: inadequate for investigating crime; requires improvement for three named areas; 'adequate in "
        "the remaining four areas' names none, so nothing. 'Responding to the public had been graded inadequate "
        "in 2021/22' gives a 2021/22 judgement.",
        "The cause of concern and its two recommendations sit in a boxed panel; they have no update on this page "
        "(it points to the board minutes), so has_force_update is false. Their question is investigating-crime.",
        "Staffordshire Fire and Rescue Service's grades (good at effectiveness and people, requires improvement "
        "for efficiency) are fire grades: no police facts.",
        "West Midlands, Derbyshire and Cheshire are named as neighbours: forces only.",
        "The Deputy Commissioner (appointed) is also_acceptable only; the Chief Executive is not a fact.",
    ]))

# li05 -- Staffordshire Strategic Governance Board minutes with an action log (DOCX)
GOLDS.append(gold(
    "li05.docx", "response-record", [STA, WMP], [insp(STA, P2325)],
    grades(STA, P2325, [(INV, I)]),
    afis=[stmt(STA, P2325, PVP, "The force should improve the quality of its safeguarding referrals for children, "
               "so that partner agencies receive the information they need.", True),
          stmt(STA, P2325, RESP, "The force should make sure that call handlers use THRIVE consistently to assess "
               "the risk in every call for service.", False)],
    recs=[stmt(STA, P2325, INV, S_R1, True), stmt(STA, P2325, INV, S_R2, True)],
    people=[person("Martin Aldersey", "commissioner", STA, "Staffordshire Commissioner"),
            person("Helena Marsh-Rudd", "chief-constable", STA, "Chief Constable"),
            person("Owen Petrakis", "chief-constable", STA, "Deputy Chief Constable", "deputy")],
    also={"people": [person("Rhiannon Tellwright", "commissioner", STA, "Deputy Staffordshire Commissioner", "deputy")]},
    notes=[
        "Minutes in Word: a 'Present' table of name | role, numbered items, the recommendations in Word's "
        "'Quote' style under 'Recommendation 1/2' headings, each followed by a bold 'Force update:' (true).",
        "The cause of concern is referred to but not quoted: no cause-of-concern fact.",
        "The two AFIs are quoted inline in single quotes after 'HMICFRS said:'. (a) is followed by the DCC's "
        "update (true); (b) says 'No update was available' (false). check_gold cannot find quote-bounded spans "
        "(see README).",
        "'eleven open areas for improvement' and the action log (which refers to AFIs without their text) give "
        "nothing. The ACC (named in the Present table) and SCO staff are not person facts.",
        "West Midlands Police is named in passing ('good practice' in regional collaboration is a distractor).",
    ]))

# li06 -- Northamptonshire OPFCC quarterly performance report with RAG table (PDF)
GOLDS.append(gold(
    "li06.pdf", "response-record", [NOR], [insp(NOR, P2325)],
    grades(NOR, P2325, NOR25),
    afis=[stmt(NOR, P2325, PVP, "The force should make sure that officers complete domestic abuse risk assessments "
               "accurately and that high-risk cases are reviewed by a supervisor within 24 hours.", True),
          stmt(NOR, P2325, PVP, "The force should make sure that it shares information about children at risk with "
               "children\u2019s social care without delay.", False),
          stmt(NOR, P2325, RESP, "The force should make sure it attends incidents within the times it has set, and "
               "keeps callers informed when attendance will be delayed.", True),
          stmt(NOR, P2325, MOS, "The force should make sure that home visits to registered sex offenders are "
               "completed on time and that risk management plans are kept up to date.", True),
          stmt(NOR, P2325, LFM, "The force should improve its workforce planning so that it: understands the skills "
               "its workforce has and will need; and can fill gaps in detective and call-handling roles.", True)],
    notes=[
        "A quarterly performance report with a running header (@page) and page numbers. KPI RAG statuses "
        "(Green/Amber/Red) are not grades.",
        "The AFI table has columns Ref | Area for improvement (HMICFRS wording) | Force update | OPCC assessment | "
        "RAG. The Ref cell carries a short area code (PVP, RESP, MOS, LFM) which gives the question.",
        "AFI 2's Force update is 'Update awaited ...': false. AFI 5 is a lead-in with two bullets in one cell, "
        "joined into one statement.",
        "The grading-scale note, 'did not grade the service to victims', the national thematic's recommendations "
        "to all chief constables and the closed 2021/22 AFIs give nothing. No person is named.",
    ]))

# li07 -- Northamptonshire PFCC page covering police and fire inspections (Markdown)
GOLDS.append(gold(
    "li07.md", "response-record", [NOR], [insp(NOR, P2325), insp(NOR, P2122)],
    grades(NOR, P2325, NOR25) + grades(NOR, P2122, [(INV, RI)]),
    people=[person("Adele Strickland-Moyo", "commissioner", NOR, "Police, Fire and Crime Commissioner"),
            person("Ivor Penhaligon", "chief-constable", NOR, "Chief Constable")],
    also={"people": [person("Nils Okafor-Reid", "commissioner", NOR, "Deputy Police, Fire and Crime Commissioner", "deputy")]},
    notes=[
        "A saved page converted to Markdown, with cookie banner, menu, breadcrumb and footer.",
        "The 2023-25 grades are all in prose, grouped by grade ('good at ..., good at ..., and good at ...'; "
        "'adequate for ..., ..., and ...'). 'Investigating crime, graded requires improvement in 2021/22, is now "
        "adequate' gives both a 2021/22 and a 2023-25 judgement.",
        "'seven areas for improvement and no causes of concern' gives nothing.",
        "The fire section (Northamptonshire Fire and Rescue Service grades, its cause of concern and its "
        "italic recommendation) is about a fire and rescue service: no police facts. The Chief Fire Officer "
        "is not a person fact.",
        "The 'Other policing inspections' table says only 'Graded? Yes/No': no grade word, no judgement.",
        "The PFCC is named title-first: title 'Police, Fire and Crime Commissioner'.",
    ]))

# li08 -- Surrey PCC decision record (DOCX)
GOLDS.append(gold(
    "li08.docx", "response-record", [SUR, SUS], [insp(SUR, P2325)],
    grades(SUR, P2325, [(INV, RI), (PREV, O)]),
    afis=[stmt(SUR, P2325, INV, "The force should make sure that it has enough trained detectives to investigate "
               "serious and complex crime, and that their workloads are manageable.", False)],
    people=[person("Gareth Wyn-Pollard", "chief-constable", SUR, "Chief Constable"),
            person("Imogen Castellow", "commissioner", SUR, "Police and Crime Commissioner for Surrey")],
    notes=[
        "A Word decision record: a key/value table, standard headings, and an approval table with 'Name and "
        "title' in one cell.",
        "'graded outstanding for preventing and deterring crime' and 'requires improvement at investigating "
        "crime' are the only grades. 'investigating crime was its weakest area' adds nothing.",
        "The AFI is quoted in Word's 'Intense Quote' style. The record says the force's own plan for it 'is not "
        "part of this decision': has_force_update false (the decision is the PCC's funding, not a force update).",
        "Sussex Police's unit was 'good practice': forces only. The Deputy PCC (consulted) and the author are "
        "not main person facts; the Deputy PCC ('The Deputy Police and Crime Commissioner, Tariq "
        "Blanchflower', consulted) is in also_acceptable only, as an appointed deputy.",
    ],
    also={"people": [person("Tariq Blanchflower", "commissioner", SUR, "Deputy Police and Crime Commissioner", "deputy")]}))

# li09 -- Staffordshire Commissioner's response to PEEL 2021/22 (DOCX), findings in a table
GOLDS.append(gold(
    "li09.docx", "response-record", [STA], [insp(STA, P2122)],
    grades(STA, P2122, STA22),
    afis=[stmt(STA, P2122, INV, "The force should make sure that investigations are allocated to staff with the "
               "right skills and experience.", True),
          stmt(STA, P2122, INV, "The force should improve the quality and consistency of its supervision of "
               "investigations.", False),
          stmt(STA, P2122, PVP, "The force should improve its understanding of the nature and scale of "
               "vulnerability in its area, so that it can work with partners to reduce it.", True)],
    recs=[stmt(STA, P2122, RESP, "Within six months, the force should improve its response to calls for service by: "
               "reducing the time taken to answer emergency and non-emergency calls; making sure it assesses risk "
               "consistently at first contact; and attending incidents within its published times.", True)],
    coc=[stmt(STA, P2122, RESP, "The force isn't answering calls for service quickly enough or assessing the risk "
              "to callers consistently, which means that vulnerable people may not get the help they need.", True)],
    people=[person("Simon Draycott-Vale", "chief-constable", STA, "Temporary Chief Constable", "temporary"),
            person("Martin Aldersey", "commissioner", STA, "Staffordshire Commissioner for Police, Fire and Rescue and Crime")],
    notes=[
        "The findings are in a three-column table, HMICFRS finding | Type | Force response; each finding's kind "
        "is given only by the Type cell, and its question by the merged section row above it.",
        "The recommendation is a lead-in ending 'by:' with three List Bullet paragraphs in the same cell: one "
        "statement, bullets joined.",
        "'Not yet received.' in the response cell: has_force_update false for the supervision AFI.",
        "2021/22 names: 'treatment of the public' -> treatment-of-public, 'developing a positive workplace' -> "
        "workforce, 'good use of resources' -> leadership-management (graded adequate; its 'good' is not a "
        "grade). Service to victims is not graded.",
        "The three crime-recording AFIs are only counted; the national recommendation to all forces is left out.",
        "The Commissioner is named only in the signature, with the full title under his name.",
    ]))

# li10 -- WMP PCC newsletter email (cp1252, CRLF)
GOLDS.append(gold(
    "li10.txt", "press-release", [WMP, STA], [insp(WMP, P2325), insp(WMP, P1819, "Effectiveness")],
    grades(WMP, P2325, [(PREV, G), (MOS, G), (RESP, RI), (INV, RI)])
    + [{"force": WMP, "period": P1819, "pillar": "Effectiveness", "question": None, "grade": G}],
    people=[person("Rashida Okonjo-Fenwick", "commissioner", WMP, "Police and Crime Commissioner"),
            person("Declan Harbottle", "chief-constable", WMP, "Chief Constable")],
    encoding="cp1252",
    also={"inspections": [insp(WMP, P1819)]},
    notes=[
        "A plain-text newsletter email with headers (charset windows-1252), CRLF line endings, curly quotes, "
        "en dashes and pound signs.",
        "Grades are '* Good \u2013 preventing crime' style bullets; 'rated adequate in the other four areas' "
        "names none.",
        "'the inspectorate's 2018/19 PEEL assessment judged the force good at effectiveness' gives a 2018/19 "
        "Effectiveness judgement (the inspectorate of the sentence is HMICFRS, named above). ''good' looks like' "
        "is a distractor.",
        "'outstanding work with young people' (the Deputy PCC's quote) is a distractor. The Deputy PCC is "
        "written 'Deputy PCC Jasbir Kaur Dhillon' and is not a person fact.",
        "Genre: a commissioner's newsletter item about a report is closest to a press release.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
