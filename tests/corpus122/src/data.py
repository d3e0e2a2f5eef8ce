"""Shared facts for corpus122 (typed in by hand). The document generators and
make_gold.py both read these, so grades and statement wording agree everywhere."""

O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"

# ---- ns01: HMIC PEEL 2016 pillar grades, grouped by region ---------------------------
NS01 = [  # region, force (as written), canonical, Effectiveness, Efficiency, Legitimacy
    ("North East", "Cleveland", "Cleveland Police", RI, G, G),
    (None, "Durham", "Durham Constabulary", O, O, G),
    (None, "Northumbria", "Northumbria Police", G, G, G),
    ("Wales", "Dyfed-Powys", "Dyfed-Powys Police", G, G, G),
    (None, "Gwent", "Gwent Police", RI, G, G),
    (None, "North Wales", "North Wales Police", G, G, G),
    (None, "South Wales", "South Wales Police", G, G, G),
]

# ---- ns02: PEEL 2021/22, areas as rows, forces as columns ----------------------------
NS02_FORCES = [("Lincolnshire", "Lincolnshire Police"), ("Norfolk", "Norfolk Constabulary"),
               ("Suffolk", "Suffolk Constabulary"), ("Wiltshire", "Wiltshire Police"),
               ("North Yorkshire", "North Yorkshire Police")]
NI, NA = "Not inspected", "n/a"
NS02_ROWS = [  # label, key, grades per force in NS02_FORCES order
    ("Engaging with and treating the public with fairness and respect", "treatment-of-public", [G, G, G, A, A]),
    ("Preventing crime and anti-social behaviour", "preventing-crime", [G, O, G, A, G]),
    ("Responding to the public", "responding-to-public", [A, A, G, RI, RI]),
    ("Investigating crime", "investigating-crime", [A, G, A, RI, A]),
    ("Protecting vulnerable people", "protecting-vulnerable", [RI, G, A, A, A]),
    ("Managing offenders and suspects", "managing-offenders", [A, G, A, A, RI]),
    ("Disrupting serious organised crime", "serious-organised-crime", [NI, G, NI, NI, NI]),
    ("Developing a positive workplace", "workforce", [G, G, A, A, A]),
    ("Good use of resources", "leadership-management", [A, G, A, RI, RI]),
    ("Crime data integrity", "crime-recording", [NA, G, A, RI, RI]),
]
NS02_AFI1 = ("The force should make sure that call handlers and attending officers identify and "
             "record the needs of vulnerable victims at the first point of contact.")
NS02_AFI2 = ("The force should improve its supervision of investigations so that every "
             "investigation has a plan and is completed to a consistent standard.")

# ---- ns03: Nottinghamshire, 2021/22 and 2023-25 ---------------------------------------
NS03_ROWS = [  # label (2023-25 name), key, 2021/22 grade, AFIs 21/22, 2023-25 grade, change
    ("Police powers and public treatment", "treatment-of-public", A, "2", G, "Up"),
    ("Preventing crime", "preventing-crime", G, "0", G, "No change"),
    ("Responding to the public", "responding-to-public", RI, "3", A, "Up"),
    ("Investigating crime", "investigating-crime", RI, "4", RI, "No change"),
    ("Protecting vulnerable people", "protecting-vulnerable", A, "2", A, "No change"),
    ("Managing offenders and suspects", "managing-offenders", G, "1", G, "No change"),
    ("Building, supporting and protecting the workforce", "workforce", A, "1", G, "Up"),
    ("Leadership and force management", "leadership-management", A, "2", A, "No change"),
    ("Crime data integrity", "crime-recording", G, "0", G, "No change"),
]
NS03_AFIS = [
    ("investigating-crime", "The force should make sure that investigations are allocated to staff with "
     "the skills and experience that the investigation needs."),
    ("investigating-crime", "The force should make sure that victims are updated on the progress of their "
     "case in line with the Code of Practice for Victims of Crime."),
    ("responding-to-public", "The force should reduce the time it takes to answer non-emergency calls."),
]

# ---- ns04: South East, PEEL 2023-25, colour-coded cells ----------------------------
NS04_AREAS = [("Police powers and public treatment", "treatment-of-public"),
              ("Preventing crime", "preventing-crime"),
              ("Responding to the public", "responding-to-public"),
              ("Investigating crime", "investigating-crime"),
              ("Protecting vulnerable people", "protecting-vulnerable"),
              ("Managing offenders", "managing-offenders"),
              ("Workforce", "workforce"),
              ("Leadership", "leadership-management")]
