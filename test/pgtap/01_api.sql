-- The SQL surface: objects exist with honest volatility, strictness and
-- parallel labels, no SECURITY DEFINER, and a comment on every object.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION govinfo;
SELECT plan(100);

SELECT has_schema('govinfo');
SELECT has_type('govinfo', t, 'type govinfo.' || t)
FROM unnest(ARRAY['report', 'stat', 'unknown_row', 'note', 'detected_table']) AS t;
SELECT has_view('govinfo', v, 'view govinfo.' || v) FROM unnest(ARRAY['catalog', 'rules']) AS v;

-- name, argument types, return type
SELECT has_function('govinfo', 'parse', ARRAY['text']);
SELECT has_function('govinfo', 'parse', ARRAY['bytea']);
SELECT function_returns('govinfo', 'parse', ARRAY['bytea'], 'govinfo.report');
SELECT has_function('govinfo', 'parse_rows', ARRAY['text']);
SELECT has_function('govinfo', 'stats', ARRAY['govinfo.report']);
SELECT has_function('govinfo', 'value', ARRAY['govinfo.report', 'text']);
SELECT has_function('govinfo', 'violations', ARRAY['govinfo.report']);
SELECT has_function('govinfo', 'year_violations', ARRAY['govinfo.report', 'govinfo.report']);
SELECT has_function('govinfo', 'is_consistent', ARRAY['govinfo.report']);
SELECT has_function('govinfo', 'assert_consistent', ARRAY['govinfo.report']);
SELECT has_function('govinfo', 'catalog_entries', ARRAY[]::name[]);
SELECT has_function('govinfo', 'rule_entries', ARRAY[]::name[]);
SELECT function_returns('govinfo', 'parse', ARRAY['text'], 'govinfo.report');
SELECT function_returns('govinfo', 'parse_rows', ARRAY['text'], 'setof record');
SELECT function_returns('govinfo', 'stats', ARRAY['govinfo.report'], 'setof record');
SELECT function_returns('govinfo', 'value', ARRAY['govinfo.report', 'text'], 'numeric');
SELECT function_returns('govinfo', 'violations', ARRAY['govinfo.report'], 'setof record');
SELECT function_returns('govinfo', 'is_consistent', ARRAY['govinfo.report'], 'boolean');
SELECT function_returns('govinfo', 'assert_consistent', ARRAY['govinfo.report'], 'boolean');

-- every function: IMMUTABLE, STRICT, not SECURITY DEFINER, written in C
SELECT volatility_is('govinfo', f.name, f.args, 'immutable', 'govinfo.' || f.name || ' is IMMUTABLE')
FROM (VALUES ('parse', ARRAY['text']), ('parse', ARRAY['bytea']), ('parse_rows', ARRAY['text']),
             ('stats', ARRAY['govinfo.report']), ('value', ARRAY['govinfo.report', 'text']),
             ('violations', ARRAY['govinfo.report']), ('year_violations', ARRAY['govinfo.report', 'govinfo.report']),
             ('is_consistent', ARRAY['govinfo.report']),
             ('assert_consistent', ARRAY['govinfo.report']), ('catalog_entries', ARRAY[]::text[]),
             ('rule_entries', ARRAY[]::text[])) AS f(name, args);
SELECT is_strict('govinfo', f.name, f.args, 'govinfo.' || f.name || ' is STRICT')
FROM (VALUES ('parse', ARRAY['text']), ('parse', ARRAY['bytea']), ('parse_rows', ARRAY['text']),
             ('stats', ARRAY['govinfo.report']), ('value', ARRAY['govinfo.report', 'text']),
             ('violations', ARRAY['govinfo.report']), ('year_violations', ARRAY['govinfo.report', 'govinfo.report']),
             ('is_consistent', ARRAY['govinfo.report']),
             ('assert_consistent', ARRAY['govinfo.report']), ('catalog_entries', ARRAY[]::text[]),
             ('rule_entries', ARRAY[]::text[])) AS f(name, args);
SELECT isnt_definer('govinfo', f.name, f.args, 'govinfo.' || f.name || ' is not SECURITY DEFINER')
FROM (VALUES ('parse', ARRAY['text']), ('parse', ARRAY['bytea']), ('parse_rows', ARRAY['text']),
             ('stats', ARRAY['govinfo.report']), ('value', ARRAY['govinfo.report', 'text']),
             ('violations', ARRAY['govinfo.report']), ('year_violations', ARRAY['govinfo.report', 'govinfo.report']),
             ('is_consistent', ARRAY['govinfo.report']),
             ('assert_consistent', ARRAY['govinfo.report']), ('catalog_entries', ARRAY[]::text[]),
             ('rule_entries', ARRAY[]::text[])) AS f(name, args);
SELECT function_lang_is('govinfo', f.name, f.args, 'c', 'govinfo.' || f.name || ' is written in C')
FROM (VALUES ('parse', ARRAY['text']), ('parse', ARRAY['bytea']), ('parse_rows', ARRAY['text']),
             ('stats', ARRAY['govinfo.report']), ('value', ARRAY['govinfo.report', 'text']),
             ('violations', ARRAY['govinfo.report']), ('year_violations', ARRAY['govinfo.report', 'govinfo.report']),
             ('is_consistent', ARRAY['govinfo.report']),
             ('assert_consistent', ARRAY['govinfo.report']), ('catalog_entries', ARRAY[]::text[]),
             ('rule_entries', ARRAY[]::text[])) AS f(name, args);

-- pgTAP has no assertion for PARALLEL SAFE: read pg_proc
SELECT is(p.proparallel, 's', 'govinfo.' || p.proname || ' is PARALLEL SAFE')
FROM pg_proc p WHERE p.pronamespace = 'govinfo'::regnamespace ORDER BY p.proname;

-- a comment on every object the extension owns
SELECT is(obj_description(p.oid, 'pg_proc') IS NOT NULL, true, 'comment on function govinfo.' || p.proname)
FROM pg_proc p WHERE p.pronamespace = 'govinfo'::regnamespace ORDER BY p.proname;
SELECT is(obj_description(t.oid, 'pg_type') IS NOT NULL, true, 'comment on type govinfo.' || t.typname)
FROM pg_type t WHERE t.typnamespace = 'govinfo'::regnamespace AND t.typtype = 'c'
  AND t.typrelid NOT IN (SELECT oid FROM pg_class WHERE relkind = 'v') ORDER BY t.typname;
SELECT is(obj_description(c.oid, 'pg_class') IS NOT NULL, true, 'comment on view govinfo.' || c.relname)
FROM pg_class c WHERE c.relnamespace = 'govinfo'::regnamespace AND c.relkind = 'v' ORDER BY c.relname;

SELECT * FROM finish();
ROLLBACK;
