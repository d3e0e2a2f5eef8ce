"""Shared facts for the corpus145 documents (standard library only).

The generators (make_op*.py) print these texts into the documents, and make_gold.py
writes the gold from the same data, so a statement's text is the same in both places.
Every sentence here was written for this corpus; forces are real, people invented.
"""

G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
WORDS = {G: "good", A: "adequate", RI: "requires improvement", I: "inadequate", O: "outstanding"}

# ---------------------------------------------------------------------------------------
# op01 -- Lincolnshire Police, PEEL 2023-25 (PDF)
OP01_GRADES = [
    ("Police powers and public treatment", "treatment-of-public", A),
    ("Preventing crime", "preventing-crime", G),
    ("Responding to the public", "responding-to-public", RI),
    ("Investigating crime", "investigating-crime", A),
    ("Protecting vulnerable people", "protecting-vulnerable", A),
    ("Managing offenders and suspects", "managing-offenders", G),
    ("Building, supporting and protecting the workforce", "workforce", A),
    ("Leadership and force management", "leadership-management", G),
]
# (question key, text, in_chapter_only)  -- all are listed again in Annex B
OP01_AFIS = [
    ("treatment-of-public", "The force should make sure that every officer who uses force records it on the same day, and that supervisors review a sample of those records each month.", False),
    ("treatment-of-public", "The force should widen the membership of its stop and search scrutiny panel so that it includes young people from the communities most affected by the use of the power.", False),
    ("treatment-of-public", "The force should improve how it explains the reasons for its decisions to people who complain about it, and keep them informed while their complaint is being dealt with.", True),
    ("responding-to-public", "The force should answer emergency calls promptly, so that it meets the national standard of answering 90 percent of them within ten seconds.", False),
    ("responding-to-public", "The force should reduce the number of people who abandon non-emergency calls to 101 before their call is answered.", False),
    ("responding-to-public", "The force should make sure that call handlers use a structured method to assess the risk and vulnerability of every caller, and record that assessment.", False),
    ("responding-to-public", "The force should attend incidents within the times it has set for each priority grade, and tell callers when attendance will be delayed.", False),
    ("responding-to-public", "The force should make sure that incidents waiting for attendance are reviewed by a supervisor, so that any change in risk is identified and acted on.", True),
    ("investigating-crime", "The force should make sure that every investigation has a plan that is set early and reviewed by a supervisor at regular intervals.", False),
    ("investigating-crime", "The force should make sure that the reasons for a victim withdrawing support for a prosecution are recorded, and that evidence-led prosecutions are considered.", False),
    ("investigating-crime", "The force should give its investigators enough time and training to recover and examine digital evidence without long delays.", True),
    ("protecting-vulnerable", "The force should make sure that officers attending domestic abuse incidents always complete the risk assessment before they leave the address.", False),
    ("protecting-vulnerable", "The force should improve how it uses domestic violence protection notices and orders to protect victims of domestic abuse.", False),
    ("protecting-vulnerable", "The force should make sure that information about children who are at risk of exploitation is shared with partner agencies without delay.", False),
    ("protecting-vulnerable", "The force should make sure that officers record the voice of the child when they attend incidents where children are present.", True),
    ("workforce", "The force should improve its understanding of the wellbeing needs of its workforce, and make sure that supervisors have the time to hold regular wellbeing conversations.", False),
    ("workforce", "The force should make sure that officers and staff in their first two years of service receive the support and supervision they need.", False),
    ("workforce", "The force should make sure that its vetting decisions are consistent, and that it records the reasons for granting clearance where there is adverse information.", True),
    ("leadership-management", "The force should make sure that its plans for future demand take account of the skills its workforce will need, as well as the number of people.", False),
    ("leadership-management", "The force should evaluate the benefits of its change programme so that it knows which changes have improved the service it gives the public.", False),
]