NS04 = [
    ("Kent Police", "Kent Police", [G, O, G, A, G, G, G, G]),
    ("Sussex Police", "Sussex Police", [A, G, A, RI, A, G, A, A]),
    ("Thames Valley Police", "Thames Valley Police", [A, G, RI, RI, A, G, A, A]),
    ("Hampshire and Isle of Wight Constabulary", "Hampshire Constabulary", [G, G, RI, A, A, G, G, A]),
]

# ---- ns05: Gwent 2018/19 tick matrix ---------------------------------------------------
NS05_ROWS = [  # label, pillar row?, key, grade (None = ungraded)
    ("Effectiveness", True, "Effectiveness", G),
    ("Preventing crime and tackling anti-social behaviour", False, "preventing-crime", G),
    ("Investigating crime and reducing re-offending", False, "investigating-crime", G),
    ("Protecting vulnerable people and supporting victims", False, "protecting-vulnerable", RI),
    ("Tackling serious and organised crime", False, "serious-organised-crime", G),
    ("Specialist capabilities", False, "specialist-capabilities", None),
    ("Efficiency", True, "Efficiency", G),
    ("Meeting current demands and using resources", False, "using-resources", G),
    ("Planning for the future", False, "planning-future", G),
    ("Legitimacy", True, "Legitimacy", G),
    ("Fair and respectful treatment of the public", False, "fair-treatment-public", G),
    ("Ethical and lawful workforce behaviour", False, "ethical-lawful-workforce", G),
    ("Fair and respectful treatment of the workforce", False, "fair-treatment-workforce", O),
]
NS05_AFIS = [  # key, text, addressed tick, force comment (None = no comment)
    ("protecting-vulnerable", "The force should improve how it assesses and records risk when it first "
     "receives calls about domestic abuse.", "\u2713",
     "A structured risk tool went live in the control room in October 2019."),
    ("protecting-vulnerable", "The force should make sure that it uses the powers it has to protect "
     "victims, including bail conditions and protective orders, whenever they are appropriate.", "\u2717",
     "Use of bail conditions has risen, but protective orders remain low; work continues."),
    ("using-resources", "The force should develop its understanding of hidden demand, such as modern "
     "slavery and child exploitation.", "\u2717", None),
    ("ethical-lawful-workforce", "The force should make sure that all its staff hold the correct level of "
     "vetting for their posts.", "\u2713",
     "The vetting backlog was cleared in January 2020."),
]

# ---- ns06: North West + North Wales, PEEL 2021/22 wide CSV ----------------------------
NS06_COLS = [("Treatment of the public", "treatment-of-public"),
             ("Preventing crime", "preventing-crime"),
             ("Responding to the public", "responding-to-public"),
             ("Investigating crime", "investigating-crime"),
             ("Protecting vulnerable people", "protecting-vulnerable"),
             ("Managing offenders", "managing-offenders"),
             ("Disrupting SOC", "serious-organised-crime"),
             ("Developing a positive workplace", "workforce"),
             ("Good use of resources", "leadership-management"),
             ("Crime data integrity", "crime-recording")]
NS06 = [  # name as written, canonical, published, grades, CoC, AFIs
    ("Lancashire Constabulary", "Lancashire Constabulary", "2022-03-10", [G, G, A, A, G, G, NI, G, G, G], 0, 7),
    ("Cumbria Constabulary", "Cumbria Constabulary", "2022-07-22", [A, G, RI, RI, A, A, NI, A, A, A], 1, 11),
    ("Merseyside Police", "Merseyside Police", "2022-03-10", [G, O, G, A, G, G, NI, G, G, G], 0, 6),
    ("Cheshire Constabulary", "Cheshire Constabulary", "2022-05-19", [G, G, G, A, G, A, NI, G, G, A], 0, 8),
    ("Greater Manchester Police", "Greater Manchester Police", "2022-10-14", [RI, A, I, RI, RI, A, NI, RI, RI, I], 3, 16),
    ("North Wales Police", "North Wales Police", "2022-09-30", [G, G, A, A, G, G, NI, G, G, G], 0, 5),
]

