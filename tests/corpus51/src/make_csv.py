"""Write docs/kv04.csv (PEEL explorer-style export, utf-8, LF) and docs/kv05.csv
(Home Office statistical bulletin table, cp1252, CRLF).  python3 src/make_csv.py"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

G, A, RI, I, O, NG = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding", "Not graded"

NW = {
    "Cheshire Constabulary": {
        "slug": "cheshire",
        "2023-25": [("Providing a service to victims of crime", NG), ("Preventing crime and antisocial behaviour", G),
                    ("Responding to the public", O), ("Investigating crime", G), ("Protecting vulnerable people", G)],
        "2021/22": [("Responding to the public", G), ("Investigating crime", G)],
        "2018/19": [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)],
        "pub": ("2024-06-20", "2022-09-15", "2019-05-02")},
    "Cumbria Constabulary": {
        "slug": "cumbria",
        "2023-25": [("Providing a service to victims of crime", NG), ("Preventing crime and antisocial behaviour", G),
                    ("Responding to the public", A), ("Investigating crime", RI), ("Protecting vulnerable people", A)],
        "2021/22": [("Responding to the public", A), ("Investigating crime", A), ("Protecting vulnerable people", A)],
        "2018/19": [("Effectiveness", RI), ("Efficiency", G), ("Legitimacy", G)],
        "pub": ("2024-11-07", "2022-06-30", "2019-09-27")},
    "Greater Manchester Police": {
        "slug": "greater-manchester",
        "2023-25": [("Preventing crime and antisocial behaviour", G), ("Responding to the public", G),
                    ("Investigating crime", A), ("Protecting vulnerable people", RI)],
        "2021/22": [("Responding to the public", I), ("Investigating crime", I), ("Protecting vulnerable people", RI)],
        "2018/19": [("Effectiveness", RI), ("Efficiency", G), ("Legitimacy", G)],
        "pub": ("2025-01-23", "2022-10-20", "2019-09-27")},
    "Lancashire Constabulary": {
        "slug": "lancashire",
        "2023-25": [("Preventing crime and antisocial behaviour", O), ("Responding to the public", G),
                    ("Investigating crime", A), ("Protecting vulnerable people", G),
                    ("Leadership and force management", G)],
        "2021/22": [("Responding to the public", RI), ("Investigating crime", A), ("Protecting vulnerable people", G)],
        "2018/19": [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)],
        "pub": ("2024-03-14", "2022-04-28", "2019-05-02")},
    "Merseyside Police": {
        "slug": "merseyside",
        "2023-25": [("Preventing crime and antisocial behaviour", G), ("Responding to the public", G),
                    ("Investigating crime", G), ("Protecting vulnerable people", A)],
        "2021/22": [("Responding to the public", G), ("Investigating crime", G)],
        "2018/19": [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)],
        "pub": ("2024-09-12", "2022-07-21", "2019-05-02")},
}

INSP = {"2023-25": "PEEL 2023–25", "2021/22": "PEEL 2021/22", "2018/19": "PEEL 2018/19"}


def kv04():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["force_name", "force_id", "inspection", "assessment_period", "area_or_pillar",
                "grade", "published", "report_url"])
    for force in sorted(NW):
        d = NW[force]
        for k, period in enumerate(("2023-25", "2021/22", "2018/19")):
            for area, grade in d[period]:
                url = "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-%s/%s/" % (
                    period.replace("/", "-"), d["slug"])
                w.writerow([force, d["slug"], INSP[period], period, area, grade, d["pub"][k], url])
    with open(os.path.join(DOCS, "kv04.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


ROWS = [
    # area, region, FTE officers, per 100k, change %, grade, note
    ("Bedfordshire", "East of England", "1,412", "206", "+1.8", A, ""),
    ("Cambridgeshire", "East of England", "1,741", "197", "+0.6", RI, ""),
    ("Cheshire", "North West", "2,205", "199", "+2.1", O, ""),
    ("Cumbria", "North West", "1,253", "250", "-0.4", A, ""),
    ("Derbyshire", "East Midlands", "2,006", "191", "+0.9", G, ""),
    ("Devon & Cornwall", "South West", "3,577", "198", "+1.2", I, ""),
    ("Greater Manchester", "North West", "8,092", "277", "+3.4", G, ""),
    ("Hertfordshire", "East of England", "2,236", "184", "+0.2", G, ""),
    ("Lancashire", "North West", "3,514", "228", "+1.1", G, ""),
    ("Merseyside", "North West", "4,041", "283", "-0.7", G, ""),
    ("Metropolitan Police", "London", "33,962", "380", "-2.9", "..", "3"),
    ("Norfolk", "East of England", "1,884", "203", "+0.3", RI, ""),
    ("Nottinghamshire", "East Midlands", "2,311", "197", "+1.5", RI, ""),
    ("Suffolk", "East of England", "1,367", "177", "+0.8", A, ""),
    ("West Yorkshire", "Yorkshire and the Humber", "6,067", "250", "+2.6", O, ""),
]


def kv05():
    lines = []
    w = csv.writer(io.StringIO())
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Table P3: Police officers (FTE) per 100,000 population, and latest PEEL grade for "
                "responding to the public, selected police force areas, England and Wales, as at 31 March 2025"])
    w.writerow(["Source: Home Office Police Workforce statistics; HMICFRS PEEL 2023–25 inspection reports (grades)"])
    w.writerow([])
    w.writerow(["Police force area", "Region", "Police officers (FTE)", "Officers per 100,000 population",
                "Change on previous year (%)", "PEEL 2023–25 grade: responding to the public", "Notes"])
    for r in ROWS:
        w.writerow(list(r))
    w.writerow(["England and Wales (43 forces)", "", "149,769", "247", "+0.9", "..", "1"])
    w.writerow(["British Transport Police", "", "3,109", "..", "+1.0", "..", "2"])
    w.writerow([])
    w.writerow(["Notes"])
    w.writerow(["1. Totals are for all 43 territorial forces. Grades are not aggregated; HMICFRS counts of forces by grade are published in State of Policing."])
    w.writerow(["2. British Transport Police is inspected by HMICFRS under separate arrangements and has no PEEL 2023–25 area grade."])
    w.writerow(["3. The Metropolitan Police Service’s PEEL 2023–25 report had not been published at the reference date."])
    w.writerow(["4. Police Scotland and the Police Service of Northern Ireland are outside the scope of this table."])
    w.writerow([".. = not available. FTE = full-time equivalent. Figures are rounded; percentages are calculated on unrounded data."])
    with open(os.path.join(DOCS, "kv05.csv"), "w", encoding="cp1252", newline="") as fh:
        fh.write(out.getvalue())


if __name__ == "__main__":
    kv04()
    kv05()
    print("wrote kv04.csv kv05.csv")
