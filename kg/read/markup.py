"""Markup blanked out of a document's text, where the file is read: the tags of HTML pasted
into a text file, a web page's chrome (menus, footers, scripts), Markdown's emphasis, heading
and footnote marks, a wiki's citation marks, separator lines, and the markers of an email's
quoted lines. Every function keeps the text's length (a mark becomes spaces, a block tag a
line break), so an offset in the result slices the same characters out of the text as
written. What is left is the text the extractors read (`Document.unmarked`).

It knows nothing of police or grades: only how documents mark their text up.
"""

from __future__ import annotations

import re

# HTML block tags become a line break (tag length kept, padded with spaces); inline tags
# become spaces. Only tags that look like tags (letter after '<') are touched.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]{0,2000}>")
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "td", "th", "section", "article", "blockquote", "hr", "dl", "dt", "dd", "header", "footer",
})
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
# a line's words set in italics by single marks ("*The force should ...*"): the marks only,
# where they open a line, or its item after a bullet, and close it (a footnote's "Good*" or a
# bullet's "* item" never)
_MARKDOWN_ITALIC_LINE = re.compile(r"^([ \t>]*(?:[-+][ \t]+)?)([*_])(?=[^\s*_])([^\n]*[^\s*_])\2([ \t]*)$", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[*_#|\[\]`])|(?<=\S)\\$", re.MULTILINE)  # "Good\*": the mark written as itself
# (and a hard line break, a backslash ending a line: "Jo Bloggs\" over her title)
# a few words set in italics inside a line by single marks ("- *What we're doing:* ..."): the
# marks only (a footnote's "Good*", a bullet's "* item" and "2 * 3" are none)
_MARKDOWN_ITALIC_WORDS = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]{1,60}?(?<=[^\s*])\*(?![\w*])")
_MARKDOWN_CODE = re.compile(r"`([^`\n]{1,80})`")  # a code span's marks: "`SX-25-01` Investigating crime"
_MARKDOWN_FOOTNOTE = re.compile(r"\[\^[\w-]{1,12}\]:?")  # "Good[^2]": the grade is "Good"
# a reference mark a wiki or a report sets after a word ("Good[4]", "treatment[a]", "History[edit]")
# (the look-behind follows the bracket, so the engine skips from one "[" to the next)
_CITATION_MARK = re.compile(r"\[(?<=[\w.)'\u2019\]]\[)(?:\d{1,3}|[a-z]|edit|citation needed)\]")
_SEPARATOR_LINE = re.compile(r"^[ \t]*[-=_*~]{5,}[ \t]*$", re.MULTILINE)
# a Markdown image ("![Good](/images/judgment-good.png)"): a picture, no text a reader sees
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,120}\]\([^)\s]{0,400}(?:\s+\"[^\"\n]{0,120}\")?\)")


def _mask_tag(match: re.Match[str]) -> str:
    tag = match.group(1).lower()
    width = len(match.group(0))
    if tag in _BLOCK_TAGS:
        if tag == "li" and not match.group(0).startswith("</") and width >= 3:
            return "\n- " + " " * (width - 3)
        return "\n" + " " * (width - 1)
    return " " * width


_LANDMARK_OPEN = re.compile(r"<(main|article)\b[^<>]{0,2000}>|<[a-z][a-z0-9]*\b[^<>]{0,2000}\brole\s*=\s*[\"']main[\"'][^<>]{0,2000}>",
                            re.IGNORECASE)
_CHROME = re.compile(r"<(nav|footer|aside|script|style|noscript|template)\b[^<>]{0,2000}>.{0,200000}?</\1\s*>",
                     re.IGNORECASE | re.DOTALL)
_TITLE_ELEMENT = re.compile(r"<title\b[^<>]{0,500}>.{0,2000}?</title\s*>", re.IGNORECASE | re.DOTALL)


def _blank(text: str, start: int, end: int) -> str:
    """text with [start, end) blanked (line breaks kept, so offsets and lines stay)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def mask_chrome(text: str) -> str:
    """A web page's chrome blanked: everything outside its main landmark (<main>, <article>,
    role="main") but its <title>, and navigation, footers, asides and scripts anywhere, so
    that a menu, a cookie notice or a footer's grade key states nothing. Same length."""
    opened = _LANDMARK_OPEN.search(text)
    if opened:
        tag = (opened.group(1) or "main").lower()
        closed = text.lower().rfind(f"</{tag}")
        end = closed if closed > opened.end() else len(text)
        title = _TITLE_ELEMENT.search(text, 0, opened.start())
        if title:
            text = _blank(text, 0, title.start())
            text = _blank(text, title.end(), opened.start())
        else:
            text = _blank(text, 0, opened.start())
        text = _blank(text, end, len(text))
    return _CHROME.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


_QUOTE_MARKERS = re.compile(r"^[ \t]*>[ \t>]*", re.MULTILINE)
QUOTED_RUN = 3  # lines of a run that quotes an email or a Markdown block quote, at least


