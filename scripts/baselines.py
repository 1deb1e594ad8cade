#!/usr/bin/env python3
"""Python baselines for scripts/baselines.sh: score every pair of the sentences crosscheck
split, with rapidfuzz and scikit-learn, and print the figures.

    baselines.py one-topic IN.jsonl OUT.jsonl       # every article into topic "all"
    baselines.py sentences CLAIMS.json              # count of sentences crosscheck split
    baselines.py run METHOD CLAIMS.json [--limit N] [--workers W]
    baselines.py table RESULTS.jsonl                # Markdown table, medians of the runs

METHOD is `ratio` or `token_set` (rapidfuzz `process.cdist`, all pairs) or `tfidf`
(scikit-learn `TfidfVectorizer` fit+transform, then the sparse product X @ X.T). `run`
prints one JSON line: the sentence count, the distinct pairs covered, the seconds spent
scoring (vectorising included for tfidf; loading the JSON and importing excluded), and how
many distinct pairs reach a high score, as a sanity check that every pair was scored.
"""

import json
import statistics
import sys
import time


def sentences(claims_path):
    """The sentences of `crosscheck claims -f json`, in corpus order: (text, outlet, event)
    with the event read from gen_corpus's document id `outlet-event-replica`."""
    with open(claims_path, encoding="utf-8") as f:
        doc = json.load(f)
    return [
        (s["text"], d["outlet"].lower(), d["id"].split("-")[1] if "-" in d["id"] else d["id"])
        for d in doc["documents"]
        for s in d["sentences"]
    ]


def high_pairs(rows, cut, meta):
    """Distinct cross-outlet pairs (i < j) scoring at least `cut`, and how many of them join
    two reports of the same event. `rows(i, k)` gives rows i..k of the score matrix as a
    dense array; blocks keep the extra memory small so that peak RSS stays the scorer's."""
    import numpy as np

    codes = lambda xs: np.unique(np.array(xs), return_inverse=True)[1]  # noqa: E731
    outlet, event = codes([o for o, _ in meta]), codes([e for _, e in meta])
    n, high, same = len(meta), 0, 0
    for i in range(0, n, 256):
        r, c = np.nonzero(rows(i, min(i + 256, n)) >= cut)
        r += i
        keep = (r < c) & (outlet[r] != outlet[c])
        high += int(keep.sum())
        same += int((keep & (event[r] == event[c])).sum())
    return high, same


def one_topic(src, dst):
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            if line.strip():
                article = json.loads(line)
                article["topic"] = "all"
                fout.write(json.dumps(article, ensure_ascii=False) + "\n")


def run(method, items, workers):
    sents = [t for t, _, _ in items]
    meta = [(outlet, event) for _, outlet, event in items]
    n = len(sents)
    if method in ("ratio", "token_set"):
        from rapidfuzz import fuzz, process

        scorer = fuzz.ratio if method == "ratio" else fuzz.token_set_ratio
        start = time.perf_counter()
        # queries is choices and the scorer is symmetric: rapidfuzz scores each unordered
        # pair once and mirrors it into the n x n matrix.
        m = process.cdist(sents, sents, scorer=scorer, workers=workers)
        seconds = time.perf_counter() - start
        cut = 80
        check = time.perf_counter()
        high, same = high_pairs(lambda i, k: m[i:k], cut, meta)
    elif method == "tfidf":
        from sklearn.feature_extraction.text import TfidfVectorizer

        start = time.perf_counter()
        x = TfidfVectorizer().fit_transform(sents)
        sims = x @ x.T  # cosine: rows are L2-normalised; computes both halves
        seconds = time.perf_counter() - start
        cut = 0.5
        check = time.perf_counter()
        high, same = high_pairs(lambda i, k: sims[i:k].toarray(), cut, meta)
    else:
        raise SystemExit(f"baselines.py: unknown method {method!r}")
    return {
        "method": method,
        "sentences": n,
        "pairs": n * (n - 1) // 2,
        "score_s": seconds,
        "check_s": time.perf_counter() - check,
        "high": f"{high:,} >= {cut}, {same / max(high, 1):.0%} same event",
    }


def table(results_path):
    """Median of each tool's runs, as a Markdown table. Lines are the `run` JSON plus
    `tool`, `wall_s` and `rss_kib` from /usr/bin/time -v. The sanity count a baseline does
    after scoring (`check_s`) is taken out of its wall time."""
    runs = {}
    with open(results_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                runs.setdefault(r["tool"], []).append(r)
    print("| tool | runs | sentences | distinct pairs | wall s | pairs/s (wall) "
          "| scoring s | pairs/s (scoring) | peak MiB | sanity: cross-outlet matches |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for tool, rs in runs.items():
        med = lambda k: statistics.median(r.get(k, 0) for r in rs)  # noqa: E731
        wall = statistics.median(r["wall_s"] - r.get("check_s", 0) for r in rs)
        score, pairs = med("score_s"), rs[0]["pairs"]
        print(f"| {tool} | {len(rs)} | {rs[0]['sentences']:,} | {pairs:,} | {wall:.2f} "
              f"| {pairs / wall / 1e6:.1f} M | {score:.2f} | {pairs / score / 1e6:.1f} M "
              f"| {med('rss_kib') / 1024:.0f} | {rs[0].get('high', '')} |")


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    cmd = argv[1]
    if cmd == "one-topic" and len(argv) == 4:
        one_topic(argv[2], argv[3])
    elif cmd == "sentences" and len(argv) == 3:
        print(len(sentences(argv[2])))
    elif cmd == "run" and len(argv) >= 4:
        opts = dict(zip(argv[4::2], argv[5::2]))
        sents = sentences(argv[3])
        limit = int(opts.get("--limit", 0))
        if limit:
            sents = sents[:limit]
        print(json.dumps(run(argv[2], sents, int(opts.get("--workers", 2)))))
    elif cmd == "table" and len(argv) == 3:
        table(argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
