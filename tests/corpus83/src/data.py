"""Shared statement texts for corpus83 (so the documents and the gold use the same words).
Every sentence here was written for this corpus."""

# mb01 -- Hampshire Constabulary, PEEL 2021/22, JAC tracker (DOCX)
MB01_AFI = [
    ("AFI 1", "Investigating crime",
     "The constabulary should make sure that supervisors review open investigations at regular intervals and record clear direction for the investigating officer.",
     "ACC Crime and Criminal Justice",
     ["A supervisory review template went live on the crime system in October 2022.",
      "Dip sampling in March 2023 found a recorded review in 81 percent of files, against 54 percent at the time of the inspection. The force will keep the item open until the audit in the autumn confirms the improvement has held."],
     "Amber", "Open"),
    ("AFI 2", "Responding to the public",
     "The constabulary should reduce the time it takes to answer non-emergency calls, and should monitor how many of those calls are abandoned.",
     "ACC Operations",
     ["Abandonment rates are now published weekly to the contact management board.",
      "Forty additional call handlers completed training in January 2023."],
     "Amber", "Open"),
    ("AFI 3", "Protecting vulnerable people",
     "The constabulary should improve how it shares information about children at risk with partner agencies outside normal office hours.",
     "ACC Crime and Criminal Justice",
     ["Out-of-hours referral arrangements were agreed with the four local safeguarding partnerships and took effect on 1 December 2022."],
     "Green", "Closed"),
    ("AFI 4", "Good use of resources",
     "The constabulary should make sure its workforce plan reflects the skills it will need to meet future demand, including digital investigation skills.",
     "Director of People",
     ["Update not received for this reporting period."],
     "Red", "Open"),
]
MB01_NONPEEL = ("VMM R8", "Vetting, misconduct and misogyny in the police service (national, 2022)",
    "By 31 October 2023, chief constables should make sure that vetting decisions are recorded with a clear rationale.",
    "Head of Professional Standards",
    ["Rationale field made mandatory on the vetting system in February 2023."], "Green", "Closed")

# mb02 -- West Mercia Police, PEEL 2021/22, panel report (PDF)
MB02_AFI = [
    ("Investigating crime",
     "The force should make sure that investigations are carried out in a timely manner and that victims are updated throughout.",
     "A new investigation standards unit began work in September 2022. Timeliness is reported monthly to the Chief Officer Group; the proportion of investigations with an overdue victim update has fallen from 38 percent to 21 percent.",
     "Open – on track"),
    ("Responding to the public",
     "The force should make sure that it assesses risk accurately when it first takes a call, using a structured method.",
     "THRIVE+ refresher training has been delivered to all contact staff. Compliance with the structured risk assessment is now checked in every call audit.",
     "Closed"),
    ("Good use of resources",
     "The force should develop a better understanding of current and future demand, so that it can move resources to where they are needed.",
     "No further update since the previous report to the Panel.",
     "Open – behind plan"),
]
MB02_CUSTODY = ("Custody inspection (2019)",
    "The force should make sure that detainees have access to showers and exercise during their detention.",
    "Shower facilities at Kidderminster were refurbished in 2022.", "Closed")
MB02_OLD = ("PEEL 2018/19",
    "The force should improve how it records the ethnicity of people it stops and searches.",
    "Recording rates have exceeded 95 percent for six consecutive months.", "Closed")

# mb03 -- Essex Police, PEEL 2017 (Legitimacy, Efficiency) + HMIC 2016 stop and search (DOCX)
MB03_LEG = [
    ("L1", "The force should make sure it has sufficient capacity in its counter-corruption unit to seek out and assess intelligence about corruption.",
     "Two additional analysts were recruited to the anti-corruption unit in November 2017. The unit now reviews intelligence within five working days.", "ACC Local Policing", "Complete"),
    ("L2", "The force should improve how it identifies and supports members of the workforce whose wellbeing is at risk.",
     "The wellbeing strategy was approved by the Chief Officer Group in January 2018. A network of trained wellbeing champions is being established across all three local policing areas.", "Director of HR", "In progress"),
]
MB03_EFF = [
    ("E1", "The force should develop its understanding of the demand that is hidden or likely to emerge, including from online child sexual exploitation.",
     "A demand analysis project is under way with the University of Essex. First findings are expected in March 2018.", "ACC Crime", "In progress"),
]
MB03_SS = ("SS3", "The force should make sure that all officers who use stop and search powers have completed the national training package.",
    "Completion stands at 96 percent.", "ACC Local Policing", "Complete")

