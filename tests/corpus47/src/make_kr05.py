"""kr05.txt: PA wire copy, cp1252 with CRLF, from kr05.src.txt (UTF-8, LF)."""
s = open('kr05.src.txt', encoding='utf-8').read()
s = (s.replace("doesn't", "doesn\u2019t").replace("don't", "don\u2019t")
      .replace("force's", "force\u2019s").replace("chief constable's", "chief constable\u2019s")
      .replace("Gwent's", "Gwent\u2019s").replace(" - ", " \u2013 "))
open('../docs/kr05.txt', 'wb').write(s.replace('\n', '\r\n').encode('cp1252'))
