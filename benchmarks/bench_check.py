"""Benchmark: index a synthetic corpus once, then check a 1,000-word draft against it.

    .venv/bin/python benchmarks/bench_check.py --articles 10000

Prints the index time, the time of a cold `crosscheck check` (a fresh process, as an editor
runs it: Python, torch and the model load every time) and of the same check in a process
whose model is already loaded (the engine's own cost). Target (issue 6): the check under 5 s
on a 2-core machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import article, draft  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="folder to keep the corpus and index in")
    args = parser.parse_args()

    import json
    import random

    from crosscheck import Settings
    from crosscheck.check import check
    from crosscheck.embed import make_embedder
    from crosscheck.index import CorpusIndex

    folder = args.keep or Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus, index_path, draft_path = (folder / "corpus.jsonl", folder / "index.sqlite",
                                      folder / "draft.md")
    rng = random.Random(7)
    with corpus.open("w", encoding="utf-8") as out:
        for number in range(args.articles):
            out.write(json.dumps(article(number, rng)) + "\n")
    draft_path.write_text(draft(args.words, random.Random(99)), encoding="utf-8")
    index_path.unlink(missing_ok=True)

    settings = Settings()
    embedder = make_embedder()
    started = time.perf_counter()
    index = CorpusIndex(index_path)
    summary = index.update([corpus], settings, embedder)
    index.close()
    index_seconds = time.perf_counter() - started

    crosscheck = Path(sys.executable).with_name("crosscheck")
    started = time.perf_counter()
    done = subprocess.run([str(crosscheck), "check", str(draft_path), "--against",
                           str(index_path), "--fail-on", "never"], capture_output=True, text=True)
    cold_seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr)

    # The same check again in this process (model loaded, draft frames not yet stored).
    fresh = draft_path.with_name("draft-2.md")
    fresh.write_text(draft(args.words, random.Random(100)), encoding="utf-8")
    started = time.perf_counter()
    result = check([fresh], [index_path], settings, embedder)
    warm_seconds = time.perf_counter() - started

    print(f"corpus: {args.articles:,} articles, {summary.statements:,} statements, "
          f"{summary.embedded:,} sentences embedded")
    print(f"index (cold):                      {index_seconds:8.1f} s")
    print(f"check, fresh process (CLI):        {cold_seconds:8.1f} s   "
          f"[{done.stdout.strip().splitlines()[-1]}]")
    print(f"check, model already loaded:       {warm_seconds:8.1f} s   "
          f"[{len(result.findings)} numbers]")
    print(f"target: check under 5 s -> CLI {'met' if cold_seconds < 5 else 'NOT met'}, "
          f"engine {'met' if warm_seconds < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
