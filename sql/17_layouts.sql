-- Every layout of every national and provincial generation (reports written
-- by test/generate.pl --seed 17 into test/data/layouts): the tables found,
-- how many cells were read, and that each equals the value written.
\getenv abs_srcdir PG_ABS_SRCDIR
\set layouts :abs_srcdir '/test/data/layouts/'

CREATE TEMP TABLE layout_report AS
SELECT replace(f, '.txt', '') AS name, govinfo.parse(pg_read_file(:'layouts' || f)) AS r
FROM pg_ls_dir(:'layouts') AS f WHERE f LIKE '%.txt';

CREATE TEMP TABLE layout_expected AS
SELECT replace(f, '.tsv', '') AS name, split_part(line, E'\t', 1) AS code, split_part(line, E'\t', 2) AS printed
FROM pg_ls_dir(:'layouts') AS f, regexp_split_to_table(pg_read_file(:'layouts' || f), E'\n') AS line
WHERE f LIKE '%.tsv' AND line ~ '^[a-z]';

SELECT split_part(name, '-', 1) AS generation_written, split_part(name, '-', 2) AS layout,
       (r).generation, (SELECT string_agg(t.name || '=' || t.generation, ' ' ORDER BY t.name) FROM unnest((r).tables) t) AS tables,
       cardinality((r).stats) AS cells,
       (SELECT count(*) FROM layout_expected e WHERE e.name = l.name
          AND govinfo.value(r, e.code) IS NOT DISTINCT FROM
              (CASE WHEN e.printed IN ('NULL', 'AMBIGUOUS') THEN NULL ELSE e.printed::numeric END)) AS as_written,
       (SELECT count(*) FROM layout_expected e WHERE e.name = l.name) AS written,
       (SELECT count(*) FROM unnest((r).notes) n WHERE n.kind = 'position') AS placed_by_order,
       (SELECT count(*) FROM govinfo.violations(r) v WHERE v.severity = 'error') AS errors
FROM layout_report l
ORDER BY 1, 2;

-- a few notes of the layouts that need them
SELECT split_part(name, '-', 2) AS layout, n.kind, left(n.message, 90) AS message
FROM layout_report, unnest((r).notes) AS n
WHERE name LIKE 'gb2021-%' AND n.kind IN ('position', 'ambiguous', 'html', 'typo')
ORDER BY 1, n.line
LIMIT 20;

-- rules a report only breaks when it prints a subtotal row or column
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(E'三、收到和处理政府信息公开申请情况\n'
  || E'\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t法人或其他组织小计\t总计\n'
  || E'一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t2\t4\n'
  || E'（三）不予公开\t2\t0\t0\t0\t0\t0\t0\t2\n'
  || E'1.属于国家秘密\t1\t0\t0\t0\t0\t0\t0\t1\n2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0\t0\n'
  || E'四、结转下年度继续办理\t5\t1\t0\t0\t0\t0\t1\t6\n')) AS v
WHERE v.severity <> 'incomplete'
ORDER BY 1, 3;
