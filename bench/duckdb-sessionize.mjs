// duckdb-sessionize.mjs - the DuckDB peer of jsessionize --all in
// bench/bench.sh: the same sessions, counted by SQL.
//
//   node duckdb-sessionize.mjs LOG THREADS
//
// Reads a "combined" log with read_csv (one column: the delimiter is a
// byte no well-formed line holds; a line DuckDB cannot take, such as one
// that is not UTF-8, is skipped as malformed), takes the address, time
// and User-Agent apart with regexp_extract (a line that does not match
// the whole format is malformed, as jsessionize counts it), and starts a
// session where lag() over the visitor (address and User-Agent, in time
// order) is more than 30 minutes back.  Prints
//
//   pageviews N sessions N visitors N      (on stderr, as the awk peer)
//
// which are jsessionize --all's counts for the same log (every parsed
// line a pageview; bench.sh compares them).  Run from the folder where
// npm installed @duckdb/node-api (bench.sh copies it there).
import { DuckDBInstance } from '@duckdb/node-api';

const [file, threads] = process.argv.slice(2);
if (!file || !threads) {
	console.error('usage: node duckdb-sessionize.mjs LOG THREADS');
	process.exit(2);
}
const lit = (s) => "'" + s.replace(/'/g, "''") + "'";
const re = '^(\\S+) \\S+ \\S+ \\[(\\d{2}/[A-Za-z]{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] ' +
    '"[^"]*" \\d{3} (?:\\d+|-) "[^"]*" "([^"]*)"$';
const sql = `
WITH raw AS (
	SELECT line FROM read_csv(${lit(file)}, columns = {'line': 'VARCHAR'},
	    delim = '\x1e', quote = '', escape = '', header = false,
	    auto_detect = false, ignore_errors = true, strict_mode = false,
	    new_line = '\\n')
), parsed AS (
	SELECT regexp_extract(line, ${lit(re)}, ['ip', 'ts', 'ua']) AS m
	FROM raw
), pv AS (
	SELECT m.ip AS ip, m.ua AS ua,
	    epoch(strptime(m.ts, '%d/%b/%Y:%H:%M:%S %z')) AS t
	FROM parsed WHERE m.ts <> ''
), gaps AS (
	SELECT ip, ua, t - lag(t) OVER (PARTITION BY ip, ua ORDER BY t) AS gap
	FROM pv
)
SELECT count(*) AS pageviews,
    count(*) FILTER (WHERE gap IS NULL OR gap > 1800) AS sessions,
    count(*) FILTER (WHERE gap IS NULL) AS visitors
FROM gaps`;
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await db.connect();
const r = await con.runAndReadAll(sql);
const [row] = r.getRows();
console.error(`pageviews ${row[0]} sessions ${row[1]} visitors ${row[2]}`);
