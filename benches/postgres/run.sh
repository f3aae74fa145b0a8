#!/usr/bin/env bash
# Loading the generated 5,000,000-row attendance CSV (scale 1) into PostgreSQL: the crate's
# streaming COPY (`copy_attendance`, every row validated by the streaming reader, through the
# `postgres` example) against PostgreSQL's own `COPY FROM` of the same file (psql's `\copy`,
# which validates nothing the crate validates), each into a fresh schema made by the crate's
# migrations (the same `attendance` table with its index; the crate's run includes creating
# and migrating its schema, a few milliseconds), REPS repetitions alternating.
# Prints the machine, the versions, every wall time, min / median, rows per second and the
# peak resident memory of the client process (/usr/bin/time -v); the server's own work is the
# same COPY in both cases.
#
#   bash benches/postgres/run.sh             # scale 1 (5M rows), 3 repetitions
#   SCALE=0.1 REPS=5 bash benches/postgres/run.sh
#
# Needs a PostgreSQL 15+ server at DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test),
# psql and /usr/bin/time. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

SCALE=${SCALE:-1}
REPS=${REPS:-3}
TARGET=${CARGO_TARGET_DIR:-target}
OUT=${OUT:-$TARGET/postgres-bench}
DATA="$OUT/data-scale-$SCALE"
export DATABASE_URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}

echo "== machine"
lscpu | grep -E "^(Model name|CPU\(s\)|CPU max MHz)" || true
echo "nproc: $(nproc)"
free -g | head -2
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
uname -sr
psql "$DATABASE_URL" -Atc "SELECT version()"
rustc --version

echo "== release build of the examples synth and postgres"
cargo build --quiet --release --features synth,postgres --example synth --example postgres

echo "== data: scale $SCALE, seed 1"
if [ ! -s "$DATA/attendance.csv" ]; then
  "$TARGET/release/examples/synth" --scale "$SCALE" --seed 1 --only attendance --out "$DATA"
fi
CSV=$(realpath "$DATA/attendance.csv")
ROWS=$(($(wc -l <"$CSV") - 1))
ls -l "$CSV"
echo "rows: $ROWS"

# The crate's schema is made by the example itself (`--schema` creates it when missing and
# runs `migrate`, which records the migrations it applies; a schema made here by psql would
# lack that record and be migrated twice). psql's gets the same two migration files by psql.
drop() { psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $1 CASCADE" >/dev/null 2>&1; }
fresh_psql() { # a fresh schema $1 with the crate's migrations, applied by psql
  drop "$1"
  psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $1" >/dev/null
  for migration in migrations/*.sql; do
    PGOPTIONS="--search_path=$1" psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 -f "$migration" >/dev/null
  done
}
count() { PGOPTIONS="--search_path=$1" psql "$DATABASE_URL" -Atc "SELECT count(*) FROM attendance"; }
# Runs "$@" under /usr/bin/time -v; prints "wall_seconds peak_kib cpu_seconds" (user + sys of
# the client process; the server's COPY is not in it).
timed() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  local wall rss cpu
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
  grep -h "^copied" "$log" >&2 || true
  rm -f "$log"
  echo "$wall $rss $cpu"
}

declare -a crate_t psql_t crate_c psql_c
crate_rss=0 psql_rss=0
for rep in $(seq 1 "$REPS"); do
  echo "== repetition $rep"
  drop bench_crate
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  read -r t rss c < <(timed "$TARGET/release/examples/postgres" --schema bench_crate --attendance "$CSV" --no-check)
  [ "$(count bench_crate)" = "$ROWS" ] || { echo "the crate loaded $(count bench_crate) rows, not $ROWS" >&2; exit 1; }
  echo "crate  $t s wall  $c s client cpu  $rss KiB"
  crate_t+=("$t"); crate_c+=("$c"); [ "$rss" -gt "$crate_rss" ] && crate_rss=$rss

  fresh_psql bench_psql
  read -r t rss c < <(PGOPTIONS="--search_path=bench_psql" timed psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 -c \
    "\\copy attendance (event, date, person, institution, region, institution_kind) FROM '$CSV' WITH (FORMAT csv, HEADER true)")
  [ "$(count bench_psql)" = "$ROWS" ] || { echo "psql loaded $(count bench_psql) rows, not $ROWS" >&2; exit 1; }
  echo "psql   $t s wall  $c s client cpu  $rss KiB"
  psql_t+=("$t"); psql_c+=("$c"); [ "$rss" -gt "$psql_rss" ] && psql_rss=$rss
done
psql "$DATABASE_URL" -q -c "DROP SCHEMA bench_crate CASCADE" -c "DROP SCHEMA bench_psql CASCADE" >/dev/null 2>&1

stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
read -r cmin cmed < <(stats "${crate_t[@]}")
read -r pmin pmed < <(stats "${psql_t[@]}")
read -r _ ccpu < <(stats "${crate_c[@]}")
read -r _ pcpu < <(stats "${psql_c[@]}")
echo
echo "== result: $ROWS rows, $(du -h "$CSV" | cut -f1) of CSV, $REPS repetitions"
echo "| load | wall min s | wall median s | rows/s (median wall) | client CPU s (median) | peak RSS of the client | wall vs psql \\copy |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
awk -v r="$ROWS" -v m="$cmin" -v d="$cmed" -v c="$ccpu" -v k="$crate_rss" -v p="$pmed" \
  'BEGIN {printf "| crate: copy_attendance (every row validated, streamed) | %.2f | %.2f | %.0f | %.2f | %.1f MiB | %.2f× |\n", m, d, r/d, c, k/1024, d/p}'
awk -v r="$ROWS" -v m="$pmin" -v d="$pmed" -v c="$pcpu" -v k="$psql_rss" \
  'BEGIN {printf "| psql \\copy … FROM file (FORMAT csv) | %.2f | %.2f | %.0f | %.2f | %.1f MiB | 1× |\n", m, d, r/d, c, k/1024}'
