"""The typed-in content of corpus89 (mh01-mh10): one dict per document.

Both the document generators (report_html.py, make_docx.py) and make_gold.py read this
file, so a statement is typed once and appears identically in the document and the gold.
Forces are real; grades, people and every sentence are invented for this corpus.
"""

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"
GRADE_ORDER = [O, G, A, RI, I]

# Area names as the two cycles print them.
NAMES_2325 = {
    PPT: "Police powers and public treatment", PREV: "Preventing crime",
    RESP: "Responding to the public", INV: "Investigating crime",
    PVP: "Protecting vulnerable people", MOS: "Managing offenders and suspects",
    WORK: "Building, supporting and protecting the workforce",
    LFM: "Leadership and force management", CDI: "Recording data about crime",
}
NAMES_2122 = {
    PPT: "Treatment of the public", PREV: "Preventing crime and anti-social behaviour",
    RESP: "Responding to the public", INV: "Investigating crime",
    PVP: "Protecting vulnerable people", MOS: "Managing offenders and suspects",
    SOC: "Disrupting serious organised crime",
    WORK: "Developing a positive workplace", LFM: "Good use of resources",
}
# The clause the chapters use after "<force> is <grade> at ..."
PHRASES = {
    PPT: "treating the public fairly and using its powers properly",
    PREV: "preventing crime and anti-social behaviour",
    RESP: "responding to the public", INV: "investigating crime",
    PVP: "protecting vulnerable people", MOS: "managing offenders and suspects",
    WORK: "supporting and developing its workforce", LFM: "leading and managing the force",
    CDI: "recording data about crime", SOC: "disrupting serious organised crime",
}

DOCS = {}

# --------------------------------------------------------------------------------------
DOCS["mh01"] = dict(
    fmt="pdf", layout="columns", period="2023-25", force="Lincolnshire Police",
    fname="Lincolnshire Police", published="10 June 2025",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/",
    grades=[(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)],
    hmi=("Catrin Aldous-Penfold", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "I am satisfied with some aspects of the performance of Lincolnshire Police, but the force needs to improve in several areas so that it gives a consistently good service to the public of Lincolnshire.",
        "The force covers one of the largest and most rural policing areas in England. Officers told us that long travel times between the coast and the city of Lincoln make it hard to reach some emergencies quickly, and the data we reviewed supports what they said.",
        "We carried out our fieldwork in October and November 2024. Some of the data in this report covers the year ending 31 March 2024.",
    ],
    chapters={
        PPT: "The force has a well-attended scrutiny panel for stop and search and use of force, and panel members are given body-worn video footage to review.",
        PREV: "Neighbourhood teams know their communities, but the force has not yet given them the problem-solving training it planned in 2023.",
        RESP: "Too many callers to the 101 number wait a long time or hang up before their call is answered, and the force does not always attend incidents within the times it has set itself.",
        INV: "Most investigations we reviewed were proportionate, although some were not supervised often enough.",
        PVP: "The force understands the nature of vulnerability in its area, but officers do not always complete the risk assessment when they attend domestic abuse incidents.",
        MOS: "The force manages registered sex offenders well, and its integrated offender management scheme is focused on the people who cause the most harm.",
        WORK: "The force has invested in the wellbeing of its workforce and new officers told us they felt well supported by their tutors.",
        LFM: "Senior leaders have a clear plan, but the force’s understanding of future demand is not yet complete.",
        CDI: "The force records most reported crimes correctly, including crimes of violence against the person.",
    },
    afis=[
        (RESP, "The force should make sure that it answers non-emergency calls promptly and reduces the number of calls that are abandoned."),
        (RESP, "The force should improve how quickly it attends incidents, particularly in its rural areas, and make sure that callers are told when officers will arrive."),
        (PVP, "The force should make sure that officers complete a risk assessment at every domestic abuse incident and that supervisors check its quality."),
        (LFM, "The force should improve its understanding of future demand so that it can plan its workforce and its budget with confidence."),
    ],
    coc=[],
    innovative=[("Rural crime action team", "The force has a dedicated team that works with farmers and landowners to tackle hare coursing and the theft of agricultural machinery. We consider this to be innovative practice, and other forces may wish to look at it.")],
    passing=["The force works with Leicestershire Police, Nottinghamshire Police and Northamptonshire Police in the East Midlands Special Operations Unit, which we inspect separately.",
             "Lincolnshire Fire and Rescue shares a headquarters building with the force; we do not inspect fire and rescue services as part of PEEL."],
    counts="We identified four areas for improvement and one example of innovative practice.",
)

