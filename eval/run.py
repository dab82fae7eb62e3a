#!/usr/bin/env python3
"""Scores dossier's extraction on the seed and the dev sets in ../shared with
../shared/eval/score.py, and compares every figure with the floor recorded in
eval/floors.json, so that accuracy never regresses silently.

    python3 eval/run.py                 # print the figures
    python3 eval/run.py --check         # also fail (exit 1) if a figure is below its floor
    python3 eval/run.py --markdown      # print the README table
    python3 eval/run.py --only seed     # one data set

It runs the product command (`dossier extract`), which it builds in release mode first
(`--no-build` scores the binary as it is).
Without ../shared it says so and exits 0: the figures need the data.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SCORE = os.path.join(SHARED, "eval", "score.py")
TO_INPUT = os.path.join(SHARED, "eval", "to_input.py")
WORK = os.path.join(ROOT, "target", "eval")

# name, gold file (relative to shared/, or to this repository after "repo:"), layers scored,
# extra scorer flags, and the figures kept: (label, path into score.py's --json output)
SETS = [
    ("seed", "seed/nk-troops-2024-10-23.gold.json", "entities,timexes,quantities", [], [
        ("entities strict F1", ["entities", "strict", "f1"]),
        ("timexes strict span F1", ["timexes", "strict_span", "f1"]),
        ("timexes value F1", ["timexes", "value", "f1"]),
        ("quantities value F1", ["quantities", "value", "f1"]),
        ("quantities value+unit F1", ["quantities", "value_and_unit", "f1"]),
    ]),
    ("seed-attr", "seed/nk-troops-2024-10-23.gold.json", "attributions", [], [
        ("attributions content F1", ["attributions", "content", "f1"]),
        ("attributions content+source F1", ["attributions", "content_and_source", "f1"]),
        ("certainty accuracy", ["attributions", "certainty_accuracy_on_matched"]),
        ("polarity accuracy", ["attributions", "polarity_accuracy_on_matched"]),
        ("relayed_by recall", ["attributions", "relay_recall_on_matched"]),
    ]),
    # Two articles written and annotated in this repository (eval/own/README.md), each scored
    # blind first and then used to find faults: a guard, no longer a held-out measure.
    ("own", "repo:eval/own/articles.gold.jsonl", "entities,timexes,quantities,attributions", [], [
        ("entities strict F1", ["entities", "strict", "f1"]),
        ("timexes value F1", ["timexes", "value", "f1"]),
        ("quantities value F1", ["quantities", "value", "f1"]),
        ("quantities value+unit F1", ["quantities", "value_and_unit", "f1"]),
        ("attributions content F1", ["attributions", "content", "f1"]),
        ("attributions content+source F1", ["attributions", "content_and_source", "f1"]),
        ("certainty accuracy", ["attributions", "certainty_accuracy_on_matched"]),
        ("polarity accuracy", ["attributions", "polarity_accuracy_on_matched"]),
    ]),
    ("polnear", "data/attribution/polnear.dev.gold.jsonl", "attributions", [], [
        ("attributions content F1", ["attributions", "content", "f1"]),
        ("attributions content+source F1", ["attributions", "content_and_source", "f1"]),
    ]),
    ("meantime", "data/factuality/meantime.dev.gold.jsonl", "events", [], [
        ("events span F1", ["events", "span", "f1"]),
        ("factuality macro-F1 (matched)", ["events", "factuality_macro_f1_on_matched"]),
    ]),
    ("timex", "data/timex/tempeval3_train.gold.jsonl", "timexes", [], [
        ("timexes strict span F1", ["timexes", "strict_span", "f1"]),
        ("timexes value F1", ["timexes", "value", "f1"]),
    ]),
    ("ner", "data/ner/conll2003.dev.gold.jsonl", "entities", ["--conll-types"], [
        ("entities F1 (CoNLL types)", ["entities", "strict", "f1"]),
    ]),
    ("quantities", "data/quantities/newsquant.dev.gold.jsonl", "quantities", [], [
        ("quantities value F1", ["quantities", "value", "f1"]),
        ("quantities value+unit F1", ["quantities", "value_and_unit", "f1"]),
    ]),
]


def dig(obj, path):
    for key in path:
        if not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


def gold_path(gold_rel):
    """A gold file under ../shared, or in this repository after "repo:"."""
    if gold_rel.startswith("repo:"):
        return os.path.join(ROOT, gold_rel[len("repo:"):])
    return os.path.join(SHARED, gold_rel)


def run_set(binary, name, gold_rel, layers, flags):
    gold = gold_path(gold_rel)
    inp = os.path.join(WORK, name + ".in.jsonl")
    out = os.path.join(WORK, name + ".out.jsonl")
    with open(inp, "w") as f:
        subprocess.run([sys.executable, TO_INPUT, gold], stdout=f, check=True)
    with open(out, "w") as f:
        subprocess.run([binary, "extract", inp, "--format", "jsonl", "--layers", layers],
                       stdout=f, check=True)
    res = subprocess.run([sys.executable, SCORE, "--gold", gold, "--system", out,
                          "--layers", layers, "--json"] + flags,
                         stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(res.stdout)


FUSION_FIGURES = [
    ("gold claims found", ["fusion", "claims_found"]),
    ("clusters B-cubed F1", ["fusion", "clusters_bcubed", "f1"]),
    ("figures recall", ["fusion", "numbers_recall"]),
    ("disagreements F1", ["fusion", "disagreements", "f1"]),
    ("independence pair accuracy", ["fusion", "independence_pair_accuracy"]),
]


def run_fusion(binary, gold_rel):
    """The seed through the whole product: ingest into a fresh store, print the brief as
    JSON, score it with `score.py --fusion`."""
    gold = os.path.join(SHARED, gold_rel)
    inp = os.path.join(WORK, "fusion.in.jsonl")
    db = os.path.join(WORK, "fusion.db")
    out = os.path.join(WORK, "fusion.brief.json")
    for stale in (db, db + "-wal", db + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    with open(inp, "w") as f:
        subprocess.run([sys.executable, TO_INPUT, gold], stdout=f, check=True)
    subprocess.run([binary, "--quiet", "--db", db, "ingest", inp], check=True)
    with open(out, "w") as f:
        subprocess.run([binary, "--quiet", "--db", db, "brief", "--format", "json"], stdout=f, check=True)
    res = subprocess.run([sys.executable, SCORE, "--gold", gold, "--system", out, "--fusion", "--json"],
                         stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(res.stdout)


QUOTE_TYPES = ("direct", "mixed", "indirect")
DOUBLE_QUOTES = "\"\u201c\u201d"


def quote_type_of(attribution, content):
    """The data set's split (data/attribution/README.md: "direct" = the whole content wrapped
    in quotation marks, "mixed" = double quotes inside, else "indirect"), applied to a
    system attribution's content text exactly as to the gold's: an opening double quote first
    and a closing one last (before a final period or comma) is "direct". This rule gives
    every one of the 2,192 dev quotes the data set's own `quote_type`. (Until the
    twenty-ninth session the system side was split by its `direct` flag, which put a
    quotation opened by a stray closing mark, ”..., in "direct" where the gold has "mixed";
    on the start code of that session the flag split gave 0.889 / 0.854 / 0.703 content F1
    and this one 0.948 / 0.854 / 0.724.)"""
    text = content.strip()
    closes = '"\u201d'
    if text[:1] in '"\u201c' and (text[-1:] in closes or text.rstrip(".,")[-1:] in closes):
        return "direct"
    if any(c in DOUBLE_QUOTES for c in text):
        return "mixed"
    return "indirect"


def source_names(name, gold_rel):
    """The share of matched attributions (content matched as `score.py` matches it) whose
    source carries the gold's canonical name: what the claim ledger files a statement under.
    `score.py`'s content+source figure accepts any overlap of the source mentions ("she" for
    "she"); this one asks for the name the pronoun or description stands for ("Hsu Mei-ling",
    "Nordlys Shipping" for "the company"), an anonymous source's description aside. PolNeAR
    names sources by their surface text, so it is read on this repository's articles only."""
    sys.path.insert(0, os.path.dirname(SCORE))
    import score
    with open(gold_path(gold_rel)) as f:
        if gold_rel.endswith(".json"):
            docs = [json.load(f)]
        else:
            docs = [json.loads(line) for line in f if line.strip()]
    gold_docs = {doc["id"]: doc for doc in docs}
    named = matched = 0
    with open(os.path.join(WORK, name + ".out.jsonl")) as f:
        for line in f:
            sys_doc = json.loads(line)
            g = gold_docs.get(sys_doc["id"])
            if not g or "attributions" not in g:
                continue
            text = g["text"]
            gold = g["attributions"]
            system = sys_doc.get("attributions") or []
            G = [score.core(text, score.se(a["content_span"], "gold")) for a in gold]
            S = [score.core(text, score.se(a["content_span"], "system")) for a in system]
            pairs = score.greedy(G, S, lambda x, y: score.dice(x, y) if score.dice(x, y) >= 0.5 else 0)
            for i, j in pairs:
                matched += 1
                named += score.name_key(gold[i].get("source")) == score.name_key(system[j].get("source"))
    return round(named / matched, 4) if matched else None