# mb04 -- Cleveland Police, PEEL 2018/19 improvement plan (PDF)
MB04_COC = [
    ("CoC 1", "Protecting vulnerable people",
     "The force does not have a good enough understanding of the nature and scale of vulnerability in its area, and it is not responding well enough to vulnerable people.",
     "A vulnerability desk now reviews every incident involving a vulnerable person within 24 hours. A problem profile on child exploitation was completed in May 2020.",
     "Amber", "DCC"),
]
MB04_REC = [
    ("R1.1", "Protecting vulnerable people",
     "Within six months, the force should make sure that all risk assessments for domestic abuse victims are completed and reviewed by a supervisor.",
     "Supervisor review compliance is at 88 percent (March 2020).", "Amber", "ACC Crime"),
    ("R1.2", "Protecting vulnerable people",
     "Within six months, the force should make sure that missing children are risk assessed correctly and that those at high risk get a suitable response.",
     "A missing-from-home team has been in place since January 2020. Audit results are awaited.", "Amber", "ACC Crime"),
]
MB04_AFI = [
    ("AFI 4", "Ethical and lawful workforce",
     "The force should improve its vetting arrangements so that all members of the workforce hold the correct level of vetting for their role.",
     "The vetting backlog has reduced from 1,160 to 310 cases.", "Green", "Head of PSD"),
    ("AFI 7", "Planning for the future",
     "The force should produce a financial plan that is realistic about the savings it can achieve.",
     "", "Red", "Chief Finance Officer"),
]

# mb05 -- City of London Police, PEEL 2021/22, committee report (HTML)
MB05_AFI = [
    ("AFI-03", "Preventing crime and anti-social behaviour",
     "The force should improve how it evaluates its problem-solving work, so that it learns what works and shares that learning.",
     "An evaluation template has been introduced for all problem-solving plans. Evaluations are reviewed at the monthly tasking meeting.", "GREEN"),
    ("AFI-06", "Strategic planning, organisational management and value for money",
     "The force should make sure that its workforce plan is linked to its financial plan and its demand analysis.",
     "The plan is being rewritten; the revised version will come to this Committee in the new year.", "AMBER"),
]
MB05_REC_AF = ("Fraud (2019) R5",
    "Action Fraud should publish a timetable for implementing the revised Know Fraud system.", "A letter on this recommendation went to all forces in December 2019.", "RED")

# mb06 -- Lancashire Constabulary register export (CSV): PEEL 2016 Effectiveness + PEEL 2023-25
MB06_ROWS = [
    # ref, report, type, period, pillar/area, text, owner, status, update, closed
    ("P16-EFF-02", "PEEL: Police effectiveness 2016", "Area for improvement", "Investigating crime",
     "The constabulary should make sure that it uses all the opportunities to gather evidence at the first attendance, including house-to-house enquiries and CCTV.",
     "ACC Crime", "Closed", "Investigation standards booklet issued to all response officers.\nAudit in 2018 showed improvement.", "2018-06-30"),
    ("P16-EFF-05", "PEEL: Police effectiveness 2016", "Area for improvement", "Protecting vulnerable people",
     "The constabulary should review how it allocates domestic abuse cases to make sure the most serious are investigated by specialist officers.",
     "ACC Crime", "Closed", "Allocation policy revised in 2017.", "2017-11-15"),
    ("P23-REC-01", "PEEL 2023-25", "Recommendation", "Responding to the public",
     "Within six months, the constabulary should make sure that it answers emergency calls within the national target of ten seconds.",
     "ACC Operations", "Open", "Performance for May was 86 percent. A new shift pattern starts in September.", ""),
    ("P23-AFI-02", "PEEL 2023-25", "Area for improvement", "Investigating crime",
     "The constabulary should make sure that victims' needs assessments are completed and recorded in every investigation.",
     "ACC Crime", "Open", "", ""),
    ("CUS-20-04", "Custody inspection 2020 (joint with HMI Prisons)", "Recommendation", "",
     "The constabulary should make sure that the use of force in custody is recorded and reviewed.",
     "Ch Supt Criminal Justice", "Closed", "Recording form updated.", "2021-03-01"),
]

