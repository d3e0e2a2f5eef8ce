"""Write docs/m07.txt: a text copy of a legacy HMIC 'PEEL: Police effectiveness 2016' report
summary, saved the way an old Windows export would be: cp1252, CRLF line ends, form feeds and
running heads where the PDF pages broke.

Standard library only:
    python3 src/make_m07.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "m07.txt")

HEAD = "North Yorkshire Police \u2013 PEEL: Police effectiveness 2016"

PAGES = [
    """\
PEEL: Police effectiveness 2016
An inspection of North Yorkshire Police

March 2017

\u00a9 HMIC 2017

ISBN: 978-1-78655-329-4

www.justiceinspectorates.gov.uk/hmic
""",
    """\
Introduction

As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), Her Majesty\u2019s Inspectorate of Constabulary (HMIC) assesses the effectiveness of police forces across England and Wales. This report sets out our findings for North Yorkshire Police.

Overall judgement

How effective is the force at keeping people safe and reducing crime?

North Yorkshire Police has been judged to be good at keeping people safe and reducing crime. This is an improvement on last year, when HMIC judged the force to require improvement in its effectiveness.

The force is judged to be good at preventing crime, tackling anti-social behaviour and keeping people safe. It is judged to require improvement in how it investigates crime and reduces re-offending; in 2015 it was also judged to require improvement in this area. The force has made a considerable improvement in how it protects vulnerable people: it is now judged to be good at protecting those who are vulnerable from harm and supporting victims, whereas in 2015 HMIC judged it to be inadequate in this respect. The force is judged to be good at tackling serious and organised crime.

We do not grade the fifth question, on specialist capabilities, this year.
""",
    """\
Summary of findings by question

1. Preventing crime, tackling anti-social behaviour and keeping people safe

The force is judged to be good at preventing crime, tackling anti-social behaviour and keeping people safe. Neighbourhood teams are well known in their communities, including in the most remote parts of the county, and they work closely with the county and district councils. The force does not always evaluate its problem-solving work, so it cannot be sure which approaches are most effective.

Areas for improvement

  \u2022 The force should evaluate its problem-solving work, so that it can identify and share the approaches that are most effective.

2. Investigating crime and reducing re-offending

The force is judged to require improvement in how it investigates crime and reduces re-offending. The quality of investigations varies too much between teams, and supervisors do not always record what they have reviewed.
""",
    """\
Investigations into burglary and vehicle crime are often allocated to officers who have not been trained to investigate them. The force manages registered sex offenders well, although some visits are late.

Areas for improvement

  \u2022 The force should improve the standard of its investigations by ensuring that:
      \u2013 investigations are allocated to officers with the right skills and training;
      \u2013 supervisors review investigations regularly and record their direction; and
      \u2013 victims are kept informed of progress in line with the Code of Practice for Victims of Crime.

  \u2022 The force should ensure that visits to registered sex offenders are carried out within the timescales set by national guidance.

3. Protecting those who are vulnerable from harm, and supporting victims

The force is judged to be good at protecting those who are vulnerable from harm and supporting victims. Officers understand vulnerability well, and the force\u2019s safeguarding hub works effectively with children\u2019s services and health partners. Officers attending domestic abuse incidents do not always complete a risk assessment at the scene.

Areas for improvement

  \u2022 The force should ensure that officers complete a risk assessment at every domestic abuse incident they attend, and that the assessment is reviewed by a supervisor.
""",
    """\
4. Tackling serious and organised crime

The force is judged to be good at tackling serious and organised crime. It understands the threat from organised crime groups, including those that supply drugs from cities into the county\u2019s market towns, and it works well with the regional organised crime unit and with Cleveland Police on major crime.

There are no areas for improvement for this question.

5. Specialist capabilities

We do not grade this question in 2016. The force has a good understanding of the specialist capabilities it needs, and it is well prepared to respond to an attack involving firearms.

Rupert Hallworth
Her Majesty\u2019s Inspector of Constabulary
""",
]


def main():
    out = []
    for n, page in enumerate(PAGES, start=1):
        if n > 1:
            out.append("\f" + HEAD + "\n\n")
        out.append(page)
        out.append("\n" + " " * 60 + "%d\n" % n)
    text = "".join(out).replace("\n", "\r\n")
    with open(OUT, "wb") as fh:
        fh.write(text.encode("cp1252"))
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
