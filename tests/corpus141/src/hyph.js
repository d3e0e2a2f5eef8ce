// Put soft hyphens into long words, then keep only those at which a line actually breaks,
// so the printed page shows hyphenated line ends without hidden break points elsewhere.
(function () {
  var V = /[aeiouy]/i, L = /^[A-Za-z]+$/;
  var DI = {th:1, ch:1, sh:1, ph:1, ck:1, gh:1, wh:1, qu:1};
  function pts(w) {
    var r = [];
    for (var i = 3; i <= w.length - 3; i++) {
      var a = w[i - 1], b = w[i];
      var c = w[i + 1] || '';
      if (!V.test(a) && !V.test(b) && V.test(c) && 'rlhRLH'.indexOf(b) < 0 && !DI[(a + b).toLowerCase()]) r.push(i);
    }
    return r;
  }
  function hy(word) {
    if (word.length < 9 || !L.test(word)) return word;
    var p = pts(word), out = '', last = 0;
    p.forEach(function (i) { out += word.slice(last, i) + '\u00ad'; last = i; });
    return out + word.slice(last);
  }
  var nodes = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) {
    var n = w.currentNode, el = n.parentElement;
    if (el && el.closest('.cols') && !el.closest('h3,h4,sup,.lab')) nodes.push(n);
  }
  nodes.forEach(function (n) { n.data = n.data.replace(/[A-Za-z]+/g, hy); });
  function rect(n, i) { var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); return r.getBoundingClientRect(); }
  nodes.forEach(function (n) {
    for (var i = n.data.length - 2; i > 0; i--) {
      if (n.data[i] !== '\u00ad') continue;
      var a = rect(n, i - 1), b = rect(n, i + 1);
      var broken = (b.top > a.top + 2) || (b.left < a.left - 2);
      if (!broken) n.data = n.data.slice(0, i) + n.data.slice(i + 1);
    }
  });
})();
