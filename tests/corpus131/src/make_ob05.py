"""ob05.txt: a weekly newspaper's corrections column, written out in cp1252 with CRLF.

    python3 src/make_ob05.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ob05.txt")

TEXT = """WESTERN TELEGRAPH & MID WALES HERALD
Corrections and clarifications
Week ending Saturday 19 November 2022

We aim to correct significant errors as quickly as we can. To report an error, email the readers\u2019 editor at corrections@wtmwh.example or write to the address on page 2.

\u2014

Police inspection (page 5, 12 November)
An article headlined \u201cForce told: do better on investigations\u201d said Dyfed-Powys Police had been graded inadequate for investigating crime in the latest PEEL inspection by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). That was wrong. In the 2021/22 PEEL inspection the force was graded adequate, not inadequate, for investigating crime. The article has been corrected online.

\u2014

Caption (page 9, 12 November)
A photo caption said South Wales Police had been rated \u201coutstanding\u201d for preventing crime. In its 2021/22 PEEL report the inspectorate rated the force good for preventing crime and anti-social behaviour. No force in Wales was rated outstanding in that area.

\u2014

Commissioner\u2019s title (page 5, 12 November)
In the same article we described Dafydd Llywelyn, the Police and Crime Commissioner for Dyfed-Powys, as the force\u2019s \u201cchair\u201d. Mr Llywelyn is the elected commissioner; the force has no chair.

\u2014

North Wales Police (page 14, 5 November)
Amanda Blakeman is the Chief Constable of North Wales Police, not its Deputy Chief Constable as we said in a report on rural crime. We apologise to Ms Blakeman for the error.

\u2014

Care home rating (page 21, 5 November)
A report on Ty\u2019r Ywen care home in Llandeilo said inspectors had found its care to be \u201cgood in every respect\u201d. Care Inspectorate Wales reported that the home was good in three of its four themes and that the fourth, leadership and management, required improvement.

\u2014

Rugby (page 46, 12 November)
We gave the wrong score for Narberth\u2019s win over Tenby United. It was 24-17, not 24-7.
"""

with open(OUT, "wb") as fh:
    fh.write(TEXT.replace("\n", "\r\n").encode("cp1252"))
print("wrote", OUT)
