"""Write gold/md01.json ... gold/md10.json for corpus85 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFI, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"


def insp(f, per, pil, ins=None):
    return {"force": f, "period": per, "pillar": pil, "inspectorate": ins}


def j(f, per, pil, q, g):
    return {"force": f, "period": per, "pillar": pil, "question": q, "grade": g}


def st(f, per, pil, q, text, upd=False):
    return {"force": f, "period": per, "pillar": pil, "question": q, "text": text,
            "has_force_update": upd}


def person(name, role, org, title, qual=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qual}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces,
         "inspectorates": insps, "inspections": inspections, "judgements": list(judgements),
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# md01 -- HMIC efficiency 2016 PDF copied to text, Lincolnshire
F = "Lincolnshire Police"
GOLDS.append(gold("md01.txt", "peel-report",
    [F, "Leicestershire Police", "Nottinghamshire Police"], [H],
    [insp(F, "2016", EFI, H), insp(F, "2015", EFI, H)],
    [j(F, "2016", EFI, None, G), j(F, "2016", EFI, "understanding-demand", G),
     j(F, "2016", EFI, "using-resources", G), j(F, "2016", EFI, "planning-future", RI),
     j(F, "2015", EFI, None, G)],
    afis=[st(F, "2016", EFI, "using-resources",
             "The force should ensure that its performance review process is used consistently, so that it has a reliable record of the skills and development needs of its whole workforce."),
          st(F, "2016", EFI, "planning-future",
             "The force should develop its medium-term financial plan so that it extends beyond 2018/19 and sets out the savings it will need to make in each year."),
          st(F, "2016", EFI, "planning-future",
             "The force should develop a clear plan for the size, shape and skills of its workforce after the strategic partnership with G4S comes to an end.")],
    notes=["Text copied out of the PDF: lines broken mid-sentence, soft hyphens at line ends in prose ('legiti- macy', 'under- standing'), running titles and page numbers between paragraphs, and the grade 'table' as one cell per line (question line, then grade line).",
           "'Overall judgement1' carries a footnote marker; the footnote lists all four grades and gives nothing.",
           "'In 2015, HMIC judged Lincolnshire Police to be good in respect of efficiency' gives the 2015 judgement (HMIC named for it).",
           "Leicestershire and Nottinghamshire are partners named in passing; Lincolnshire Fire and Rescue and G4S are not forces."]))

# md02 -- forwarded email with HMICFRS 2018/19 release, City of London
F = "City of London Police"
GOLDS.append(gold("md02.txt", "press-release",
    [F, "Metropolitan Police Service", "British Transport Police"], [HF],
    [insp(F, "2018/19", PEEL, HF), insp(F, "2017", LEG, None)],
    [j(F, "2017", LEG, None, RI)],
    afis=[st(F, "2018/19", PEEL, "fair-treatment-public",
             "The force should ensure it has effective external scrutiny of its use of stop and search, and that the outcomes of that scrutiny are published.")],
    people=[person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary"),
            person("Ian Dyson", "chief-constable", F, "Commissioner")],
    also={"judgements": [j(F, "2018/19", EFF, None, G), j(F, "2018/19", EFI, None, G),
                         j(F, "2018/19", LEG, None, RI)]},
    notes=["The quoted release gives the three 2018/19 pillar grades only as bullets; as in dev12 these pillar grades are also_acceptable. No overall 2018/19 grade is stated.",
           "The forwarder's 'the legitimacy inspection in 2017 also judged the force to require improvement' gives a 2017 Legitimacy judgement; no inspectorate is named for it, so inspectorate null.",
           "The AFI is quoted in the forwarder's part; no force update is given ('The Commissioner's written response will follow').",
           "Ian Dyson is the City of London Police's chief officer, titled Commissioner (first named as 'Commissioner Ian Dyson QPM'). Priya Raghunathan is a council officer, not a person fact.",
           "The Met and BTP are named in the notes to editors, with no grade."]))

# md03 -- Markdown note, Humberside effectiveness 2017
F = "Humberside Police"
GOLDS.append(gold("md03.md", "press-release",
    [F, "South Yorkshire Police", "North Yorkshire Police", "West Yorkshire Police"], [HF, H],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, H)],
    [j(F, "2017", EFF, None, RI), j(F, "2017", EFF, "preventing-crime", G),
     j(F, "2017", EFF, "investigating-crime", RI), j(F, "2017", EFF, "protecting-vulnerable", RI),
     j(F, "2017", EFF, "serious-organised-crime", G), j(F, "2016", EFF, None, RI)],
    afis=[st(F, "2017", EFF, "investigating-crime",
             "The force should ensure that all investigations are allocated to officers with the right skills and are supervised effectively, so that victims receive a consistent service."),
          st(F, "2017", EFF, "investigating-crime",
             "The force should review its capacity to examine digital devices, so that evidence is not lost and investigations are not delayed."),
          st(F, "2017", EFF, "protecting-vulnerable",
             "The force should improve how it assesses and manages the risk posed by registered sex offenders, and reduce the number of overdue visits.")],
    people=[person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary"),
            person("Keith Hunter", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Markdown task-list items ('- [ ] ...') are the AFIs; the text excludes the '[ ]' box.",
           "The struck-through '[x] ~~...~~' item is a closed 2016 AFI that the note says to ignore; it is left out (its text is wrapped in ~~ marks).",
           "'in 2016, when HMIC also judged Humberside to require improvement for effectiveness' gives the 2016 judgement, HMIC named; the 2017 report link names HMICFRS.",
           "Specialist capabilities 'not graded this year' gives nothing. Helen Collier is a Federation official, not a person fact. North and West Yorkshire are named in a to-do line only."]))

# md04 -- CSV tracker, Hampshire legitimacy / effectiveness 2017
F = "Hampshire Constabulary"
GOLDS.append(gold("md04.csv", "response-record", [F], [HF],
    [insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF)],
    [j(F, "2017", LEG, None, G), j(F, "2017", LEG, "fair-treatment-public", G),
     j(F, "2017", LEG, "ethical-lawful-workforce", G), j(F, "2017", LEG, "fair-treatment-workforce", RI),
     j(F, "2017", EFF, None, G), j(F, "2017", EFF, "preventing-crime", G),
     j(F, "2017", EFF, "investigating-crime", G), j(F, "2017", EFF, "protecting-vulnerable", RI),
     j(F, "2017", EFF, "serious-organised-crime", G)],
    afis=[st(F, "2017", LEG, "fair-treatment-public",
             "The force should improve how it monitors the use of force by its officers, including analysing data to identify any disproportionality.", True),
          st(F, "2017", LEG, "ethical-lawful-workforce",
             "The force should ensure that its counter-corruption unit has enough capacity to assess all corruption intelligence promptly."),
          st(F, "2017", LEG, "fair-treatment-workforce",
             "The force should improve how it identifies and supports officers and staff whose wellbeing is at risk.", True),
          st(F, "2017", EFF, "protecting-vulnerable",
             "The force should ensure that domestic abuse risk assessments are completed accurately, and reviewed by a supervisor, in every case.", True),
          st(F, "2017", EFF, "investigating-crime",
             "The force should reduce the backlog of digital devices awaiting examination.")],
    people=[person("Olivia Pinkney", "chief-constable", F, "Chief Constable"),
            person("Michael Lane", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Excel export: UTF-8 with BOM, CRLF, fields with commas or line breaks are quoted (two AFIs hold a line break inside the cell). The pillar grade is repeated on every row of the 'HMICFRS grade (pillar)' column.",
           "The column header names HMICFRS, so both 2017 inspections have inspectorate HMICFRS.",
           "has_force_update is false for an empty update cell (L17-02) and for 'Not yet received' (E17-02).",
           "Specialist capabilities 'Ungraded' gives nothing; the Hampshire Fire and Rescue Service row is a fire inspection, not a police judgement.",
           "Olivia Pinkney is named inside a force update cell; Michael Lane in the sign-off row."]))

# md05 -- printed Outlook email, Avon and Somerset 2018/19
F = "Avon and Somerset Constabulary"
P = "2018/19"
GOLDS.append(gold("md05.pdf", "press-release",
    [F, "Gloucestershire Constabulary", "Wiltshire Police"], [HF],
    [insp(F, P, PEEL, HF)],
    [j(F, P, PEEL, "using-resources", O), j(F, P, PEEL, "planning-future", O),
     j(F, P, PEEL, "preventing-crime", G), j(F, P, PEEL, "investigating-crime", G),
     j(F, P, PEEL, "protecting-vulnerable", G), j(F, P, PEEL, "serious-organised-crime", G),
     j(F, P, PEEL, "fair-treatment-public", G), j(F, P, PEEL, "ethical-lawful-workforce", G),
     j(F, P, PEEL, "fair-treatment-workforce", G)],
    afis=[st(F, P, PEEL, "investigating-crime",
             "The constabulary should ensure that it reviews the quality of its investigation plans so that investigations are supervised consistently.")],
    people=[person("Wendy Williams", "inspector", HF, "HM Inspector of Constabulary"),
            person("Andy Marsh", "chief-constable", F, "Chief Constable"),
            person("Sue Mountstevens", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": [j(F, P, EFF, None, G), j(F, P, EFI, None, O), j(F, P, LEG, None, G),
                         j(F, "2017", EFI, None, O)],
          "inspections": [insp(F, "2017", EFI, None)]},
    notes=["The grades table copied from the PCC website has one column per grade, each question sitting under the grade it received; empty Requires improvement and Inadequate columns. Question grades are pillar PEEL (dev12 convention); 'Meeting current demands and using resources' -> using-resources.",
           "The three pillar grades in the force's bullets are 2018/19 pillar grades: also_acceptable.",
           "'rated outstanding for efficiency for the second year running' implies a 2017 efficiency grade of outstanding, but only by inference from 'second year running': also_acceptable.",
           "The AFI is listed in the news item with no update; the CC's general remark on supervising investigations is not an update.",
           "Gloucestershire and Wiltshire are named in passing. Oliver Trent is OPCC staff."]))

# md06 -- Confluence export printed to PDF, Norfolk 2023-25
F = "Norfolk Constabulary"
S = "Suffolk Constabulary"
GOLDS.append(gold("md06.pdf", "peel-report-2021", [F, S], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, None), insp(S, "2023-25", PEEL, None)],
    [j(F, "2023-25", PEEL, "treatment-of-public", G), j(F, "2023-25", PEEL, "preventing-crime", G),
     j(F, "2023-25", PEEL, "responding-to-public", A), j(F, "2023-25", PEEL, "investigating-crime", A),
     j(F, "2023-25", PEEL, "protecting-vulnerable", G), j(F, "2023-25", PEEL, "managing-offenders", G),
     j(F, "2023-25", PEEL, "workforce", A), j(F, "2023-25", PEEL, "leadership-management", G),
     j(F, "2021/22", PEEL, "treatment-of-public", G), j(F, "2021/22", PEEL, "preventing-crime", G),
     j(F, "2021/22", PEEL, "responding-to-public", RI), j(F, "2021/22", PEEL, "investigating-crime", A),
     j(F, "2021/22", PEEL, "protecting-vulnerable", G), j(F, "2021/22", PEEL, "managing-offenders", G),
     j(S, "2023-25", PEEL, "responding-to-public", G)],
    afis=[st(F, "2023-25", PEEL, "responding-to-public",
             "The constabulary should make sure that, when it cannot attend an incident within the set time, the risk to the caller is reassessed and the caller is updated."),
          st(F, "2023-25", PEEL, "investigating-crime",
             "The constabulary should make sure that investigation plans are recorded and reviewed by supervisors, and that victims are told why a case is closed."),
          st(F, "2023-25", PEEL, "workforce",
             "The constabulary should improve how it develops its first-line supervisors, so that they have the time and skills to support their teams.")],
    people=[person("Roy Wilsher", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Giles Orpen-Smellie", "commissioner", F, "Police and Crime Commissioner"),
            person("Paul Sanford", "chief-constable", F, "Chief Constable")],
    notes=["Grades table with a 2021/22 comparison column: six 2021/22 grades; 'n/a' cells and 'Not graded' (victims) give nothing. The 2021/22 column names no inspectorate, so null.",
           "Suffolk's responding grade is stated in passing ('was graded good for responding to the public in its own 2023-25 report'); no inspectorate named.",
           "The key line lists all five grades; 'No causes of concern' gives nothing. The italic owner note under AFI 3 is not an update. ACC unnamed.",
           "Confluence page chrome (breadcrumb, author line, labels) is visible on the printed page but holds no facts."]))

# md07 -- HMIC legitimacy 2015 PDF pasted into Word, Gwent
F = "Gwent Police"
GOLDS.append(gold("md07.docx", "peel-report", [F, "South Wales Police"], [H],
    [insp(F, "2015", LEG, H)],
    [j(F, "2015", LEG, None, G), j(F, "2015", LEG, "ethical-lawful-workforce", RI),
     j(F, "2015", LEG, "fair-treatment-public", G), j(F, "2015", LEG, "fair-treatment-workforce", G)],
    afis=[st(F, "2015", LEG, "ethical-lawful-workforce",
             "The force should ensure that it has sufficient capacity and capability in its anti-corruption unit to seek out and act on intelligence about corruption."),
          st(F, "2015", LEG, "ethical-lawful-workforce",
             "The force should ensure that all its officers and staff are vetted to the level required for their role, and that it: records all vetting decisions centrally; and reviews the vetting of those in the most sensitive posts regularly."),
          st(F, "2015", LEG, "fair-treatment-workforce",
             "The force should improve the way it identifies and responds to the wellbeing needs of its workforce.")],
    people=[person("Gareth Lloyd-Hughes", "inspector", H, "HM Inspector of Constabulary")],
    notes=["Each printed line is its own Word paragraph; running titles ('PEEL: Police legitimacy 2015 – Gwent Police') and page numbers sit between paragraphs, and prose words are hyphenated at line ends ('stand- ards', 'work- force').",
           "The grading key line 'Outstanding Good Requires improvement Inadequate' gives nothing. 'last year's inspection, when HMIC found that the force treated the people it serves well, although it did not then give a grade' gives no 2014 judgement.",
           "The vetting AFI has a lead-in ending 'that it:' with two en-dash sub-items, joined into one statement.",
           "'Heddlu Gwent' is the force's Welsh name; South Wales Police is a partner named in passing. The HMI is invented."]))

# md08 -- PCC section 55 response pasted into Word, North Wales 2021/22
F = "North Wales Police"
P = "2021/22"
GOLDS.append(gold("md08.docx", "response-record", [F, "Dyfed-Powys Police"], [HF],
    [insp(F, P, PEEL, HF)],
    [j(F, P, PEEL, "treatment-of-public", G), j(F, P, PEEL, "preventing-crime", G),
     j(F, P, PEEL, "investigating-crime", G), j(F, P, PEEL, "protecting-vulnerable", G),
     j(F, P, PEEL, "workforce", G), j(F, P, PEEL, "leadership-management", G),
     j(F, P, PEEL, "responding-to-public", A), j(F, P, PEEL, "managing-offenders", A),
     j(F, P, PEEL, "crime-recording", RI)],
    afis=[st(F, P, PEEL, "responding-to-public",
             "The force should make sure that it answers non-emergency calls promptly and that callers who abandon their call are contacted again where necessary.", True),
          st(F, P, PEEL, "managing-offenders",
             "The force should make sure it has enough trained staff to manage registered sex offenders, so that visits and risk assessments are completed on time.", True),
          st(F, P, PEEL, "crime-recording",
             "The force should make sure that reports of anti-social behaviour that include a crime are recorded as crimes, in line with the Home Office Counting Rules.", True),
          st(F, P, PEEL, "crime-recording",
             "The force should improve how it records crimes reported by vulnerable adults and children."),
          st(F, P, PEEL, "protecting-vulnerable",
             "The force should make sure that officers record the voice of the child when they attend domestic abuse incidents.", True)],
    people=[person("Amanda Blakeman", "chief-constable", F, "Chief Constable"),
            person("Wendy Williams", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Andy Dunbobbin", "commissioner", F, "Police and Crime Commissioner for North Wales")],
    notes=["One Word paragraph per printed line; the PDF's running header line and 'Page n of 4' lines were pasted into the body between paragraphs (the Word header 'OFFICIAL' is not body text).",
           "Grades are listed under grade headings (Outstanding / None, Good / six areas, ...). 'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management; 'Recording data about crime' -> crime-recording.",
           "AFI 4 has only a Commissioner's comment saying the force's update was not included: has_force_update false.",
           "'the 2020 crime data integrity inspection' is a separate, ungraded mention. Dyfed-Powys Police is named in passing. The Chief Constable is first named 'the Chief Constable, Amanda Blakeman'; the PCC is named only in the signature, with 'Police and Crime Commissioner for North Wales'."]))

# md09 -- mailing-list archive, Merseyside legitimacy 2016
F = "Merseyside Police"
GOLDS.append(gold("md09.html", "press-release",
    [F, "Cheshire Constabulary", "Lancashire Constabulary"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H)],
    [j(F, "2016", LEG, None, G), j(F, "2016", LEG, "fair-treatment-public", G),
     j(F, "2016", LEG, "ethical-lawful-workforce", G), j(F, "2015", LEG, None, G)],
    afis=[st(F, "2016", LEG, "ethical-lawful-workforce",
             "The force should ensure that all officers and staff understand how to recognise and report abuse of authority for sexual gain."),
          st(F, "2016", LEG, "fair-treatment-public",
             "The force should improve the quality of the records it keeps of stop and search encounters, so that the grounds for each search are clearly recorded.")],
    people=[person("Andy Cooke", "chief-constable", F, "Chief Constable"),
            person("Jane Kennedy", "commissioner", F, "Police Commissioner")],
    notes=["A pipermail archive page: the release sits in a <PRE> block, hard-wrapped at about 70 characters, with '  - ' bullets whose continuation lines are indented.",
           "'graded as 'good' ... for the way it treats the public and its workforce' is the 2016 legitimacy pillar grade; the two question bullets give question grades; the workforce question is explicitly not graded.",
           "'Last year HMIC also judged Merseyside Police to be good for legitimacy' gives the 2015 judgement.",
           "The CC's 'We will act on the two areas for improvement' is not an update. Jane Kennedy is written 'Merseyside's Police Commissioner Jane Kennedy'; title as written. Cheshire and Lancashire are named in passing."]))

# md10 -- forum thread quoting local news, Nottinghamshire efficiency 2014
F = "Nottinghamshire Police"
D = "Derbyshire Constabulary"
GOLDS.append(gold("md10.html", "press-release",
    [F, D, "Leicestershire Police", "Lincolnshire Police"], [H],
    [insp(F, "2014", EFI, H), insp(D, "2014", EFI, None)],
    [j(F, "2014", EFI, None, RI), j(D, "2014", EFI, None, G)],
    people=[person("Chris Eyre", "chief-constable", F, "Chief Constable"),
            person("Paddy Tipping", "commissioner", F, "Police and Crime Commissioner"),
            person("Tom Winsor", "inspector", H, "Her Majesty's Chief Inspector of Constabulary")],
    also={"areas_for_improvement": [st(F, "2014", EFI, None,
             "it should develop a clear plan for how it will make the savings it needs while protecting neighbourhood policing.")]},
    notes=["A phpBB thread: the first post quotes a local news article in a <blockquote>; the replies add chatter, a quote of the quote and signatures.",
           "Nottinghamshire's 2014 efficiency grade ('requires improvement', 'requiring improvement') is from HMIC, named for this inspection. Derbyshire's 'judged to be good' is an efficiency grade in passing, with no inspectorate tied to it beyond the same assessment: inspectorate left null.",
           "The reported 'should develop a clear plan ...' is the journalist's paraphrase of the report, not a quoted area for improvement: also_acceptable only (no question key fits 2014 efficiency, so null).",
           "Tom Winsor's national counts ('five forces were outstanding, 35 were good ...') name no force. The forum reply saying 'adequate isn't even one of the grades' is a distractor. Leicestershire and Lincolnshire are named in passing. 'Nottingham Post' is a newspaper."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
