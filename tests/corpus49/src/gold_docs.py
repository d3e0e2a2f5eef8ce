# Gold for kt01-kt10, executed by make_gold.py (uses its helpers). Statement texts are the
# statement as a reader would copy it from the page: ligatures as "fi"/"ffi", words rejoined across
# a hyphenated or soft-hyphen break, whitespace collapsed.
CC = "chief-constable"
GEN21 = {"Providing": None}
W = "Wiltshire Police"

# kt01 -- Northumbria PCC response template, PEEL 2018/19 (PDF)
F = "Northumbria Police"
GOLDS.append(gold("kt01.pdf", "response-record", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, P1819, "Effectiveness", HF),
     insp(F, P1819, "Efficiency", HF), insp(F, P1819, "Legitimacy", HF)],
    grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, G)], "Efficiency")
    + grades(F, P1819, [(None, G)], "Legitimacy"),
    afis=[
      stmt(F, P1819, "investigating-crime", "The force should improve how it supervises investigations, so that every investigation has a clear plan and is completed to a consistent standard.", True),
      stmt(F, P1819, "protecting-vulnerable", "The force should make sure that officers identify and record the risks to children when they attend incidents of domestic abuse.", True),
      stmt(F, P1819, "planning-future", "The force should develop a workforce plan that sets out the skills and capabilities it will require over the next four years, and how it will recruit and retain them.", True),
      stmt(F, P1819, "fair-treatment-workforce", "The force should make sure that its grievance procedures are timely, and that members of the workforce have confidence in them.", False),
    ],
    people=[person("Kim Aldershaw", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
            person("Ruaridh Tennant", CC, F, "Chief Constable"),
            person("Phillipa Castellane", "inspector", HF, "Her Majesty's Inspector of Constabulary")],
    notes=["2018/19 integrated PEEL: the statements take pillar PEEL with the 2015-17 key of their heading "
           "(as the dev corpus does for 2018/19 response records); the three pillar grades in the summary are "
           "pillar judgements with pillar inspections. 'the same as in the previous inspection' gives no earlier grade.",
           "PDF extraction: every 'Area for improvement n' label comes out as 'Area for improve ment n' (an unbroken "
           "soft hyphen), statement words are split ('super \u2010 vises investi \u2010 gations', 'capa bilities'), "
           "ligature characters (U+FB01, U+FB03) replace fi/ffi, and AFI 3 is cut by the page break with 'OFFICIAL Page 2 of 2' "
           "between its lines. The gold gives the statements as a reader would copy them.",
           "AFI 4's box holds only the Commissioner's note that no force response was available: has_force_update false.",
           "The ACC (Crime) is unnamed and not a person fact; 'good practice' and the grading scale are distractors."]))

# kt02 -- Durham PCVC inspection response form, PEEL 2021/22 (PDF)
F = "Durham Constabulary"
GOLDS.append(gold("kt02.pdf", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, A)]),
    afis=[
      stmt(F, P2122, INV, "The force should make sure that investigations are allocated to investigators with the appropriate skills, and that supervisors review them at regular intervals.", True),
      stmt(F, P2122, LFM, "The force should improve its understanding of the demand it faces, so that it can make sure its resources are in the right place to meet it.", True),
      stmt(F, P2122, PVP, "The force should make sure it consistently shares information with partner agencies when it identifies a child at risk of exploitation.", False),
    ],
    people=[person("Maureen Okonjo-Batt", "commissioner", F, "Police, Crime and Victims\u2019 Commissioner"),
            person("Declan Farraday", CC, F, "Chief Constable")],
    notes=["The kind of each item is given only by the ticked box (\u2612) among \u2610 boxes. Item 4 is ticked "
           "'Innovative / good practice' and is not a statement. Item 3 has an empty 'Force response' field and "
           "no box ticked under 'Accepted?': has_force_update false.",
           "Grades come from a nested table inside a form field. 'Providing a service to the victims of crime: Not graded' "
           "gives nothing. 'Strategic planning, organisational management and value for money' -> leadership-management. "
           "'again found to be outstanding' restates the 2021/22 grade and names no earlier period.",
           "Durham's commissioner is a Police, Crime and Victims' Commissioner (curly apostrophe, as printed). The Chief "
           "Constable is given as 'Declan Farraday, Chief Constable' in a form field.",
           "PDF extraction splits words at unbroken soft hyphens ('allo cated', 'appro priate', 'under standing', "
           "'consis tently', 'infor mation'); gold gives the words whole."]))

