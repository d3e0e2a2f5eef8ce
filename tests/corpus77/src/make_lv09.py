"""Write docs/lv09.txt: a regional paper's web story (November 2014) on the first PEEL
assessment, listing the Eastern region forces' efficiency grades. Standard library."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv09.txt")

text = """EASTERN DAILY ARGUS  |  News  |  Crime & courts
Home > News > Crime

Watchdog's first 'report card' for police: how forces in the East were graded

Friday 28 November 2014 | Updated 11:42

By Kirsty Alderton, Crime Reporter

Police forces across the region have been given their first grades in a new annual
assessment by Her Majesty's Inspectorate of Constabulary.

The PEEL assessment (it stands for police effectiveness, efficiency and legitimacy) was
published yesterday for all 43 forces in England and Wales. This year only efficiency has
been given a graded judgment; inspectors looked at parts of effectiveness and legitimacy but
did not give forces an overall grade for either.

Nationally, five forces were judged outstanding for efficiency, 35 were good and three
require improvement. No force was found to be inadequate.

HOW THE EAST DID - efficiency (PEEL 2014)

    Hertfordshire Constabulary ......... Outstanding
    Norfolk Constabulary ............... Good
    Suffolk Constabulary ............... Good
    Essex Police ....................... Good
    Cambridgeshire Constabulary ........ Good
    Bedfordshire Police ................ Requires improvement

Herts Police was the only force in the region to be rated outstanding, with inspectors
praising its joint working with Bedfordshire and Cambridgeshire on everything from firearms
to major crime. HMIC also said Hertfordshire was good at reducing crime, one of the parts of
effectiveness it looked at this year.

Bedfordshire was one of only three forces in the country told that their efficiency requires
improvement. The report said the force had made its savings but had not yet shown how it
would balance its books in the years to 2018.

Zoe Billingham, HM Inspector of Constabulary for the Eastern region, said: "Forces in this
region have coped well with cuts to their budgets. The test now is whether they can keep
doing so without reducing the service the public gets."

Norfolk and Suffolk, which share many back-office functions and a joint command for major
investigations, both received the same grade. Suffolk's police and crime commissioner,
Graham Tolley, said the result was "a credit to officers and staff in both counties".

A separate HMIC inspection of crime recording, published last week, found that forces across
the country were failing to record about one in five crimes reported to them. It did not
grade individual forces.

RELATED
 - Essex Police to close five front counters
 - Cambridgeshire Fire and Rescue Service wins national award
 - Have your say: is your area getting the policing it needs?

(c) Eastern Daily Argus 2014. All rights reserved.
"""
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(text)
print("wrote", OUT)
