"""Write docs/kq04.txt: a Dyfed-Powys PCC news item copied from the web, saved as
windows-1252 with CRLF line endings (as Notepad on an office PC would save it).

    python3 src/make_kq04.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kq04.txt")

TEXT = """Comisiynydd Heddlu a Throseddu Dyfed-Powys | Dyfed-Powys Police and Crime Commissioner
Home > News > Commissioner responds to inspection report
Cymraeg | English

Commissioner responds to inspection report
Posted: 12 September 2024

Inspectors have found that Dyfed Powys Police is outstanding at preventing crime, in a report published today as part of the PEEL 2023–2025 programme.

Mae arolygwyr wedi canfod bod Heddlu Dyfed-Powys yn rhagorol am atal troseddu.

The report, by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services, looked at eight areas of the force’s work. As well as the outstanding grade for preventing crime, the force was rated:

•	good for police powers and public treatment;
•	good for responding to the public;
•	good for protecting vulnerable people;
•	good for managing offenders;
•	good for building, supporting and protecting the workforce;
•	adequate for investigating crime; and
•	adequate for leadership and force management.

Police and Crime Commissioner Elinor Prydderch-Jones said:

“This is a strong report for the communities of Carmarthenshire, Ceredigion, Pembrokeshire and Powys. Our force area is the largest in England and Wales, and inspectors have recognised the work that goes into keeping people safe across it. I will now be asking the Chief Constable how the force intends to improve investigations, where the grade was adequate.”

Chief Constable Rhodri ap Gwilym said:

“I’m proud of every officer, PCSO, special constable and member of staff. The inspectors were clear about where we need to do better, and we have a plan in place.”

What the inspectors said needs to improve

The report sets out four areas for improvement. Two of them concern investigations:

- The force should make sure that investigation plans are recorded and that supervisors review them regularly.
- The force should make sure it gives victims the information they are entitled to under the Code of Practice for Victims of Crime.

The other two concern the force’s plans for its workforce and its use of data:

- The force should make sure that it has enough detectives to meet demand, and that it has a realistic plan to recruit and train them.
- The force should improve the quality of the performance information available to its managers.

The Commissioner’s formal response to the report will be published within 56 days, as the law requires. It will include the force’s update on each area for improvement.

Notes

The PEEL inspections are carried out by the inspectorate and cover all 43 police forces in England and Wales. Other national police bodies are inspected separately.

Mid and West Wales Fire and Rescue Service is inspected by the Welsh Government’s chief fire and rescue adviser, not under PEEL.

The Commissioner will hold public engagement sessions with Powys County Council and Ceredigion County Council during October. The 2025/26 police precept consultation opens on 1 November 2024.

Cysylltwch â ni | Contact us: opcc@dyfed-powys.police.uk
© Comisiynydd Heddlu a Throseddu Dyfed-Powys 2024 | Cookies | Accessibility | Privacy
"""

with open(OUT, "wb") as fh:
    fh.write(TEXT.replace("\n", "\r\n").encode("cp1252"))
print("wrote", OUT)
