"""oo01.pdf -- a PCC's section 55 response (Lincolnshire, PEEL 2023-25).

reportlab platypus: SimpleDocTemplate, Paragraphs, Tables with grid lines and a shaded
header row, superscript footnote marks (<super>), a running header and "Page n of m"
drawn by onPage callbacks.
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

OUT = "../docs/oo01.pdf"
RUNNING = "Commissioner\u2019s response to HMICFRS PEEL 2023\u201325: Lincolnshire Police"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20,
                    textColor=colors.HexColor("#1d3557"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15,
                    textColor=colors.HexColor("#1d3557"), spaceBefore=10)
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.5, alignment=0, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
afi = ParagraphStyle("afi", parent=body, fontName="Helvetica-Oblique", leftIndent=10 * mm,
                     rightIndent=6 * mm, textColor=colors.HexColor("#222222"))
foot = ParagraphStyle("f", parent=body, fontSize=7.5, leading=9.5)


class Doc(SimpleDocTemplate):
    pass


def decorate(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(20 * mm, 287 * mm, RUNNING)
    canv.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
    canv.drawRightString(190 * mm, 10 * mm, "Page %d of %d" % (doc.page, TOTAL))
    canv.drawString(20 * mm, 10 * mm, "OFFICIAL")
    canv.restoreState()


def grid(data, widths):
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3557")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def P(t, s=body):
    return Paragraph(t, s)


def make_story():
  story = [
      P("Response of the Police and Crime Commissioner for Lincolnshire", h1),
      P("to His Majesty\u2019s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) "
        "report <i>PEEL 2023\u201325: Police effectiveness, efficiency and legitimacy \u2013 An "
        "inspection of Lincolnshire Police</i>", body),
      P("1. Introduction", h2),
      P("Section 55 of the Police Act 1996 asks me, as the local policing body, to comment on every "
        "HMICFRS report about my force and to send those comments to the Home Secretary. This paper "
        "is that response. I invited the Chief Constable to give her view first, and her comments on "
        "each area for improvement are set out beside my own.<super>1</super>"),
      P("I welcome the report. His Majesty\u2019s Inspector of Constabulary Lucas Ormerod and his team "
        "spent several weeks with officers and staff across the county, and I am grateful for the "
        "care they took. Police and Crime Commissioner Alwyn Fenwick-Rae and Chief Constable Imogen "
        "Sallis have agreed a single improvement plan, which my office will scrutinise at each "
        "quarterly accountability board."),
      P("2. How the force was graded", h2),
      P("HMICFRS grades each area on a five-point scale: outstanding, good, adequate, requires "
        "improvement and inadequate. The table below lists the grades from the 2023\u201325 report and, "
        "for comparison, the grade the same area received in the PEEL 2021/22 "
        "inspection.<super>2</super>"),
  ]

  rows = [
      ("Police powers and public treatment", "Good", "Adequate"),
      ("Preventing crime", "Adequate", "Good"),
      ("Responding to the public", "Requires improvement", "Adequate"),
      ("Investigating crime", "Adequate", "Requires improvement"),
      ("Protecting vulnerable people", "Adequate", "Adequate"),
      ("Managing offenders and suspects", "Good", "Good"),
      ("Building, supporting and protecting the workforce", "Adequate", "Good"),
      ("Leadership and force management", "Good", "Good*"),
  ]
  data = [[P("Area of policing", cellb), P("PEEL 2023\u201325 grade", cellb),
           P("PEEL 2021/22 grade", cellb)]]
  data += [[P(a, cell), P(b, cell), P(c, cell)] for a, b, c in rows]
  story.append(grid(data, [90 * mm, 40 * mm, 40 * mm]))
  story.append(Spacer(1, 3 * mm))
  story.append(P("* In 2021/22 this area was called \u201cgood use of resources\u201d.", foot))
  story.append(P(
      "The victim service assessment is not graded. The report makes no cause of concern and no "
      "recommendations. It identifies five areas for improvement, and it records one example of "
      "good practice in the force\u2019s use of drones to search for missing people."))
  story.append(P(
      "For context only: Lincolnshire Fire and Rescue, which is not part of my remit, was inspected "
      "separately in 2024 and judged good at preventing fires. Serious and organised crime is tackled "
      "regionally through the East Midlands Special Operations Unit, together with Nottinghamshire "
      "Police and Derbyshire Constabulary, and was not graded for Lincolnshire on its own."))

  story.append(P("3. Areas for improvement", h2))
  afis = [
      ("Responding to the public",
       "The force should make sure that calls to its non-emergency number are answered promptly, "
       "and that it understands why so many callers hang up before they reach a call handler.",
       "The control room has recruited twelve additional call handlers and introduced a call-back "
       "option in November 2024. Abandonment fell from 21 percent to 9 percent by March 2025.",
       "I will keep non-emergency answer times on the agenda of every accountability board until "
       "the improvement has been sustained for a full year."),
      ("Responding to the public",
       "The force should make sure that the risk to callers is reassessed when attendance is "
       "delayed beyond the target time, and that the reassessment is recorded.",
       "A prompt now appears on the command and control system when an incident passes its target "
       "time. Supervisors audit a sample of 50 incidents each month.",
       "I am content with the approach and have asked for the first three months of audit results."),
      ("Investigating crime",
       "The force should improve how it records and reviews investigation plans, so that "
       "supervisors can see what has been done and what is still outstanding.",
       "Investigation plan templates have been added to the crime recording system and first-line "
       "supervisors have been briefed on their use.",
       "Progress is encouraging; my office will dip-sample closed investigations in the summer."),
      ("Protecting vulnerable people",
       "The force should make sure that it shares information about children at risk with "
       "partner agencies without delay, especially outside office hours.",
       None,
       "The force\u2019s comments on this area were not ready when this response was finalised. I "
       "have asked for them by the end of June."),
      ("Building, supporting and protecting the workforce",
       "The force should improve how it monitors the wellbeing of staff in high-risk roles, "
       "including those who view indecent images of children.",
       "Mandatory psychological screening has been extended to all staff in the online child "
       "abuse team, and a wellbeing dashboard is reviewed monthly by the People Board.",
       "I support this work and will seek assurance on take-up through the People Board."),
  ]
  for n, (area, text, force, pcc) in enumerate(afis, 1):
      block = [P("<b>Area for improvement %d \u2013 %s</b>" % (n, area)), P(text, afi)]
      if force:
          block.append(P("<b>Force response:</b> " + force))
      block.append(P("<b>Commissioner\u2019s comment:</b> " + pcc))
      story.append(KeepTogether(block))

  story.append(P("4. Conclusion", h2))
  story.append(P(
      "Lincolnshire remains one of the lowest-funded forces in England and Wales. The report shows "
      "real progress on investigations since 2021/22, but the call-handling position is not where "
      "the public expect it to be. I will publish an update on the improvement plan in the 2025/26 "
      "annual report."))
  story.append(Spacer(1, 6 * mm))
  story.append(P("Alwyn Fenwick-Rae<br/>Police and Crime Commissioner for Lincolnshire<br/>"
                 "7 May 2025"))
  story.append(Spacer(1, 8 * mm))
  story.append(P("<super>1</super> The Chief Constable\u2019s comments were received on 22 April 2025.",
                 foot))
  story.append(P("<super>2</super> The 2021/22 report was published in September 2022.", foot))
  return story


TOTAL = 0


def build(total):
    global TOTAL
    TOTAL = total
    doc = Doc(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
              bottomMargin=18 * mm, title="PCC response PEEL 2023-25", author="OPCC")
    doc.build(make_story(), onFirstPage=decorate, onLaterPages=decorate)
    return doc.page


pages = build(9)
build(pages)