# kt03 -- Cleveland PCC response with Response | Status tables, PEEL 2023-25 (PDF)
F = "Cleveland Police"
GOLDS.append(gold("kt03.pdf", "response-record", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, A), (LFM, RI)]),
    afis=[
      stmt(F, P2325, INV, "The force should improve the supervision of investigations, so that victims are kept informed and investigations are completed without unnecessary delay.", True),
      stmt(F, P2325, PPT, "The force should make sure that officers record the reasons for every use of force, and that it monitors this data to identify any disproportionality.", False),
    ],
    recs=[
      stmt(F, P2325, RESP, "Within six months, the force should make sure that it answers emergency calls within the national standard, and that its call handlers carry out a structured risk assessment for every call.", True),
      stmt(F, P2325, RESP, "Within six months, the force should review its attendance policy so that incidents are graded appropriately and attended within the times it has set.", False),
    ],
    coc=[stmt(F, P2325, RESP, "The force isn\u2019t answering emergency and non-emergency calls quickly enough, and it doesn\u2019t always attend incidents within its published times. This means that vulnerable people may be exposed to risk for longer than they should be.", True)],
    people=[person("Tobias Renwick-Hale", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
            person("Sunita Marwood", CC, F, "Acting Chief Constable", "acting"),
            person("Roderick Lanyon", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=["Recommendation 1 crosses the page break: the running header ('Cleveland Office of the Police and Crime "
           "Commissioner Response to HMICFRS PEEL 2023\u201325'), 'Page 2' and the repeated table header "
           "'Finding Response Status' fall between its lines, and its Response cell is split likewise.",
           "Recommendation 2's response ('Not yet started. The review will begin ...') says nothing has been done: "
           "has_force_update false (unsure: it is the force's stated position). The second AFI's response cell is '\u2014'.",
           "The AFIs have no section heading; their questions are read from their content (supervision of "
           "investigations -> investigating-crime; use of force -> treatment-of-public). Unsure for the second.",
           "The cause of concern and its recommendations are about calls and attendance -> responding-to-public.",
           "The State of Policing national recommendations are not tracked and give nothing."]))

# kt04 -- HMICFRS PEEL 2023-25 report extract for Cumbria, two columns with footnotes (PDF)
F = "Cumbria Constabulary"
GOLDS.append(gold("kt04.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (PVP, G), (MOS, G), (WORK, G), (RESP, A), (INV, A), (LFM, A)])
    + grades(F, P2122, [(INV, G)]),
    afis=[
      stmt(F, P2325, RESP, "The force should reduce the number of non-emergency calls that are abandoned, and make sure callers are given an accurate estimate of the time they will wait.", False),
      stmt(F, P2325, INV, "The force should make sure that supervisors review investigations regularly and record clear directions, so that all reasonable lines of enquiry are followed.", False),
      stmt(F, P2325, INV, "The force should improve how it records the reasons a victim withdraws their support for an investigation, and consider whether evidence-led prosecutions are possible.", False),
      stmt(F, P2325, LFM, "The force should develop its understanding of the skills and capabilities of its workforce, so that it can plan for the demand it expects.", False),
    ],
    people=[person("Gethin Aldous-Ward", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Joanna Pettigrew-Lamb", CC, F, "Chief Constable")],
    notes=["The grade table is a five-column grid (one column per grade) with the areas stacked in cells; "
           "two-column body text. Footnote numbers are glued to words in the extracted text ('adequate1', "
           "'adequate4', 'requires2', 'standard3').",
           "Footnote 4 ('In 2021/22 we graded the force good in this area') gives a 2021/22 investigating-crime judgement.",
           "Extraction breaks 'non-\\nemergency', 'evidence-\\nled' and 'Pettigrew-\\nLamb' at their real hyphens; the gold keeps the hyphens.",
           "The PCC is unnamed. 'good practice', 'an adequate supply', 'how good' and 2025/26 are distractors; victim service is not graded."]))

# kt05 -- Gwent police and crime panel paper, PEEL 2023-25 (PDF)
F, NW = "Gwent Police", "North Wales Police"
GOLDS.append(gold("kt05.pdf", "response-record", [F, NW], [HF],
    [insp(F, P2325, inspectorate=HF), insp(NW, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (WORK, G), (PPT, A), (PVP, A), (MOS, A), (LFM, A), (RESP, RI), (INV, RI)])
    + grades(NW, P2325, [(RESP, G), (INV, A)]),
    afis=[
      stmt(F, P2325, RESP, "The force should make sure that call handlers carry out and record a structured risk assessment for every call, so that the level of risk is identified and the right response is given.", True),
      stmt(F, P2325, INV, "The force should make sure that investigations are allocated to officers with the right skills and experience, and that supervisors give clear direction and review investigation plans regularly, so that victims receive a consistent service and offenders are brought to justice.", True),
      stmt(F, P2325, INV, "The force should improve the information it gives victims about the progress of their case, in line with the Victims\u2019 Code.", False),
    ],
    people=[person("Lowri Ashdown-Price", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Elis Prydderch", "commissioner", F, "Commissioner"),
            person("Mererid Hale", CC, F, "Deputy Chief Constable", "deputy"),
            person("Owain Treharne-Lloyd", CC, F, "Chief Constable")],
    notes=["North Wales Police's grades are given in passing (2.2). 'Heddlu Gwent' is an alias.",
           "The AFIs are quoted blockquotes after 'The report states:'; each is followed by a 'Force update:' paragraph "
           "except the third (3.6: 'has not yet provided an update').",
           "People: 'The Commissioner, Elis Prydderch' (title as written: 'Commissioner'; the report heading gives "
           "'Police and Crime Commissioner for Gwent'). 'The Chief Constable, Owain Treharne-Lloyd' is split across lines "
           "at its hyphen in the extraction ('Treharne-\\nLloyd').",
           "5.1 is the Panel's own recommendation, not a PEEL fact."],
    also={"people": [person("Elis Prydderch", "commissioner", F, "Police and Crime Commissioner for Gwent")]}))

# kt06 -- Wiltshire PCC response template (DOCX), PEEL 2021/22
F = W
GOLDS.append(gold("kt06.docx", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (PVP, I), (INV, RI), (LFM, RI), (PPT, A), (PREV, A)]),
    afis=[
      stmt(F, P2122, INV, "The force should improve the supervision of investigations so that they are completed effectively and victims are kept informed.", True),
      stmt(F, P2122, LFM, "The force should make sure it has an effective plan to manage demand, supported by a clear understanding of its workforce capability.", True),
    ],
    recs=[
      stmt(F, P2122, RESP, "Within three months, the force should make sure that it answers emergency calls in line with the national standard.", True),
      stmt(F, P2122, RESP, "Within six months, the force should make sure that the risks to vulnerable callers are identified at first contact, using a structured triage process.", False),
    ],
    coc=[stmt(F, P2122, RESP, "The force isn\u2019t responding to calls for service from the public in a timely way, and it doesn't always identify vulnerable callers. This means that some vulnerable people are put at risk.", True)],
    people=[person("Aldous Kerrigan", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Adaeze Holloway", CC, F, "Chief Constable"),
            person("Gareth Munsley", "commissioner", F, "Police and Crime Commissioner for Wiltshire and Swindon")],
    notes=["The kind of each row is in the 'Type' column; the status column holds checkbox marks "
           "('\u2612 Accepted \u2610 Not accepted'). The second recommendation has an empty Response cell and "
           "no box ticked: has_force_update false.",
           "The cause of concern mixes a curly and a straight apostrophe ('isn\u2019t', 'doesn't'), kept as printed.",
           "The body has a soft hyphen in 'organisational manage\u00adment' and 'super\u00advision', 'under\u00adstanding' "
           "(statement texts give the words whole), and NBSP in 'requires\u00a0improvement'.",
           "'strategic planning, organisational management and value for money' -> leadership-management; "
           "'treatment of the public' -> treatment-of-public. The Deputy Chief Constable is unnamed."]))

# kt07 -- Dorset PCC response, Word file converted from a PDF (DOCX), PEEL 2023-25
F = "Dorset Police"
GOLDS.append(gold("kt07.docx", "response-record", [F, W], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (LFM, G), (WORK, G), (RESP, A), (PVP, A), (INV, RI)]),
    afis=[
      stmt(F, P2325, INV, "The force should make sure that investigations are allocated to officers with the right skills and that investigation plans are reviewed by supervisors.", True),
      stmt(F, P2325, INV, "The force should make sure that it consistently applies the requirements of the Victims\u2019 Code, including carrying out a needs assessment for every victim.", True),
      stmt(F, P2325, RESP, "The force should improve the time it takes to answer non-emergency calls, and make sure callers who abandon a call are contacted where there is a risk.", True),
      stmt(F, P2325, PVP, "The force should make sure that its staff identify and refer children who are at risk of criminal exploitation to partner agencies without delay.", False),
    ],
    people=[person("Harriet Saltonstall-Reeve", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Lionel Faircloth", "commissioner", F, "Police and Crime Commissioner for Dorset"),
            person("Imogen Strachan", CC, F, "Chief Constable")],
    notes=["Every printed line of the source PDF is its own Word paragraph; words are hyphenated at line ends "
           "('Constab-/ulary', 'pow-/ers', 'vul-/nerable', 'super-/visors', 'vic-/tim'), and a page's running "
           "footer/header ('OFFICIAL ... 2', 'Dorset OPCC \u2013 Response ...') sits as paragraphs between AFI 1's "
           "force response and AFI 2. Gold rejoins the words.",
           "The HMI's title is broken across lines ('Inspector of Constab-/ulary'); the PCC is 'As Police and Crime "
           "Commissioner for Dorset, I, Lionel Faircloth'.",
           "AFI 4 has only a Commissioner's comment asking for an update: has_force_update false.",
           "Wiltshire appears only in 'Dorset and Wiltshire Fire and Rescue Service' (a fire service grade, a distractor); "
           "listed in forces as a force named in passing. Unsure: a strict reader may not count it."]))

# kt08 -- pdftotext output of Warwickshire's PEEL 2021/22 report (TXT, CRLF, form feeds)
F = "Warwickshire Police"
GOLDS.append(gold("kt08.txt", "peel-report-2021", [F], [], [insp(F, P2122)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, A), (SOC, G), (WORK, A), (LFM, RI)]),
    afis=[
      stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls promptly, and that it identifies repeat and vulnerable callers at the first point of contact.", False),
      stmt(F, P2122, RESP, "The force should make sure it attends incidents within the times set out in its policy, and that it keeps callers updated when it can\u2019t.", False),
      stmt(F, P2122, PVP, "The force should improve the quality of its safeguarding referrals to partner agencies, so that the risks to children are clearly recorded.", False),
    ],
    people=[person("Wendell Sauvarin", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Benedict Yardley-Oaks", CC, F, "Chief Constable")],
    notes=["No inspectorate is named in the text (only the HMI's personal title), so inspectorates is empty and "
           "the inspection's inspectorate null, as in the dev corpus. The HMI's organisation is HMICFRS (2021/22 era).",
           "pdftotext layout: dotted-free grade table with long runs of spaces; running footer 'PEEL 2021/22 \u2013 "
           "Warwickshire Police  4/5' and a form feed inside the third AFI, which is also hyphenated ('agen-' / 'cies').",
           "'adequate2' has the footnote number glued; footnote 2 gives a 2018/19 investigating grade 'good' in the "
           "integrated PEEL assessment: in also_acceptable (a question-level grade for an integrated 2018/19 inspection; unsure).",
           "'inves tigating' is split by a space in the HMI text (no statement is affected).",
           "Victim service is not graded."],
    also={"inspections": [insp(F, P1819)],
          "judgements": [{"force": F, "period": P1819, "pillar": "PEEL", "question": INV, "grade": G}]}))

# kt09 -- Leicestershire OPCC web page with the response pasted from the PDF (HTML)
F = "Leicestershire Police"
GOLDS.append(gold("kt09.html", "response-record", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (RESP, A), (INV, A)]),
    afis=[
      stmt(F, P2325, RESP, "The force should make sure that its call handlers give callers accurate information about when an officer will attend, and update them if this changes.", True),
      stmt(F, P2325, INV, "The force should improve the quality of its investigation plans for cases of fraud, so that all reasonable lines of enquiry are identified and followed.", True),
    ],
    people=[person("Ceri Blandford-Oyelowo", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Tobias Wrenfield", CC, F, "Chief Constable"),
            person("Rupert Castellane-Moore", "commissioner", F, "Police and Crime Commissioner for Leicestershire, Leicester and Rutland")],
    notes=["The pasted PDF text keeps its line breaks as <br>, with 'treat-<br>ment' and 'protect-<br>ing' in the grade "
           "sentence, ligature characters in 'ﬁndings', 'ofﬁcers', 'identiﬁed', a soft hyphen (&shy;) in "
           "'investi&shy;gation' and a non-breaking hyphen (&#8209;) in 'call&#8209;back'.",
           "AFI 1 is broken by <br> after 'an' and has 'ofﬁcer' with a ligature; AFI 2 has 'identiﬁed'. The gold gives "
           "plain 'fi'.",
           "The fire and rescue 'good at prevention' in Related content is a distractor."]))

# kt10 -- Northumbria PCC news post as Markdown (cp1252, soft hyphen, NBSP)
F = "Northumbria Police"
GOLDS.append(gold("kt10.md", "press-release", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (PREV, A), (INV, A), (RESP, RI)]),
    afis=[
      stmt(F, P2325, RESP, "The force should reduce the time callers wait for their non-emergency calls to be answered.", False),
      stmt(F, P2325, INV, "The force should make sure that investigation plans are reviewed by a supervisor at regular intervals.", False),
    ],
    people=[person("Susan Dalgarno-Reid", "commissioner", F, "Police and Crime Commissioner"),
            person("Ngozi Marbury", CC, F, "Chief Constable")],
    encoding="cp1252",
    notes=["cp1252 with a soft hyphen (0xAD) in 'vulner\u00adable' inside the grade sentence, NBSPs in the date, "
           "curly quotes in the front matter and straight quotes around \"requires improvement\".",
           "The AFIs sit in a Markdown table with a Status column ('In progress', 'Not started'); a status is not an "
           "update, so has_force_update is false.",
           "'In 2019 the force was graded good for effectiveness, efficiency and legitimacy' names a year, not a "
           "period: the 2018/19 pillar grades are in also_acceptable."],
    also={"inspections": [insp(F, P1819, "Effectiveness", HF), insp(F, P1819, "Efficiency", HF), insp(F, P1819, "Legitimacy", HF)],
          "judgements": grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, G)], "Efficiency")
          + grades(F, P1819, [(None, G)], "Legitimacy")}))
