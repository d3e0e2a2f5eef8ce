"""Write docs/i10.md (a North Yorkshire Police staff briefing). Standard library.

    python3 src/make_md.py
"""
import os

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))

MD = f"""---
title: "PEEL 2023-25: what the inspectors found and what happens next"
audience: All officers, staff and volunteers
published: 2025-04-24
owner: Corporate Communications
review_date: 2025-10-31
classification: OFFICIAL – internal, but may be released under FOI
---

[Intranet home](/) › [News and briefings](/briefings) › PEEL 2023-25

# PEEL 2023-25: what the inspectors found and what happens next

> **Staff briefing 2025/11** – please read before your next team meeting. Supervisors: a one-page version for briefings is attached at the bottom of this page.

## A message from the Acting Chief Constable

Acting Chief Constable Gareth Ingilby writes:

Last week His Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its PEEL 2023-25 report on North Yorkshire Police. Thank you to everyone who gave up time to talk to the inspectors, sat in focus groups or hosted a reality-testing visit.

The report is a fair one. It recognises a lot that we do well, but it is also clear that our control room is not where it needs to be. I have asked Assistant Chief Constable Dawn Medley to lead the improvement work, and she will report to me and to the Deputy Mayor every month.

## Who oversees us now

Since May 2024 North Yorkshire Police has been overseen by the Mayor of York and North Yorkshire rather than a commissioner. The Mayor has delegated policing to the Deputy Mayor for Policing, Fire and Crime, Philippa Marwood, who until then was North Yorkshire's Police, Fire and Crime Commissioner. Her office has replaced the old Commissioner's office, and her team will attend our Improvement Board.

## Our grades

| Area of policing | Grade |
|---|---|
| Police powers and public treatment | **Good** |
| Preventing crime | Adequate |
| Responding to the public | Requires improvement |
| Investigating crime | Adequate |
| Protecting vulnerable people | Requires improvement |
| Managing offenders and suspects | **Good** |
| Building, supporting and protecting the workforce | Adequate |
| Leadership and force management | Requires improvement |
| Providing a service to victims of crime | *Not graded* |

In 2021/22 responding to the public was graded inadequate, so this is a step in the right direction, but it is still the area the inspectors are most worried about.

HMICFRS grades on a five-point scale (outstanding, good, adequate, requires improvement, inadequate). North Yorkshire Fire and Rescue Service is inspected separately and is not covered here.

## The cause of concern

The inspectors raised one cause of concern:

> {T.NY_COC}

They made one recommendation to put it right:

> {T.NY_REC}

**What we're doing:** 18 additional call handlers start training in May, and the first quality audit of risk assessments will be completed by the end of June.

## Areas for improvement

The report lists three areas for improvement. Each has an owner and a plan.

1. {T.NY_AFI[0][1]}
   - *What we're doing:* a new exploitation screening question has been added to every missing child report.
2. {T.NY_AFI[1][1]}
3. {T.NY_AFI[2][1]}
   - *What we're doing:* the victim update reminder will go live in Niche in June.

The second of these is being picked up through the medium-term financial plan; there is nothing new for staff to do yet.

## What you can do

- Read the full report (link below) – especially the sections on your own area of work.
- Tell your supervisor if you spot good practice that the inspectors missed.
- Questions? Email the PEEL Improvement Team mailbox.

---

*Related: [Full HMICFRS report](https://www.justiceinspectorates.gov.uk/hmicfrs/) · [Improvement Board terms of reference](/peel/tor) · [Briefing 2025/10: new shift pattern](/briefings/2025-10)*
"""

with open(os.path.join(HERE, "..", "docs", "i10.md"), "w", encoding="utf-8") as fh:
    fh.write(MD)
print("wrote i10.md")
