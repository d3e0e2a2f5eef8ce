"""The names people write for forces (ontology/force-aliases.csv) reach the gazetteer and
the force finder: each added alias is found as its force in a sentence, and the words that
were left out because they are common English are not found as forces."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract._facts import force_finder
from kg.extract.gazetteer import load_gazetteer

from ..conftest import require_corpus

ROOT = Path(__file__).resolve().parents[2]
FORCES_TTL = ROOT / "ontology" / "forces.ttl"
ALIASES_CSV = ROOT / "ontology" / "force-aliases.csv"
TOOL = ROOT / "tools" / "forces_csv_to_ttl.py"

GAZETTEER = load_gazetteer(FORCES_TTL)
FINDER = force_finder(GAZETTEER)


def _added() -> list[tuple[str, str]]:
    with ALIASES_CSV.open(newline="", encoding="utf-8") as fh:
        return [(row["policeuk_id"], row["alias"]) for row in csv.DictReader(fh)]


ADDED = _added()


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.force) for h in FINDER.find(text)]


def test_the_alias_table_is_not_empty_and_names_known_forces() -> None:
    assert len(ADDED) >= 25
    assert {fid for fid, _ in ADDED} <= set(GAZETTEER.forces)


@pytest.mark.parametrize(("fid", "alias"), ADDED, ids=[a for _, a in ADDED])
def test_each_added_alias_is_in_the_gazetteer_and_found_as_its_force(fid: str, alias: str) -> None:
    assert alias in GAZETTEER.forces[fid].aliases
    sentences = [
        (f"Inspectors found that {alias} was good at investigating crime.", alias),
        (f"{alias} requires improvement in how it responds to the public.", alias),
        (f"We graded {alias}\u2019s performance in nine areas of policing.", alias),  # possessive
        (f"{alias.upper()} \u2013 INSPECTION FINDINGS", alias.upper()),  # a heading in capitals
    ]
    for text, written in sentences:
        assert (written, fid) in _found(text), (text, _found(text))


@pytest.mark.parametrize(("text", "name", "fid"), [
    # the short forms and initialisms the issue names, and the Welsh names
    ("Staffs has improved since 2019.", "Staffs", "staffordshire"),
    ("Notts Police was graded good.", "Notts Police", "nottinghamshire"),
    ("Northants requires improvement.", "Northants", "northamptonshire"),
    ("The report on the Met was published today.", "the Met", "metropolitan"),
    ("The Met was placed in Engage.", "The Met", "metropolitan"),
    ("We graded GMP\u2019s performance.", "GMP", "greater-manchester"),
    ("WYP was judged outstanding.", "WYP", "west-yorkshire"),
    ("TVP is adequate at protecting vulnerable people.", "TVP", "thames-valley"),
    ("Avon & Somerset is good at preventing crime.", "Avon & Somerset", "avon-and-somerset"),
    ("Avon and Somerset is good at preventing crime.", "Avon and Somerset", "avon-and-somerset"),
    ("Hampshire and Isle of Wight Constabulary was inspected.", "Hampshire and Isle of Wight Constabulary", "hampshire"),
    ("Hampshire & Isle of Wight Constabulary was inspected.", "Hampshire & Isle of Wight Constabulary", "hampshire"),
    ("Devon and Cornwall Police responded.", "Devon and Cornwall Police", "devon-and-cornwall"),
    ("Heddlu Gwent", "Heddlu Gwent", "gwent"),
    ("Heddlu Gogledd Cymru", "Heddlu Gogledd Cymru", "north-wales"),
    ("Heddlu De Cymru", "Heddlu De Cymru", "south-wales"),
    ("Heddlu Dyfed-Powys", "Heddlu Dyfed-Powys", "dyfed-powys"),
    ("Lancashire Police said", "Lancashire Police", "lancashire"),
    ("Wiltshire Constabulary said", "Wiltshire Constabulary", "wiltshire"),
])
def test_names_people_write_are_found_whole(text: str, name: str, fid: str) -> None:
    assert _found(text)[:1] == [(name, fid)]


@pytest.mark.parametrize("text", [
    "Met with the chief constable on Monday.",  # bare 'Met' is no alias: the verb
    "MET WITH THE CHIEF CONSTABLE",
    "the met office issued a weather warning",
    "Beds were available in every custody suite.",  # bare 'Beds' left out: English word
    "The SWP organised a protest in the city centre.",  # 'SWP' left out: a political party
    "The DPP decided to prosecute.",  # Director of Public Prosecutions, not Dyfed-Powys
    "D&C was carried out at the hospital.",  # 'D&C' only with 'Police'
    "The NYPD shared its data.",
    "the plant wilts in the heat; the force staffs its control room",
    "Staff in the control room and notts of rope.",
])
def test_risky_words_are_not_forces(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "The Met Office issued a weather warning.",
    "Wigan Metropolitan Borough Council agreed the plan.",
    "A survey by Durham University found the same.",
])
def test_known_false_friends_of_the_met(text: str) -> None:
    assert _found(text) == []


def test_no_name_belongs_to_two_forces_whatever_the_case() -> None:
    owner: dict[str, str] = {}
    for entry in GAZETTEER.forces.values():
        for name in (entry.name, *entry.aliases):
            assert owner.setdefault(name.lower(), entry.id) == entry.id, name


def test_generated_gazetteer_is_in_step_with_its_sources(tmp_path: Path) -> None:
    forces_csv = require_corpus() / "forces.csv"
    out = tmp_path / "forces.ttl"
    run = subprocess.run([sys.executable, str(TOOL), str(forces_csv), "-o", str(out)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == FORCES_TTL.read_bytes()
    again = subprocess.run([sys.executable, str(TOOL), str(forces_csv), str(ALIASES_CSV)],
                           capture_output=True, text=True, check=False)
    assert again.stdout.encode() == FORCES_TTL.read_bytes()


@pytest.mark.parametrize(("row", "problem"), [
    ("nowhere,Nowhere Police,", "no force with policeuk_id 'nowhere'"),
    ("kent,surrey police,", "'surrey police' is already a name of surrey, not kent"),
])
def test_a_bad_alias_stops_the_tool_and_leaves_the_output_alone(tmp_path: Path, row: str, problem: str) -> None:
    forces_csv = require_corpus() / "forces.csv"
    extra = tmp_path / "aliases.csv"
    extra.write_text(ALIASES_CSV.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    out = tmp_path / "forces.ttl"
    out.write_text("old\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(TOOL), str(forces_csv), str(extra), "-o", str(out)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{extra}:{len(ADDED) + 2}:" in lines[0] and problem in lines[0], run.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(tmp_path.iterdir()) == sorted([extra, out])  # no temp file left behind


def test_an_alias_the_force_already_has_is_left_out_with_a_note(tmp_path: Path) -> None:
    forces_csv = require_corpus() / "forces.csv"
    extra = tmp_path / "aliases.csv"
    extra.write_text(ALIASES_CSV.read_text(encoding="utf-8") + "kent,KENT POLICE,\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(TOOL), str(forces_csv), str(extra)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0
    assert "'KENT POLICE' is already a name of kent; left out" in run.stderr
    assert run.stdout.encode() == FORCES_TTL.read_bytes()