# ---------------------------------------------------------------------------------------
# op02 -- Gwent Police, PEEL 2021/22 (PDF)
OP02_GRADES = [
    ("Providing a service to the victims of crime", "victim-service", None),
    ("Engaging with and treating the public with fairness and respect", "treatment-of-public", A),
    ("Preventing crime and anti-social behaviour", "preventing-crime", G),
    ("Responding to the public", "responding-to-public", RI),
    ("Investigating crime", "investigating-crime", A),
    ("Protecting vulnerable people", "protecting-vulnerable", RI),
    ("Managing offenders and suspects", "managing-offenders", A),
    ("Developing a positive workplace", "workforce", G),
    ("Good use of resources", "leadership-management", A),
]
OP02_COC = ("protecting-vulnerable", "The force does not always identify and protect vulnerable people at the first point of contact, and it is slow to act on referrals about children at risk of harm.")
OP02_RECS = [
    ("protecting-vulnerable", "Within six months, the force should make sure that call handlers identify repeat and vulnerable victims, using the information held on its systems, before an incident is graded."),
    ("protecting-vulnerable", "Within six months, the force should make sure that referrals about children at risk are reviewed and shared with children's services within the timescales agreed with its partners."),
]
OP02_AFIS = [
    ("victim-service", "The force should make sure that it records whether victims are offered and receive the services set out in the Code of Practice for Victims of Crime.", False),
    ("treatment-of-public", "The force should make sure that officers and staff understand what unconscious bias is and how it can affect their decisions.", False),
    ("treatment-of-public", "The force should improve the way it records the use of force, so that it can monitor whether force is used fairly.", True),
    ("responding-to-public", "The force should reduce the time it takes to answer non-emergency calls.", False),
    ("responding-to-public", "The force should make sure that it contacts callers again when there is a delay in attending an incident.", False),
    ("investigating-crime", "The force should make sure that victims' decisions to withdraw from an investigation are recorded and that the reasons are understood.", False),
    ("managing-offenders", "The force should make sure that it manages the risk posed by registered sex offenders, and that home visits are completed on time.", False),
    ("managing-offenders", "The force should reduce the number of outstanding suspects who are wanted for questioning.", True),
    ("leadership-management", "The force should improve its understanding of the demand it faces in its control room, so that it can plan its staffing to match that demand.", False),
]

# ---------------------------------------------------------------------------------------
# op03 -- Derbyshire Constabulary, PEEL 2018/19 (PDF)
OP03_PILLARS = [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)]
OP03_QUESTIONS = [
    ("Effectiveness", "Preventing crime and tackling anti-social behaviour", "preventing-crime", G),
    ("Effectiveness", "Investigating crime", "investigating-crime", G),
    ("Effectiveness", "Protecting vulnerable people", "protecting-vulnerable", RI),
    ("Effectiveness", "Tackling serious and organised crime", "serious-organised-crime", G),
    ("Effectiveness", "Armed policing", "specialist-capabilities", None),
    ("Efficiency", "Meeting current demands and using resources", "using-resources", G),
    ("Efficiency", "Planning for the future", "planning-future", O),
    ("Legitimacy", "Fair treatment of the public", "fair-treatment-public", G),
    ("Legitimacy", "Ethical and lawful workforce behaviour", "ethical-lawful-workforce", G),
    ("Legitimacy", "Fair treatment of the workforce", "fair-treatment-workforce", G),
]
OP03_AFIS = [
    ("preventing-crime", "The constabulary should evaluate its problem-solving work so that it can share what works with its neighbourhood teams.", False),
    ("investigating-crime", "The constabulary should make sure that it allocates crimes to investigators with the right skills, and that supervisors review investigations regularly.", False),
    ("investigating-crime", "The constabulary should reduce the backlog of digital devices waiting to be examined.", True),
    ("protecting-vulnerable", "The constabulary should make sure that it always completes safeguarding referrals for children when officers attend domestic abuse incidents.", False),
    ("protecting-vulnerable", "The constabulary should improve how it identifies repeat victims of domestic abuse when calls are first received.", False),
    ("protecting-vulnerable", "The constabulary should make sure that it uses the full range of powers available to protect victims, including domestic violence protection orders.", True),
    ("using-resources", "The constabulary should make sure that its neighbourhood officers are not routinely taken away from their duties to support response teams.", False),
    ("fair-treatment-public", "The constabulary should make sure that it records the reason for every use of force, and that it can show that force was used fairly.", False),
    ("ethical-lawful-workforce", "The constabulary should make sure that all its officers and staff have the level of vetting that their role requires.", False),
    ("fair-treatment-workforce", "The constabulary should improve how it identifies and develops talent, so that the workforce has confidence in its promotion processes.", False),
]

