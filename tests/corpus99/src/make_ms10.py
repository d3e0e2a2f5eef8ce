"""ms10.csv: a Commons Library data download (long format, one row per force and area)."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ms10.csv")
AREAS = ["Victim service assessment", "Engaging with and treating the public with fairness and respect",
         "Preventing crime and anti-social behaviour", "Responding to the public", "Investigating crime",
         "Protecting vulnerable people", "Managing offenders and suspects",
         "Developing a positive workplace", "Good use of resources"]
GRADES = {
    ("Northumbria Police", "E23000007", "2 August 2022"): [
        "Not graded", "Good", "Good", "Requires improvement", "Adequate", "Adequate",
        "Good", "Adequate", "Adequate"],
    ("Durham Constabulary", "E23000008", "13 September 2022"): [
        "Not graded", "Outstanding", "Good", "Good", "Good", "Adequate", "Good", "Good",
        "Requires improvement"],
}
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["pfa_code", "police_force_area", "region", "inspection", "published", "area", "grade"])
    for (force, code, pub), grades in GRADES.items():
        for area, grade in zip(AREAS, grades):
            w.writerow([code, force, "North East", "PEEL 2021/22", pub, area, grade])
    w.writerow([])
    w.writerow(["Source: HMICFRS PEEL 2021/22 force reports. Compiled by the House of Commons Library "
                "for the briefing 'Police performance in the North East'. Cleveland Police "
                "was inspected later in the cycle and is not included in this extract. Grades are on "
                "a five-point scale from Outstanding to Inadequate."])
print("wrote", OUT)