# --------------------------------------------------------------------------------------
DOCS["mh02"] = dict(
    fmt="pdf", layout="ticks", twocol=True, period="2021/22", force="Gwent Police",
    fname="Gwent Police", published="8 July 2022",
    imitates="https://www.bedfordshire.pcc.police.uk/hmic-reports/ (the 2021/22 PEEL report and its judgements chart, as a force area publishes it)",
    grades=[(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, A)],
    hmi=("Owain Prothero-Lyle", "Her Majesty’s Inspector of Constabulary"),
    summary=[
        "I am pleased with some aspects of the performance of Gwent Police in keeping people safe and reducing crime, but there are areas in which it needs to improve.",
        "Gwent Police (Heddlu Gwent) serves around 600,000 people in south-east Wales. It has made good progress in how it treats the public, and its neighbourhood policing teams are well regarded.",
        "The force has struggled to answer emergency and non-emergency calls within the expected times. In the spring of 2022 it brought in a new call-handling model, and it is too early for us to judge its effect.",
    ],
    chapters={
        PPT: "The force makes sure that its officers understand the importance of treating people with fairness and respect.",
        PREV: "The force prioritises crime prevention and works closely with its five local authorities.",
        RESP: "The force is not answering enough emergency calls within ten seconds, and callers who ring 101 often wait too long.",
        INV: "Investigations are generally effective, but the force does not always record the reasons when a victim withdraws support for a prosecution.",
        PVP: "The force has improved its response to vulnerable people, although demand on its specialist teams remains high.",
        MOS: "The force manages sex offenders effectively and uses ancillary orders well.",
        WORK: "The workforce feels valued, but the force has more to do to make sure that its promotion processes are seen as fair.",
        LFM: "The force has a sound financial plan, but it does not yet fully understand the demand it faces.",
    },
    afis=[
        (RESP, "The force should make sure it answers emergency calls within the national standard of ten seconds."),
        (RESP, "The force should reduce the time that callers wait for a non-emergency call to be answered."),
        (INV, "The force should make sure that the reasons a victim withdraws support for a prosecution are recorded, and that evidence-led prosecutions are considered."),
        (WORK, "The force should make sure that its promotion and selection processes are fair and are understood by the workforce."),
        (LFM, "The force should develop its understanding of demand so that it can direct its resources to where they are most needed."),
    ],
    coc=[],
    innovative=[],
    passing=["Together with Dyfed-Powys Police and South Wales Police, the force runs Tarian, the regional organised crime unit for southern Wales."],
    counts="We set out five areas for improvement in this report. We have not identified any causes of concern.",
)

# --------------------------------------------------------------------------------------
DOCS["mh03"] = dict(
    fmt="docx", layout="ticks", period="2021/22", force="Northumbria Police",
    fname="Northumbria Police", published="20 September 2022",
    imitates="https://www.bedfordshire.pcc.police.uk/hmic-reports/ (a force area's own copy of its 2021/22 PEEL report)",
    grades=[(PPT, G), (PREV, O), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, G)],
    hmi=("Beatrix Holloway-Finch", "His Majesty’s Inspector of Constabulary"),
    cc=("Graham Ashworth-Tate", "Chief Constable"),
    pcc=("Lorna Pettigrew", "Police and Crime Commissioner"),
    summary=[
        "Northumbria Police is an outstanding force at preventing crime and anti-social behaviour. Its partnership work with local councils and housing providers is some of the best we have seen.",
        "But the force requires improvement in how it investigates crime. Too many investigations are not completed to a good standard, and victims are not always kept informed.",
    ],
    chapters={
        PPT: "The force engages well with its diverse communities and has an active independent advisory group.",
        PREV: "Prevention is at the centre of the force’s plans, and neighbourhood officers use problem-solving methods routinely.",
        RESP: "The force answers most emergency calls promptly, but some incidents are not attended within the target time.",
        INV: "Supervisors do not review investigations often enough, and some lines of enquiry are missed.",
        PVP: "The force identifies vulnerability well at first contact, but its referrals to partner agencies are sometimes delayed.",
        MOS: "The force manages the risk posed by registered sex offenders effectively.",
        WORK: "The force looks after the wellbeing of its people and has a well-used occupational health service.",
        LFM: "The force has a detailed understanding of its demand and a balanced medium-term financial plan.",
    },
    afis=[
        (RESP, "The force should make sure that it attends incidents within the times set out in its own policy, and that it tells callers when there will be a delay.", "We have added 40 officers to response teams since April 2022 and now send a text message to callers when attendance is delayed."),
        (PVP, "The force should make sure that referrals about vulnerable adults are sent to partner agencies without delay.", None),
        (INV, "The force should make sure that victims are updated regularly about the progress of their case, in line with the Code of Practice for Victims of Crime.", "A new victim contact tracker went live in August 2022."),
        (LFM, "The force should evaluate the benefits of its new operating model so that it knows whether the changes have improved the service to the public.", None),
    ],
    coc=[dict(area=INV,
              text="The force is not consistently carrying out effective investigations. This means that victims may not receive the service they deserve and offenders may not be brought to justice.",
              recs=["Within six months, the force should make sure that investigations are allocated to officers with the right skills and that supervisors review them regularly.",
                    "Within six months, the force should make sure that all reasonable lines of enquiry are identified and completed, and that this is recorded."])],
    innovative=[],
    passing=["Tyne and Wear Fire and Rescue Service and Northumberland Fire and Rescue Service share our safeguarding training; they were not part of this inspection."],
    counts="HMICFRS identified one cause of concern and four areas for improvement.",
    acc="Assistant Chief Constable Peter Halloran",
)

