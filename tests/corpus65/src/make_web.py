"""Write docs/lj07.html, docs/lj08.md and docs/lj10.txt (cp1252, CRLF). Stdlib."""
import html, os
from facts import *
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def ent(s):  # HTML with a few entities, as a CMS writes them
    return html.escape(s, quote=False).replace("'", "&rsquo;")


def item(title, text, status, did):
    return f"""      <details class="acc">
        <summary>{title} <span class="pill">{status}</span></summary>
        <div class="acc-body">
          <p class="lbl">Area for improvement &ndash; what HMICFRS said</p>
          <blockquote>{ent(text)}</blockquote>
          <p class="lbl">What we have done</p>
          <p>{did}</p>
        </div>
      </details>
"""


lj07 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our progress on HMICFRS recommendations | Essex Police</title>
<meta name="description" content="How Essex Police is responding to inspection findings">
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#1b1b1b}}
.cookie{{background:#222;color:#fff;padding:12px 20px}} .cookie button{{margin-left:8px}}
header{{background:#00205b;color:#fff;padding:14px 20px}} nav a{{color:#fff;margin-right:16px}}
.crumbs{{font-size:14px;padding:8px 20px}} main{{max-width:860px;padding:0 20px}}
details.acc{{border:1px solid #bbb;margin:8px 0}} summary{{padding:10px;font-weight:bold;cursor:pointer}}
.acc-body{{padding:0 14px 10px}} .pill{{background:#e5e5e5;border-radius:10px;padding:1px 8px;font-size:13px}}
blockquote{{border-left:4px solid #00205b;margin:0;padding:4px 12px;background:#f3f5f9}}
.lbl{{font-size:13px;text-transform:uppercase;color:#555;margin-bottom:2px}}
aside{{background:#f5f5f5;padding:10px 16px;margin:20px 0}} footer{{background:#eee;padding:16px 20px;font-size:13px;margin-top:30px}}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie banner">We use cookies to make this site work and to understand how you use it. Our cookie notice was last updated on 3 January 2025.
<button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header>
  <div class="logo">Essex Police</div>
  <nav><a href="/report">Report</a><a href="/advice">Advice</a><a href="/news">News</a><a href="/about-us">About us</a><a href="/careers">Careers</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/about-us">About us</a> &rsaquo; <a href="/about-us/performance">Our performance</a> &rsaquo; Our progress on HMICFRS recommendations</div>
<main>
<h1>Our progress on HMICFRS recommendations</h1>
<p>His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) inspects
every police force in England and Wales. When it finds something we need to do better, it makes a
recommendation or identifies an area for improvement. We publish our progress on each one here, and
we update this page every quarter.</p>
<p>In our most recent PEEL inspection (2023&ndash;25), HMICFRS judged that we were good at managing
offenders and suspects. It graded our investigation of crime as requires improvement. You can read
the full report on the HMICFRS website.</p>
<p>Across all inspections since 2019 we have received 58 recommendations and areas for improvement.
51 are now closed. Some of the open items come from national reports and are shared by every force.</p>

<h2>PEEL 2023&ndash;25</h2>
<section class="accordion">
{item("Investigating crime: lines of enquiry", E_2, "Closed February 2026",
 "We added a checklist for officers at the first attendance of a crime. Our January 2026 audit showed that 92% of crimes recorded the enquiries made at that stage.")}{item("Managing offenders: visits to registered sex offenders", E_3, "Open",
 "We have moved eight officers into the Management of Sexual or Violent Offenders team. The backlog has fallen from 214 visits in July 2025 to 96. Target date: 30 September 2026.")}{item("Crime data integrity: coercive control", E_4, "Closed February 2026",
 "Our Force Crime Registrar&rsquo;s audit found that coercive and controlling behaviour was recorded in 97% of cases where it was disclosed.")}</section>

<h2>PEEL 2021/22</h2>
<section class="accordion">
{item("Stop and search: scrutiny of body-worn video", E_1, "Closed February 2026",
 "Our independent Stop and Search Scrutiny Panel now reviews 40 clips every quarter. Its members choose the sample themselves.")}</section>

<h2>National recommendations</h2>
<p>Some recommendations are made to all chief constables, not to Essex Police alone. For example,
HMICFRS recommended that chief constables should review how their forces record the rationale for
vetting decisions. We track these alongside our own findings and report on them to the Joint Audit
Committee.</p>

<aside>
<h2>Related content</h2>
<ul><li><a href="/about-us/performance/crime-data">Crime data and performance</a></li>
<li><a href="/about-us/foi">Freedom of information</a></li>
<li><a href="https://www.essex.pfcc.police.uk">Police, Fire and Crime Commissioner for Essex</a></li></ul>
</aside>
<p class="updated">Page last updated: 12 February 2026</p>
</main>
<footer>
<p>&copy; Essex Police 2026 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookies</a></p>
<p>In an emergency, call 999. For non-emergencies, use our website or call 101.</p>
</footer>
</body>
</html>
"""
with open(os.path.join(DOCS, "lj07.html"), "w", encoding="utf-8") as fh:
    fh.write(lj07)

lj08 = f"""# Changelog: Sussex PEEL improvement tracker

All notable changes to the public tracker kept by the Office of the Sussex Police and Crime
Commissioner are recorded here. Newest first. Dates are the dates of the change, not the
inspection period. Reference IDs (`SX-…`) are the tracker's own; action titles are the
force's, not the inspectorate's.

## [2026-03-31]

### Changed
- `SX-25-01` Amber → Amber. Sergeant dip-samples show 78% of investigations have a reviewed plan
  (target 90%). Sussex Police says the plan review is being added to sergeants' objectives.
- `SX-25-03` Green → Red. Action 3.2 "What-works library" has not started; the force reports that
  the evaluation partner will finish fieldwork in May 2026.

## [2026-01-15]

### Closed
- `SX-21-06` (area for improvement, PEEL 2021/22, treatment of the public):
  > {S_21}

  Closed by the PCC's Accountability Meeting. The force now publishes use of force data by
  ethnicity every quarter, and a February 2025 audit found the equality fields completed on 99%
  of forms.

### Fixed
- Corrected the published date of the PEEL 2023–25 report (was 16 June, is 18 June 2025).

## [2025-09-02]

### Changed
- `SX-25-01` Not started → Amber. Investigation plan template live in Niche from 2 September.
- `SX-25-03` Not started → Green. A university partner has been appointed to evaluate three
  problem-solving plans.

## [2025-06-30]

### Added
- Four areas for improvement from the HMICFRS PEEL 2023–25 report on Sussex Police (published
  18 June 2025), copied from the report:
  - `SX-25-01` Investigating crime —
    {S_1}
  - `SX-25-02` Investigating crime —
    {S_2}
  - `SX-25-03` Preventing crime —
    {S_3}
  - `SX-25-04` Leadership and force management —
    {S_4}
- Grades table for PEEL 2023–25 (responding to the public: **good**; protecting vulnerable
  people: **good**; investigating crime: **adequate**).

### Removed
- The "Count of open items" badge, which counted national and local items together.

## [2024-04-10]

### Added
- National recommendations from HMICFRS thematic reports that are addressed to all chief
  constables, in a separate table. These are not Sussex-specific findings.

## [2023-11-01]

### Added
- First public version of the tracker, with items from the PEEL 2021/22 inspection.
"""
with open(os.path.join(DOCS, "lj08.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(lj08)

lj10 = f"""KentOnline-style  |  News  |  Maidstone  |  Crime

Kent Police says it has fixed most of the problems inspectors found with 999 calls

By Tom Hanlon, Local Democracy Reporter
Published: 09:12, 19 February 2026  |  Updated: 14:40, 19 February 2026

Kent Police says it has completed 9 of the 11 actions it drew up after a damning report on how it
answers emergency calls – but a watchdog will have the final say.

In March last year His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)
graded the force “requires improvement” for responding to the public. It also said the force was
“adequate” at investigating crime.

It raised a cause of concern, in which the inspectorate’s report said: “{K_COC1}”

At the time, one in four 999 calls was not answered within ten seconds.

Chief Constable Jonathan Ferraby told a meeting of the Kent and Medway Police and Crime Panel on
Tuesday that the control room now had 38 more call handlers and that 999 calls were answered
within target on most days.

“We accepted every word of that report,” he said. “The public should not have to wait, and on
most days now they don’t. I’m not going to say the job is done until the inspectors tell us it is.”

Kent’s Police and Crime Commissioner, Priya Valance, said: “I asked for monthly figures and I’ve
had them. They show real progress, but two actions are still outstanding and I will keep asking.”

The force has so far closed 14 of the 19 findings from its last two inspections. Neighbouring
Essex Police published a similar tracker on its website this month.

Kent Fire and Rescue Service, which shares the Coldharbour control room site, was graded good in
its own inspection last year.

Related stories
  > Council tax precept for policing to rise by £14 a year
  > New custody suite opens in Ashford

Comments are closed on this article. (c) KM Media Group 2026
"""
with open(os.path.join(DOCS, "lj10.txt"), "w", encoding="cp1252", newline="\r\n") as fh:
    fh.write(lj10)
