"""kc10.csv: Gloucestershire OPCC performance scorecard, Q2 2025/26 (standard library).
UTF-8 with a byte-order mark and CRLF line endings, as a spreadsheet export."""
import csv
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kc10.csv")
HEAD = ["Ref", "Priority", "Indicator", "Measure period", "Baseline", "Target", "Actual",
        "Direction of travel", "RAG", "Commentary"]
P1, P2, P3, P4, P5 = ("1 Accessible and accountable", "2 Better lives",
                      "3 Safer days and nights", "4 Safer cyber", "5 Effective and efficient")
ROWS = [
    ["G-01", P1, "999 calls answered within 10 seconds", "Jul-Sep 2025", "84.2%", "90.0%", "91.7%", "Improving", "Green", "National standard met for the second quarter running"],
    ["G-02", P1, "Average 101 answer time (mm:ss)", "Jul-Sep 2025", "07:41", "03:00", "04:12", "Improving", "Amber", "Call-back option launched 1 September"],
    ["G-03", P1, "101 abandonment rate", "Jul-Sep 2025", "24.6%", "10.0%", "15.3%", "Improving", "Amber", ""],
    ["G-04", P1, "Online reports acknowledged within 24 hours", "Jul-Sep 2025", "88%", "95%", "96%", "Improving", "Green", ""],
    ["G-05", P1, "Public confidence that police do a good job (survey)", "Rolling 12 months to Sep 2025", "61%", "70%", "63%", "Improving", "Amber", "Local survey n=2,406"],
    ["G-06", P1, "Complaints logged within 2 working days", "Jul-Sep 2025", "74%", "90%", "87%", "Improving", "Amber", ""],
    ["G-07", P1, "Stop and search: positive outcome rate", "Jul-Sep 2025", "27%", "30%", "31%", "Improving", "Green", "Disproportionality ratio 2.9 (Black/White)"],
    ["G-08", P2, "Domestic abuse: repeat victims within 12 months", "Rolling 12 months to Sep 2025", "33%", "28%", "30%", "Improving", "Amber", ""],
    ["G-09", P2, "Domestic abuse: arrest rate", "Jul-Sep 2025", "29%", "35%", "33%", "Improving", "Amber", ""],
    ["G-10", P2, "Rape: charge/summons rate", "Rolling 12 months to Sep 2025", "5.1%", "8.0%", "7.2%", "Improving", "Amber", "Operation Soteria model adopted"],
    ["G-11", P2, "Missing children: return interviews offered within 72 hours", "Jul-Sep 2025", "79%", "95%", "92%", "Improving", "Amber", "County council measure"],
    ["G-12", P2, "Victims referred to commissioned support", "Jul-Sep 2025", "3,402", "-", "3,877", "Increasing", "N/A", "Not targeted"],
    ["G-13", P2, "Victim satisfaction: whole experience", "Rolling 12 months to Sep 2025", "71%", "80%", "74%", "Improving", "Amber", ""],
    ["G-14", P3, "Total recorded crime", "Jul-Sep 2025", "12,118", "-", "11,640", "Reducing", "N/A", "Not targeted; monitored"],
    ["G-15", P3, "Residential burglary", "Jul-Sep 2025", "498", "450", "431", "Reducing", "Green", ""],
    ["G-16", P3, "Violence with injury", "Jul-Sep 2025", "1,288", "1,250", "1,302", "Increasing", "Red", "Night-time economy in Cheltenham and Gloucester"],
    ["G-17", P3, "Anti-social behaviour incidents", "Jul-Sep 2025", "3,914", "3,700", "3,522", "Reducing", "Green", ""],
    ["G-18", P3, "Killed or seriously injured on roads", "Rolling 12 months to Sep 2025", "341", "310", "326", "Reducing", "Amber", ""],
    ["G-19", P3, "Emergency incidents attended within target (urban 15 min)", "Jul-Sep 2025", "76%", "85%", "80%", "Improving", "Amber", ""],
    ["G-20", P3, "Emergency incidents attended within target (rural 20 min)", "Jul-Sep 2025", "71%", "85%", "77%", "Improving", "Amber", ""],
    ["G-21", P3, "Overall charge/summons rate", "Jul-Sep 2025", "6.4%", "9.0%", "8.1%", "Improving", "Amber", ""],
    ["G-22", P3, "Unallocated crimes at quarter end", "30 Sep 2025", "1,310", "300", "402", "Reducing", "Amber", "Investigation Standards Board"],
    ["G-23", P4, "Fraud and cyber crime reports", "Jul-Sep 2025", "1,046", "-", "1,118", "Increasing", "N/A", "Action Fraud referrals"],
    ["G-24", P4, "Fraud victims contacted by Economic Crime Unit within 28 days", "Jul-Sep 2025", "82%", "95%", "94%", "Improving", "Amber", ""],
    ["G-25", P4, "Digital devices awaiting examination", "30 Sep 2025", "588", "250", "349", "Reducing", "Amber", ""],
    ["G-26", P5, "Police officer strength (FTE)", "30 Sep 2025", "1,307", "1,325", "1,319", "Increasing", "Amber", ""],
    ["G-27", P5, "Officer sickness (days per FTE, rolling 12 months)", "Rolling 12 months to Sep 2025", "11.2", "9.0", "10.1", "Improving", "Amber", ""],
    ["G-28", P5, "Vetting renewals overdue", "30 Sep 2025", "218", "0", "37", "Reducing", "Amber", "See Annual Governance Statement issue 5"],
    ["G-29", P5, "Revenue forecast variance", "Month 6 2025/26", "-", "+/-1%", "-0.4%", "Stable", "Green", "Forecast underspend of £0.6m"],
    ["G-30", P5, "Savings delivered against plan", "Month 6 2025/26", "-", "£2.1m", "£1.3m", "On plan", "Green", ""],
    ["G-31", P5, "Internal audit actions overdue", "30 Sep 2025", "9", "0", "4", "Reducing", "Amber", "Two limited assurance reports outstanding"],
    ["G-32", P5, "HMICFRS PEEL grade: investigating crime", "Latest inspection", "Requires improvement (PEEL 2021/22)", "Adequate", "Inadequate (PEEL 2023-25)", "Deteriorating", "Red", "Cause of concern and four recommendations; force in Engage phase of monitoring"],
    ["G-33", P5, "HMICFRS PEEL grade: responding to the public", "Latest inspection", "Adequate (PEEL 2021/22)", "Good", "Requires improvement (PEEL 2023-25)", "Deteriorating", "Red", "Linked to G-02 and G-03"],
    ["G-34", P5, "HMICFRS PEEL grade: protecting vulnerable people", "Latest inspection", "Requires improvement (PEEL 2021/22)", "Adequate", "Requires improvement (PEEL 2023-25)", "No change", "Amber", ""],
    ["G-35", P5, "HMICFRS PEEL grade: preventing crime", "Latest inspection", "Good (PEEL 2021/22)", "Good", "Good (PEEL 2023-25)", "No change", "Green", ""],
    ["G-36", P5, "HMICFRS PEEL: open areas for improvement", "30 Sep 2025", "12", "0", "7", "Reducing", "Amber", "Texts in Commissioner's section 55 response"],
    ["G-37", P5, "HMICFRS crime data integrity inspection", "Standalone inspection", "Requires improvement (2019)", "-", "Not re-inspected", "N/A", "N/A", "Crime recording now assessed within PEEL"],
    ["G-38", P5, "HMICFRS/HMIP custody inspection recommendations open", "30 Sep 2025", "3", "0", "1", "Reducing", "Green", "Joint inspection of police custody, 2024"],
    ["G-39", P5, "Vetting, misconduct and misogyny thematic: recommendations open", "30 Sep 2025", "14", "0", "2", "Reducing", "Green", "National recommendations to chief constables"],
    ["G-40", P5, "Estates: buildings rated good or better (condition survey)", "2025 survey", "58%", "75%", "64%", "Improving", "Amber", ""],
    ["G-41", P5, "Fleet availability", "Jul-Sep 2025", "89%", "93%", "91%", "Improving", "Amber", ""],
    ["G-42", P5, "Carbon emissions (tCO2e, rolling 12 months)", "Rolling 12 months to Sep 2025", "6,902", "6,200", "6,480", "Reducing", "Amber", ""],
]
with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh)  # default line terminator is CRLF
    w.writerow(["Gloucestershire Police and Crime Commissioner - Police and Crime Plan performance scorecard, Quarter 2 2025/26 (Gloucestershire Constabulary data)"] + [""] * 9)
    w.writerow(HEAD)
    for r in ROWS:
        assert len(r) == len(HEAD), r
        w.writerow(r)
    w.writerow(["Key: RAG Green = on or better than target; Amber = within 10% of target or improving; Red = worse than baseline. Direction of travel compares Actual with Baseline. Data are provisional and may change."] + [""] * 9)
print("wrote", OUT)
