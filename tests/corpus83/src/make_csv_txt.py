"""Write docs/mb06.csv (register export) and docs/mb07.txt (text copy of a panel paper).
    python3 src/make_csv_txt.py
"""
import csv
import io
import os
import textwrap
import data as D

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def mb06():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Reference", "Source report", "Inspectorate", "Finding type", "Area / question",
                "Finding text", "Owner", "Status", "Latest update", "Date closed"])
    for ref, rep, typ, area, text, owner, status, upd, closed in D.MB06_ROWS:
        insp = "HMIC" if "2016" in rep else ("HMICFRS / HMIP" if "Custody" in rep else "HMICFRS")
        w.writerow([ref, rep, insp, typ, area, text, owner, status, upd, closed])
    w.writerow([])
    w.writerow(["Exported from the Lancashire Constabulary inspection register (4Action) on 17/06/2024 by Corporate Development. Force: Lancashire Constabulary."])
    with open(os.path.join(DOCS, "mb06.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + buf.getvalue())


def mb07():
    out = []
    out.append("DYFED-POWYS POLICE AND CRIME PANEL")
    out.append("PANEL HEDDLU A THROSEDDU DYFED-POWYS")
    out.append("")
    out.append("Date: 7 April 2017                                   Agenda Item: 8")
    out.append("")
    out.append("HMIC PEEL INSPECTIONS 2016 - PROGRESS AGAINST AREAS FOR IMPROVEMENT")
    out.append("")
    out.append("Report of the Police and Crime Commissioner, Dafydd Llywelyn")
    out.append("")
    para = ("1. In its 2016 PEEL inspections HMIC judged Dyfed-Powys Police to be good at keeping people safe "
            "and reducing crime (effectiveness) and good in the way it treats the public and its workforce "
            "(legitimacy). The efficiency report graded the force outstanding for its understanding of demand, "
            "although this paper deals only with the effectiveness and legitimacy findings. Heddlu Dyfed-Powys was "
            "one of only two forces in Wales, with North Wales Police, to be graded good for legitimacy.")
    out += textwrap.wrap(para, 100)
    out.append("")
    para = ("2. The table below was provided by the force. Chief Constable Mark Collins has confirmed that "
            "each update has been reviewed by the Chief Officer Group.")
    out += textwrap.wrap(para, 100)
    out.append("")
    out.append("APPENDIX A: TRACKER (text-only version; the table has been converted to text)")
    out.append("")
    status = {"1": "Complete", "2": "In progress", "3": "Complete"}
    for n, pillar, text, upd in D.MB07_ITEMS:
        out.append("Item %s   Pillar: %s   Status: %s" % (n, pillar, status[n]))
        out += textwrap.wrap("Area for improvement: " + text, 90)
        out += textwrap.wrap("Force update: " + upd, 90)
        out.append("")
    out.append("3. The Panel is asked to note the report.")
    out.append("")
    out.append("Page 1 of 1")
    with open(os.path.join(DOCS, "mb07.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    mb06(); mb07()
    print("csv/txt written")
