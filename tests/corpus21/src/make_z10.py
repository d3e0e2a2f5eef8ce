"""z10.csv -- a long-format data download of PEEL grades for the five Eastern region forces
(one row per force, period and graded area), as Excel saves it: UTF-8 with a BOM and CRLF
line endings (standard library).

    python3 src/make_z10.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "z10.csv")

AREAS_2325 = [
    ("PPT", "Police powers and public treatment"),
    ("PREV", "Preventing and deterring crime and anti-social behaviour, and reducing vulnerability"),
    ("RESP", "Responding to the public"),
    ("INV", "Investigating crime"),
    ("PVP", "Protecting vulnerable people"),
    ("MOS", "Managing offenders and suspects"),
    ("WORK", "Building, supporting and protecting the workforce"),
    ("LFM", "Leadership and force management"),
    ("VIC", "Providing a service to victims of crime"),
]
AREAS_2122 = [
    ("PPT", "Engaging with and treating the public with fairness and respect"),
    ("PREV", "Preventing crime and anti-social behaviour"),
    ("RESP", "Responding to the public"),
    ("INV", "Investigating crime"),
    ("PVP", "Protecting vulnerable people"),
    ("MOS", "Managing offenders and suspects"),
    ("SOC", "Disrupting serious organised crime"),
    ("WORK", "Building, supporting and protecting the workforce"),
    ("SPOM", "Strategic planning, organisational management and value for money"),
    ("CDI", "Recording data about crime"),
    ("VIC", "Providing a service to victims of crime"),
]
G, A, RI, O, NG = "Good", "Adequate", "Requires improvement", "Outstanding", "Not graded"
# grades in area order; victims (and SOC in 2021/22) are "Not graded"
DATA = [
    ("Bedfordshire Police", "bedfordshire",
     {"2023-25": ("21/11/2024", [A, G, RI, A, A, G, G, A, NG]),
      "2021/22": ("14/07/2022", [A, G, RI, RI, A, G, NG, A, A, G, NG])}),
    ("Cambridgeshire Constabulary", "cambridgeshire",
     {"2023-25": ("11/07/2024", [G, A, G, G, A, RI, G, A, NG]),
      "2021/22": ("22/04/2022", [G, A, G, A, A, G, NG, G, A, G, NG])}),
    ("Hertfordshire Constabulary", "hertfordshire",
     {"2023-25": ("16/01/2025", [G, O, G, G, G, G, G, G, NG]),
      "2021/22": ("03/03/2022", [G, O, G, G, G, G, NG, A, G, O, NG])}),
    ("Norfolk Constabulary", "norfolk",
     {"2023-25": ("06/02/2025", [G, G, A, A, G, G, G, G, NG]),
      "2021/22": ("19/05/2022", [A, G, G, A, G, G, NG, G, G, G, NG])}),
    ("Suffolk Constabulary", "suffolk",
     {"2023-25": ("06/02/2025", [G, G, A, A, A, G, G, A, NG]),
      "2021/22": ("19/05/2022", [G, G, A, G, A, G, NG, G, G, G, NG])}),
]
PILLARS_1819 = [
    ("Norfolk Constabulary", "norfolk", "27/09/2019", [G, O, G]),
    ("Suffolk Constabulary", "suffolk", "27/09/2019", [RI, G, G]),
]

rows = [["force_name", "force_id", "inspection", "assessment_period", "area_code", "area",
         "grade", "published"]]
for force, fid, periods in DATA:
    for period in ("2021/22", "2023-25"):
        pub, grades = periods[period]
        areas = AREAS_2325 if period == "2023-25" else AREAS_2122
        assert len(areas) == len(grades), (force, period)
        for (code, name), grade in zip(areas, grades):
            rows.append([force, fid, "PEEL", period, code, name, grade, pub])
for force, fid, pub, grades in PILLARS_1819:
    for (code, name), grade in zip((("EFF", "Effectiveness (pillar)"),
                                    ("EFC", "Efficiency (pillar)"),
                                    ("LEG", "Legitimacy (pillar)")), grades):
        rows.append([force, fid, "PEEL", "2018/19", code, name, grade, pub])
rows.append(["Cambridgeshire Constabulary", "cambridgeshire", "Crime data integrity", "2019",
             "CDI", "Crime data integrity (standalone inspection)", "Not inspected", ""])

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerows(rows)
buf.write("\r\n")
buf.write('"Source: HMICFRS PEEL assessments, Eastern region extract. Grades: Outstanding, '
          'Good, Adequate, Requires improvement, Inadequate. Generated 02/06/2025."\r\n')
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT, len(rows) - 1, "data rows")
