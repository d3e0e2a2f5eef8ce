"""Write gold/lq01.json ... gold/lq10.json for corpus72 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

LEI, NOR, WAR = "Leicestershire Police", "Northamptonshire Police", "Warwickshire Police"
WMP, STA, DER = "West Midlands Police", "Staffordshire Police", "Derbyshire Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# lq01 -- HMICFRS RSS feed saved as text --------------------------------------------------
GOLDS.append(gold(
    "lq01.txt", "national-release", [WAR, STA], [HF],
    [insp(WAR, P2325, inspectorate=HF), insp(STA, P2325, inspectorate=HF)],
    grades(WAR, P2325, [(RESP, RI), (PREV, G)]) + grades(STA, P2325, [(RESP, I), (INV, RI)]),
    people=[person("Imogen Thackery", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "An RSS 2.0 feed saved as text: the visible text is the XML itself. Each <description> "
        "is a standfirst truncated with '...' and 'Read more'. 'It found the force adequate in "
        "...' names no area, so it gives no judgement.",
        "The channel is HMICFRS's news feed and every item has dc:creator HMICFRS; the "
        "Staffordshire item names HMICFRS, the Warwickshire item says 'the inspectorate'. Both "
        "inspections take HMICFRS.",
        "The Staffordshire headline speaks of a 'cause of concern' but its text is not given, "
        "so there is no cause-of-concern fact. The HMI's quote is cut off.",
        "Derbyshire Fire and Rescue Service (good / adequate) is a fire inspection: not a "
        "police force, no fact. The State of Policing count ('four were graded inadequate') "
        "names no force. pubDate and lastBuildDate are posting dates, not periods.",
    ]))

# lq02 -- search results page printed to PDF ---------------------------------------------
GOLDS.append(gold(
    "lq02.pdf", "national-release", [WAR], [HF],
    [insp(WAR, P2325, inspectorate=HF), insp(WAR, P2122, inspectorate=HF)],
    grades(WAR, P2325, [(RESP, RI), (PVP, A), (PREV, G)]) + grades(WAR, P2122, [(RESP, A)]),
    people=[person("Harriet Ellory", "commissioner", WAR, "Police and Crime Commissioner")],
    also={"forces": [WMP, LEI]},
    notes=[
        "Result 1's title names PEEL 2023-25; its snippet gives responding (requires "
        "improvement) and protecting vulnerable people (adequate). 'and good at ...' is cut "
        "off before the area, so no judgement.",
        "Result 2 (the PCC's site) gives preventing crime 'good' in PEEL 2023-25 and names the "
        "PCC title-first.",
        "Result 4 (HMICFRS, 'our 2021/22 inspection') gives the 2021/22 responding grade "
        "(adequate), so a second inspection.",
        "The Warwickshire Courier snippet ('rated adequate in two areas and told it must "
        "improve in ...') names no area and lists the grading scale: nothing. 'People also ask' "
        "is a distractor.",
        "West Midlands Police and Leicestershire Police occur only as lower-case related "
        "search suggestions ('west midlands police peel grades'), so they are in "
        "also_acceptable.forces only.",
    ]))

# lq03 -- social-media approval form (DOCX) -------------------------------------------------
GOLDS.append(gold(
    "lq03.docx", "press-release", [DER], [HF],
    [insp(DER, P2122, inspectorate=HF)],
    grades(DER, P2122, [(PREV, O), (PPT, G)]),
    people=[person("Marcus Dunmore", "chief-constable", DER, "Chief Constable")],
    notes=[
        "A comms team's approval form for a post, as a two-column Word table. The X copy and "
        "the Facebook copy both give preventing crime outstanding (PEEL 2021/22, @HMICFRS); "
        "the alt text repeats it. 'good at treating the public fairly and with respect' -> "
        "treatment-of-public Good.",
        "'more for us to do on investigations' has no grade word. The link-card description "
        "('how good ... is') is a distractor. The Word header 'OFFICIAL' and the footer are not "
        "body text. The Head of Corporate Communications is unnamed and not a person fact.",
    ]))

# lq04 -- Open Graph / link preview inspector (HTML) -----------------------------------------
GOLDS.append(gold(
    "lq04.html", "press-release", [WMP], [HF],
    [insp(WMP, P2325, inspectorate=HF)],
    grades(WMP, P2325, [(INV, RI), (PPT, G), (PVP, A)]),
    people=[person("Scott Hale-Warren", "chief-constable", WMP, "Deputy Chief Constable",
                   "deputy")],
    notes=[
        "A link-preview checker shows the card and a table of the tags it found. The card's "
        "own description and the meta description say only 'Our latest PEEL inspection "
        "report' with no grade.",
        "og:description names HMICFRS in full and PEEL 2023-25: investigating crime requires "
        "improvement, 'good at treating the public fairly' -> treatment-of-public Good.",
        "twitter:description (cut off with an ellipsis) adds protecting vulnerable people "
        "adequate. It names no period itself; it describes the same article, whose "
        "og:description names PEEL 2023-25, so it is a main fact.",
        "The published time (2025), the cookie notice date and the 'Related checks' domains "
        "(staffordshire.police.uk, warwickshire.police.uk) are distractors: domains are not "
        "force names.",
    ]))

# lq05 -- newspaper 'News in brief' (DOCX) ------------------------------------------------
GOLDS.append(gold(
    "lq05.docx", "press-release", [LEI, NOR], [HF],
    [insp(LEI, P2325, inspectorate=HF)],
    grades(LEI, P2325, [(PREV, O), (INV, G), (MOS, G), (WORK, RI)]),
    people=[person("Ruth Okonedo-Barnes", "chief-constable", LEI, "Chief Constable")],
    notes=[
        "'good in four areas, among them investigating crime and managing offenders' gives "
        "only the two named areas. 'requires improvement in how it supports its own "
        "workforce' -> workforce.",
        "Leicestershire Fire and Rescue Service 'rated good' is a fire inspection: no fact. "
        "Northamptonshire Police is named (an inspection is due) with no grade: forces only, "
        "no inspection.",
    ]))

# lq06 -- bare grade table with a caption (PDF) -------------------------------------------
GOLDS.append(gold(
    "lq06.pdf", "response-record", [NOR], [HF],
    [insp(NOR, P2122, inspectorate=HF)],
    grades(NOR, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G),
                        (WORK, G), (LFM, A), (CDI, G)]),
    notes=[
        "A table from a panel pack with a one-line caption naming force and period and a "
        "'Source: HMICFRS' line. 'Developing a positive workplace' -> workforce; 'Good use "
        "of resources' -> leadership-management (its 'Good' is not a grade); 'Recording data "
        "about crime' -> crime-recording.",
        "Victims: 'Not graded'. Serious organised crime: 'Graded separately (regional "
        "report, 2023)' names no grade. The grading-scale line is a distractor. The panel "
        "date is the running header.",
    ]))

# lq07 -- PCC blog post: image alt text and caption (Markdown) ----------------------------
GOLDS.append(gold(
    "lq07.md", "press-release", [STA, DER], [HF],
    [insp(STA, P2325, inspectorate=HF)],
    grades(STA, P2325, [(RESP, I)]),
    coc=[stmt(STA, P2325, RESP,
              "Staffordshire Police does not answer emergency and non-emergency calls quickly "
              "enough, and it does not always assess the risk to callers when they first make "
              "contact. This means that vulnerable people may not get the response they need.")],
    people=[person("Elaine Whitcombe", "commissioner", STA, "Staffordshire Commissioner")],
    notes=[
        "The alt text (in the Markdown source) and the italic caption both name the "
        "Commissioner: 'Staffordshire Commissioner Elaine Whitcombe' and 'Elaine Whitcombe, "
        "Staffordshire Commissioner'. The Staffordshire Commissioner is the police, fire and "
        "crime commissioner -> role commissioner.",
        "The caption gives the grade (PEEL 2023-25, HMICFRS). The cause of concern is a "
        "blockquote; it sits with responding to the public. The Commissioner's plan to track "
        "it is not the force's update -> has_force_update false.",
        "'Derbyshire and Staffordshire forces' in Related news names Derbyshire Constabulary "
        "in passing: forces only. The fire service 'rated good', the 2025/26 precept and the "
        "post dates are distractors.",
    ]))

# lq08 -- neighbourhood notice board item (PDF) -------------------------------------------
GOLDS.append(gold(
    "lq08.pdf", "press-release", [LEI], [HF],
    [insp(LEI, P2325, inspectorate=HF)],
    grades(LEI, P2325, [(PREV, O)]),
    afis=[stmt(LEI, P2325, None,
               "The force should make sure that neighbourhood officers are not routinely taken "
               "away from their areas to cover response shifts.")],
    notes=[
        "A printed notice with tear-off tabs. The boxed sentence is an area for improvement "
        "('asked the force to improve'). It sits under no section heading, so question null "
        "(preventing crime is a fair reading, since the notice is about that grade).",
        "PCSO and PC names, beat surgery dates and the posting/removal dates are not facts. "
        "'Leics Police' on the tear-off tabs is the same force.",
    ]))

# lq09 -- email to panel members (cp1252, CRLF) -------------------------------------------
GOLDS.append(gold(
    "lq09.txt", "response-record", [NOR], [],
    [insp(NOR, P2122)],
    grades(NOR, P2122, [(INV, RI), (RESP, A)]),
    encoding="cp1252",
    notes=[
        "An email saved as text in windows-1252 with CRLF line endings and curly quotes. The "
        "subject and body name PEEL 2021/22; the body gives investigating crime 'requires "
        "improvement' and responding adequate (agreeing with lq06).",
        "No inspectorate is named, so the inspection's inspectorate is null. The Commissioner "
        "is unnamed; the policy officer who signs is not a person fact. 'each area for "
        "improvement' quotes none.",
    ]))

# lq10 -- commissioner's tweet-length statement (DOCX) ------------------------------------
GOLDS.append(gold(
    "lq10.docx", "press-release", [WMP], [],
    [],
    people=[person("Rashida Moreton", "commissioner", WMP,
                   "West Midlands Police and Crime Commissioner"),
            person("Alun Prothero", "chief-constable", WMP, "Chief Constable")],
    also={"inspections": [insp(WMP, P2325)],
          "judgements": grades(WMP, P2325, [(INV, RI)])},
    notes=[
        "'Today's PEEL report ... still requires improvement at investigating crime' names no "
        "period and no inspectorate; only the date (6 March 2025) points to PEEL 2023-25 (see "
        "lq04). The judgement and its inspection are therefore in also_acceptable only.",
        "'still' says the grade is not new but names no earlier period or grade: nothing more.",
        "The Word header ('PRESS STATEMENT') and footer are not body text.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
