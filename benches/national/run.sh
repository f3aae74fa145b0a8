#!/usr/bin/env bash
# The main job at national scale: reading the `synth` registries (seed 3) into a Registry and
# rendering the network report, beside Python's json.load and serde_json into a Value, each
# alone in its process under /usr/bin/time -v. See BENCHMARKS.md, "the main job at national
# scale".
#
#   bash benches/national/run.sh                 # DATA=target/national SCALES="0.1 0.3 1"
#   DATA=/work/data bash benches/national/run.sh # registries already generated there
#
# The registries are generated once into $DATA/scale-<scale>/ (the synth example, release).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${DATA:-target/national}
SCALES=${SCALES:-"0.1 0.3 1"}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "== machine"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
echo "nproc: $(nproc)"
free -g | head -2
uname -sr
rustc --version
python3 --version

echo "== release build of the examples report and load_steps"
cargo build --release --quiet --example report --example load_steps
BIN=target/release/examples

for scale in $SCALES; do
  dir="$DATA/scale-$scale"
  if [ ! -f "$dir/registry.json" ] || [ ! -f "$dir/registry.jsonl" ]; then
    cargo run --release --quiet --features synth --example synth -- --scale "$scale" --seed 3 --out "$dir" 2>/dev/null
  fi
done

# One run under /usr/bin/time -v: wall, user + sys CPU, peak RSS, the load average before.
measure() {
  local what=$1 file=$2
  shift 2
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v "$@" > /dev/null 2> "$OUT/time" || { cat "$OUT/time"; exit 1; }
  awk -v what="$what" -v la="$load" -v size="$(stat -c %s "$file")" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident/ { rss = $2 * 1024 }
    END { printf "| %-32s | %7.2f | %6.2f + %5.2f | %6.2f | %5.2f | %s |\n", what, wall, user, sys, rss / 1e9, rss / size, la }
  ' "$OUT/time"
}

for scale in $SCALES; do
  dir="$DATA/scale-$scale"
  json="$dir/registry.json"
  jsonl="$dir/registry.jsonl"
  # Both files read once: the page cache is warm for every run.
  cat "$json" "$jsonl" > /dev/null
  echo
  echo "== scale $scale: registry.json $(stat -c %s "$json") bytes, registry.jsonl $(stat -c %s "$jsonl") bytes"
  echo "| run | wall s | user + sys s | peak GB | peak / file | load average before |"
  echo "| --- | --- | --- | --- | --- | --- |"
  measure "python json.load (json)" "$json" python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$json"
  measure "serde_json::Value (json)" "$json" "$BIN/load_steps" value "$json"
  measure "json::from_str Dataset (json)" "$json" "$BIN/load_steps" dataset "$json"
  measure "json::load_file Registry (json)" "$json" "$BIN/load_steps" load "$json"
  measure "jsonl::read_dataset + Registry" "$jsonl" "$BIN/load_steps" jsonl "$jsonl"
  measure "report example (json)" "$json" "$BIN/report" --input "$json" --format md --out "$OUT/report.md"
  measure "report example (jsonl)" "$jsonl" "$BIN/report" --input "$jsonl" --format md --out "$OUT/report-jsonl.md"
  echo "Markdown report: $(stat -c %s "$OUT/report.md") bytes (from jsonl: $(stat -c %s "$OUT/report-jsonl.md"))"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
