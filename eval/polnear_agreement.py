#!/usr/bin/env python3
"""Human agreement on PolNeAR under our own metric: every pair of annotators of the
multi-annotated articles (../shared/data/attribution/polnear.multiannot.jsonl), one taken as
gold and the other as system, scored by ../shared/eval/score.py. It is the ceiling the
attribution goals should be read against.

    python3 eval/polnear_agreement.py
"""
import collections, itertools, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
MULTI = os.path.join(SHARED, "data", "attribution", "polnear.multiannot.jsonl")
WORK = os.path.join(ROOT, "target", "eval")


def as_format(version, doc_id):
    """One annotator's version in FORMAT.md's shape (only what content and source scoring read)."""
    attributions = []
    for q in version["quotes"]:
        named = q.get("speaker") is not None
        attributions.append({
            "id": q["id"],
            "content_span": {"start": q["start"], "end": q["end"]},
            "direct": q.get("quote_type") == "direct",
            "source": q["speaker"] if named else "anonymous: unnamed",
            "anonymous": not named,
            "source_span": {"start": q["speaker_start"], "end": q["speaker_end"]}
            if q.get("speaker_start") is not None else None,
        })
    return {"id": doc_id, "text": version["text"], "published": None, "attributions": attributions}


def main():
    if not os.path.exists(MULTI):
        print("polnear_agreement: ../shared/data/attribution/polnear.multiannot.jsonl is absent; skipping")
        return 0
    os.makedirs(WORK, exist_ok=True)
    versions = collections.defaultdict(list)
    with open(MULTI) as f:
        for line in f:
            v = json.loads(line)
            versions[v["id"]].append(v)
    first, second = os.path.join(WORK, "agree_a.jsonl"), os.path.join(WORK, "agree_b.jsonl")
    pairs = 0
    with open(first, "w") as fa, open(second, "w") as fb:
        for article, vs in sorted(versions.items()):
            for a, b in itertools.combinations(vs, 2):
                pairs += 1
                pair_id = f"{article}#{pairs}"
                fa.write(json.dumps(as_format(a, pair_id)) + "\n")
                fb.write(json.dumps(as_format(b, pair_id)) + "\n")
    res = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), "--gold", first,
                          "--system", second, "--layers", "attributions", "--json"],
                         stdout=subprocess.PIPE, check=True, text=True)
    scores = json.loads(res.stdout)["attributions"]
    print(f"{len(versions)} articles, {pairs} annotator pairs")
    print(f"content F1 {scores['content']['f1']:.3f}, content+source F1 {scores['content_and_source']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
