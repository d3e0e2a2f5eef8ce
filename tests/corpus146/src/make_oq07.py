"""Write docs/oq07.txt: a panel paper saved as plain text, with a form feed and a
repeated running header between pages (as a word processor's "plain text" print does).
Standard library only:  python3 src/make_oq07.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oq07.txt")

HEADER = ("NORTH WALES POLICE AND CRIME PANEL                         12 June 2017\n"
          "Agenda item 6 - HMIC PEEL 2016: results for North Wales Police\n"
          "------------------------------------------------------------------------\n")


def footer(n, total):
    return "\n" + ("Page %d of %d" % (n, total)).rjust(72) + "\n"


PAGES = [
"""
REPORT OF THE POLICE AND CRIME COMMISSIONER

1.  PURPOSE

1.1 This paper sets out the findings of Her Majesty's Inspectorate of
    Constabulary (HMIC) from its PEEL 2016 inspections of North Wales
    Police (Heddlu Gogledd Cymru), and the force's response to them.

1.2 PEEL looks at how effective, efficient and legitimate a force is. For
    each of these pillars HMIC gives one of four grades: outstanding,
    good, requires improvement or inadequate. The leadership report has
    no graded judgement.

2.  SUMMARY OF GRADES

2.1 North Wales Police was judged good in all three pillars in 2016, as it
    was in 2015. The table below shows the grade for each pillar and each
    graded question.

    Pillar / question                                 2016        2015
    ---------------------------------------------    ----------  ----------
    EFFECTIVENESS                                     Good        Good
      Preventing crime and tackling anti-social      Good        -
      behaviour
      Investigating crime and reducing               Good        -
      re-offending
      Protecting vulnerable people and               Requires    -
      supporting victims                             improvement
""",
"""
    Pillar / question (continued)                     2016        2015
    ---------------------------------------------    ----------  ----------
      Tackling serious and organised crime           Good        -
      Specialist capabilities                        Not graded  -
    EFFICIENCY                                        Good        Good
      Understanding demand                           Good        -
      Using resources to manage demand               Good        -
      Planning for future demand                     Good        -
    LEGITIMACY                                        Good        Good
      Treating people fairly and with respect        Good        -
      Ensuring the workforce behaves ethically       Good        -
      and lawfully
      Treating the workforce with fairness and       Good        -
      respect

    (-) The 2015 reports graded the pillars only in this summary; question
    grades for 2015 are not reproduced here.

3.  AREAS FOR IMPROVEMENT

3.1 HMIC set out 11 areas for improvement across the three reports. The
    three in the effectiveness report on protecting vulnerable people are
    set out below with the force's response.

    a)  The force should improve the way it identifies repeat and
        vulnerable victims at the first point of contact.

        Force response: call handlers now see a victim's contact history on
        the command and control screen; a vulnerability flag went live in
        March 2017.
""",
"""
    b)  The force should ensure that all domestic abuse risk assessments are
        reviewed by a supervisor and that safety plans are put in place
        promptly.

        Force response: a dedicated review team was set up in the Central
        Referral Unit in January 2017.

    c)  The force should work with partner agencies to improve the quality
        of multi-agency risk assessment conference referrals.

    No response has yet been received on area for improvement (c); the
    Commissioner has asked for one by the next meeting.

4.  OTHER MATTERS

4.1 North Wales Fire and Rescue Service is not inspected by HMIC and is
    not covered in this paper.

4.2 The force's collaboration with Cheshire Constabulary on cross-border
    roads policing was mentioned as good practice in the efficiency report.

5.  RECOMMENDATION

5.1 The Panel is asked to note the report. Police and Crime Commissioner
    Emrys Pryderi and Chief Constable Iolo Maddox will attend the meeting
    to answer questions.

    Author: Siwan Morgan, Performance Manager, OPCC
""",
]


def main():
    total = len(PAGES)
    out = []
    for n, body in enumerate(PAGES, 1):
        out.append(HEADER + body + footer(n, total))
    data = "\f".join(out) + "\f"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
