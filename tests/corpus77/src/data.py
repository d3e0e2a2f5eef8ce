"""Grades typed in once, used by the document generators and by make_gold.py.

Grade letters: O Outstanding, G Good, A Adequate, R Requires improvement, I Inadequate.
"""

WORD = {"O": "Outstanding", "G": "Good", "A": "Adequate", "R": "Requires improvement",
        "I": "Inadequate"}

# 2021/22 and 2023-25 graded areas, in report order, with gold keys
AREA_KEYS = ["treatment-of-public", "preventing-crime", "responding-to-public",
             "investigating-crime", "protecting-vulnerable", "managing-offenders",
             "workforce", "leadership-management"]
AREAS_2122 = ["Treatment of the public", "Preventing crime and anti-social behaviour",
              "Responding to the public", "Investigating crime", "Protecting vulnerable people",
              "Managing offenders and suspects", "Developing a positive workplace",
              "Good use of resources"]
AREAS_2325 = ["Police powers and public treatment", "Preventing crime",
              "Responding to the public", "Investigating crime", "Protecting vulnerable people",
              "Managing offenders and suspects",
              "Building, supporting and protecting the workforce",
              "Leadership and force management"]

# lv01: PEEL 2016 effectiveness, overall grade, all 43 forces (as published by local media
# in March 2017). Short names as the page writes them -> canonical name.
LV01 = {
    "O": [("Durham", "Durham Constabulary")],
    "G": [("Avon & Somerset", "Avon and Somerset Constabulary"),
          ("Cambridgeshire", "Cambridgeshire Constabulary"),
          ("Cheshire", "Cheshire Constabulary"), ("City of London", "City of London Police"),
          ("Cleveland", "Cleveland Police"), ("Cumbria", "Cumbria Constabulary"),
          ("Derbyshire", "Derbyshire Constabulary"), ("Dorset", "Dorset Police"),
          ("Essex", "Essex Police"), ("Greater Manchester", "Greater Manchester Police"),
          ("Gwent", "Gwent Police"), ("Kent", "Kent Police"),
          ("Lancashire", "Lancashire Constabulary"), ("Lincolnshire", "Lincolnshire Police"),
          ("Merseyside", "Merseyside Police"), ("Norfolk", "Norfolk Constabulary"),
          ("North Wales", "North Wales Police"), ("North Yorkshire", "North Yorkshire Police"),
          ("Northumbria", "Northumbria Police"), ("South Wales", "South Wales Police"),
          ("Suffolk", "Suffolk Constabulary"), ("Surrey", "Surrey Police"),
          ("Thames Valley", "Thames Valley Police"), ("Warwickshire", "Warwickshire Police"),
          ("West Mercia", "West Mercia Police"), ("West Midlands", "West Midlands Police"),
          ("West Yorkshire", "West Yorkshire Police"), ("Wiltshire", "Wiltshire Police")],
    "R": [("Devon and Cornwall", "Devon and Cornwall Police"),
          ("Dyfed-Powys", "Dyfed-Powys Police"), ("Gloucestershire", "Gloucestershire Constabulary"),
          ("Hampshire", "Hampshire Constabulary"), ("Hertfordshire", "Hertfordshire Constabulary"),
          ("Humberside", "Humberside Police"), ("Leicestershire", "Leicestershire Police"),
          ("Met Police", "Metropolitan Police Service"),
          ("Northamptonshire", "Northamptonshire Police"),
          ("Nottinghamshire", "Nottinghamshire Police"),
          ("South Yorkshire", "South Yorkshire Police"), ("Staffordshire", "Staffordshire Police"),
          ("Sussex", "Sussex Police")],
    "I": [("Bedfordshire", "Bedfordshire Police")],
}

# lv02: South West, pillar grades 2014-2017 (E, Ef, L); None = not graded
SW = ["Avon and Somerset Constabulary", "Devon and Cornwall Police", "Dorset Police",
      "Gloucestershire Constabulary", "Wiltshire Police"]
