"""s08.txt: Nottinghamshire scrutiny board paper pasted into an email. Written as
windows-1252 with CRLF line endings, as saved from Outlook. Standard library only."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "s08.txt")

TEXT = """\
From: Chandran, Priya <priya.chandran@notts.pcc.pnn.gov.uk>
Sent: 03 March 2025 16:42
To: SRP Board Members <srpboard@notts.pcc.pnn.gov.uk>
Cc: OPCC Governance <governance@notts.pcc.pnn.gov.uk>
Subject: RE: SRP Board 13 March – Item 5 – PEEL improvement plan, quarter 3 update
Attachments: Item5_PEEL_Q3_v0.4.docx

Hi all,

Several of you said the attachment wouldn’t open on your tablets, so I’ve pasted the paper for Item 5 below. The formatting has suffered a bit, apologies. The numbers in section 4 are the force’s figures to the end of January.

Priya

-----Original Message-----
From: Force Governance Unit <governance.unit@notts.police.uk>
Sent: 28 February 2025 11:05
To: Chandran, Priya <priya.chandran@notts.pcc.pnn.gov.uk>
Subject: SRP Board 13 March – Item 5 paper (final)

Priya – final version attached, signed off by the DCC this morning. Thanks, Mark


STRATEGIC RESOURCES AND PERFORMANCE BOARD
Nottinghamshire Office of the Police and Crime Commissioner

Subject:     PEEL 2023–25 improvement plan – quarter 3 update
Date:        13 March 2025
Report of:   Deputy Chief Constable Helen Stroud-Mayhew
Agenda item: 5
Status:      Public

1. PURPOSE

1.1 To update Commissioner Rosalind Ashcombe on the progress Nottinghamshire Police has made against the cause of concern, recommendations and areas for improvement in the HMICFRS report "PEEL 2023–25: An inspection of Nottinghamshire Police", published on 19 November 2024.

2. RECOMMENDATION

2.1 That the Commissioner notes the progress set out below and the revised dates in section 5.

3. BACKGROUND

3.1 The report graded the force in eight areas:

   Preventing crime and anti-social behaviour ............ Good
   Managing offenders and suspects ....................... Good
   Police powers and public treatment .................... Adequate
   Investigating crime ................................... Adequate
   Protecting vulnerable people .......................... Adequate
   Building, supporting and protecting the workforce ..... Adequate
   Responding to the public .............................. Requires improvement
   Leadership and force management ....................... Requires improvement

3.2 Providing a service to victims of crime was assessed but not graded. For comparison, the 2021/22 inspection graded investigating crime as requires improvement, so that area has improved by one grade.

3.3 The report contains one cause of concern with two recommendations, and seven areas for improvement. AFIs 4 to 7 were closed by the Board in December 2024 and are not repeated in this paper.

4. CAUSE OF CONCERN AND RECOMMENDATIONS

Cause of concern (Responding to the public)

Nottinghamshire Police is not answering emergency and non-emergency calls quickly enough, and it does not always attend incidents within the times it has set. This means that some vulnerable people are put at risk.

Recommendation 1
Within six months, the force should:
   – make sure it has enough trained call handlers to answer calls at times of peak demand; and
   – reduce the number of non-emergency calls that are abandoned before they are answered.

Force update: 41 call handlers were recruited between October and January. 999 calls answered within 10 seconds: 88.2% in January (target 90%). 101 abandonment fell from 24% to 13%. A new shift pattern for the control room goes live on 1 April.

Recommendation 2
Within six months, the force should make sure that it attends priority incidents within the times it has set, and that it reviews the risk to callers whose attendance is delayed.

Force update: Priority attendance within 60 minutes was 71% in January (target 85%). A "delayed attendance" review by the control room inspector is now mandatory after 45 minutes. Red – date revised to September 2025.

5. AREAS FOR IMPROVEMENT

AFI 1 (Leadership and force management)
The force should make sure it has a workforce plan that shows how it will meet future demand, including the skills it needs in its control room.

Force update: Draft workforce plan to Chief Officer Team on 18 March. Amber.

AFI 2 (Investigating crime)
The force should make sure that investigations are allocated to investigators with the right level of training and experience.

Force update: Crime allocation policy revised in December. Dip sample of 150 crimes in February found 92% correctly allocated. Green.

AFI 3 (Protecting vulnerable people)
The force should make sure that it uses all available powers, including domestic abuse protection orders, to protect victims.

Force update: To follow at the June Board.

6. FINANCIAL IMPLICATIONS

6.1 The additional call handlers are funded from the £1.9m control room investment agreed in the 2025/26 budget. No further funding is requested.

7. CONTACT

Chief Constable Gareth Millward has asked that any questions about this paper be sent to the Force Governance Unit before the Board.


Kind regards

Priya Chandran
Performance and Assurance Manager
Nottinghamshire Office of the Police and Crime Commissioner
Arnot Hill House | Arnold | Nottingham
Tel: 0115 844 5998
www.nottinghamshire.pcc.police.uk

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Nottinghamshire Office of the Police and Crime Commissioner accepts no liability for any loss or damage caused by viruses.
"""

data = TEXT.replace("\n", "\r\n").encode("cp1252")
with open(OUT, "wb") as fh:
    fh.write(data)
print("wrote", OUT, len(data), "bytes")
