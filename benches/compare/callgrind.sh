#!/usr/bin/env bash
# Run after run.sh (it uses its release build): bash benches/compare/callgrind.sh
# Instructions per row of the one-thread fast path and of the reference path on each layout:
# callgrind's instruction count on 20,000 and on 70,000 rows of the same data, difference / 50,000.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=target/release/examples/attendance
D=target/compare/cg
mkdir -p $D
if [ ! -s $D/small/names.csv ]; then
  target/release/examples/synth --scale 0.014 --seed 1 --only attendance --out $D/big >/dev/null
  head -n 20000 $D/big/attendance.jsonl > $D/small.jsonl
  head -n 70000 $D/big/attendance.jsonl > $D/large.jsonl
  $BIN $D/small.jsonl --write-layouts $D/small 2>/dev/null
  $BIN $D/large.jsonl --write-layouts $D/large 2>/dev/null
fi
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'; }
printf "%-22s %8s %10s %12s %12s\n" layout bytes/row instr/row "ref instr/row" "fast/ref"
for f in $D/small/*.jsonl $D/small/*.csv; do
  name=$(basename "$f")
  a=$(count $BIN "$f" --sequential); b=$(count $BIN "$D/large/$name" --sequential)
  ra=$(count $BIN "$f" --reference); rb=$(count $BIN "$D/large/$name" --reference)
  sa=$(stat -c %s "$f"); sb=$(stat -c %s "$D/large/$name")
  python3 -c "r=50000; print(f'{\"$name\":22} {($sb-$sa)/r:8.1f} {($b-$a)/r:10.0f} {($rb-$ra)/r:12.0f} {($b-$a)/($rb-$ra):12.2f}')"
done
