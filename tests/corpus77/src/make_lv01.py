"""Write docs/lv01.html: a local radio station's news page (March 2017) listing every
force's PEEL 2016 effectiveness grade, grouped by grade. Standard library only."""
import os
from data import LV01

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv01.html")


def names(key):
    items = [s for s, _ in LV01[key]]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Police effectiveness: how does your force rate? | Solent Wave 107.4</title>
<style>
body {{ font-family: Georgia, serif; margin: 0; background: #f4f4f4; }}
header {{ background: #0b3d6b; color: #fff; padding: 10px 24px; }}
header a {{ color: #fff; margin-right: 14px; text-decoration: none; font-family: Arial, sans-serif; }}
.wrap {{ display: flex; max-width: 1040px; margin: 0 auto; background: #fff; }}
article {{ flex: 3; padding: 18px 28px; line-height: 1.5; }}
aside {{ flex: 1; padding: 18px; background: #eef2f6; font-family: Arial, sans-serif; font-size: 14px; }}
.meta {{ color: #666; font-size: 13px; font-family: Arial, sans-serif; }}
.grade {{ font-weight: bold; }}
footer {{ text-align: center; font-size: 12px; color: #777; padding: 14px; font-family: Arial, sans-serif; }}
</style>
</head>
<body>
<header>
  <strong>Solent Wave 107.4</strong> &nbsp;
  <a href="/">Home</a><a href="/news">News</a><a href="/travel">Travel</a><a href="/listen">Listen live</a><a href="/competitions">Win</a>
</header>
<div class="wrap">
<article>
<p class="meta">News &rsaquo; Island &rsaquo; Crime</p>
<h1>Police effectiveness: how does your force rate?</h1>
<p class="meta">Posted 2 March 2017, 06:10 &middot; by the Solent Wave newsroom</p>

<p>The police watchdog has published its verdict on how good each of the 43 forces in England and Wales is at keeping people safe and cutting crime.</p>

<p>Her Majesty&rsquo;s Inspectorate of Constabulary (HMIC) looked at four questions for every force:</p>
<p>
:: Is the force good at stopping crime and anti-social behaviour before it happens?<br>
:: How well does it investigate crime and deal with offenders?<br>
:: Does it protect vulnerable people and support victims?<br>
:: How well does it take on serious and organised crime?
</p>

<p>Each force then got one overall grade for effectiveness. This is how the inspectors rated them:</p>

<p class="grade">:: Outstanding</p>
<p>{o}</p>
<p class="grade">:: Good</p>
<p>{g}</p>
<p class="grade">:: Requires improvement</p>
<p>{r}</p>
<p class="grade">:: Inadequate</p>
<p>{i}</p>

<p>That means Hampshire Constabulary, which polices the Island as well as the mainland, is one of {nr} forces told they must do better. A force spokesperson told us officers had already changed the way missing children are handled and that she expected the next inspection to show it.</p>

<p>HM Inspector of Constabulary Zo&euml; Billingham said most forces were keeping people safe, but that too many vulnerable victims were still let down when demand was at its highest, particularly at night and at weekends.</p>

<p>The inspectorate graded the same force areas on efficiency last November and will report on legitimacy later in the spring.</p>

<p class="meta">Tags: police, HMIC, Hampshire, PEEL</p>
</article>
<aside>
<h3>Most read</h3>
<ul>
<li><a href="/n/1">Red Funnel sailings cancelled in high winds</a></li>
<li><a href="/n/2">Hampshire and Isle of Wight Fire and Rescue Service: new crew for Ryde station</a></li>
<li><a href="/n/3">Sussex chief constable to step down in the summer</a></li>
<li><a href="/n/4">Newport roadworks: what you need to know</a></li>
</ul>
<h3>On air now</h3>
<p>Breakfast with Jas and Ollie</p>
</aside>
</div>
<footer>&copy; 2017 Solent Wave Radio Ltd &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></footer>
</body>
</html>
""".format(o=names("O"), g=names("G"), r=names("R"), i=names("I"), nr=len(LV01["R"]))

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote", OUT)
