"""ka05.docx: a local radio/podcast transcript as exported to Word by a transcription
service (Cambridgeshire Constabulary, PEEL 2023-25)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docxhelp import set_cell, fixed_core

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ka05.docx")

doc = Document()
fixed_core(doc, "Fen Edge Radio - The Thursday Briefing - ep 112 transcript", "AutoScribe")
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "AutoScribe transcript · machine generated, lightly edited · not for broadcast"
sec.footer.paragraphs[0].text = "fen-edge-radio_thursday-briefing_ep112.mp3 · 00:27:41"

doc.add_heading("The Thursday Briefing – Episode 112: “Is our police force any good?”", level=1)
meta = doc.add_table(rows=4, cols=2)
meta.style = "Light List"
for r, (a, b) in zip(meta.rows, [
        ("Recorded", "20 March 2025, Fen Edge Radio studio, March (Cambs)"),
        ("Duration", "27 min 41 s"),
        ("Speakers", "Gemma Walsh (presenter); Simon Kettering (Police and Crime Commissioner for "
                     "Cambridgeshire and Peterborough); Bernie Lyall (retired detective chief superintendent)"),
        ("Edited by", "K. Osei, producer")]):
    set_cell(r.cells[0], a, bold=True)
    set_cell(r.cells[1], b)
doc.add_paragraph()

LINES = [
    ("00:00:04", "GEMMA WALSH", "Good morning, you’re listening to The Thursday Briefing on Fen Edge Radio. "
     "Last week the police inspectorate – that’s HMICFRS, His Majesty’s Inspectorate of Constabulary and "
     "Fire and Rescue Services, if you want the full mouthful – published its report card on Cambridgeshire "
     "Constabulary. With me to pick through it are the county’s Police and Crime Commissioner, Simon "
     "Kettering, and Bernie Lyall, who spent thirty-one years in the job, the last few running CID in "
     "Peterborough. Morning both."),
    ("00:00:31", "SIMON KETTERING", "Morning, Gemma."),
    ("00:00:32", "BERNIE LYALL", "Morning. Nice to be let out."),
    ("00:00:35", "GEMMA WALSH", "Commissioner, headline first. How did the force do?"),
    ("00:00:39", "SIMON KETTERING", "It’s a mixed picture, and I’ll be honest about that. The force was graded "
     "good in three areas: preventing crime, protecting vulnerable people, and what they call building, "
     "supporting and protecting the workforce. I’m particularly pleased about the vulnerable people one, "
     "because that’s domestic abuse, that’s child exploitation, that’s where the harm is."),
    ("00:01:08", "GEMMA WALSH", "And the rest?"),
    ("00:01:10", "SIMON KETTERING", "Police powers and public treatment – so stop and search, use of force – was "
     "adequate. Managing offenders, adequate. Leadership and force management, adequate."),
    ("00:01:24", "BERNIE LYALL", "And responding to the public got adequate too, didn’t it, which honestly for "
     "a force this stretched I thought was–"),
    ("00:01:30", "SIMON KETTERING", "Sorry, Bernie, I’ve got to stop you there, because this one matters. "
     "Responding to the public was graded requires improvement. It’s investigating crime that came out "
     "adequate."),
    ("00:01:39", "BERNIE LYALL", "You’re right, I’ve got my columns crossed. Requires improvement for "
     "responding. Apologies to your listeners."),
    ("00:01:45", "GEMMA WALSH", "So responding went down? I’m sure last time it was better."),
    ("00:01:48", "SIMON KETTERING", "It did. In the 2021/22 inspection responding to the public was adequate, "
     "so that’s a step backwards and I’m not going to pretend otherwise."),
    ("00:01:58", "GEMMA WALSH", "Let me read listeners what the report actually says, because I’ve got it here. "
     "This is one of what they call areas for improvement, quote, The force should improve how quickly it "
     "answers emergency calls, so that it meets the national standard of answering 90 percent of them within "
     "ten seconds. Unquote. Why is that happening?"),
    ("00:02:19", "SIMON KETTERING", "Demand, mostly. The control room takes more calls on a Friday night than it "
     "did in a whole weekend five years ago. I’ve asked the Chief Constable, Alison Farrant, for a recovery "
     "plan, and she’ll present it at my Business Coordination Board on the 8th of April. That’s in public, "
     "people can watch it."),
    ("00:02:41", "BERNIE LYALL", "Can I come in on that? In my day the control room was the Cinderella of the "
     "service. You’d get officers on restricted duties put in there. It’s a specialist job now and it needs "
     "paying like one."),
    ("00:02:55", "GEMMA WALSH", "Bernie, you’ve worked alongside other forces. How does Cambridgeshire compare?"),
    ("00:03:00", "BERNIE LYALL", "Well, Hertfordshire next door got outstanding for preventing crime in this round, "
     "which tells you something, because we share a lot of back-office functions with them and Bedfordshire. "
     "Nationally, I think about a dozen forces were told they require improvement on responding, so "
     "Cambridgeshire isn’t on its own. Doesn’t make it right, mind."),
    ("00:03:21", "GEMMA WALSH", "Commissioner, no causes of concern, though?"),
    ("00:03:24", "SIMON KETTERING", "None. There are nine areas for improvement, and I’ll publish the force’s "
     "progress on each of them on my website every quarter. There’s also some good practice highlighted on "
     "rural crime, which is very Fenland."),
    ("00:03:38", "GEMMA WALSH", "We’ll take a break there. After the news, your calls – and the precept, because "
     "the Commissioner’s consultation on the 2025/26 policing budget closed on Monday. Stay with us."),
    ("00:03:49", "", "[ADVERT BREAK – 00:03:49 to 00:06:12 – not transcribed]"),
    ("00:06:12", "GEMMA WALSH", "Welcome back. First caller is Rob in Chatteris. Rob, you’re on air."),
    ("00:06:16", "CALLER (ROB)", "Hiya. Just to say, I rang 999 last summer when someone was trying car doors "
     "down our road and it took ages. So I’m not surprised. But the PCSO we’ve got is brilliant."),
    ("00:06:29", "SIMON KETTERING", "Thanks, Rob. That’s exactly the experience the inspectors described, and "
     "it’s exactly what has to change."),
]
for ts, spk, txt in LINES:
    p = doc.add_paragraph()
    r = p.add_run("[" + ts + "] ")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9)
    if spk:
        p.add_run(spk + ": ").bold = True
        p.add_run(txt)
    else:
        p.add_run(txt).italic = True
    p.paragraph_format.space_after = Pt(6)

doc.add_paragraph("[Transcript continues – remaining 21 minutes cover callers’ questions on rural crime, "
                  "speeding and the precept.]").runs[0].italic = True
doc.add_paragraph("Accuracy: AutoScribe estimates 96.8% word accuracy for this file. Speaker names were "
                  "checked by the producer. Timestamps are approximate.")
doc.save(OUT)
print("wrote", OUT)
