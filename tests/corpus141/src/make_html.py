"""Write src/ol01.html ... src/ol07.html (printed to PDF by build.sh). Standard library only."""
import os
from content import *

HERE = os.path.dirname(os.path.abspath(__file__))
FI, FL = "\ufb01", "\ufb02"


def page(title, body):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>\n'
            '<link rel="stylesheet" href="report.css"></head>\n<body><div class="sheet">\n%s\n'
            '</div><script src="hyph.js"></script></body></html>\n' % (title, body))


def cover(brand, title, sub, meta):
    return ('<div class="cover"><div class="brand">%s</div><h1>%s</h1><div class="sub">%s</div>'
            '<div class="meta">%s</div></div>' % (brand, title, sub, meta))


def contents(items):
    lis = []
    for it in items:
        cls = ' class="sub"' if it[0].startswith(">") else ""
        lis.append('<li%s><span class="t">%s</span><span class="d"></span><span>%s</span></li>'
                   % (cls, it[0].lstrip(">"), it[1]))
    return '<div class="contents"><h2>Contents</h2><ol>%s</ol></div>' % "".join(lis)


def afibox(items, label="Areas for improvement", sub=None):
    lis = "".join("<li>%s</li>" % t for t in items)
    if sub:
        lis = lis[:-5] + "<ul>%s</ul></li>" % "".join("<li>%s</li>" % s for s in sub)
    return '<div class="afi"><span class="lab">%s</span><ul>%s</ul></div>' % (label, lis)


def fns(*notes):
    return '<div class="fns">%s</div>' % "".join(
        "<p><sup>%d</sup> %s</p>" % (i + 1 if isinstance(n, str) else n[0], n if isinstance(n, str) else n[1])
        for i, n in enumerate(notes))


KEY = ('<p class="key">HMIC judges forces against four grades: <i>outstanding</i>, <i>good</i>, '
       '<i>requires improvement</i> and <i>inadequate</i>. The criteria for each grade are set out '
       'in annex A.</p>')

DOCS = {}

# ---------------------------------------------------------------- ol01
b = cover("HMIC &middot; Her Majesty&rsquo;s Inspectorate of Constabulary",
          "PEEL: Police effectiveness 2015", "An inspection of Cumbria Constabulary",
          "February 2016<br>&copy; HMIC 2016<br>ISBN: 978-1-78655-091-0<br>www.justiceinspectorates.gov.uk/hmic")
