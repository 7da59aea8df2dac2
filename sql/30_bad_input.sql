-- Bad input has defined behaviour: a report with notes, or an error with a
-- specific SQLSTATE.  Errors are shown twice: as psql prints them, and as
-- SQLSTATE: message through sqlstate_of() (created in 00_install).

-- empty and whitespace-only text: a report with no statistics, not an error
SELECT r.organ, r.year, r.generation, r.stats, r.notes
FROM govinfo.parse('') AS r;
SELECT r.generation, cardinality(r.stats) AS stats, r.notes
FROM govinfo.parse(E' \n\t\n\u3000\u00a0\r\n  ') AS r;

-- prose with no table: metadata is read, the prose numbers are not cells
SELECT r.organ, r.year, r.generation, cardinality(r.stats) AS stats, r.notes
FROM govinfo.parse(E'云岭县教育局2016年度政府信息公开工作年度报告\n'
  || E'2016年，我局共收到政府信息公开申请12件，全部按时答复。联系电话：0871-1234567。\n') AS r;

-- random characters (valid UTF-8, digits and line breaks mixed in)
SELECT setseed(0.5);
CREATE TEMP TABLE noise AS
SELECT string_agg(CASE WHEN random() < 0.1 THEN E'\n'
                       WHEN random() < 0.2 THEN chr(48 + (random() * 9)::int)
                       WHEN random() < 0.5 THEN chr(19968 + (random() * 20000)::int)
                       ELSE chr(32 + (random() * 200)::int) END, '') AS t
FROM generate_series(1, 200000);
SELECT octet_length(t) > 200000 AS big, (govinfo.parse(t)).generation,
       cardinality((govinfo.parse(t)).stats) AS stats
FROM noise;

-- a 10 MB input: a report followed by filler lines parses in linear time
\getenv abs_srcdir PG_ABS_SRCDIR
\set example :abs_srcdir '/test/data/examples/legacy-example-qinghe-hrss-2016.txt'
CREATE TEMP TABLE big AS
SELECT pg_read_file(:'example') || repeat(E'附注：本表数据截至年底。\n', 300000) AS t;
SELECT octet_length(t) >= 10 * 1000 * 1000 AS ten_mb, r.generation,
       cardinality(r.stats) AS stats, govinfo.is_consistent(r) AS consistent
FROM big, govinfo.parse(t) AS r;

-- one line of 10 MB with no line break at all
SELECT (govinfo.parse(repeat('政府信息公开', 600000))).notes;

-- the same table printed twice: the first value is kept, the repeat is noted
SELECT n.line, n.kind, n.code, n.message
FROM unnest((govinfo.parse(E'统计指标\n单位\n统计数\n'
  || E'（一）收到申请数\n件\n5\n（二）申请办结数\n件\n5\n'
  || E'统计指标\n单位\n统计数\n'
  || E'（一）收到申请数\n件\n5\n（二）申请办结数\n件\n6\n')).notes) AS n;

-- a count beyond the range of a count: 22003 with the line and the cell
SELECT govinfo.parse(E'统计指标\n（一）收到申请数\n件\n100000000000\n');
SELECT sqlstate_of($q$SELECT govinfo.parse(E'统计指标\n（一）收到申请数\n件\n100000000000\n')$q$);

-- a negative and a fractional count are read as printed; domain reports them
SELECT v.rule, v.severity, v.codes, v.lhs, v.rhs, v.message
FROM govinfo.violations(govinfo.parse(E'统计指标\t单位\t统计数\n'
  || E'（一）收到申请数\t件\t-3\n（二）申请办结数\t件\t2.5\n'
  || E'七、依申请公开信息收取的费用\t万元\t0.125\n')) AS v;

-- the input size limit: 54000
SET govinfo.max_input_bytes = '1kB';
SELECT govinfo.parse(repeat('x', 2000));
SELECT sqlstate_of($q$SELECT govinfo.parse(repeat('x', 2000))$q$);
RESET govinfo.max_input_bytes;

-- statement_timeout stops a long parse
SET statement_timeout = '10ms';
SELECT cardinality((govinfo.parse(repeat(E'（一）收到申请数\n件\n5\n', 1000000))).notes);
RESET statement_timeout;

-- an unknown code asked of value(): 22023
SELECT govinfo.value(govinfo.parse(''), 'apply.recieved');
SELECT sqlstate_of($q$SELECT govinfo.value(govinfo.parse(''), 'apply.recieved')$q$);

-- a report assembled by hand with an unknown generation or a value out of range
SELECT * FROM govinfo.violations(ROW(NULL, 2017, 'gb2035', NULL, NULL, NULL, NULL,
    ARRAY[ROW('apply.received', 1)::govinfo.stat], NULL, NULL, NULL)::govinfo.report);
SELECT sqlstate_of($q$SELECT govinfo.is_consistent(ROW(NULL, 2017, 'gb2035', NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL)::govinfo.report)$q$);
SELECT govinfo.is_consistent(ROW(NULL, 2017, 'legacy', NULL, NULL, NULL, NULL,
    ARRAY[ROW('apply.received', 1e20)::govinfo.stat], NULL, NULL, NULL)::govinfo.report);
SELECT sqlstate_of($q$SELECT govinfo.is_consistent(ROW(NULL, 2017, 'legacy', NULL, NULL, NULL, NULL,
    ARRAY[ROW('apply.received', 1e20)::govinfo.stat], NULL, NULL, NULL)::govinfo.report)$q$);
SELECT sqlstate_of($q$SELECT * FROM govinfo.stats(ROW(NULL, 2017, 'legacy', NULL, NULL, NULL, NULL,
    ARRAY[ROW('no.such.code', 1)::govinfo.stat], NULL, NULL, NULL)::govinfo.report)$q$);

-- NULL in, NULL out (STRICT)
SELECT govinfo.parse(NULL) IS NULL AS parse_null, govinfo.value(NULL, 'apply.received') IS NULL AS value_null;
