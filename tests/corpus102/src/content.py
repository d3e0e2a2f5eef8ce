"""Statement texts shared by the document generators and make_gold.py, so that the gold
quotes exactly what the documents say. Standard library only; every sentence is new."""

# mv01 / mv09 -- Staffordshire Commissioner's section 55 response, PEEL 2021/22
MV01_COC = [
    ("The force is not answering emergency and non-emergency calls quickly enough, and call "
     "handlers do not always assess the risk to the caller in a structured way. As a result, "
     "vulnerable people may wait too long for help.",
     "responding-to-public",
     ["Within three months, the force should make sure that it answers emergency calls within "
      "national standards and that abandoned non-emergency calls are reviewed for risk.",
      "Within six months, the force should introduce a structured risk assessment for every "
      "call and check through supervision that call handlers use it."]),
    ("The force does not make sure that investigations are properly supervised and that "
     "victims are kept updated, so too many cases close without a suspect being identified.",
     "investigating-crime",
     ["Within six months, the force should make sure that every investigation has a documented "
      "plan that a supervisor has reviewed."]),
]
MV01_COC_UPDATE = [
    "A new contact management structure went live in August 2022 and an extra 34 call handlers "
    "have been recruited. THRIVE+ risk assessment training has been given to every call handler.",
    "An investigation standards board, chaired by an Assistant Chief Constable, now meets monthly "
    "and dip-samples supervisory reviews.",
]
MV01_AFI = [
    ("The force should improve how it records the reasons for using stop and search, so that "
     "grounds are clear and can be scrutinised.", "treatment-of-public",
     "The stop and search form has been changed so that grounds are a mandatory field, and "
     "the scrutiny panel now reviews 50 records a quarter."),
    ("The force should make sure that officers take positive action at domestic abuse incidents, "
     "including arrest where it is justified.", "protecting-vulnerable",
     "Domestic abuse Matters training has been commissioned and will be delivered to all response "
     "officers by March 2023."),
    ("The force should make better use of its data to understand future demand and plan its "
     "workforce accordingly.", "leadership-management", None),
    ("The force should make sure that its management of registered sex offenders is timely and "
     "that visits are not allowed to fall overdue.", "managing-offenders",
     "The backlog of overdue visits has been cleared, and the ViSOR team has been increased by "
     "four posts."),
]
MV01_GRADES = [
    ("Preventing crime and anti-social behaviour", "Adequate", "preventing-crime"),
    ("Treatment of the public", "Adequate", "treatment-of-public"),
    ("Responding to the public", "Inadequate", "responding-to-public"),
    ("Investigating crime", "Requires improvement", "investigating-crime"),
    ("Protecting vulnerable people", "Requires improvement", "protecting-vulnerable"),
    ("Managing offenders and suspects", "Adequate", "managing-offenders"),
    ("Developing a positive workplace", "Good", "workforce"),
    ("Good use of resources", "Requires improvement", "leadership-management"),
    ("Recording data about crime", "Good", "crime-recording"),
]

# mv02 / mv10 -- Cambridgeshire Constabulary board paper on HMIC PEEL 2016
MV02_AFI = [
    ("2016-EFF-01", "Effectiveness",
     "The constabulary should improve the way it allocates crimes for investigation, so that "
     "each crime is investigated by staff with the right skills.", "investigating-crime"),
    ("2016-EFF-02", "Effectiveness",
     "The constabulary should make sure it manages the risk posed by wanted and outstanding "
     "suspects, and that it circulates them on the Police National Computer promptly.",
     "investigating-crime"),
    ("2016-EFI-01", "Efficiency",
     "The constabulary should develop its understanding of the skills of its workforce, so that "
     "it can identify gaps in capability.", "planning-future"),
    ("2016-LEG-01", "Legitimacy",
     "The constabulary should make sure that all its supervisors understand how to deal with "
     "grievances fairly and promptly.", "fair-treatment-workforce"),
]
MV02_COC = ("The way the constabulary responds to and supports victims of domestic abuse is "
            "a cause of concern.")
MV02_REC = ("The constabulary should immediately review how it assesses risk at domestic abuse "
            "incidents, so that officers identify repeat victims and the risk to children.")

# mv03 -- West Mercia Police and Crime Panel report, PEEL 2018/19 (tracked changes)
MV03_AFI_BEFORE_INS = ("The force should improve how it supervises investigations, so that "
                       "they are ")
