"""One settings object for the whole pipeline, built in one place: defaults, then the
project's configuration file, then command-line flags.

Configuration lives in `crosscheck.toml` or under `[tool.crosscheck]` in `pyproject.toml`, in
the working folder or the nearest folder above it that has one:

    [tool.crosscheck]
    corpus = ["corpus"]          # what `check` compares against, and `report` reads, by default
    ignore = ["corpus/old/*"]    # files of the corpus to leave out
    store = ".crosscheck/store.sqlite"
    model = "models/my-minilm"   # a local sentence-transformers folder
    backend = "onnx"             # or "onnx-int8" (about 3x faster), "torch"
    threshold = 0.74
    fail_on = "conflict"         # check: never | unsupported | outdated | conflict
    baseline = "crosscheck-baseline.json"   # check: accepted findings
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from crosscheck.embed import BACKENDS
from crosscheck.signals import PairWeights

# How two statements that pass every gate are scored: a logistic regression over the cosines
# of their frames (number masked, attribution dropped), of their whole sentences, and of their
# frames' TF-IDF words, whether both name one measure, and how far apart their figures' dates
# are (see signals.py). Weights and threshold are fitted on the development splits,
# fixtures/pairs/dev.txt and gated.txt together, with all-MiniLM-L6-v2, by `crosscheck eval
# matching`, which prints the refit: the threshold is the middle of the widest run of
# thresholds with the best F0.5 among those with precision at least 0.95. Dev alone is
# precise from 0.42 up (the gates keep out all of its hard negatives); gated holds the hard
# negatives only the score can refuse, so it is what sets the threshold (docs/matching.md).
# Lower the threshold for recall, raise it for precision.
PAIR_WEIGHTS = PairWeights(frame=3.368, sentence=3.338, lexical=1.276, measure=1.312,
                           date_gap=-1.960, bias=-3.365)
MATCH_THRESHOLD = 0.61
# A pair whose figures agree needs this much less log-odds (0.61 -> 0.49): one figure in two
# statements is evidence of one fact. Calibrated with the threshold on the same splits, as
# the middle of the widest run of bonuses whose calibrated threshold gives the best F0.5;
# pairs of differing figures (the changes and conflicts) are decided by the threshold alone.
AGREEMENT_BONUS = 0.5
# And this much more when both give one exact figure written to three significant digits or
# more, or two from a thousand up ("436 points", "$14.3 billion", "5.3 million";
# quantity.same_specific_figure): a coincidence that rare is stronger evidence. Dev and gated
# hold no pair it decides (theirs score high), so it is calibrated on them with the seen
# fresh splits (eval_matching.calibrate_figure_bonuses): 1.75 until session 48, 2.0 since
# fresh435 ("Podgorica had 179,505 residents" / "The Montenegrin capital is home to some
# 180,000 people") joined them, every grid value from 2.0 to 3.25 pairing the same.
SPECIFIC_FIGURE_BONUS = 2.0
# And this much more when the figures that agree are of a named unit: money, a percentage, a
# physical unit, or a count of one named thing ("15,000 jobs" / "15,000 employees", "360
# flights"), not of people in general (match.same_specific_unit). "Some 19,000 people" is
# given of many facts in a week of news; "€88m" or "10,000 cabin crew" of far fewer.
# Calibrated with SPECIFIC_FIGURE_BONUS (eval_matching.calibrate_figure_bonuses): 1.5 from
# session 8, 2.0 since session 31 (fresh297 read, and two false pairs of fresh59 and fresh89
# kept apart by their measures, it pairs six more restatements and nothing false). Since
# session 40 the calibration's least best is 1.75: the two restatements only 2.0 had
# paired (Tivoli's and Hamburg's, a year apart) earn DESCRIBED_BUSINESS_BONUS now, and no
# labelled pair is decided between 1.75 and 2.0. 2.0 is kept: at 1.75 the report's facts
# put "The ChatGPT maker's $500bn valuation" with SpaceX's $400bn before OpenAI's $500
# billion (match.group_facts joins the strongest pairs first), a false fact and a lost one.
SPECIFIC_UNIT_BONUS = 2.0
# What agreeing figures of a named unit earn, and so the most a bonus for weaker evidence may
# be (DESCRIBED_BUSINESS_BONUS, YEAR_ON_YEAR_BONUS, YEAR_LATER_UPDATE_BONUS): figures that
# merely lie close, or a year apart, say less of one fact than figures that agree.
WEAK_EVIDENCE_MOST = AGREEMENT_BONUS + SPECIFIC_UNIT_BONUS
# And this much more when the figures agree and the two statements' contexts read alike: the
# cosine of their context vectors (headline and sentence vectors summed, normalised; the
# sentence alone for an article without a title: vectors.py) at least CONTEXT_SIMILARITY.
# "600,000 lorries pass through the Mont Blanc tunnel each year" under "Mont Blanc tunnel
# shuts" and the same figure under "Alpine traffic braces for tunnel closure" share a story
# their sentences alone do not say. Chosen on dev, gated and the fresh splits fresh15-150
# (similarity among 0.4-0.7, bonus among 0.5-2.0) and kept for doing as well on the later
# splits fresh151-207 it was not chosen on: 7 pairs more and no false pair. It is not
# calibrated on every seen split as the two above are: that way, on the earlier splits, it
# came out at 1.75, which on the later ones added a false pair for one more true pair
# (eval_matching.context_bonus_gain; docs/matching.md). Lower CONTEXT_SIMILARITY or raise the
# bonus for recall.
CONTEXT_BONUS = 1.0
CONTEXT_SIMILARITY = 0.55
# And a pair whose figures differ needs this much less when one statement's own percent change
# takes its figure to the other's a year before ("Volvo Cars sold a record 763,389 cars in
# 2024, up 8%" / "Volvo Cars sold 708,716 cars in 2023": 763,389 / 1.08 is some 706,800;
# earlier.year_before, match.bridged), or the undated figure it says it moved from is the
# other's, dated before it ("£18 a day ..., up from £15" / "The charge has been £15":
# earlier.starting_figure): a figure implied and then given is evidence of one
# fact at two times as one specific figure given twice is of one fact at one, so it earns
# what that does (AGREEMENT_BONUS + SPECIFIC_FIGURE_BONUS). Not calibrated: the seen splits
# hold a handful of such pairs, and no false pair it could reach (`crosscheck eval matching`
# prints what it gains).
BRIDGE_BONUS = 2.25
# And a pair of counts needs this much less, whatever its figures, when both statements name
# one subject by its name and count one named thing ("Pamukkale's white travertine terraces
# drew 2.9 million visitors in 2024" / "Pamukkale received 2.5 million visitors in 2023";
# match.one_named_count; a crowd counted as people beside its visitors, within a year's
# drift, is one named thing too): a year's restatement of an annual count is worded apart
# and dated apart, which the pair score reads as two facts, while the gates have ruled out
# another place, period, measure or part. Not for money or a rate (one business's revenue,
# profit and sales in one currency are several facts the gates do not all tell apart), nor
# for a business named only by a description ("The Swedish appliance maker", "one airport":
# subjects.names_one_subject). Calibrated as the two figure bonuses are, on dev, gated and
# the seen fresh splits (eval_matching.calibrate_subject_bonus): 1.0 from session 33, 1.25
# from session 44 (a crowd counted as people joined it), 3.25 since session 53 (once a sight
# above a place the gazetteer lacks lay in its headline's country, "Pulpit Rock above the
# Lysefjord" beside Preikestolen tipped it: four restatements more, and no false pair once a
# model whose units both count named no holder, "The FAA grounded 171 Boeing 737 Max 9
# jets" beside "Alaska has 65 Max 9 aircraft"), 2.5 since session 55 (YEAR_ON_YEAR_BONUS
# now pays the yearly counts that had needed 3.25: the same pairs either way);
# `crosscheck eval matching` prints what it gains and costs there. Lower it for precision.
NAMED_COUNT_BONUS = 2.5
# And a pair needs this much less when one statement names a business only by a
# description (its home, its products, its owner or its rank), or names no one at all under
# a headline that names no one else, and the other names a business, both give a figure of
# one named unit dated a year apart and the figures lie within a year's drift ("The
# Istanbul-based budget carrier flew some 37.2m travellers last year" / "Pegasus carried
# 34.6 million passengers in 2023"; "The Birkin bag maker's sales reached about €15.2bn last
# year" / "Hermes' revenue rose to €13.4 billion in 2023"; "The cableway carried about
# 980,000 visitors in 2023" / "The Table Mountain Aerial Cableway carried a record 1.1
# million visitors in 2024"; match.described_restatement): the embedding cannot tell
# "Pegasus" from "The Istanbul-based budget carrier", and the year's gap costs the score
# most, so it reads a profile's restatement as another fact. A year apart only, so it can
# make a change and never a conflict: at one moment it paired "The Hyundai affiliate shipped
# nearly 3.09 million cars" with Renault's 2.26 million and "The Munich-based carmaker" with
# Maruti Suzuki, false conflicts. Not calibrated: on the seen splits the calibration gives
# 3.5 (3 in session 39, before statements naming no one earned it; 3.75 in session 38,
# before the corpus named descriptions; eval_matching.calibrate_subject_bonus), as their
# negatives seldom hold two businesses of one kind whose figures lie that close, and a real
# corpus holds more; it is held under what agreeing figures of a named unit earn
# (WEAK_EVIDENCE_MOST), since figures merely close are weaker evidence
# than figures that agree. On the seen splits it pairs 42 restatements and no false pair
# (session 40; 20 in session 39, before statements naming no one earned it). 2.0 until
# session 45, 2.25 since: still under that cap, it pairs 9 more restatements on the seen
# splits (their scores lie at 0.14 to 0.17) and no false pair. Lower it for precision.
DESCRIBED_BUSINESS_BONUS = 2.25
# And this much more when the described statement is named too: by the corpus
# (descriptions.resolve_descriptions: "The Stockholm-based airline flew some 25.2m travellers
# last year" beside "SAS carried 25.2 million passengers in 2024"; "Tokyo's busiest airport
# served roughly 86m travellers last year" beside Haneda's figure of that year) or by its
# headline, and the name is the other statement's (match.resolved_restatement): the gates
# have then seen the two name one business, which rules out the look-alike held off above
# (a description of another business of one kind). Calibrated as NAMED_COUNT_BONUS is, on
# dev, gated and the seen fresh splits (session 39: 2.5, 4.5 in all; on them it pairs 17
# restatements more and no false pair; since session 45, with DESCRIBED_BUSINESS_BONUS at
# 2.25, it calibrates to 2.25: 4.5 in all, as before; since session 55, 1.5: YEAR_ON_YEAR_BONUS
# pays the yearly restatements the rest had needed, the same pairs either way).
RESOLVED_DESCRIPTION_BONUS = 1.5
# Log-odds more for two figures of one moment that differ where each sentence gives its
# source ("About a million people attended the Notting Hill Carnival, organisers said" /
# "Police put the two-day crowd at west London's carnival at some 750,000"): two sources'
# counts of one thing, the conflict an editor most needs to see, whose words seldom read as
# alike as a restatement's (match.rival_estimates; sizes alike, RIVAL_MAGNITUDE_GAP).
# Conflicts earn none of the bonuses agreeing figures do, so this is the one evidence
# beyond the score they may have. Calibrated as NAMED_COUNT_BONUS is, on dev, gated and the
# seen fresh splits (session 46: 1.5, pairing 6 conflicts more and no false pair; 1.75 once
# fresh380's strike turnout, a union's 60% and the operator's 25%, was read: 7 and none;
# 9 and none at the session's end; session 52: 2.5 once fresh525's festival crowd, the city
# council's 1.5 million and the police's 900,000 "revellers", came past the gates: one
# conflict more, no false pair; session 79: 2.75 once fresh895's marathon, the organisers'
# 40,000 runners and the field city officials put at 32,000, came past the gates: that
# conflict more, no false pair).
# Lower it for precision.
RIVAL_ESTIMATES_BONUS = 2.75
# How many powers of ten two sources' counts of one crowd (people counted) may lie apart
# and still be rival estimates: organisers' counts often run three or four times the
# police's (Paris's pension marches of 2023: 3.5 million by the CGT, 1.28 million by the
# interior ministry), so further than agreeing figures reach as evidence
# (match.EVIDENCE_MAGNITUDE_GAP, a factor of about 3), up to a factor of four. Other
# counts keep that evidence gap: a consortium's 660m bottles of Prosecco and the BNIC's
# 195m of Cognac are two wines'. Session 81: 10,000 "organisers said" and the police's
# 3,000 in Antananarivo, hedged to 11,000 and 3,300, lay just past a factor of 3, as did
# the crowds of fresh154 (Belgrade) and fresh252 (Tbilisi); all three now meet, no false
# pair added.
RIVAL_MAGNITUDE_GAP = 0.6
# Log-odds more for a place or sight named in one statement and described by its kind in
# another of the same week, with agreeing figures of one kind of thing ("Mykonos has about
# 10,000 residents" / "The Cycladic island is home to some 10,000 people year-round";
# "Sibiu's Christmas market drew about 1 million visitors in 2024" / "The Transylvanian
# city's festive fair attracted some 1m people last year"): the embedding cannot tell the
# description from the name, and the counted things are named apart
# (match.described_place_restatement). Calibrated as NAMED_COUNT_BONUS is, on dev, gated and
# the seen fresh splits (session 54: 0.75, pairing five restatements more and no false pair;
# of the 92 pairs it reaches past the gates, none is a false one; session 61: 1.5, once
# fresh660 was seen, whose "Åland has about 30,000 residents" / "The autonomous Finnish
# archipelago is home to some 30,500 people" scored lower, pairing eight seen restatements
# more than no bonus and still no false pair; session 77: 1.75, once fresh878 was seen, whose
# "Iquitos ... has about 480,000 residents" / "The Peruvian Amazon city is home to some
# 500,000 people" scored 0.58 with 1.5, and still no false pair; session 78: 2.25, once
# fresh885-886 were seen and more named places lay in their countries, which pairs
# fresh866's "Uruguay's Cabo Polonio has about 100 permanent residents" / "The off-grid
# fishing village on the Rocha coast is home to some 100 people year-round", scoring 0.10,
# and still no false pair). Lower it for precision.
DESCRIBED_PLACE_BONUS = 2.25
# How many days apart a described place's figure may be dated from the named one's and
# still be its restatement: a week's news.
DESCRIBED_PLACE_DAYS = 7
# Log-odds more for two figures that differ, each dated by its sentence to one day of
# consecutive years (or to the ends of consecutive months it names: "in July" / "in
# August"), of a size alike, each naming someone or each naming no one, or one
# describing a place or sight and the other naming one ("Ljubljana's castle funicular
# carried about 300,000 passengers in 2023" / "The Slovenian capital's castle railway took
# some 380,000 riders last year"): a yearly figure and the next year's, the change over
# time a report is for, which the pair score's date gap counts
# against (match.year_on_year). On dev, gated and the seen fresh splits the calibration
# gives 3.0 (session 55; eval_matching.calibrate_subject_bonus); it is held, as
# DESCRIBED_BUSINESS_BONUS is, under what agreeing figures of a named unit earn
# (WEAK_EVIDENCE_MOST), since two figures that merely lie a year apart are weaker evidence
# than figures that agree, and is the calibration's least best under it. There it pairs 44
# yearly figures more and no false pair (session 55). Lower it for precision.
YEAR_ON_YEAR_BONUS = 2.5
# Log-odds more for such a yearly series whose one statement names a business or a sight and
# the other restates it by a description the yearly bonus does not take for a described
# place (it names a town, or describes a business), the two a described restatement
# ("Spiš Castle had about 160,000 visitors in 2023" / "The ruined Slovak fortress above
# Spišské Podhradie drew some 185,000 visitors last year"; match.described_yearly), on top
# of DESCRIBED_BUSINESS_BONUS. Calibrated as NAMED_COUNT_BONUS is, on dev, gated and the
# seen fresh splits (session 56), where it pairs 9 same-fact pairs more and no false pair
# (at 1.5, one more and Phuket's foreign tourists beside "The Bankside gallery"'s crowd).
# Lower it for precision.
DESCRIBED_YEARLY_BONUS = 1.25
# Log-odds more for two differing tolls of one harm (killed, injured, missing) dated apart
# by no more than TOLL_UPDATE_DAYS, one saying the toll moved ("At least 44 people died in
# the blaze at Wang Fuk Court" / "The death toll from the fire has risen to 128"): a toll
# told again as it grows, the change over days a report is for (match.toll_update).
# Calibrated as NAMED_COUNT_BONUS is, on dev, gated and the seen fresh splits (session 55).
# Lower it for precision.
TOLL_UPDATE_BONUS = 1.0
# How many days apart a toll and its update may be dated: a week's news of one disaster.
TOLL_UPDATE_DAYS = 7
# Log-odds more for two differing levels (totals or rates) of a size alike, each dated only
# by its article, the articles a year or two apart, the later saying its figure is new ("now",
# "rose to") and neither giving a record or a peak ("A ticket to the Rock of Cashel costs
# €8" / "Entry to the Tipperary landmark rose to €10 this year"): a price or count told
# again a year on, which the pair score's date gap counts against
# (match.year_later_update). On dev, gated and the seen fresh splits the calibration gives
# 4.0 (session 56): every candidate there is one fact, a price or count told again, so
# nothing holds it down; it is held under WEAK_EVIDENCE_MOST, as YEAR_ON_YEAR_BONUS is, and
# is the calibration's least best under it: 1.0 in session 56 (9 same-fact pairs more and
# no false pair), 1.5 since session 62, once fresh677's ticket price "raised" a year on
# was seen (12 more and no false pair), 1.75 since session 66, once fresh740's metro fare
# "raised" a year on was seen (that pair more and no false pair), 2.0 since session 79,
# once fresh890's cable-car fare told again two years on was seen (the window now takes a
# year or two; that pair more and no false pair). Lower it for precision.
YEAR_LATER_UPDATE_BONUS = 2.0
# Log-odds more for a place's rate of one series (a central bank's rate, inflation, the
# jobless rate: lex.RATE_SERIES_MEASURES) told again on a later day at another level, the
# later sentence saying it moved ("The kingdom's central bank held its key rate at 7.25% in
# January 2025" / "Eswatini cut its policy rate to 7%"): the change a rate's news is for,
# whose retelling seldom reads like the first, months apart (match.rate_update). Held
# under WEAK_EVIDENCE_MOST, as YEAR_LATER_UPDATE_BONUS is, and the calibration's least best
# under it on dev, gated and the seen fresh splits (session 65). Lower it for precision.
RATE_UPDATE_BONUS = 1.5
CHECK_FAIL_LEVELS = ("never", "unsupported", "outdated", "conflict")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    # A local sentence-transformers model folder; None is the packaged all-MiniLM-L6-v2.
    model: str | None = None
    device: str = "cpu"
    # "onnx": the model body in onnxruntime (starts in 0.3 s); "torch": in PyTorch.
    backend: str = "onnx"
    match_threshold: float = MATCH_THRESHOLD
    batch_size: int = 64
    # A SQLite file where embeddings are kept between runs; None keeps nothing.
    store: str | None = None
    # The corpus used when a command is given none (check's --against, report's paths).
    corpus: tuple[str, ...] = ()
    # Corpus files to leave out (fnmatch patterns, e.g. "corpus/old/*", "*.draft.md").
    ignore: tuple[str, ...] = ()
    # The level at or above which `check` exits 1.
    fail_on: str = "conflict"
    # Accepted findings of `check` (see crosscheck.baseline).
    baseline: str = "crosscheck-baseline.json"


# Keys of the configuration file, and the Settings field each one sets.
CONFIG_KEYS = {"model": "model", "device": "device", "backend": "backend",
               "threshold": "match_threshold", "batch_size": "batch_size", "store": "store",
               "corpus": "corpus", "ignore": "ignore", "fail_on": "fail_on",
               "baseline": "baseline"}


def find_config(start: Path | None = None) -> Path | None:
    """The nearest crosscheck.toml, or pyproject.toml with a [tool.crosscheck] table."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / "crosscheck.toml").is_file():
            return candidate / "crosscheck.toml"
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "tool" in _read_toml(pyproject) and (
                "crosscheck" in _read_toml(pyproject)["tool"]):
            return pyproject
    return None