# --------------------------------------------------------------------------------------
DOCS["mh04"] = dict(
    fmt="docx", layout="colours", period="2023-25", force="Suffolk Constabulary",
    fname="Suffolk Constabulary", published="26 February 2025",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/ (as a force converts it to Word)",
    grades=[(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, G), (MOS, A), (WORK, G), (LFM, G)],
    hmi=("Marcus Oyelaran-Price", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "Suffolk Constabulary is a good force. It has improved in several areas since our last inspection, and it has a clear focus on the needs of victims.",
        "The constabulary shares many of its functions with Norfolk Constabulary, including its protective services command. This arrangement has served both forces well.",
        "We inspected the constabulary between June and September 2024.",
    ],
    chapters={
        PPT: "Officers use stop and search fairly, and the constabulary explains its use of force to its communities.",
        PREV: "Neighbourhood teams have a good understanding of local problems and work with partners to solve them.",
        RESP: "The constabulary answers emergency calls quickly and uses THRIVE well to assess risk.",
        INV: "Investigations are not always supervised effectively, and some victims are not kept up to date.",
        PVP: "The constabulary protects vulnerable people well and works closely with the local safeguarding partnerships.",
        MOS: "The constabulary does not always complete home visits to registered sex offenders on time.",
        WORK: "The constabulary has a strong wellbeing offer and has improved how it retains new recruits.",
        LFM: "Leaders are visible and the workforce understands the constabulary’s priorities.",
    },
    afis=[
        (INV, "The constabulary should make sure that supervisors review investigations regularly and that their reviews give clear direction."),
        (INV, "The constabulary should make sure that victims are kept informed about their investigations."),
        (MOS, "The constabulary should make sure that it visits registered sex offenders as often as their risk level requires."),
    ],
    coc=[],
    innovative=[("Innovative practice: Op Lantern", "The constabulary uses a data dashboard to identify places where anti-social behaviour is likely to rise, and sends neighbourhood patrols there in advance."),
                ("Promising practice: Probationer buddy scheme", "Each new officer is paired with an experienced colleague from outside their team, which has helped to reduce early leaving.")],
    passing=["Suffolk Fire and Rescue Service shares several police stations with the constabulary.",
             "The joint Norfolk and Suffolk collaboration is overseen by both chief constables; Assistant Chief Constable Ruth Leverington leads the protective services command."],
    counts="We found three areas for improvement and no causes of concern.",
)

