"""Write docs/kh10.txt: an analyst's plain-text briefing note (windows-1252, CRLF) with a long
list of 'Force - Area - Period - Grade' lines and counts at the end."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh10.txt")

L = []
L += ["From: Priya Castellano <p.castellano@northumbria-opcc.example.gov.uk>",
      "To: Susannah Pengelly (Police and Crime Commissioner); Chief Executive's Office",
      "Sent: Thursday, 3 December 2026 16:42",
      "Subject: RE: PEEL grades as a list for the panel pack",
      "",
      "Commissioner,",
      "",
      "As you asked after Tuesday's briefing, here are the PEEL grades as a flat list, one line per grade, so the "
      "panel clerk can paste them straight into the pack. Format is Force - Area - Period - Grade. I've done "
      "Northumbria for both rounds and North Yorkshire for 2023–25 only, as the panel wanted one comparator outside "
      "the North East. Everything is taken from the HMICFRS force reports.",
      "",
      "NORTHUMBRIA – PEEL 2023–25",
      ""]
def line(force, area, period, grade):
    return "%s - %s - %s - %s" % (force, area, period, grade)
for k in K2325:
    L.append(line("Northumbria Police", NAME2325[k], "2023–25", g(NUM, P2325, k)))
L.append(line("Northumbria Police", "Victim service assessment", "2023–25", "not graded"))
L += ["", "NORTHUMBRIA – PEEL 2021/22", ""]
for k in K2122:
    L.append(line("Northumbria Police", NAME2122[k], "2021/22", g(NUM, P2122, k)))
L += ["", "NORTH YORKSHIRE – PEEL 2023–25 (comparator)", ""]
for k in K2325:
    L.append(line("North Yorkshire Police", NAME2325[k], "2023-25", g(NYP, P2325, k)))
cnt = lambda f, p, keys, gr: sum(1 for k in keys if g(f, p, k) == gr)
L += ["",
      "Counts (my own, not HMICFRS figures):",
      "Northumbria 2023–25 – good: %d, adequate: %d, requires improvement: %d" % (
          cnt(NUM, P2325, K2325, G), cnt(NUM, P2325, K2325, A), cnt(NUM, P2325, K2325, RI)),
      "Northumbria 2021/22 – good: %d, adequate: %d" % (cnt(NUM, P2122, K2122, G), cnt(NUM, P2122, K2122, A)),
      "North Yorkshire 2023–25 – good: %d, adequate: %d, requires improvement: %d" % (
          cnt(NYP, P2325, K2325, G), cnt(NYP, P2325, K2325, A), cnt(NYP, P2325, K2325, RI)),
      "",
      "Three things the panel should know before comparing the lists:",
      "",
      "1. Protecting vulnerable people is the one area where Northumbria went down a grade (adequate to requires "
      "improvement). Chief Constable Vanessa Ruddock will cover it at the panel on 15 December.",
      "2. Some 2021/22 areas were renamed or dropped in 2023–25, so the two Northumbria lists do not line up row "
      "for row. \"Good use of resources\" is the old name of the leadership area; the word good there is part of the "
      "name, not a grade.",
      "3. North Yorkshire's 2023–25 grades for investigating crime and responding to the public are the latest "
      "published, but the force's own report to its Mayor's office calls them provisional pending a revisit. I've "
      "left them as published.",
      "",
      "The precept figure for 2027/28 (£3.2m uplift) is in a separate note. Happy to turn this into a table if "
      "the clerk prefers.",
      "",
      "Priya",
      "",
      "Priya Castellano | Senior Performance Analyst | Office of the Police and Crime Commissioner for Northumbria",
      "This email and any attachments are OFFICIAL. If you have received it in error, please tell the sender and "
      "delete it."]
with open(OUT, "w", encoding="cp1252", newline="") as fh:
    fh.write("\r\n".join(L) + "\r\n")
