"""kf05.txt: plain-text copy of a State of Policing chapter, written in windows-1252 with CRLF."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kf05.txt")
TEXT = """State of Policing: The Annual Assessment of Policing in England and Wales 2025
His Majesty’s Chief Inspector of Constabulary
Presented to Parliament pursuant to section 54(4A) of the Police Act 1996
Published 26 March 2026

----------------------------------------------------------------------
Part 2 – What our PEEL inspections found
----------------------------------------------------------------------

2.1  This is the final State of Policing to draw on our PEEL 2023–25
     programme. Between May 2023 and October 2025 we inspected all 43
     police forces in England and Wales and published a report on each.
     We graded forces in eight areas of policing on a five-point scale:
     outstanding, good, adequate, requires improvement and inadequate.

2.2  Across the 344 graded judgements we made, 21 were outstanding and
     9 were inadequate. Most forces were graded adequate or better in
     most areas. But the picture in responding to the public and in
     investigating crime was weaker than in any other area, and these
     two areas account for 6 of the 9 inadequate grades.

Responding to the public

2.3  The best forces have transformed the way they answer calls.
     Greater Manchester Police was graded outstanding for responding to
     the public – a remarkable change from 2021/22, when we judged it
     to require improvement in that area. Its chief constable, Ruth
     Alsop-Kerr, told us that the change had come from “getting the
     basics right, every shift, every day”.

2.4  Elsewhere, too many people still wait too long. We raised causes
     of concern about call handling in four forces. In one of them,
     Devon and Cornwall Police, an accelerated revisit in September 2025
     found that the force had made enough progress for us to consider
     the cause of concern addressed.

Investigating crime

2.5  Investigation remains the area in which policing most needs to
     improve. In its 2023–25 inspection we graded Cleveland Police
     inadequate for investigating crime, and the force remains in the
     Engage phase of our monitoring process. Our revisit in October 2025
     found that progress had been made on allocating investigations
     but that supervision and contact with victims had not improved
     enough.

2.6  Some smaller forces have done well despite tight budgets.
     Dyfed-Powys Police, for example, was not graded requires
     improvement or inadequate in any area, and Cumbria Constabulary
     was graded outstanding for managing offenders and suspects, one
     of only four forces to receive that grade.

Enhanced monitoring

2.7  At 1 December 2025, two forces were in the Engage phase of our
     monitoring process: Cleveland Police and Gloucestershire
     Constabulary. Gloucestershire Constabulary entered Engage in
     November 2025, after we graded it inadequate in two areas and
     raised two causes of concern. Wiltshire Police left Engage in
     June 2025.

Figure 4: PEEL 2023–25 graded judgements, England and Wales (count)

  Grade                   Number   Share
  Outstanding                 21     6%
  Good                       148    43%
  Adequate                   118    34%
  Requires improvement        48    14%
  Inadequate                   9     3%
  Total                      344   100%

Source: HMICFRS PEEL 2023–25 inspection reports. Totals may not sum
because of rounding.

Fire and rescue services

2.8  Our fire and rescue inspections follow a separate programme and
     are reported in our annual assessment of fire and rescue services.
     They are not covered in this chapter.

Recommendations

2.9  We make two recommendations in this part of the report. They are
     addressed to all chief constables, not to any force named above.

     Recommendation 2: By 31 December 2026, chief constables should
     make sure that every call handler has completed the national
     training in risk assessment for calls for service.

     Recommendation 3: By 31 March 2027, chief constables, working with
     the College of Policing, should set a national standard for the
     supervision of volume crime investigations.

Notes
[12] Net revenue expenditure figures are from CIPFA Police Actuals
2024/25 and cost £1 per head more than forecast in some forces.
[13] Forces graded in 2021/22 were assessed against different areas;
comparisons between the two programmes are indicative only.
"""
data = TEXT.replace("\n", "\r\n").encode("cp1252")
with open(OUT, "wb") as fh:
    fh.write(data)
print("wrote", OUT, len(data), "bytes")
