"""Write docs/lo08.csv: a regional comparison export (long format), UTF-8 with BOM, CRLF."""
import csv, io, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lo08.csv")
G = {
 "Bedfordshire Police": ("2024-08-21", "Requires improvement", "Requires improvement", "Adequate"),
 "Cambridgeshire Constabulary": ("2024-12-05", "Good", "Adequate", "Good"),
 "Essex Police": ("2024-06-27", "Adequate", "Requires improvement", "Adequate"),
 "Hertfordshire Constabulary": ("2025-01-30", "Good", "Good", "Good"),
 "Norfolk Constabulary": ("2024-10-17", "Good", "Adequate", "Adequate"),
 "Suffolk Constabulary": ("2025-03-11", "Adequate", "Requires improvement", "Adequate"),
}
AREAS = ("Responding to the public", "Investigating crime", "Protecting vulnerable people")
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Region", "Organisation", "Inspection programme", "Report published", "Area", "Grade", "Source"])
for force, (pub, *grades) in G.items():
    for area, g in zip(AREAS, grades):
        w.writerow(["Eastern", force, "PEEL 2023-25", pub, area, g, "HMICFRS PEEL report"])
w.writerow(["Eastern", "Suffolk Fire and Rescue Service", "Fire and rescue 2023", "2023-11-02",
            "Responding to fires and other emergencies", "Good", "HMICFRS FRS report"])
w.writerow(["Eastern", "Essex County Fire and Rescue Service", "Fire and rescue 2023", "2023-09-14",
            "Responding to fires and other emergencies", "Adequate", "HMICFRS FRS report"])
w.writerow([])
w.writerow(["Notes: extract from OPCC Suffolk regional comparison workbook, sheet 'PEEL_long', exported 14/04/2025. "
            "Grades copied from published reports. Victim service is not graded and is not shown. "
            "Good practice examples are recorded on sheet 'GP' (not exported)."])
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
print("wrote", OUT)