# --------------------------------------------------------------------------------------
DOCS["mh05"] = dict(
    fmt="txt", layout="columns", period="2023-25", force="Warwickshire Police",
    fname="Warwickshire Police", published="3 October 2024",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/ (the PDF version, as pypdf extracts it)",
    grades=[(PPT, A), (PREV, A), (RESP, G), (INV, RI), (PVP, RI), (MOS, A), (WORK, A), (LFM, RI)],
    hmi=("Deborah Quarrington", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "I have concerns about the performance of Warwickshire Police in protecting vulnerable people, and the force needs to improve how it investigates crime and how it is led and managed.",
        "In our 2021/22 inspection we judged the force to be adequate at investigating crime. Its performance in this area has since declined.",
        "The force has been rebuilding its own support services since its strategic alliance with West Mercia Police ended. This has taken up a lot of leadership time.",
    ],
    chapters={
        PPT: "The force has improved how it records the grounds for stop and search, but it does not yet analyse its use of force data well enough.",
        PREV: "The force has a prevention strategy, but its neighbourhood teams are often taken away to support response.",
        RESP: "The force answers emergency calls promptly and its control room staff assess risk well.",
        INV: "Many investigations are not allocated to staff with the right skills, and some are closed too early.",
        PVP: "The force is not consistently identifying or safeguarding vulnerable people, especially children who go missing.",
        MOS: "The force manages most registered sex offenders effectively, but it has a backlog of digital devices waiting to be examined.",
        WORK: "The force has recruited many new officers but has not yet made sure that they have enough experienced supervisors.",
        LFM: "The force does not have a clear enough understanding of its demand or of the skills of its workforce.",
    },
    afis=[
        (INV, "The force should make sure that investigations are allocated to officers and staff with the skills and experience to complete them."),
        (INV, "The force should make sure that investigations are not finalised until all reasonable lines of enquiry have been followed."),
        (MOS, "The force should reduce the backlog of digital devices awaiting examination."),
        (LFM, "The force should improve its understanding of demand and of the skills its workforce has, so that it can plan its resources effectively."),
    ],
    coc=[dict(area=PVP,
              text="Warwickshire Police is not effectively identifying and safeguarding vulnerable children, including those who go missing from home or care.",
              recs=["By 31 March 2025, the force should make sure that every report of a missing child is risk assessed by a trained officer and reviewed by a supervisor.",
                    "By 31 March 2025, the force should make sure that it shares information about children at risk with partner agencies promptly."])],
    innovative=[],
    passing=[],
    counts="In total we identified one cause of concern, with two recommendations, and four areas for improvement.",
    earlier=[("2021/22", INV, A)],
)

# --------------------------------------------------------------------------------------
DOCS["mh06"] = dict(
    fmt="txt", layout="columns", twocol=True, period="2021/22", force="Derbyshire Constabulary",
    fname="Derbyshire Constabulary", published="29 June 2022",
    imitates="https://www.bedfordshire.pcc.police.uk/hmic-reports/ (a 2021/22 PEEL report PDF, as pypdf extracts it)",
    grades=[(PPT, A), (PREV, G), (RESP, G), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, A)],
    hmi=("Tobias Wrenfield", "Her Majesty’s Inspector of Constabulary"),
    summary=[
        "Derbyshire Constabulary is good in most of the areas we inspected. I was impressed by how the constabulary responds to calls from the public and by its work to protect vulnerable people.",
        "The constabulary should make sure that it understands the reasons for the disproportionate use of stop and search on people from ethnic minority backgrounds.",
        "This report covers the period from January 2021 to March 2022. Our fieldwork took place in January 2022.",
    ],
    chapters={
        PPT: "The constabulary does not fully understand why people from ethnic minority backgrounds are more likely to be stopped and searched.",
        PREV: "The constabulary has good partnership arrangements for tackling anti-social behaviour in the Peak District and in Derby.",
        RESP: "Callers to the constabulary get a prompt answer and a good assessment of risk.",
        INV: "Investigation plans are not always recorded, and some victims are not updated.",
        PVP: "The constabulary has a strong understanding of vulnerability and its officers recognise the signs of exploitation.",
        MOS: "The constabulary manages offenders well through its integrated offender management scheme, which the constabulary describes as good practice and which we saw working well.",
        SOC: "The constabulary’s serious and organised crime unit works well with the East Midlands Special Operations Unit.",
        WORK: "The constabulary promotes a positive workplace and listens to its staff networks.",
        LFM: "The constabulary needs to make sure that the savings in its financial plan can be achieved.",
    },
    afis=[
        (PPT, "The constabulary should improve its understanding of the disproportionate use of stop and search and explain it to its communities."),
        (INV, "The constabulary should make sure that investigation plans are recorded and that victims are updated throughout the investigation."),
        (LFM, "The constabulary should make sure that its financial plans are realistic and that the savings it has identified can be delivered."),
    ],
    coc=[],
    innovative=[],
    passing=[],
    counts="We identified three areas for improvement.",
)

