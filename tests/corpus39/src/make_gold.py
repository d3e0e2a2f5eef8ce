"""Write gold/ki01.json ... gold/ki10.json for corpus39 (format: shared/corpus/GOLD-FORMAT.md).

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
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
KEYS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]

BED, HER, TVP, KEN = ("Bedfordshire Police", "Hertfordshire Constabulary", "Thames Valley Police",
                      "Kent Police")
ESS, SUS, SUR, HAM = "Essex Police", "Sussex Police", "Surrey Police", "Hampshire Constabulary"
NOR, SUF = "Norfolk Constabulary", "Suffolk Constabulary"

# One set of invented PEEL 2023-25 grades per force, used wherever the force is graded.
GRADES = {
    BED: [A, A, RI, I, RI, A, A, RI],
    KEN: [A, G, G, A, RI, G, A, G],
    TVP: [A, G, RI, RI, I, A, A, RI],
    HAM: [G, A, A, RI, A, G, G, A],
    NOR: [G, G, RI, A, A, G, A, A],
    SUF: [G, O, A, A, G, G, G, G],
    ESS: [G, G, A, RI, A, G, G, A],
    SUS: [G, G, A, A, RI, G, G, G],
}


def grade_of(force, key):
    return GRADES[force][KEYS8.index(key)]


def insp(force, period=P2325, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all8(force):
    return grades(force, P2325, list(zip(KEYS8, GRADES[force])))


def some(force, keys):
    return grades(force, P2325, [(k, grade_of(force, k)) for k in keys])


def stmt(force, question, text, update=False, period=P2325, pillar="PEEL"):
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


# Statements shared between documents (the same words wherever they are quoted) ----------
BED_COC_INV = ("Bedfordshire Police does not investigate crime well enough. Too many investigations "
               "are not properly planned or supervised, and the force doesn\u2019t always keep victims "
               "informed, so some offenders are not brought to justice.")
BED_COC_PVP = ("The force is not doing enough to protect vulnerable people. It doesn\u2019t always "
               "identify risk when officers first attend domestic abuse incidents, and safeguarding "
               "referrals to partner agencies are often delayed.")
BED_REC_INV = ("Within six months, the force should: make sure that every investigation has a plan "
               "that is proportionate to the crime and is reviewed by a supervisor; make sure that "
               "investigations are allocated to officers and staff with the skills, training and "
               "capacity to complete them; and make sure that victims are told about the progress of "
               "their case and that their wishes are recorded when a case is closed.")
BED_REC_PVP1 = ("Within three months, the force should make sure that officers complete a risk "
                "assessment at every domestic abuse incident they attend, and that supervisors check "
                "the quality of these assessments.")
BED_REC_PVP2 = ("Within six months, the force should review how it makes safeguarding referrals to "
                "partner agencies, so that referrals are made without delay and their outcomes are "
                "recorded.")
TVP_COC = ("Thames Valley Police is not identifying and responding to the risks faced by vulnerable "
           "children quickly enough. Officers and staff don\u2019t consistently recognise signs of "
           "exploitation, and information isn\u2019t always shared with partner agencies.")
HER_COC = ("The force\u2019s investigations of crimes involving children are too often delayed, and it "
           "doesn\u2019t always make sure that child victims are supported while the investigation "
           "takes place.")
NOR_AFI1 = ("The force should make sure that it answers emergency calls within the national standard "
            "of ten seconds.")
SUS_AFI1 = ("The force should make sure that victims of domestic abuse are given timely updates on the "
            "progress of their case.")

IMOGEN = person("Imogen Tresilian", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")
ANSAH = person("Garfield Ansah", "chief-constable", BED, "Chief Constable")
FALKINER = person("Roderick Falkiner", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")

GOLDS = []

# ki01 -- HMICFRS PEEL 2023-25 report (PDF), Bedfordshire ---------------------------------
GOLDS.append(gold(
    "ki01.pdf", "peel-report-2021", [BED, HER], [HF],
    [insp(BED), insp(BED, P2122)],
    all8(BED) + grades(BED, P2122, [(INV, RI)]),
    afis=[
        stmt(BED, INV, "The force should improve how it manages the evidence and property it "
             "seizes during investigations."),
        stmt(BED, RESP, "The force should answer non-emergency calls more quickly and reduce the "
             "number of callers who abandon their call."),
        stmt(BED, PVP, "The force should make sure that its multi-agency safeguarding hub has "
             "enough trained staff to assess referrals about children within the timescales "
             "agreed with its partners."),
        stmt(BED, WORK, "The force should make sure that all its supervisors have received "
             "training in how to support the wellbeing of the people they manage."),
        stmt(BED, LFM, "The force should develop a better understanding of the demand it faces, "
             "so that it can make sure it has the right number of people with the right skills in "
             "the right places."),
    ],
    recs=[
        stmt(BED, INV, BED_REC_INV),
        stmt(BED, PVP, BED_REC_PVP1),
        stmt(BED, PVP, BED_REC_PVP2),
    ],
    coc=[stmt(BED, INV, BED_COC_INV), stmt(BED, PVP, BED_COC_PVP)],
    people=[IMOGEN, ANSAH],
    notes=[
        "A 2023-25 report printed to PDF with @page running headers ('PEEL 2023\u201325: "
        "Bedfordshire Police', 'Published: 18 March 2025') and page numbers. Each area section "
        "has its grade on a line of its own, then a boxed 'Cause of concern', its "
        "'Recommendations', and 'Area(s) for improvement' written as a bold lead sentence "
        "followed by explanatory paragraphs. Only the bold lead sentence is the AFI.",
        "The two causes of concern appear twice: in the 'Summary of findings' (each followed by a "
        "trailing '(page 3)' / '(page 4)' reference, not part of the text) and in their "
        "sections. Question keys come from the section they sit under.",
        "The investigating-crime recommendation is one lead-in ('Within six months, the force "
        "should:') with a) b) c) parts; per GOLD-FORMAT ('A lead-in sentence followed by bullets is "
        "one statement', sub-bullets joined) it is one recommendation with the letter markers "
        "removed. The protecting-vulnerable-people recommendations are two separately headed "
        "statements ('Recommendation 1', 'Recommendation 2'), so two recommendations.",
        "The multi-agency safeguarding hub AFI is split by the page break between pages 4 and 5: "
        "the running header and the page number '5' fall in the middle of it in the extracted "
        "text. The gold text is the sentence without them.",
        "The non-emergency calls AFI ends with a footnote marker (superscript 3) and the "
        "leadership AFI with a trailing '[AFI 5]' reference; neither is part of the text.",
        "'In our 2021/22 inspection, we graded the force as requires improvement for "
        "investigating crime' gives a 2021/22 judgement. The 'Other areas' paragraph repeats three "
        "table grades. The key listing the five grades, 'innovative practice', 'good practice', "
        "'not good enough' and 'an adequate supply' are distractors. The national recommendation "
        "to 'all chief constables' in the State of Policing report is not a force recommendation.",
        "Hertfordshire Constabulary is named only as a collaboration partner: in forces, no "
        "inspection.",
    ]))

# ki02 -- HMICFRS force page with accordions (HTML), Kent --------------------------------
GOLDS.append(gold(
    "ki02.html", "peel-report-2021", [KEN, ESS, SUS], [HF],
    [insp(KEN)], all8(KEN),
    afis=[
        stmt(KEN, PPT, "The force should make sure that its use of force is recorded accurately "
             "and that the records are scrutinised by supervisors."),
        stmt(KEN, INV, "The force should make sure that its investigations are carried out "
             "promptly and that delays are reviewed by a supervisor."),
        stmt(KEN, PVP, "The force should improve how it shares information with partner agencies "
             "when it finds that a child is at risk of harm."),
        stmt(KEN, WORK, "The force should make sure that it understands why officers are leaving "
             "in their first years of service, and that it acts on what it finds."),
    ],
    people=[
        person("Oluwaseun Price", "chief-constable", KEN, "Chief Constable"),
        FALKINER,
    ],
    also={"areas_for_improvement": [
        stmt(KEN, PVP, "The force should make sure that all domestic abuse protection orders are "
             "monitored and that breaches are acted on."),
    ]},
    notes=[
        "An HMICFRS force page: cookie banner, menu, breadcrumbs, grade cards, HMI summary, then "
        "'Areas for improvement' as <details> accordions under area headings. Four summary lines "
        "are the AFI statements themselves (the explanation is hidden below). The fourth "
        "accordion's summary is only a title ('Domestic abuse protection orders'); its AFI is the "
        "bold first paragraph of the detail, which a browser hides until the accordion is "
        "opened. It is a statement of the page but not shown on load, so it is in "
        "also_acceptable. The four others are the summary lines themselves.",
        "'Preventing crime' card -> preventing-crime. 'We found no causes of concern.'",
        "Distractors: the grading scale sentence, 'Innovative practice' and 'Promising practice' "
        "boxes ('good practice'), the national recommendation to the Home Office and NPCC "
        "('not a recommendation for Kent Police alone'), the cookie date, Kent Fire and Rescue "
        "Service and the archived 2021/22 report link (no grade).",
        "Essex Police and Sussex Police are named only in 'Related content' links: in forces, no "
        "inspection. People: the HMI is named name-first ('Roderick Falkiner, His Majesty\u2019s "
        "Inspector of Constabulary'), the Chief Constable title-first.",
    ]))

# ki03 -- Thames Valley PCC tracker (DOCX) ------------------------------------------------
GOLDS.append(gold(
    "ki03.docx", "response-record", [TVP], [HF],
    [insp(TVP)], some(TVP, [PVP, RESP, INV, LFM, PREV]),
    afis=[
        stmt(TVP, PPT, "The force should improve its understanding of, and its explanation to "
             "communities for, the disproportionate use of stop and search on people from ethnic "
             "minority backgrounds.", True),
        stmt(TVP, RESP, "The force should make sure that it meets its own attendance times for "
             "incidents graded as priority.", True),
        stmt(TVP, INV, "The force should make sure that it uses all available investigative "
             "opportunities, including digital forensic evidence, at the earliest stage of an "
             "investigation.", True),
        stmt(TVP, INV, "The force should improve the way it records victims\u2019 decisions to "
             "withdraw support for an investigation.", False),
        stmt(TVP, LFM, "The force should improve how it evaluates the benefits of its change "
             "programme.", True),
    ],
    recs=[
        stmt(TVP, PVP, "Within three months, the force should make sure that all reports of "
             "missing children are risk-assessed by a supervisor and that the reasons for each "
             "assessment are recorded.", True),
        stmt(TVP, PVP, "Within six months, the force should make sure that frontline officers and "
             "staff are trained to recognise signs of child criminal and sexual exploitation, and "
             "that they know how to share information with partner agencies.", True),
    ],
    coc=[stmt(TVP, PVP, TVP_COC, True)],
    people=[
        person("Barnaby Quist", "commissioner", TVP, "Police and Crime Commissioner"),
        person("Ayesha Rendall", "chief-constable", TVP, "Chief Constable"),
        person("Tomasz Wilk", "chief-constable", TVP, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A PCC's tracker in Word (landscape) with columns Ref | Type | Area / recommendation | "
        "Status | Update. Section rows are merged across all five columns; the Type cell "
        "'Area for improvement' is merged DOWN over the five AFI rows (the continuation cells are "
        "empty vMerge cells). Each Area cell starts with a bold area label ('Investigating "
        "crime') in its own paragraph, then the statement: the label gives the question key and "
        "is not part of the text. Updates run to several paragraphs.",
        "Grades: 'inadequate for protecting vulnerable people' (also in the section row 'graded "
        "Inadequate'), 'requires improvement in three further areas: responding to the public, "
        "investigating crime, and leadership and force management', 'good at preventing crime'. "
        "'adequate in the remaining three areas' names no area, so it gives nothing.",
        "has_force_update: the Update column is the force's update ('Updates are provided by the "
        "force'), true for the cause of concern, both recommendations and four AFIs. AFI4's "
        "'Update to be provided at the next Level 1 meeting.' gives no update: false.",
        "Not facts: R2.1 is a 'Force action' (the force's own words, not the inspectorate's); N1 "
        "(to chief constables) and N2 (to the College of Policing) are national recommendations, "
        "'not specific to Thames Valley Police'.",
        "People: PCC and Chief Constable title-first in the introduction; 'Deputy Chief Constable "
        "Tomasz Wilk' in the CoC update is a chief-constable with qualifier deputy. The Assistant "
        "Chief Constable is unnamed and not a fact.",
    ]))

# ki04 -- HMICFRS revisit letter (PDF), Bedfordshire --------------------------------------
GOLDS.append(gold(
    "ki04.pdf", "peel-report-2021", [BED], [HF],
    [insp(BED)], some(BED, [INV, PVP]),
    recs=[
        stmt(BED, PVP, BED_REC_PVP1),
        stmt(BED, PVP, BED_REC_PVP2),
        stmt(BED, INV, BED_REC_INV),
    ],
    coc=[stmt(BED, PVP, BED_COC_PVP), stmt(BED, INV, BED_COC_INV)],
    people=[
        IMOGEN, ANSAH,
        person("Philippa Orme-Dacre", "commissioner", BED,
               "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "An HMICFRS revisit letter to the Chief Constable, printed to PDF with an OFFICIAL header "
        "and 'Page n of 3' footer. It quotes both causes of concern and their recommendations "
        "from the PEEL 2023-25 report (ki01) word for word in blockquotes, under the heading of "
        "their area, so they are facts of this document with the same question keys. It says "
        "the protecting-vulnerable-people cause is 'discharged' and its two recommendations "
        "'closed', and that the investigating-crime cause 'remains open' (parts a) and b) open, "
        "c) closed). Status is not part of the schema; the statements are listed whatever their "
        "status.",
        "The investigating-crime recommendation is the lead-in 'Within six months, the force "
        "should:' with a) b) c) parts, one statement as in ki01. The table 'Part | Status | What "
        "we found' only names the parts ('a) Investigation plans and supervision') and adds no "
        "statement.",
        "has_force_update is false throughout: the letter gives the inspectorate's findings on "
        "progress, not the force's own update.",
        "Grades: 'We graded the force inadequate at investigating crime and as requiring "
        "improvement at protecting vulnerable people.' No AFI is quoted ('the five areas for "
        "improvement' are only counted).",
        "Genre: an inspectorate document about a 2023-25 inspection, so peel-report-2021 (no "
        "genre is made for letters). People: the HMI in the letterhead and signature (name then "
        "title), 'Chief Constable Garfield Ansah' in the address block, 'Philippa Orme-Dacre, "
        "Police and Crime Commissioner for Bedfordshire' in the copy line.",
    ]))

# ki05 -- Hampshire PCC section 55 response (DOCX) ----------------------------------------
GOLDS.append(gold(
    "ki05.docx", "response-record", [HAM, SUS], [HF],
    [insp(HAM), insp(HAM, P2122), insp(SUS)],
    all8(HAM) + grades(HAM, P2122, [(INV, A)]),
    afis=[
        stmt(HAM, INV, "The force should make sure that investigations are reviewed by a "
             "supervisor at regular intervals, and that the reviews set clear actions.", True),
        stmt(HAM, INV, "The force should reduce the time it takes to examine digital devices "
             "seized during investigations.", True),
        stmt(HAM, RESP, "The force should make sure that it gives callers appropriate advice on "
             "preserving evidence and on crime prevention.", True),
        stmt(HAM, PVP, "The force should improve its use of Clare\u2019s Law disclosures so that "
             "applications are dealt with within the required timescales.", False),
        stmt(HAM, LFM, "The force should make sure it has a clear plan to manage the savings it "
             "needs to make over the next three years.", True),
        stmt(SUS, PVP, SUS_AFI1, False),
    ],
    people=[
        person("Cordelia Massingham", "commissioner", HAM, "Police and Crime Commissioner"),
        person("Idris Pennock", "chief-constable", HAM, "Chief Constable"),
    ],
    notes=[
        "A PCC's section 55 response in Word. The force is named by its alias 'Hampshire and "
        "Isle of Wight Constabulary'. Grades are in prose: 'good in three areas: police powers "
        "and public treatment, managing offenders and suspects, and building, supporting and "
        "protecting the workforce' (a colon list whose last item has commas of its own), "
        "'adequate for preventing crime, for responding ..., for protecting ... and for "
        "leadership and force management', 'Investigating crime was graded requires improvement, "
        "a fall from the adequate grade it received in 2021/22' (-> 2021/22 investigating crime "
        "Adequate).",
        "Each AFI: a bold 'Area for improvement n' label, the statement in Word's 'Quote' style, "
        "then 'Chief Constable\u2019s response:' (true). AFI 4 has only a 'Commissioner\u2019s "
        "comment:' saying the force's response 'is still outstanding' (false; 'outstanding' is "
        "not a grade there).",
        "Sussex Police: 'received a similar area for improvement in protecting vulnerable people "
        "in its own PEEL 2023\u201325 report:' followed by the quoted AFI -> an AFI of Sussex "
        "Police 2023-25 (question protecting-vulnerable, no update), with its inspection but no "
        "judgement. The 'Sussex Police and Crime Commissioner' is unnamed.",
        "Distractors: 'Innovative practice'/'good practice' box, the national recommendation to "
        "the Home Office, 'There were no causes of concern', the medium-term financial plan "
        "years, the unnamed Deputy Chief Constable. The signature 'Police and Crime Commissioner "
        "for Hampshire and the Isle of Wight' comes after the title-first mention in the meta "
        "table, so the title is 'Police and Crime Commissioner'.",
    ]))

# ki06 -- Norfolk PCC news post (Markdown) ------------------------------------------------
GOLDS.append(gold(
    "ki06.md", "press-release", [NOR, SUF], [HF],
    [insp(NOR), insp(SUF)],
    all8(NOR) + some(SUF, [PREV]),
    afis=[
        stmt(NOR, None, NOR_AFI1),
        stmt(NOR, None, "The force should make sure that incidents are graded in line with its own "
             "policy, and that the attendance of officers is prioritised according to risk."),
        stmt(NOR, None, "The force should make sure that victim personal statements are offered "
             "and recorded in every appropriate case."),
        stmt(NOR, None, "The force should improve how it monitors the workload of its frontline "
             "officers."),
        stmt(NOR, None, "The force should make sure that its plans for its estate and its fleet "
             "are affordable and linked to its workforce plan."),
    ],
    people=[
        person("Tobias Renwick", "commissioner", NOR, "Police and Crime Commissioner"),
        person("Morwenna Blythe", "chief-constable", NOR, "Chief Constable"),
    ],
    notes=[
        "A PCC website news post exported as Markdown: YAML front matter (with a consultation "
        "deadline), a breadcrumb line, a pipe table of grades ('**Requires improvement**' in "
        "bold), a blockquoted quote, a numbered list of five AFIs with Markdown footnote "
        "references, and footnote definitions at the end.",
        "The five AFIs are listed with no area, so question is null (GOLD-FORMAT: 'null where "
        "none fits'), although the first two plainly concern responding to the public. AFI 1 "
        "ends with '[^1]' attached to the full stop and AFI 3 with ' [^2]'; the markers are not "
        "part of the text.",
        "'Suffolk Constabulary was graded outstanding for preventing crime in its own inspection' "
        "-> Suffolk 2023-25 preventing-crime Outstanding (the same PEEL round, as the "
        "comparison says). 'three forces as outstanding ... and eleven as requiring "
        "improvement' names no force. No causes of concern.",
        "People: 'Norfolk\u2019s Police and Crime Commissioner, Tobias Renwick' (title first) and "
        "'Chief Constable Morwenna Blythe'. 'good work', the precept and the cookie line are "
        "distractors.",
    ]))

# ki07 -- Suffolk police and crime panel paper (PDF) --------------------------------------
GOLDS.append(gold(
    "ki07.pdf", "response-record", [SUF, NOR], [HF],
    [insp(SUF), insp(NOR)],
    all8(SUF) + some(NOR, [RESP]),
    afis=[
        stmt(SUF, RESP, "The force should improve how it identifies repeat and vulnerable callers "
             "when they first contact it.", True),
        stmt(SUF, INV, "The force should make sure that it completes investigations into rape and "
             "serious sexual offences without unnecessary delay.", True),
        stmt(SUF, INV, "The force should make sure that its officers follow the national guidance "
             "on the out-of-court resolutions it uses.", False),
        stmt(NOR, RESP, NOR_AFI1, False),
    ],
    people=[
        person("Tilly Okafor", "commissioner", SUF, "Police and Crime Commissioner for Suffolk"),
        person("Alasdair Beckwith", "chief-constable", SUF, "Chief Constable"),
    ],
    notes=[
        "A police and crime panel paper ('Agenda item 7') printed to PDF with a running header "
        "and page numbers. 'The report sets out five areas for improvement. Three of these ... are "
        "set out below ... The remaining two are covered in Appendix B.' Appendix B is not part "
        "of the paper (exempt), so only three Suffolk AFIs are facts.",
        "Each AFI has a label ('Area for improvement 1:') that is not part of the text. The first "
        "two are followed by 'Constabulary response:' (true); the third says the response 'was "
        "not available' (false).",
        "Norfolk Constabulary: 'Norfolk was graded requires improvement for responding to the "
        "public. One of the areas for improvement in Norfolk\u2019s report reads:' -> a judgement "
        "and an AFI of Norfolk 2023-25 (same words as in ki06); the paragraph is about responding "
        "to the public, so its question is responding-to-public.",
        "Distractors: the box 'RECOMMENDATION: The Panel is asked to note ...' (the panel's own "
        "recommendation), Suffolk Fire and Rescue Service's 'graded good', 'one of only a small "
        "number of forces to be graded outstanding' (restates the table), 'no causes of concern', "
        "the 2025/26 budget and Appendix A.",
        "People: 'Tilly Okafor, Police and Crime Commissioner for Suffolk' (name first, title "
        "after) and 'Chief Constable Alasdair Beckwith'.",
    ]))

# ki08 -- Essex Police improvement plan (DOCX) --------------------------------------------
GOLDS.append(gold(
    "ki08.docx", "response-record", [ESS, KEN], [HF],
    [insp(ESS), insp(KEN)],
    all8(ESS) + some(KEN, [INV]),
    afis=[
        stmt(ESS, INV, "The force should make sure that it has enough trained detectives to "
             "investigate serious and complex crime.", True),
        stmt(ESS, INV, "The force should improve the quality of the initial investigation carried "
             "out by officers who first attend a crime.", True),
        stmt(ESS, RESP, "The force should make sure that it deploys to incidents within the time it "
             "sets for each grade of incident.", True),
        stmt(ESS, PVP, "The force should make sure that officers use body-worn video at all "
             "domestic abuse incidents they attend.", True),
        stmt(ESS, LFM, "The force should improve how it uses data to understand the performance of "
             "its teams.", False),
    ],
    people=[
        person("Zainab Hollis", "chief-constable", ESS, "Chief Constable"),
        person("Lorcan Whitby", "commissioner", ESS, "Police, Fire and Crime Commissioner"),
    ],
    notes=[
        "A force's improvement plan reported to the PFCC's board, in Word (landscape). The plan "
        "table 'Ref | HMICFRS area for improvement | Internal action | Owner | Progress update | "
        "RAG' merges the Ref, AFI and Progress update cells DOWN over each AFI's action rows. "
        "The AFI cell starts with an area label paragraph (question key, not text).",
        "The internal actions (1.1a, 1.1b, ...) are 'the force\u2019s own and are not the "
        "inspectorate\u2019s words': not facts. has_force_update is true where the merged "
        "Progress update cell has text; AFI 4.1's is '\u2013' (false).",
        "Kent Police 'was graded adequate for investigating crime in its own PEEL 2023\u201325 "
        "inspection' -> Kent 2023-25 investigating-crime Adequate (as in ki02).",
        "Distractors: the national vetting recommendation to 'chief constables', 'good practice', "
        "Essex County Fire and Rescue Service, RAG ratings, the board's 'Recommendation' to note "
        "the paper, 'no causes of concern'. Owners are roles, not named people.",
        "People: 'Chief Constable Zainab Hollis' (meta table) and 'Police, Fire and Crime "
        "Commissioner Lorcan Whitby'.",
    ]))

# ki09 -- local news article (TXT, cp1252, CRLF), Sussex ----------------------------------
GOLDS.append(gold(
    "ki09.txt", "press-release", [SUS, SUR], [HF],
    [insp(SUS)], all8(SUS),
    afis=[
        stmt(SUS, None, SUS_AFI1),
        stmt(SUS, None, "The force should make sure that stalking protection orders are used "
             "whenever they would help to protect a victim."),
    ],
    people=[
        FALKINER,
        person("Rosalind Yeo", "chief-constable", SUS, "Chief Constable"),
        person("Anwen Castellano", "commissioner", SUS, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    notes=[
        "A local news article saved as text in Windows-1252 with CRLF line endings (curly quotes, "
        "en dash, '\u2022' bullets and '\u00a3').",
        "Grades in prose: '\u201crequires improvement\u201d at protecting vulnerable people', 'good "
        "in five of the eight areas ...: police powers and public treatment, preventing crime, "
        "managing offenders and suspects, building, supporting and protecting the workforce, and "
        "leadership and force management' (a list whose fourth item has commas of its own), "
        "'adequate for both responding to the public and investigating crime'.",
        "'sets out four areas for improvement. They include:' then two bulleted AFIs: 'They "
        "include:' is not a statement, and the bullets are full sentences, so they are two "
        "separate AFIs. The article names no area for them: question null. The partial quote "
        "'the force should \u201cimprove how it supervises the use of its mental health triage "
        "service\u201d' is a fragment, not the statement as written, and is left out; the fourth "
        "AFI is not given at all.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Roderick Falkiner', 'Chief "
        "Constable Rosalind Yeo', 'Sussex\u2019s Police and Crime Commissioner, Anwen "
        "Castellano'. The reporter is not a fact. Surrey Police is named as a neighbour whose "
        "report 'has not yet been published': in forces, no inspection. 'outstanding' rescue by "
        "fire crews, 'isn\u2019t good enough', the precept and 2025/26 are distractors.",
        "Genre: a newspaper article; the nearest genre is press-release.",
    ]))

# ki10 -- HMICFRS monitoring page (HTML) --------------------------------------------------
GOLDS.append(gold(
    "ki10.html", "national-release", [BED, TVP, HER], [HF],
    [insp(BED), insp(TVP), insp(HER)],
    some(BED, [INV, PVP]) + some(TVP, [PVP]) + grades(HER, P2325, [(INV, RI)]),
    coc=[
        stmt(BED, INV, BED_COC_INV),
        stmt(BED, PVP, BED_COC_PVP),
        stmt(TVP, PVP, TVP_COC),
        stmt(HER, INV, HER_COC),
    ],
    notes=[
        "An HMICFRS web page that lists causes of concern from PEEL 2023-25 in a table 'Force | "
        "Area (grade in PEEL 2023\u201325) | Cause of concern | Raised | Status'. Each row gives a "
        "cause of concern of that force, with the question from the Area cell and a judgement "
        "from the grade in brackets ('Investigating crime (Inadequate)'). Open and discharged "
        "causes are both statements of the page.",
        "Hertfordshire Constabulary's cause of concern says 'The force\u2019s investigations ...' "
        "and is that force's by its row.",
        "Not facts: the counts with no force ('14 causes of concern ... across 9 forces'), the "
        "grading scale, and the three 'Recommendations to national bodies' (to the Home Office "
        "and NPCC, the College of Policing, and 'All chief constables'), which are 'not "
        "recommendations to any individual force'. No recommendations to a force are quoted.",
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
