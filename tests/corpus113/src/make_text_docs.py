"""Write the text documents of corpus113 (nh01.txt, nh02.md, nh05 source, nh08.txt, nh09.md)
with their exact bytes: ligatures, soft hyphens (U+00AD), zero-width spaces (U+200B),
no-break and thin spaces, Wingdings bullets (U+F0B7), form feeds, CRLF line endings,
a Latin-1 file and a UTF-8 file with a byte-order mark.  Standard library only:
    python3 src/make_text_docs.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

FI, FL, SHY, ZW, NB, THIN, WB = "\ufb01", "\ufb02", "\u00ad", "\u200b", "\u00a0", "\u2009", "\uf0b7"

# ---------------------------------------------------------------------------------------
# nh01.txt -- OCR text layer of a scanned HMIC effectiveness report (2016), Avon and Somerset
NH01 = f"""PEEL: Police effectiveness 2016
An inspection of Avon and Somerset Constabulary

March 2017

© HMIC 2017

ISBN: 978-1-78655-341-7

www.justiceinspectorates.gov.uk/hmic
\f
Contents

Introduction ............................................................... 3
Force in numbers ........................................................... 4
Overview – How effective is the force at keeping people safe
and reducing crime? ........................................................ 6
How effective is the force at preventing crime, tackling
anti-social behaviour and keeping people safe? ............................. 9
How effective is the force at investigating crime and
reducing re-offending? ..................................................... 15
Annex A – About the data ................................................... 31
\f
Overview – How effective is the
force at keeping people safe and
reducing crime?

Overall judgement1

Good

Avon and Somerset Constabulary is judged to be good at keeping
people safe and reducing crime. Since our last inspection the con-
stabulary has continued to strengthen tbe way it works with its
local partners, and it has put rnore effort into understanding the
demand it faces.

The constabulary is good at preventing crime, tackling anti-social
behaviour and keeping people safe. It is good at investigating crime
and reducing re-offending, and it is good at protecting from harm
those who are vulnerable and supporting victims. However, it requires
improvement in how it tackles serious and organised crime. Its spe-
cialist capabilities were not graded this year; we found that it has
adequate arrangements in place to respond to an armed threat.

1 HMIC judgements are outstanding, good, requires improvement and
inadequate.

PEEL: Police effectiveness 2016 – Avon and Somerset Constabulary        6
\f
Hilary Stannard
HM Inspector of Constabulary

How effective is the force at preventing crime,
tackling anti-social behaviour and keeping people
safe?

Summary of findings
Good

Neighbourhood teams in Avon and Somerset know their cornmunities well
and work with housing, health and education services to solve local
problems. The constabulary uses a wide range of tactics to deal with
anti-social behaviour, and the public we spoke to were generally con-
{FI}dent in tbe local policing they receive.

Area for improvement

•  The constabulary should evaluate its problem-
   solving work with partner agencies and share
   what it learns, so that effective practice is adopted by all neigh-
   bourhood teams.

How effective is the force at investigating crime
and reducing re-offending?

Summary of findings
Good

Most investigations we reviewed were of a good standard and victims were
kept informed. Officers generally had the skills they needed, although
workloads in some teams were high at tbe time of our inspection.

Area for improvement

•  The constabulary should make sure that all investigations are
   supervised effectively, and that supervisors record their reviews
   and the direction they give on the crime record.

PEEL: Police effectiveness 2016 – Avon and Somerset Constabulary        9
\f
How effective is the force at tackling serious and
organised crime?

Summary of findings
Requires improvement

The constabulary has a good understanding of the threat posed by organ-
ised crime groups, but its work to stop people being drawn into such
crime is at an early stage. The regional organised crime unit, which it
shares with neighbouring forces, gives it access to specialist skills.

Areas for improvement

•  The constabulary should improve its understanding of serious and
   organised crime by developing local pro{FI}les with partner organisa-
   tions, and use them to plan work that deters people from becoming
   involved.
•  The constabulary should ensure that lead responsible officers have
   the skills and time to manage their organised crime groups effec-

PEEL: Police effectiveness 2016 – Avon and Somerset Constabulary        21
\f
   tively.

Specialist capabilities

The constabulary has good arrangements to mobilise armed of{FI}cers and
has tested its plans with the {FL}ood and emergency planning teams of
local councils. HMIC does not grade this question in 2016.

Annex A – About the data

Figures are for the 12 rnonths to 31 March 2016 unless stated other-
wise. Comparisons are with the rate for England and Wales.

PEEL: Police effectiveness 2016 – Avon and Somerset Constabulary        31
"""

# ---------------------------------------------------------------------------------------
# nh02.md -- PCC response record pasted from a PDF into a Markdown file (CRLF), Gwent 2018/19
NH02 = f"""# Gwent Police and Crime Commissioner – response to HMICFRS

**Report:** PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Gwent Police
**Published by HMICFRS:** 27{NB}September{NB}2019
**Response published:** 22{NB}November{NB}2019
**Grade:** Good

## Commissioner{'’'}s comments

I welcome HMICFRS{'’'}s inspection of Gwent Police, which found it to be a good force in each
of the three pillars it looked at. The table below is copied from the inspection summary:

Pillar\tGrade
Effectiveness\tGood
Efficiency\tGood
Legitimacy\tGood

I have asked the Chief Constable, Pam Lewington, to report to my Strategy and Performance
Board each quarter on progress against the areas for improvement. Her comments are included
below under {'“'}Force update{'”'}. The Deputy Chief Constable, Nerys Prosser, leads the force{'’'}s
improvement plan.

Jeff Cuthbert
Police and Crime Commissioner for Gwent

## Areas for improvement

### Protecting vulnerable people

