"""Robustness of whole-HTML extraction: the real pages' tune half, mutated.

    python benchmarks/mutate_tune.py [MUTATION ...] [--low 0.8]

Earlier rounds tuned the tune half of article-extraction-benchmark up to 0.984
while the report half stayed at 0.955: its pages are laid out in ways the tune
pages are not. To see which layouts cost recall without looking at report
pages, every tune page is changed in one way that keeps its article and what a
reader sees, and scored again (the benchmark's shingle metric, per fold of
``tune_folds.py`` and for the whole tune half):

* ``none``: the page as it is;
* ``noclass``: every ``class`` and ``id`` attribute removed;
* ``wrap``: every ``<p>`` wrapped in a ``<div>``;
* ``divs``: every ``<p>`` made a ``<div>``;
* ``br``: paragraphs joined into one ``<p>`` by ``<br><br>``;
* ``promo``: a box of related links and a sign-up line inserted after the page's middle ``</p>``;
* ``teasers``: four teasers (a linked title and a one-sentence summary each, no class names) there;
* ``split``, ``split3``, ``splitempty``: an ad slot whose markup closes two (three) elements,
  after the page's middle ``</p>`` (``splitempty``: an empty slot, no "Advertisement" label);
* ``badclass``: the element with the most ``<p>`` children gets the class token
  ``social-sharing-enabled`` (a boilerplate word on the article's own container);
* ``font``: every ``<p>`` a ``<font>`` followed by ``<br><br>`` (an old CMS's markup);
* ``amp``: ``<img>`` as ``<amp-img>`` and an ``<amp-ad>`` with its placeholder label after the middle ``</p>``;
* ``comments``, ``relatedp``, ``author``: appended inside the element with the most ``<p>``
  children (what a CMS renders after the story, no class names): four readers' comments in
  ``<p>`` elements under a "4 Comments" heading; a "Read more:" line and six ``<p>`` of one
  link each; an author box with a prose bio;
* ``bare``: every ``<p>`` tag removed, each paragraph ended by ``<br><br>`` (text right in its ``<div>``);
* ``table``: the children of the element with the most ``<p>`` children moved into one ``<td>``,
  each ``<p>`` there a ``<font>`` followed by ``<br><br>`` (an old CMS's table layout);
* ``sections``: the element with the most ``<p>`` children split in two ``<section>`` elements at
  its middle ``<p>``, each under an ``<h2>`` ("Part one", "Part two");
* ``figures``: a ``<figure>`` with a captioned, credited photo after every second ``</p>``;
* ``lead``: the first ``<p>`` of the element with the most ``<p>`` children moved out of it into a
  ``<div>`` right before it (a lead paragraph above the story's container);
* ``keypoints``: that element's first three ``<p>`` made the items of one ``<ul>`` (key points);
* ``liveblog``: that element's ``<p>`` children two by two in ``<article>`` elements, each under a
  ``<header>`` with a ``<time>`` (a live blog's posts).
* ``strongheads``: that element's ``<h2>``-``<h4>`` children made ``<p><strong>`` lines;
* ``adsibling``: that element's children in two sibling ``<div>`` elements at its middle ``<p>``,
  an ad slot ("Advertisement" and an ``<iframe>``) between them, the markup intact;
* ``headeronly``: the page's ``<h1>`` alone in an ``<article><header>``, the body outside any
  ``<article>`` (the page's other ``<article>`` elements made ``<div>``);
* ``dlfacts``: that element's second to fourth ``<p>`` made ``<dt>``/``<dd>`` pairs of a ``<dl>``;
* ``tdrows``: each child of it in a row of its own of one layout table, in order, a ``<p>`` a ``<span>``;
* ``langclass``: the English words of every ``class`` and ``id`` (article, content, share,
  related, footer, nav ...) in Spanish, French or German;
* ``hashed``: every ``class`` and ``id`` token a hash of itself (``sc-1a2b3c``: css-modules);
* ``chapters``: that element's children in ``<section>`` elements of three ``<p>`` each, in order;
* ``deepwrap``: every ``<p>`` in three nested ``<div>`` elements (a component per paragraph);
* ``manyads``: an ad slot (its label and an ``<iframe>``, markup intact) after every third ``</p>``.

``--low R`` lists the pages whose recall falls below R (ids only). Report-half
pages are never read past their id. Nothing is asserted: figures go into
commit messages.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsclean import clean  # noqa: E402
from newsclean.bench.realpages import DEFAULT_ROOT  # noqa: E402
from newsclean.bench.runner import benchmark_body  # noqa: E402
from newsclean.bench.shingles import corpus_scores, page_prf  # noqa: E402
from newsclean.types import Options  # noqa: E402
from tune_folds import fold_of, tune_pages  # noqa: E402

_PROMO = (
    '<div class="box"><h3>More from us</h3><ul>'
    + "".join(
        f'<li><a href="/story/{i}">Another story number {i} that you might want to read today</a></li>'
        for i in range(5)
    )
    + "</ul><p>Sign up for our daily briefing and never miss a thing from our newsroom every morning.</p></div>"
)


#: four teasers with a linked title and a one-sentence summary each, no class names
_TEASERS = "".join(
    f'<div><h3><a href="/news/{i}">Council approves plan number {i} for the riverside quarter after long debate</a></h3>'
    f"<p>The decision follows months of consultation with residents, who raised concerns about traffic in area {i}.</p></div>"
    for i in range(4)
)


def _at_middle_p(html: str, insert: str) -> str:
    ends = [m.end() for m in re.finditer(r"</p>", html)]
    if len(ends) < 4:
        return html
    k = ends[len(ends) // 2]
    return html[:k] + insert + html[k:]


def _parsed_container(html: str) -> tuple[Any, Any, int]:
    """The page parsed, its element with the most ``<p>`` children (the article's container, as
    most CMSs render it) and how many; ``(None, None, 0)`` when the page does not parse."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return None, None, 0
    best, most = None, 0
    for el in root.iter():
        if isinstance(el.tag, str):
            n = sum(1 for c in el if c.tag == "p")
            if n > most:
                best, most = el, n
    return root, best, most


