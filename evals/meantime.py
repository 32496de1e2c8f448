"""Score homscheck's date reader on the MEANTIME news corpus (English, gold TIMEX3).

    python evals/meantime.py ../shared/eval/meantime [--errors 15] [--show-values]

The folder holds MEANTIME's CAT XML articles (tokens plus TIMEX3 markables whose ``value``
is normalised against the article's creation time). Nothing from it is copied anywhere; this
script only reads it. For each article it:

- rebuilds the text from the tokens (title and dateline each on a line, the body as one
  paragraph, punctuation attached the usual English way), keeping each token's character
  offsets so gold TIMEX3 spans become character spans;
- takes the ``functionInDocument="CREATION_TIME"`` TIMEX3 as the anchor (the DCT) and runs
  ``find_dates(text, anchor)``;
- scores the mentions against the gold TIMEX3s of type DATE (the DCT excluded, and so are
  our mentions that overlap it). TIME, DURATION and SET are not scored: a mention of ours
  that overlaps one of them counts neither way. DURATION recall (any overlap) is printed
  on its own line for information: ``find_dates`` reads dates, not lengths of time.

Scores (TempEval-3 style): detection precision / recall / F1, strict (exact character span)
and relaxed (any overlap, one-to-one); value accuracy = the share of relaxed matches whose
interval is right; value F1 = F1 over mentions that are matched AND have the right value.

A gold value becomes an inclusive day interval: ``2008-10-13`` a day, ``2008-10`` a month,
``2008`` a year, ``200`` a decade, ``2008-W42`` an ISO week (``-WE`` its weekend), ``2008-Q3``
a quarter, ``2008-SU`` a meteorological season (homscheck's convention), ``PRESENT_REF`` the
DCT's day, a time ``2008-10-13T..`` its day. ``PAST_REF``, ``FUTURE_REF``, ``XXXX-..``,
``FY2007`` and duration-like values have no interval: such a mention can be detected but its
value never counts as right (the number of them is printed, the ceiling they impose).
Our DateRange is right when its earliest and latest days equal the gold interval's, or when
the gold text names a part ("late 2006", "the end of this year") and ours is that part inside
the gold interval: TimeML keeps the part in a ``mod`` attribute that MEANTIME does not carry
(gold ``2006`` for "late 2006"). The number of these is printed.
"""

from __future__ import annotations

import argparse
import calendar
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import regex

from homscheck.dates import DateMention, find_dates

FOLDERS = ("intra-doc_annotation", "intra_cross-doc_annotation")
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "%", ")", "]", "'s", "'re", "'ve", "n't",
                   "''", "”", "’", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "$", "£", "€", "¥", "``", "“", "#"}
QUOTES = {"``": '"', "''": '"'}
ANNOTATED_SENTENCES = 5  # title (0), dateline (1) and the first four sentences of the body
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11)}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str
    interval: tuple[date, date] | None

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class Article:
    doc_id: str
    topic: str
    text: str
    dct: date
    dct_span: tuple[int, int] | None
    scored_end: int  # MEANTIME annotates only the first sentences: mentions after are ignored
    gold: list[Gold] = field(default_factory=list)


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    no_interval: int = 0
    dur_gold: int = 0
    dur_found: int = 0
    part_ok: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def gold_interval(value: str, dct: date) -> tuple[date, date] | None:
    """The inclusive day interval of a TIMEX3 value, or None when it names no interval."""
    v = value.strip()
    if v == "PRESENT_REF":
        return dct, dct
    if m := regex.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := regex.fullmatch(r"(\d{4})-(\d\d)(?:-XX)?", v):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo)
    if m := regex.fullmatch(r"(\d{4})", v):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := regex.fullmatch(r"(\d{3})", v):
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if m := regex.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := regex.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m := regex.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
        y = int(m[1])
        if m[2] == "WI":
            return date(y - 1, 12, 1), _month_end(y, 2)
        a, b = _SEASONS[m[2]]
        return date(y, a, 1), _month_end(y, b)
    return None


def parse_dct(value: str) -> date | None:
    if m := regex.match(r"(\d{4})-(\d\d)-(\d\d)", value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := regex.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value):  # one article: DD-MM-YYYY
        return date(int(m[3]), int(m[2]), int(m[1]))
    return None


