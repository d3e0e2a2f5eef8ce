"""Write gold/kg01.json ... gold/kg10.json for corpus37 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H = "HMIC"
EFF, EFC, LEG, LEAD = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"
PREV, INV, PVP, SOC = "preventing-crime", "investigating-crime", "protecting-vulnerable", "serious-organised-crime"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, RI, I, O = "Good", "Requires improvement", "Inadequate", "Outstanding"

DERBY, LEICS, HANTS = "Derbyshire Constabulary", "Leicestershire Police", "Hampshire Constabulary"
SURREY, SUSSEX = "Surrey Police", "Sussex Police"
WARKS, WMERC, DORSET = "Warwickshire Police", "West Mercia Police", "Dorset Police"
NORF, SUFF, NHANTS = "Norfolk Constabulary", "Suffolk Constabulary", "Northamptonshire Police"

TOLLEY = ("Gareth Tolley", "inspector", H, "HM Inspector of Constabulary")
MARCH = ("Helen Marchbank", "inspector", H, "HM Inspector of Constabulary")


def insp(force, period, pillar, inspectorate=H):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pillar, pairs):
    return [j(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
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

# kg01 -- Derbyshire PCC's section 55 response page, PEEL effectiveness 2015 (HTML, cp1252, CRLF)
F = DERBY
GOLDS.append(gold(
    "kg01.html", "response-record", [F], [H],
    [insp(F, "2015", EFF)],
    [j(F, "2015", EFF, None, G)] + grades(F, "2015", EFF, [(PREV, G), (INV, G), (PVP, RI), (SOC, G)]),
    afis=[
        stmt(F, "2015", EFF, PREV,
             "The constabulary should ensure that its neighbourhood officers and PCSOs are not routinely "
             "taken away from their neighbourhoods to cover response duties, so that they can continue to "
             "work on local problems.", True),
        stmt(F, "2015", EFF, INV,
             "The constabulary should improve the way it manages its outstanding suspects, so that people "
             "wanted for offences are located and arrested without delay.", True),
        stmt(F, "2015", EFF, PVP,
             "The constabulary should review how it responds to children who go missing from home or care, "
             "so that every report is risk assessed promptly and the child is seen by an officer on return.",
             True),
        stmt(F, "2015", EFF, PVP,
             "The constabulary should ensure that risk assessments for victims of domestic abuse are reviewed "
             "and updated whenever there is a change in the victim\u2019s circumstances.", False),
        stmt(F, "2015", EFF, PVP,
             "The constabulary should make sure that its officers understand and use the powers available to "
             "them under domestic violence protection notices and orders.", True),
    ],
    people=[
        person("Trevor Haldane", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
        person("Miriam Ashworth", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "Saved as windows-1252 with CRLF line endings and a charset=windows-1252 meta tag; it mixes "
        "literal cp1252 characters (\u2019, \u2013) with the numeric references &#146; and &#150;, which "
        "browsers (and html.unescape) map to \u2019 and \u2013.",
        "The question grades are in a layout table with one row per question, the wording of the 2015 "
        "questions. The line listing the four grades is a key, not a judgement. 'good practice' and "
        "HMIC's Inspection of Crime Data Integrity (2014) are distractors.",
        "AFIs are typed '1.&nbsp;&nbsp;' under <u> section headings; each section heading maps to its "
        "question. AFI 4 is followed directly by AFI 5, and only then by a 'Force response:' whose last "
        "sentence refers back to the risk-assessment review, so AFI 4 is has_force_update false under the "
        "'directly after' convention.",
        "The national recommendation on domestic abuse (2014, to every chief constable) is not a force "
        "recommendation. Assistant Chief Constable Paul Renshaw is not a person fact. The Chief Constable is "
        "named title-first ('the Chief Constable, Miriam Ashworth'); the PCC signs name-first, so his title "
        "keeps 'for Derbyshire'. The Home Secretary is unnamed.",
    ]))

# kg02 -- Leicestershire: 'Force response to HMIC PEEL Efficiency 2016' (DOCX converted from .doc)
F = LEICS
GOLDS.append(gold(
    "kg02.docx", "response-record", [F, NHANTS], [H],
    [insp(F, "2016", EFC), insp(F, "2015", EFC), insp(NHANTS, "2016", EFF)],
    [j(F, "2016", EFC, None, G), j(F, "2015", EFC, None, G)]
    + grades(F, "2016", EFC, [(UD, G), (UR, G), (PF, RI)])
    + [j(NHANTS, "2016", EFF, None, RI)],
    afis=[
        stmt(F, "2016", EFC, UD,
             "The force should develop its understanding of demand that is hidden or less likely to be "
             "reported, including modern slavery and child sexual exploitation, so that it can plan its "
             "response.", True),
        stmt(F, "2016", EFC, UD,
             "The force should make sure that it understands the demand that comes from its own internal "
             "processes, and removes work that adds no value.", True),
        stmt(F, "2016", EFC, UR,
             "The force should carry out a full assessment of the skills and capabilities of its workforce, "
             "so that it knows the skills it has and the skills it will need in future.", False),
        stmt(F, "2016", EFC, PF,
             "The force should develop its medium-term financial plan into a fully costed plan for the "
             "workforce, estate and technology it will need beyond 2020.", True),
    ],
    people=[
        person("Gareth Tolley", "inspector", H, "HM Inspector of Constabulary"),
        person("Rhiannon Vickers", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Duncan Meredith", "chief-constable", F, "Chief Constable"),
        person("Roger Denholm", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A Word file in the habits of a converted .doc: every paragraph is Normal, headings are bold runs, "
        "numbers ('1.', 'a)') are typed text followed by a tab, and the question grades are a tab-aligned "
        "list, not a table. 'Use of resources' -> using-resources.",
        "'In 2015 HMIC also graded the force as good for efficiency' gives the 2015 judgement. "
        "Northamptonshire's 2016 effectiveness grade ('graded requires improvement for its effectiveness', "
        "'in the same round') is another force's other pillar, stated in passing, so it is a judgement.",
        "Item 2 ('The Board is recommended to note') is the Board's own recommendation, not HMIC's. "
        "'good practice' is a distractor. 'HMIC graded 43 forces' is a count with no grades.",
        "AFI c) has no 'Response:' of its own; the response after d) says the skills assessment 'will be "
        "considered as part of the same work', which under the 'directly after' convention updates d) only.",
        "The Head of Corporate Services is unnamed. ACC Ian Kettering is not a person fact.",
    ]))

# kg03 -- HMIC web page 'PEEL: Police legitimacy 2015 - Hampshire Constabulary', printed to PDF
F = HANTS
GOLDS.append(gold(
    "kg03.pdf", "peel-report", [F, SURREY], [H],
    [insp(F, "2015", LEG), insp(SURREY, "2015", EFC)],
    [j(F, "2015", LEG, None, G)] + grades(F, "2015", LEG, [(FTP, G), (ELW, RI), (FTW, G)])
    + [j(SURREY, "2015", EFC, None, RI)],
    afis=[
        stmt(F, "2015", LEG, FTP,
             "The constabulary should make sure that the outcome of every stop and search it carries out is "
             "recorded, and that it uses the records to understand whether its use of the power is fair and "
             "effective."),
        stmt(F, "2015", LEG, ELW,
             "The constabulary should ensure that it has the capability and capacity to seek out intelligence "
             "on potential corruption, including the ability to monitor all of its IT systems."),
        stmt(F, "2015", LEG, ELW,
             "The constabulary should ensure that the Code of Ethics is used in policy-making and in the way "
             "decisions are made at every level of the organisation."),
        stmt(F, "2015", LEG, ELW,
             "The constabulary should review its arrangements for re-vetting officers and staff, so that it "
             "complies with national guidance."),
    ],
    people=[person(*MARCH)],
    notes=[
        "An HMIC web page of 2016 printed from the browser: masthead, menu, breadcrumb, a floated sidebar "
        "('Downloads', 'Related content', 'Tags') and a cookie line in the footer. In the PDF text the "
        "sidebar and masthead are extracted in the middle of the ELW section, between 'Areas for "
        "improvement' and its first bullet.",
        "The sidebar link 'PEEL: Police efficiency 2015 \u2013 Surrey Police: requires improvement' states "
        "another force's other-pillar grade, so Surrey gets a 2015 efficiency judgement and inspection.",
        "The 2015 legitimacy questions use the 2015 wording ('acts ethically and lawfully', 'those working "
        "for the force treated with fairness'). 2014 legitimacy was 'assessed but not graded': no inspection "
        "fact. The key to judgements, 'an adequate process', 'good practice', the national recommendations "
        "to all chief constables and the Home Secretary are distractors.",
        "The HMI signs name-first: 'Helen Marchbank, HM Inspector of Constabulary'.",
    ]))

# kg04 -- local newspaper article, old CMS (HTML), PEEL effectiveness 2016, two alliance forces
GOLDS.append(gold(
    "kg04.html", "press-release", [WARKS, WMERC], [H],
    [insp(WARKS, "2016", EFF), insp(WMERC, "2016", EFF), insp(WARKS, "2015", EFF), insp(WMERC, "2015", EFF)],
    [j(WARKS, "2016", EFF, None, RI), j(WMERC, "2016", EFF, None, RI),
     j(WARKS, "2016", EFF, PREV, G), j(WMERC, "2016", EFF, PREV, G),
     j(WMERC, "2016", EFF, SOC, RI), j(WARKS, "2016", EFF, SOC, G),
     j(WARKS, "2016", EFF, PVP, RI), j(WARKS, "2016", EFF, INV, RI),
     j(WARKS, "2015", EFF, None, G), j(WMERC, "2015", EFF, None, G)],
    afis=[
        stmt(WMERC, "2016", EFF, INV,
             "The force should ensure that it has sufficient capacity to examine digital devices promptly, so "
             "that investigations are not delayed."),
        stmt(WARKS, "2016", EFF, INV,
             "The force should review its approach to the supervision of investigations to ensure that they are "
             "of a consistently good standard and that victims receive a good service."),
    ],
    people=[
        person(*TOLLEY),
        person("Bill Longshaw", "commissioner", WMERC, "Police and Crime Commissioner"),
        person("Nadine Pryce", "commissioner", WARKS, "Police and Crime Commissioner"),
        person("Karen Oldroyd", "chief-constable", WARKS, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "judgements": [j(WMERC, "2016", EFF, PVP, RI), j(WMERC, "2016", EFF, INV, RI),
                       j(WARKS, "2016", EFC, None, G), j(WMERC, "2016", EFC, None, G)],
        "inspections": [insp(WARKS, "2016", EFC), insp(WMERC, "2016", EFC)],
    },
    notes=[
        "The overall 2016 grades are in the headline and standfirst ('require improvement'); 'the second "
        "lowest of its four grades' names no grade. 'both forces were good at preventing crime' gives "
        "preventing-crime for both.",
        "'The report on West Mercia reached the same judgement on both questions' gives no grade word for "
        "West Mercia, so its protecting-vulnerable and investigating-crime grades are also_acceptable only.",
        "'rated good for effectiveness when HMIC last inspected them in 2015' gives 2015 judgements for both.",
        "'rated good for efficiency when HMIC published its efficiency reports in November' names no year; "
        "the article is dated March 2017, so it is November 2016, i.e. PEEL efficiency 2016, but the period "
        "is only inferred: also_acceptable.",
        "The two AFIs are quoted inside sentences with straight quotation marks. The question is not stated; "
        "both are about investigations ('so that investigations are not delayed', 'supervision of "
        "investigations'), so investigating-crime. The national counts, the Home Secretary, the 2014 Crime "
        "Data Integrity inspection, the reporter, the commenters and ACC Simon Maybury are not facts.",
        "Commissioners are named title-first ('West Mercia's Police and Crime Commissioner, Bill Longshaw'); "
        "Nadine Pryce is called 'the Police and Crime Commissioner' after her quote.",
    ]))

# kg05 -- HMIC regional news release (old HTML), PEEL efficiency 2015
GOLDS.append(gold(
    "kg05.html", "national-release", [DERBY, LEICS, NORF, NHANTS, SUFF, SURREY, DORSET], [H],
    [insp(f, "2015", EFC) for f in (DERBY, LEICS, NORF, NHANTS, SUFF, SURREY, DORSET)],
    [j(DERBY, "2015", EFC, None, G), j(LEICS, "2015", EFC, None, G), j(NORF, "2015", EFC, None, G),
     j(NHANTS, "2015", EFC, None, RI), j(SUFF, "2015", EFC, None, G),
     j(NORF, "2015", EFC, UR, O), j(NHANTS, "2015", EFC, PF, RI),
     j(SURREY, "2015", EFC, None, RI), j(DORSET, "2015", EFC, None, G)],
    people=[person(*TOLLEY),
            person("Edmund Larch", "inspector", H, "HM Chief Inspector of Constabulary")],
    notes=[
        "An HMIC news page of 2015 in table layout with <font>, <center> and <br><br>. The regional table's "
        "grade column is headed 'Overall efficiency judgement 2015'; one cell is 'Requires<br>improvement'.",
        "Question grades in prose: Norfolk 'outstanding in the way it uses its resources' (using-resources) "
        "and Northamptonshire 'require improvement in planning for the future' (planning-future). Surrey "
        "and Dorset are graded in the national paragraph.",
        "The national counts, the four-point scale in the notes, 'good practice', the recommendation to every "
        "chief constable and the Crime Data Integrity note give nothing. 'Sir Edmund Larch' is written "
        "without 'Sir'.",
    ]))

# kg06 -- Suffolk PCC's section 55 response, legitimacy and leadership 2016 (DOCX)
F = SUFF
GOLDS.append(gold(
    "kg06.docx", "response-record", [F, NORF], [H],
    [insp(F, "2016", LEG), insp(F, "2016", LEAD), insp(F, "2016", EFC)],
    [j(F, "2016", LEG, None, G)] + grades(F, "2016", LEG, [(FTP, G), (ELW, G), (FTW, RI)])
    + [j(F, "2016", EFC, None, G)],
    afis=[
        stmt(F, "2016", LEG, FTW,
             "The constabulary should ensure that it identifies and understands the reasons for perceptions of "
             "unfairness among its workforce, and takes action to address them.", True),
        stmt(F, "2016", LEG, FTW,
             "The constabulary should improve the way it manages grievances, so that they are resolved promptly "
             "and that those involved are kept informed.", True),
        stmt(F, "2016", LEG, ELW,
             "The constabulary should ensure that it complies with national vetting guidelines, and should in "
             "particular: renew the vetting of officers and staff whose clearance has expired; and vet all "
             "officers and staff in posts designated as sensitive to the higher level.", False),
        stmt(F, "2016", LEG, FTP,
             "The constabulary should ensure that all officers who use stop and search powers record the "
             "grounds for each search fully, and that supervisors check the records.", False),
    ],
    people=[
        person("Gareth Pendry", "chief-constable", F, "Chief Constable"),
        person("Tim Aldous-Wray", "commissioner", F, "Police and Crime Commissioner for Suffolk"),
    ],
    notes=[
        "Converted-.doc habits: typed numbers '1.1' and 'a)' with tabs and hanging indents, bold Normal "
        "paragraphs for headings, en-dash sub-items typed as text. The grade table has a title row merged "
        "across both columns.",
        "The leadership report is ungraded ('HMIC does not grade leadership'): an inspection with no "
        "judgement. Its national recommendation on talent is addressed to all forces and is not a fact.",
        "Suffolk's efficiency grade ('HMIC's report on the efficiency of the constabulary, published in "
        "November 2016, also graded Suffolk good') is the same year's other pillar: efficiency 2016. Norfolk "
        "is a partner, named with no grade.",
        "AFI c) is a lead-in ending in ':' with two en-dash sub-items: one statement. The paragraph says it "
        "belongs to the ethical and lawful question. It is followed by the PCC's own paragraph 2.3, which "
        "says he has not yet received the force's plan: has_force_update false. a) and b) each have a "
        "'Chief Constable's comment:' directly after them. d) is 'under the first question'.",
        "The Chief Constable is named title-first ('the Chief Constable, Gareth Pendry'). ACC Morwenna Crisp "
        "is not a person fact.",
    ]))

# kg07 -- Dorset Police and Crime Panel paper, PEEL effectiveness 2015 (vulnerability), PDF
F = DORSET
GOLDS.append(gold(
    "kg07.pdf", "response-record", [F], [H],
    [insp(F, "2015", EFF), insp(F, "2015", EFC)],
    [j(F, "2015", EFF, PVP, RI), j(F, "2015", EFC, None, G)],
    afis=[
        stmt(F, "2015", EFF, PVP,
             "The force should ensure that high-risk victims of domestic abuse are attended promptly, in line "
             "with its own policy.", True),
        stmt(F, "2015", EFF, PVP,
             "The force should improve the quality and supervision of its investigations into child abuse.",
             False),
        stmt(F, "2015", EFF, PVP,
             "The force should ensure that it makes full use of domestic violence protection orders to protect "
             "victims.", True),
    ],
    recs=[
        stmt(F, "2015", EFF, PVP,
             "Within three months, the force should ensure that all reports of missing children are assessed "
             "for the risk of sexual exploitation, and that the assessment is reviewed by a supervisor.", True),
        stmt(F, "2015", EFF, PVP,
             "Within six months, the force should ensure that information about children who go missing "
             "repeatedly is shared with the local authority and used to plan joint action.", True),
    ],
    coc=[
        stmt(F, "2015", EFF, PVP,
             "Dorset Police does not identify and respond well enough to children who go missing and who may "
             "be at risk of sexual exploitation. This is a cause of concern because it leaves some children "
             "exposed to serious harm.", True),
    ],
    people=[
        person("Graham Forsey", "commissioner", F, "Commissioner"),
        person("James Lanchester", "chief-constable", F, "Chief Constable"),
        person(*MARCH),
    ],
    notes=[
        "A panel report printed to PDF with a running header and page numbers in @page margin boxes. Only "
        "the vulnerability question is graded: the overall 2015 effectiveness judgement 'will be published "
        "on 18 February 2016', so there is no pillar judgement. The efficiency grade of October 2015 is the "
        "same year's other pillar.",
        "Appendix A's kind of statement comes from the grey section rows (Cause of concern, Recommendations, "
        "Areas for improvement). Each row has a 'Force position' cell; A2's is '\u2013', so false.",
        "Paragraph 2.2's a)-c) are the inspectors' findings, not AFIs. The national recommendation to all "
        "chief constables (2.3), the count of 24 forces, 'good practice' and the Crime Data Integrity "
        "inspection are distractors.",
        "The PCC is first named 'The Commissioner, Graham Forsey', so his title is 'Commissioner' (the "
        "meta table's 'Police and Crime Commissioner for Dorset' is not attached to his name). ACC Peter "
        "Dunmore is not a person fact.",
    ]))

# kg08 -- Surrey PCC news page saved as text (cp1252, CRLF), PEEL efficiency 2016
F = SURREY
GOLDS.append(gold(
    "kg08.txt", "press-release", [F, HANTS, SUSSEX], [H],
    [insp(F, "2016", EFC), insp(F, "2015", EFC), insp(HANTS, "2015", LEG)],
    [j(F, "2016", EFC, None, G)] + grades(F, "2016", EFC, [(UD, G), (UR, G), (PF, G)])
    + [j(F, "2015", EFC, None, RI), j(HANTS, "2015", LEG, None, G)],
    afis=[
        stmt(F, "2016", EFC, None,
             "The force should ensure that its plans for the future include the skills and capabilities of its "
             "workforce, as well as its numbers."),
        stmt(F, "2016", EFC, None,
             "The force should continue to work with Sussex and other partners to identify further savings from "
             "collaboration, and set out how it will measure the benefits."),
    ],
    people=[
        person("Dermot Halloran", "commissioner", F, "Police and Crime Commissioner"),
        person(*MARCH),
        person("Nicola Carver-Bryce", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings; curly quotes, en dashes, guillemets and \u00a9.",
        "'last year, when HMIC judged Surrey Police to require improvement for efficiency' gives the 2015 "
        "judgement. 'good across the board' repeats the 2016 grades. Hampshire's grade is 'in its 2015 "
        "legitimacy inspection': another force's other pillar. Sussex is a partner with no grade.",
        "The AFIs are indented '-' items under 'The report contains two areas for improvement:'; no question "
        "is named, so question is null. The Commissioner's promise to ask the Chief Constable is not a force "
        "update.",
        "ACC Gavin Ormsby is not a person fact. The grading scale and the Crime Data Integrity note in "
        "'Notes' give nothing.",
    ]))

# kg09 -- HMIC report 'PEEL: Police effectiveness 2016 - Northamptonshire Police' (PDF)
F = NHANTS
GOLDS.append(gold(
    "kg09.pdf", "peel-report", [F, LEICS, DERBY], [H],
    [insp(F, "2016", EFF), insp(F, "2015", EFF), insp(F, "2016", EFC)],
    [j(F, "2016", EFF, None, RI)] + grades(F, "2016", EFF, [(PREV, G), (INV, RI), (PVP, I), (SOC, G)])
    + [j(F, "2015", EFF, None, RI), j(F, "2015", EFF, PVP, RI), j(F, "2016", EFC, None, RI)],
    afis=[
        stmt(F, "2016", EFF, INV,
             "The force should ensure that crimes are allocated to investigators with the appropriate skills "
             "and experience, and that their investigations are effectively supervised."),
        stmt(F, "2016", EFF, INV,
             "The force should improve the way it identifies and arrests wanted persons and suspects who have "
             "been circulated on the Police National Computer."),
        stmt(F, "2016", EFF, PVP,
             "The force should improve its response to people with mental health problems, working with health "
             "partners to make sure that they receive the right support."),
        stmt(F, "2016", EFF, SOC,
             "The force should improve the way it assesses the impact of its activity against organised crime "
             "groups, so that it knows which tactics work best."),
    ],
    recs=[
        stmt(F, "2016", EFF, PVP,
             "To address this cause of concern, we recommend that the force immediately: reviews its approach "
             "to grading calls so that the risk to callers is properly assessed at first contact; ensures that "
             "incidents awaiting deployment are reviewed regularly by a supervisor, and that the victim is "
             "contacted if attendance is delayed; and makes sure that it has enough officers available to "
             "attend incidents involving vulnerable people within the times set in its own policy."),
    ],
    coc=[
        stmt(F, "2016", EFF, PVP,
             "Northamptonshire Police is not responding promptly enough to calls from vulnerable people, "
             "including victims of domestic abuse, and it does not always assess the risk they face correctly. "
             "This leaves some of them at risk of further harm."),
    ],
    people=[person("Gareth Tolley", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "A 2017 HMIC report printed with a cover, a contents page, a running header and page numbers. The "
        "grades table lists 'Specialist capabilities \u2013 Ungraded', which gives nothing.",
        "'Last year we also judged the force to require improvement' gives the 2015 pillar judgement, and "
        "'In 2015 we found that the force required improvement in this area' gives the 2015 "
        "protecting-vulnerable judgement. The introduction's efficiency sentence ('our efficiency report, "
        "published in November 2016, judged that Northamptonshire Police requires improvement') gives the "
        "2016 efficiency judgement.",
        "The recommendations are written in the 2016 style: one lead-in ending in ':' and three lower-case "
        "bullets. Following the lead-in convention they form ONE recommendation, joined with single spaces. "
        "A grader who splits them into three recommendations is reading the layout, not the gold rule.",
        "The 2015 national recommendation on missing children is addressed to every force and is not "
        "repeated as a force recommendation. 'good arrangements', the grade list and the Crime Data "
        "Integrity line are distractors. Leicestershire and Derbyshire are named as regional partners with "
        "no grade.",
    ]))

# kg10 -- Norfolk Chief Constable's paper to the PCC's Police Accountability Forum (DOCX), 2014 and 2015
F = NORF
GOLDS.append(gold(
    "kg10.docx", "response-record", [F, SUFF], [H],
    [insp(F, "2014", EFF), insp(F, "2014", EFC), insp(F, "2015", EFF), insp(F, "2015", EFC),
     insp(F, "2015", LEG), insp(SUFF, "2015", EFC)],
    [j(F, "2014", EFF, None, G), j(F, "2014", EFC, None, G),
     j(F, "2015", EFF, None, G), j(F, "2015", EFC, None, G), j(F, "2015", LEG, None, G)]
    + grades(F, "2015", EFF, [(PREV, G), (INV, G), (SOC, G), (PVP, G)])
    + grades(F, "2015", EFC, [(UD, G), (UR, O), (PF, G)])
    + [j(SUFF, "2015", EFC, None, G)],
    afis=[
        stmt(F, "2015", EFF, INV,
             "The constabulary should ensure that investigations carried out by its local investigation teams "
             "are supervised consistently and that victims are updated in line with the Code of Practice for "
             "Victims of Crime.", True),
        stmt(F, "2015", EFC, PF,
             "The constabulary should set out how its joint programme with Suffolk will deliver the savings it "
             "requires after 2018, and how it will measure whether they have been achieved.", False),
        stmt(F, "2015", LEG, ELW,
             "The constabulary should ensure that its professional standards department has the capacity to "
             "search its IT systems for signs of misuse, so that it can identify officers and staff who may be "
             "abusing their position.", True),
    ],
    people=[
        person("Hannah Stokeley", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person(*TOLLEY),
        person("Lorne Hadfield", "commissioner", F, "Commissioner"),
        person("Adrian Coldwell", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, "2015", LEG, [(FTP, G), (ELW, G), (FTW, G)]),
        "inspections": [insp(F, "2014", LEG), insp(F, "2015", LEAD)],
    },
    notes=[
        "The pillar table has the Year cell merged down over its rows (vMerge): 2014 over three rows, 2015 "
        "over four. 'Not graded' rows (2014 legitimacy, 2015 leadership) give no judgement; the document "
        "reports them as assessed, so their inspections are also_acceptable.",
        "1.2 and 1.3 give 2015 question grades in prose; 'The vulnerability question ... was also graded "
        "good' gives protecting-vulnerable. 1.4 'good in all three of the areas inspected' names no question, "
        "so the three legitimacy question grades are also_acceptable only, as in seed 001.",
        "Suffolk's 2015 efficiency grade is another force's grade in passing. The Crime Data Integrity "
        "inspection 'is not graded' and is not PEEL.",
        "AFIs are numbered (i)-(iii) under bold 'Pillar \u2013 question' headings. (i) and (iii) have an "
        "italic current position directly after; (ii) has none (2.2 only says its position will be reported "
        "later).",
        "The PCC is named 'the Commissioner, Lorne Hadfield': title 'Commissioner'. DCC Hannah Stokeley is "
        "a chief-constable with qualifier deputy.",
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
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
