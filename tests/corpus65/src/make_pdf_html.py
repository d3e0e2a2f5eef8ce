"""Write src/lj03.html, src/lj05.html and src/lj09.html (printed to PDF by build.sh). Stdlib."""
import html, os
from facts import *
HERE = os.path.dirname(os.path.abspath(__file__))
e = html.escape

BASE_CSS = """
body{font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;line-height:1.4;color:#111;
 font-variant-ligatures:none}
h1{font-size:18pt;color:#1d3d6b;margin:0 0 6pt}h2{font-size:13pt;color:#1d3d6b;margin:14pt 0 4pt}
h3{font-size:11pt;margin:10pt 0 3pt}
table{border-collapse:collapse;width:100%;margin:6pt 0}
th,td{border:1px solid #777;padding:4pt 5pt;text-align:left;vertical-align:top}
th{background:#dfe6f0}tr{break-inside:avoid}thead{display:table-header-group}
blockquote{border-left:4pt solid #1d3d6b;background:#f1f4f8;margin:6pt 0;padding:5pt 9pt}
.meta td{border:none;padding:1pt 6pt 1pt 0}.small{font-size:8.5pt;color:#444}
"""


def page(css_extra, body):
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><style>"
            + BASE_CSS + css_extra + "</style></head><body>" + body + "</body></html>\n")


# ------------------------------------------------------------ lj03 Essex closure report
def closure(ref, period, area, text, why, date):
    return (f"<h3>{ref} &ndash; {e(period)} &ndash; {e(area)}</h3>"
            f"<blockquote>{e(text)}</blockquote>"
            f"<p><b>Rationale for closure.</b> {why}</p>"
            f"<p class=\"small\">Closed by Chief Officer Group on {date}.</p>")


lj03 = page("""
@page{size:A4;margin:22mm 18mm 20mm 18mm;
 @top-right{content:"Joint Audit Committee – 16 March 2026";font:8pt Arial;color:#555}
 @bottom-center{content:"Page " counter(page) " of " counter(pages);font:8pt Arial;color:#555}}
""", f"""
<p class="small">Essex Police and the Police, Fire and Crime Commissioner for Essex &mdash; Joint Audit Committee</p>
<h1>HMICFRS recommendations: closure report</h1>
<table class="meta"><tr><td><b>Meeting</b></td><td>16 March 2026</td></tr>
<tr><td><b>Agenda item</b></td><td>6</td></tr>
<tr><td><b>Report by</b></td><td>Deputy Chief Constable Ruth Halloway</td></tr>
<tr><td><b>Classification</b></td><td>Official</td></tr></table>
<h2>1. Purpose</h2>
<p>This report asks the Committee to note the closure of four items raised by His Majesty&rsquo;s
Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS). For each item the
inspectorate&rsquo;s wording is quoted in full, followed by the reason the force considers it
complete. Short action titles used on the force tracker are not the inspectorate&rsquo;s words and
are not repeated here.</p>
<h2>2. Background</h2>
<p>At 1 March 2026 the force held 31 items from HMICFRS reports: 12 from PEEL inspections, 15
from national thematic inspections and 4 from joint inspections. 22 of these are now closed.
Six items are overdue against their original dates; none is overdue by more than three months.</p>
<p>In the PEEL 2023&ndash;25 report, published in July 2025, HMICFRS graded Essex Police as
requires improvement for investigating crime and good for managing offenders and suspects. The
Police, Fire and Crime Commissioner, Adrian Kessell, has asked for quarterly sight of progress
against the investigation findings.</p>
<h2>3. Items proposed for closure</h2>
{closure("AFI 2022-05", "PEEL 2021/22", "Police powers and public treatment", E_1,
 "Since April 2024 the Stop and Search Scrutiny Panel has reviewed 40 randomly selected body-worn "
 "video clips each quarter, chosen by an independent member so that the sample reflects the age, "
 "ethnicity and location of people searched. Minutes are published on the force website.",
 "4 February 2026")}
{closure("AFI 2025-02", "PEEL 2023–25", "Investigating crime", E_2,
 "A first-attendance investigation checklist was added to the crime recording system in September "
 "2025. An audit of 300 crimes in January 2026 found that 92% recorded the proportionate enquiries "
 "made at first attendance, against 61% in the inspection sample.",
 "4 February 2026")}
<div style="break-before:page"></div>
{closure("AFI 2025-04", "PEEL 2023–25", "Crime data integrity", E_4,
 "The Force Crime Registrar&rsquo;s audit of 250 domestic abuse incidents in December 2025 found "
 "that coercive and controlling behaviour was recorded in 97% of cases where it had been disclosed. "
 "The remaining cases were corrected at the time.",
 "4 February 2026")}
<h3>NAT 2022-07 &ndash; Vetting, misconduct and misogyny (national)</h3>
<blockquote>By 31 October 2023, chief constables should make sure that every vetting decision
where adverse information is found is recorded with its rationale.</blockquote>
<p><b>Rationale for closure.</b> This recommendation was made to all chief constables, not to
Essex Police alone. The Professional Standards Department has completed a 100% review of 2024/25
clearance decisions.</p>
<h2>4. Items remaining open</h2>
<p>The area for improvement on visits to registered sex offenders remains open. It is quoted in
full in the next quarterly report, with the revised target date of 30 September 2026.</p>
<h2>5. Recommendation</h2>
<p>The Committee is asked to note the closures above and the position on open items.</p>
<p class="small">Contact: Strategic Change Team, Essex Police Headquarters, Chelmsford.</p>
""")