def rebuild(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """The article's text and each token's (start, end) in it."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence: str | None = None
    glue = True  # no space before the next token
    for tok in tokens:
        raw = tok.text or ""
        word = QUOTES.get(raw, raw)
        sentence = tok.get("sentence", "")
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence and prev_sentence in ("0", "1"):
            sep = "\n"  # the title and the dateline are lines of their own
        elif glue or raw in NO_SPACE_BEFORE:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        glue = raw in NO_SPACE_AFTER
        prev_sentence = sentence
    return "".join(parts), offsets


def _anchors(node: ET.Element) -> list[str]:
    return [a.get("t_id", "") for a in node.findall("token_anchor")]


def load_article(path: Path, topic: str) -> Article | None:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id", path.stem)
    tokens = root.findall("token")
    text, offsets = rebuild(tokens)
    sentence = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    # the annotated part: title, dateline and the first sentences (0-5 in the guidelines)
    last = max([ANNOTATED_SENTENCES] + [sentence.get(a.get("t_id", ""), 0)
                                        for a in root.iter("token_anchor")])
    scored_end = max([e for t, (_, e) in offsets.items() if sentence.get(t, 0) <= last],
                     default=len(text))
    timexes = list(root.iter("TIMEX3"))
    dct_node = next((t for t in timexes if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_node is None:  # two articles do not mark it: it is the dateline's (sentence 1)
        dct_node = next((t for t in timexes if _anchors(t) and parse_dct(t.get("value", ""))
                         and all(sentence.get(a) == 1 for a in _anchors(t))), None)
    dct = parse_dct(dct_node.get("value", "")) if dct_node is not None else None
    dct_span: tuple[int, int] | None = None
    gold: list[Gold] = []
    for timex in timexes:
        spans = [offsets[a] for a in _anchors(timex) if a in offsets]
        span = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
        if timex is dct_node:
            dct_span = span
            continue
        if span is None:
            continue  # an empty (non-textual) TIMEX3
        gold.append(Gold(span[0], span[1], text[span[0]:span[1]], timex.get("type", ""),
                         timex.get("value", ""), None))
    if dct is None:
        print(f"warning: {path.name}: no creation time, skipped", file=sys.stderr)
        return None
    gold = [Gold(g.start, g.end, g.text, g.type, g.value, gold_interval(g.value, dct))
            for g in gold if g.span != dct_span]
    return Article(doc_id, topic, text, dct, dct_span, scored_end, gold)


def load(folder: Path) -> list[Article]:
    """Every article once: MEANTIME ships the same articles in both annotation folders."""
    seen: set[str] = set()
    articles: list[Article] = []
    for sub in FOLDERS:
        for path in sorted((folder / sub).glob("*/*.xml")):
            article = load_article(path, path.parent.name.removeprefix("corpus_"))
            if article is None or article.doc_id in seen:
                continue
            seen.add(article.doc_id)
            articles.append(article)
    return articles


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


@dataclass
class Errors:
    false_pos: Counter[str] = field(default_factory=Counter)
    false_neg: Counter[str] = field(default_factory=Counter)
    wrong_value: Counter[str] = field(default_factory=Counter)
    span: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)


def _key(text: str) -> str:
    """An error pattern: the mention's text with digits generalised."""
    return regex.sub(r"\d", "9", " ".join(text.lower().split()))


def _describe(m: DateMention) -> str:
    v = m.value
    if v.earliest is None or v.latest is None:
        return "unknown"
    return f"{v.earliest}..{v.latest}"


_PART = regex.compile(r"\b(?:early|mid|middle|late|end|beginning|start)\b", regex.IGNORECASE)


def _part_of(g: Gold, m: DateMention) -> bool:
    """A part of a period ("late 2006") inside the gold period that drops the part."""
    v = m.value
    if g.interval is None or v.earliest is None or v.latest is None:
        return False
    return (
        bool(_PART.search(g.text))
        and v.granularity.endswith("-part")
        and g.interval[0] <= v.earliest <= v.latest <= g.interval[1]
    )


def score_article(article: Article, errors: Errors) -> Score:
    s = Score()
    dates = [g for g in article.gold if g.type == "DATE"]
    others = [g for g in article.gold if g.type != "DATE"]
    mentions = find_dates(article.text, article.dct)
    preds: list[DateMention] = []
    for m in mentions:
        span = (m.start, m.end)
        if m.start >= article.scored_end:
            continue  # beyond the annotated sentences
        if article.dct_span and _overlap(span, article.dct_span) > 0:
            continue
        if any(_overlap(span, (g.start, g.end)) > 0 for g in others) and not any(
            _overlap(span, (g.start, g.end)) > 0 for g in dates
        ):
            continue  # on a TIME / DURATION / SET: not scored
        preds.append(m)
    for g in others:
        if g.type == "DURATION":
            s.dur_gold += 1
            if any(_overlap((m.start, m.end), g.span) > 0 for m in mentions):
                s.dur_found += 1
    s.gold, s.pred = len(dates), len(preds)
    # one-to-one: each gold takes the unused prediction that overlaps it most
    used: set[int] = set()
    for g in dates:
        s.no_interval += g.interval is None
        best, best_overlap = -1, 0
        for i, m in enumerate(preds):
            ov = _overlap((m.start, m.end), (g.start, g.end))
            if i not in used and ov > best_overlap:
                best, best_overlap = i, ov
        if best < 0:
            errors.false_neg[_key(g.text)] += 1
            errors.examples.setdefault("FN " + _key(g.text), f"{g.value} [{article.doc_id}]")
            continue
        used.add(best)
        m = preds[best]
        s.relaxed += 1
        if (m.start, m.end) == (g.start, g.end):
            s.strict += 1
        else:
            k = f"{m.text!r} vs gold {g.text!r}"
            errors.span[_key(k)] += 1
        v = m.value
        if g.interval is not None and (v.earliest, v.latest) == g.interval:
            s.value_ok += 1
        elif _part_of(g, m):
            s.value_ok += 1
            s.part_ok += 1
        else:
            k = _key(g.text)
            errors.wrong_value[k] += 1
            errors.examples.setdefault(
                "VAL " + k, f"gold {g.value}, ours {_describe(m)} (DCT {article.dct})"
            )
    for i, m in enumerate(preds):
        if i not in used:
            errors.false_pos[_key(m.text)] += 1
            errors.examples.setdefault("FP " + _key(m.text), f"{_describe(m)} [{article.doc_id}]")
    return s


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _row(name: str, s: Score) -> str:
    def prf(tp: int) -> tuple[float, float, float]:
        p = tp / s.pred if s.pred else 0.0
        r = tp / s.gold if s.gold else 0.0
        return p, r, _f1(p, r)

    sp, sr, sf = prf(s.strict)
    rp, rr, rf = prf(s.relaxed)
    _, _, vf = prf(s.value_ok)
    acc = s.value_ok / s.relaxed if s.relaxed else 0.0
    return (f"{name:<10}{s.gold:>5}{s.pred:>5}  {sp:5.3f} {sr:5.3f} {sf:5.3f}  "
            f"{rp:5.3f} {rr:5.3f} {rf:5.3f}  {acc:6.3f} {vf:6.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("folder", type=Path, help="the MEANTIME folder (with intra-doc_annotation/)")
    ap.add_argument("--errors", type=int, default=15, help="how many error patterns to show")
    args = ap.parse_args(argv)
    articles = load(args.folder)
    if not articles:
        print(f"no MEANTIME articles under {args.folder}", file=sys.stderr)
        return 2
    by_topic: dict[str, Score] = defaultdict(Score)
    total = Score()
    errors = Errors()
    for article in articles:
        s = score_article(article, errors)
        by_topic[article.topic].add(s)
        total.add(s)
    print(f"MEANTIME English: {len(articles)} articles, gold TIMEX3 type DATE (DCT excluded)")
    print(f"{'':<10}{'gold':>5}{'ours':>5}  {'strict P/R/F1':<18} {'relaxed P/R/F1':<18} "
          f"{'v.acc':>6} {'v.F1':>6}")
    for topic in sorted(by_topic):
        print(_row(topic, by_topic[topic]))
    print(_row("overall", total))
    print(f"gold DATEs without a day interval (PAST_REF, FUTURE_REF, XXXX, FY...): "
          f"{total.no_interval} of {total.gold}")
    print(f"values right as a part of the gold period (\"late 2006\" for gold 2006): "
          f"{total.part_ok}")
    if total.dur_gold:
        print(f"DURATION (not scored above): {total.dur_found} of {total.dur_gold} overlapped by "
              f"a date mention")
    n = args.errors
    sections = (
        ("false negatives (gold DATE not found)", errors.false_neg, "FN "),
        ("false positives (ours, no gold DATE)", errors.false_pos, "FP "),
        ("wrong values (matched, interval differs)", errors.wrong_value, "VAL "),
        ("span differences (matched, not exact)", errors.span, ""),
    )
    for title, counter, prefix in sections:
        print(f"\n{n} most common {title}: {sum(counter.values())} in all")
        for key, count in counter.most_common(n):
            example = errors.examples.get(prefix + key, "") if prefix else ""
            print(f"  {count:>3}  {key:<40} {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
