"""Statement texts shared by make_docs.py and make_gold.py (standard library only)."""
S = {
 # oj01 Hampshire, Effectiveness 2017
 "01a": "The constabulary should improve the quality of its investigations by making sure that: supervisors review each investigation at set points; and victims are told promptly when an investigation is closed.",
 "01a_lead": "The constabulary should improve the quality of its investigations by making sure that:",
 "01a_s1": "supervisors review each investigation at set points; and",
 "01a_s2": "victims are told promptly when an investigation is closed.",
 "01b": "The constabulary should make sure that it has enough trained detectives to meet the demand from complex and serious investigations.",
 "01c": "The constabulary should improve how officers record the risk assessments they complete when they attend domestic abuse incidents.",
 # oj02 Durham, PEEL 2018/19
 "02a": "The constabulary should make sure that its officers understand, and use, the powers available to them to protect victims of stalking and harassment.",
 "02b": "The constabulary should develop its understanding of the skills its workforce will need over the next five years, and plan how it will recruit or train for them.",
 # oj03 Lincolnshire, Efficiency 2015
 "03a": "Lincolnshire Police should develop a fuller understanding of demand that is not reported to it, including hidden harm such as modern slavery and child sexual exploitation.",
 "03b": "The force should set out how it will fund its services once its reserves have been used, and publish the assumptions behind its savings plan.",
 # oj04 Gwent, PEEL 2018/19 (in passing)
 "04a": "The force should improve how it identifies repeat victims of domestic abuse when they first contact the force.",
 # oj05 Thames Valley, PEEL 2023-25
 "05a_pre": "The force should make sure that it answers emergency and non-emergency calls within the national standards",
 "05a_ins": " and that callers who abandon a call are called back",
 "05a_post": ".",
 "05b": "The force should make sure that investigations are supervised at regular intervals and that each has an investigation plan.",
 "05c": "The force should make sure it understands the wellbeing needs of its workforce and acts on them.",
 # oj06 West Midlands, PEEL 2021/22
 "06a": "The force should make sure that investigations are allocated to staff with the right skills and that their workloads are manageable.",
 "06b": "The force should make sure that victims are updated regularly and that their views are recorded when an investigation is finalised.",
 "06c": "The force should improve the way it assesses risk for children who are reported missing from home.",
 "06d": "The force should reduce the time it takes to attend incidents graded as requiring a priority response.",
 # oj07 Cleveland, PEEL 2021/22
 "07coc": "The force does not answer calls from the public quickly enough, and it does not assess the risk to callers well enough, so vulnerable callers may not get the response they need.",
 "07r1": "Within three months, the force should make sure that it has enough call handlers on duty to answer emergency calls within ten seconds.",
 "07r2": "Within six months, the force should make sure that call handlers use a structured risk assessment for every call where there is a risk of harm.",
 "07a": "The force should improve its supervision of officers' use of stop and search.",
 # oj08 Hertfordshire, Legitimacy 2016
 "08a": "The constabulary should ensure that all its officers and staff have been vetted to the level their role requires.",
 "08b": "The constabulary should make sure its counter-corruption unit has the capacity to work proactively, including to find officers who may abuse their position for a sexual purpose.",
 # oj09 Kent, Efficiency 2014
 "09a": "Kent Police should develop a clearer picture of the future demand for its services so that its workforce plans match that demand.",
 # oj10 Northumbria, PEEL 2023-25
 "10coc": "The force is not managing the risk posed by registered sex offenders effectively.",
 "10r1": "Within six months, the force should clear its backlog of overdue home visits to registered sex offenders.",
 "10r2": "Within six months, the force should make sure that staff who manage registered sex offenders have received the training their role needs.",
 "10a": "The force should make sure that it records the reasons why officers use force, and that these records are reviewed by supervisors.",
}