# ---------------------------------------------------------------------------------------
# op04 -- Suffolk Constabulary, PEEL 2017 Effectiveness (PDF)
OP04_OVERALL = G
OP04_2017 = [
    ("Preventing crime and tackling anti-social behaviour", "preventing-crime", G),
    ("Protecting vulnerable people", "protecting-vulnerable", RI),
    ("Specialist capabilities", "specialist-capabilities", None),
]
OP04_2016 = [
    ("Investigating crime and reducing re-offending", "investigating-crime", G),
    ("Tackling serious and organised crime", "serious-organised-crime", G),
]
OP04_COC = ("protecting-vulnerable", "The constabulary does not always respond promptly to calls from vulnerable people, and its response to missing children who are at high risk is sometimes delayed.")
OP04_RECS = [
    ("protecting-vulnerable", "The constabulary should immediately review how it grades and allocates calls involving vulnerable people, so that the grade reflects the risk to the caller."),
    ("protecting-vulnerable", "The constabulary should make sure that every high-risk missing child case is overseen by a supervisor from the moment it is reported."),
]
OP04_AFIS = [
    ("preventing-crime", "The constabulary should improve how it evaluates the work of its neighbourhood teams, and share the lessons learned across the county.", False),
    ("preventing-crime", "The constabulary should make sure that its use of anti-social behaviour powers is recorded consistently.", True),
    ("protecting-vulnerable", "The constabulary should improve the quality of its risk assessments for victims of stalking and harassment.", False),
    ("protecting-vulnerable", "The constabulary should make sure that officers understand and use the national referral mechanism for victims of modern slavery.", False),
    ("protecting-vulnerable", "The constabulary should make sure that it completes return interviews with children who have been missing, and uses the information it gains from them.", True),
]

# ---------------------------------------------------------------------------------------
# op05 -- Nottinghamshire Police, PEEL 2016 Legitimacy (PDF)
OP05_OVERALL = G
OP05_Q = [
    ("To what extent does the force treat all of the people it serves with fairness and respect?", "fair-treatment-public", G),
    ("How well does the force ensure that its workforce behaves ethically and lawfully?", "ethical-lawful-workforce", RI),
    ("To what extent does the force treat its workforce with fairness and respect?", "fair-treatment-workforce", G),
]
OP05_AFIS = [
    ("fair-treatment-public", "The force should make sure that it records the outcome of every stop and search, and that supervisors check the records for patterns of unfair use.", False),
    ("ethical-lawful-workforce", "The force should make sure that it vets all officers and staff to the level their post requires, and that it clears its backlog of vetting renewals.", False),
    ("ethical-lawful-workforce", "The force should improve the capacity of its counter-corruption unit, so that it can act on all the intelligence it receives.", False),
    ("ethical-lawful-workforce", "The force should make sure that it monitors its computer systems to find officers and staff who may be abusing their position for a sexual purpose.", True),
    ("fair-treatment-workforce", "The force should make sure that supervisors are trained to recognise and respond to signs of stress in the people they manage.", False),
    ("fair-treatment-workforce", "The force should make its process for handling grievances quicker and more open.", True),
]

# ---------------------------------------------------------------------------------------
# op06 -- Bedfordshire Police, PEEL 2016 Efficiency (PDF)
OP06_OVERALL = RI
OP06_Q = [
    ("How well does the force understand demand?", "understanding-demand", RI),
    ("How well does the force use its resources?", "using-resources", RI),
    ("How well is the force planning for demand in the future?", "planning-future", G),
]
OP06_COC = ("understanding-demand", "The force does not have a good enough understanding of the demand it faces, including demand that is hidden or not reported to it, and this limits how well it can match its resources to that demand.")
OP06_RECS = [
    ("understanding-demand", "By March 2017, the force should complete an analysis of the demand it faces, including hidden demand, and use it to set the size and shape of its workforce."),
]
OP06_AFIS = [
    ("understanding-demand", "The force should make sure that it understands how its own working practices create avoidable demand.", False),
    ("using-resources", "The force should develop a clear understanding of the skills of its workforce and the skills it will need in future.", False),
    ("using-resources", "The force should make sure that it measures the benefits of its joint working with other forces.", True),
    ("planning-future", "The force should make sure that its financial plans are based on realistic assumptions about the savings its change programme will deliver.", False),
]

