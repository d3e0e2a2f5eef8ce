"""nn09.csv: Bedfordshire Police HMICFRS action tracker export (standard library)."""
import csv, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nn09.csv")
HEAD = ["Force", "Ref", "Source inspection", "Published", "PEEL area", "Area grade", "Type", "Finding",
        "Owner", "RAG", "Latest update", "Last updated"]
ROWS = [
    ["BP-101", "HMICFRS PEEL 2023-25", "12/03/2024", "Investigating crime", "Requires improvement", "AFI",
     "The force should make sure that investigations are allocated to staff with the skills and capacity to carry them out.",
     "ACC Crime", "Amber", "Allocation matrix live since July 2024; audit due Q4.", "02/10/2024"],
    ["BP-102", "HMICFRS PEEL 2023-25", "12/03/2024", "Investigating crime", "Requires improvement", "AFI",
     "The force should improve how it records and acts on victims' wishes when they withdraw support for a prosecution.",
     "ACC Crime", "Red", "", "02/10/2024"],
    ["BP-103", "HMICFRS PEEL 2023-25", "12/03/2024", "Responding to the public", "Adequate", "AFI",
     "The force should reduce the number of 101 calls that are abandoned before they are answered.",
     "ACC Operations", "Green", "Abandonment rate down from 24% to 9% after online reporting changes.", "18/09/2024"],
    ["BP-104", "HMICFRS PEEL 2023-25", "12/03/2024", "Leadership and force management", "Good", "AFI",
     "The force should make sure that it understands the wellbeing needs of its workforce, including those of staff in the control room.",
     "Director of People", "Green", "Occupational health review completed August 2024.", "18/09/2024"],
    ["BP-105", "HMICFRS PEEL 2023-25", "12/03/2024", "Police powers and public treatment", "Good", "Good practice",
     "Youth scrutiny panel reviews body-worn video of stop and search encounters.",
     "ACC Local Policing", "n/a", "Shared with Hertfordshire Constabulary and Cambridgeshire Constabulary.", "01/07/2024"],
    ["BP-086", "HMICFRS PEEL 2021/22", "27/05/2022", "Protecting vulnerable people", "Adequate", "AFI",
     "The force should make sure that officers record the voice of the child when attending domestic abuse incidents.",
     "ACC Crime", "Amber", "Carried forward. Body-worn video prompt added to domestic abuse form.", "02/10/2024"],
    ["BP-090", "Vetting, misconduct and misogyny (2022)", "02/11/2022", "", "", "Recommendation",
     "By October 2023, chief constables should make sure that all officers and staff have been checked against the Police National Database.",
     "Head of Professional Standards", "Green", "Complete.", "01/07/2024"],
]
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(HEAD)
    w.writerows([["Bedfordshire Police"] + r for r in ROWS])
print("wrote", OUT)
