"""Statement texts (AFIs, recommendations, causes of concern) quoted in the decks.
The builders print them and make_gold.py copies them, so both agree word for word."""

# np01 Staffordshire Police, PEEL 2021/22
NP01_COC1 = ("The force is not answering emergency and non-emergency calls quickly enough, and call "
             "handlers do not always assess the risk to callers properly. As a result, vulnerable "
             "people may not receive the response they need.")
NP01_REC1 = ("Within six months, the force should make sure it answers emergency calls within the "
             "national standard of ten seconds.")
NP01_REC2 = ("Within six months, the force should make sure that call handlers use a structured "
             "risk assessment for every call and record the outcome on the incident log.")
NP01_COC2 = ("The force does not always identify vulnerable victims at the first point of contact, "
             "and it does not consistently make safeguarding referrals to partner agencies.")
NP01_AFI1 = ("The force should improve the supervision of investigations, so that each has an "
             "investigation plan and victims are kept updated.")
NP01_AFI2 = ("The force should make sure that officers record the reasonable grounds for every stop "
             "and search, and that supervisors review the records.")
NP01_AFI3 = ("The force should make sure it understands the wellbeing needs of its workforce and "
             "has the capacity to meet them.")

# np02 Lancashire Constabulary, Legitimacy 2017
NP02_AFI1 = ("The constabulary should make sure that all officers and staff are vetted to the level "
             "their current role requires, and it should clear the backlog of vetting renewals.")
NP02_AFI2 = ("The constabulary should improve how it gathers and assesses intelligence about officers "
             "and staff who may abuse their position for a sexual purpose.")
NP02_AFI3 = ("The constabulary should make sure that supervisors understand the new performance "
             "review process and apply it consistently across all departments.")

# np03 Wiltshire Police, PEEL 2023-25
NP03_AFI1 = ("The force should make sure that calls for service are attended within the times it has "
             "set, and that it tells callers when attendance will be delayed.")
NP03_AFI2 = ("The force should improve how it records the reasons for the use of force, so that it "
             "can show that each use was necessary and proportionate.")
NP03_AFI3 = ("The force should make sure that it has enough trained detectives to investigate "
             "serious and complex crime.")

# np04 Hertfordshire Constabulary, PEEL 2018/19 (HMICFRS briefing)
NP04_AFI1 = ("The constabulary should make sure that investigations are allocated to officers with "
             "the right skills, and that supervisors review them at regular intervals.")
NP04_AFI2 = ("The constabulary should develop a fuller understanding of the skills and capabilities "
             "of its workforce, so that it can identify gaps and plan to fill them.")
NP04_AFI3 = ("The constabulary should make sure that officers and staff know how to raise concerns "
             "about their wellbeing, and that managers act on them.")

# np05 Devon and Cornwall Police, PEEL 2021/22
NP05_AFI1 = ("The force should reduce the number of 101 calls that are abandoned before they are "
             "answered.")
NP05_AFI2 = ("The force should make sure that it gives victims an explanation when it decides to "
             "close an investigation, and that the decision is recorded.")
NP05_AFI3 = ("The force should improve how it manages registered sex offenders, so that visits are "
             "carried out on time and risk assessments are kept up to date.")

# np06 North Wales Police, PEEL 2015
NP06_AFI1 = ("The force should improve how it shares information with partner agencies about "
             "children at risk of sexual exploitation.")
NP06_AFI2 = ("The force should make sure that it assesses risk consistently when it receives "
             "reports of missing and absent children.")
NP06_AFI3 = ("The force should make sure that neighbourhood officers are not routinely taken away "
             "from their communities to cover response shifts.")

# np07 Bedfordshire Police, Effectiveness 2016
NP07_COC = ("The force does not respond promptly enough to incidents involving vulnerable people, "
            "and some victims are left at risk as a result.")
NP07_REC1 = ("Within three months, the force should review how it grades calls from vulnerable "
             "people, so that the response reflects the risk.")
NP07_REC2 = ("Within three months, the force should make sure that incidents awaiting attendance "
             "are reviewed by a supervisor at least every hour.")
NP07_REC3 = ("Within six months, the force should make sure it has enough officers available to "
             "attend incidents at times of peak demand.")
NP07_AFI1 = ("The force should improve the quality of its investigations of burglary and vehicle "
             "crime, including the use of forensic evidence.")
NP07_AFI2 = ("The force should make sure that it uses all available powers to protect victims of "
             "domestic abuse, including domestic violence protection orders.")

# np08 Merseyside Police, PEEL 2023-25
NP08_AFI1 = ("The force should make sure that investigations of crimes against children are "
             "supervised effectively and progressed without delay.")
NP08_AFI2 = ("The force should make sure that its workforce has enough time for training, "
             "particularly in roles where demand is high.")
NP08_AFI3 = ("The force should make sure that victims are told about the Victims' Code and that it "
             "records whether they want to take part in an investigation.")

# np09 Suffolk Constabulary, Efficiency 2017
NP09_AFI1 = ("The constabulary should improve its understanding of the demand that is hidden, "
             "including demand that partner organisations pass to it.")
NP09_AFI2 = ("The constabulary should make sure that the way it allocates officers to shifts matches "
             "the times when demand is highest.")

# np10 Derbyshire Constabulary, Legitimacy 2016
NP10_AFI1 = ("The constabulary should make sure that its workforce understands how the grievance "
             "procedure works and trusts it to be fair.")
NP10_AFI2 = ("The constabulary should improve the way it identifies and supports talented officers "
             "and staff, so that selection processes are seen as open and fair.")
NP10_AFI3 = ("The constabulary should make sure that all stop and search encounters are recorded, "
             "including those that lead to no further action.")
