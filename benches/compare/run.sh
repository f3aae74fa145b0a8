#!/usr/bin/env bash
# Side by side on the same files: DuckDB, polars and this crate's streaming aggregation, on the
# generated 5,000,000-row attendance files (JSON Lines and CSV), warm page cache, alternating,
# REPS repetitions each. Prints the machine, the versions, every time (min / median / max),
# the ratios, and the peak memory of the crate's streaming path (/usr/bin/time -v).
# Then the layout matrix: the same rows in the 7 layouts of stream::Layout (written by the
# attendance example), each timed with DuckDB, the crate on both cores and on one, and the
# crate's reference path, every tool's table checked to be the same, with cycles per row and
# bytes per cycle of the one-thread run and the peak memory of each layout.
# The same registry's tables are also written as Parquet (the export_parquet example); DuckDB
# and polars run the same group-by on attendance.parquet and count the rows of every file, and
# the script fails unless their answers equal the crate's.
#
#   bash benches/compare/run.sh            # scale 1 (5M rows), 5 repetitions
#   SCALE=0.1 REPS=3 bash benches/compare/run.sh
#
# Needs python3 (with venv), a Rust toolchain and network access to PyPI. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=${OUT:-target/compare}
SCALE=${SCALE:-1}
REPS=${REPS:-5}
DATA="$OUT/data-scale-$SCALE"

echo "== machine"
lscpu | grep -E "^(Model name|CPU\(s\)|CPU max MHz)" || true
grep -m1 "cpu MHz" /proc/cpuinfo || true
echo "nproc: $(nproc)"
free -g | head -2
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
uname -sr

echo "== python venv with duckdb and polars (PyPI)"
if [ ! -x "$OUT/venv/bin/python" ]; then
  python3 -m venv "$OUT/venv"
fi
"$OUT/venv/bin/pip" install --quiet --disable-pip-version-check duckdb polars
"$OUT/venv/bin/python" -c 'import duckdb, polars, sys; print("python", sys.version.split()[0]); print("duckdb", duckdb.__version__); print("polars", polars.__version__)'

echo "== release build of the examples synth, attendance and export_parquet"
cargo build --quiet --release --features synth,rayon,arrow --example synth --example attendance \
  --example export_parquet
rustc --version

echo "== data: scale $SCALE, seed 1"
if [ ! -s "$DATA/attendance.csv" ]; then
  target/release/examples/synth --scale "$SCALE" --seed 1 --only attendance --out "$DATA"
fi
ls -l "$DATA"

echo "== parquet: scale $SCALE, seed 1 (export_parquet, release build)"
if [ ! -s "$DATA/parquet/summary.txt" ]; then
  mkdir -p "$DATA/parquet"
  target/release/examples/export_parquet --scale "$SCALE" --seed 1 --out "$DATA/parquet" \
    >"$DATA/parquet/summary.tmp"
  mv "$DATA/parquet/summary.tmp" "$DATA/parquet/summary.txt"
fi
cat "$DATA/parquet/summary.txt"

echo "== layouts: the same rows in every stream::Layout (attendance --write-layouts)"
if [ ! -s "$DATA/layouts/names.csv" ]; then
  target/release/examples/attendance "$DATA/attendance.jsonl" --write-layouts "$DATA/layouts"
fi
ls -l "$DATA/layouts"

echo "== timings ($REPS repetitions each, alternating), after reading both files once (warm page cache)"
cat "$DATA/attendance.jsonl" "$DATA/attendance.csv" "$DATA"/parquet/*.parquet "$DATA"/layouts/* >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$OUT/venv/bin/python" benches/compare/compare.py \
  --data "$DATA" --parquet "$DATA/parquet" --crate target/release/examples/attendance --reps "$REPS" \
  --layouts "$DATA/layouts"

echo "== peak memory of the streaming path (/usr/bin/time -v, both cores)"
for file in "$DATA"/layouts/*.jsonl "$DATA"/layouts/csv*.csv; do
  /usr/bin/time -v target/release/examples/attendance "$file" 2>&1 >/dev/null |
    grep -E "Maximum resident set size|Elapsed \(wall clock\)" | sed "s|^|$(basename "$file"): |"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
