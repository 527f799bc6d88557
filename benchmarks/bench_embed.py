"""Benchmark: the embedding path alone, on a device, against the shipped CPU path's vectors.

    # where crosscheck is installed: record the pipeline's embedding work for a corpus,
    # the CPU (onnx) vectors of its first texts, and a copy of the model for the trip
    .venv/bin/python benchmarks/bench_embed.py --articles 10000 --write-workload W.json.gz \
        --write-reference R.npz --write-model M.tar.xz
    # on the GPU machine (torch and transformers are all it needs)
    python3 benchmarks/bench_embed.py --workload W.json.gz --reference R.npz \
        --model-archive M.tar.xz --device cuda --batch-sizes 64 256 1024 \
        --dtypes float32 float16 bfloat16

The workload is exactly what the report pipeline hands the model for a generated corpus
(benchmarks/generate_corpus.py): each distinct sentence, with the ranges its statements'
frames leave out. For each precision and batch size: seconds in the model (the forward
passes and the pooling, on the device, copied back to the host) and in the rest (tokenising,
which tokens each frame leaves out),
sentences per second, peak device memory, and the worst cosine between its vectors and the
CPU path's, sentences and frames apart. The matcher's weights and threshold were fitted on
the CPU path's float32 vectors, so a precision is usable only where that cosine stays at 1.

Why a recorded workload and a model archive: the lent GPU machine has torch and
transformers but not the extractor's gazetteers, and takes at most 64 MiB per call. The
archive is the model with the word vectors of every token the workload never uses set to
zero, which compresses to nothing: the same vectors for this workload, checked against the
reference on every run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import lzma
import random
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

Workload = tuple[list[str], list[list[tuple[tuple[int, int], ...]]]]


def record_workload(articles: int) -> Workload:
    """The texts and left-out ranges statement_vectors passes the model for a corpus."""
    from generate_corpus import article

    from crosscheck.descriptions import with_corpus_names
    from crosscheck.embed import make_embedder
    from crosscheck.load import load_corpus
    from crosscheck.pipeline import extract_articles
    from crosscheck.vectors import statement_vectors

    rng = random.Random(7)  # bench_pipeline.py's corpus
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(article(n, rng)) + "\n" for n in range(articles)),
                          encoding="utf-8")
        loaded = load_corpus([corpus]).articles
    statements = with_corpus_names([s for found in extract_articles(loaded) for s in found])
    inner = make_embedder()
    calls: list[Workload] = []

    class Recorder:
        name = inner.name

        def encode(self, texts):  # type: ignore[no-untyped-def]
            return inner.encode(texts)

        def encode_spans(self, texts, leave_out):  # type: ignore[no-untyped-def]
            calls.append((list(texts), [list(spans) for spans in leave_out]))
            return [np.zeros((len(texts), 1), np.float32),
                    [np.zeros((len(s), 1), np.float32) for s in leave_out]]

    statement_vectors(statements, Recorder())
    return calls[0]


def write_workload(workload: Workload, path: Path) -> None:
    texts, spans = workload
    path.write_bytes(gzip.compress(json.dumps({"texts": texts, "spans": spans}).encode()))


def read_workload(path: Path) -> Workload:
    data = json.loads(gzip.decompress(path.read_bytes()))
    return data["texts"], [[tuple(tuple(r) for r in span) for span in spans]
                           for spans in data["spans"]]


def write_reference(workload: Workload, size: int, path: Path) -> None:
    """The shipped path's (onnx, CPU, float32) vectors of the workload's first texts."""
    from crosscheck.embed import make_embedder

    texts, spans = workload
    whole, parts = make_embedder().encode_spans(texts[:size], spans[:size])
    np.savez_compressed(path, whole=whole, parts=np.concatenate(parts))


def write_model(workload: Workload, path: Path) -> None:
    """The default model folder as an xz tar, with unused tokens' word vectors zeroed."""
    from safetensors.numpy import load_file, save_file

    from crosscheck.embed import default_model_path, load_tokenizer

    folder = default_model_path()
    used = {token for encoding in load_tokenizer(str(folder)).encode_batch(workload[0])
            for token in encoding.ids}
    weights = load_file(str(folder / "model.safetensors"))
    name = next(key for key in weights if key.endswith("word_embeddings.weight"))
    unused = np.setdiff1d(np.arange(len(weights[name])), sorted(used))
    weights[name][unused] = 0
    with tempfile.TemporaryDirectory() as scratch:
        save_file(weights, str(Path(scratch) / "model.safetensors"))
        with tarfile.open(fileobj=(sink := io.BytesIO()), mode="w") as tar:
            for file in sorted(folder.rglob("*")):
                if file.is_file() and file.name != "model.safetensors":
                    tar.add(file, arcname=str(file.relative_to(folder)))
            tar.add(Path(scratch) / "model.safetensors", arcname="model.safetensors")
    path.write_bytes(lzma.compress(sink.getvalue(), preset=6))
    print(f"{path}: {len(used):,} of {len(weights[name]):,} tokens kept, "
          f"{path.stat().st_size / 2**20:.1f} MiB")