# ---------------------------------------------------------------------------------------
# op07 -- Northumbria Police, PEEL 2023-25 (DOCX)
OP07_GRADES = [
    ("Police powers and public treatment", "treatment-of-public", G),
    ("Preventing crime", "preventing-crime", O),
    ("Responding to the public", "responding-to-public", A),
    ("Investigating crime", "investigating-crime", RI),
    ("Protecting vulnerable people", "protecting-vulnerable", A),
    ("Managing offenders and suspects", "managing-offenders", G),
    ("Building, supporting and protecting the workforce", "workforce", G),
    ("Leadership and force management", "leadership-management", A),
]
OP07_COC = ("investigating-crime", "The force is not consistently carrying out effective investigations, and too many victims are not told about the progress of their case.")
OP07_RECS = [
    ("investigating-crime", "Within six months, the force should make sure that investigations are supervised in line with its own policy, and that supervisors record their reviews on the crime record."),
    ("investigating-crime", "Within six months, the force should make sure that victims are updated on the progress of their investigation as often as they have agreed with the investigator."),
]
OP07_AFIS = [
    ("treatment-of-public", "The force should make sure that officers turn on their body-worn video cameras whenever they use force or carry out a stop and search.", False),
    ("responding-to-public", "The force should improve the time it takes to attend incidents graded as requiring a priority response.", False),
    ("responding-to-public", "The force should make sure that its control room staff review the risk to callers when attendance is delayed.", True),
    ("investigating-crime", "The force should make sure that it considers and records the use of out-of-court resolutions in line with national guidance.", False),
    ("investigating-crime", "The force should reduce the number of crimes that are closed without the victim's agreement being recorded.", False),
    ("protecting-vulnerable", "The force should make sure that it consistently records the ethnicity and other protected characteristics of victims of domestic abuse.", False),
    ("protecting-vulnerable", "The force should make sure that it reviews the cases of people who are reported missing repeatedly, so that the causes are understood.", True),
    ("managing-offenders", "The force should make sure that the online activity of registered sex offenders is checked during every home visit where there is a risk of online offending.", False),
    ("leadership-management", "The force should make sure that it understands the costs and benefits of the services it provides jointly with other organisations.", False),
    ("leadership-management", "The force should improve how it tests the effect of its change programmes on the demand faced by front-line teams.", False),
]

# ---------------------------------------------------------------------------------------
# op08 -- Leicestershire Police, PEEL 2021/22 (DOCX)
OP08_GRADES = [
    ("Providing a service to the victims of crime", "victim-service", None),
    ("Recording data about crime", "crime-recording", A),
    ("Treatment of the public", "treatment-of-public", G),
    ("Preventing crime and anti-social behaviour", "preventing-crime", G),
    ("Responding to the public", "responding-to-public", A),
    ("Investigating crime", "investigating-crime", G),
    ("Protecting vulnerable people", "protecting-vulnerable", A),
    ("Managing offenders and suspects", "managing-offenders", RI),
    ("Developing a positive workplace", "workforce", G),
    ("Good use of resources", "leadership-management", G),
]
OP08_AFIS = [
    ("crime-recording", "The force should improve how it records crimes of stalking and harassment, so that they are recorded correctly when first reported.", False),
    ("crime-recording", "The force should make sure that it records crimes reported by other agencies, such as health and social care services.", True),
    ("responding-to-public", "The force should make sure that it uses a consistent method to assess the risk to callers, and that the assessment is recorded.", False),
    ("protecting-vulnerable", "The force should improve its understanding of the nature and scale of child criminal exploitation in its area.", False),
    ("protecting-vulnerable", "The force should make sure that it applies for stalking protection orders where they would protect victims.", False),
    ("managing-offenders", "The force should make sure that it has enough trained staff to manage the risk posed by registered sex offenders in the community.", False),
    ("managing-offenders", "The force should reduce the number of wanted persons and outstanding suspects, and prioritise those who pose the highest risk.", False),
    ("managing-offenders", "The force should make sure that it uses the information from its management of registered sex offenders to inform its neighbourhood policing.", True),
    ("managing-offenders", "The force should make sure that bail and release under investigation are used appropriately, and that conditions protecting victims are monitored.", False),
]

