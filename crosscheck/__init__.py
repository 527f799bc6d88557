"""crosscheck: catch numbers that disagree across news articles.

    import crosscheck
    report = crosscheck.analyse(["corpus/"])
    for fact in report.facts:
        print(fact.verdict, fact.label)
"""

from crosscheck.article import Article
from crosscheck.compare import Fact, Finding
from crosscheck.extract import Statement, extract_statements
from crosscheck.load import Corpus, LoadError, load_corpus
from crosscheck.parse import find_quantities
from crosscheck.pipeline import Report, analyse
from crosscheck.quantity import Quantity
from crosscheck.settings import Settings

__all__ = [
    "Article",
    "Corpus",
    "Fact",
    "Finding",
    "LoadError",
    "Quantity",
    "Report",
    "Settings",
    "Statement",
    "analyse",
    "extract_statements",
    "find_quantities",
    "load_corpus",
]