def _badclass(html: str) -> str:
    import lxml.html

    root, best, _ = _parsed_container(html)
    if best is None:
        return html
    best.set("class", (best.get("class") or "") + " social-sharing-enabled")
    return str(lxml.html.tostring(root, encoding="unicode"))


def _append_to_article(html: str, fragment: str) -> str:
    """``fragment`` appended inside the element with the most ``<p>`` children (the article's
    container, as a CMS renders what follows the story inside it)."""
    import lxml.html

    root, best, _ = _parsed_container(html)
    if best is None:
        return html
    for el in lxml.html.fragments_fromstring(fragment):
        if isinstance(el, str):
            continue
        best.append(el)
    return str(lxml.html.tostring(root, encoding="unicode"))


#: readers' comments below the story, in plain ``<p>`` elements under a heading, no class names
_COMMENTS_FLAT = "<h3>4 Comments</h3>" + "".join(
    f"<div><p><b>Reader {i}</b> said on November {i + 3}, 2019 at 10:{i}2 am:</p>"
    f"<p>I have been following this story for a while and I think the council got it wrong again, "
    f"as it did with the bypass in {2000 + i}. Nobody asked the people who actually live there.</p>"
    f"<p><a href='#reply{i}'>Reply</a></p></div>"
    for i in range(4)
)
_COMMENTS = f"<div>{_COMMENTS_FLAT}</div>"
#: a "related stories" block of ``<p>`` elements with one link each, after a "Read more" line
_RELATED_P = "<p><strong>Read more:</strong></p>" + "".join(
    f"<p><a href='/news/{i}'>Council approves plan number {i} for the riverside quarter after long debate</a></p>"
    for i in range(6)
)
#: an author box: a bio paragraph in prose after the story
_AUTHOR = (
    "<div><img src='/staff/jane.jpg' alt=''><p><b>Jane Example</b> is a senior reporter who covers city hall, "
    "transport and housing. She joined the paper in 2015 after ten years at a regional daily.</p>"
    "<p><a href='mailto:jane@example.com'>jane@example.com</a> | <a href='/staff/jane'>More stories by Jane</a></p></div>"
)


