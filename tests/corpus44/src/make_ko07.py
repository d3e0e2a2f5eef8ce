"""ko07.csv: a report tracker exported from the Staffordshire Commissioner's Office (cp1252, CRLF)."""
import csv
import io
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ko07.csv")

HEAD = ["Ref", "Report title", "Report type", "Service", "Published", "Inspectorate",
        "Item type", "Area", "Grade (where given)", "Recommendation / AFI text", "Owner",
        "RAG", "Latest update", "Last reviewed"]
ROWS = [
    ["P23-01", "PEEL 2023–25: An inspection of Staffordshire Police", "PEEL", "Police",
     "14/11/2024", "HMICFRS", "Area for improvement", "Investigating crime", "Requires improvement",
     "The force should make sure that it carries out thorough initial investigations, so that "
     "evidence is not lost.", "ACC Crime",
     "Amber", "Investigation standards training delivered to 420 response officers; audit due "
     "March 2025.", "03/02/2025"],
    ["P23-02", "PEEL 2023–25: An inspection of Staffordshire Police", "PEEL", "Police",
     "14/11/2024", "HMICFRS", "Area for improvement", "Investigating crime", "Requires improvement",
     "The force should improve the quality of supervision of investigations.", "ACC Crime",
     "Amber", "", "03/02/2025"],
    ["P23-03", "PEEL 2023–25: An inspection of Staffordshire Police", "PEEL", "Police",
     "14/11/2024", "HMICFRS", "Area for improvement", "Protecting vulnerable people", "Adequate",
     "The force should make sure that officers complete a risk assessment at every domestic "
     "abuse incident and that the assessment is reviewed by a supervisor.", "ACC Local Policing",
     "Green", "DASH completion now 97% (January). Supervisory review added to the Athena "
     "workflow.", "03/02/2025"],
    ["P23-04", "PEEL 2023–25: An inspection of Staffordshire Police", "PEEL", "Police",
     "14/11/2024", "HMICFRS", "Area for improvement", "Responding to the public", "Good",
     "The force should make sure it records the vulnerability of callers consistently in its "
     "call handling system.", "Head of Contact",
     "Green", "Complete – THRIVE fields made mandatory 6 January 2025.", "03/02/2025"],
    ["P21-07", "PEEL 2021/22: An inspection of Staffordshire Police", "PEEL", "Police",
     "10/06/2022", "HMICFRS", "Area for improvement", "Good use of resources", "",
     "The force should develop a workforce plan that sets out the skills it will need over the "
     "next five years.", "Director of People",
     "Amber", "Strategic workforce plan 2025–2030 approved by the Chief Officer Group in "
     "December 2024.", "03/02/2025"],
    ["C25-01", "Report on an unannounced inspection visit to police custody suites in "
     "Staffordshire", "Joint inspection (custody)", "Police", "21/01/2025",
     "HMICFRS and HM Inspectorate of Prisons", "Cause of concern", "Custody", "",
     "The force could not assure itself that detainees at risk of self-harm were observed at "
     "the frequency set in their care plans.", "Chief Inspector Custody",
     "Red", "Observation audit started; early results show 78% compliance.", "03/02/2025"],
    ["C25-02", "Report on an unannounced inspection visit to police custody suites in "
     "Staffordshire", "Joint inspection (custody)", "Police", "21/01/2025",
     "HMICFRS and HM Inspectorate of Prisons", "Recommendation", "Custody", "",
     "The force should make sure that detainees who are children are transferred to local "
     "authority accommodation when they are charged and refused bail.", "Chief Inspector Custody",
     "Amber", "Protocol with Staffordshire County Council and Stoke-on-Trent City Council under "
     "review.", "03/02/2025"],
    ["CDI-19-02", "Crime data integrity inspection 2019 – Staffordshire Police",
     "Force inspection", "Police", "12/09/2019", "HMICFRS", "Recommendation", "Crime recording",
     "Requires improvement",
     "Within three months, the force should make sure that reports of crime received through "
     "its online channels are recorded within 24 hours.", "Force Crime Registrar",
     "Green", "Closed – confirmed by HMICFRS in the 2023–25 PEEL inspection.", "03/02/2025"],
    ["T22-11", "An inspection of vetting, misconduct, and misogyny in the police service",
     "National thematic", "Police", "02/11/2022", "HMICFRS", "Recommendation",
     "Vetting", "",
     "By 31 October 2023, chief constables should make sure that their vetting units review "
     "intelligence on every applicant before a vetting decision is made.",
     "Head of Professional Standards", "Green", "Complete.", "03/02/2025"],
    ["SC24-03", "Super-complaint: the police response to victims of stalking",
     "Super-complaint", "Police", "05/06/2024",
     "HMICFRS, College of Policing and IOPC", "Recommendation", "Stalking", "",
     "Chief constables should make sure that a stalking protection order is considered in every "
     "case of stalking.", "ACC Local Policing", "Amber",
     "Stalking advocate post funded by the Commissioner from April 2025.", "03/02/2025"],
    ["F23-04", "Staffordshire Fire and Rescue Service: Effectiveness, efficiency and people "
     "2023–25", "Fire inspection", "Fire", "30/07/2024", "HMICFRS", "Area for improvement",
     "Protection", "Good",
     "The service should make sure it allocates enough resources to its risk-based inspection "
     "programme.", "Chief Fire Officer", "Green", "Two additional protection officers in post.",
     "03/02/2025"],
    ["F23-05", "Staffordshire Fire and Rescue Service: Effectiveness, efficiency and people "
     "2023–25", "Fire inspection", "Fire", "30/07/2024", "HMICFRS", "Area for improvement",
     "Promoting values and culture", "Requires improvement",
     "The service should make sure all staff understand how to raise concerns.",
     "Chief Fire Officer", "Amber", "", "03/02/2025"],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for r in ROWS:
    w.writerow(r)
w.writerow(["", "Exported from the Staffordshire Commissioner's Office recommendations tracker "
            "on 04/02/2025. Open and recently closed items only.", "", "", "", "", "", "", "",
            "", "", "", "", ""])
with open(OUT, "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