# ------------------------------------------------------------ lj05 Hampshire panel paper
def row(ref, kind, area, text, dates, status, note):
    return (f"<tr><td>{ref}</td><td>{kind}</td><td>{e(area)}</td><td>{e(text)}</td>"
            f"<td>{dates}</td><td>{status}</td><td>{e(note)}</td></tr>")


HDR = ("<thead><tr><th style=\"width:7%\">Ref</th><th style=\"width:9%\">Type</th><th style=\"width:11%\">Area</th>"
       "<th style=\"width:33%\">Wording in the HMICFRS report</th><th style=\"width:10%\">Dates</th>"
       "<th style=\"width:7%\">Status</th><th>Update from the constabulary</th></tr></thead>")
lj05 = page("""
@page{size:A4 landscape;margin:16mm 15mm 16mm 15mm;
 @top-left{content:"Hampshire and Isle of Wight Police and Crime Panel";font:8pt Arial;color:#555}
 @bottom-right{content:"Page " counter(page);font:8pt Arial;color:#555}}
body{font-size:9.5pt}
""", f"""
<h1>Agenda Item 7</h1>
<h2 style="margin-top:0">HMICFRS inspection findings: open, closed and superseded items</h2>
<table class="meta"><tr><td><b>Date of meeting</b></td><td>27 February 2026</td></tr>
<tr><td><b>Report of</b></td><td>Melanie Thorncroft, Police and Crime Commissioner for Hampshire and the Isle of Wight</td></tr>
<tr><td><b>Status</b></td><td>For information</td></tr></table>
<h2>1. Summary</h2>
<p>1.1 This paper updates the Panel on the findings HMICFRS has made about Hampshire and Isle of
Wight Constabulary in its last two PEEL inspections. It lists every item as open, closed or
superseded, with the date it was raised and the date its status last changed. The wording of each
finding is copied from the published report. The updates in the last column were provided by the
constabulary in February 2026 and have been checked by my office.</p>
<p>1.2 The PEEL 2023&ndash;25 report was published on 9 May 2025. It graded the constabulary as
follows:</p>
<table style="width:55%"><thead><tr><th>Area</th><th>PEEL 2023&ndash;25 grade</th><th>PEEL 2021/22 grade</th></tr></thead>
<tr><td>Responding to the public</td><td>Requires improvement</td><td>Adequate</td></tr>
<tr><td>Investigating crime</td><td>Adequate</td><td>Requires improvement</td></tr>
<tr><td>Protecting vulnerable people</td><td>Good</td><td>Good</td></tr></table>
<p class="small">Other areas are reported in the Commissioner&rsquo;s Annual Report. The Panel
received the fire and rescue service&rsquo;s inspection results (graded adequate for preventing
fires) at its January meeting; they are not repeated here.</p>
<p>1.3 The Chief Constable, Gareth Pellow, will attend the meeting to answer questions.</p>
<h2>2. Open items</h2>
<table>{HDR}
{row("25/01", "AFI", "Responding to the public", H_A1, "Raised 09/05/2025<br>Updated 17/02/2026", "Open", "An automated prompt to reassess risk went live on 1 December 2025. A dip sample is due in March 2026.")}
{row("25/02", "AFI", "Protecting vulnerable people", H_A2, "Raised 09/05/2025<br>Updated 30/01/2026", "Open", "The voice of the child section of the risk form is now mandatory. Training has reached 68% of response officers.")}
{row("25/03", "AFI", "Building, supporting and protecting the workforce", H_A3, "Raised 09/05/2025<br>Updated 12/02/2026", "Open", "A trauma risk management scheme has been procured and will launch in April 2026.")}
</table>
<h2>3. Closed items</h2>
<table>{HDR}
{row("21/C1", "Cause of concern", "Investigating crime", H_COC21, "Raised 14/10/2022<br>Closed 03/07/2024", "Closed", "HMICFRS revisited in June 2024 and wrote to the Chief Constable on 28 June 2024 to say that the cause of concern had been discharged.")}
{row("21/R1", "Recommendation", "Investigating crime", H_REC21A, "Raised 14/10/2022<br>Closed 03/07/2024", "Closed", "Monthly supervisory review is mandatory in the records system. April 2024 audit: 91% compliance.")}
{row("21/R2", "Recommendation", "Investigating crime", H_REC21B, "Raised 14/10/2022<br>Closed 03/07/2024", "Closed", "An allocation matrix has been in use since February 2023.")}
</table>
<h2>4. Superseded items</h2>
<table>{HDR}
{row("21/A3", "AFI", "Responding to the public", H_AFI21, "Raised 14/10/2022<br>Superseded 09/05/2025", "Superseded", "Replaced by 25/01 when the PEEL 2023–25 report was published. The 101 abandonment rate fell from 24% to 11%.")}
</table>
<h2>5. Recommendation</h2>
<p>That the Panel notes the report.</p>
""")

