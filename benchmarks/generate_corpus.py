"""A synthetic corpus in the shapes of every genre, for benchmarks (not for accuracy).

Document i depends only on (seed, i), so the first 100 documents of a 1,000-document corpus
are the 100-document corpus, and one document can be regenerated on its own. Forces come
from the gazetteer (ontology/forces.ttl), periods run from PEEL 2014 to PEEL 2023-2025, and
statements, prose and people are composed from phrase lists so that texts differ.

    .venv/bin/python benchmarks/generate_corpus.py OUT_DIR [--documents 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.extract.gazetteer import ForceEntry, load_gazetteer  # noqa: E402
from kg.project import Project  # noqa: E402

LEGACY_YEARS = (2014, 2015, 2016, 2017)
PILLARS = ("Legitimacy", "Effectiveness", "Efficiency")
PEEL2021_PERIODS = ("2021/22", "2023-2025")
GRADES = ("Outstanding", "Good", "Requires improvement", "Inadequate")
GRADE_WEIGHTS = (10, 55, 25, 10)
GRADES_2021 = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
GRADE_WEIGHTS_2021 = (8, 40, 27, 18, 7)

PILLAR_QUESTION = {
    "Legitimacy": "How legitimate is the force at keeping people safe and reducing crime?",
    "Effectiveness": "How effective is the force at keeping people safe and reducing crime?",
    "Efficiency": "How efficient is the force at keeping people safe and reducing crime?",
}
PILLAR_ADVERB = {"Legitimacy": "legitimately", "Effectiveness": "effectively", "Efficiency": "efficiently"}

# pillar -> [(question as a report asks it, what the force does, as a graded clause ends)]
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "Legitimacy": [
        ("To what extent does the force treat all of the people it serves with fairness and respect?",
         "treating all of the people it serves with fairness and respect"),
        ("How well does the force ensure that its workforce behaves ethically and lawfully?",
         "ensuring that its workforce behaves ethically and lawfully"),
        ("To what extent does the force treat its workforce with fairness and respect?",
         "treating its workforce with fairness and respect"),
    ],
    "Effectiveness": [
        ("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?",
         "preventing crime, tackling anti-social behaviour and keeping people safe"),
        ("How effective is the force at investigating crime and reducing re-offending?",
         "investigating crime and reducing re-offending"),
        ("How effective is the force at protecting those who are vulnerable from harm, and supporting victims?",
         "protecting those who are vulnerable from harm, and supporting victims"),
        ("How effective is the force at tackling serious and organised crime?",
         "tackling serious and organised crime"),
    ],
    "Efficiency": [
        ("How well does the force understand the demand for its services?",
         "understanding the demand for its services"),
        ("How well does the force use its resources to manage current demand?",
         "using its resources to manage current demand"),
        ("How well is the force planning for the future?",
         "planning for the future"),
    ],
}

# 2018/19 response-record sections: pillar heading -> question headings
RESPONSE_SECTIONS: dict[str, tuple[str, ...]] = {
    "EFFECTIVENESS": ("Preventing crime", "Investigating crime", "Protecting vulnerable people",
                      "Tackling serious and organised crime"),
    "EFFICIENCY": ("Understanding demand", "Planning for the future", "Using resources"),
    "LEGITIMACY": ("Treating the public fairly", "Ethical and lawful workforce", "Treating the workforce fairly"),
}

# PEEL 2021/22 and 2023-2025: (name in the grade grid, section heading)
AREAS_2021: list[tuple[str, str]] = [
    ("Treatment of the public", "Engaging with and treating the public with fairness and respect"),
    ("Preventing crime", "Preventing crime and anti-social behaviour"),
    ("Responding to the public", "Responding to the public"),
    ("Investigating crime", "Investigating crime"),
    ("Protecting vulnerable people", "Protecting vulnerable people"),
    ("Managing offenders", "Managing offenders and suspects"),
    ("Developing a positive workplace", "Building, supporting and protecting the workforce"),
    ("Good use of resources", "Strategic planning, organisational management and value for money"),
    ("Recording data about crime", "Recording data about crime"),
]

# Statements: "<subject> <lead> <action><manner><purpose>."
SUBJECTS = ("The force", "The constabulary")
LEADS = ("should improve how it", "should ensure that it", "should review how it", "needs to improve how it",
         "should make sure that it", "should develop how it")
ACTIONS = (
    "records the outcome of stop and search encounters", "supervises investigations into domestic abuse",
    "seeks feedback from the communities it serves", "monitors the use of force by its officers",
    "manages the vetting of officers and staff", "identifies repeat and vulnerable victims",
    "shares information with partner agencies", "tracks suspects who are wanted for offences",
    "publishes the outcomes of misconduct hearings", "assesses risk at the first point of contact",
    "plans for the skills its workforce will need", "understands the demand on its control room",
    "allocates investigations to trained detectives", "protects children who go missing from home",
    "manages registered sex offenders", "analyses complaints about the conduct of officers",
    "answers non-emergency calls", "keeps victims informed about their case",
    "supports the wellbeing of its officers and staff", "reviews decisions not to record a crime",
    "gathers intelligence about corruption", "scrutinises the use of body-worn video",
    "develops talent across all ranks and grades", "evaluates its crime prevention activity",
    "responds to reports of anti-social behaviour", "safeguards victims of stalking and harassment",
    "engages with groups who are difficult to reach", "manages the demand created by mental health calls",
    "secures appropriate adults for detained children", "tackles organised crime groups that exploit children",
    "audits the quality of its crime recording", "manages its estate and fleet",
    "communicates the standards of behaviour it expects", "trains supervisors to review investigations",
    "uses data to understand future demand", "works with schools after domestic abuse incidents",
    "deals with officers who abuse their position for a sexual purpose", "manages the risk posed by violent offenders",
    "records the diversity of people it stops", "responds to calls from people in crisis",
)
MANNERS = ("", " consistently", " promptly", " more effectively", " across the whole force area")
PURPOSES = ("", ", so that victims receive a consistent service", ", and it should monitor its progress",
            ", so that the public can have confidence in it", ", in line with national guidance",
            ", so that it can show what difference its work makes", ", and act on what it finds")

PROSE = (
    "The force has a clear set of priorities that officers and staff understand.",
    "Neighbourhood teams know their communities and work through local problems methodically.",
    "Supervisors review most investigations, although the quality of their reviews varies.",
    "The force works closely with local authorities, health services and the voluntary sector.",
    "Officers we spoke to understood the Code of Ethics and could explain how it guides them.",
    "The control room answers emergency calls quickly and most callers receive a prompt response.",
    "The force has invested in new technology, and officers can now update records while on patrol.",
    "We found a backlog of vetting renewals for officers and staff in some departments.",
    "Independent advisory groups scrutinise the use of stop and search every quarter.",
    "The force publishes information about its performance on its website.",
    "Its workforce plan takes account of the officers who are due to retire in the next five years.",
    "The force has started to evaluate its prevention work and to share what works.",
    "Victims of domestic abuse are referred to support services at the first opportunity.",
    "The professional standards department has enough investigators for its current caseload.",
    "Senior leaders hold regular meetings with staff associations and trade unions.",
    "Call handlers use a structured assessment to identify vulnerability.",
    "Some officers told us that their workloads are high and that they have little time to train.",
    "The force has a detailed understanding of the threats posed by organised crime groups in its area.",
    "Financial plans are realistic and take account of the savings the force still has to make.",
    "The force is working with neighbouring forces to share some specialist functions.",
    "Crime data is checked regularly by a team of auditors.",
    "Officers have access to wellbeing support, including occupational health and counselling.",
)
UPDATES = (
    "A working group chaired by a superintendent has reviewed the process and new guidance has been issued.",
    "Training has been delivered to every supervisor, and compliance is checked each month.",
    "A new policy was introduced in the spring, and an audit found that it is being followed in most cases.",
    "The force has recruited additional staff for this work and progress is reported to the PCC each quarter.",
    "Performance is now monitored through the force's quarterly governance board.",
    "An external review was commissioned and its recommendations have been accepted in full.",
    "A digital system now records each case, so that supervisors can see where action is overdue.",
)
FIRST_NAMES = ("Alison", "Andrew", "Claire", "David", "Emma", "Gareth", "Helen", "Ian", "Joanne", "Karen",
               "Mark", "Nadia", "Owen", "Priya", "Rachel", "Simon", "Tariq", "Victoria", "William", "Yvonne")
LAST_NAMES = ("Ashworth", "Bennett", "Carver", "Dalton", "Ellison", "Fairbairn", "Greaves", "Hollis", "Ingram",
              "Jarvis", "Kendall", "Lockwood", "Marsden", "Norcross", "Oakley", "Pritchard", "Quayle",
              "Redfern", "Sutcliffe", "Thornton", "Underwood", "Whitlock")
INSPECTORS = ("Wendy Thornton", "Michael Ellison", "Zoe Pritchard", "Matthew Carver", "Roy Ashworth",
              "Andrew Lockwood", "Michelle Kendall", "Dru Marsden")
MONTHS = ("March", "April", "May", "September", "October", "November", "December")


@dataclass(frozen=True)
class Generated:
    """One synthetic document: the file name it is written under, its genre and its text."""

    name: str
    genre: str
    text: str


class Writer:
    """Composes the parts every genre shares, from one seeded random generator."""

    def __init__(self, rng: random.Random, forces: list[ForceEntry]) -> None:
        self.rng = rng
        self.forces = forces

    def grade(self, era: str = "legacy") -> str:
        if era == "legacy":
            return self.rng.choices(GRADES, GRADE_WEIGHTS)[0]
        return self.rng.choices(GRADES_2021, GRADE_WEIGHTS_2021)[0]

    def statement(self) -> str:
        r = self.rng
        return f"{r.choice(SUBJECTS)} {r.choice(LEADS)} {r.choice(ACTIONS)}{r.choice(MANNERS)}{r.choice(PURPOSES)}."

    def statements(self, low: int, high: int) -> list[str]:
        found: list[str] = []
        for _ in range(self.rng.randint(low, high)):
            text = self.statement()
            if text not in found:
                found.append(text)
        return found

    def prose(self, low: int = 2, high: int = 4) -> str:
        return " ".join(self.rng.sample(PROSE, self.rng.randint(low, high)))

    def person(self, *key: object) -> str:
        """A name that is the same for the same key (a force's chief constable in a year)."""
        r = random.Random("|".join(map(str, key)))
        return f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"

    def inspector(self) -> str:
        return self.rng.choice(INSPECTORS)

    def release_subject(self) -> tuple[int, str, str, str]:
        """The year, pillar, inspectorate acronym and full name of a 2015-2017 release."""
        year, pillar = self.rng.choice(LEGACY_YEARS[1:]), self.rng.choice(PILLARS)
        return (year, pillar, *inspectorate(year))

    def question_bullets(self, pillar: str, marker: str) -> list[str]:
        """'- is 'good' at <question>;' for each of a pillar's questions, the last two joined by 'and'."""
        items = [f"{marker}{graded(self.grade(), what)};" for _, what in QUESTIONS[pillar]]
        items[-1] = items[-1].rstrip(";") + "."
        if len(items) > 1:
            items[-2] += " and"
        return items


def short_name(force: ForceEntry) -> str:
    """'Staffordshire Police' -> 'Staffordshire', as report titles write it."""
    for suffix in (" Constabulary", " Police Service", " Police"):
        if force.name.endswith(suffix):
            return force.name[: -len(suffix)]
    return force.name


def graded(grade: str, what: str) -> str:
    """'is good at <what>', 'requires improvement in <what>'."""
    if grade == "Requires improvement":
        return f"requires improvement in {what}"
    return f"is {grade.lower()} at {what}"


def inspectorate(year: int) -> tuple[str, str]:
    if year >= 2017:
        return "HMICFRS", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    return "HMIC", "Her Majesty's Inspectorate of Constabulary"


def _afis(w: Writer, low: int, high: int, bullet: str = "- ") -> list[str]:
    items = w.statements(low, high)
    return ["Areas for improvement" if len(items) > 1 else "Area for improvement",
            *(bullet + s for s in items)] if items else []


# -- genres ---------------------------------------------------------------------------------

def peel_report(w: Writer, force: ForceEntry) -> str:
    """A 2014-2017 pillar report: questions, grades in words or as labels, areas for improvement."""
    r = w.rng
    year, pillar = r.choice(LEGACY_YEARS), r.choice(PILLARS)
    overall = w.grade()
    labels = r.random() < 0.5  # numbered questions with a bare grade label (else graded sentences)
    lines = [f"{short_name(force)} PEEL {year}", pillar, PILLAR_QUESTION[pillar],
             f"{force.name} {graded(overall, f'how {PILLAR_ADVERB[pillar]} it keeps people safe and reduces crime')}. "
             + w.prose(1, 2), ""]
    for n, (question, what) in enumerate(QUESTIONS[pillar], start=1):
        grade = w.grade()
        if labels:
            lines += [f"{n}. {question}", grade, w.prose()]
        else:
            lines += [question, f"The force {graded(grade, what)}. " + w.prose()]
        lines += [w.prose(1, 3), *_afis(w, 0, 4), ""]
    lines.append(f"{w.inspector()}, Her Majesty's Inspector of Constabulary")
    return "\n".join(lines) + "\n"


def peel_report_2021(w: Writer, force: ForceEntry) -> str:
    """A PEEL 2021/22 or 2023-2025 report: a grade grid, then one section per area."""
    r = w.rng
    period = r.choice(PEEL2021_PERIODS)
    grades = {name: w.grade("2021") for name, _ in AREAS_2021}
    lines = ["His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "",
             f"PEEL {period}", "Police effectiveness, efficiency and legitimacy", f"An inspection of {force.name}", "",
             "Overall summary", "", "Our judgments",
             f"Our inspection assessed how good {force.name} is in ten areas of policing. "
             "We make graded judgments in nine of these ten, as follows:", ""]
    for grade in GRADES_2021:
        lines.append(grade)
        named = [name for name, _ in AREAS_2021 if grades[name] == grade]
        lines += [f"\t{name}" for name in named] or ["\tNo areas"]
    lines += ["", f"We also inspected how effective a service {force.name} gives to victims of crime. "
                  "We don't make a graded judgment in this overall area.", "",
              "HM Inspector's observations", w.prose(3, 5), "", w.inspector(),
              "His Majesty's Inspector of Constabulary", ""]
    for name, heading in AREAS_2021:
        lines += [heading, grades[name], w.prose(1, 3)]
        items = w.statements(0, 2)
        if items:
            lines += ["Area for improvement", *(f"- {s}" for s in items)]
        lines.append("")
    return "\n".join(lines)


def response_record(w: Writer, force: ForceEntry) -> str:
    """A 2018/19 PCC and chief constable response record: tab fields, areas for improvement,
    each with the force's update."""
    r = w.rng
    pcc, cc = w.person(force.id, "pcc", 2019), w.person(force.id, "cc", 2019)
    qualifier = r.choice(("", "", "", "Acting ", "Temporary "))
    lines = [" ", "", "", "PCC and CC Force Inspection response record", "", f"Version:\t{r.randint(1, 3)}", "",
             f"Force\t{force.name}",
             f"Police and Crime Commissioner\t{pcc}",
             f"Chief Constable\t{qualifier}Chief Constable {cc}",
             f"Title of inspection\tPEEL: Police effectiveness, efficiency and legitimacy 2018/19 "
             f"- An inspection of {force.name}",
             "Inspectorate\t <p>Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services</p>",
             f"Summary of inspection\t<p>{w.prose(3, 5)}</p>",
             f"Grade\t{w.grade()}",
             "Recommendations\tNone",
             "Areas for improvement\t<p>Areas for improvement</p>", ""]
    for pillar in r.sample(sorted(RESPONSE_SECTIONS), r.randint(1, 3)):
        lines += [pillar, ""]
        for heading in r.sample(RESPONSE_SECTIONS[pillar], r.randint(1, 2)):
            lines += [heading, ""]
            for text in w.statements(1, 3):
                lines += [f"- {text}", ""]
                if r.random() < 0.85:
                    lines += ["Force Update:", "", " ".join(r.sample(UPDATES, 2)), ""]
    lines += [f"{force.name}'s Police and Crime Commissioner, {pcc}, has welcomed today's report from "
              "HM Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS).", "",
              f"{pcc} said: 'I will be holding the Chief Constable to account for the improvements needed.'", ""]
    return "\n".join(lines)


def press_release(w: Writer, force: ForceEntry) -> str:
    """A 2015-2017 inspectorate press release about one force's pillar grade."""
    year, pillar, acronym, full = w.release_subject()
    overall = w.grade()
    adverb = PILLAR_ADVERB[pillar]
    bullets = w.question_bullets(pillar, "- ")
    inspector = w.inspector()
    lines = ["", "", f"## {force.name} judged as '{overall.lower()}' at how {adverb} it keeps people safe "
                     f"and reduces crime - {acronym}", "",
             f"Today {full} ({acronym}) publishes its findings on the {pillar.lower()} of {force.name}, "
             f"part of its PEEL {pillar.lower()} {year} inspection of every force in England and Wales.", "",
             w.prose(2, 3), "", f"{acronym} found that {force.name}:", "", *bullets, "",
             f"**HM Inspector of Constabulary {inspector} said:**", "",
             f"\"I have judged {force.name} as '{overall.lower()}' following our inspection into its "
             f"{pillar.lower()}. {w.prose(2, 3)}", "",
             f"\"{w.prose(1, 2)}\"", "",
             f"Reports on the other forces in England and Wales can be found on {acronym}'s website.", ""]
    return "\n".join(lines)


def national_release(w: Writer, force: ForceEntry) -> str:
    """A 2015-2017 digest of force press releases for one pillar, naming several forces."""
    r = w.rng
    year, pillar, acronym, _ = w.release_subject()
    others = [f for f in r.sample(w.forces, 5) if f.id != force.id][:4]
    forces = sorted([force, *others], key=lambda f: f.name)
    rule = "-" * 60
    lines = [f"PEEL: police {pillar.lower()} {year} - force press releases", "",
             f"Published: {r.randint(1, 28)} {r.choice(MONTHS)} {year + 1}", "Publication type: Press releases", "",
             f"{acronym} has published its {year} findings on how {PILLAR_ADVERB[pillar]} each force keeps people "
             f"safe and reduces crime. Press releases for {len(forces)} forces are reproduced here.", ""]
    for f in forces:
        overall = w.grade()
        lines += [rule, f"{f.name}'s {pillar.lower()} at keeping people safe and reducing crime "
                        f"{'requires improvement' if overall == 'Requires improvement' else 'is ' + overall.lower()}",
                  rule, f"{acronym} judged that {f.name}:"]
        lines += [*w.question_bullets(pillar, "  * "), "",
                  f"HM Inspector of Constabulary {w.inspector()} said: \"{w.prose(2, 3)}\"", ""]
    lines += ["Notes to editors", f"1. Each force report is available on the {acronym} website.", ""]
    return "\n".join(lines)


# genre -> (writer, share of the corpus). To add a genre, add a function and a line here.
GENRES: dict[str, tuple[Callable[[Writer, ForceEntry], str], int]] = {
    "peel-report": (peel_report, 35),
    "peel-report-2021": (peel_report_2021, 15),
    "response-record": (response_record, 20),
    "press-release": (press_release, 20),
    "national-release": (national_release, 10),
}


def document(index: int, seed: int, forces: list[ForceEntry]) -> Generated:
    """Document number `index` of the corpus for `seed` (independent of every other document)."""
    rng = random.Random(f"peel-kg-bench|{seed}|{index}")
    genre = rng.choices(list(GENRES), [share for _, share in GENRES.values()])[0]
    force = forces[rng.randrange(len(forces))]
    text = GENRES[genre][0](Writer(rng, forces), force)
    return Generated(f"{index:06d}_{genre}_{force.id}.txt", genre, text)


def load_forces(project: Project | None = None) -> list[ForceEntry]:
    project = project or Project()
    return list(load_gazetteer(project.ontology_dir / "forces.ttl").forces.values())


def generate(out_dir: Path, documents: int, seed: int = 7, project: Project | None = None) -> list[Path]:
    """Write `documents` synthetic documents into out_dir; return their paths."""
    forces = load_forces(project)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(documents):
        doc = document(i, seed, forces)
        path = out_dir / doc.name
        path.write_text(doc.text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--documents", "-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.documents, args.seed)
    print(f"wrote {len(paths)} documents to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