# --------------------------------------------------------------------------------------
DOCS["mh07"] = dict(
    fmt="html", layout="columns", period="2023-25", force="Merseyside Police",
    fname="Merseyside Police", published="17 April 2024",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/",
    grades=[(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, G), (MOS, G), (WORK, A), (LFM, G), (CDI, G)],
    hmi=("Siobhan Carraway", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "I congratulate Merseyside Police on its performance. It is an outstanding force at preventing crime, and it is good in most other areas.",
        "The force works with Merseyside Fire and Rescue Service and the five local authorities to reduce serious violence, and its approach is based on evidence of what works.",
        "The force needs to do more to support the wellbeing of its front-line supervisors, many of whom told us that their workload is too high.",
    ],
    chapters={
        PPT: "The force has a mature approach to scrutinising stop and search and publishes the results.",
        PREV: "The force’s prevention work is outstanding. It uses data to target resources at the places and people most at risk of harm.",
        RESP: "The force answers calls quickly and sends the right resources.",
        INV: "Investigations are generally of a good standard and victims are kept informed.",
        PVP: "The force works well with its partners to protect children from exploitation.",
        MOS: "The force manages the risk posed by registered sex offenders well.",
        WORK: "Front-line supervisors are under pressure and the force does not know enough about their wellbeing.",
        LFM: "Chief officers communicate well with the workforce, and the force has a clear plan.",
        CDI: "The force records crime accurately and has made improvements since our last data integrity inspection.",
    },
    afis=[
        (WORK, "The force should make sure that front-line supervisors have the time and support to look after their own wellbeing and that of their teams."),
        (WORK, "The force should improve how it monitors the workload of sergeants and inspectors."),
        (PVP, "The force should make sure that officers record the voice of the child when they attend incidents involving children."),
    ],
    coc=[],
    innovative=[("Operation Target", "The force’s long-running operation against serious violence uses daily data to send patrols to the streets where knife crime is most likely."),
                ("Early intervention hub", "Staff from the force, health services and the councils work together to offer support to young people after their first contact with the police.")],
    passing=["The force shares some specialist functions with Cheshire Constabulary."],
    counts="We found three areas for improvement and two examples of innovative practice.",
)

# --------------------------------------------------------------------------------------
DOCS["mh08"] = dict(
    fmt="html", layout="ticks", period="2021/22", force="South Wales Police",
    fname="South Wales Police", published="13 January 2023",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/ (its 2021/22 web page form)",
    grades=[(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, G)],
    hmi=("Rhiannon Beddoe-Clarke", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "South Wales Police is good at treating the public fairly and at preventing crime, but it requires improvement at investigating crime.",
        "Heddlu De Cymru polices the capital city of Wales and the most densely populated parts of the country. Ar y cyfan, mae’r heddlu’n perfformio’n dda.",
        "Victims of crime do not always receive the service they should, and the force knows it needs to reduce the number of outstanding suspects.",
    ],
    chapters={
        PPT: "The force uses body-worn video well and its stop and search records are of a high standard.",
        PREV: "The force has strong relationships with its communities and a good understanding of local priorities.",
        RESP: "The force answers most calls quickly, but the way it grades and allocates incidents is not always consistent.",
        INV: "The force has too many suspects who are wanted but not yet arrested, and its investigations are not always well planned.",
        PVP: "The force works well with partners, although some risk assessments are not reviewed.",
        MOS: "The force manages offenders effectively.",
        WORK: "The force promotes the wellbeing of its workforce and listens to it.",
        LFM: "The force has a good understanding of its demand and plans well.",
    },
    afis=[
        (INV, "The force should reduce the number of outstanding suspects and make sure that they are pursued and arrested promptly."),
        (INV, "The force should make sure that investigations have a clear plan that is reviewed by a supervisor."),
        (RESP, "The force should make sure that incidents are graded consistently and that the grade is reviewed when the risk changes."),
        (PVP, "The force should make sure that domestic abuse risk assessments are reviewed by trained staff."),
    ],
    coc=[],
    innovative=[],
    passing=["The force is the lead force for the Wales Extremism and Counter Terrorism Unit, which also serves Dyfed-Powys Police, Gwent Police and North Wales Police."],
    counts="We identified four areas for improvement.",
)

