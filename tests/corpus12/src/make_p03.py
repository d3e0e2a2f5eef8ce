"""Write docs/p03.txt: a plain-text copy of a PEEL 2021/22 judgement grid, laid out
with spaces in five columns as a PDF-to-text tool with a layout option would give it.

Standard library only:  python3 src/make_p03.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "p03.txt")

W = 26  # column width
HEAD = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
# each column: a list of cells, each cell a list of wrapped lines
COLS = [
    [["Managing offenders and", "suspects"]],
    [["Preventing crime and", "anti-social behaviour"],
     ["Investigating crime"],
     ["Building, supporting and", "protecting the workforce"],
     ["Recording data about", "crime"]],
    [["Treatment of the public"],
     ["Protecting vulnerable", "people"],
     ["Strategic planning,", "organisational", "management and value", "for money"]],
    [["Responding to the public"]],
    [],
]


def column_lines(cells):
    out = []
    for n, cell in enumerate(cells):
        if n:
            out.append("")
        out.extend(cell)
    return out


def grid():
    cols = [column_lines(c) for c in COLS]
    depth = max(len(c) for c in cols)
    rows = ["  " + "".join(h.ljust(W) for h in HEAD).rstrip(), ""]
    for i in range(depth):
        cells = [(c[i] if i < len(c) else "") for c in cols]
        rows.append(("  " + "".join(x.ljust(W) for x in cells)).rstrip())
    return rows


TOP = """\
HMICFRS                                     PEEL 2021/22 – Durham Constabulary


                             Durham Constabulary: our judgements


  Our inspection assessed how good Durham Constabulary is in ten areas of policing. We
  make graded judgements in nine of these ten areas. The grid shows each graded area
  under its grade.

""".splitlines()

BOTTOM = """\


  We also inspected how effective a service the constabulary gives to victims of crime.
  We don't make a graded judgement in this overall area.

  Serious and organised crime is inspected across the North East region as a whole. Our
  findings on it are reported separately and are not part of this grid.

  In our 2018/19 PEEL assessment we graded Durham Constabulary as outstanding for
  effectiveness. Durham Constabulary also took part in our joint inspection of custody
  with HM Inspectorate of Prisons in April 2022, which is not graded.

  ________________________________________________________________________________
  Grades: outstanding | good | adequate | requires improvement | inadequate
  His Majesty's Inspectorate of Constabulary and Fire & Rescue Services        Page 4
""".splitlines()


def main():
    lines = TOP + grid() + BOTTOM
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
