"""Invented (or, where a public page states them, real) grades shared by make_og09.py and
make_gold.py, so that every document agrees. Standard library only."""
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"

# (key, 2023-25 label) in the order the inspectorate lists them
AREAS = [
    ("treatment-of-public", "Police powers and public treatment"),
    ("preventing-crime", "Preventing crime"),
    ("responding-to-public", "Responding to the public"),
    ("investigating-crime", "Investigating crime"),
    ("protecting-vulnerable", "Protecting vulnerable people"),
    ("managing-offenders", "Managing offenders"),
    ("workforce", "Building, supporting and protecting the workforce"),
    ("leadership-management", "Leadership and force management"),
    ("crime-recording", "Crime data integrity"),
]
KEYS = [k for k, _ in AREAS]


def row(*g):
    return dict(zip(KEYS, g))


P2325 = {
    "West Yorkshire Police": row(A, G, A, RI, A, A, RI, A, O),
    "Suffolk Constabulary": row(G, G, I, A, RI, A, G, A, RI),
    "Lancashire Constabulary": row(G, O, A, RI, G, G, G, A, G),
    "Cumbria Constabulary": row(G, G, G, A, A, G, A, G, G),
    "Norfolk Constabulary": row(A, G, G, A, G, A, G, G, G),
    "Merseyside Police": row(G, O, G, G, A, G, G, G, A),
    "Humberside Police": row(O, G, O, G, G, G, O, O, G),
    "Hertfordshire Constabulary": row(G, A, G, RI, A, G, G, A, G),
}
# 2021/22 grades for the same areas (None: not graded in 2021/22 / not shown)
P2122 = {
    "West Yorkshire Police": row(O, O, G, A, G, G, G, O, G),
    "Lancashire Constabulary": row(G, G, A, RI, G, G, G, G, None),
    "Suffolk Constabulary": row(G, G, RI, A, A, G, G, A, A),
    "Cumbria Constabulary": row(A, G, A, RI, A, G, G, A, None),
    "Norfolk Constabulary": row(G, G, G, A, G, G, G, G, None),
    "Merseyside Police": row(G, O, A, G, A, G, G, G, None),
    "Humberside Police": row(O, G, G, G, G, G, O, O, G),
}
