"""Write docs/ke01.txt: short news alerts / social posts, windows-1252 with CRLF line ends."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ke01.txt")

POSTS = """\
Saved posts \u2013 #PEEL (exported from the comms team's monitoring tool)
Search: "PEEL" OR "HMICFRS" \u2013 last 90 days \u2013 6 results shown of 41

----
Liverpool Echo Crime Desk @EchoCrimeDesk \u00b7 4 Sep 2025
JUST IN: Merseyside rated \u2018outstanding\u2019 for preventing crime by @HMICFRS \u2013 one of only a handful of forces to get the top grade in that area this round (2023\u201325). More to follow.
12 reposts  31 likes

----
KentOnline Alerts @KOalerts \u00b7 11 Sep 2025
Kent\u2019s detectives get an \u2018adequate\u2019 for investigating crime in the watchdog\u2019s new PEEL report, published this morning. Chief constable says \u201cwe know where we need to go further\u201d.
4 reposts  9 likes

----
Sussex Express @SxExpressNews \u00b7 17 Sep 2025
Watchdog: Sussex \u201crequires improvement\u201d when it comes to responding to the public. Too many 101 callers gave up before getting through, inspectors found. #PEEL #Sussex
22 reposts  40 likes

----
Essex Live Breaking @EssexLiveBreak \u00b7 25 Sep 2025
Essex graded GOOD at protecting vulnerable people in latest inspection of the force (PEEL 2023\u201325). Separately, the county\u2019s fire service was judged good for prevention earlier this year.
7 reposts  15 likes

----
Plymouth Herald News @PlymHeraldNews \u00b7 20 Feb 2025
Inspectors say D&C requires improvement in answering and responding to the public \u2013 999 answer times still behind target. Full story on our site. #PEEL
19 reposts  28 likes
   \u21b3 Reply from @CornwallLiveNews: Same report also has Devon & Cornwall as \u2018good\u2019 for managing offenders and suspects.

----
Notts TV News @NottsTVNews \u00b7 18 Oct 2022
Notts Police \u201coutstanding\u201d at preventing crime, says today\u2019s HMICFRS report. The force\u2019s next PEEL visit is expected in 2024/25. Council tax precept consultation closes 31 Jan.
51 reposts  88 likes

----
Pinned by @HMICFRS \u00b7 2 Jun 2025
Across England and Wales we have now published 30 PEEL reports in this round: 5 forces graded outstanding in at least one area. Find your force: justiceinspectorates.gov.uk/hmicfrs

End of export. Generated 1 Oct 2025 09:14. Cookie preferences last updated 12 Mar 2025.
"""

POSTS = POSTS.replace("\u21b3", ">")

with open(OUT, "wb") as fh:
    fh.write(POSTS.replace("\n", "\r\n").encode("cp1252"))
print("wrote", OUT)
