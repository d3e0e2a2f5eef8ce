"""Write docs/oq03.txt: one page of a PCC annual report as `pdftotext -layout` prints it
(two columns side by side on the same lines, a fixed-width grades sidebar, a full-width
section below, a page number and a closing form feed). Standard library only:
    python3 src/make_oq03.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oq03.txt")

HEAD = '    Police and Crime Commissioner for Lincolnshire                     Annual Report 2019/20\n\n\n\n    4. Holding the force to account: inspection\n'
LEFT = 'How the inspectorate judged our police\nEvery police force in England and Wales is\ninspected by His Majesty\'s Inspectorate of\nConstabulary and Fire & Rescue Services\n(HMICFRS). In its PEEL 2018/19 assessment of\nLincolnshire Police, published in September\n2019, the inspectorate found the force good at\nkeeping people safe and reducing crime, and\ngood at treating the public and its workforce\nlegitimately. Efficiency still requires\nimprovement.\n\nThe Commissioner, Marcus Tenby, welcomed the\nimprovement. "Two years ago we were told our\nefficiency required improvement, and it still\ndoes, but the gap is closing," he said.\n\nThat earlier judgement came from the 2017\nefficiency inspection, when HMICFRS graded the\nforce as requires improvement.\n\nThe HMI, Anthea Colebrook,\nHer Majesty\'s Inspector of Constabulary,\npraised the force for what it achieves on\none of the lowest budgets per head in the\ncountry.\n\nFire and rescue\nLincolnshire Fire and Rescue, inspected\nseparately, was judged good at understanding\nthe risk of fire. The Commissioner does not\noversee the fire service, so its grades are\nnot reported here.\n\nChief Constable Harriet Lumsden said the\nforce would publish a single improvement\nplan covering every area for improvement.\n'
RIGHT = 'PEEL 2018/19 AT A GLANCE\nLincolnshire Police\n\nPillar / question            Grade\n----------------------------------------\nEFFECTIVENESS                Good\n Preventing crime and        Requires\n anti-social behaviour       improvement\n Investigating crime and     Good\n reducing re-offending\n Protecting vulnerable       Good\n people\n Serious and organised       Good\n crime\n Specialist capabilities     Not graded\nEFFICIENCY                   Requires\n                             improvement\n Meeting current demands     Requires\n and using resources         improvement\n Planning for the future     Requires\n                             improvement\nLEGITIMACY                   Good\n Fair treatment of the       Good\n public\n Ethical and lawful          Good\n workforce behaviour\n Fair treatment of the       Good\n workforce\n----------------------------------------\nKey: Outstanding | Good |\nRequires improvement | Inadequate\n\nSource: HMICFRS, PEEL 2018/19\n'
FOOT = "\n\n    ------------------------------------------------------------------------------------------\n    Areas for improvement and progress\n\n    HMICFRS set out areas for improvement in the 2018/19 report. The three that matter most to\n    the Commissioner are listed below with the force's progress at 31 March 2020.\n\n    Preventing crime and anti-social behaviour\n\n      1. The force should adopt a structured problem-solving approach in its neighbourhood teams\n         and evaluate what works, so that it can share good practice across the county.\n         Progress: 42 neighbourhood officers trained in the SARA model; an evaluation library\n         went live on the intranet in February 2020.\n\n    Protecting vulnerable people\n\n      2. The force should improve the quality and timeliness of its child protection\n         investigations, making sure that strategy discussions with partners take place\n         promptly.\n         Progress: a joint audit with the local authority is under way and will report in the\n         summer.\n\n    Planning for the future\n\n      3. The force should develop a more detailed understanding of the skills of its workforce\n         so that it can plan for the capabilities it will need.\n\n    The remaining areas for improvement are tracked by the Joint Independent Audit Committee.\n    Neighbouring Nottinghamshire Police and Leicestershire Police share the East Midlands\n    regional units with the force; their own PEEL results are not covered here.\n\n\n\n    14\n"


def main():
    left, right = LEFT.split("\n"), RIGHT.split("\n")
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    rows = []
    for a, b in zip(left, right):
        line = ("    " + a).ljust(58) + b if b else "    " + a
        rows.append(line.rstrip())
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEAD + "\n".join(rows) + FOOT + "\f")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