def mask_quote_markers(text: str) -> str:
    """An email's quoted message ("> ...", ">> ..." for a quote inside it) or a Markdown block
    quote, with its markers blanked so that its lines read as the text they quote: a run of
    at least QUOTED_RUN lines that start with ">", one of them quoting an empty line or
    quoting twice, or of two lines or more, one of them going on with the sentence of the
    line before in lower case (a list with ">" for bullets has none of these). Same length."""
    if ">" not in text:
        return text
    runs: list[list[re.Match[str]]] = []
    last_line = -2
    for m in _QUOTE_MARKERS.finditer(text):
        line = text.count("\n", 0, m.start())
        if line == last_line + 1 and runs:
            runs[-1].append(m)
        else:
            runs.append([m])
        last_line = line
    quoting = [(len(run) >= QUOTED_RUN and any(
        ">>" in m.group(0).replace(" ", "").replace("\t", "") or m.end() == len(text) or text[m.end()] == "\n"
        for m in run)) or (len(run) >= 2 and any(text[m.end():m.end() + 1].islower() for m in run[1:]))
        for run in runs]
    if any(quoting):
        # (where the document quotes in blocks, a block of one line quotes too: "> **The
        # inspectors said:** ..." alone after two longer ones)
        quoting = [q or all(m.group(0).endswith((" ", "\t")) for m in run) for q, run in zip(quoting, runs)]
    out, pos = [], 0
    for run, quoted in zip(runs, quoting):
        if not quoted:
            continue
        for m in run:
            out.append(text[pos:m.start()])
            out.append(" " * (m.end() - m.start()))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# A transcript's time code opening its line ("[00:03:17] VOICE-OVER: ...", "01:02 Chair: ...")
_TIME_CODE = re.compile(r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+", re.MULTILINE)
TIME_CODED_LINES = 3  # lines that open on a time code, at least, for a text to be a transcript


def mask_time_codes(text: str) -> str:
    """A transcript's time codes at its lines' starts blanked, so that what is said reads as
    the line; only where at least TIME_CODED_LINES lines open on one. Same length."""
    if ":" not in text:
        return text
    masked, codes = _TIME_CODE.subn(lambda m: " " * len(m.group(0)), text)
    return masked if codes >= TIME_CODED_LINES else text


# A caption file's cue (WebVTT, SRT): an optional number on a line of its own, then a line of
# its times ("00:00:41.000 --> 00:00:47.300", settings after), then the words shown
_CUE_TIMES = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}[^\n]*$",
                        re.MULTILINE)
_CUE_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,6}[ \t]*\n$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,40})>")
CUES = 3  # cues, at least, for a text to be a caption file


def mask_captions(text: str) -> str:
    """A caption file's words run on as the speech they are: each cue's number and times
    blanked, and the line breaks inside a cue and between cues of one voice made spaces, so
    that what a voice says is one line (a sentence said over two cues reads whole, and so
    does a statement read out after "the first being"); where the voice changes ("<v Chair>"
    to "<v Commissioner>") a paragraph starts. A voice's first tag becomes its name and a
    colon, the others go. Same length."""
    if "-->" not in text:
        return text
    cues = list(_CUE_TIMES.finditer(text))
    if len(cues) < CUES:
        return text
    out = list(text)
    voice = None
    for k, cue in enumerate(cues):
        start = cue.start()
        number = _CUE_NUMBER.search(text, max(0, start - 8), start)
        if number is not None:
            start = number.start() + (1 if text[number.start()] == "\n" else 0)
        end = cues[k + 1].start() if k + 1 < len(cues) else len(text)
        words_end = text.find("\n\n", cue.end(), end)
        words_end = end if words_end < 0 else words_end
        spoken = _VOICE.search(text, cue.end(), words_end)
        said_by = spoken.group(1).strip() if spoken else voice
        if k and said_by == voice:
            # (the gap since the last cue's words: blank lines and this cue's number)
            gap = text.rfind("\n", 0, start)
            last = cues[k - 1].end()
            while gap > last and text[gap - 1] in "\n \t":
                gap -= 1
            for at in range(max(gap, last), start):
                out[at] = " "
        for at in range(start, cue.end()):
            out[at] = " "
        for at in range(cue.end(), words_end):
            if out[at] == "\n":
                out[at] = " "
        if spoken is not None:  # (the name once, where the voice starts speaking)
            name = f"{spoken.group(1).strip()}:" if not k or said_by != voice else ""
            out[spoken.start():spoken.end()] = list(name.ljust(spoken.end() - spoken.start()))
        voice = said_by
    return "".join(out)


def mask_markup(text: str) -> str:
    """The text with a page's chrome, HTML tags, Markdown emphasis and images, separator
    lines, the markers of quoted lines, a transcript's time codes and a caption file's cues
    blanked; same length."""
    text = mask_time_codes(mask_quote_markers(mask_captions(text)))
    if "<" in text:
        text = _TAG.sub(_mask_tag, mask_chrome(text))
    text = _MARKDOWN_EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)
    text = _MARKDOWN_ITALIC_LINE.sub(lambda m: f"{m.group(1)} {m.group(3)} {m.group(4)}", text)
    text = _MARKDOWN_HEADING.sub(lambda m: " " * len(m.group(0)), text)
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(" ", text)
    if "*" in text:
        text = _MARKDOWN_ITALIC_WORDS.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)
    if "](" in text:
        text = _MARKDOWN_IMAGE.sub(lambda m: " " * len(m.group(0)), text)
    text = _MARKDOWN_FOOTNOTE.sub(lambda m: " " * len(m.group(0)), text)
    if "`" in text:
        text = _MARKDOWN_CODE.sub(lambda m: " " + m.group(1) + " ", text)
    text = _CITATION_MARK.sub(lambda m: " " * len(m.group(0)), text)
    return _SEPARATOR_LINE.sub(lambda m: " " * len(m.group(0)), text)
