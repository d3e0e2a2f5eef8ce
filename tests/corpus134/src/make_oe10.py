"""oe10.csv: a bilingual long-format CSV of the four Welsh forces' PEEL grades (2021/22 and
2023-25), as exported from a spreadsheet (UTF-8 with BOM, CRLF). Standard library only.

    python3 src/make_oe10.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oe10.csv")

CY = {"Outstanding": "Rhagorol", "Good": "Da", "Adequate": "Digonol",
      "Requires improvement": "Angen gwella", "Inadequate": "Annigonol",
      "Not graded": "Dim gradd"}
FORCES = {"Dyfed-Powys Police": "Heddlu Dyfed-Powys", "Gwent Police": "Heddlu Gwent",
          "North Wales Police": "Heddlu Gogledd Cymru", "South Wales Police": "Heddlu De Cymru"}
A2325 = [("Police powers and public treatment", "Pwerau'r heddlu a thrin y cyhoedd"),
         ("Preventing crime", "Atal trosedd"),
         ("Responding to the public", "Ymateb i'r cyhoedd"),
         ("Investigating crime", "Ymchwilio i drosedd"),
         ("Protecting vulnerable people", "Diogelu pobl fregus"),
         ("Managing offenders and suspects", "Rheoli troseddwyr a phobl dan amheuaeth"),
         ("Building, supporting and protecting the workforce", "Adeiladu, cefnogi a diogelu'r gweithlu"),
         ("Leadership and force management", "Arweinyddiaeth a rheoli'r heddlu"),
         ("Crime data integrity", "Cywirdeb data troseddau"),
         ("Victim service assessment", "Asesiad gwasanaeth i ddioddefwyr")]
A2122 = [("Treatment of the public", "Trin y cyhoedd"),
         ("Preventing crime and anti-social behaviour", "Atal trosedd ac ymddygiad gwrthgymdeithasol"),
         ("Responding to the public", "Ymateb i'r cyhoedd"),
         ("Investigating crime", "Ymchwilio i drosedd"),
         ("Protecting vulnerable people", "Diogelu pobl fregus"),
         ("Managing offenders and suspects", "Rheoli troseddwyr a phobl dan amheuaeth"),
         ("Developing a positive workplace", "Datblygu gweithle cadarnhaol"),
         ("Good use of resources", "Defnydd da o adnoddau"),
         ("Recording data about crime", "Cofnodi data am drosedd"),
         ("Victim service assessment", "Asesiad gwasanaeth i ddioddefwyr")]
G, A, RI, O, NG = "Good", "Adequate", "Requires improvement", "Outstanding", "Not graded"
GRADES = {
    ("Dyfed-Powys Police", "2021/22"): [A, A, A, RI, A, A, RI, A, "Not inspected", NG],
    ("Dyfed-Powys Police", "2023–25"): [G, G, A, A, A, G, G, A, G, NG],
    ("Gwent Police", "2021/22"): [A, G, RI, A, RI, G, A, A, G, NG],
    ("Gwent Police", "2023–25"): [A, G, A, RI, RI, A, G, A, G, NG],
    ("North Wales Police", "2021/22"): [G, G, G, A, A, G, G, A, O, NG],
    ("North Wales Police", "2023–25"): [G, G, A, RI, RI, G, G, RI, O, NG],
    ("South Wales Police", "2021/22"): [G, G, A, G, A, G, G, G, G, NG],
    ("South Wales Police", "2023–25"): [A, G, RI, A, A, G, G, G, A, NG],
}


def main():
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)  # default dialect: CRLF line endings
        w.writerow(["Force", "Heddlu", "PEEL period / Cyfnod", "Area", "Maes", "Grade", "Gradd"])
        for (force, period), grades in GRADES.items():
            areas = A2122 if period == "2021/22" else A2325
            for (en, cy), g in zip(areas, grades):
                w.writerow([force, FORCES[force], period, en, cy, g, CY.get(g, "Heb ei arolygu")])
        w.writerow([])
        w.writerow(["Source: HMICFRS PEEL force reports. Ffynhonnell: AHEMGTA. Grades / Graddau: "
                    "Outstanding (Rhagorol), Good (Da), Adequate (Digonol), Requires improvement "
                    "(Angen gwella), Inadequate (Annigonol). Fire and rescue services in Wales are "
                    "not inspected by HMICFRS."])
    print("wrote", OUT)


if __name__ == "__main__":
    main()
