"""Write docs/og09.csv: an export of PEEL 2023-25 grades for several forces (long format,
one row per force and area, with the 2021/22 grade beside it). Standard library only."""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from grades import AREAS, P2325, P2122  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "og09.csv")
REGION = {"West Yorkshire Police": "North East", "Humberside Police": "North East",
          "Lancashire Constabulary": "North West", "Cumbria Constabulary": "North West",
          "Merseyside Police": "North West", "Suffolk Constabulary": "Eastern",
          "Norfolk Constabulary": "Eastern"}
PUB = {"West Yorkshire Police": "2025-03-14", "Humberside Police": "2024-07-19",
       "Lancashire Constabulary": "2024-11-08", "Cumbria Constabulary": "2024-05-23",
       "Merseyside Police": "2025-01-30", "Suffolk Constabulary": "2023-10-03",
       "Norfolk Constabulary": "2024-09-23"}
ORDER = ["Cumbria Constabulary", "Humberside Police", "Lancashire Constabulary",
         "Merseyside Police", "Norfolk Constabulary", "Suffolk Constabulary",
         "West Yorkshire Police"]

with open(OUT, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["Force", "HMICFRS region", "Inspection", "Report published", "Area",
                "Grade", "Previous grade (PEEL 2021/22)"])
    for f in ORDER:
        for key, label in AREAS:
            prev = P2122.get(f, {}).get(key)
            w.writerow([f, REGION[f], "PEEL 2023-2025", PUB[f], label, P2325[f][key],
                        prev if prev else "Not graded in 2021/22"])
        w.writerow([f, REGION[f], "PEEL 2023-2025", PUB[f],
                    "Providing a service to victims of crime", "Not graded", "Not graded"])
print("wrote", OUT)