# ---------------------------------------------------------------------------------------
# op09 -- Merseyside Police, PEEL 2023-25 (HTML)
OP09_GRADES = [
    ("Police powers and public treatment", "treatment-of-public", A),
    ("Preventing crime", "preventing-crime", G),
    ("Responding to the public", "responding-to-public", G),
    ("Investigating crime", "investigating-crime", A),
    ("Protecting vulnerable people", "protecting-vulnerable", RI),
    ("Managing offenders and suspects", "managing-offenders", A),
    ("Building, supporting and protecting the workforce", "workforce", G),
    ("Leadership and force management", "leadership-management", G),
]
OP09_COC = ("protecting-vulnerable", "The force does not always take effective action to safeguard victims of domestic abuse, and it does not review enough of the cases it assesses as medium risk.")
OP09_RECS = [
    ("protecting-vulnerable", "Within three months, the force should make sure that safeguarding plans are put in place for every victim of domestic abuse assessed as medium or high risk."),
    ("protecting-vulnerable", "Within six months, the force should make sure that it has enough trained staff in its public protection teams to manage the domestic abuse cases allocated to them."),
    ("protecting-vulnerable", "Within six months, the force should review how it uses multi-agency risk assessment conferences, so that the victims most at risk are discussed without delay."),
]
OP09_AFIS = [
    ("treatment-of-public", "The force should make sure that it understands why some ethnic groups are more likely than others to be stopped and searched, and acts on what it finds.", False),
    ("treatment-of-public", "The force should make sure that the external scrutiny of its use of force includes a review of body-worn video footage.", False),
    ("treatment-of-public", "The force should improve how it records the grounds for stop and search, so that every record explains why the power was used.", True),
    ("preventing-crime", "The force should make sure that neighbourhood officers are given enough protected time to carry out problem-solving work.", False),
    ("investigating-crime", "The force should make sure that investigation plans are recorded and followed, and that lines of enquiry are completed before a case is closed.", False),
    ("investigating-crime", "The force should make sure that victim needs assessments are completed, and that victims are referred to support services.", False),
    ("investigating-crime", "The force should reduce the time it takes to examine digital devices seized during investigations.", False),
    ("investigating-crime", "The force should make sure that it has enough detectives to meet the investigative demand it faces.", True),
    ("protecting-vulnerable", "The force should make sure that officers consider the use of body-worn video to gather evidence at every domestic abuse incident.", False),
    ("protecting-vulnerable", "The force should improve the way it identifies and protects children who are at risk of criminal exploitation.", False),
    ("managing-offenders", "The force should make sure that it prioritises and arrests suspects who are wanted for offences involving vulnerable victims.", False),
    ("managing-offenders", "The force should make sure that its offender managers have manageable workloads.", False),
    ("managing-offenders", "The force should make sure that it shares information about dangerous offenders with the probation service in good time.", True),
    ("workforce", "The force should make sure that it understands why officers are leaving in their first years of service, and acts to keep them.", False),
    ("workforce", "The force should make sure that its occupational health unit can meet the demand for its services.", False),
    ("leadership-management", "The force should improve its use of data to understand the performance of its local policing teams.", False),
    ("leadership-management", "The force should make sure that its first-line supervisors have the time and training to lead their teams well.", False),
]

# ---------------------------------------------------------------------------------------
# op10 -- South Wales Police, PEEL 2021/22 (HTML)
OP10_GRADES = [
    ("Providing a service to the victims of crime", "victim-service", None),
    ("Recording data about crime", "crime-recording", G),
    ("Treatment of the public", "treatment-of-public", G),
    ("Preventing crime and anti-social behaviour", "preventing-crime", O),
    ("Responding to the public", "responding-to-public", A),
    ("Investigating crime", "investigating-crime", A),
    ("Protecting vulnerable people", "protecting-vulnerable", G),
    ("Managing offenders and suspects", "managing-offenders", G),
    ("Developing a positive workplace", "workforce", G),
    ("Good use of resources", "leadership-management", A),
]
OP10_AFIS = [
    ("victim-service", "The force should make sure that it carries out and records a victim needs assessment for every victim.", False),
    ("responding-to-public", "The force should improve the time it takes to answer 101 calls and online contacts.", False),
    ("responding-to-public", "The force should make sure that repeat callers are identified when they first contact the force.", True),
    ("investigating-crime", "The force should make sure that investigations are allocated to officers with the right skills and experience.", False),
    ("investigating-crime", "The force should make sure that it records the reasons when a victim does not support police action.", False),
    ("investigating-crime", "The force should improve the quality of the case files it sends to the Crown Prosecution Service.", True),
    ("leadership-management", "The force should develop its understanding of the demand it faces, so that its workforce plans match the skills it needs.", False),
]
