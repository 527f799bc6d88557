"""Property-based checks of the number reader (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import _lexicon as lex
from crosscheck.parse import find_quantities

# The ways a whole number may be written that the reader promises to understand.
WHOLE_FORMATS = {
    "plain": lambda n: str(n),
    "commas": lambda n: f"{n:,}",
    "spaces": lambda n: f"{n:,}".replace(",", " "),
}
NAMED = {word: value for word, value in lex.NUMBER_WORDS.items()
         if word not in ("hundred", "dozen")}


def _contains(sentence: str, value: float) -> None:
    found = find_quantities(sentence)
    assert found, sentence
    quantity = found[0].quantity
    assert quantity.low is not None and quantity.low <= value + 1e-9, (sentence, quantity)
    assert quantity.high is None or quantity.high >= value - 1e-9, (sentence, quantity)


@given(st.integers(min_value=2, max_value=999_999_999), st.sampled_from(sorted(WHOLE_FORMATS)))
def test_whole_numbers_parse_back_to_an_interval_containing_them(number: int, style: str) -> None:
    if style == "spaces" and number < 1000:
        style = "plain"
    written = WHOLE_FORMATS[style](number)
    if style == "plain" and 1000 <= number <= 2199:
        written = f"{number:,}"  # a bare four-digit figure in this span reads as a year
    _contains(f"Officials said {written} people had registered by then.", number)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=2),
       st.sampled_from(["million", "billion", "bn", "m"]))
def test_decimals_with_scale_words_parse_back(whole: int, places: int, scale: str) -> None:
    value_text = f"{whole / 10**places:.{places}f}"
    spacer = "" if scale in ("bn", "m") else " "
    size = {"million": 1e6, "billion": 1e9, "bn": 1e9, "m": 1e6}[scale]
    _contains(f"The ministry has set aside ${value_text}{spacer}{scale} for the plan.",
              float(value_text) * size)


@given(st.sampled_from(sorted(NAMED)))
def test_number_words_before_a_plural_parse_back(word: str) -> None:
    if NAMED[word] == 1:
        return  # "one people" is not English; "one" alone is rarely a count
    _contains(f"{word.capitalize()} people were rescued from the building.", NAMED[word])


@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1, max_value=9_999))
def test_ranges_cover_both_ends(first: int, second: int) -> None:
    low, high = sorted((first, second))
    if low == high:
        return
    found = find_quantities(f"Between {low:,} and {high:,} soldiers took part in the drill.")
    assert found[0].quantity.low <= low and found[0].quantity.high >= high


@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=0, max_value=2),
       st.sampled_from(["°C", " degrees Celsius", "%", " km"]), st.sampled_from(["-", "minus "]))
def test_negative_measurements_parse_back(whole: int, places: int, unit: str, sign: str) -> None:
    value_text = f"{whole / 10**places:.{places}f}"
    _contains(f"The reading fell to {sign}{value_text}{unit} overnight.", -float(value_text))


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_reader_never_raises_on_arbitrary_text(text: str) -> None:
    from crosscheck.parse import may_hold_quantity

    assert may_hold_quantity(text) or not find_quantities(text)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(
    ["more than", "about", "$", "€", "1,200", "3.5", "million", "bn", "-", "to", "between",
     "and", "%", "km", "miles", "(", ")", "troops", "an additional", "a day", "doubled",
     "nearly", "from", "hundreds of", "thousands", "10 000", "1.234.567", "2,5", "Jan.",
     "2022", "aged", ",", "."]), max_size=14))
def test_reader_never_raises_on_number_like_soup(parts: list[str]) -> None:
    find_quantities(" ".join(parts))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    ["more than", "about", "half of", "a third of", "doubled", "twice", "a dozen", "thousands",
     "several hundred", "two", "twenty-five", "a quarter of a million", "tripled", "dozens of",
     "people", "troops", "the", "said", "in", "Poland", "a", "of", ",", "."]), max_size=12))
def test_a_text_the_quick_check_passes_over_holds_no_quantity(parts: list[str]) -> None:
    """extract skips paragraphs may_hold_quantity rules out: it must never rule out one in
    which find_quantities finds something."""
    from crosscheck.parse import may_hold_quantity

    text = " ".join(parts)
    assert may_hold_quantity(text) or not find_quantities(text)


def test_the_quick_check_passes_every_labelled_sentence_with_a_quantity() -> None:
    from pathlib import Path

    from crosscheck.parse import may_hold_quantity

    labelled = Path(__file__).parent.parent / "fixtures" / "quantities"
    sentences = [line for split in ("dev.txt", "test.txt")
                 for line in (labelled / split).read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith(("#", " "))]
    with_quantities = [s for s in sentences if find_quantities(s)]
    assert len(with_quantities) > 250
    assert all(may_hold_quantity(s) for s in with_quantities)
    assert not may_hold_quantity("The minister said talks would go on, officials said.")


_FIGURES = st.tuples(st.integers(min_value=1, max_value=60),
                     st.sampled_from(["", "about ", "more than ", "at least ", "nearly "]),
                     st.integers(min_value=0, max_value=3))


@settings(max_examples=60)
@given(st.lists(_FIGURES, min_size=2, max_size=14))
def test_every_agreement_a_fact_lists_agrees_pairwise(figures: list) -> None:
    """_merge_agreements checks a newcomer against a cluster's extremes and floors only;
    whatever it clusters must still agree member with member."""
    from datetime import date

    from crosscheck import Article, extract_statements
    from crosscheck.compare import judge_fact

    statements = []
    for n, (hundreds, qualifier, day) in enumerate(figures):
        article = Article(id=str(n), path=f"{n}.md", source=f"S{n}",
                          text=f"Officials said {qualifier}{hundreds * 100:,} troops are in "
                               "Poland.", published=date(2022, 3, 1 + day))
        statements += extract_statements(article)
    for finding in judge_fact(statements).findings:
        if finding.verdict == "consistent":
            quantities = [s.quantity for s in finding.statements]
            assert all(a.overlaps(b) for a in quantities for b in quantities), finding.summary


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["Some 5,500 US soldiers are in Poland.", "The U.S. sent more.", "Mr. Smith said so",
     "\"We rely on them,\" he said.", "Prices rose 3.5% in Jan. 2022", "Why?", "Yes!",
     "It was 40.3C; a record", "officials said", "(about 80 km)", "e.g. this", "...",
     "at 5 p.m. on Monday", "St. Louis", "a) first", "1. Item", "“Quoted.”", "No. 5",
     "i.e. that", "Dr. Who", "- a dash", "[1]", "'single'", "end", "!", "?"]),
    min_size=1, max_size=6))
def test_sentences_are_pysbds_at_their_own_offsets(parts: list[str]) -> None:
    """sentences.py finds pysbd's sentences itself (and skips pysbd for a one-sentence
    paragraph): the same sentences pysbd gives, in order, each at an offset where the text
    holds it. (pysbd's own char_span offsets can point into the previous sentence when a
    sentence repeats its tail, "so ! ! !"; these cannot.)"""
    import pysbd

    from crosscheck.sentences import _sentence_spans

    text = " ".join(parts)
    spans = _sentence_spans(text)
    expected = [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(text)]
    assert [sentence for _, sentence in spans] == [s for s in expected if s]
    ends = 0
    for start, sentence in spans:
        assert start >= ends and text[start:start + len(sentence)] == sentence
        ends = start + len(sentence)


def test_a_sentence_pysbd_rewrote_is_kept_not_lost(monkeypatch) -> None:
    """Were pysbd ever to hand back a sentence that is not in the text, the rest of the
    paragraph is kept as one sentence: numbers in it are still read."""
    from crosscheck import sentences

    class Rewriting:
        def __init__(self, text: str) -> None:
            self.text = text

        def process(self) -> list[str]:
            first, rest = self.text.split(". ", 1)
            return [first + ".", rest.replace("5,500", "5500")]

    class Segmenter:
        def processor(self, text: str) -> Rewriting:
            return Rewriting(text)

    monkeypatch.setattr(sentences, "_segmenter", lambda: Segmenter())
    text = "Talks went on. Some 5,500 US soldiers are in Poland."
    assert sentences._sentence_spans(text) == [
        (0, "Talks went on."), (15, "Some 5,500 US soldiers are in Poland.")]