# ------------------------------------------------------------ lj09 HMICFRS revisit letter
lj09 = page("""
@page{size:A4;margin:25mm 22mm 22mm 22mm;
 @bottom-center{content:counter(page);font:8pt Arial;color:#555}}
.lh{color:#1d3d6b;font-size:9pt;border-bottom:2pt solid #1d3d6b;padding-bottom:6pt;margin-bottom:16pt}
""", f"""
<div class="lh"><b style="font-size:12pt">His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</b><br>
Lorna Wickstead, His Majesty&rsquo;s Inspector of Constabulary<br>
Clive House, 70 Petty France, London SW1H 9EX</div>
<p>Gareth Pellow<br>Chief Constable<br>Hampshire and Isle of Wight Constabulary<br>Police Headquarters<br>Eastleigh</p>
<p>28 June 2024</p>
<p>Dear Chief Constable,</p>
<p><b>PEEL 2021/22: revisit of the cause of concern about investigations</b></p>
<p>In our PEEL 2021/22 report on Hampshire and Isle of Wight Constabulary, published on 14 October
2022, we graded the constabulary as requires improvement for investigating crime. We identified
the following cause of concern:</p>
<blockquote>{e(H_COC21)}</blockquote>
<p>To address it, we recommended that:</p>
<ul><li>{e(H_REC21A)}</li><li>{e(H_REC21B)}</li></ul>
<p>My team revisited the constabulary between 11 and 13 June 2024. We reviewed 60 investigations
and spoke to supervisors and investigators in three districts. We found that supervisors now
review open investigations regularly and that plans are recorded in most of them. Allocation
follows a clear matrix, and investigators told us their workloads were more manageable.</p>
<p>I am satisfied that the constabulary has made enough progress for the cause of concern to be
discharged. Both recommendations are closed. We will look at investigation standards again as part
of our next PEEL inspection, and we may report on them then.</p>
<p>This letter does not change any grade. It does not cover the area for improvement on
non-emergency calls, which remains open.</p>
<p>I am copying this letter to Melanie Thorncroft, Police and Crime Commissioner for Hampshire and
the Isle of Wight. We will publish it on our website.</p>
<p>Yours sincerely,</p>
<p style="margin-top:28pt"><b>Lorna Wickstead</b><br>His Majesty&rsquo;s Inspector of Constabulary</p>
""")

for name, text in (("lj03", lj03), ("lj05", lj05), ("lj09", lj09)):
    with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as fh:
        fh.write(text)
