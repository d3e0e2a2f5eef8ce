"""j06.csv: an export of a force / OPCC tracker of inspection recommendations and areas for
improvement (Hertfordshire). UTF-8 with a byte-order mark and CRLF line endings, as Excel's
"CSV UTF-8" export writes it. Standard library only."""
import csv
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "j06.csv")

HEAD = ["Ref", "Type", "Source report", "Published", "Area",
        "Recommendation / area for improvement", "Owner", "Status", "Update", "Last reviewed"]
ROWS = [
    ["H22-03", "AFI", "HMICFRS PEEL 2021/22", "14/07/2022", "Recording data about crime",
     "The force should make sure that it records as crimes all reports of anti-social "
     "behaviour that should be recorded as crimes.",
     "ACC N. Delacroix", "Closed",
     "Crime recording audit (Mar 2023) found 96% compliance for ASB-related crime.\n"
     "Closed by Chief Officer Group 11/04/2023.", "11/04/2023"],
    ["H22-07", "AFI", "HMICFRS PEEL 2021/22", "14/07/2022", "Developing a positive workplace",
     "The force should improve how it monitors the workload of its detective constables.",
     "ACC R. Oduya", "Closed",
     "Workload dashboard live on Power BI since Jan 2023; reviewed monthly at the crime "
     "performance meeting.", "02/05/2023"],
    ["H24-01", "AFI", "HMICFRS PEEL 2023\u201325", "21/11/2024", "Investigating crime",
     "The force should make sure that its investigations are of a consistently high standard "
     "and are effectively supervised.",
     "ACC R. Oduya", "Open \u2013 on track",
     "- Investigation quality framework launched 06/01/2025\n"
     "- 30 investigations per district dip-sampled monthly\n"
     "- First quarterly report to PCC Accountability Board: April 2025", "17/03/2025"],
    ["H24-02", "AFI", "HMICFRS PEEL 2023\u201325", "21/11/2024", "Protecting vulnerable people",
     "The force should make sure that it identifies vulnerability at the first point of contact, "
     "and that it records the reasons for the risk assessment it makes.",
     "T/ACC S. Kaur-Bennett", "Open \u2013 on track",
     "THRIVE refresher training: 212 of 240 contact staff complete.\n"
     "Audit of rationale recording planned for May 2025.", "17/03/2025"],
    ["H24-03", "AFI", "HMICFRS PEEL 2023\u201325", "21/11/2024", "Responding to the public",
     "The force should improve how quickly it answers non-emergency calls, including those "
     "made through its online reporting channels.",
     "T/ACC S. Kaur-Bennett", "Open \u2013 off track", "", "17/03/2025"],
    ["H24-04", "AFI", "HMICFRS PEEL 2023\u201325", "21/11/2024", "Police powers and public treatment",
     "The force should make sure that officers use body-worn video during every stop and "
     "search encounter, and that supervisors review the footage.",
     "ACC N. Delacroix", "Open \u2013 on track",
     "BWV activation for stop and search: 94% (Feb 2025).\n"
     "Supervisor review of footage now recorded on the stop and search app.", "17/03/2025"],
    ["H24-05", "AFI", "HMICFRS PEEL 2023\u201325", "21/11/2024",
     "Building, supporting and protecting the workforce",
     "The force should make sure that officers and staff know how to use its \"Speak Up\" "
     "channels, and that the concerns they raise are acted on.",
     "Director of People", "Open \u2013 at risk",
     "Speak Up relaunched in staff briefings, Feb 2025.\n"
     "Awaiting first analysis of reports - due June 2025.", "17/03/2025"],
    ["N-VMM-12", "Recommendation", "HMICFRS thematic: vetting, misconduct and misogyny "
     "(national)", "02/11/2022", "",
     "By 30 April 2023, chief constables should make sure that their vetting units have "
     "enough resources to meet demand.",
     "Head of Professional Standards", "Closed",
     "Vetting unit uplift of 6 staff agreed in the 2023/24 budget.", "09/06/2023"],
    ["C23-04", "Recommendation", "Joint custody inspection (HMICFRS / HM Inspectorate of "
     "Prisons)", "19/09/2023", "Custody",
     "The force should make sure that all uses of force in custody are recorded and reviewed.",
     "Chief Inspector, Criminal Justice", "Open \u2013 on track",
     "Use of force form added to custody record; monthly review by custody inspector.",
     "12/02/2025"],
]

with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(HEAD)
    w.writerows(ROWS)
    w.writerow(["Exported from OPCC Hertfordshire inspection tracker (Hertfordshire "
                "Constabulary) on 18/03/2025 09:42. Owner names are for internal use."]
               + [""] * 9)
print("wrote", OUT)