LV02 = {
    "Avon and Somerset Constabulary": {"2014": (None, "G", None), "2015": ("G", "G", "G"),
                                       "2016": ("G", "G", "G"), "2017": ("G", "G", "G")},
    "Devon and Cornwall Police": {"2014": (None, "G", None), "2015": ("R", "G", "G"),
                                  "2016": ("R", "G", "G"), "2017": ("G", "G", "G")},
    "Dorset Police": {"2014": (None, "G", None), "2015": ("G", "G", "G"),
                      "2016": ("G", "G", "G"), "2017": ("R", "G", "G")},
    "Gloucestershire Constabulary": {"2014": (None, "G", None), "2015": ("R", "G", "G"),
                                     "2016": ("R", "R", "G"), "2017": ("G", "G", "R")},
    "Wiltshire Police": {"2014": (None, "O", None), "2015": ("G", "R", "G"),
                         "2016": ("G", "G", "G"), "2017": ("G", "G", "G")},
}

# lv03: PEEL 2017 by force (E, Ef, L), State of Policing annex style
LV03 = [
    ("East Midlands", [("Derbyshire Constabulary", "GGG"), ("Leicestershire Police", "RGG"),
                       ("Lincolnshire Police", "GGR"), ("Northamptonshire Police", "RRR"),
                       ("Nottinghamshire Police", "GGG")]),
    ("Wales", [("Dyfed-Powys Police", "RGR"), ("Gwent Police", "GGG"),
               ("North Wales Police", "GGG"), ("South Wales Police", "GOG")]),
]

# lv04: PEEL 2021/22, North West, eight graded areas in AREAS_2122 order
LV04 = [("Cheshire Constabulary", "Cheshire", "GGAAGGGA"),
        ("Cumbria Constabulary", "Cumbria", "AGRRAAGR"),
        ("Greater Manchester Police", "GMP", "AARRRAAA"),
        ("Lancashire Constabulary", "Lancashire", "GOGAAGAG"),
        ("Merseyside Police", "Merseyside", "GOGGGAGG")]

# lv05: PEEL 2023-25, eight areas in AREAS_2325 order
LV05 = [("Northumbria Police", "GGAAGGAA"), ("Durham Constabulary", "GOGGGGGA"),
        ("Cleveland Police", "AGRRAAGA"), ("West Yorkshire Police", "GGGAGOGG"),
        ("Humberside Police", "GGOGGGGG")]
SHORT_2325 = ["public treatment", "preventing crime", "responding", "investigating",
              "vulnerable people", "offenders", "workforce", "leadership"]

# lv06: PEEL 2018/19 pillar grades (E, Ef, L), grouped by region
LV06 = [
    ("South West", [("Avon and Somerset Constabulary", "GOG"), ("Devon and Cornwall Police", "RGG"),
                    ("Dorset Police", "GGR"), ("Gloucestershire Constabulary", "RRG"),
                    ("Wiltshire Police", "GGG")]),
    ("Wales", [("Dyfed-Powys Police", "GGG"), ("Gwent Police", "GRG"),
               ("North Wales Police", "GGG"), ("South Wales Police", "GOG")]),
]

# lv07: PEEL 2023-25, South East league table; Sussex awaiting
LV07 = [("Surrey Police", "Surrey", "GOGAGGAG"),
        ("Kent Police", "Kent", "GGAAGGGA"),
        ("Hampshire Constabulary", "Hampshire and Isle of Wight", "GGGAAGGA"),
        ("Thames Valley Police", "Thames Valley", "AARRAAAR")]
POINTS = {"O": 4, "G": 3, "A": 2, "R": 1, "I": 0}

# lv09: PEEL 2014 efficiency, Eastern region
LV09 = [("Bedfordshire Police", "R"), ("Cambridgeshire Constabulary", "G"),
        ("Essex Police", "G"), ("Hertfordshire Constabulary", "O"),
        ("Norfolk Constabulary", "G"), ("Suffolk Constabulary", "G")]
