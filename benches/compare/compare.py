"""Times DuckDB, polars and this crate on the same attendance files; see run.sh."""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import polars as pl

KEYS = ["region", "institution_kind"]


def crate(binary, path, *flags):
    """Runs the crate's example; returns its own figures (seconds …) and the table."""
    done = subprocess.run([binary, str(path), *flags], capture_output=True, text=True, check=True)
    figures = dict(line.split() for line in done.stderr.split("\n") if line.strip())
    table = {}
    for line in done.stdout.splitlines()[1:]:
        region, kind, count = line.split(",")
        table[(region, kind)] = int(count)
    return {k: float(v) for k, v in figures.items()}, table


def clock_hz():
    """The clock of this machine's first CPU, from /proc/cpuinfo (lscpu prints none here)."""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("cpu MHz"):
            return float(line.split(":")[1]) * 1e6
    return None


# The layouts written by `attendance --write-layouts`, in the order of stream::Layout::ALL.
LAYOUTS = ["jsonl.jsonl", "jsonl-python.jsonl", "jsonl-names.jsonl", "csv.csv",
           "csv-spreadsheet.csv", "csv-reordered.csv", "csv-names.csv"]


def layout_matrix(con, directory, crate_binary, reps, reference):
    """Times DuckDB and the crate (both cores, one core, the reference path) on every layout,
    alternating; checks every tool's table against the crate's table of its own JSON Lines;
    prints the matrix with cycles per row and bytes per cycle of the one-thread run."""
    names = {}
    for line in (directory / "names.csv").read_text().splitlines()[1:]:
        field, text, canonical = line.split(",")
        names[(field, text)] = canonical

    def canonical(rows):
        return as_table((names.get(("region", str(r)), r), names.get(("institution_kind", k), k), n)
                        for r, k, n in rows)

    group_sql = "SELECT region, institution_kind, count(*) FROM {} GROUP BY region, institution_kind"
    times = {}
    for rep in range(reps):
        for layout in LAYOUTS:
            path = directory / layout
            reader = (f"read_json('{path}', format = 'newline_delimited')" if layout.endswith(".jsonl")
                      else f"read_csv('{path}')")
            seconds, table = timed(lambda: canonical(con.execute(group_sql.format(reader)).fetchall()))
            runs = {"duckdb": (seconds, table)}
            for name, flags in [("crate", ()), ("crate 1 thread", ("--sequential",)),
                                ("reference 1 thread", ("--reference",))]:
                figures, table = crate(crate_binary, path, *flags)
                runs[name] = (figures["seconds"], table)
            for name, (seconds, table) in runs.items():
                if table != reference:
                    fail(f"{layout}: the {name} table differs from the crate's table of jsonl")
                times.setdefault((layout, name), []).append(seconds)
        print(f"layout repetition {rep + 1} done", flush=True)
    hz = clock_hz()
    rows = sum(reference.values())
    print()
    print(f"layout matrix: {rows} rows, median of {reps} runs, seconds; every tool's table checked equal;"
          f" cycles at {hz / 1e9:.3f} GHz (/proc/cpuinfo) of the 1-thread run")
    print(f"{'layout':20} {'MB':>6} {'crate':>7} {'1 thread':>8} {'reference':>9} {'duckdb':>7}"
          f" {'crate/duckdb':>12} {'crate/ref':>9} {'1t/ref':>6} {'cycles/row':>10} {'bytes/cycle':>11}")
    for layout in LAYOUTS:
        median = {name: statistics.median(times[(layout, name)])
                  for name in ["crate", "crate 1 thread", "reference 1 thread", "duckdb"]}
        size = (directory / layout).stat().st_size
        cycles = median["crate 1 thread"] * hz
        print(f"{layout:20} {size / 1e6:6.0f} {median['crate']:7.3f} {median['crate 1 thread']:8.3f}"
              f" {median['reference 1 thread']:9.3f} {median['duckdb']:7.3f}"
              f" {median['crate'] / median['duckdb']:12.2f}"
              f" {median['crate'] / median['reference 1 thread']:9.2f}"
              f" {median['crate 1 thread'] / median['reference 1 thread']:6.2f}"
              f" {cycles / rows:10.0f} {size / cycles:11.2f}")


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def as_table(rows):
    """A grouped result as {(two-digit region code, kind): count} (a CSV reader may have read
    the code as a number)."""
    return {(str(r).zfill(2), str(k)): int(n) for r, k, n in rows}


def parquet_summary(directory):
    """The rows of each file as the export_parquet example printed them: {file name: rows}."""
    rows = {}
    for line in (directory / "summary.txt").read_text().splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[0].endswith(".parquet"):
            rows[fields[0]] = int(fields[1])
    if "attendance.parquet" not in rows:
        sys.exit(f"no attendance.parquet in {directory / 'summary.txt'}")
    return rows