# --------------------------------------------------------------------------------------
DOCS["mh09"] = dict(
    fmt="pdf", layout="chart", period="2023-25", force="Cambridgeshire Constabulary",
    fname="Cambridgeshire Constabulary", published="21 November 2024",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/ (the printed PDF, with the grades drawn as a labelled chart)",
    grades=[(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A)],
    hmi=("Gareth Penhaligon", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "I have a concern about how Cambridgeshire Constabulary responds to the public. Too many people who call the constabulary wait a long time, and some vulnerable callers are not attended quickly enough.",
        "The constabulary requires improvement at investigating crime, and it needs to improve in several other areas.",
        "The constabulary collaborates with Bedfordshire Police and Hertfordshire Constabulary on major crime, armed policing and forensic services.",
    ],
    chapters={
        PPT: "The constabulary has improved the recording of stop and search, but does not always explain its use of force to communities.",
        PREV: "The constabulary has good problem-solving arrangements in Peterborough and Cambridge. We found good practice in how it shares its problem-solving plans with parish councils.",
        RESP: "The constabulary does not answer enough emergency calls within ten seconds, and its attendance times for priority incidents are too long.",
        INV: "Many investigations are not effectively supervised and some victims are not given an explanation when their case is closed.",
        PVP: "The constabulary understands vulnerability but does not always share information with partners promptly.",
        MOS: "The constabulary manages registered sex offenders adequately but has gaps in its use of ancillary orders.",
        WORK: "The constabulary has a good wellbeing offer and an active staff network.",
        LFM: "Leaders set a clear direction, but the constabulary’s workforce plan does not fully reflect its demand.",
    },
    afis=[
        (INV, "The constabulary should make sure that supervisors review investigations regularly and record their direction."),
        (INV, "The constabulary should make sure that victims are told why their case has been closed."),
        (PVP, "The constabulary should make sure that it shares information with safeguarding partners without delay."),
    ],
    coc=[dict(area=RESP,
              text="Cambridgeshire Constabulary is not answering emergency and non-emergency calls quickly enough, and it does not attend priority incidents within its own target times.",
              recs=["Within six months, the constabulary should make sure that it answers emergency calls in line with the national standard.",
                    "Within six months, the constabulary should make sure that it attends priority incidents within the times it has set, and that vulnerable callers are updated when there is a delay."])],
    innovative=[],
    passing=[],
    counts="We found one cause of concern and three areas for improvement.",
)

# --------------------------------------------------------------------------------------
DOCS["mh10"] = dict(
    fmt="md", layout="columns", period="2023-25", force="North Wales Police",
    fname="North Wales Police", published="19 March 2025",
    imitates="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/bedfordshire-2023-25/ (the PDF converted to Markdown by a user)",
    grades=[(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, G)],
    hmi=("Ffion Castellan", "His Majesty’s Inspector of Constabulary"),
    summary=[
        "North Wales Police is a good force. It has kept most of the strengths we found at our last inspection and has improved how it protects vulnerable people.",
        "In 2021/22 we judged the force to be good at responding to the public. It is now adequate in this area, because more callers abandon their calls to 101 before they are answered.",
        "Our inspection fieldwork took place in September 2024.",
    ],
    chapters={
        PPT: "The force treats the people it serves with fairness and respect, and it offers services in Welsh and English.",
        PREV: "The force has a good understanding of crime in its rural and coastal communities.",
        RESP: "More callers to 101 are hanging up before they are answered than at our last inspection.",
        INV: "Investigations are generally thorough, but the force does not always use out-of-court resolutions appropriately.",
        PVP: "The force has improved its response to missing people and to victims of domestic abuse.",
        MOS: "The force manages sex offenders well and uses its powers to restrict their activity.",
        WORK: "The force has a strong culture of support for its workforce.",
        LFM: "Leaders have a good understanding of the force’s demand and finances.",
    },
    afis=[
        (RESP, "The force should reduce the number of non-emergency calls that are abandoned before they are answered."),
        (INV, "The force should make sure that out-of-court resolutions are used only where they are appropriate and that the victim’s views are recorded."),
        (INV, "The force should make sure that it applies for evidence-led prosecutions where a victim no longer supports the investigation."),
    ],
    coc=[],
    innovative=[("Welsh language contact", "Callers can choose to speak to a Welsh-speaking call handler at any time of day, which victims told us made it easier to report.")],
    passing=[],
    counts="We identified three areas for improvement and one example of innovative practice.",
    earlier=[("2021/22", RESP, G)],
)
