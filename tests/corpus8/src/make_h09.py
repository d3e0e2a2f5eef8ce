"""Write docs/h09.txt: text copied out of a PDF, with typographic noise (Sussex, 2021/22).

Markers in TEMPLATE below, replaced when the file is written:
    {N}  no-break space U+00A0        {S}  soft hyphen U+00AD
    {fi} ligature U+FB01              {fl} ligature U+FB02
    {ff} ligature U+FB00              {ffi} ligature U+FB03
Curly quotes and apostrophes are typed directly. Standard library only:
    python3 src/make_h09.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "h09.txt")

TEMPLATE = """\
PEEL 2021/22
Police e{ff}ectiveness, e{ffi}ciency and legitimacy
An inspection of Sussex Police

Contents
1 Overall summary ........................................... 1
2 Areas for improvement ..................................... 4

OVERALL SUMMARY

Our judgements

His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)
assessed Sussex{N}Police in ten areas of policing and made a graded judgement in
nine of them. We did not grade the service it gives to victims of crime.

Sussex Police is out{S}standing at managing o{ff}enders and suspects. The force is
‘good’ at engaging with and treating the public with fairness and respect, at
preventing crime and anti-social behaviour, and at strategic planning,
organisational management and value for money.

We found the force to be adequate at investigating crime and at pro{S}tecting
vulnerable people. Its work in recording data about crime is also ade{S}quate.
In building, supporting and protecting its workforce, the force is ‘good’.

Sussex Police requires{N}improvement in responding to the public.

HM Inspector’s observations

I am pleased with much of what we found. O{ff}icers and sta{ff} are
proud to work for Sussex Police, and the con{fi}dence they showed in their
leaders was clear in every focus group we held. The force’s work with
o{ff}enders is the best I have seen in this round of inspections: it is
genuinely outstanding, and other forces could learn from it.

The force has more to do in how it answers and deals with calls from the
public. Too many people wait too long to speak to a call handler, and the
force does not always make a proper assessment of the risk to the caller.
I know this is a {fi}rst priority for the Chief Constable, and the
{fl}exible resourcing model introduced in 2022 should help.

Rhodri{N}Vance
His Majesty’s Inspector of Constabulary

\f
AREAS FOR IMPROVEMENT

Responding to the public

AFI 1
The force should make sure that call handlers assess the risk to each caller using its structured triage model, and that the assessment is recorded before the call ends.

Pro{S}tecting vulnerable people

AFI 2
The force should make sure that officers give victims of domestic abuse information about the Domestic Violence Disclosure Scheme (‘Clare’s{N}Law’) and record that it has been given.

Page{N}4 of{N}38
"""

text = TEMPLATE
for key, ch in [("{N}", "\u00a0"), ("{S}", "\u00ad"), ("{ffi}", "\ufb03"), ("{ff}", "\ufb00"),
                ("{fi}", "\ufb01"), ("{fl}", "\ufb02")]:
    text = text.replace(key, ch)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    fh.write(text)
print("wrote", os.path.normpath(OUT))