def unpack_model(archive: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="crosscheck-model-"))
    with tarfile.open(fileobj=io.BytesIO(lzma.decompress(archive.read_bytes()))) as tar:
        tar.extractall(folder, filter="data")
    return folder


def run(workload: Workload, model: Path, device: str, dtypes: list[str],
        batch_sizes: list[int], reference: dict[str, np.ndarray] | None) -> None:
    import torch

    from crosscheck.embed import MeanPoolingEmbedder, load_transformer, mean_pooled_spans

    texts, spans = workload
    tokenizer, net = load_transformer(str(model.resolve()), device)
    embedder = MeanPoolingEmbedder(model, device)
    print(f"{len(texts):,} sentences, {sum(map(len, spans)):,} frames, on {device}"
          + (f" ({torch.cuda.get_device_name()})" if device.startswith("cuda") else ""),
          flush=True)
    model_seconds = 0.0

    def timed_pass(*arrays: np.ndarray) -> np.ndarray:
        nonlocal model_seconds
        started = time.perf_counter()
        pooled = embedder.pooled_states(*arrays)  # its copy to the host waits for the device
        model_seconds += time.perf_counter() - started
        return pooled

    for dtype in dtypes:
        net.to(getattr(torch, dtype))
        mean_pooled_spans(texts[:512], spans[:512], tokenizer, timed_pass, 64)  # warm up
        for batch in batch_sizes:
            model_seconds = 0.0
            if device.startswith("cuda"):
                torch.cuda.reset_peak_memory_stats()
            started = time.perf_counter()
            whole, parts = mean_pooled_spans(texts, spans, tokenizer, timed_pass, batch)
            seconds = time.perf_counter() - started
            memory = (f"  peak {torch.cuda.max_memory_allocated() / 2**20:6.0f} MiB"
                      if device.startswith("cuda") else "")
            agreement = ""
            if reference is not None:
                size = len(reference["whole"])
                sentence = np.einsum("ij,ij->i", whole[:size], reference["whole"]).min()
                frame = np.einsum("ij,ij->i", np.concatenate(parts[:size]),
                                  reference["parts"]).min()
                agreement = f"  worst cosine to CPU: sentence {sentence:.6f} frame {frame:.6f}"
            print(f"{dtype:>8} batch {batch:>5}  {seconds:6.2f}s  model {model_seconds:6.2f}s"
                  f"  rest {seconds - model_seconds:6.2f}s  {len(texts) / seconds:7.0f}/s"
                  f"{memory}{agreement}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workload", type=Path, help="a recorded workload, instead of "
                        "extracting --articles generated articles")
    parser.add_argument("--write-workload", type=Path)
    parser.add_argument("--write-reference", type=Path)
    parser.add_argument("--reference-size", type=int, default=2000)
    parser.add_argument("--write-model", type=Path)
    parser.add_argument("--reference", type=Path)
    parser.add_argument("--model-archive", type=Path)
    parser.add_argument("--limit", type=int, help="embed only the workload's first texts")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--dtypes", nargs="+", default=["float32"],
                        choices=["float32", "float16", "bfloat16"])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[64])
    args = parser.parse_args()
    workload = read_workload(args.workload) if args.workload else record_workload(args.articles)
    if args.write_workload:
        write_workload(workload, args.write_workload)
    if args.write_reference:
        write_reference(workload, args.reference_size, args.write_reference)
    if args.write_model:
        write_model(workload, args.write_model)
    if args.write_workload or args.write_reference or args.write_model:
        return
    if args.limit:
        workload = (workload[0][: args.limit], workload[1][: args.limit])
    if args.model_archive:
        model = unpack_model(args.model_archive)
    else:
        from crosscheck.embed import default_model_path

        model = default_model_path()
    reference = dict(np.load(args.reference)) if args.reference else None
    run(workload, model, args.device, args.dtypes, args.batch_sizes, reference)


if __name__ == "__main__":
    main()
