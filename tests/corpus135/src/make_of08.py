"""of08.csv: Warwickshire Police PEEL 2021/22 action plan, exported from a spreadsheet
(UTF-8 with BOM, CRLF, as Excel's "CSV UTF-8" writes it)."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "of08.csv")

rows = [
    ["Warwickshire Police - PEEL 2021/22 improvement tracker", "", "", "", "", "", "", "", ""],
    ["Exported 14/03/2023 from the Organisational Learning workbook", "", "", "", "", "", "", "", ""],
    ["Ref", "Type", "PEEL area", "Area grade", "HMICFRS wording", "Our action", "Owner", "Target date", "Status / latest update"],
    ["CoC1", "Cause of concern", "Investigating crime", "Requires improvement",
     "The force does not make sure that investigations are carried out to a consistently good standard or that victims are supported throughout.",
     "Investigation improvement programme (Op Keystone)", "Deputy Chief Constable Hannah Corrigan", "31/10/2023",
     "On track - quality audits show 68% of crimes with a compliant investigation plan, up from 41%"],
    ["CoC1-R1", "Recommendation", "Investigating crime", "",
     "Within three months, the force should make sure that all investigations have a documented plan that is reviewed by a supervisor.",
     "Mandatory plan field on Athena; supervisor dashboards", "Head of Investigations", "30/06/2023", "Complete"],
    ["CoC1-R2", "Recommendation", "Investigating crime", "",
     "Within six months, the force should make sure that it seeks and records the views of victims before it finalises a crime with an outcome of evidential difficulties.",
     "Victim voice form; dip sampling by Crime Registrar", "Head of Investigations", "31/10/2023", ""],
    ["AFI1", "Area for improvement", "Responding to the public", "Requires improvement",
     "The force should make sure that it answers emergency and non-emergency calls within national and local standards.",
     "Contact centre workforce plan; new telephony", "Head of Contact", "31/12/2023", "Behind plan - telephony contract delayed"],
    ["AFI2", "Area for improvement", "Protecting vulnerable people", "Adequate",
     "The force should improve its understanding of the demand relating to vulnerability, including hidden harms.",
     "Vulnerability problem profile", "Head of Public Protection", "30/09/2023", "On track"],
    ["AFI3", "Area for improvement", "Good use of resources", "Adequate",
     "The force should develop a clear plan for the workforce, setting out the skills it will need after the end of the strategic alliance with West Mercia Police.",
     "Strategic workforce plan 2023-26", "Director of People", "31/03/2023", "Complete"],
    ["NAT-07", "National recommendation", "Vetting (thematic, 2022)", "n/a",
     "By 31 October 2023, chief constables should make sure their forces have enough vetting staff.",
     "Business case approved", "Head of Professional Standards", "31/10/2023", "On track"],
    ["GP1", "Good practice", "Preventing crime", "Good",
     "Rural crime team working with farmers and landowners",
     "Share with Regional Rural Crime Network", "Chief Inspector, Rural Crime", "n/a", "Complete"],
]

with open(OUT, "w", newline="", encoding="utf-8-sig") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
print("wrote", OUT)
