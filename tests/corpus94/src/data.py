"""Shared grade data for corpus94 (mn01-mn10). Every grade used in more than one document
comes from here, so the documents agree with each other.

Effectiveness 2016 overall grades are the real ones, as listed in public news pages
(ITV / Isle of Wight Radio, 2 March 2017). Everything else is a plausible invention."""

O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"
ABBR = {O: "O", G: "G", A: "A", RI: "RI", I: "I"}

# ---- PEEL 2016 Effectiveness overall (real) -----------------------------------------
EFF2016 = {
    O: ["Durham Constabulary"],
    G: ["Avon and Somerset Constabulary", "Cambridgeshire Constabulary", "Cheshire Constabulary",
        "City of London Police", "Cleveland Police", "Cumbria Constabulary",
        "Derbyshire Constabulary", "Dorset Police", "Essex Police", "Greater Manchester Police",
        "Gwent Police", "Kent Police", "Lancashire Constabulary", "Lincolnshire Police",
        "Merseyside Police", "Norfolk Constabulary", "North Wales Police",
        "North Yorkshire Police", "Northumbria Police", "South Wales Police",
        "Suffolk Constabulary", "Surrey Police", "Thames Valley Police", "Warwickshire Police",
        "West Mercia Police", "West Midlands Police", "West Yorkshire Police", "Wiltshire Police"],
    RI: ["Devon and Cornwall Police", "Dyfed-Powys Police", "Gloucestershire Constabulary",
         "Hampshire Constabulary", "Hertfordshire Constabulary", "Humberside Police",
         "Leicestershire Police", "Metropolitan Police Service", "Northamptonshire Police",
         "Nottinghamshire Police", "South Yorkshire Police", "Staffordshire Police",
         "Sussex Police"],
    I: ["Bedfordshire Police"],
}
EFF2016_BY_FORCE = {f: g for g, fs in EFF2016.items() for f in fs}

# How mn05 (news page) writes each force.
SHORT = {
    "Durham Constabulary": "Durham", "Avon and Somerset Constabulary": "Avon and Somerset",
    "Cambridgeshire Constabulary": "Cambridgeshire", "Cheshire Constabulary": "Cheshire",
    "City of London Police": "City of London", "Cleveland Police": "Cleveland",
    "Cumbria Constabulary": "Cumbria", "Derbyshire Constabulary": "Derbyshire",
    "Dorset Police": "Dorset", "Essex Police": "Essex",
    "Greater Manchester Police": "Greater Manchester", "Gwent Police": "Gwent",
    "Kent Police": "Kent", "Lancashire Constabulary": "Lancashire",
    "Lincolnshire Police": "Lincolnshire", "Merseyside Police": "Merseyside",
    "Norfolk Constabulary": "Norfolk", "North Wales Police": "North Wales",
    "North Yorkshire Police": "North Yorkshire", "Northumbria Police": "Northumbria",
    "South Wales Police": "South Wales", "Suffolk Constabulary": "Suffolk",
    "Surrey Police": "Surrey", "Thames Valley Police": "Thames Valley",
    "Warwickshire Police": "Warwickshire", "West Mercia Police": "West Mercia",
    "West Midlands Police": "West Midlands", "West Yorkshire Police": "West Yorkshire",
    "Wiltshire Police": "Wiltshire", "Devon and Cornwall Police": "Devon & Cornwall",
    "Dyfed-Powys Police": "Dyfed-Powys", "Gloucestershire Constabulary": "Gloucestershire",
    "Hampshire Constabulary": "Hampshire", "Hertfordshire Constabulary": "Hertfordshire",
    "Humberside Police": "Humberside", "Leicestershire Police": "Leicestershire",
    "Metropolitan Police Service": "Met Police", "Northamptonshire Police": "Northamptonshire",
    "Nottinghamshire Police": "Nottinghamshire", "South Yorkshire Police": "South Yorkshire",
    "Staffordshire Police": "Staffordshire", "Sussex Police": "Sussex",
    "Bedfordshire Police": "Bedfordshire",
}

