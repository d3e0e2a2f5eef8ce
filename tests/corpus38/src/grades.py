"""Invented PEEL grades for corpus38, shared by the document generators and make_gold.py
(standard library only), so that a force's grades agree in every document."""

G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

# area keys (GOLD-FORMAT.md)
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
SOC, CDI = "serious-organised-crime", "crime-recording"

K2325 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
K2122 = [PPT, PREV, RESP, INV, PVP, MOS, SOC, WORK, LFM, CDI]

NAME2325 = {
    PPT: "Police powers and public treatment",
    PREV: "Preventing crime",
    RESP: "Responding to the public",
    INV: "Investigating crime",
    PVP: "Protecting vulnerable people",
    MOS: "Managing offenders and suspects",
    WORK: "Building, supporting and protecting the workforce",
    LFM: "Leadership and force management",
}
NAME2122 = {
    PPT: "Treatment of the public",
    PREV: "Preventing crime and anti-social behaviour",
    RESP: "Responding to the public",
    INV: "Investigating crime",
    PVP: "Protecting vulnerable people",
    MOS: "Managing offenders and suspects",
    SOC: "Disrupting serious organised crime",
    WORK: "Developing a positive workplace",
    LFM: "Good use of resources",
    CDI: "Recording data about crime",
}

CHE, LAN, CUM, MER = "Cheshire Constabulary", "Lancashire Constabulary", "Cumbria Constabulary", "Merseyside Police"
NYP, WYP, HUM = "North Yorkshire Police", "West Yorkshire Police", "Humberside Police"
DUR, CLE, NUM = "Durham Constabulary", "Cleveland Police", "Northumbria Police"

_2325 = {
    CHE: [G, G, A, RI, A, G, G, A],
    LAN: [G, O, G, A, G, G, A, G],
    CUM: [G, G, G, G, A, G, O, G],
    MER: [A, G, RI, A, A, G, G, A],
    NYP: [G, A, RI, RI, A, A, G, A],
    WYP: [G, G, O, G, A, G, G, G],
    HUM: [O, G, G, G, G, O, G, G],
    DUR: [G, G, A, G, G, G, A, G],
    CLE: [A, A, RI, RI, I, A, RI, RI],
    NUM: [G, A, G, A, RI, G, A, A],
}
_2122 = {
    CHE: [G, G, RI, A, A, G, G, G, A, G],
    LAN: [A, G, G, A, G, G, O, A, G, G],
    CUM: [G, G, A, A, A, G, G, G, A, G],
    MER: [A, G, A, RI, A, G, G, A, A, A],
    NYP: [A, A, RI, RI, RI, A, A, G, A, G],
    WYP: [G, G, G, A, A, G, G, G, G, G],
    HUM: [O, G, G, G, G, G, O, G, O, O],
    DUR: [G, G, A, G, A, G, G, G, G, G],
    CLE: [RI, RI, RI, I, I, RI, A, RI, I, I],
    NUM: [G, G, A, A, A, G, G, A, A, G],
}
P2325, P2122 = "2023-25", "2021/22"
GRADES = {P2325: {f: dict(zip(K2325, v)) for f, v in _2325.items()},
          P2122: {f: dict(zip(K2122, v)) for f, v in _2122.items()}}

NUM_OF = {O: 1, G: 2, A: 3, RI: 4, I: 5}
SHORT = {O: "O", G: "G", A: "A", RI: "RI", I: "I"}
RAG = {O: "#1b7837", G: "#7fbf7b", A: "#fee08b", RI: "#fdae61", I: "#d73027"}
RAGHEX = {k: v.lstrip("#").upper() for k, v in RAG.items()}


def g(force, period, key):
    return GRADES[period][force][key]


def change(force, key):
    """Direction from 2021/22 to 2023-25 (lower number is better)."""
    a = NUM_OF[g(force, P2122, key)]
    b = NUM_OF[g(force, P2325, key)]
    d = a - b
    return d
