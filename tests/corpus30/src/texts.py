"""Statement texts shared by the document generators and make_gold.py (standard library)."""

# --- Metropolitan Police Service, PEEL 2023-25 (i01, i02) ---------------------------------
MET_COC = ("The Metropolitan Police Service does not identify and safeguard vulnerable people "
           "quickly enough when they first come to its attention, and too many referrals to "
           "partner agencies are delayed or incomplete.")
MET_REC1 = ("Within six months, the force should make sure that every frontline officer records "
            "a structured assessment of vulnerability at each incident involving a child or an "
            "adult at risk.")
MET_REC2 = ("Within six months, the force should make sure that referrals to local authority "
            "safeguarding teams are made within 24 hours and that supervisors check their "
            "quality.")
MET_AFI = [
    ("treatment-of-public",
     "The force should make sure that supervisors review body-worn video of stop and search "
     "encounters and record the learning they identify."),
    ("responding-to-public",
     "The force should improve the time it takes to answer 101 calls, so that fewer callers "
     "abandon their call before it is answered."),
    ("investigating-crime",
     "The force should make sure that victims are told promptly when the decision is made to "
     "close their investigation, and why."),
    ("investigating-crime",
     "The force should reduce the backlog of digital devices awaiting examination."),
    ("workforce",
     "The force should make sure that its probationary officers get protected time for "
     "learning and a tutor who has been trained for the role."),
    ("leadership-management",
     "The force should develop a clearer understanding of the demand it will face over the "
     "next three years and use it to plan the size and skills of its workforce."),
]

# --- City of London Police, PEEL 2023-25 (i03, i07) ---------------------------------------
COL_COC = ("The City of London Police does not have a sufficiently clear understanding of its "
           "demand, its workforce capacity or its costs, and this limits its ability to plan "
           "how it will meet its local and national responsibilities.")
COL_REC1 = ("Within nine months, the force should complete a demand assessment that covers both "
            "its local policing and its national fraud and cyber crime functions.")
COL_REC2 = ("Within twelve months, the force should use that assessment to produce a workforce "
            "plan that sets out the numbers, skills and costs it needs.")
COL_AFI_INV = ("The force should make sure that investigation plans are recorded for all "
               "allocated crimes and that supervisors review them at regular intervals.")
COL_AFI_PVP = ("The force should improve the way it identifies repeat victims of domestic abuse "
               "among the people who work in, rather than live in, the City.")
COL_AFI_WORK = ("The force should make sure that its wellbeing offer reaches staff working in "
                "its national functions as well as its local policing teams.")
COL_AFI_WORK2 = ("The force should improve the consistency of its performance development "
                 "reviews, so that all officers and staff have a meaningful conversation with "
                 "their supervisor at least once a year.")

# --- Greater Manchester Police (i04) -- no statements ------------------------------------

# --- Staffordshire Police, PEEL 2023-25 (i05) ----------------------------------------------
STAFFS_AFI = [
    ("responding-to-public",
     "The force should make sure that it answers non-emergency calls promptly and that call "
     "handlers use the THRIVE model consistently to assess risk."),
    ("investigating-crime",
     "The force should make sure that investigations are allocated to staff with the right "
     "skills and that workloads are manageable."),
    ("protecting-vulnerable",
     "The force should make sure that officers consider the voice of the child when they "
     "attend domestic abuse incidents."),
    ("leadership-management",
     "The force should improve how it evaluates the benefits of its change programme."),
]

# --- West Yorkshire Police (i08) ------------------------------------------------------------
WYP_AFI = [
    ("responding-to-public",
     "The force should reduce the time it takes to attend incidents graded as requiring a "
     "priority response."),
    ("responding-to-public",
     "The force should make sure that callers are given accurate advice about when officers "
     "will arrive."),
    ("treatment-of-public",
     "The force should make sure that officers record the reason for each use of force."),
    ("protecting-vulnerable",
     "The force should make better use of domestic violence protection notices and orders."),
    ("leadership-management",
     "The force should understand how its collaboration arrangements affect its costs and "
     "performance."),
]
WYP_AFI_2122 = ("The force should make sure it has enough trained investigators to meet "
                "demand in its safeguarding units.")

# --- North Yorkshire Police (i10) -----------------------------------------------------------
NY_COC = ("North Yorkshire Police does not answer enough emergency and non-emergency calls "
          "within national and local targets, and it cannot be sure that it identifies the "
          "risk to every caller.")
NY_REC = ("Within six months, the force should make sure that it has enough call handlers on "
          "duty at times of peak demand, and that it regularly audits the quality of their "
          "risk assessments.")
NY_AFI = [
    ("protecting-vulnerable",
     "The force should make sure that its response to missing children takes account of the "
     "risk of exploitation."),
    ("leadership-management",
     "The force should make sure that its estates and fleet plans are affordable and linked "
     "to its workforce plan."),
    ("investigating-crime",
     "The force should make sure that it updates victims in line with the Victims' Code."),
]