b += contents([("Introduction", 3), ("Force in numbers", 4), ("Overview &ndash; How effective is the force at keeping people safe and reducing crime?", 5),
               ("How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?", 8),
               (">Summary of " + FI + "ndings", 8), ("How effective is the force at investigating crime and managing offenders?", 12),
               ("How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", 17),
               ("How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?", 22),
               ("Annex A &ndash; HMIC judgments", 26)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">As part of its annual inspections into police effectiveness, efficiency and legitimacy (PEEL), '
      'HMIC assesses the effectiveness of police forces across England and Wales. This report sets out our ' +
      FI + 'ndings for Cumbria Constabulary, based on fieldwork carried out in the autumn of 2015 and on data the force supplied.<sup>1</sup></p>'
      '<p>The effectiveness of a force is measured by how well it keeps people safe and reduces crime. We looked at four areas, each '
      'framed as a question, and we gave each area a graded judgment. Our findings on vulnerability were first published in December 2015; '
      'they are repeated here because they form part of the overall judgment.<sup>2</sup></p>'
      '<p>Cumbria shares its regional organised crime unit with Lancashire Constabulary, Merseyside Police and the other forces of the North West, '
      'and it works closely with Cumbria Fire and Rescue Service, which the county council runs. The fire service is not inspected by HMIC and nothing in this report judges it.</p>')
b += fns("The data period is the twelve months to 30 June 2015, which is not the period of the assessment.",
         "PEEL: Police effectiveness (vulnerability) 2015, published 15 December 2015.") + "</div>"
b += '<h2 class="pb">Overview &ndash; How effective is the force at keeping people safe and reducing crime?</h2>'
b += ('<div class="grade"><b>Overall judgement</b><sup>3</sup><br>Cumbria Constabulary has been assessed as '
      '<b>good</b> at keeping people safe and reducing crime.</div>')
b += KEY
b += '<div class="cols">'
b += ('<h3>Summary of ' + FI + 'ndings</h3>'
      '<p class="drop">Cumbria is a large, rural county with a small number of urban centres, and the constabulary has used its local knowledge '
      'well. It is good at preventing crime and anti-social behaviour, and at keeping people safe; neighbourhood officers know their communities and '
      'work with parish councils, schools and housing providers to solve local problems. The constabulary is also good at tackling serious and organised crime.</p>'
      '<p>However, the constabulary requires improvement in how it investigates crime and manages offenders. The quality of investigations carried out by '
      'uniformed officers is inconsistent, and supervision is not always evident on the file. It also requires improvement in the way it protects vulnerable people '
      'and supports victims: the ﬂow of information from the control room to attending officers is too often incomplete.</p>'
      '<p>In our 2014 assessment we did not give the constabulary an overall effectiveness grade, so no comparison with last year is possible.</p>')
b += fns((3, "HMIC uses the spelling &lsquo;judgment&rsquo; in most of its reports; the spelling here follows the heading."))
b += '<h3>How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?</h3>'
b += ('<p>Officers and staff understand the threats to their communities, and the constabulary uses a problem-solving approach that is understood at every level. '
      'We found good examples of partnership work with the district councils to reduce anti-social behaviour in town centres at night.</p>'
      '<div class="grade">Cumbria Constabulary is <b>good</b> at preventing crime and anti-social behaviour, and keeping people safe.</div>'
      '<p>We identified no areas for improvement for this question.</p>')
b += '<h3>How effective is the force at investigating crime and managing offenders?</h3>'
b += ('<p>The constabulary attends crime scenes promptly and officers collect evidence well at the first stage. After that, the picture is mixed. Files we reviewed often lacked '
      'an investigation plan, and we found cases in which no supervisor had reviewed progress for several weeks. Arrangements for managing registered sex offenders are sound.</p>'
      '<div class="grade">Cumbria Constabulary <b>requires improvement</b> in how it investigates crime and manages offenders.</div>')
b += afibox(OL01_AFI_INV)
b += '<h3>How effective is the force at protecting from harm those who are vulnerable, and supporting victims?</h3>'
b += ('<p>The constabulary has a clear commitment to protecting vulnerable people, and its multi-agency safeguarding hub is well established. Nevertheless, call handlers do not always '
      'check whether a caller has been a victim before, and officers arriving at domestic abuse incidents sometimes lack the history they need.<sup>4</sup></p>'
      '<div class="grade">The constabulary <b>requires improvement</b> in the way it protects vulnerable people from harm and supports victims.</div>')
b += afibox([OL01_AFI_VUL[0], OL01_AFI_VUL[1]], sub=OL01_AFI_VUL[2:])
b += fns((4, "Cumbria&rsquo;s neighbour, Durham Constabulary, was inspected in the same week; its findings are published separately."))
b += '<h3>How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?</h3>'
b += ('<p>The constabulary has a good understanding of the organised crime groups that operate in the county, many of which have links with Merseyside and Lancashire. '
      'It disrupts their activity through a mixture of enforcement and prevention, and it can mobilise its firearms officers and public order units in line with the national requirement.</p>'
      '<div class="grade">Cumbria Constabulary is <b>good</b> at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities.</div>'
      '<p>We found good practice in the way the serious organised crime local profile is shared with partners.</p>')
b += '</div>'
b += ('<p class="sig">%s, %s, Northern Region</p>' % OL01_HMI)
DOCS["ol01"] = page("PEEL: Police effectiveness 2015 - Cumbria Constabulary", b)

# ---------------------------------------------------------------- ol02
b = cover("HMIC", "PEEL: Police legitimacy 2016", "An inspection of Merseyside Police",
          "December 2016<br>&copy; HMIC 2016<br>ISBN: 978-1-78655-282-2")
b += contents([("Introduction", 3), ("Overall judgement", 4), ("Summary of " + FI + "ndings", 4),
               ("To what extent does the force treat all of the people it serves with fairness and respect?", 6),
               ("How well does the force ensure that its workforce behaves ethically and lawfully?", 10),
               ("To what extent does the force treat its workforce with fairness and respect?", 14),
               ("Next steps", 18), ("Annex A &ndash; About the data", 19)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">The police act on behalf of the public, and they rely on the public&rsquo;s consent. A legitimate force treats the people it serves '
      'fairly, makes sure its workforce behaves ethically, and treats its own officers and staff fairly too. This report sets out what we found when we inspected '
      'Merseyside Police in the spring and summer of 2016.<sup>1</sup></p>'
      '<p>Our legitimacy inspection sits alongside our reports on the force&rsquo;s efficiency and leadership, which were published in November and December 2016 respectively.</p>')
b += fns("Fieldwork took place between 9 May and 22 July 2016.") + "</div>"
b += '<h2 class="pb">Overall judgement</h2>'
b += ('<div class="grade">Merseyside Police has been assessed as <b>good</b> in respect of the legitimacy with which it keeps people safe and reduces crime. '
      'Last year we also judged the force to be good.</div>' + KEY)
b += '<div class="cols"><h3>Summary of ' + FI + 'ndings</h3>'
b += ('<p class="drop">Merseyside Police is good at treating all of the people it serves with fairness and respect. Its officers understand the importance of '
      'treating people well, and the force listens to the views of its diverse communities through independent advisory groups and an active scrutiny panel.</p>'
      '<p>The force is good at ensuring that its workforce behaves ethically and lawfully. Its leaders promote the Code of Ethics, and its counter-corruption unit is '
      'well led, although vetting has fallen behind.</p>'
      '<p>The force is also good at treating its workforce with fairness and respect, but it could do more to spot the early signs that an officer or member of staff is struggling.</p>')
b += '<h3>To what extent does the force treat all of the people it serves with fairness and respect?</h3>'
b += ('<p>Officers we spoke to understood unconscious bias and could explain how it might affect their decisions. The force records and publishes stop and search data; '
      'its use of force data, however, is collected but not yet analysed.<sup>2</sup></p>'
      '<div class="grade">Merseyside Police is <b>good</b> at treating all of the people it serves with fairness and respect.</div>')
b += afibox(OL02_AFI_PUBLIC, "Area for improvement")
b += fns((2, "The national use of force recording requirement came into effect in April 2017, after our fieldwork."))
b += '<h3>How well does the force ensure that its workforce behaves ethically and lawfully?</h3>'
b += ('<p>The force reinforces standards of behaviour through regular briefings and an ethics committee chaired by the deputy chief constable. We found that around '
      'one in eight officers did not hold current vetting clearance.</p>'
      '<div class="grade">Merseyside Police is <b>good</b> at ensuring that its workforce behaves ethically and lawfully.</div>')
b += afibox(OL02_AFI_ETHICAL)
b += '<h3>To what extent does the force treat its workforce with fairness and respect?</h3>'
b += ('<p>The workforce told us that they feel valued, and grievances are dealt with promptly. The force&rsquo;s occupational health unit is well regarded, '
      'but the force does not yet have a way of identifying officers whose wellbeing may be at risk before they go off sick.</p>'
      '<div class="grade">The force is <b>good</b> at treating its workforce with fairness and respect.</div>')
b += afibox(OL02_AFI_WORKFORCE, "Area for improvement")
b += '<h3>Next steps</h3><p>We will assess progress on each area for improvement in our 2017 inspection. Neighbouring Cheshire Constabulary was inspected at the same time; its report is published separately.</p>'
b += '</div><p class="sig">%s, %s</p>' % OL02_HMI
DOCS["ol02"] = page("PEEL: Police legitimacy 2016 - Merseyside Police", b)

# ---------------------------------------------------------------- ol03
b = cover("HMICFRS &middot; Her Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services",
          "PEEL: Police efficiency 2017", "An inspection of Derbyshire Constabulary",
          "November 2017<br>&copy; HMICFRS 2017<br>ISBN: 978-1-78655-466-6")
b += contents([("Introduction", 3), ("Force in numbers", 4), ("Overview &ndash; How efficient is the force at keeping people safe and reducing crime?", 6),
               ("How well does the force understand demand?", 8), ("How well does the force use its resources?", 13),
               ("How well is the force planning for the future?", 19), ("Next steps", 24), ("Annex A &ndash; About the data", 25)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), Her Majesty&rsquo;s Inspectorate of Constabulary '
      'and Fire &amp; Rescue Services (HMICFRS) assesses the efficiency of police forces across England and Wales.<sup>1</sup> This report sets out our ' + FI + 'ndings for Derbyshire Constabulary.</p>'
      '<p>In July 2017 HMIC took on responsibility for fire and rescue service inspections and was renamed HMICFRS. Derbyshire Fire and Rescue Service shares a headquarters site '
      'with the constabulary at Butterley Hall; it was not part of this inspection and is not graded here.</p>')
b += fns("Her Majesty&rsquo;s Inspectorate of Constabulary (HMIC) carried out the 2016 inspection referred to in this report.") + "</div>"
b += '<h2 class="pb">Overview &ndash; How efficient is the force at keeping people safe and reducing crime?</h2>'
b += ('<table class="gt"><tr><th>Overall judgement</th><td><b>Good</b></td></tr>'
      '<tr><th>Last year&rsquo;s judgement (HMIC, 2016)</th><td>Good</td></tr></table>'
      '<p class="key">Grades are <i>outstanding</i>, <i>good</i>, <i>requires improvement</i> or <i>inadequate</i>.</p>')
b += '<div class="cols"><h3>Summary of ' + FI + 'ndings</h3>'
b += ('<p class="drop">Derbyshire Constabulary is good at understanding the demand for its services and good at planning for the future. It uses a detailed demand model, '
      'refreshed every quarter, and it has a realistic and ﬂexible financial plan that runs to 2021.</p>'
      '<p>The constabulary requires improvement in the way it uses its resources. It does not yet know enough about the skills of its officers and staff, and it has not '
      'evaluated the regional collaborations it takes part in with Nottinghamshire Police, Leicestershire Police, Lincolnshire Police and Northamptonshire Police.<sup>2</sup></p>')
b += fns((2, "The East Midlands collaboration programme includes major crime, forensics and legal services."))
b += '<h3>How well does the force understand demand?</h3>'
b += ('<p>The constabulary has invested in analytical capacity and understands both the demand that is reported to it and the less obvious demand, such as modern slavery. '
      'We found good practice in its work with the ambulance service to reduce the time officers spend waiting with people in mental health crisis.</p>'
      '<div class="grade">Understanding demand: <b>good</b></div>')
b += '<h3>How well does the force use its resources?</h3>'
b += ('<p>Budgets are well managed, but the constabulary has only a partial picture of the skills its workforce holds.</p>'
      '<div class="grade">Use of resources: <b>requires improvement</b></div>')
b += afibox(OL03_AFI_RES)
b += '<h3>How well is the force planning for the future?</h3>'
b += ('<p>Plans are grounded in a realistic assessment of future demand, but the workforce plan lacks detail beyond 2019.</p>'
      '<div class="grade">Planning for the future: <b>good</b></div>')
b += afibox(OL03_AFI_FUT, "Area for improvement")
b += '</div><p class="sig">%s, %s</p>' % OL03_HMI
DOCS["ol03"] = page("PEEL: Police efficiency 2017 - Derbyshire Constabulary", b)

# ---------------------------------------------------------------- ol04
b = cover("HMIC", "PEEL: Police leadership 2016", "An inspection of Gwent Police",
          "December 2016<br>&copy; HMIC 2016<br>ISBN: 978-1-78655-318-8")
b += contents([("Introduction", 3), ("Summary of " + FI + "ndings", 4), ("How well does the force understand, develop and display leadership?", 5),
               (">Understanding leadership", 5), (">Developing leadership", 7), (">Displaying leadership", 9), ("Next steps", 11)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">Good leadership is essential to a police force that is effective, efficient and legitimate. In 2016 HMIC inspected leadership in every force in '
      'England and Wales. Leadership is not graded; instead, this report describes what we ' + FI + 'nd, and it sets out areas for improvement.<sup>1</sup></p>'
      '<p>We met the Police and Crime Commissioner, %s, and the Chief Constable, %s, during our fieldwork.</p>' % (OL04_PCC[0], OL04_CC[0]))
b += fns("Leadership was assessed in the same fieldwork as efficiency and legitimacy, between May and July 2016.") + "</div>"
b += '<h2 class="pb">Summary of ' + FI + 'ndings</h2><div class="cols">'
b += ('<p class="drop">Heddlu Gwent has a clear understanding of its leadership strengths and weaknesses, and it has started a programme to develop leaders at every level. '
      'The chief officer team is visible and approachable. However, the workforce does not have confidence that selection for promotion is fair, and the force has '
      'few ways of hearing what its people think of the leadership they receive.</p>'
      '<p>This report should be read alongside our other 2016 reports on the force. In our efficiency report, published in November 2016, we judged Gwent Police to be good. '
      'In our legitimacy report, published on the same day as this one, we judged the force to require improvement. Our effectiveness report will follow in 2017.</p>'
      '<p>The force collaborates with South Wales Police and Dyfed-Powys Police on specialist operations.</p>')
b += '<h3>How well does the force understand, develop and display leadership?</h3>'
b += ('<h4>Understanding leadership</h4><p>The force has commissioned a leadership survey and has mapped the ﬂow of talent through its ranks.</p>'
      '<h4>Developing leadership</h4><p>Development is available to officers, but staff have fewer opportunities, and the talent scheme is not well understood.</p>'
      '<h4>Displaying leadership</h4><p>Leaders at all levels show commitment to the Code of Ethics. Feedback from the workforce is sought only occasionally.</p>')
b += afibox(OL04_AFI)
b += '<h3>Next steps</h3><p>We will revisit these findings in 2017, when leadership will be assessed as part of the legitimacy inspection.</p></div>'
b += '<p class="sig">%s, %s, Wales and Western Region</p>' % OL04_HMI
DOCS["ol04"] = page("PEEL: Police leadership 2016 - Gwent Police", b)

# ---------------------------------------------------------------- ol05
b = cover("HMIC", "West Yorkshire Police", "Crime data integrity inspection 2016",
          "June 2016<br>&copy; HMIC 2016<br>ISBN: 978-1-78655-187-0")
b += contents([("Introduction", 3), ("Summary of inspection findings", 4), (">Overall judgment", 4), (">Cause of concern", 6),
               ("Part A &ndash; Crime recording: how well is the force doing?", 8), ("Part B &ndash; Leadership and governance", 14),
               ("Annex A &ndash; Audit findings in numbers", 19)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">In 2014 HMIC inspected crime recording in all 43 forces, and we found that about one in five crimes was not recorded. In November 2015 the '
      'Chief Inspector of Constabulary wrote to all forces to say that we would inspect each of them again in a rolling programme.<sup>1</sup> This is the report of our inspection of West Yorkshire Police.</p>'
      '<p>Crime data integrity inspections are separate from our annual PEEL assessment, although we use what we find in them when we assess legitimacy. '
      'In PEEL legitimacy 2015 we did not grade the question on crime recording; the force was judged to be good at legitimacy overall.</p>')
b += fns("Letter of 6 November 2015 from HM Chief Inspector of Constabulary to all chief constables and police and crime commissioners.") + "</div>"
b += '<h2 class="pb">Summary of inspection findings</h2>'
b += ('<div class="grade"><b>Overall judgment</b><br>West Yorkshire Police is judged to be <b>inadequate</b> in its crime-recording arrangements.</div>'
      '<p class="key">Crime data integrity grades: outstanding, good, requires improvement, inadequate. These grades are not PEEL grades.</p>')
b += '<div class="cols"><p class="drop">We estimate that West Yorkshire Police fails to record more than 80,000 reported crimes each year. ' \
     'Our audit of incident records showed that the force recorded 80.3 percent of the crimes that should have been recorded, with a confidence interval of plus or minus 2.6 percent.<sup>2</sup></p>'
b += fns((2, "The audit covered incidents reported between 1 October 2015 and 31 March 2016."))
b += '<div class="coc"><span class="lab">Cause of concern</span><p>%s</p><p>Recommendations</p><ul>%s</ul></div>' % (
    OL05_COC, "".join("<li>%s</li>" % r for r in OL05_RECS))
b += '<h3>Part A &ndash; Crime recording: how well is the force doing?</h3>'
b += ('<p>Too many decisions about recording are left to staff without the training to make them. North Yorkshire Police and South Yorkshire Police, '
      'which we inspected earlier in the programme, had put in place a dedicated crime-recording bureau; West Yorkshire has not.</p>'
      '<h3>Part B &ndash; Leadership and governance</h3><p>The force has a named chief officer lead for crime data integrity, but the force crime registrar '
      'lacks the authority and support the role needs.</p></div>')
b += '<p class="sig">%s, %s</p>' % OL05_HMI
DOCS["ol05"] = page("Crime data integrity inspection 2016 - West Yorkshire Police", b)

# ---------------------------------------------------------------- ol06
b = cover("HMICFRS", "PEEL: Police effectiveness 2017", "An inspection of Lancashire Constabulary",
          "March 2018<br>&copy; HMICFRS 2018<br>ISBN: 978-1-78655-571-7")
b += contents([("Introduction", 3), ("Overview &ndash; How effective is the force at keeping people safe and reducing crime?", 5),
               ("Preventing crime and tackling anti-social behaviour", 7), ("Protecting vulnerable people", 12),
               (">Cause of concern", 15), ("Specialist capabilities", 19), ("Next steps", 22)])
b += '<h2>Introduction</h2><div class="cols">'
b += ('<p class="drop">In 2017 we adopted a risk-based approach to our effectiveness inspections. Not every force was inspected against every question: for '
      'Lancashire Constabulary we looked again at preventing crime, protecting vulnerable people and specialist capabilities. For the other questions, the judgments we '
      'made in 2016 remain in place.<sup>1</sup></p>')
b += fns("Our 2016 effectiveness report on the constabulary was published by HMIC in March 2017.") + "</div>"
b += '<h2 class="pb">Overview &ndash; How effective is the force at keeping people safe and reducing crime?</h2>'
b += ('<div class="grade"><b>Overall judgement</b><br>Lancashire Constabulary has been assessed as <b>good</b> at keeping people safe and reducing crime. '
      'In 2016 it was also judged good.</div>')
b += ('<table class="gt"><tr><th>Question</th><th>Judgement</th><th>Year of judgement</th></tr>'
      '<tr><td>Preventing crime and tackling anti-social behaviour</td><td>Good</td><td>2017</td></tr>'
      '<tr><td>Investigating crime and reducing re-offending</td><td>Good</td><td>2016</td></tr>'
      '<tr><td>Protecting vulnerable people</td><td>Requires improvement</td><td>2017</td></tr>'
      '<tr><td>Tackling serious and organised crime</td><td>Good</td><td>2016</td></tr>'
      '<tr><td>Specialist capabilities</td><td>Not graded</td><td>2017</td></tr></table>'
      '<p class="key">Grades: outstanding, good, requires improvement, inadequate.</p>')
b += '<div class="cols"><h3>Preventing crime and tackling anti-social behaviour</h3>'
b += ('<p class="drop">The constabulary&rsquo;s neighbourhood teams are well established and ﬂexible, and we found a strong culture of problem solving. '
      'Lancashire Constabulary is good at preventing crime and tackling anti-social behaviour, as it was in 2016.</p>')
b += afibox(OL06_AFI_PREV, "Area for improvement")
b += '<h3>Protecting vulnerable people</h3>'
b += ('<p>Officers are committed to safeguarding, but demand on the control room means that too many calls from vulnerable people wait too long for a response. '
      'The constabulary requires improvement in the way it protects vulnerable people; in 2016 we judged this area to be good.</p>')
b += '<div class="coc"><span class="lab">Cause of concern</span><p>%s</p><p>To address this cause of concern, we recommend that:</p><ul>%s</ul></div>' % (
    OL06_COC, "".join("<li>%s</li>" % r for r in OL06_RECS))
b += afibox(OL06_AFI_VUL, "Area for improvement")
b += '<h3>Specialist capabilities</h3><p>The constabulary can mobilise its armed officers in line with the national requirement. As in all forces this year, this question is not graded.</p>'
b += '<h3>Next steps</h3><p>We will monitor progress through our regular contact with the constabulary and with Greater Manchester Police, with which it shares a regional organised crime unit.</p></div>'
b += '<p class="sig">%s, %s</p>' % OL06_HMI
DOCS["ol06"] = page("PEEL: Police effectiveness 2017 - Lancashire Constabulary", b)

# ---------------------------------------------------------------- ol07
b = cover("HMIC", "Responding to austerity", "Northumbria Police &ndash; PEEL 2014 efficiency",
          "July 2014, updated for PEEL November 2014<br>&copy; HMIC 2014<br>ISBN: 978-1-78246-512-6")
b += contents([("Overview", 3), ("To what extent is the force efficient?", 4),
               (">To what extent is the force taking steps to ensure a secure financial position for the short and long term?", 5),
               (">To what extent has the force got an affordable way of providing policing?", 8),
               ("Our judgments", 11), ("Force in numbers", 12)])
b += '<h2>Overview</h2><div class="cols">'
b += ('<p class="drop">This is the fourth year of HMIC&rsquo;s Valuing the Police inspection programme, which has tracked how forces are meeting the financial challenge of the '
      'spending review period. In November 2014 the findings form part of our first PEEL assessment of every force.<sup>1</sup></p>'
      '<p>Northumbria Police has had to save &pound;89.9m over the four years of the spending review. It has done so while protecting the front line, and it has a ﬁrm plan for the savings it must find in 2015/16.</p>')
b += fns("Valuing the Police 4: Policing in austerity &ndash; meeting the challenge, July 2014.") + "</div>"
b += '<h2 class="pb">To what extent is the force efficient?</h2>'
b += ('<div class="grade">Northumbria Police has been judged as <b>good</b> at being efficient.</div>')
b += '<div class="cols"><h3>To what extent is the force taking steps to ensure a secure financial position for the short and long term?</h3>'
b += ('<p class="drop">The force has a strong track record of managing its budget, and its reserves are used with care. It is judged as outstanding on this question.</p>'
      '<h3>To what extent has the force got an affordable way of providing policing?</h3>'
      '<p>The force has redesigned its local policing model and shares several back-office functions with Durham Constabulary and Cleveland Police. '
      'This question is judged as good.</p>'
      '<h3>Our judgments</h3><p>In 2014 HMIC graded efficiency for all forces and graded some aspects of effectiveness, but gave no overall effectiveness or legitimacy grade. '
      'Grades could be outstanding, good, requires improvement or inadequate. Nationally, five forces were judged outstanding for efficiency.</p></div>')
b += '<p class="sig">%s, %s</p>' % OL07_HMI
b += ('<p>We thank %s %s, and %s, %s for Northumbria, for their help.</p>' % (OL07_CC[1], OL07_CC[0], OL07_PCC[0], OL07_PCC[1]))
DOCS["ol07"] = page("Responding to austerity - Northumbria Police", b)


def main():
    for k, v in DOCS.items():
        with open(os.path.join(HERE, k + ".html"), "w", encoding="utf-8") as fh:
            fh.write(v)
        print("wrote", k + ".html")


if __name__ == "__main__":
    main()