def polnear_by_quote_type(gold_rel):
    """Content and content+source F1 per quote type: the gold split by the data set's
    `quote_type`, the system output split by the same heuristic on its content text."""
    gold_path = os.path.join(SHARED, gold_rel)
    typed_path = gold_path.replace(".gold.jsonl", ".jsonl")
    out = os.path.join(WORK, "polnear.out.jsonl")
    if not (os.path.exists(typed_path) and os.path.exists(out)):
        return []
    types = {}
    with open(typed_path) as f:
        for line in f:
            doc = json.loads(line)
            for q in doc.get("quotes", []):
                types[(doc["id"], q["id"])] = q.get("quote_type")
    golds = [json.loads(line) for line in open(gold_path)]
    systems = [json.loads(line) for line in open(out)]
    rows = []
    for qt in QUOTE_TYPES:
        g_path = os.path.join(WORK, f"polnear-{qt}.gold.jsonl")
        s_path = os.path.join(WORK, f"polnear-{qt}.out.jsonl")
        with open(g_path, "w") as f:
            for doc in golds:
                d = dict(doc)
                d["attributions"] = [a for a in doc.get("attributions", [])
                                     if types.get((doc["id"], a["id"])) == qt]
                f.write(json.dumps(d) + "\n")
        with open(s_path, "w") as f:
            for doc in systems:
                d = dict(doc)
                text = next((g["text"] for g in golds if g["id"] == doc["id"]), "")
                kept = []
                for a in doc.get("attributions", []):
                    span = a.get("content_span") or {}
                    content = text[span.get("start", 0):span.get("end", 0)]
                    if quote_type_of(a, content) == qt:
                        kept.append(a)
                d["attributions"] = kept
                f.write(json.dumps(d) + "\n")
        res = subprocess.run([sys.executable, SCORE, "--gold", g_path, "--system", s_path,
                              "--layers", "attributions", "--json"],
                             stdout=subprocess.PIPE, check=True, text=True)
        scores = json.loads(res.stdout)
        for label, path in (("content F1", ["attributions", "content", "f1"]),
                            ("content+source F1", ["attributions", "content_and_source", "f1"])):
            rows.append((f"polnear-{qt}", gold_rel + f" ({qt})", f"attributions {label}",
                         dig(scores, path), None))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--binary", default=os.path.join(ROOT, os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "dossier"))
    ap.add_argument("--no-build", action="store_true",
                    help="score the binary as it is (by default it is built first, so that no figure comes from a stale one)")
    args = ap.parse_args()
    if not os.path.exists(SCORE):
        print("eval: ../shared/eval/score.py is absent; skipping the accuracy figures")
        return 0
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "dossier"], cwd=ROOT, check=True)
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(ROOT, "eval", "floors.json")) as f:
        floors = json.load(f)
    failures, rows = [], []

    def record(name, gold, label, value):
        """A figure for the table, and a failure where it is under its floor."""
        key = f"{name}: {label}"
        floor = floors.get(key)
        rows.append((name, gold, label, value, floor))
        if floor is not None and (value is None or value + 1e-9 < floor):
            failures.append(f"{key} = {value} is below its floor {floor}")
    for name, gold, layers, flags, figures in SETS:
        if args.only and args.only != name:
            continue
        if not os.path.exists(gold_path(gold)):
            print(f"eval: {gold} is absent; skipping {name}")
            continue
        scores = run_set(args.binary, name, gold, layers, flags)
        for label, path in figures:
            record(name, gold, label, dig(scores, path))
        if name in ("own", "seed-attr"):
            record(name, gold, "attributions source name accuracy (matched)",
                   source_names(name, gold))
        if name == "polnear":
            for sub, sub_gold, label, value, _ in polnear_by_quote_type(gold):
                record(sub, sub_gold, label, value)
    fusion_gold = "seed/nk-troops-2024-10-23.gold.json"
    if (not args.only or args.only == "fusion") and os.path.exists(os.path.join(SHARED, fusion_gold)):
        scores = run_fusion(args.binary, fusion_gold)
        for label, path in FUSION_FIGURES:
            record("fusion", fusion_gold + " (--fusion)", label, dig(scores, path))
    if args.markdown:
        print("| data set | figure | measured | floor |")
        print("| --- | --- | --- | --- |")
        for name, gold, label, value, floor in rows:
            v = "n/a" if value is None else f"{value:.3f}"
            fl = "" if floor is None else f"{floor:.3f}"
            print(f"| `{gold}` | {label} | {v} | {fl} |")
    else:
        for name, gold, label, value, floor in rows:
            v = "n/a" if value is None else f"{value:.3f}"
            fl = "-" if floor is None else f"{floor:.3f}"
            print(f"{name:<11} {label:<30} {v:>7}   floor {fl}")
    if failures:
        print("\naccuracy regressed:", file=sys.stderr)
        for line in failures:
            print("  " + line, file=sys.stderr)
        return 1 if args.check else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
