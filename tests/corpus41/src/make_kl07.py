"""kl07.csv: a spreadsheet export of both PEEL cycles, one row per force and area.
windows-1252, CRLF line endings, as Excel saves 'CSV' on Windows. Standard library only."""
import csv
import io
import os
from grades_data import AREAS, G2325, G2527, PUBLISHED_2527

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kl07.csv")
SHOWN = {"Hampshire Constabulary": "Hampshire and Isle of Wight Constabulary"}
REGION = {
    "Essex Police": "Eastern", "Hampshire Constabulary": "South East", "Kent Police": "South East",
    "Lincolnshire Police": "East Midlands", "Norfolk Constabulary": "Eastern",
    "Nottinghamshire Police": "East Midlands", "Suffolk Constabulary": "Eastern",
    "Surrey Police": "South East", "Sussex Police": "South East",
    "Thames Valley Police": "South East",
}
RANK = {"Inadequate": 0, "Requires improvement": 1, "Adequate": 2, "Good": 3, "Outstanding": 4}

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["PEEL grades by force, 2023\u201325 and 2025\u201327 (as at 30 September 2026)"])
w.writerow([])
w.writerow(["Force", "Region", "Area (2025\u201327 framework)", "2023\u201325 grade",
            "2025\u201327 grade", "Change", "2025\u201327 report published"])
for force in sorted(G2325, key=lambda f: SHOWN.get(f, f)):
    for i, (area, _) in enumerate(AREAS):
        old = G2325[force][i]
        if force in G2527:
            new = G2527[force][i]
            d = RANK[new] - RANK[old]
            change = "Up" if d > 0 else "Down" if d < 0 else "No change"
            pub = PUBLISHED_2527[force]
        else:
            new, change, pub = "Not yet inspected", "n/a", ""
        w.writerow([SHOWN.get(force, force), REGION[force], area, old, new, change, pub])
w.writerow([])
w.writerow(["Source: HMICFRS PEEL reports, 2023\u201325 and 2025\u201327 rounds. Compiled by the "
            "regional OPCC performance network; not an official statistic."])
w.writerow(["Note: 'Supporting and developing the workforce' was 'Building, supporting and "
            "protecting the workforce' in 2023\u201325. Victim service was not graded in either round."])
w.writerow(["Next review of this sheet: 31 December 2026. Consultation on the 2027\u201329 framework "
            "closed on 31 July 2026."])
with open(OUT, "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