def load_settings(config: Path | None = None, **flags: Any) -> Settings:
    """Defaults, then the configuration file, then the flags that were given (not None).

    Paths in the file are relative to the file's folder."""
    settings = Settings()
    if config is not None:
        settings = _apply_file(settings, config)
    given = {name: value for name, value in flags.items() if value is not None}
    return replace(settings, **given)


def _apply_file(settings: Settings, path: Path) -> Settings:
    data = _read_toml(path)
    table = data.get("tool", {}).get("crosscheck", {}) if path.name == "pyproject.toml" else data
    values: dict[str, Any] = {}
    types = {f.name: f.type for f in fields(Settings)}
    for key, value in table.items():
        if key not in CONFIG_KEYS:
            known = ", ".join(sorted(CONFIG_KEYS))
            raise ConfigError(f"{path}: unknown key {key!r} (known: {known})")
        name = CONFIG_KEYS[key]
        values[name] = _coerce(path, key, value, str(types[name]))
    for name in ("store", "model", "baseline"):
        if isinstance(values.get(name), str):
            values[name] = str(path.parent / values[name])
    if "corpus" in values:
        values["corpus"] = tuple(str(path.parent / item) for item in values["corpus"])
    if "ignore" in values:  # patterns may be relative to the file's folder or bare names
        values["ignore"] = tuple(p if "/" not in p else str(path.parent / p)
                                 for p in values["ignore"])
    if values.get("backend", "onnx") not in BACKENDS:
        raise ConfigError(f"{path}: backend must be one of {', '.join(BACKENDS)}")
    if values.get("fail_on", "conflict") not in CHECK_FAIL_LEVELS:
        raise ConfigError(f"{path}: fail_on must be one of {', '.join(CHECK_FAIL_LEVELS)}")
    return replace(settings, **values)


def _coerce(path: Path, key: str, value: Any, type_name: str) -> Any:
    if "tuple" in type_name:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ConfigError(f"{path}: {key} must be a path or a list of paths")
        return tuple(items)
    if "float" in type_name and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if "int" in type_name and isinstance(value, int) and not isinstance(value, bool):
        return value
    if "str" in type_name and isinstance(value, str):
        return value
    raise ConfigError(f"{path}: {key} has the wrong type ({type(value).__name__})")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
