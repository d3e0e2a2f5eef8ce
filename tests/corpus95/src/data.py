"""Grades typed in once, shared by the document generators and make_gold.py.
All grades are plausible inventions unless the README says otherwise."""
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
NG = None  # not graded

# mo01: PEEL 2016, effectiveness and legitimacy, question level (HMIC)
EFF16_Q = [  # (key, question text as the download words it)
    ("preventing-crime", "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?"),
    ("investigating-crime", "How effective is the force at investigating crime and reducing re-offending?"),
    ("protecting-vulnerable", "How effective is the force at protecting those who are vulnerable from harm, and supporting victims?"),
    ("serious-organised-crime", "How effective is the force at tackling serious and organised crime?"),
    ("specialist-capabilities", "How effective are the force's specialist capabilities?"),
]
LEG16_Q = [
    ("fair-treatment-public", "To what extent does the force treat all of the people it serves with fairness and respect?"),
    ("ethical-lawful-workforce", "How well does the force ensure that its workforce behaves ethically and lawfully?"),
    ("fair-treatment-workforce", "To what extent does the force treat its workforce with fairness and respect?"),
]
MO01 = {
    "Durham Constabulary": {
        "Effectiveness": (O, [O, O, G, O, NG]),
        "Legitimacy": (G, [G, G, O]),
    },
    "Cleveland Police": {
        "Effectiveness": (RI, [RI, RI, RI, G, NG]),
        "Legitimacy": (RI, [RI, RI, G]),
    },
    "Northumbria Police": {
        "Effectiveness": (G, [G, G, G, G, NG]),
        "Legitimacy": (G, [G, G, G]),
    },
}

# mo02: PEEL 2017 pillar grades, Welsh forces (codes)
MO02 = [
    ("Dyfed-Powys Police", G, G, G),
    ("Gwent Police", RI, G, G),
    ("North Wales Police", G, G, G),
    ("South Wales Police", G, O, G),
]

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, SOC, WORK = "protecting-vulnerable", "managing-offenders", "serious-organised-crime", "workforce"
LFM, CDI = "leadership-management", "crime-recording"

# mo03: PEEL 2021/22 numeric grades
MO03 = {
    "Hampshire Constabulary": {PPT: A, PREV: G, RESP: RI, INV: A, PVP: G, MOS: G, SOC: G, WORK: G, LFM: A, CDI: G},
    "Thames Valley Police": {PPT: G, PREV: G, RESP: A, INV: RI, PVP: A, MOS: A, SOC: NG, WORK: G, LFM: G, CDI: A},
}

# 2023-25 grades used in mo04 (md), mo08 (docx) and mo10 (pdf)
P2325 = {
    "Derbyshire Constabulary": {PPT: G, PREV: G, RESP: A, INV: RI, PVP: A, MOS: G, WORK: G, LFM: A},
    "Nottinghamshire Police": {PPT: A, PREV: A, RESP: G, INV: A, PVP: RI, MOS: G, WORK: A, LFM: A},
    "Lincolnshire Police": {PPT: G, PREV: O, RESP: G, INV: A, PVP: A, MOS: A, WORK: G, LFM: G},
    "Merseyside Police": {PPT: G, PREV: O, RESP: G, INV: G, PVP: G, MOS: O, WORK: G, LFM: G},
    "Cheshire Constabulary": {PPT: G, PREV: G, RESP: A, INV: A, PVP: G, MOS: G, WORK: A, LFM: G},
    "Cumbria Constabulary": {PPT: A, PREV: G, RESP: RI, INV: RI, PVP: A, MOS: G, WORK: G, LFM: A},
}
AREAS2325 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]

# mo05: PEEL 2015 pillar grades, Eastern region (HMIC)
MO05 = [
    ("Bedfordshire Police", RI, RI, G),
    ("Cambridgeshire Constabulary", G, G, G),
    ("Essex Police", RI, G, G),
    ("Hertfordshire Constabulary", G, O, G),
    ("Norfolk Constabulary", G, O, G),
    ("Suffolk Constabulary", G, G, G),
]

# mo07: Lancashire Constabulary, PEEL history (FOI)
MO07 = {  # period: (effectiveness, efficiency, legitimacy)
    "2014": (NG, G, NG),
    "2015": (G, G, G),
    "2016": (G, G, G),
    "2017": (G, O, G),
    "2018/19": (G, G, G),
}

# mo09: South West forces, 2016 and 2017 pillar grades
MO09 = {
    "Avon and Somerset Constabulary": {"2016": (G, G, G), "2017": (G, G, O)},
    "Devon and Cornwall Police": {"2016": (RI, G, G), "2017": (G, G, G)},
    "Gloucestershire Constabulary": {"2016": (RI, RI, G), "2017": (RI, G, G)},
    "Wiltshire Police": {"2016": (G, G, G), "2017": (G, G, G)},
}
