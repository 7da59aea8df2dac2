-- Error paths by SQLSTATE, and the CHECK constraint a user writes.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION govinfo;
SELECT plan(17);

SELECT throws_ok($$SELECT govinfo.parse(E'统计指标\n（一）收到申请数\n件\n100000000000\n')$$,
    '22003', 'value at line 4 is out of range for a statistic', 'a count beyond range: 22003');
SELECT throws_ok($$SELECT govinfo.value(govinfo.parse(''), 'no.such')$$,
    '22023', 'unknown statistic code "no.such"', 'value() of an unknown code: 22023');
SELECT throws_ok($$SELECT govinfo.is_consistent(ROW(NULL, 2017, 'gb1999', NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL)::govinfo.report)$$,
    '22023', 'unknown template generation "gb1999"', 'an unknown generation: 22023');
SELECT throws_ok($$SELECT govinfo.is_consistent(ROW(NULL, 2017, 'legacy', NULL, NULL, NULL, NULL,
    ARRAY[ROW('apply.received', 0.0000001)::govinfo.stat], NULL, NULL, NULL)::govinfo.report)$$,
    '22003', NULL, 'a stored value with seven decimals: 22003');
SET LOCAL govinfo.max_input_bytes = 1024;
SELECT throws_ok($$SELECT govinfo.parse(repeat('报', 400))$$,
    '54000', 'report text is too large: 1200 bytes', 'input beyond govinfo.max_input_bytes: 54000');
RESET govinfo.max_input_bytes;
SELECT lives_ok($$SELECT govinfo.parse(repeat(E'\u00a0', 1000) || repeat(E'\n', 1000))$$,
    'whitespace and blank lines only: no error');

-- a CHECK constraint that names the broken sum
CREATE TABLE checked (r govinfo.report CHECK (govinfo.assert_consistent(r)));
SELECT col_has_check('checked', 'r', 'the report column has a CHECK constraint');
SELECT lives_ok($$INSERT INTO checked VALUES (govinfo.parse(E'统计指标\n'
    || E'（一）收到申请数\n件\n3\n1、当面申请数\n1\n2、传真申请数\n0\n3、网络申请数\n2\n4、信函申请数\n0\n'))$$,
    'a consistent report is accepted');
SELECT throws_ok($$INSERT INTO checked VALUES (govinfo.parse(E'统计指标\n'
    || E'（一）收到申请数\n件\n25\n1、当面申请数\n1\n2、传真申请数\n0\n3、网络申请数\n21\n4、信函申请数\n2\n'))$$,
    '23514',
    'report violates apply.received.sum: 收到申请数 25 ≠ 当面申请数 + 传真申请数 + 网络申请数 + 信函申请数 = 24',
    'a broken sum is refused with 23514 and both sides');
SELECT is(count(*), 1::bigint, 'only the consistent report was stored') FROM checked;

-- warnings and incomplete rules never make a report inconsistent
SELECT ok(govinfo.is_consistent(govinfo.parse(E'统计指标\n（一）申请办结数\n件\n4\n（三）申请答复数\n件\n5\n')),
    'a soft rule failing (answered ≠ closed) keeps the report consistent');
SELECT is((SELECT severity FROM govinfo.violations(govinfo.parse(E'统计指标\n（一）申请办结数\n件\n4\n（三）申请答复数\n件\n5\n'))
           WHERE rule = 'apply.answered_eq_closed'), 'warning', 'apply.answered_eq_closed is a warning');
SELECT ok(govinfo.assert_consistent(govinfo.parse('')), 'a report without statistics is consistent');

-- value(): blank and absent cells are NULL, never 0
SELECT is(govinfo.value(govinfo.parse(E'统计指标\n（一）收到申请数\n件\n—\n（二）申请办结数\n件\n0\n'), 'apply.received'),
    NULL, 'a blank cell (—) is NULL');
SELECT is(govinfo.value(govinfo.parse(E'统计指标\n（一）收到申请数\n件\n—\n（二）申请办结数\n件\n0\n'), 'apply.closed'),
    0::numeric, 'a printed 0 is 0');
SELECT is(govinfo.value(govinfo.parse(E'统计指标\n（一）收到申请数\n件\n—\n（二）申请办结数\n件\n0\n'), 'apply.answered'),
    NULL, 'an absent cell is NULL');

-- parallel workers can run the parser
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
CREATE TABLE texts AS SELECT E'统计指标\n（一）收到申请数\n件\n' || g || E'\n' AS t FROM generate_series(1, 2000) g;
ANALYZE texts;
SELECT is(sum(govinfo.value(govinfo.parse(t), 'apply.received')), 2001000::numeric,
    'sum over a parallel-capable scan') FROM texts;

SELECT * FROM finish();
ROLLBACK;
