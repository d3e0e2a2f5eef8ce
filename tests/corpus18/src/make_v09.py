"""Write docs/v09.txt: the summary pages of a PEEL 2023-25 report on Thames Valley Police as
copied out of a PDF viewer: hard line breaks (~76 chars), words hyphenated across lines in
prose, running header and "Page n of 12" footer repeated, the judgements table copied column
by column. Encoded cp1252 with CRLF line endings. Standard library only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "v09.txt")
WIDTH = 76
HEADER = ["PEEL 2023–25", "Thames Valley Police", ""]
PAGE_LINES = 46

# blocks: (kind, text). kinds: 'raw' (lines kept as given), 'prose' (wrapped, may hyphenate,
# may be split by a page break), 'stmt' (wrapped, never hyphenated, never split), 'blank',
# 'page' (force a page break)
B = []
def raw(*lines): B.append(("raw", list(lines)))
def prose(t): B.append(("prose", t))
def stmt(t): B.append(("stmt", t))
def blank(): B.append(("raw", [""]))
def page(): B.append(("page", None))

raw("PEEL 2023–25", "Police effectiveness, efficiency and legitimacy",
    "An inspection of Thames Valley Police")
blank()
raw("Contents")
raw("Overall summary 2", "HM Inspector’s summary 2", "Responding to the public 4",
    "Protecting vulnerable people 4", "Other findings 5", "About the data 11")
page()
raw("Overall summary")
blank()
raw("Our judgements")
prose("Our inspection assessed how good Thames Valley Police is in nine areas of policing. "
      "We make graded judgements in eight of these nine areas. They are set out in the table "
      "below.")
blank()
raw("Area of policing", "Police powers and public treatment",
    "Preventing and deterring crime and antisocial behaviour, and reducing",
    "vulnerability", "Responding to the public", "Investigating crime",
    "Protecting vulnerable people", "Managing offenders and suspects",
    "Building, supporting and protecting the workforce",
    "Leadership and force management",
    "Grade", "Adequate", "Good", "Requires improvement", "Good", "Adequate", "Adequate",
    "Good", "Adequate")
blank()
prose("We also inspected how effective a service Thames Valley Police gives to victims of "
      "crime. We don’t grade this area. We set out our detailed findings about things the "
      "force is doing well and where it should improve in the rest of this report.")
blank()
raw("HM Inspector’s summary")
prose("Thames Valley Police is the largest non-metropolitan force in England, covering "
      "Berkshire, Buckinghamshire and Oxfordshire. It has many strengths. Its investigations "
      "are generally thorough and well supervised, and it has developed an investigation "
      "support hub that other forces are beginning to copy. Its workforce is well supported "
      "and morale is generally positive.")
blank()
prose("But I am concerned about how the force responds to the public. At busy times, emergency "
      "calls are not always answered quickly, and the force is slow to attend incidents that "
      "it has graded as requiring a prompt response. Some of these callers are vulnerable. "
      "I have identified a cause of concern, and the force must act on our recommendations "
      "without delay.")
blank()
prose("I am grateful to Chief Constable Priyanka Mallender and to the officers and staff of "
      "Thames Valley Police for their cooperation during our inspection, which included a "
      "considerable amount of preparatory work and documentation.")
blank()
raw("Rowan Achterberg", "His Majesty’s Inspector of Constabulary")
page()
raw("Responding to the public")
raw("Requires improvement")
blank()
raw("Cause of concern")
stmt("Thames Valley Police doesn’t answer emergency calls quickly enough at times of high "
     "demand, and it doesn’t attend priority incidents within its own target times. This "
     "means that some vulnerable people don’t get the help they need when they need it.")
blank()
raw("Recommendations")
stmt("Within three months, the force should make sure that it has enough call handlers "
     "available to answer emergency calls within ten seconds at times of high demand.")
blank()
stmt("Within six months, the force should make sure that it attends priority incidents within "
     "its target times, and that supervisors review every incident where the target is missed.")
blank()
raw("Main findings")
prose("The force’s contact management centre handles around 2,500 calls a day. Between "
      "April and September 2024, it answered 83 percent of emergency calls within ten "
      "seconds, below the national standard of 90 percent. On Friday and Saturday evenings "
      "the figure fell to 71 percent. Call handlers are well trained and courteous, and they "
      "identify vulnerability well, but the force doesn’t have enough of them at the busiest "
      "times. Attendance at priority incidents is slower than the force’s own target in all "
      "three counties, and particularly in rural Oxfordshire.")
blank()
raw("Area for improvement")
stmt("The force should make sure that callers are given an accurate estimate of when "
     "officers will attend, and that they are updated if attendance is delayed.")
blank()
raw("Protecting vulnerable people")
raw("Adequate")
blank()
prose("The force has a good understanding of the nature and scale of vulnerability in the "
      "Thames Valley. Its multi-agency safeguarding hubs work well in all three counties. "
      "However, officers don’t always complete a risk assessment when they attend domestic "
      "abuse incidents, and the force makes limited use of protective orders.")
blank()
raw("Areas for improvement")
stmt("The force should make sure that officers complete a risk assessment for every domestic "
     "abuse incident they attend.")
blank()
stmt("The force should make more use of domestic violence protection orders and stalking "
     "protection orders to safeguard victims.")
blank()
raw("Other findings")
prose("The force is good at preventing and deterring crime, investigating crime and "
      "building, supporting and protecting its workforce. Its use of police powers is "
      "adequate: officers record the grounds for stop and search well, but the force should "
      "do more to explain the disproportionate use of force on black people. Its management "
      "of offenders and suspects, and its leadership and force management, are adequate.")
blank()
raw("Area for improvement")
stmt("The force should make sure that it understands why force is used more often on "
     "people from some ethnic groups, and that it explains this to its communities.")
blank()
prose("We found good practice in the way the force works with the three county councils on "
      "road safety. We graded the fire and rescue services in the force area separately; "
      "those grades are not part of this report.")


# hyphenation points, as a PDF layout engine would set them
SYL = ["cov-er-ing", "coun-cils", "de-vel-oped", "in-ves-ti-ga-tions", "con-sid-er-able",
       "vul-ner-a-bil-i-ty", "doc-u-men-ta-tion", "co-op-er-a-tion", "sup-er-vised",
       "pre-par-a-tory", "par-tic-u-lar-ly", "man-age-ment", "in-ci-dents", "as-sess-ment",
       "ap-proach", "dis-pro-por-tion-ate", "or-gan-isa-tions", "Ox-ford-shire",
       "Buck-ing-ham-shire", "in-spec-tion", "re-com-men-da-tions", "strengths",
       "well-sup-port-ed", "sup-port-ed", "gen-er-al-ly", "thor-ough", "de-tailed",
       "im-prove", "be-gin-ning", "re-quir-ing", "re-sponse", "iden-ti-fied", "pro-tec-tive",
       "un-der-stand-ing", "safe-guard-ing", "do-mes-tic", "high-er", "na-tion-al"]
HYPH = {}
for sy in SYL:
    parts = sy.split("-")
    word = "".join(parts)
    HYPH[word] = [sum(len(x) for x in parts[:k]) for k in range(1, len(parts))]


def wrap(text, hyph):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= WIDTH:
            cur += " " + w
        else:
            room = WIDTH - len(cur) - 2   # space + hyphen
            cuts = [c for c in HYPH.get(w.rstrip('.,;:'), []) if c <= room] if hyph else []
            if cuts:
                cut = max(cuts)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


pages, cur = [], []
def new_page():
    global cur
    pages.append(cur); cur = []

for kind, val in B:
    if kind == "page":
        new_page(); continue
    if kind == "raw":
        for l in val:
            if len(cur) >= PAGE_LINES:
                new_page()
            cur.append(l)
    elif kind == "stmt":
        ls = wrap(val, False)
        if len(cur) + len(ls) > PAGE_LINES:
            new_page()
        cur.extend(ls)
    elif kind == "prose":
        for l in wrap(val, True):
            if len(cur) >= PAGE_LINES:
                new_page()
            cur.append(l)
pages.append(cur)

N = 12
out = []
for i, p in enumerate(pages, start=1):
    if i > 1:
        out.extend(HEADER)
    out.extend(p)
    out.extend(["", "Page %d of %d" % (i, N), ""])
text = "\r\n".join(out) + "\r\n"
with open(OUT, "wb") as fh:
    fh.write(text.encode("cp1252"))
print("wrote", OUT, len(pages), "pages")