def fail(message):
    print(f"\nFAILED: {message}", flush=True)
    sys.exit(1)


def check_parquet(con, directory, summary, answers, reference):
    """Every Parquet file has the rows the crate wrote, by DuckDB's and polars' count, and the
    grouped attendance from Parquet is the crate's answer; exits with failure otherwise."""
    print()
    print("parquet checks:")
    for name, rows in summary.items():
        path = directory / name
        (duck,) = con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()
        polars_rows = pl.scan_parquet(path).select(pl.len()).collect().item()
        if duck != rows or polars_rows != rows:
            fail(f"{name}: the crate wrote {rows} rows, duckdb counts {duck}, polars {polars_rows}")
        print(f"  {name:28} {rows:>10} rows (duckdb and polars agree)")
    for name, table in answers.items():
        if not name.startswith("parquet"):
            continue
        if table != reference:
            cells = set(table) | set(reference)
            diff = sorted(c for c in cells if table.get(c) != reference.get(c))
            fail(f"{name}: the grouped answer differs from the crate's in {len(diff)} cells "
                 "(theirs != the crate's), "
                 + ", ".join(f"{c}: {table.get(c)} != {reference.get(c)}" for c in diff[:10]))
        print(f"  {name}: the crate's answer ({len(table)} cells, {sum(table.values())} records)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--parquet", required=True)
    parser.add_argument("--crate", required=True)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--layouts", help="the directory of `attendance --write-layouts`")
    args = parser.parse_args()
    data = Path(args.data)
    jsonl, csv = data / "attendance.jsonl", data / "attendance.csv"
    parquet_dir = Path(args.parquet)
    summary = parquet_summary(parquet_dir)
    parquet = parquet_dir / "attendance.parquet"

    con = duckdb.connect()
    con.execute("SET threads = 2")
    pl_threads = pl.thread_pool_size()
    print(f"duckdb threads 2, polars threads {pl_threads}")

    group_sql = "SELECT region, institution_kind, count(*) FROM {} GROUP BY region, institution_kind"
    tasks = {
        "jsonl -> grouped: duckdb read_json + GROUP BY": lambda: as_table(
            con.execute(group_sql.format(f"read_json('{jsonl}', format = 'newline_delimited')")).fetchall()
        ),
        "jsonl -> grouped: polars scan_ndjson + group_by": lambda: as_table(
            pl.scan_ndjson(jsonl).group_by(KEYS).agg(pl.len()).collect().rows()
        ),
        "jsonl -> grouped: crate par_aggregate_file": ("crate", jsonl, ()),
        "jsonl -> grouped: crate aggregate, 1 thread": ("crate", jsonl, ("--sequential",)),
        "jsonl -> grouped: crate serde baseline, 1 thread": ("crate", jsonl, ("--reference",)),
        "csv -> grouped: duckdb read_csv + GROUP BY": lambda: as_table(
            con.execute(group_sql.format(f"read_csv('{csv}')")).fetchall()
        ),
        "csv -> grouped: polars scan_csv + group_by": lambda: as_table(
            pl.scan_csv(csv, schema_overrides={"region": pl.String}).group_by(KEYS).agg(pl.len()).collect().rows()
        ),
        "csv -> grouped: crate par_aggregate_file": ("crate", csv, ()),
        "csv -> grouped: crate aggregate, 1 thread": ("crate", csv, ("--sequential",)),
        "csv -> grouped: crate csv-crate baseline, 1 thread": ("crate", csv, ("--reference",)),
        "parquet -> grouped: duckdb read_parquet + GROUP BY": lambda: as_table(
            con.execute(group_sql.format(f"read_parquet('{parquet}')")).fetchall()
        ),
        "parquet -> grouped: polars scan_parquet + group_by": lambda: as_table(
            pl.scan_parquet(parquet).group_by(KEYS).agg(pl.len()).collect().rows()
        ),
        "jsonl -> memory: duckdb read_json into a table": lambda: con.execute(
            f"CREATE OR REPLACE TABLE t AS SELECT * FROM read_json('{jsonl}', format = 'newline_delimited')"
        ).fetchall(),
        "jsonl -> memory: polars read_ndjson": lambda: pl.read_ndjson(jsonl).height,
        "jsonl -> memory: crate par_load_file": ("crate-load", jsonl, ("--load",)),
    }
    times = {name: [] for name in tasks}
    answers = {}
    groupby = {"crate": []}
    for rep in range(args.reps):
        for name, task in tasks.items():
            if isinstance(task, tuple):
                kind, path, flags = task
                figures, table = crate(args.crate, path, *flags)
                if kind == "crate":
                    times[name].append(figures["seconds"])
                    answers[name] = table
                else:
                    times[name].append(figures["load_seconds"])
                    groupby["crate"].append(figures["groupby_seconds"])
            else:
                seconds, result = timed(task)
                times[name].append(seconds)
                if isinstance(result, dict):
                    answers[name] = result
        print(f"repetition {rep + 1} done", flush=True)

    # Group-by on loaded, typed columns: DuckDB ENUM table, polars Enum columns.
    regions = [r for (r,) in con.execute("SELECT DISTINCT region FROM t ORDER BY 1").fetchall()]
    kinds = [k for (k,) in con.execute("SELECT DISTINCT institution_kind FROM t ORDER BY 1").fetchall()]
    con.execute("DROP TABLE IF EXISTS te")
    con.execute("DROP TYPE IF EXISTS region_t")
    con.execute("DROP TYPE IF EXISTS kind_t")
    con.execute(f"CREATE TYPE region_t AS ENUM ({', '.join(repr(str(r)) for r in regions)})")
    con.execute(f"CREATE TYPE kind_t AS ENUM ({', '.join(repr(k) for k in kinds)})")
    con.execute("CREATE TABLE te AS SELECT region::VARCHAR::region_t AS region, institution_kind::kind_t AS institution_kind FROM t")
    df = pl.read_ndjson(jsonl).select(
        pl.col("region").cast(pl.Enum([str(r) for r in regions])),
        pl.col("institution_kind").cast(pl.Enum(kinds)),
    )
    rows = df.height
    groupby["duckdb ENUM table"] = []
    groupby["polars Enum columns"] = []
    for _ in range(args.reps):
        for _ in range(1):
            s, _ = timed(lambda: con.execute(group_sql.format("te")).fetchall())
            groupby["duckdb ENUM table"].append(s)
            s, _ = timed(lambda: df.group_by(KEYS).agg(pl.len()))
            groupby["polars Enum columns"].append(s)

    def line(name, values):
        print(f"{name:52} min {min(values):9.5f}  median {statistics.median(values):9.5f}  max {max(values):9.5f} s")

    print()
    for name, values in times.items():
        line(name, values)
    print()
    print(f"group-by on {rows} loaded records (regions x kinds):")
    for name, values in groupby.items():
        line("  " + name, values)
        print(f"{'':52} {rows / statistics.median(values) / 1e6:9.1f} M records/s (median)")

    median = {name: statistics.median(values) for name, values in times.items()}
    print()
    print("ratios (crate time / other time; below 1 means the crate is faster):")
    for fmt, reader in [("jsonl", "read_json"), ("csv", "read_csv")]:
        mine = median[f"{fmt} -> grouped: crate par_aggregate_file"]
        duck = median[f"{fmt} -> grouped: duckdb {reader} + GROUP BY"]
        polars_name = [n for n in median if n.startswith(f"{fmt} -> grouped: polars")][0]
        print(f"  {fmt:5} -> grouped   crate/duckdb {mine / duck:5.2f}   crate/polars {mine / median[polars_name]:5.2f}")
    mine = median["jsonl -> memory: crate par_load_file"]
    print(f"  jsonl -> memory    crate/duckdb {mine / median['jsonl -> memory: duckdb read_json into a table']:5.2f}"
          f"   crate/polars {mine / median['jsonl -> memory: polars read_ndjson']:5.2f}")
    g = {name: statistics.median(values) for name, values in groupby.items()}
    print(f"  group-by speed     crate/duckdb {g['duckdb ENUM table'] / g['crate']:5.1f}x"
          f"   crate/polars {g['polars Enum columns'] / g['crate']:5.1f}x  (records per second, higher is better)")

    for fmt in ["jsonl", "csv"]:
        speedup = median[f"{fmt} -> grouped: crate aggregate, 1 thread"] / median[f"{fmt} -> grouped: crate par_aggregate_file"]
        print(f"  {fmt:5} speed-up of par_aggregate_file (2 threads) over aggregate (1 thread): {speedup:4.2f}x")

    reference = answers["jsonl -> grouped: crate par_aggregate_file"]
    agree = all(table == reference for table in answers.values())
    print()
    print(f"every tool's grouped answer is the same table: {'yes' if agree else 'NO'}"
          f" ({len(reference)} cells, {sum(reference.values())} records)")
    if summary["attendance.parquet"] != sum(reference.values()):
        fail(f"attendance.parquet has {summary['attendance.parquet']} rows, "
             f"the crate's answer counts {sum(reference.values())} records")
    check_parquet(con, parquet_dir, summary, answers, reference)
    if args.layouts:
        layout_matrix(con, Path(args.layouts), args.crate, args.reps, reference)


if __name__ == "__main__":
    main()
