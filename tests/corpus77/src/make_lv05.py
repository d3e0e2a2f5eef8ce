"""Write docs/lv05.md: a think-tank blog post summarising PEEL 2023-25 grades with a
grade-bucket table (one column per grade, areas listed in the cells). Standard library."""
import os
from data import LV05, SHORT_2325, WORD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv05.md")
SHORTF = {"Northumbria Police": "Northumbria", "Durham Constabulary": "Durham",
          "Cleveland Police": "Cleveland", "West Yorkshire Police": "West Yorkshire",
          "Humberside Police": "Humberside"}

rows = []
for force, gr in LV05:
    cells = []
    for g in "OGARI":
        areas = [SHORT_2325[k] for k, x in enumerate(gr) if x == g]
        cells.append("; ".join(areas) if areas else "—")
    rows.append("| %s | %s |" % (SHORTF[force], " | ".join(cells)))

text = """---
title: "PEEL 2023–25 in the north: what the first reports say"
author: Policing Futures Unit
date: 2024-11-18
tags: [PEEL, HMICFRS, inspection, north-east, yorkshire]
---

# PEEL 2023–25 in the north: what the first reports say

*Blog · Policing Futures Unit · 18 November 2024 · 6 minute read*

HMICFRS has now published twelve of its 2023–25 PEEL reports. This post looks at the five
forces from the North East and Yorkshire and the Humber whose reports are out. (Avon and
Somerset and Leicestershire, among others, were covered in [our September
post](/blog/peel-2023-25-first-wave); South Yorkshire and North Yorkshire have not yet been
published.)

A reminder of the scale: each force is graded outstanding, good, adequate, requires
improvement or inadequate in eight areas. Victim service is assessed but not graded, and
the inspectorate now reports crime data integrity separately.

## The grades

Rather than repeat eight columns per force, the table groups each force's areas by the grade
they received.

| Force | Outstanding | Good | Adequate | Requires improvement | Inadequate |
|---|---|---|---|---|---|
{rows}

*Area names are shortened. "Public treatment" is police powers and public treatment;
"workforce" is building, supporting and protecting the workforce; "leadership" is
leadership and force management.*

## What stands out

- **Humberside** continues its climb: it is the only force in the group graded outstanding
  for responding to the public, and it has no area below good.
- **Durham** keeps its reputation for prevention, with the only other outstanding grade in
  the north-east, though leadership and force management came out at adequate.
- **Cleveland** is out of the engage phase, but responding and investigating both still
  require improvement. That is better than its 2021/22 report, which had two inadequate
  grades.
- **West Yorkshire** was outstanding for managing offenders and suspects, and adequate only
  for investigating crime.
- **Northumbria** has four adequate grades; its chief officers have told the local panel that
  investigations and call handling are the priorities for 2025.

## The national picture so far

| Grade | Number of area grades (12 reports) |
|---|---|
| Outstanding | 6 |
| Good | 48 |
| Adequate | 23 |
| Requires improvement | 15 |
| Inadequate | 4 |

Four inadequate grades across twelve reports is fewer than at the same point of the 2021/22
cycle. None of them is in the table above.

## Method

We took grades from the published HMICFRS reports and checked each against the force's
own press release. Fire and rescue service inspections, which the same inspectorate also
carries out, are not included.

---
*Comments are closed on this post. Policing Futures Unit is an independent research group;
our posts are not official statistics.*
""".format(rows="\n".join(rows))
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(text)
print("wrote", OUT)
