-- A table that only accepts reports whose sums hold.
\getenv abs_srcdir PG_ABS_SRCDIR
\set good :abs_srcdir '/test/data/examples/legacy-example-qinghe-hrss-2016.txt'
\set bad :abs_srcdir '/test/data/examples/legacy-example-yunling-transport-2017-broken-apply.received.sum.txt'

CREATE TABLE annual_report (
    id serial PRIMARY KEY,
    r govinfo.report NOT NULL CHECK (govinfo.assert_consistent(r))
);

INSERT INTO annual_report (r) VALUES (govinfo.parse(pg_read_file(:'good')))
RETURNING (r).organ, (r).year;

-- the broken sum is named, with both sides, in the error
INSERT INTO annual_report (r) VALUES (govinfo.parse(pg_read_file(:'bad')));

SELECT sqlstate_of(format('INSERT INTO annual_report (r) VALUES (govinfo.parse(pg_read_file(%L)))', :'bad'));

-- a boolean CHECK that only says no, and its companion that says why
ALTER TABLE annual_report ADD CONSTRAINT sums_hold CHECK (govinfo.is_consistent(r));
SELECT v.rule, v.message FROM govinfo.violations(govinfo.parse(pg_read_file(:'bad'))) AS v;

-- value() in an expression index, queried by code
CREATE INDEX annual_report_received ON annual_report (govinfo.value(r, 'apply.received'));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT (r).organ FROM annual_report WHERE govinfo.value(r, 'apply.received') > 10;
RESET enable_seqscan;
SELECT (r).organ, govinfo.value(r, 'apply.received') FROM annual_report;

DROP TABLE annual_report;
