"""Make the print sources: src/ktNN.in.html -> src/ktNN.html, with soft hyphens (&shy;)
put into long words, as a typesetter's or a converter's discretionary hyphens would be.
Chromium breaks at them in narrow columns (pypdf then gives "require \u2010\nments") and
pypdf renders an unbroken one as a space ("investi gations"). Standard library only."""
import re, sys

SPLITS = {
    "investigations": "investi&shy;gations", "investigation": "investi&shy;gation",
    "improvement": "improve&shy;ment", "requirements": "require&shy;ments",
    "supervises": "super&shy;vises", "supervision": "super&shy;vision",
    "vulnerable": "vulner&shy;able", "assessment": "assess&shy;ment",
    "assessments": "assess&shy;ments", "performance": "perfor&shy;mance",
    "safeguarding": "safe&shy;guarding", "neighbourhood": "neigh&shy;bourhood",
    "appropriate": "appro&shy;priate", "understanding": "under&shy;standing",
    "effectively": "effec&shy;tively", "consistently": "consis&shy;tently",
    "capabilities": "capa&shy;bilities", "information": "infor&shy;mation",
    "management": "manage&shy;ment", "allocated": "allo&shy;cated",
    "emergency": "emer&shy;gency", "recommendation": "recommen&shy;dation",
    "independent": "inde&shy;pendent", "experience": "experi&shy;ence",
}

def shy(text):
    # only inside <div class="q"> ... </div> or <td class="q"> ... </td> or <p class="q">
    def fix(m):
        body = m.group(2)
        for w, s in SPLITS.items():
            body = re.sub(r"\b%s\b" % w, s, body)
        return m.group(1) + body + m.group(3)
    return re.sub(r'(<(?:div|td|p|blockquote) class="q[^"]*"[^>]*>)(.*?)(</(?:div|td|p|blockquote)>)', fix, text, flags=re.S)

for name in sys.argv[1:]:
    src = open(name, encoding="utf-8").read()
    open(name.replace(".in.html", ".html"), "w", encoding="utf-8").write(shy(src))
