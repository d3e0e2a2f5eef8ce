"""Grades typed in for mu06 (South West regional briefing pack, PEEL 2016). Used by
make_mu06.py (the HTML) and make_gold.py (the gold)."""
FORCES = [  # (official name, name as printed)
    ("Avon and Somerset Constabulary", "Avon and Somerset Constabulary"),
    ("Devon and Cornwall Police", "Devon & Cornwall Police"),
    ("Dorset Police", "Dorset Police"),
    ("Gloucestershire Constabulary", "Gloucestershire Constabulary"),
    ("Wiltshire Police", "Wiltshire Police"),
]
# pillar grades: 2016 and 2015
PILLARS = {
    "Avon and Somerset Constabulary": {"Effectiveness": ("Good", "Requires improvement"), "Efficiency": ("Good", "Good"), "Legitimacy": ("Good", "Good")},
    "Devon and Cornwall Police": {"Effectiveness": ("Requires improvement", "Requires improvement"), "Efficiency": ("Good", "Good"), "Legitimacy": ("Good", "Good")},
    "Dorset Police": {"Effectiveness": ("Good", "Good"), "Efficiency": ("Good", "Good"), "Legitimacy": ("Good", "Good")},
    "Gloucestershire Constabulary": {"Effectiveness": ("Requires improvement", "Good"), "Efficiency": ("Good", "Requires improvement"), "Legitimacy": ("Good", "Good")},
    "Wiltshire Police": {"Effectiveness": ("Good", "Good"), "Efficiency": ("Good", "Good"), "Legitimacy": ("Outstanding", "Good")},
}
EFF_Q = [("preventing-crime", "Preventing crime and tackling anti-social behaviour"),
         ("investigating-crime", "Investigating crime and reducing re-offending"),
         ("protecting-vulnerable", "Protecting vulnerable people and supporting victims"),
         ("serious-organised-crime", "Tackling serious and organised crime"),
         ("specialist-capabilities", "Specialist capabilities")]
# 2016 effectiveness question grades (None = ungraded)
QGRADES = {
    "Avon and Somerset Constabulary": ["Good", "Good", "Good", "Good", None],
    "Devon and Cornwall Police": ["Good", "Requires improvement", "Requires improvement", "Good", None],
    "Dorset Police": ["Good", "Good", "Good", "Good", None],
    "Gloucestershire Constabulary": ["Good", "Requires improvement", "Requires improvement", "Good", None],
    "Wiltshire Police": ["Outstanding", "Good", "Good", "Good", None],
}
NOTES = {
    ("Avon and Somerset Constabulary", "investigating-crime"): "Better use of investigative resilience since 2015.",
    ("Devon and Cornwall Police", "investigating-crime"): "Quality of supervision inconsistent; backlog in digital forensics.",
    ("Devon and Cornwall Police", "protecting-vulnerable"): "Missing children not always risk-assessed consistently.",
    ("Gloucestershire Constabulary", "investigating-crime"): "Too many investigations held by untrained staff.",
    ("Gloucestershire Constabulary", "protecting-vulnerable"): "Delays in attending domestic abuse incidents graded as priority.",
    ("Wiltshire Police", "preventing-crime"): "Community policing teams praised; problem-solving embedded.",
}
