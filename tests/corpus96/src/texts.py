"""Statements shared by the document generators and make_gold.py, so that the gold
quotes exactly what the documents print. Every sentence is newly written."""

# mp01 -- Gloucestershire Constabulary, HMIC update to the Joint Audit Committee (Efficiency 2016)
MP01_AFI = [
    "The constabulary should make sure that its record of the skills held across its workforce is complete, so that it can deploy officers and staff with the right capabilities where they are most needed.",
    "The constabulary should develop its understanding of what its services cost and what they achieve, and use that understanding to test whether its resources are allocated to best effect.",
]

# mp02 -- West Mercia Police, PEEL 2018/19 improvement plan
MP02_AFI = {
    "prev": "The force should improve the way it uses problem-solving in neighbourhoods, and should evaluate what works so that successful approaches are shared across the force.",
    "inv": "The force should make sure that investigations are supervised effectively and that each investigation has a plan that is reviewed regularly.",
    "inv2": "The force should reduce the backlog of digital devices awaiting examination, so that investigations are not delayed.",
    "pvp": "The force should improve how it records the voice of the child when officers attend incidents where children are present.",
    "res": "The force should develop a better understanding of the demand it faces that is less visible, such as modern slavery and online child sexual exploitation, and use it to plan its resources.",
    "plan": "The force should make sure that its workforce plan is based on a full understanding of the skills it will need once the alliance arrangements have ended.",
    "eth": "The force should make sure that all its officers and staff hold vetting at the level their role requires.",
}

# mp03 -- City of London Police, HMICFRS update to committee (Legitimacy 2017)
MP03_AFI = [
    "The force should make sure that all officers who use stop and search powers understand what constitutes reasonable grounds and record them fully.",
    "The force should improve the way it monitors the use of its computer systems, so that it can identify officers and staff who may be misusing them.",
    "The force should make sure that its grievance procedures are timely and that the workforce has confidence in them.",
    "The force should assure itself that its wellbeing provision reaches the whole workforce, including police staff and those working shifts.",
]

# mp04 -- Lincolnshire PCC web page (Effectiveness 2016)
MP04_AFI = [
    "The force should improve the quality of its investigations, and in particular the way in which supervisors oversee them and set clear lines of enquiry.",
    "The force should make sure that it manages registered sex offenders in accordance with national guidance, and that visits take place at the required intervals.",
    "The force should make better use of intelligence to identify and disrupt organised crime groups involved in the exploitation of vulnerable people.",
]

# mp05 -- Nottinghamshire Police, chief constable's section 55 letter (PEEL 2021/22)
MP05_AFI = {
    "resp": "The force should make sure that it answers non-emergency calls promptly and that fewer callers abandon their calls.",
    "resp2": "The force should make sure that call handlers use a structured process to assess risk and vulnerability, and that repeat callers are identified.",
    "inv": "The force should improve how it keeps victims informed of the progress of their investigations and records whether they support a prosecution.",
    "pvp": "The force should make sure that it completes referrals to partner agencies quickly when officers identify a child at risk.",
    "work": "The force should make sure that supervisors have the time and training to support the wellbeing of the people they manage.",
}

# mp06 -- Devon and Cornwall Police, PEEL 2023-25 improvement plan highlight report
MP06_COC = "Devon & Cornwall Police is not answering emergency and non-emergency calls promptly enough, and so it cannot be sure that it identifies the risk to callers at the first point of contact."
MP06_REC = [
    "Within six months, the force should make sure that it has enough trained call handlers on duty to meet the demand it receives at different times of the day and week.",
    "Within six months, the force should make sure that supervisors in the contact centre monitor abandoned calls and call back those callers who may be at risk.",
]
MP06_AFI = {
    "inv": "The force should make sure that investigations are allocated to officers with the skills and capacity to complete them.",
    "pvp": "The force should make sure that its response to missing children includes return home interviews that are completed on time and shared with partners.",
    "lfm": "The force should make sure that its performance framework gives leaders accurate information with which to manage demand and hold teams to account.",
    "ppt": "The force should improve the recording of the grounds for stop and search, and supervisors should review a sample of records each month.",
}

# mp07 -- Hampshire Constabulary, PCC and force response (Legitimacy 2017)
MP07_AFI = [
    "The constabulary should improve the way it identifies and develops talent, so that officers and staff from all backgrounds see opportunities to progress.",
    "The constabulary should make sure that it seeks and acts on feedback from the workforce about its grievance and resolution processes.",
    "The constabulary should make sure that its counter-corruption unit has enough capacity to assess and develop intelligence promptly.",
]

# mp08 -- Bedfordshire Police, Joint Audit Committee progress report (PEEL 2021/22)
MP08_AFI = {
    "inv": "The force should make sure that investigation plans are recorded for all crimes that need one, and that supervisors review them.",
    "pvp": "The force should improve how it shares information with partners when it identifies children exposed to domestic abuse.",
    "pvp2": "The force should make sure that officers apply for domestic violence protection orders in all appropriate cases.",
    "resp": "The force should make sure that it meets its own attendance times for incidents graded as a priority.",
    "legacy": "The force should make sure that it has a complete understanding of its future workforce needs, including the skills it will require.",
}

# mp09 -- Lancashire Constabulary, "Our performance" web page (PEEL 2018/19)
MP09_AFI = [
    "The constabulary should make sure that neighbourhood officers are not routinely taken away from their local duties to cover other work.",
    "The constabulary should improve the timeliness of the checks it makes on registered sex offenders who are assessed as posing a very high risk.",
    "The constabulary should make sure that its workforce understands how the outcomes of its fairness and diversity reviews are used.",
]

# mp10 -- Gwent Police, PCC response copied from PDF (Legitimacy 2015)
MP10_AFI = [
    "The force should make sure that its officers and staff understand the standards of behaviour set out in the Code of Ethics and how these apply to their daily work.",
    "The force should ensure that it has a clear understanding of the wellbeing needs of its workforce, and that its support is available to everyone who needs it.",
    "The force should improve the way it records the reasons for stop and search encounters, and should make sure that supervisors check these records.",
]