# ---- mn01: State of Policing 2016 annex, pillar grades 2016 ---------------------------
# region -> [(force, how written, effectiveness, efficiency, legitimacy)]
SOP2016 = [
    ("North East", [
        ("Cleveland Police", "Cleveland", G, G, G),
        ("Durham Constabulary", "Durham", O, O, O),
        ("Northumbria Police", "Northumbria", G, G, G),
    ]),
    ("North West", [
        ("Cheshire Constabulary", "Cheshire", G, G, G),
        ("Cumbria Constabulary", "Cumbria", G, G, G),
        ("Greater Manchester Police", "Greater Manchester", G, G, G),
        ("Lancashire Constabulary", "Lancashire", G, O, G),
        ("Merseyside Police", "Merseyside", G, G, G),
    ]),
    ("Eastern", [
        ("Bedfordshire Police", "Bedfordshire", I, RI, RI),
        ("Cambridgeshire Constabulary", "Cambridgeshire", G, G, G),
        ("Essex Police", "Essex", G, G, RI),
        ("Hertfordshire Constabulary", "Hertfordshire", RI, G, G),
    ]),
]

# ---- 2021/22 (mn03, mn04, mn10) -------------------------------------------------------
P2122 = {
    "Greater Manchester Police": {"responding-to-public": RI, "protecting-vulnerable": RI,
                                  "investigating-crime": A, "crime-recording": I},
    "Staffordshire Police": {"responding-to-public": I, "investigating-crime": RI},
    "Wiltshire Police": {"protecting-vulnerable": I, "investigating-crime": I},
    "Durham Constabulary": {"preventing-crime": O, "investigating-crime": G},
    "Devon and Cornwall Police": {"responding-to-public": I},
    "Cleveland Police": {"responding-to-public": I, "investigating-crime": RI},
    "Gloucestershire Constabulary": {"investigating-crime": RI},
    "Leicestershire Police": {"investigating-crime": G},
    "Hampshire Constabulary": {"investigating-crime": G},
    "West Mercia Police": {"investigating-crime": G},
    "Suffolk Constabulary": {"investigating-crime": G},
    "Kent Police": {"investigating-crime": A},
    "Norfolk Constabulary": {"investigating-crime": A},
    "Lincolnshire Police": {"investigating-crime": A},
}

# ---- 2023-25 (mn06, mn07) -------------------------------------------------------------
AREAS2325 = [
    ("treatment-of-public", "Police powers and public treatment"),
    ("preventing-crime", "Preventing crime"),
    ("responding-to-public", "Responding to the public"),
    ("investigating-crime", "Investigating crime"),
    ("protecting-vulnerable", "Protecting vulnerable people"),
    ("managing-offenders", "Managing offenders"),
    ("workforce", "Building, supporting and protecting the workforce"),
    ("leadership-management", "Leadership and force management"),
]
P2325 = {
    "Bedfordshire Police": [A, G, RI, A, A, G, A, RI],
    "Cambridgeshire Constabulary": [G, A, G, RI, A, A, G, A],
    "Essex Police": [G, G, A, RI, A, G, G, A],
    "Avon and Somerset Constabulary": [A, G, RI, RI, A, A, G, A],
    "Gloucestershire Constabulary": [A, A, A, RI, RI, A, A, RI],
    "Wiltshire Police": [G, A, RI, RI, A, A, A, A],
    "Cheshire Constabulary": [G, O, G, G, G, G, G, G],
    "Cumbria Constabulary": [G, G, A, A, G, A, G, G],
}
SCORE = {O: 4, G: 3, A: 2, RI: 1, I: 0}

# ---- 2018/19 (mn02) -------------------------------------------------------------------
Q1819 = ["preventing-crime", "investigating-crime", "protecting-vulnerable",
         "serious-organised-crime", "using-resources", "planning-future",
         "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"]
P1819 = {
    "Cumbria Constabulary": [G, G, RI, G, G, G, G, G, G],
    "Derbyshire Constabulary": [G, RI, G, G, G, RI, G, G, G],
    "Gwent Police": [G, G, G, G, RI, G, G, G, G],
    "Northumbria Police": [O, G, G, G, G, G, G, G, O],
    "Surrey Police": [G, RI, RI, G, G, G, G, RI, G],
    "Warwickshire Police": [RI, RI, RI, G, RI, RI, G, G, G],
}

# ---- PEEL 2017 legitimacy (mn08) -------------------------------------------------------
# force -> (overall, fair-treatment-public, ethical-lawful-workforce, fair-treatment-workforce)
LEG2017 = {
    "Kent Police": (O, O, G, O),
    "Sussex Police": (G, G, G, G),
    "Surrey Police": (G, G, RI, G),
    "Hampshire Constabulary": (G, G, G, G),
    "Thames Valley Police": (G, G, G, RI),
    "Dorset Police": (G, G, G, G),
    "Devon and Cornwall Police": (RI, G, RI, RI),
    "Wiltshire Police": (G, G, G, G),
}