MV03_AFI_INS = "timely and "
MV03_AFI_AFTER_INS = "of a consistently high standard."
MV03_AFI = [
    (MV03_AFI_BEFORE_INS + MV03_AFI_INS + MV03_AFI_AFTER_INS, "investigating-crime", True),
    ("The force should make sure it completes all the checks it needs to before it grants "
     "vetting clearance, and that it monitors the vetting status of its workforce.",
     "ethical-lawful-workforce", True),
    ("The force should develop a better understanding of the demand it faces, including hidden "
     "demand, and use this to plan its future workforce.", "planning-future", False),
]
MV03_DELETED = "and in a proportionate way "  # tracked deletion inside AFI 2 (not shown in final)

# mv04 / -- Lincolnshire PCC decision record, PEEL 2021/22
MV04_AFI = ("The force should make sure that calls to its non-emergency number are answered "
            "promptly and that fewer callers abandon their call.")
MV04_GRADES = [
    ("Preventing crime and anti-social behaviour", "Good", "preventing-crime"),
    ("Responding to the public", "Requires improvement", "responding-to-public"),
    ("Investigating crime", "Adequate", "investigating-crime"),
    ("Protecting vulnerable people", "Good", "protecting-vulnerable"),
    ("Recording data about crime", "Good", "crime-recording"),
]

# mv05 -- Bedfordshire Police improvement plan, HMIC PEEL Effectiveness 2015
MV05_COC = ("HMIC has a cause of concern about how Bedfordshire Police identifies and responds "
            "to vulnerable people, particularly missing and absent children.")
MV05_RECS = [
    "The force should immediately review how it categorises reports of missing and absent "
    "children, so that risk is assessed consistently.",
    "The force should, within three months, put in place arrangements for supervisors to "
    "oversee the investigation of every high-risk missing person report.",
]
MV05_AFI = [
    ("The force should improve how it gathers and uses community intelligence to prevent "
     "crime and anti-social behaviour.", "preventing-crime"),
    ("The force should make sure that it reduces the number of outstanding suspects and "
     "manages them actively.", "investigating-crime"),
    ("The force should develop its understanding of the threat posed by organised crime groups, "
     "and make greater use of partners to disrupt them.", "serious-organised-crime"),
]

# mv06 -- City of London minutes, PEEL Legitimacy 2017
MV06_AFI = [
    (4, "the Force should ensure that it monitors the use of its internal IT systems so that it "
        "can identify possible abuse of access.", "ethical-lawful-workforce", True),
    (5, "the Force should improve the timeliness and quality of the updates it gives to "
        "people who make complaints.", "ethical-lawful-workforce", True),
    (7, "the Force should ensure that its workforce understands how to raise concerns about "
        "wellbeing and that managers act on them.", "fair-treatment-workforce", False),
]

# mv07 -- South Wales Police briefing note, PEEL 2023-25
MV07_GRADES = [
    ("Police powers and public treatment", "Good", "treatment-of-public"),
    ("Preventing crime", "Good", "preventing-crime"),
    ("Responding to the public", "Requires improvement", "responding-to-public"),
    ("Investigating crime", "Adequate", "investigating-crime"),
    ("Protecting vulnerable people", "Good", "protecting-vulnerable"),
    ("Managing offenders and suspects", "Good", "managing-offenders"),
    ("Building, supporting and protecting the workforce", "Adequate", "workforce"),
    ("Leadership and force management", "Good", "leadership-management"),
]
MV07_AFI = [
    ("The force should reduce the time it takes to attend incidents it has graded as requiring "
     "a priority response.", "responding-to-public", True),
    ("The force should make sure that investigation plans are recorded and that victims are "
     "told when their case is closed.", "investigating-crime", True),
    ("The force should improve how it assesses the wellbeing needs of officers and staff in "
     "high-risk roles, including those in online child abuse teams.", "workforce", False),
]

# mv08 -- North Wales Police bilingual response, PEEL Effectiveness 2017
MV08_AFI = [
    ("The force should make sure that its neighbourhood teams use problem-solving methods "
     "consistently, and that it evaluates what works.", "preventing-crime", True),
    ("The force should improve the quality of initial investigations by response officers.",
     "investigating-crime", True),
    ("The force should make sure that it:", "protecting-vulnerable", True,
     ["completes all domestic abuse risk assessments before officers leave the scene; and",
      "refers repeat victims to partner agencies without delay."]),
]
