"""Statements, names and grades shared by make_html.py, make_docx.py and make_gold.py
(standard library only). Every sentence is invented."""

# ol01 -- Cumbria Constabulary, PEEL effectiveness 2015 (HMIC)
OL01_AFI_INV = [
    "The constabulary should improve the quality of its investigations of crimes that are not allocated to specialist teams, so that every investigation has a clear plan and is supervised at regular intervals.",
    "The constabulary should make sure that it uses bail conditions and released under investigation arrangements appropriately, and that it reviews the cases of suspects who are wanted or circulated on the police national computer without delay.",
]
OL01_AFI_VUL = [
    "The constabulary should improve the way it identifies repeat and vulnerable victims when they first call, so that risk is assessed correctly from the start.",
    "The constabulary should ensure that officers and staff understand the signs of child sexual exploitation and know how to share what they find with partner organisations:",
    "in every neighbourhood policing team; and",
    "in the control room and the public enquiry office.",
]
OL01_AFI_VUL_JOINED = OL01_AFI_VUL[1] + " " + OL01_AFI_VUL[2] + " " + OL01_AFI_VUL[3]
OL01_HMI = ("Rosalind Ashworth-Kerr", "HM Inspector of Constabulary")

# ol02 -- Merseyside Police, PEEL legitimacy 2016 (HMIC)
OL02_AFI_PUBLIC = [
    "The force should monitor and analyse its use of force data, so that it can understand and explain any disproportionality in the way force is used on people from different groups.",
]
OL02_AFI_ETHICAL = [
    "The force should ensure that all officers and staff have been vetted to the level their roles require, and that it has a plan to clear the backlog of vetting renewals.",
    "The force should make sure its counter-corruption unit has the capacity to look for and develop intelligence about officers and staff who may abuse their position for a sexual purpose.",
]
OL02_AFI_WORKFORCE = [
    "The force should improve how it identifies and supports officers and staff whose wellbeing may be at risk, including through a regular conversation with their supervisor.",
]
OL02_HMI = ("Cedric Ollerenshaw", "HM Inspector of Constabulary")

# ol03 -- Derbyshire Constabulary, PEEL efficiency 2017 (HMICFRS)
OL03_AFI_RES = [
    "The constabulary should develop a better understanding of the skills and capabilities of its workforce, so that it can identify gaps and plan how to fill them.",
    "The constabulary should evaluate the benefits of its collaborative arrangements with other forces, so that it can be sure they provide value for money.",
]
OL03_AFI_FUT = [
    "The constabulary should set out in detail how its workforce will need to change over the next four years, and how it will pay for that change.",
]
OL03_HMI = ("Matthias Pennock-Lowe", "HM Inspector of Constabulary")

# ol04 -- Gwent Police, PEEL leadership 2016 (HMIC, ungraded)
OL04_AFI = [
    "The force should improve how it identifies and develops talented officers and staff at every rank and grade, and make its selection processes open and fair to all.",
    "The force should seek regular feedback from its workforce about the quality of leadership, and show how it has acted on what it is told.",
]
OL04_PCC = ("Glenys Rhys-Morgan", "Police and Crime Commissioner for Gwent")
OL04_CC = ("Aled Prydderch", "Chief Constable")
OL04_HMI = ("Rosalind Ashworth-Kerr", "HM Inspector of Constabulary")

# ol05 -- West Yorkshire Police, crime data integrity 2016 (HMIC, not PEEL)
OL05_COC = "West Yorkshire Police is failing to record a large proportion of the crimes reported to it, and in particular crimes of violence and sexual offences."
OL05_RECS = [
    "Within three months, the force should put in place an action plan to make sure that crimes reported through its public service centre are recorded within 24 hours of the report being received.",
    "Within six months, the force should train every officer and member of staff who makes crime-recording decisions in the Home Office Counting Rules.",
]
OL05_HMI = ("Cedric Ollerenshaw", "HM Inspector of Constabulary")

# ol06 -- Lancashire Constabulary, PEEL effectiveness 2017 (HMICFRS)
OL06_COC = "Lancashire Constabulary does not respond quickly enough to calls from vulnerable people, and too often it delays attending incidents of domestic abuse without a proper assessment of the risk to the victim."
OL06_RECS = [
    "The constabulary should immediately review how its control room grades calls from vulnerable people, so that response times reflect the level of risk.",
    "Within three months, the constabulary should introduce supervisory checks on every delayed attendance to an incident of domestic abuse.",
]
OL06_AFI_PREV = [
    "The constabulary should evaluate its problem-solving work with partner organisations, so that it understands what works and shares this across its neighbourhood teams.",
]
OL06_AFI_VUL = [
    "The constabulary should improve the quality of its risk assessments for missing children, so that officers search for them with the right level of urgency.",
]
OL06_HMI = ("Matthias Pennock-Lowe", "HM Inspector of Constabulary")

# ol07 -- Northumbria Police, PEEL 2014 efficiency (Valuing the Police) (HMIC)
OL07_HMI = ("Fenella Quarrie", "HM Inspector of Constabulary")
OL07_CC = ("Ruairi Dalgetty", "Chief Constable")
OL07_PCC = ("Moira Tulloch-Hay", "Police and Crime Commissioner")

# ol08 -- Nottinghamshire Police, PCC response to PEEL legitimacy 2017 (HMICFRS)
OL08_AFI = [
    ("ethical-lawful-workforce",
     "The force should ensure that it complies with the national vetting guidelines, and that all its officers and staff hold the vetting clearance their posts require.",
     "A vetting recovery plan was approved in January 2018. Additional vetting officers have been recruited and the backlog of renewals is expected to be cleared by the end of the year."),
    ("ethical-lawful-workforce",
     "The force should make sure that its professional standards department records and assesses all intelligence about the abuse of position for a sexual purpose.",
     None),
    ("fair-treatment-workforce",
     "The force should improve the way it manages the performance of its officers and staff, so that everyone has a meaningful annual review.",
     "A new performance conversation framework went live in March 2018; completion rates are reported to the chief officer team every month."),
]
OL08_PCC = ("Barnaby Coultas", "Police and Crime Commissioner")
OL08_CC = ("Imelda Strachan-Fyfe", "Chief Constable")
OL08_DCC = ("Roderick Emsall", "Deputy Chief Constable")
