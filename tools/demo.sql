-- tools/demo.sql: the main job, run by tools/demo.sh in a fresh database as
--
--     psql -X -v ON_ERROR_STOP=1 -v examples=<dir> -v shared=<dir or empty> -f tools/demo.sql
--
-- :'examples' is the absolute path of (a copy of) test/data/examples; :'shared' is that of
-- (a copy of) ../shared, or '' when ../shared is absent.

\pset footer off
SET datestyle = ISO;
CREATE EXTENSION govinfo;

\echo
\echo '== Load the example reports: one row per report, parsed by govinfo.parse'
CREATE TABLE report (
    file text PRIMARY KEY,
    r govinfo.report NOT NULL
);
INSERT INTO report
SELECT f, govinfo.parse(pg_read_file(:'examples' || '/' || f))
FROM pg_ls_dir(:'examples') AS f
WHERE f LIKE '%.txt';

SELECT :'shared' <> '' AS have_shared \gset
\if :have_shared
INSERT INTO report
VALUES ('zhuzhou-aic-2017.txt (real, from ../shared)',
        govinfo.parse(pg_read_file(:'shared' || '/fixtures/zhuzhou-aic-2017.txt')));
\else
\echo '(../shared is absent: the real 2017 report is left out)'
\endif

SELECT (r).organ, (r).year, (r).generation, (r).published, (r).index_no,
       cardinality((r).stats) AS statistics, govinfo.is_consistent(r) AS consistent
FROM report ORDER BY (r).organ, (r).year;

\echo
\echo '== Statistics of one report, in catalog order (first 25 of them)'
SELECT s.code, s.label_zh, s.unit, s.value
FROM report, govinfo.stats(r) AS s
WHERE (r).organ = '云岭县交通运输局' AND (r).year = 2016
LIMIT 25;

\echo
\echo '== Violations: every failed or incomplete rule, naming the cells and both sides'
SELECT (r).organ, (r).year, v.rule, v.severity, v.message
FROM report, govinfo.violations(r) AS v
ORDER BY (r).organ, (r).year, v.rule;

\echo
\echo '== What the parser noticed (misprints read, blank cells, tables found)'
SELECT (r).organ, (r).year, n.line, n.kind, n.message
FROM report, unnest((r).notes) AS n
WHERE n.kind <> 'table'
ORDER BY 1, 2, 3;

\echo
\echo '== Across agencies and years: applications received and how they were answered'
SELECT (r).organ, (r).year,
       govinfo.value(r, 'apply.received') AS received,
       govinfo.value(r, 'apply.received.online') AS online,
       govinfo.value(r, 'apply.answered.granted') AS granted,
       round(100 * govinfo.value(r, 'apply.answered.granted')
             / nullif(govinfo.value(r, 'apply.answered'), 0), 1) AS granted_pct,
       govinfo.value(r, 'review.total') + govinfo.value(r, 'litigation.total') AS disputes
FROM report
ORDER BY received DESC NULLS LAST;

\echo
\echo '== A table that refuses a report whose sums do not hold'
CREATE TABLE checked_report (r govinfo.report CHECK (govinfo.assert_consistent(r)));
INSERT INTO checked_report SELECT r FROM report WHERE govinfo.is_consistent(r);
SELECT count(*) AS accepted FROM checked_report;
\set ON_ERROR_STOP 0
INSERT INTO checked_report SELECT r FROM report WHERE NOT govinfo.is_consistent(r);
\set ON_ERROR_STOP 1
