"""Write docs/lq09.txt: an email saved as text, windows-1252 with CRLF line endings."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BODY = 'From: Office of the Northamptonshire Police, Fire and Crime Commissioner <opfcc@northantspfcc.example.gov.uk>\nTo: Panel Members <pfcp-members@northnorthants.example.gov.uk>\nDate: Mon, 7 Nov 2022 16:42:09 +0000\nSubject: PEEL 2021/22 – briefing before Thursday’s Panel (item 6)\n\nDear Panel members, ahead of Thursday: in PEEL 2021/22 Northamptonshire Police ‘requires improvement’ at investigating crime and is adequate at responding to the public.\nThe Commissioner’s full response to the inspection report is attached, with the force’s update on each area for improvement.\n\nJoanne Pilbeam\nPolicy and Scrutiny Officer | OPFCC Northamptonshire\n\nAttachments: PFCC-response-PEEL-2021-22.pdf (412 KB)\n\nThis email and any attachments are OFFICIAL and intended only for the people they are addressed to. If you have received it in error, please tell the sender and delete it. Emails may be monitored.\n'

with open(os.path.join(HERE, "..", "docs", "lq09.txt"), "wb") as fh:
    fh.write(BODY.replace("\n", "\r\n").encode("cp1252"))