{WB}\tThe force should make sure that officers attending domestic abuse incidents com{SHY}plete a risk
assessment in every case and record it without delay.

**Force update:** A new mobile risk assessment form went live in January. Compliance is checked
every week by the vulnerability hub and now stands at 96%.

{WB}\tThe force should improve how it works with partner agencies to safeguard children at risk of
exploitation, including:
o\tsharing information about missing episodes within 24 hours; and
o\tjointly reviewing "return home" interviews.

**Force update:** A joint exploitation team with the four local authorities began in October.

### Planning for the future

{WB}\tThe force should develop a better understanding of the skills and capabi{SHY}lities of its workforce,
so that it can plan for the skills it will need in future.

**Force update:** A skills audit of all officers and staff will be completed by March.

### Treating the workforce fairly

{WB}\tThe force should make sure that its processes for selecting officers and staff for promotion
are seen as fair by the workforce.

_No force update had been received when this response was published._

Page 2 of 2
"""

# ---------------------------------------------------------------------------------------
# nh08.txt -- a news article saved as Latin-1 text with its header (CRLF), North Wales 2015
NH08 = f"""Content-Type: text/plain; charset=ISO-8859-1
Saved-From: https://www.dailypost-archive.example/news/north-wales/police-watchdog-report
Date: Thu, 18 Feb 2016

Police watchdog rates North Wales force as good for fairness

North Wales Police has been judged "good" at how it treats the public and its own
workforce, according to a report published today by HMIC, Her Majesty's Inspectorate of
Constabulary.

The inspection of police legitimacy in 2015 looked at whether forces act fairly,
ethically and within the law. Heddlu Gogledd Cymru was graded good overall, and the
inspectors praised the force's work with young people and its scrutiny panels for stop
and search.

The report did, however, say there was room to improve. It said that "the force should
ensure that all officers and staff understand how to report concerns about a col{SHY}league's
behaviour, and that they have confidence in doing so."

Neighbouring Dyfed-Powys Police was also graded good for legitimacy, while the other two
Welsh forces have yet to receive their reports.

Chief Constable Gareth Lloyd-Pierce said: "I am pleased the inspectors recognised the
respect our officers show to the people of North Wales. We will act on the points they
have raised."

Police and Crime Commissioner Emrys Bowen-Jones added: "This is a good result for the
public, who fund the service with{NB}£12.6m a year through the policing precept, and I will
hold the force to account on the area the inspectors highlighted."

The report was discussed at a public meeting in the Caf{'é'} Cymru conference room in
Llandudno, where a member of the public asked whether the force would now be graded
'outstanding' next year -- the inspectorate's grades run from outstanding, through good
and requires improvement, to inadequate.

(c) 2016 -- all rights reserved. 1/2 page
"""

# ---------------------------------------------------------------------------------------
# nh09.md -- a PEEL 2023-25 report converted from Word by pandoc, UTF-8 with BOM, Merseyside
NH09 = f"""\ufeff---
title: 'PEEL 2023–25: An inspection of Merseyside Police'
---

PEEL 2023–25
============

Police effectiveness, efficiency and legitimacy
-----------------------------------------------

**An inspection of Merseyside Police**

Contents
--------

[Overall summary 1](#overall-summary)

[Our judgments 1](#our-judgments)

[Main findings 2](#main-findings)

Overall summary
---------------

Our judgments
-------------

Our inspection assessed how good Merseyside Police is in nine areas of policing. We make
graded judgments in eight of these nine areas. We grade forces on a five-point scale:
outstanding, good, adequate, requires improvement and inadequate.

  Area\tGrade
  ----------------------------------------\t---------------------
  Police powers and public treatment\tGood
  Preventing crime\tOutstanding
  Responding to the public\tGood
  Investigating crime\tAdequate
  Protecting vulnerable people\tRequires improvement
  Managing offenders and suspects\tGood
  Building, supporting and protecting the workforce\tGood
  Leadership and force management\tGood

We also inspected how effective a service the force gives to victims of crime. We
don{'’'}t make a graded judgment in this area.

HM Inspector{'’'}s observations
-----------------------------

I am pleased with some aspects of the performance of Merseyside Police, but it needs to
improve how it protects vulnerable people. In our 2021/22 inspection we graded the force as
requires improvement in that area too, and some of the problems we found then have not
been resolved.

The force{'’'}s work to prevent crime is among the best we have seen\\[1\\]. Its
neighbourhood teams, working with Merseyside Fire & Rescue Service and the local
authorities, have reduced repeat calls about anti-social behaviour.

\\*Figures in this report are for the year ending March 2024.

*Mariam Oyelowo-Grant*

*His Majesty{'’'}s Inspector of Constabulary*

Main findings
-------------

### Protecting vulnerable people

#### Cause of concern

The force doesn{'’'}t always identify and respond appropriately to risk when it
receives reports of missing children.

#### Recommendations

Within six months, the force should:

-   make sure that call handlers and supervisors assess the risk to every
    missing child using the same structured approach; and
-   give officers clear guidance on when a missing child should be
    treated as at high risk, including when they may be exploited.

#### Area for improvement

The force should improve the way it records the voice of the child when
officers attend incidents where children are present.

### Investigating crime

#### Area for improvement

The force should make sure it has enough trained detectives to manage
complex investigations, including those into rape and serious sexual offences.

Page 7 of 38
"""


def write(name, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(os.path.join(DOCS, name), "wb") as fh:
        fh.write(data)
    print("wrote", name, len(data), "bytes")


def main():
    os.makedirs(DOCS, exist_ok=True)
    write("nh01.txt", NH01)
    write("nh02.md", NH02, newline="\r\n")
    write("nh08.txt", NH08, encoding="latin-1", newline="\r\n")
    write("nh09.md", NH09)


if __name__ == "__main__":
    main()
