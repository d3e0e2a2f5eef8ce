"""The invented PEEL grades of corpus41, one place for all documents (standard library).

Areas are listed in the 2025-27 framework order with their gold question keys.
"""
LFM, WORK, PPT, PREV = "leadership-management", "workforce", "treatment-of-public", "preventing-crime"
RESP, INV, PVP, MOS = "responding-to-public", "investigating-crime", "protecting-vulnerable", "managing-offenders"
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"

AREAS = [
    ("Leadership and force management", LFM),
    ("Supporting and developing the workforce", WORK),
    ("Police powers and public treatment", PPT),
    ("Preventing crime and antisocial behaviour", PREV),
    ("Responding to the public", RESP),
    ("Investigating crime", INV),
    ("Protecting vulnerable people", PVP),
    ("Managing offenders and suspects", MOS),
]
KEYS = [k for _, k in AREAS]

G2325 = {
    "Essex Police": [A, A, A, A, A, RI, A, G],
    "Hampshire Constabulary": [RI, A, A, G, RI, RI, A, A],
    "Kent Police": [G, A, G, G, A, RI, A, G],
    "Lincolnshire Police": [A, A, A, G, A, RI, A, A],
    "Norfolk Constabulary": [G, G, G, G, G, A, G, G],
    "Nottinghamshire Police": [A, A, A, G, A, A, RI, G],
    "Suffolk Constabulary": [A, G, G, A, A, A, A, G],
    "Surrey Police": [G, G, G, O, RI, A, G, G],
    "Sussex Police": [A, G, G, A, G, A, A, A],
    "Thames Valley Police": [RI, A, A, A, RI, I, RI, A],
}
G2527 = {
    "Essex Police": [A, A, G, A, RI, A, RI, G],
    "Hampshire Constabulary": [A, A, A, G, A, RI, A, G],
    "Kent Police": [G, G, G, O, G, A, A, G],
    "Lincolnshire Police": [RI, A, A, A, RI, RI, RI, A],
    "Norfolk Constabulary": [G, G, G, G, A, A, G, O],
    "Sussex Police": [G, G, A, A, G, RI, A, A],
    "Thames Valley Police": [A, A, A, G, A, RI, A, A],
}
PUBLISHED_2527 = {
    "Hampshire Constabulary": "29/01/2026",
    "Essex Police": "19/02/2026",
    "Kent Police": "12/03/2026",
    "Lincolnshire Police": "23/04/2026",
    "Thames Valley Police": "21/05/2026",
    "Norfolk Constabulary": "18/06/2026",
    "Sussex Police": "18/06/2026",
}


def pairs(table, force, keys=None):
    """(question key, grade) pairs of one force, optionally only for some keys."""
    out = list(zip(KEYS, table[force]))
    if keys is not None:
        out = [p for p in out if p[0] in keys]
    return out
