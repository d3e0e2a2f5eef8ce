"""The invented grades that every corpus29 document draws on, so that a force's grades
agree wherever it appears. Standard library only."""

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC, VIC = "crime-recording", "serious-organised-crime", "victim-service"
KEYS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]

# 2023-25 area names as HMICFRS writes them
AREA_2325 = {
    PPT: "Police powers and public treatment",
    PREV: "Preventing crime and antisocial behaviour",
    RESP: "Responding to the public",
    INV: "Investigating crime",
    PVP: "Protecting vulnerable people",
    MOS: "Managing offenders and suspects",
    WORK: "Building, supporting and protecting the workforce",
    LFM: "Leadership and force management",
}

G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
_L = {"O": O, "G": G, "A": A, "R": RI, "I": I}
NYI = None   # not yet inspected in 2023-25


def _g(s):
    return dict(zip(KEYS, [_L[c] for c in s.split()]))


# force -> (date published dd/mm/yyyy, grades) ; None grades = not yet inspected
G2325 = {
    "Avon and Somerset Constabulary": ("12/09/2024", _g("G A A R A G A A")),
    "Bedfordshire Police": ("", NYI),
    "Cambridgeshire Constabulary": ("05/03/2024", _g("G G A A A G G G")),
    "Cheshire Constabulary": ("21/11/2024", _g("G G G A G G G A")),
    "City of London Police": ("18/07/2024", _g("G G G A A G G G")),
    "Cleveland Police": ("27/02/2025", _g("A G R A A G A A")),
    "Cumbria Constabulary": ("27/02/2025", _g("G G G A G G O G")),
    "Derbyshire Constabulary": ("30/01/2025", _g("G G A R A G G A")),
    "Devon and Cornwall Police": ("08/10/2024", _g("A A I R R A R R")),
    "Dorset Police": ("14/05/2024", _g("G G G A G O G G")),
    "Durham Constabulary": ("29/08/2023", _g("G O G G G G G G")),
    "Dyfed-Powys Police": ("16/04/2024", _g("G G G A G O G G")),
    "Essex Police": ("23/01/2024", _g("G G G R A G G A")),
    "Gloucestershire Constabulary": ("06/06/2024", _g("A A R R A A A R")),
    "Greater Manchester Police": ("10/12/2024", _g("A G G G A A G G")),
    "Gwent Police": ("11/07/2024", _g("A A R R A A G A")),
    "Hampshire Constabulary": ("19/03/2024", _g("G A A R A G A A")),
    "Hertfordshire Constabulary": ("", NYI),
    "Humberside Police": ("27/02/2025", _g("G G G O G G G O")),
    "Kent Police": ("02/10/2023", _g("G G A A A G G G")),
    "Lancashire Constabulary": ("25/04/2024", _g("G G G A A G G G")),
    "Leicestershire Police": ("30/01/2025", _g("G O G A A G G G")),
    "Lincolnshire Police": ("30/01/2025", _g("A G R A R A A R")),
    "Merseyside Police": ("07/11/2023", _g("G O G G A G G G")),
    "Metropolitan Police Service": ("26/09/2024", _g("R A I R R A R A")),
    "Norfolk Constabulary": ("13/02/2024", _g("G G G A G G G G")),
    "North Wales Police": ("11/07/2024", _g("G G O G G G G G")),
    "North Yorkshire Police": ("03/12/2024", _g("A G A R A A A A")),
    "Northamptonshire Police": ("14/01/2025", _g("A G A R R G A A")),
    "Northumbria Police": ("28/05/2024", _g("G G G A G G G A")),
    "Nottinghamshire Police": ("14/01/2025", _g("G A R R A G A A")),
    "South Wales Police": ("16/04/2024", _g("G A A A R G A G")),
    "South Yorkshire Police": ("20/06/2024", _g("G G A A A G G G")),
    "Staffordshire Police": ("04/02/2025", _g("G G R A A G A G")),
    "Suffolk Constabulary": ("", NYI),
    "Surrey Police": ("31/10/2023", _g("G O R A G G G G")),
    "Sussex Police": ("", NYI),
    "Thames Valley Police": ("15/08/2024", _g("A A R A A G A A")),
    "Warwickshire Police": ("04/02/2025", _g("A G A A R A A R")),
    "West Mercia Police": ("04/02/2025", _g("A A R A A G A A")),
    "West Midlands Police": ("19/12/2024", _g("G G G A A G G G")),
    "West Yorkshire Police": ("27/02/2025", _g("O G G G A G G G")),
    "Wiltshire Police": ("24/09/2024", _g("A A I R R A A A")),
}


def grade(force, key):
    return G2325[force][1][key]


# 2021/22 grades used in passing (keys as above, plus SOC and CDI where given)
G2122 = {
    "Kent Police": {INV: G},
    "Essex Police": {INV: A},
    "Surrey Police": {INV: A},
    "Sussex Police": {INV: RI},
    "Hampshire Constabulary": {INV: A},
    "Thames Valley Police": {INV: RI},
    "Hertfordshire Constabulary": {INV: G, PVP: G},
    "Bedfordshire Police": {INV: RI},
    "Suffolk Constabulary": {INV: A},
    "Norfolk Constabulary": {INV: G},
    "Cambridgeshire Constabulary": {INV: A},
    "West Midlands Police": {PPT: A, PREV: G, RESP: RI, INV: RI, PVP: A, MOS: A, SOC: G,
                             WORK: A, LFM: A, CDI: G},
    "Greater Manchester Police": {PPT: A, PREV: RI, RESP: I, INV: RI, PVP: RI, MOS: A,
                                  SOC: G, WORK: A, LFM: RI, CDI: RI},
    "Cheshire Constabulary": {RESP: A},
}
