"""Write docs/w04.csv: a wide data download of PEEL 2023-25 grades (UTF-8 with BOM, CRLF)."""
import csv, io, os
from master import G2325, KEYS, AREA_2325

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = {
 "Avon and Somerset Constabulary": "South West", "Bedfordshire Police": "Eastern",
 "Cambridgeshire Constabulary": "Eastern", "Cheshire Constabulary": "North West",
 "City of London Police": "London", "Cleveland Police": "North East", "Cumbria Constabulary": "North West",
 "Derbyshire Constabulary": "East Midlands", "Devon and Cornwall Police": "South West",
 "Dorset Police": "South West", "Durham Constabulary": "North East", "Dyfed-Powys Police": "Wales",
 "Essex Police": "Eastern", "Gloucestershire Constabulary": "South West",
 "Greater Manchester Police": "North West", "Gwent Police": "Wales", "Hampshire Constabulary": "South East",
 "Hertfordshire Constabulary": "Eastern", "Humberside Police": "North East", "Kent Police": "South East",
 "Lancashire Constabulary": "North West", "Leicestershire Police": "East Midlands",
 "Lincolnshire Police": "East Midlands", "Merseyside Police": "North West",
 "Metropolitan Police Service": "London", "Norfolk Constabulary": "Eastern", "North Wales Police": "Wales",
 "North Yorkshire Police": "North East", "Northamptonshire Police": "East Midlands",
 "Northumbria Police": "North East", "Nottinghamshire Police": "East Midlands", "South Wales Police": "Wales",
 "South Yorkshire Police": "North East", "Staffordshire Police": "West Midlands",
 "Suffolk Constabulary": "Eastern", "Surrey Police": "South East", "Sussex Police": "South East",
 "Thames Valley Police": "South East", "Warwickshire Police": "West Midlands",
 "West Mercia Police": "West Midlands", "West Midlands Police": "West Midlands",
 "West Yorkshire Police": "North East", "Wiltshire Police": "South West"}
NAME = {"Avon and Somerset Constabulary": "Avon & Somerset Constabulary",
        "Devon and Cornwall Police": "Devon & Cornwall Police",
        "Hampshire Constabulary": "Hampshire and Isle of Wight Constabulary"}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Force", "Region", "Inspection", "Date published"] + [AREA_2325[k] for k in KEYS])
for f in sorted(G2325, key=lambda f: NAME.get(f, f)):
    date, gr = G2325[f]
    if gr is None:
        w.writerow([NAME.get(f, f), REGION[f], "PEEL 2023-25", ""] + ["Not yet inspected"] * len(KEYS))
    else:
        w.writerow([NAME.get(f, f), REGION[f], "PEEL 2023-25", date] + [gr[k] for k in KEYS])
w.writerow([])
w.writerow(["Source: HMICFRS PEEL 2023-25 force inspection grades. Victim service and serious and organised crime are not graded at force level in this programme. Data extracted 14/03/2025."])
with open(os.path.join(HERE, "..", "docs", "w04.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
