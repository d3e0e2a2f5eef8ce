"""Write docs/kq06.csv: a newsroom data desk's spreadsheet of 'responding to the public'
grades, exported from Excel (UTF-8 with BOM, CRLF). Standard library only.

    python3 src/make_kq06.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kq06.csv")
T = "PEEL 2023\u201325 Police effectiveness, efficiency and legitimacy: An inspection of %s"

HEADER = ["Force", "Report", "Inspection", "Published", "Responding to the public",
          "Responding to the public (PEEL 2021/22)", "Change", "Notes"]
ROWS = [
    ["Staffs", T % "Staffordshire Police", "PEEL 2023/25", "19/11/2024", "Requires improvement", "Inadequate", "Up", ""],
    ["Notts", T % "Nottinghamshire Police", "PEEL 2023/25", "08/08/2024", "Adequate", "Adequate", "Same", ""],
    ["Met", T % "the Metropolitan Police Service", "PEEL 2023/25", "18/04/2024", "Inadequate", "Requires improvement", "Down", "Enhanced monitoring since 2022"],
    ["GMP", T % "Greater Manchester Police", "PEEL 2023/25", "27/11/2024", "Good", "Inadequate", "Up", "Left enhanced monitoring 2022"],
    ["Avon & Somerset", T % "Avon and Somerset Constabulary", "PEEL 2023/25", "05/11/2024", "Requires improvement", "Adequate", "Down", ""],
    ["Devon & Cornwall", T % "Devon and Cornwall Police", "PEEL 2023/25", "14/01/2025", "Inadequate", "Requires improvement", "Down", "Cause of concern on call handling"],
    ["Dyfed Powys", T % "Dyfed-Powys Police", "PEEL 2023/25", "12/09/2024", "Good", "Good", "Same", ""],
    ["West Mercia Constabulary", T % "West Mercia Police", "PEEL 2023/25", "30/01/2025", "Adequate", "Requires improvement", "Up", ""],
    ["Lincs", T % "Lincolnshire Police", "PEEL 2023/25", "06/03/2025", "Good", "Adequate", "Up", ""],
    ["Kent", T % "Kent Police", "PEEL 2023/25", "12/12/2024", "Adequate", "Good", "Down", ""],
    ["Essex", T % "Essex Police", "PEEL 2023/25", "05/12/2024", "Good", "Adequate", "Up", ""],
    ["Suffolk", T % "Suffolk Constabulary", "PEEL 2023/25", "03/10/2024", "Adequate", "Good", "Down", ""],
    ["Police Scotland", "", "", "", "n/a", "n/a", "", "Not a PEEL force; inspected by HMICS"],
    ["PSNI", "", "", "", "n/a", "n/a", "", "Not a PEEL force; inspected by CJI Northern Ireland"],
    ["MoD Police", "", "", "", "n/a", "n/a", "", "Non-territorial; not graded under PEEL"],
    ["Civil Nuclear Constabulary", "", "", "", "n/a", "n/a", "", "Non-territorial; not graded under PEEL"],
    [],
    ["Source: HMICFRS PEEL reports, compiled by the data desk. Grades are for the 'responding to the public' area only. Budget figures (2025/26 precept) are in the next tab.", "", "", "", "", "", "", ""],
]

with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(ROWS)
print("wrote", OUT)