# ---- ns07: Devon and Cornwall scorecard ---------------------------------------------
NS07_ROWS = [  # label, key, 2021/22, target, 2023-25, met
    ("Police powers and public treatment", "treatment-of-public", A, "Good", A, "\u2717"),
    ("Preventing crime", "preventing-crime", G, "Good", G, "\u2713"),
    ("Responding to the public", "responding-to-public", RI, "Good", A, "\u2717"),
    ("Investigating crime", "investigating-crime", RI, "Good", RI, "\u2717"),
    ("Protecting vulnerable people", "protecting-vulnerable", A, "Good", A, "\u2717"),
    ("Managing offenders and suspects", "managing-offenders", A, "Good", G, "\u2713"),
    ("Building, supporting and protecting the workforce", "workforce", A, "Good", A, "\u2717"),
    ("Leadership and force management", "leadership-management", RI, "Adequate", A, "\u2713"),
    ("Crime data integrity", "crime-recording", A, "Good", "Not inspected", "\u2013"),
]
NS07_COC = ("The force is not making sure that crimes are investigated promptly and thoroughly, and too "
            "many victims do not receive the outcome they should.")
NS07_RECS = [
    "Within six months, the force should make sure that every investigation is allocated to an investigator with the right skills and is supervised in line with its own policy.",
    "Within six months, the force should make sure that outcomes are assigned correctly and that victims are told why.",
]

# ---- ns08: Staffordshire history, years as columns ----------------------------------
# rows: label, pillar, key(None=pillar), {year: code}
NS08 = [
    ("EFFECTIVENESS (overall)", "Effectiveness", None, {"2015": "RI", "2016": "RI", "2017": "G"}),
    ("  Preventing crime", "Effectiveness", "preventing-crime", {"2015": "G", "2016": "G", "2017": "NI"}),
    ("  Investigating crime", "Effectiveness", "investigating-crime", {"2015": "RI", "2016": "RI", "2017": "G"}),
    ("  Protecting vulnerable", "Effectiveness", "protecting-vulnerable", {"2015": "RI", "2016": "RI", "2017": "RI"}),
    ("  Serious & org. crime", "Effectiveness", "serious-organised-crime", {"2015": "G", "2016": "G", "2017": "NI"}),
    ("  Specialist capabilities", "Effectiveness", "specialist-capabilities", {"2016": "NG", "2017": "NG"}),
    ("EFFICIENCY (overall)", "Efficiency", None, {"2014": "G", "2015": "G", "2016": "G", "2017": "G"}),
    ("  Understanding demand", "Efficiency", "understanding-demand", {"2016": "G", "2017": "G"}),
    ("  Use of resources", "Efficiency", "using-resources", {"2016": "G", "2017": "G"}),
    ("  Planning for the future", "Efficiency", "planning-future", {"2016": "G", "2017": "O"}),
    ("LEGITIMACY (overall)", "Legitimacy", None, {"2015": "G", "2016": "G", "2017": "G"}),
    ("  Fair treatment (public)", "Legitimacy", "fair-treatment-public", {"2016": "G", "2017": "G"}),
    ("  Ethical and lawful", "Legitimacy", "ethical-lawful-workforce", {"2016": "RI", "2017": "G"}),
    ("  Fair treatment (staff)", "Legitimacy", "fair-treatment-workforce", {"2016": "G", "2017": "G"}),
    ("LEADERSHIP", "Leadership", None, {"2015": "NG", "2016": "NG", "2017": "NG"}),
]
CODES = {"O": O, "G": G, "RI": RI, "I": I}

# ---- ns09: Bedfordshire 2017 tracker ------------------------------------------------
NS09_COC = ("Bedfordshire Police does not consistently identify and respond to the risks faced by "
            "vulnerable people who report domestic abuse, and this leaves some victims exposed to harm.")
NS09_RECS = [
    "The force should immediately review how its control room assesses risk on calls that involve domestic abuse, so that officers attend promptly when the risk is high.",
    "The force should make sure that a trained supervisor reviews every domestic abuse risk assessment within 24 hours.",
]
NS09_AFIS = [  # pillar, key, text, progress (None = no update)
    ("Effectiveness", "investigating-crime", "The force should improve the quality of its initial investigations, "
     "including the gathering of evidence at the scene.", "Scene evidence checklists issued to all response officers in May 2018; audit due in September."),
    ("Effectiveness", "investigating-crime", "The force should make sure that it records and monitors the use of "
     "outcome 16, where a victim does not support further police action.", None),
    ("Effectiveness", "protecting-vulnerable", "The force should improve its understanding of how many children "
     "go missing from home and why, working with the local authorities.", "Joint missing-children panel with the three local authorities meets monthly."),
    ("Efficiency", "planning-future", "The force should develop a detailed plan for the skills its workforce "
     "will need in the future.", "Skills audit complete; workforce plan to be approved by the chief officer group."),
]
