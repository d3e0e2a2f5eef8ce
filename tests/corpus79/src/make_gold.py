"""Write gold/lx01.json ... gold/lx10.json (format: shared/corpus/GOLD-FORMAT.md). Standard library only."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

def insp(f, p, pil="PEEL", i=None): return {"force": f, "period": p, "pillar": pil, "inspectorate": i}
def jj(f, p, pairs, pil="PEEL"): return [{"force": f, "period": p, "pillar": pil, "question": q, "grade": g} for q, g in pairs]
def st(f, p, q, t, u, pil="PEEL"): return {"force": f, "period": p, "pillar": pil, "question": q, "text": t, "has_force_update": u}
def pp(n, r, o, t, q=None): return {"name": n, "role": r, "organisation": o, "title": t, "qualifier": q}
def gold(doc, genre, forces, insps, inspections, judg=(), afi=(), rec=(), coc=(), people=(), also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces, "inspectorates": insps,
         "inspections": inspections, "judgements": list(judg), "areas_for_improvement": list(afi),
         "recommendations": list(rec), "causes_of_concern": list(coc), "people": list(people)}
    if also: g["also_acceptable"] = also
    if notes: g["notes"] = notes
    return g
GS = []

F, P = "Staffordshire Police", "2021/22"
GS.append(gold("lx01.pdf", "response-record", [F, "West Mercia Police", "Derbyshire Constabulary"], [HF], [insp(F, P, i=HF)],
  jj(F, P, [(RESP, I), (INV, RI), (PVP, RI), (LFM, RI), (CDI, RI), (PREV, A), (PPT, A), (WORK, A), (MOS, G)]),
  afi=[st(F, P, PPT, "The force should make sure it records the ethnicity of people it stops and searches, so that it can understand any disproportionality.", True),
       st(F, P, INV, "The force should improve how it allocates crimes, so that each investigation goes to a team with the capability and capacity to deal with it.", True),
       st(F, P, PVP, "The force should make sure that officers complete and record a risk assessment at every domestic abuse incident they attend.", False),
       st(F, P, CDI, "The force should improve how it records crime, in particular reports of behavioural crimes such as harassment and stalking.", True)],
  coc=[st(F, P, RESP, "The force is not answering emergency and non-emergency calls quickly enough, and callers are abandoning calls before they are answered. This means risk is not being identified and the public cannot contact the force when they need to.", True),
       st(F, P, INV, "The force does not always carry out effective investigations or keep victims updated, which means victims are not receiving the service they should.", True)],
  people=[pp("Roy Wilsher", "inspector", HF, "HM Inspector of Constabulary"),
          pp("Ben Adams", "commissioner", F, "Commissioner"),
          pp("Chris Noble", "chief-constable", F, "Chief Constable")],
  notes=["Grades are in background prose 3.1: 'good use of resources' -> leadership-management (requires improvement), 'recording data about crime' -> crime-recording, 'developing a positive workplace' -> workforce. 3.2 names all five grades (scale, no judgement). Fire service grade is not PEEL.",
         "Appendix 1: CoC rows are causes of concern (the 'Cause of concern:' label is not part of the text); AFI 3's update cell says no update was received -> false.",
         "Ben Adams is first named as 'The Commissioner, Ben Adams' (title-first -> 'Commissioner'); the signature gives the full statutory title. ACC Emma Barnett and the contact officer are not person facts.",
         "'eleven areas for improvement' / 'remaining seven' are counts only."]))

F, P = "Gloucestershire Constabulary", "2021/22"
GS.append(gold("lx02.docx", "response-record", [F, "Wiltshire Police"], [HF], [insp(F, P, i=HF)],
  jj(F, P, [(RESP, I), (INV, I), (PVP, I), (PPT, RI), (PREV, G)]),
  afi=[st(F, P, RESP, "The Constabulary should make sure that it answers non-emergency calls promptly and that callers who abandon a call are contacted where there may be a risk to them.", True)],
  coc=[st(F, P, INV, "The Constabulary does not have enough trained investigators, and too many investigations are poorly supervised. As a result, victims do not always receive the service they deserve and offenders are not always brought to justice.", True)],
  people=[pp("Chris Nelson", "commissioner", F, "Police and Crime Commissioner"),
          pp("Rod Hansen", "chief-constable", F, "Chief Constable")],
  also={"people": [pp("Nick Evans", "commissioner", F, "Deputy Police and Crime Commissioner", "deputy")]},
  notes=["Minutes: grades only in the Chief Constable's reported words (3.4). 'inadequate in five of them' is a count naming no areas; only the three named inadequate areas are judgements.",
         "The cause of concern is read out (Quote style) and answered by the ACC (3.6): has_force_update true. The AFI is quoted after 'accepted the finding that:' and answered in 3.8: true. The statement texts are the quoted paragraphs only.",
         "ACC Craig Kirk is not a person fact. The Deputy PCC is in also_acceptable only (appointed, not elected). The page header (panel name) is not body text."]))

F, P = "Dyfed-Powys Police", "2017"
GS.append(gold("lx03.html", "response-record", [F, "North Wales Police", "Gwent Police", "South Wales Police", "Durham Constabulary"], [HF, H],
  [insp(F, P, "Efficiency", HF), insp(F, "2016", "Efficiency", H)],
  jj(F, P, [(None, G), ("understanding-demand", G), ("using-resources", G), ("planning-future", RI)], "Efficiency") + jj(F, "2016", [(None, RI)], "Efficiency"),
  afi=[st(F, P, None, "The force should carry out a full analysis of the skills and capabilities of its workforce, so that it can identify gaps and plan how to fill them.", True, "Efficiency"),
       st(F, P, None, "The force should make sure that its plans for investment in information technology are properly costed and linked to the demand it expects.", True, "Efficiency")],
  people=[pp("Dafydd Llywelyn", "commissioner", F, "Commissioner"),
          pp("Mark Collins", "chief-constable", F, "Chief Constable")],
  also={"inspections": [insp("Durham Constabulary", P, "Efficiency", HF)],
        "judgements": jj("Durham Constabulary", P, [(None, O)], "Efficiency")},
  notes=["2016 efficiency grade: 'an improvement on 2016, when HMIC had rated its efficiency as requires improvement' (HMIC named for it).",
         "The two AFIs are full-sentence bullets after a lead-in, so they are separate statements; they sit under no question heading (null). The Chief Constable's reply follows: true.",
         "Durham Constabulary is visited as one of the 'other forces rated outstanding': only loosely a 2017 efficiency grade (also_acceptable). The second bullet list is members' comments, not AFIs.",
         "'The Commissioner, Mr Dafydd Llywelyn': title-first -> 'Commissioner', honorific dropped."]))

F = "Northamptonshire Police"
GS.append(gold("lx04.pdf", "response-record", [F, "Leicestershire Police"], [H],
  [insp(F, "2015", "Efficiency", H), insp(F, "2014", "Efficiency", H)],
  jj(F, "2015", [(None, RI)], "Efficiency") + jj(F, "2014", [(None, G)], "Efficiency"),
  afi=[st(F, "2015", None, t, False, "Efficiency") for t in [
      "The force should build a fuller picture of the current demand for its services and how that demand is likely to change, so that it can match its resources to the needs of the public.",
      "The force should understand better how its costs relate to the outputs and outcomes it achieves.",
      "The force should produce a workforce plan that fits its expected demand and budget, and sets out the numbers, skills and behaviours it will need."]],
  people=[pp("Adam Pemberton", "chief-constable", F, "Chief Constable"),
          pp("Stephen Mold", "commissioner", F, "Police and Crime Commissioner")],
  notes=["'judged to require improvement in how efficiently it keeps people safe' is the 2015 efficiency pillar grade; 'In HMIC's 2014 assessment of efficiency the force had been judged good' gives a 2014 efficiency judgement (HMIC).",
         "The three AFIs are full-sentence bullets after a lead-in ending in a colon: separate statements, question null (no section). 2.4 says only who owns the response, with no update on any AFI: false.",
         "Effectiveness and legitimacy fieldwork is reported with no grade. The four-grade scale and '33 forces ... good or outstanding' give nothing; Leicestershire is 'among them' (good or outstanding, no single grade), so no judgement.",
         "'the Chief Constable, Adam Pemberton' and 'The Police and Crime Commissioner, Stephen Mold' (invented names) are title-first. The OPCC Chief Executive is not a person fact."]))

F = "Lancashire Constabulary"
GS.append(gold("lx05.docx", "response-record", [F, "Cumbria Constabulary"], [H],
  [insp(F, "2016", "Efficiency", H), insp(F, "2016", "Legitimacy", H), insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Legitimacy", H)],
  jj(F, "2016", [(None, RI), ("understanding-demand", G), ("planning-future", RI)], "Efficiency")
  + jj(F, "2016", [(None, G)], "Legitimacy") + jj(F, "2016", [(None, G)], "Effectiveness") + jj(F, "2015", [(None, G)], "Legitimacy"),
  afi=[st(F, "2016", None, "The constabulary should develop its understanding of the skills and capabilities of its workforce so that it can plan for the workforce it will need in future.", True, "Efficiency"),
       st(F, "2016", None, "The constabulary should set out clearly how its change programme will deliver the savings it needs beyond 2019/20.", True, "Efficiency"),
       st(F, "2016", None, "The constabulary should make sure that its vetting of officers and staff complies with national guidance.", False, "Legitimacy"),
       st(F, "2016", None, "The constabulary should improve how it manages registered sex offenders, so that visits take place within the required timescales.", True, "Effectiveness"),
       st(F, "2016", None, "The constabulary should make sure it understands the scale of fraud reported to it and the support that victims of fraud need.", True, "Effectiveness")],
  people=[pp("Sunita Gamblin", "chief-constable", F, "Deputy Chief Constable", "deputy")],
  also={"judgements": jj(F, "2016", [("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", G)], "Legitimacy")},
  notes=["Pillar grades are a bullet list ('Efficiency – ‘Requires improvement’'); Leadership is narrative only (no grade). 'requiring improvement' for planning for the future.",
         "'every question was graded good' names no question, so the three legitimacy question grades are also_acceptable only.",
         "2015: 'unchanged from 2015, when HMIC also judged the Constabulary to be good' states the grade word -> main judgement.",
         "Table 1: the pillar comes from the Pillar column; the table has no question column, so question is null. AFI 3 has an empty Update cell -> false.",
         "The Chief Constable is unnamed. The DCC is the named contact. 'good practice' (joint firearms unit with Cumbria) is a distractor; 'nine areas for improvement' is a count."]))

F = "Lincolnshire Police"
GS.append(gold("lx06.html", "response-record", [F, "Leicestershire Police", "Nottinghamshire Police"], [H, HF],
  [insp(F, "2016", "Effectiveness", H)],
  jj(F, "2016", [(None, RI), ("preventing-crime", G), ("investigating-crime", RI), ("protecting-vulnerable", I), ("serious-organised-crime", G)], "Effectiveness"),
  afi=[st(F, "2016", None, "The force should improve the quality of its investigations of burglary and vehicle crime, including the gathering of forensic evidence.", False, "Effectiveness"),
       st(F, "2016", None, "The force should make sure it manages all registered sex offenders in line with national guidance.", False, "Effectiveness")],
  rec=[st(F, "2016", "protecting-vulnerable", "To address this cause of concern, HMIC recommends that within three months the force should: review how it grades the risk to missing children, so that those at high risk receive an immediate response; and make sure that officers complete a risk assessment at every domestic abuse incident, and that supervisors check the quality of each assessment.", True, "Effectiveness")],
  coc=[st(F, "2016", "protecting-vulnerable", "HMIC has a cause of concern about how the force protects vulnerable people. Missing children are not always risk-assessed correctly, and officers attending domestic abuse incidents do not consistently complete risk assessments, which leaves some victims at risk of further harm.", True, "Effectiveness")],
  people=[pp("Marc Jones", "commissioner", F, "Police and Crime Commissioner"),
          pp("Bill Skelly", "chief-constable", F, "Chief Constable")],
  also={"inspections": [insp(F, "2015", "Effectiveness", H)],
        "judgements": jj(F, "2015", [(None, RI)], "Effectiveness"),
        "recommendations": [st(F, "2016", "protecting-vulnerable", "make sure that officers complete a risk assessment at every domestic abuse incident, and that supervisors check the quality of each assessment.", True, "Effectiveness")]},
  notes=["'the same overall grade it received in 2015' gives the 2015 grade only in also_acceptable (GOLD-FORMAT convention).",
         "Specialist capabilities 'Ungraded'. 'Published: March 2017' is a date, not the period. HMICFRS is named only in the site breadcrumb ('HMICFRS inspections'), so it is listed in inspectorates but the 2016 inspection is HMIC's.",
         "The recommendation is a lead-in plus two fragment bullets: one statement with the bullets joined; the second bullet on its own is in also_acceptable (the first ends in '; and' and cannot stand alone). The CoC is the whole paragraph under 'Cause of concern'.",
         "The Chief Constable's update (vulnerability hub, DA risk-assessment audits) answers the cause of concern and its recommendation: true; nothing answers the two AFIs: false. AFIs sit under 'Areas for improvement', no question: null."]))

F, P = "Hampshire Constabulary", "2018/19"
GS.append(gold("lx07.md", "response-record", [F], [HF], [insp(F, P, i=HF)],
  jj(F, P, [(None, G)]),
  afi=[st(F, P, "preventing-crime", "The force should make sure that its neighbourhood teams are not routinely taken away from their duties to cover response shifts.", True),
       st(F, P, "protecting-vulnerable", "The force should improve the way it records and reviews the risk to victims of stalking and harassment, so that protective measures are put in place quickly.", True),
       st(F, P, "planning-future", "The force should develop a better understanding of the skills its workforce will need, including digital and investigative skills, and use it to shape its recruitment and training.", False),
       st(F, P, "fair-treatment-workforce", "The force should make sure that all supervisors hold meaningful wellbeing conversations with their staff as part of annual appraisals.", True)],
  people=[pp("Michael Lane", "commissioner", F, "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
          pp("Zoë Billingham", "inspector", HF, "HM Inspector of Constabulary"),
          pp("Olivia Pinkney", "chief-constable", F, "Chief Constable")],
  also={"judgements": jj(F, P, [(None, G)], "Effectiveness") + jj(F, P, [(None, G)], "Efficiency") + jj(F, P, [(None, G)], "Legitimacy")},
  notes=["As dev12: the Grade field is the 2018/19 PEEL judgement; 'good at effectiveness, efficiency and legitimacy' gives per-pillar grades in also_acceptable only.",
         "AFIs sit under 2016/17-style headings: 'Treating the workforce fairly' -> fair-treatment-workforce, 'Planning for the future' -> planning-future. The planning AFI's 'Force update:' is empty -> false.",
         "The list of earlier responses (PEEL 2016/2017, CDI 2019) states no grades. The fire service and CDI inspection are not PEEL. 'good progress' is a distractor."]))

F, P = "Cheshire Constabulary", "2023-25"
GS.append(gold("lx08.txt", "response-record", [F, "Merseyside Police"], [HF], [insp(F, P, i=HF)],
  jj(F, P, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (RESP, A), (PVP, A), (LFM, A), (INV, RI)]),
  afi=[st(F, P, INV, "The force should make sure that investigations are allocated promptly to staff with the right skills, and that victims are told when their case is delayed.", True),
       st(F, P, PVP, "The force should improve how it identifies and responds to repeat victims of domestic abuse.", True)],
  people=[pp("Dan Price", "commissioner", F, "Police and Crime Commissioner for Cheshire"),
          pp("Mark Roberts", "chief-constable", F, "Chief Constable")],
  notes=["Grades are in the minute of the Chief Constable's summary, in lists whose items contain commas ('building, supporting and protecting its workforce').",
         "The five-grade scale and 'no force in the north-west had received an outstanding grade' give nothing; 2021/22 is named with no grade.",
         "AFIs are quoted (indented block after a lead-in ending in a colon) and each is answered by the CC or ACC: true.",
         "'Mark Roberts, Chief Constable, Cheshire Constabulary' -> title 'Chief Constable' (the force name is the organisation). ACC Sarah Hulme, the Chief Executive and 'good practice' with Merseyside are not facts. Cheshire Fire and Rescue Service is outside PEEL."]))

F, P = "North Wales Police", "2021/22"
GS.append(gold("lx09.pdf", "response-record", [F, "Dyfed-Powys Police"], [HF], [insp(F, P, i=HF)],
  jj(F, P, [(PPT, G), (PREV, O), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, RI)]),
  afi=[st(F, P, INV, "The force should make sure it has enough officers trained to supervise investigations, and that the supervision it gives is recorded.", True),
       st(F, P, RESP, "The force should improve how quickly it answers 101 calls.", True),
       st(F, P, LFM, "The force should develop a medium-term financial plan that shows how it will make the savings it needs, and should link that plan to its workforce and estates plans.", False)],
  people=[pp("Andy Cooke", "inspector", HF, "His Majesty’s Chief Inspector of Constabulary"),
          pp("Andy Dunbobbin", "commissioner", F, "Police and Crime Commissioner for North Wales"),
          pp("Amanda Blakeman", "chief-constable", F, "Chief Constable")],
  also={"judgements": jj(F, P, [(None, G)])},
  notes=["Grades table: 'Good use of resources' -> leadership-management (graded Requires improvement; its 'Good' is not a grade). 'Developing a positive workplace' -> workforce. Victim service not graded; CDI not examined.",
         "'a good force overall': PEEL 2021/22 gives no overall grade, so this is only in also_acceptable.",
         "AFI questions come from the area each concerns (the AFIs are numbered, not under area headings). AFI 3 has only 'Commissioner’s comments:', which is the PCC's view -> false.",
         "Andy Cooke is the addressee ('Andy Cooke QPM DL' / 'His Majesty’s Chief Inspector of Constabulary'): an inspector; name without post-nominals. The CC appears only in the cc line ('Chief Constable Amanda Blakeman'). 'good practice' with Dyfed-Powys Police is a distractor."]))

F, P = "Bedfordshire Police", "2023-25"
GS.append(gold("lx10.docx", "response-record", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [HF],
  [insp(F, P, i=HF), insp(F, "2021/22", i=HF)],
  jj(F, P, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, O), (WORK, A), (LFM, G)]) + jj(F, "2021/22", [(RESP, A)]),
  afi=[st(F, P, RESP, "The force should reduce the time it takes to answer 101 calls, and should make sure that callers who hang up are called back when there is a risk of harm.", True),
       st(F, P, RESP, "The force should make sure that it attends incidents within the times it has set, and that it tells callers when attendance will be delayed.", True),
       st(F, P, PPT, "The force should make sure that the reasonable grounds for stop and search are always recorded, and that supervisors review the records.", True),
       st(F, P, INV, "The force should make sure that all investigations have a documented investigation plan that supervisors review at regular intervals.", True)],
  people=[pp("Michelle Skeer", "inspector", HF, "HM Inspector of Constabulary"),
          pp("John Tizard", "commissioner", F, "Police and Crime Commissioner"),
          pp("Trevor Rodenhurst", "chief-constable", F, "Chief Constable"),
          pp("Sharn Basra", "chief-constable", F, "Deputy Chief Constable", "deputy")],
  notes=["Grades table uses 2023-25 names: 'Police powers and public treatment' -> treatment-of-public, 'Disrupting serious organised crime' -> serious-organised-crime, 'Building, supporting and protecting the workforce' -> workforce, 'Leadership and force management' -> leadership-management.",
         "'In 2021/22 the force was graded adequate in responding to the public' gives a 2021/22 judgement (inspectorate from context).",
         "Appendix A: AFI 3's action cell is 'Not started – scheduled for Q2 2025/26.', which is still the force's own update: true (arguable). AFIs 5 and 6 are named by topic only: nothing. 'no causes of concern', 'innovative practice' and 'outstanding grade' repeated in prose give nothing new.",
         "The Report of / Contact officer cells name offices; the contact officer is not a person fact. Header/footer are not body text."]))

os.makedirs(GOLD, exist_ok=True)
for g in GS:
    with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2); fh.write("\n")
print("wrote", len(GS), "gold files")
