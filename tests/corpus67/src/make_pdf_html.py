"""Write src/ll01.html, src/ll03.html and src/ll09.html (printed to PDF by build.sh).
Standard library only."""
import html
import os
from texts import *

HERE = os.path.dirname(os.path.abspath(__file__))
e = lambda s: html.escape(s, quote=False)

CSS_LETTER = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt Arial, sans-serif; color:#555; }
  @bottom-left { content: "OFFICIAL"; font: bold 8.5pt Arial, sans-serif; color:#555; } }
body { font: 10.5pt/1.45 Arial, Helvetica, sans-serif; color:#111; font-variant-ligatures: none; }
.lh { display:flex; justify-content:space-between; border-bottom: 3px solid #4b2c6f; padding-bottom:8px; margin-bottom:18px; }
.lh .org { font-weight:bold; color:#4b2c6f; font-size:12pt; max-width:60%; }
.lh .addr { font-size:8.5pt; text-align:right; color:#333; }
.to { margin: 10px 0 16px 0; }
h1 { font-size: 12pt; margin: 14px 0 8px; }
h2 { font-size: 11pt; color:#4b2c6f; margin: 16px 0 6px; }
.box { border:1px solid #4b2c6f; background:#f4f0f8; padding:8px 12px; margin:8px 0; }
.box p { margin: 4px 0; }
ol li { margin-bottom: 5px; }
table { border-collapse: collapse; width:100%; margin:8px 0; font-size:9.5pt; }
th, td { border:1px solid #999; padding:4px 6px; vertical-align: top; text-align:left; }
th { background:#e6e0ee; }
.sig { margin-top: 22px; }
.small { font-size: 8.5pt; color:#444; }
"""


def letterhead(date, ref):
    return f"""<div class="lh"><div class="org">His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</div>
<div class="addr">Adaeze Whitcombe<br>His Majesty&rsquo;s Inspector of Constabulary<br>Regional office, 2 Temple Quay House<br>Bristol BS1 6PN<br>Our reference: {ref}<br>{date}</div></div>"""


def coc_block(n, coc, recs, start):
    items = "".join(f"<li>{e(r)}</li>" for r in recs)
    return f"""<div class="box"><p><strong>Cause of concern {n}</strong></p><p>{e(coc)}</p>
<p><strong>Recommendations</strong></p><ol start="{start}">{items}</ol></div>"""


ll01 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wiltshire Police - move to Engage</title>
<style>{CSS_LETTER}</style></head><body>
{letterhead("14 October 2022", "PPOG/2022/WIL-07")}
<div class="to">Marcus Delahaye<br>Chief Constable<br>Wiltshire Police<br>London Road, Devizes SN10 2DN</div>
<div class="to">Ffion Ashworth-Lane<br>Police and Crime Commissioner for Wiltshire and Swindon<br>By email</div>
<p>Dear Chief Constable and Commissioner,</p>
<h1>Wiltshire Police: move to the Engage phase of our monitoring process</h1>
<p>I am writing to let you know the outcome of the Police Performance Oversight Group (PPOG) meeting held on 6 October 2022, at which the group considered the findings of our PEEL 2021/22 inspection of Wiltshire Police.</p>
<p>As you know, our report, published on 29 September 2022, graded the force as inadequate at responding to the public and inadequate at protecting vulnerable people. We also found that the force requires improvement in how it investigates crime. These are serious findings, and I know that you share my concern about what they mean for people in Wiltshire and Swindon who need the police.</p>
<p>Having considered the report, the group agreed that the force should move from routine monitoring into <strong>Engage</strong>, our enhanced level of monitoring. The group will review progress at each of its quarterly meetings. Engage is not a grade; it is a process that gives the force extra support and scrutiny. There are only two stages in our process: routine monitoring and Engage.</p>
<h2>The causes of concern</h2>
<p>In our report we identified two causes of concern, each with recommendations. For ease of reference I repeat them below exactly as published. The recommendation deadlines run from the date of publication.</p>
{coc_block(1, W_COC1, [W_R1, W_R2], 1)}
{coc_block(2, W_COC2, [W_R3, W_R4], 3)}
<p>The report also set out areas for improvement. We will follow these up through our routine monitoring, and I do not repeat them here.</p>
<h2>Other matters</h2>
<p>I am aware that the Senior Coroner for Wiltshire and Swindon made a report to prevent future deaths in June 2022, in which she recommended that the force review how it carries out welfare checks on people who have called for help more than once. That report is a matter for the force and the coroner, and it is not part of our monitoring, although my team will take account of it when we revisit the force.</p>
<p>Under the Engage process, the force should provide an improvement plan to my office by 11 November 2022. My staff liaison officer will arrange a meeting with your Deputy Chief Constable to agree the format. We will revisit the force to assess its progress against the causes of concern; we expect to do so in spring or summer 2023.</p>
<h2>Next steps</h2>
<table><tr><th>Date</th><th>Action</th><th>Who</th></tr>
<tr><td>11 November 2022</td><td>Improvement plan sent to HMICFRS</td><td>Wiltshire Police</td></tr>
<tr><td>January 2023</td><td>PPOG quarterly review</td><td>HMICFRS, Home Office, College of Policing, NPCC</td></tr>
<tr><td>Spring/summer 2023</td><td>Causes of concern revisit</td><td>HMICFRS</td></tr></table>
<p>I am copying this letter to the Home Office and to the College of Policing. We will publish it on our website.</p>
<div class="sig"><p>Yours sincerely,</p><p><strong>Adaeze Whitcombe</strong><br>His Majesty&rsquo;s Inspector of Constabulary</p></div>
<p class="small">cc: Chief Executive, Office of the Police and Crime Commissioner for Wiltshire and Swindon; Director of Policing Performance, Home Office</p>
</body></html>"""

CSS_REPORT = """
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @top-left { content: "Wiltshire Police: Causes of concern revisit"; font: 8pt Georgia, serif; color:#555; }
  @top-right { content: "HMICFRS"; font: 8pt Georgia, serif; color:#555; }
  @bottom-center { content: counter(page); font: 8.5pt Georgia, serif; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font: 10.5pt/1.5 Georgia, 'Times New Roman', serif; color:#1a1a1a; font-variant-ligatures: none; }
.cover { height: 240mm; display:flex; flex-direction:column; justify-content:center; page-break-after: always; border-left: 10px solid #5b2d82; padding-left: 18px; }
.cover h1 { font-size: 24pt; color:#5b2d82; margin:0 0 6px; }
.cover .sub { font-size: 14pt; }
.cover .meta { margin-top: 40px; font-size: 9.5pt; color:#444; }
h2 { font-size: 15pt; color:#5b2d82; border-bottom: 1px solid #5b2d82; margin-top: 22px; }
h3 { font-size: 11.5pt; margin: 14px 0 4px; }
.coc { background:#5b2d82; color:white; padding:8px 12px; margin:8px 0; }
.coc p { margin: 3px 0; }
.rec { border-left: 4px solid #c9b6dc; padding: 2px 10px; margin: 8px 0; }
.rec .lbl { font-weight: bold; font-size: 9.5pt; color:#5b2d82; }
.verdict { font-weight:bold; }
ul.contents { list-style:none; padding-left:0; }
.keybox { border:1px dashed #888; padding:6px 10px; font-size:9pt; }
"""


def rec_block(n, text, found, verdict):
    return f"""<div class="rec"><p class="lbl">Recommendation {n}</p><p>{e(text)}</p>
<h3>What we found</h3>{found}<p class="verdict">{verdict}</p></div>"""


ll03 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wiltshire Police: Causes of concern revisit</title>
<style>{CSS_REPORT}</style></head><body>
<div class="cover"><h1>Wiltshire Police</h1><div class="sub">Causes of concern revisit: responding to the public and protecting vulnerable people</div>
<div class="meta">Published 12 July 2023<br>His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services<br>&copy; HMICFRS 2023 &middot; ISBN 978-1-80000-673-2</div></div>
<h2>Contents</h2>
<ul class="contents"><li>Introduction</li><li>Cause of concern 1: responding to the public</li><li>Cause of concern 2: protecting vulnerable people</li><li>Conclusion</li></ul>
<h2>Introduction</h2>
<p>In our PEEL 2021/22 inspection of Wiltshire Police we graded the force inadequate at responding to the public and inadequate at protecting vulnerable people. We set out two causes of concern and four recommendations. In October 2022 the force entered Engage, the enhanced phase of our monitoring.</p>
<p>We revisited the force in May 2023 to see what progress it had made. We interviewed officers and staff, listened to a sample of 120 calls, and reviewed 64 incident logs. This report is about the causes of concern only. It does not give new grades, and we have not re-examined the areas for improvement from the 2021/22 report.</p>
<div class="keybox">How to read this report: for each recommendation we explain what we found and whether, in our view, the recommendation has been <em>met</em>, <em>partly met</em> or <em>not met</em>. These are not PEEL grades.</div>
<h2>Cause of concern 1: responding to the public</h2>
<div class="coc"><p><strong>Cause of concern</strong></p><p>{e(W_COC1)}</p></div>
{rec_block(1, W_R1, "<p>The force has recruited 38 call handlers since our inspection and has changed its shift pattern so that more staff are on duty in the evening. In April 2023 it answered 91 percent of emergency calls within ten seconds, compared with 62 percent in the same month of 2022. The average time to answer a non-emergency call has fallen from over eleven minutes to just under four.</p>", "Recommendation 1 has been met.")}
{rec_block(2, W_R2, "<p>Call handlers now use a structured risk assessment, and in our sample it had been completed for 112 of the 120 calls. Supervisors check five calls per handler each month. Some of those checks were little more than a tick-box exercise, and we shared the details with the force.</p>", "Recommendation 2 has been met.")}
<p>We are satisfied that the force has done enough to address this cause of concern, and we consider it discharged. The force must keep its performance under review as demand rises over the summer.</p>
<h2>Cause of concern 2: protecting vulnerable people</h2>
<div class="coc"><p><strong>Cause of concern</strong></p><p>{e(W_COC2)}</p></div>
{rec_block(3, W_R3, "<p>The force has introduced a &lsquo;pending incident&rsquo; review every two hours in the control room. But in 19 of the 64 logs we examined, a delayed incident had not been reassessed, and in 11 of these the victim was not contacted to explain the delay. The force&rsquo;s own audit has found similar problems.</p>", "Recommendation 3 has been partly met.")}
{rec_block(4, W_R4, "<p>A new multi-agency safeguarding hub process went live in March 2023. Most referrals we reviewed were sent on the same day, but the force still has a backlog of referrals awaiting research, which stood at 410 when we visited.</p>", "Recommendation 4 has not been met.")}
<p>This cause of concern remains open. We will revisit the force again and report to the Police Performance Oversight Group.</p>
<h2>Conclusion</h2>
<p>Wiltshire Police has made real progress in how it answers calls. It has further to go in managing risk while victims wait for officers to attend. The force will remain in Engage for now.</p>
<p>Separately, our national inspection of the police response to violence against women and girls recommended that all chief constables should make sure that domestic abuse incidents are attended within force targets. That is a national recommendation, and we do not assess it here.</p>
<p><em>Adaeze Whitcombe, His Majesty&rsquo;s Inspector of Constabulary</em></p>
</body></html>"""

ll09 = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Wiltshire Police - move out of Engage</title>
<style>{CSS_LETTER}</style></head><body>
{letterhead("24 March 2025", "PPOG/2025/WIL-19")}
<div class="to">Marcus Delahaye<br>Chief Constable<br>Wiltshire Police</div>
<div class="to">Ffion Ashworth-Lane<br>Police and Crime Commissioner for Wiltshire and Swindon</div>
<p>Dear Marcus and Ffion,</p>
<h1>Wiltshire Police: return to routine monitoring</h1>
<p>I am pleased to tell you that, at its meeting on 18 March 2025, the Police Performance Oversight Group agreed that Wiltshire Police should leave Engage and return to routine monitoring, with effect from the date of this letter.</p>
<p>The force entered Engage in October 2022, after our PEEL 2021/22 inspection graded it inadequate at responding to the public and at protecting vulnerable people. Our PEEL 2023&ndash;25 report on the force, published on 6 March 2025, now grades it adequate at responding to the public. Protecting vulnerable people has improved to requires improvement. We graded the force adequate at investigating crime and good at preventing crime.</p>
<h2>Progress against the causes of concern</h2>
<table><tr><th style="width:8%">No.</th><th>Cause of concern (PEEL 2021/22)</th><th style="width:26%">Status</th></tr>
<tr><td>1</td><td>{e(W_COC1)}</td><td>Discharged after our revisit in May 2023 (report published 12 July 2023)</td></tr>
<tr><td>2</td><td>{e(W_COC2)}</td><td>Discharged after our second revisit in November 2024</td></tr></table>
<p>All four of the recommendations that accompanied these causes of concern have now been met. Our 2023&ndash;25 report contains areas for improvement, including some on protecting vulnerable people, which we will monitor in the usual way.</p>
<p>Moving out of Engage does not mean that there is no more to do. I remain concerned that the force&rsquo;s backlog of safeguarding referrals could grow again as demand increases, and I would ask you to keep the Police and Crime Panel informed.</p>
<p>I would like to thank the officers and staff of the force, and particularly your Deputy Chief Constable, Priya Okonedo, who led the improvement programme.</p>
<div class="sig"><p>Yours sincerely,</p><p><strong>Adaeze Whitcombe</strong><br>His Majesty&rsquo;s Inspector of Constabulary</p></div>
<p class="small">cc: Gareth Pomfrey, His Majesty&rsquo;s Chief Inspector of Constabulary; Director of Policing Performance, Home Office; Chief Executive, College of Policing</p>
</body></html>"""

for name, body in (("ll01", ll01), ("ll03", ll03), ("ll09", ll09)):
    with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as fh:
        fh.write(body)
    print("wrote", name)