# mb07 -- Dyfed-Powys Police, PEEL 2016 Legitimacy/Effectiveness, panel progress (TXT)
MB07_ITEMS = [
    ("1", "Legitimacy", "The force should make sure that all officers and staff understand how to identify and report possible abuse of position for a sexual purpose.",
     "Briefings delivered to 94% of the workforce by March 2017. Remaining staff are on long-term absence."),
    ("2", "Legitimacy", "The force should make sure that its vetting procedures comply with the national guidance, including for staff in posts that involve access to sensitive information.",
     "A review of all designated posts is under way. Target completion: September 2017."),
    ("3", "Effectiveness", "The force should improve the way it identifies repeat victims of anti-social behaviour at the first point of contact.",
     "Call handling scripts changed in December 2016. The repeat victim flag is now automatic."),
]

# mb08 -- Thames Valley Police, PEEL 2023-25 + non-PEEL, JIAC (DOCX)
MB08_COC = ("The force is not doing enough to make sure that crimes are recorded accurately when they are reported.",)
MB08_REC = [
    ("Within three months, the force should make sure that every crime reported through its contact centre is recorded within 24 hours.",
     "A crime recording desk now checks all incidents closed without a crime number. Compliance was 91 percent in the audit of April."),
    ("Within six months, the force should provide training on crime recording standards to all call handlers and supervisors.",
     "Training package agreed with the Force Crime Registrar. Delivery begins in the summer."),
]
MB08_AFI = [
    ("The force should make sure that it records the reasons for using force accurately and consistently.",
     "Body-worn video review panel established; its first report is due in the autumn."),
]
MB08_NONPEEL = ("An inspection of the police response to the criminal exploitation of children (2023)",
    "Forces should make sure that they have a single point of contact for child criminal exploitation.",
    "A detective inspector has been appointed as the single point of contact.")

# mb09 -- Gwent Police, PEEL 2023-25, PCC scrutiny tracker (PDF)
MB09_ITEMS = [
    ("AFI 1", "Police powers and public treatment",
     "The force should make sure that supervisors review body-worn video footage of stop and search encounters.",
     ["Monthly dip sampling began in April.", "The Legitimacy Scrutiny Panel reviewed 40 encounters in its first session and found the grounds recorded fairly in 37."],
     "Green", "Complete – closure requested"),
    ("AFI 2", "Investigating crime",
     "The force should improve the timeliness of its investigations, particularly where suspects are released on bail or under investigation.",
     ["Released-under-investigation cases are now reviewed every 28 days by an inspector."],
     "Amber", "Ongoing"),
    ("AFI 3", "Protecting vulnerable people",
     "The force should make sure it uses all available powers to protect victims of domestic abuse, including domestic violence protection notices and orders.",
     ["Use of notices increased by 22 percent year on year."],
     "Amber", "Ongoing"),
    ("AFI 4", "Leadership and force management",
     "The force should improve its understanding of how well its leaders are developing, so that it can plan for future leadership needs.",
     [],
     "Red", "Not started"),
]

# mb10 -- Lincolnshire Police, PEEL 2015 Efficiency + 2016 Effectiveness, PCC web page (HTML)
MB10_2015 = [
    ("The force should develop a better understanding of demand, including demand that is not reported to the police.",
     "A demand profile was completed in partnership with G4S in April 2016."),
]
MB10_2016 = [
    ("The force should make sure that it has enough trained detectives to investigate serious and complex crime.",
     "Recruitment to the detective pathway has doubled. 18 trainee investigators started in autumn 2016."),
    ("The force should improve the way it manages registered sex offenders, so that visits are carried out within the required timescales.",
     ""),
]