def _sections(html: str) -> str:
    """The element with the most ``<p>`` children split in two ``<section>`` elements at its middle
    ``<p>``, each opened by an ``<h2>`` (a long read in chapters)."""
    import lxml.html

    root, best, most = _parsed_container(html)
    if best is None or most < 4:
        return html
    kids = list(best)
    ps = [i for i, c in enumerate(kids) if c.tag == "p"]
    cut = ps[len(ps) // 2]
    first, second = (lxml.html.fragment_fromstring(f"<section><h2>Part {k}</h2></section>") for k in ("one", "two"))
    for c in kids[:cut]:
        first.append(c)
    for c in kids[cut:]:
        second.append(c)
    best.append(first)
    best.append(second)
    return str(lxml.html.tostring(root, encoding="unicode"))


def _table(html: str) -> str:
    """The children of the element with the most ``<p>`` children moved into one table cell, and
    every ``<p>`` there a ``<font>`` followed by ``<br><br>`` (an old CMS's table layout)."""
    import lxml.html

    root, best, _ = _parsed_container(html)
    if best is None:
        return html
    table = lxml.html.fragment_fromstring('<table width="100%"><tr><td valign="top"></td></tr></table>')
    cell = table.find(".//td")
    assert cell is not None
    for c in list(best):
        cell.append(c)
    best.append(table)
    for p in cell.iter("p"):
        p.tag = "font"
        p.attrib.clear()
        p.set("size", "2")
        br1, br2 = lxml.html.Element("br"), lxml.html.Element("br")
        br2.tail, p.tail = p.tail, None
        p.addnext(br1)
        br1.addnext(br2)
    return str(lxml.html.tostring(root, encoding="unicode"))


def _figures(html: str) -> str:
    """A photo with a caption and a credit (``<figure>``) after every second ``</p>``."""
    count = 0

    def figure(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count % 2:
            return m.group(0)
        return (
            m.group(0) + f'<figure><img src="/photos/{count}.jpg" alt=""><figcaption>Residents gathered near the site '
            f"on Tuesday morning to watch the work begin, photo number {count}. (Photo: Jane Example / Agency)"
            "</figcaption></figure>"
        )

    return re.sub(r"</p>", figure, html)


def _container_ps(html: str) -> tuple[Any, Any, list[Any]]:
    """The page parsed, its element with the most ``<p>`` children and those ``<p>`` children."""
    root, best, most = _parsed_container(html)
    if best is None or most < 4:
        return None, None, []
    return root, best, [c for c in best if c.tag == "p"]


def _serial(root: Any) -> str:
    import lxml.html

    return str(lxml.html.tostring(root, encoding="unicode"))


def _detach(el: Any) -> None:
    """``el`` taken out of its parent, the text after it (its tail) left in place."""
    parent, prev = el.getparent(), el.getprevious()
    tail, el.tail = el.tail, None
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _lead(html: str) -> str:
    """The container's first ``<p>`` moved into a ``<div>`` right before the container."""
    import lxml.html

    root, best, ps = _container_ps(html)
    if not ps:
        return html
    div = lxml.html.Element("div")
    first = ps[0]
    _detach(first)
    div.append(first)
    best.addprevious(div)
    return _serial(root)


def _keypoints(html: str) -> str:
    """The container's first three ``<p>`` made ``<li>`` items of one ``<ul>`` in their place."""
    import lxml.html

    root, _best, ps = _container_ps(html)
    if not ps:
        return html
    ul = lxml.html.Element("ul")
    ps[0].addprevious(ul)
    for p in ps[:3]:
        _detach(p)
        p.tag = "li"
        p.attrib.clear()
        ul.append(p)
    return _serial(root)


def _liveblog(html: str) -> str:
    """The container's ``<p>`` children two by two in ``<article>`` posts, each under a timed header."""
    import lxml.html

    root, _best, ps = _container_ps(html)
    if not ps:
        return html
    for k in range(0, len(ps), 2):
        post = lxml.html.fragment_fromstring(
            f"<article><header><time>{9 + k // 12:02d}:{(k * 5) % 60:02d}</time></header></article>"
        )
        ps[k].addprevious(post)
        for p in ps[k : k + 2]:
            post.append(p)
    return _serial(root)


def _strongheads(html: str) -> str:
    """The headings (``h2``-``h4``) among the container's children made ``<p><strong>`` lines."""
    import lxml.html

    root, best, ps = _container_ps(html)
    if not ps:
        return html
    for c in list(best):
        if c.tag in ("h2", "h3", "h4"):
            strong = lxml.html.Element("strong")
            strong.text, strong[:] = c.text, list(c)
            c.text = None
            c.tag = "p"
            c.attrib.clear()
            c.append(strong)
    return _serial(root)


def _adsibling(html: str) -> str:
    """The container's children in two sibling ``<div>`` elements at its middle ``<p>``, an ad
    slot between them (the article's body split by an ad, its markup intact)."""
    import lxml.html

    root, best, ps = _container_ps(html)
    if not ps:
        return html
    kids = list(best)
    cut = kids.index(ps[len(ps) // 2])
    first, second = lxml.html.Element("div"), lxml.html.Element("div")
    ad = lxml.html.fragment_fromstring(
        "<div><div><span>Advertisement</span></div><iframe src='/ads/slot1'></iframe></div>"
    )
    for c in kids[:cut]:
        first.append(c)
    for c in kids[cut:]:
        second.append(c)
    for el in (first, ad, second):
        best.append(el)
    return _serial(root)


def _headeronly(html: str) -> str:
    """The page's ``<h1>`` alone in an ``<article><header>`` (the body outside the ``<article>``)."""
    import lxml.html

    root, _best, _ps = _container_ps(html)
    if root is None:
        return html
    for art in list(root.iter("article")):
        art.tag = "div"
    h1 = next(root.iter("h1"), None)
    if h1 is None:
        return html
    art = lxml.html.fragment_fromstring("<article><header></header></article>")
    h1.addprevious(art)
    tail, h1.tail = h1.tail, None
    art[0].append(h1)
    art.tail = tail
    return _serial(root)


def _dlfacts(html: str) -> str:
    """The container's second to fourth ``<p>`` made ``<dt>``/``<dd>`` pairs of one ``<dl>``
    (the first three words the term, the rest its description)."""
    import lxml.html

    root, _best, ps = _container_ps(html)
    if len(ps) < 5:
        return html
    dl = lxml.html.Element("dl")
    ps[1].addprevious(dl)
    for p in ps[1:4]:
        text = p.text_content().split()
        _detach(p)
        dt, dd = lxml.html.Element("dt"), lxml.html.Element("dd")
        dt.text, dd.text = " ".join(text[:3]), " ".join(text[3:])
        dl.append(dt)
        dl.append(dd)
    return _serial(root)


def _tdrows(html: str) -> str:
    """Every child of the container in a row of its own of one layout table, each ``<p>`` a
    ``<span>`` (an old CMS), in their order."""
    import lxml.html

    root, best, ps = _container_ps(html)
    if not ps:
        return html
    table = lxml.html.fragment_fromstring('<table border="0" cellpadding="4"><tbody></tbody></table>')
    kids = list(best)
    kids[0].addprevious(table)
    for c in kids:
        _detach(c)
        tr = lxml.html.fragment_fromstring('<tr><td class="txt"></td></tr>')
        if c.tag == "p":
            c.tag = "span"
        tr[0].append(c)
        table[0].append(tr)
    return _serial(root)


#: class and id words translated (Spanish, French, German): no English class word helps
_TRANSLATED = {
    "article": "articulo",
    "content": "contenu",
    "body": "cuerpo",
    "post": "beitrag",
    "story": "noticia",
    "entry": "eintrag",
    "text": "texte",
    "main": "principal",
    "share": "compartir",
    "sharing": "partage",
    "social": "reseaux",
    "related": "verwandte",
    "sidebar": "lateral",
    "footer": "pie",
    "comment": "commentaire",
    "comments": "kommentare",
    "nav": "navegacion",
    "navigation": "navegacion",
    "menu": "menue",
    "newsletter": "boletin",
    "author": "autor",
    "byline": "firma",
    "tags": "etiquetas",
    "tag": "etiqueta",
    "caption": "legende",
    "promo": "promocion",
    "ad": "publicidad",
    "ads": "werbung",
    "advert": "anuncio",
    "widget": "modulo",
    "trending": "tendencias",
    "popular": "populares",
    "recommended": "recomendados",
    "subscribe": "abonner",
    "header": "cabecera",
    "title": "titre",
    "date": "fecha",
    "breadcrumb": "fil",
    "breadcrumbs": "fil",
    "banner": "bandeau",
    "cookie": "galleta",
    "modal": "fenetre",
    "popup": "fenetre",
    "signup": "inscription",
    "credit": "credito",
    "image": "bild",
    "photo": "foto",
    "figure": "abbildung",
}


def _class_words(html: str, word: Callable[[str], str]) -> str:
    def attr(m: re.Match[str]) -> str:
        value = re.sub(r"[A-Za-z]+", lambda w: word(w.group(0)), m.group(3))
        return f"{m.group(1)}={m.group(2)}{value}{m.group(2)}"

    return re.sub(r"(\s(?:class|id))\s*=\s*([\"'])(.*?)\2", attr, html)


def _hashed(html: str) -> str:
    """Every class and id token replaced by a hash of it (css-modules, styled-components)."""
    import hashlib

    def token(m: re.Match[str]) -> str:
        return "sc-" + hashlib.sha1(m.group(0).encode()).hexdigest()[:6]

    def attr(m: re.Match[str]) -> str:
        value = re.sub(r"\S+", token, m.group(3))
        return f"{m.group(1)}={m.group(2)}{value}{m.group(2)}"

    return re.sub(r"(\s(?:class|id))\s*=\s*([\"'])(.*?)\2", attr, html)


def _chapters(html: str) -> str:
    """The container's children in ``<section>`` elements of three ``<p>`` each (a long read in
    chapters; no heading added), in their order."""
    import lxml.html

    root, best, ps = _container_ps(html)
    if not ps:
        return html
    section, count = None, 0
    for c in list(best):
        if section is None or (c.tag == "p" and count == 3):
            section, count = lxml.html.Element("section"), 0
            c.addprevious(section)
        _detach(c)
        section.append(c)
        count += c.tag == "p"
    return _serial(root)


def _deepwrap(html: str) -> str:
    """Every ``<p>`` in three nested ``<div>`` elements (a component per paragraph)."""
    return re.sub(r"</p>", "</p></div></div></div>", re.sub(r"<p(?=[\s>])", "<div><div><div><p", html))


#: an ad slot with its label, its markup intact
_AD_SLOT = "<div><div><span>Advertisement</span></div><div><iframe src='/ads/slot'></iframe></div></div>"


def _manyads(html: str) -> str:
    """An ad slot (label and ``<iframe>``, markup intact) after every third ``</p>``."""
    count = 0

    def slot(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group(0) + (_AD_SLOT if count % 3 == 0 else "")

    return re.sub(r"</p>", slot, html)


MUTATIONS: dict[str, Callable[[str], str]] = {
    "none": lambda h: h,
    "noclass": lambda h: re.sub(r"\s(?:class|id)\s*=\s*(?:\"[^\"]*\"|'[^']*')", "", h),
    "wrap": lambda h: re.sub(r"</p>", "</p></div>", re.sub(r"<p(?=[\s>])", "<div><p", h)),
    "divs": lambda h: re.sub(r"</p>", "</div>", re.sub(r"<p(?=[\s>])", "<div", h)),
    "br": lambda h: re.sub(r"</p>\s*<p(?:\s[^>]*)?>", "<br><br>", h),
    "promo": lambda h: _at_middle_p(h, _PROMO),
    "teasers": lambda h: _at_middle_p(h, _TEASERS),
    "split": lambda h: _at_middle_p(
        h, '</div></div><div class="ad-slot"><iframe></iframe><span>Advertisement</span></div><div><div>'
    ),
    "split3": lambda h: _at_middle_p(
        h, '</div></div></div><div class="ad-slot"><span>Advertisement</span></div><div><div><div>'
    ),
    "splitempty": lambda h: _at_middle_p(h, '</div></div><div class="ad-slot"><iframe></iframe></div><div><div>'),
    "badclass": _badclass,
    "font": lambda h: re.sub(
        r"</p>", "</font><br><br>", re.sub(r"<p(?=[\s>])[^>]*>", '<font face="Arial" size="2">', h)
    ),
    "amp": lambda h: _at_middle_p(
        re.sub(r"<img(?=[\s>/])([^>]*?)/?>", r"<amp-img\1></amp-img>", h),
        '<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Advertisement</div></amp-ad>',
    ),
    "comments": lambda h: _append_to_article(h, _COMMENTS),
    "comments-flat": lambda h: _append_to_article(h, _COMMENTS_FLAT),
    "relatedp": lambda h: _append_to_article(h, _RELATED_P),
    "author": lambda h: _append_to_article(h, _AUTHOR),
    "bare": lambda h: re.sub(r"</p>", "<br><br>", re.sub(r"<p(?=[\s>])[^>]*>", "", h)),
    "table": _table,
    "sections": _sections,
    "figures": _figures,
    "lead": _lead,
    "keypoints": _keypoints,
    "liveblog": _liveblog,
    "strongheads": _strongheads,
    "adsibling": _adsibling,
    "headeronly": _headeronly,
    "dlfacts": _dlfacts,
    "tdrows": _tdrows,
    "langclass": lambda h: _class_words(h, lambda w: _TRANSLATED.get(w.lower(), w)),
    "hashed": _hashed,
    "chapters": _chapters,
    "deepwrap": _deepwrap,
    "manyads": _manyads,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mutations", nargs="*", help=f"which (default: all): {', '.join(MUTATIONS)}")
    ap.add_argument("--root", default=str(DEFAULT_ROOT), help="the article-extraction-benchmark folder")
    ap.add_argument("--low", type=float, default=0.0, help="list tune pages whose recall falls below this")
    args = ap.parse_args()
    unknown = [m for m in args.mutations if m not in MUTATIONS]
    if unknown:
        ap.error(f"unknown mutation(s): {', '.join(unknown)}")
    pages = tune_pages(args.root)
    if pages is None:
        return
    opts = Options(input_format="html")
    print("| mutation | fold | pages | P | R | F1 |\n|---|---|---|---|---|---|")
    for name in args.mutations or list(MUTATIONS):
        mutate = MUTATIONS[name]
        preds = {p.id: benchmark_body(clean(mutate(p.html), opts)) for p in pages}
        for fold in ("A", "B", "tune"):
            s = corpus_scores([(preds[p.id], p.gold_body) for p in pages if fold == "tune" or fold_of(p.id) == fold])
            print(f"| {name} | {fold} | {s['n']} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} |")
        for p in pages:
            tp, _fp, fn = page_prf(preds[p.id], p.gold_body)
            recall = tp / (tp + fn) if tp + fn else 1.0
            if recall < args.low:
                print(f"|   low: {p.id[:12]} | {fold_of(p.id)} | | | {recall:.3f} | |")


if __name__ == "__main__":
    main()
