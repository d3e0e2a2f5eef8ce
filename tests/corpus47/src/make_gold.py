"""Write gold/kr01.json ... gold/kr10.json for corpus47 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

CLE, DUR, NUM = "Cleveland Police", "Durham Constabulary", "Northumbria Police"
LAN, CUM, MER = "Lancashire Constabulary", "Cumbria Constabulary", "Merseyside Police"
SYP, GMP, GWE, SWP = "South Yorkshire Police", "Greater Manchester Police", "Gwent Police", "South Wales Police"
HUM, NYP, CHE, WYP = "Humberside Police", "North Yorkshire Police", "Cheshire Constabulary", "West Yorkshire Police"

# One set of invented PEEL 2023-25 grades per force, used by every document that states them.
GRADES = {
    CLE: {PPT: RI, PREV: A, RESP: I, INV: RI, PVP: A, MOS: G, SOC: A, WORK: RI, LFM: A, CDI: G},
    DUR: {PPT: G, PREV: O, RESP: G, INV: G, PVP: A, MOS: G, SOC: G, WORK: G, LFM: G, CDI: O},
    LAN: {PPT: G, PREV: G, RESP: A, INV: RI, PVP: A, MOS: G, SOC: G, WORK: A, LFM: G, CDI: G},
    MER: {PPT: G, PREV: O, RESP: G, INV: A, PVP: G, MOS: A, SOC: O, WORK: G, LFM: G, CDI: G},
    SYP: {PPT: G, PREV: G, RESP: A, INV: A, PVP: RI, MOS: G, SOC: G, WORK: G, LFM: A, CDI: G},
    GWE: {PPT: A, PREV: G, RESP: RI, INV: RI, PVP: RI, MOS: A, SOC: A, WORK: RI, LFM: RI, CDI: A},
    SWP: {PREV: G, RESP: A},
    CUM: {PPT: A, PREV: A, RESP: G, INV: I, PVP: RI, MOS: A, SOC: G, WORK: A, LFM: RI, CDI: RI},
    HUM: {PPT: G, PREV: O, RESP: O, INV: G, PVP: G, MOS: G, SOC: G, WORK: G, LFM: O, CDI: G},
    NYP: {PPT: A, PREV: G, RESP: RI, INV: A, PVP: A, MOS: G, SOC: A, WORK: A, LFM: RI, CDI: A},
    CHE: {PPT: G, PREV: G, RESP: G, INV: A, PVP: G, MOS: O, SOC: G, WORK: G, LFM: G, CDI: G},
    WYP: {PPT: G, PREV: G, RESP: O, INV: A, PVP: G, MOS: G, SOC: O, WORK: G, LFM: G, CDI: G},
}
ALL = [PPT, PREV, RESP, INV, PVP, MOS, SOC, WORK, LFM, CDI]


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, question, grade, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def g2325(force, areas=ALL):
    return [j(force, P2325, q, GRADES[force][q]) for q in areas]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


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


HMI_ASHDOWN = person("Catriona Ashdown", "inspector", HF, "His Majesty's Inspector of Constabulary")
HMI_CARROW = person("Benedict Carrow", "inspector", HF, "His Majesty's Inspector of Constabulary")

GOLDS = []

# kr01 -- live page of timestamped updates (HTML): Cleveland and Durham ------------------
GOLDS.append(gold(
    "kr01.html", "national-release", [CLE, DUR, NUM], [HF],
    [insp(CLE, P2325), insp(DUR, P2325), insp(CLE, P2122)],
    g2325(CLE) + g2325(DUR) + [j(CLE, P2122, RESP, RI)],
    people=[
        HMI_ASHDOWN,
        person("Helen Oduya", "chief-constable", DUR, "Chief Constable"),
        person("Martin Pryce-Waller", "chief-constable", CLE, "Chief Constable"),
        person("Derek Mansell", "commissioner", CLE, "Police and Crime Commissioner"),
    ],
    notes=[
        "A live page: the posts run newest first, so the grades are spread over the 10:05-12:20 "
        "posts. Cleveland's ten grades come from the 10:42 post (responding: inadequate) and "
        "the 10:30 post (the other nine, in three grouped lists). Durham's come from the 11:35 "
        "list; the CC's 12:20 quote repeats three of them.",
        "'In the previous inspection, in 2021/22, it was graded requires improvement in that "
        "area' gives Cleveland's 2021/22 responding grade (HMICFRS era, named in the summary).",
        "Distractors, no facts: Cleveland Fire Brigade 'rated good', the readers' comments "
        "('Inadequate is generous'), the poll, the hypothetical 'could be rated inadequate "
        "across the board', the five-point scale sentence, 'Most read' (Ofsted 'rated good', "
        "Northumbria Police misconduct story) and 'Related stories' (CQC 'requires improvement'). "
        "Northumbria Police is named only in the most-read list: in forces, no inspection.",
        "An unnamed assistant chief constable and the live-page reporters are not person facts. "
        "Derek Mansell: 'Cleveland's Police and Crime Commissioner, Derek Mansell' is title-first, "
        "so the title is the office alone.",
        "Genre: no genre fits a newsroom live page; national-release because it covers two forces.",
    ]))

# kr02 -- regional TV web story printed to PDF: Lancashire ------------------------------
GOLDS.append(gold(
    "kr02.pdf", "press-release", [LAN, CUM, MER], [HF],
    [insp(LAN, P2325), insp(LAN, P2122), insp(CUM, P2325)],
    g2325(LAN) + [j(LAN, P2122, INV, A), j(CUM, P2325, INV, I)],
    people=[
        HMI_ASHDOWN,
        person("Graham Tolland", "chief-constable", LAN, "Chief Constable"),
        person("Andrea Lowther", "commissioner", LAN, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(MER, P2325)], "judgements": [j(MER, P2325, SOC, O)]},
    notes=[
        "Lancashire's ten grades come from the 'Key findings' box (a float printed first in the "
        "PDF text): investigating 'requires improvement'; 'Responding to the public, protecting "
        "vulnerable people and building the workforce: adequate'; and 'Good for preventing crime, "
        "police powers and public treatment, managing offenders, serious organised crime, "
        "leadership and crime recording' (six areas, matching 'good in six other areas').",
        "'When the same area was last inspected, in 2021/22, it was graded adequate' gives the "
        "2021/22 investigating grade.",
        "'In neighbouring Cumbria, inspectors graded the constabulary inadequate for investigating "
        "crime earlier this year' gives Cumbria's 2023-25 investigating grade (the period is not "
        "named, but the article is about the same round of PEEL inspections, published in 2024).",
        "Merseyside's grade is only a headline in the 'More on this story' list, with no period, "
        "so it is in also_acceptable only.",
        "Distractors: the county's fire and rescue service 'rated good', the CQC rating of "
        "Lancashire Teaching Hospitals, the five-point scale sentence, 'a good force in most of "
        "what we do', 'a good job', 'No cause of concern identified', Ofsted in the list.",
        "Genre: a news story about one force's report; press-release is the nearest genre.",
    ]))

# kr03 -- force press office news release (DOCX): Merseyside ----------------------------
GOLDS.append(gold(
    "kr03.docx", "press-release", [MER], [HF],
    [insp(MER, P2325)],
    g2325(MER),
    afis=[
        stmt(MER, P2325, INV,
             "The force should make sure that investigations are supervised at regular intervals "
             "and that the supervisor\u2019s direction is recorded on the crime record."),
        stmt(MER, P2325, INV,
             "The force should improve how quickly it examines seized digital devices, so that "
             "investigations are not delayed."),
        stmt(MER, P2325, MOS,
             "The force should make sure that registered sex offenders are visited at the frequency "
             "their risk level requires, and that overdue visits are identified and completed."),
    ],
    people=[
        person("Serena Abara", "chief-constable", MER, "Chief Constable"),
        person("Liam Farrant", "chief-constable", MER, "Deputy Chief Constable", "deputy"),
        person("Maria Quinlan", "commissioner", MER, "Police and Crime Commissioner"),
    ],
    notes=[
        "The six good areas are a Word 'List Bullet' list under 'was graded good in six areas:'.",
        "The AFIs sit under Heading 3 area names in a Word 'List Number' list (the numbers are "
        "list formatting, not text). has_force_update is false for all three: 'Work on all three "
        "is already under way' is one general sentence, not an update to any statement.",
        "Notes to editors list the grade scale and 'good-quality images'; Merseyside Fire and "
        "Rescue Service is named but not graded. The page header and footer are not body text.",
    ]))

# kr04 -- newspaper long read, print page with pull quote and caption (PDF): South Yorkshire
GOLDS.append(gold(
    "kr04.pdf", "press-release", [SYP, GMP], [HF, H],
    [insp(SYP, P2325), insp(SYP, P2122), insp(SYP, "2016", "Effectiveness", H)],
    g2325(SYP) + [j(SYP, P2122, PVP, A), j(SYP, "2016", None, RI, "Effectiveness")],
    people=[
        person("Neil Hartigan", "chief-constable", SYP, "Chief Constable"),
        HMI_CARROW,
    ],
    notes=[
        "The standfirst and body give the grades in prose ('rated good in six areas, among them "
        "...', 'also graded good', 'each graded adequate'); the boxed table at the end of the "
        "columns repeats all ten.",
        "'a fall from adequate when inspectors last looked, in 2021/22' gives the 2021/22 "
        "protecting-vulnerable grade. 'In 2016, the inspectorate - then called HMIC - graded the "
        "force requires improvement for effectiveness' gives a 2016 Effectiveness pillar "
        "judgement with inspectorate HMIC.",
        "The HMI is named twice: 'HM Inspector Benedict Carrow' in the pull quote and 'His "
        "Majesty's Inspector of Constabulary Benedict Carrow' in the body; the full form is the title.",
        "Distractors: 'adequate funding', 'doing good work', 'Could we be rated inadequate next "
        "time?', the fire and rescue advert, the unnamed South Yorkshire Mayor (not a person fact) "
        "and a detective sergeant in the photo caption. Greater Manchester Police is named with no grade.",
    ]))

# kr05 -- PA wire copy (TXT, cp1252, CRLF): Gwent, South Wales in passing -----------------
GOLDS.append(gold(
    "kr05.txt", "press-release", [GWE, SWP], [HF],
    [insp(GWE, P2325), insp(SWP, P2325)],
    g2325(GWE) + [j(SWP, P2325, PREV, G), j(SWP, P2325, RESP, A)],
    recs=[stmt(GWE, P2325, INV,
               "Within six months, the force should review how it allocates investigations, so that "
               "each is assigned to an investigator with the right skills and accreditation.")],
    coc=[stmt(GWE, P2325, INV,
              "The force doesn\u2019t make sure that investigations are allocated to suitably trained "
              "staff, properly supervised and completed to a good standard, and as a result some "
              "victims don\u2019t receive the service they should.")],
    people=[
        person("Owain Treharne", "inspector", HF, "HM Inspector of Constabulary"),
        person("Rhian Beddoe", "chief-constable", GWE, "Chief Constable"),
        person("Gareth Pugh-Evans", "commissioner", GWE, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings, curly apostrophes and en dashes, as wire copy is often "
        "delivered. 'Heddlu Gwent' is the Welsh name.",
        "Gwent's ten grades: five 'requires improvement' in one list, 'good' at preventing crime, "
        "and 'adequate' in the remaining four (named).",
        "The cause of concern is reproduced in full as an indented, hard-wrapped block. The first recommendation "
        "is also an indented block, after 'The first reads:'. The "
        "second recommendation is not quoted and gives nothing. Both sit under investigating crime.",
        "South Wales Police: 'rated good at preventing crime and adequate at responding to the "
        "public' in its inspection 'last year'; the wire does not name the period, taken as the "
        "same 2023-25 round.",
        "Distractors: 'good working relationships', 'a good standard' (inside the CoC text), the "
        "scale, 'A force could be rated inadequate if ...', South Wales Fire and Rescue Service "
        "'rated good'.",
    ]))

# kr06 -- AMP article with correction notice (HTML): Cumbria --------------------------------
GOLDS.append(gold(
    "kr06.html", "press-release", [CUM, LAN, DUR], [HF],
    [insp(CUM, P2325)],
    g2325(CUM),
    recs=[stmt(CUM, P2325, INV,
               "Within three months, the force should make sure that every investigation is reviewed "
               "by a supervisor before it is closed, and that the review is recorded.")],
    coc=[stmt(CUM, P2325, INV,
              "Cumbria Constabulary isn't investigating crime effectively. Too many investigations "
              "are closed without reasonable lines of enquiry being completed, and victims aren't "
              "always kept updated.")],
    people=[
        HMI_ASHDOWN,
        person("Ewan Stabler", "chief-constable", CUM, "Chief Constable"),
        person("Ian Thwaite", "commissioner", CUM, "Police, Fire and Crime Commissioner"),
    ],
    notes=[
        "AMP markup (amp-consent, amp-img, amp-custom styles). The body gives all ten grades "
        "in prose. The correction notice says an earlier version had crime recording as "
        "'inadequate'; only the corrected grade, requires improvement, is a fact.",
        "The cause of concern is the paragraph in the 'In full' box; the one quoted "
        "recommendation is a bullet in the same box.",
        "Lancashire and Durham are named in passing ('good grades for most areas'): no "
        "judgement. Distractors: 'budget remained adequate', the fire service 'rated good' in "
        "2023, the paywall, Ofsted, 'Good news for Keswick', the readers' poll.",
    ]))

# kr07 -- weekly newsletter email round-up (Markdown) -------------------------------------
GOLDS.append(gold(
    "kr07.md", "national-release", [HUM, NYP, CHE, WYP, CLE], [HF, H],
    [insp(HUM, P2325), insp(HUM, "2015", "Effectiveness", H), insp(NYP, P2325),
     insp(CHE, P2325), insp(WYP, P2325), insp(CLE, P2325)],
    g2325(HUM) + [j(HUM, "2015", None, I, "Effectiveness")] + g2325(NYP)
    + g2325(CHE, [MOS, INV]) + g2325(WYP, [RESP, SOC, INV]) + g2325(CLE, [RESP]),
    afis=[stmt(CHE, P2325, INV,
               "The force should make sure that victims are told when their investigation is "
               "finalised and given an explanation of the outcome.")],
    people=[
        person("Paul Kestrel", "chief-constable", HUM, "Chief Constable"),
        person("Jonathan Bellamy", "commissioner", HUM, "Police and Crime Commissioner for Humberside"),
        HMI_CARROW,
        person("Tim Ardagh", "chief-constable", NYP, "Chief Constable"),
        person("Joanna Whitlock", "chief-constable", CHE, "Chief Constable"),
        person("Imran Qadir", "chief-constable", WYP, "Chief Constable"),
    ],
    also={"judgements": g2325(CHE, [PPT, PREV, RESP, PVP, SOC, WORK, LFM, CDI])
          + g2325(WYP, [PPT, PREV, PVP, MOS, WORK, LFM, CDI])},
    notes=[
        "Humberside: three outstanding areas in a sentence, then 'Every other graded area came "
        "out as good:' with the seven areas as a Markdown list. 'HMIC graded Humberside inadequate "
        "for effectiveness back in 2015' gives a 2015 Effectiveness pillar judgement (HMIC).",
        "North Yorkshire: two requires improvement, two good, and 'The other six graded areas "
        "(...) are all adequate' with the six named in brackets.",
        "Cheshire: 'good in eight other areas' and West Yorkshire: 'everything else was good' "
        "do not name the areas; naming them needs the list of ten areas from outside the "
        "document, so those goods are in also_acceptable only.",
        "Cleveland: 'last month's inadequate grade for responding to the public' (2023-25).",
        "The Cheshire AFI is a Markdown blockquote. Distractors: the 'Worth noting' scale box, "
        "the fire service, CQC and Ofsted line, readers' letters ('Could North Yorkshire be "
        "rated inadequate next time'), the poll, the unnamed Mayor of West Yorkshire.",
        "Jonathan Bellamy: 'The Police and Crime Commissioner for Humberside, Jonathan Bellamy' - "
        "the title is kept as written because it is one unbroken phrase; a grader may prefer "
        "'Police and Crime Commissioner'.",
    ]))

# kr08 -- council news release (DOCX): Cheshire -------------------------------------------
GOLDS.append(gold(
    "kr08.docx", "press-release", [CHE], [HF],
    [insp(CHE, P2325)],
    g2325(CHE, [PVP, PREV, MOS]),
    people=[
        person("Dan Rourke", "commissioner", CHE, "Police and Crime Commissioner"),
        person("Joanna Whitlock", "chief-constable", CHE, "Chief Constable"),
    ],
    notes=[
        "A council's release, so it gives only the three grades where the council works with "
        "the force (prose and a three-row Word table). The headline's 'good' inspection names no "
        "area and gives no overall judgement (2023-25 has no overall grade).",
        "Distractors: 'good news', the council's children's services 'rated good by Ofsted', "
        "Cheshire Fire and Rescue Service 'rated good', 'An adequate supply of grit', 'rated "
        "good or bad', the unnamed Cabinet Member, the 2025/26 budget and 2025-28 strategy.",
    ]))

# kr09 -- press office media cuttings file (DOCX): North Yorkshire ------------------------
GOLDS.append(gold(
    "kr09.docx", "press-release", [NYP, HUM], [HF],
    [insp(NYP, P2325), insp(HUM, P2325)],
    g2325(NYP) + g2325(HUM, [RESP]),
    afis=[stmt(NYP, P2325, RESP,
               "The force should make sure it answers non-emergency calls promptly and that callers "
               "who abandon a call are called back where there is a risk of harm.")],
    people=[
        person("Benedict Carrow", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Tim Ardagh", "chief-constable", NYP, "Chief Constable"),
    ],
    notes=[
        "All ten grades are spread over the summary and three quoted cuttings (Word 'Quote' "
        "style): requires improvement for responding and leadership; good for preventing crime "
        "and managing offenders; adequate for the other six.",
        "Item 6, a radio bulletin, said the force was 'rated inadequate'; the press office note "
        "and the broadcast correction say that was wrong. No inadequate grade is a fact.",
        "The AFI is quoted inside the Yorkshire Ledger cutting. has_force_update false.",
        "Humberside's 'outstanding for responding to the public' in the forward look is a grade "
        "in passing. The Deputy Mayor for Policing, Fire and Crime is unnamed. North Yorkshire "
        "Fire and Rescue Service is not graded.",
    ]))

# kr10 -- fact check printed to PDF: West Yorkshire -----------------------------------------
GOLDS.append(gold(
    "kr10.pdf", "national-release", [WYP, HUM, DUR, CLE], [HF],
    [insp(WYP, P2325), insp(WYP, P2122), insp(HUM, P2325), insp(DUR, P2325), insp(CLE, P2325)],
    g2325(WYP) + [j(WYP, P2122, RESP, G)] + g2325(HUM, [PREV, RESP, LFM])
    + g2325(DUR, [PREV, CDI]) + g2325(CLE, [RESP]),
    people=[person("Imran Qadir", "chief-constable", WYP, "Chief Constable")],
    notes=[
        "The claim box says the force is 'outstanding ... for investigating crime'; the verdict "
        "and the table say adequate. The claim's grade is not a fact.",
        "'In its 2021/22 inspection the force was graded good in that area' gives the 2021/22 "
        "responding grade.",
        "Humberside's three and Durham's two outstanding grades are named in passing. 'West "
        "Yorkshire and Durham Constabulary received two each' adds nothing new.",
        "Cleveland: 'could be rated inadequate for everything next year' is a hypothetical; "
        "'was graded inadequate for responding to the public in March 2025' is a fact.",
        "Distractors: the counting hypothetical ('one outstanding grade and nine good'), fire "
        "services and Ofsted ratings, the unnamed inspectorate spokesperson.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        if g.get("also_acceptable") is None:
            g.pop("also_acceptable", None)
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
