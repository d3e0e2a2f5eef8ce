"""Write docs/mo01.csv, mo02.csv, mo03.csv (standard library)."""
import csv, io, os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
CODE = {O: "O", G: "G", RI: "RI", I: "I", A: "A", None: "n/a"}
NUM = {O: "5", G: "4", A: "3", RI: "2", I: "1", None: "NA"}


def mo01():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Force", "Region", "PEEL year", "Pillar", "Question number", "Question", "Judgment"])
    region = {"Durham Constabulary": "North East", "Cleveland Police": "North East",
              "Northumbria Police": "North East"}
    for force, pillars in MO01.items():
        for pillar, (overall, qs) in pillars.items():
            qlist = EFF16_Q if pillar == "Effectiveness" else LEG16_Q
            w.writerow([force, region[force], "2016", pillar, "Overall",
                        "Overall judgment for the pillar", overall])
            for n, ((key, text), grade) in enumerate(zip(qlist, qs), 1):
                w.writerow([force, region[force], "2016", pillar, "Q%d" % n, text,
                            grade if grade else "Ungraded"])
    w.writerow([])
    w.writerow(["Notes"])
    w.writerow(["1. Specialist capabilities (effectiveness Q5) was inspected in 2016 but no judgment was given."])
    w.writerow(["2. Judgments are one of: Outstanding, Good, Requires improvement, Inadequate."])
    w.writerow(["3. Legitimacy judgments were published on 8 December 2016 and effectiveness judgments on 2 March 2017."])
    w.writerow(["Source: HMIC, PEEL assessment data 2016. Contains public sector information licensed under the Open Government Licence v3.0."])
    open(os.path.join(DOCS, "mo01.csv"), "w", encoding="utf-8", newline="").write(buf.getvalue())


def mo02():
    welsh = {"Dyfed-Powys Police": "Heddlu Dyfed-Powys", "Gwent Police": "Heddlu Gwent",
             "North Wales Police": "Heddlu Gogledd Cymru", "South Wales Police": "Heddlu De Cymru"}
    notes = {
        "Gwent Police": "Effectiveness report published 22 March 2018,\nlegitimacy report 12 December 2017",
        "South Wales Police": "Efficiency: one of only two forces in the cycle given the top grade, see report",
    }
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["", "", "PEEL 2017 pillar judgment", "", "", "", ""])
    w.writerow(["Force", "Enw Cymraeg", "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "Notes"])
    for force, eff, effic, leg in MO02:
        w.writerow([force, welsh[force], CODE[eff], CODE[effic], CODE[leg], "n/a", notes.get(force, "")])
    w.writerow([])
    w.writerow(["Key: O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate, n/a = not graded in this cycle", "", "", "", "", "", ""])
    w.writerow(["Source: HMICFRS force reports, PEEL 2017. Leadership was reported on in 2017 but not graded.", "", "", "", "", "", ""])
    open(os.path.join(DOCS, "mo02.csv"), "w", encoding="utf-8", newline="").write(buf.getvalue())


def mo03():
    labels = [
        ("victim-service", "Providing a service to victims of crime"),
        (PPT, "Treatment of the public"),
        (PREV, "Preventing crime and anti-social behaviour"),
        (RESP, "Responding to the public"),
        (INV, "Investigating crime"),
        (PVP, "Protecting vulnerable people"),
        (MOS, "Managing offenders and suspects"),
        (SOC, "Disrupting serious organised crime"),
        (WORK, "Developing a positive workplace"),
        (LFM, "Good use of resources"),
        (CDI, "Recording data about crime"),
    ]
    ids = {"Hampshire Constabulary": ("hampshire", "2022-06-30"),
           "Thames Valley Police": ("thames-valley", "2022-09-29")}
    buf = io.StringIO()
    buf.write("# peel_2122_area_grades.csv\n")
    buf.write("# One row per force and graded area, PEEL 2021/22 (HMICFRS). Separator: semicolon.\n")
    buf.write("# grade_num: 5 = Outstanding, 4 = Good, 3 = Adequate, 2 = Requires improvement, 1 = Inadequate, NA = not graded\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(["force_id", "force_name", "cycle", "published", "area_no", "area", "grade_num", "comment"])
    for force, grades in MO03.items():
        fid, pub = ids[force]
        for n, (key, label) in enumerate(labels):
            g = grades.get(key) if key != "victim-service" else None
            comment = ""
            if key == "victim-service":
                comment = "Not graded; narrative only"
            elif key == SOC and g is None:
                comment = "Not inspected in this cycle; SOC report due later"
            elif key == SOC:
                comment = "From separate SOC inspection; shown as published"
            w.writerow([fid, force, "2021/22", pub, n, label, NUM[g], comment])
    open(os.path.join(DOCS, "mo03.csv"), "w", encoding="utf-8", newline="").write(buf.getvalue())


if __name__ == "__main__":
    mo01(); mo02(); mo03()
