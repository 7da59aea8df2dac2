-- The same kind of report in each flattened layout the reader handles:
-- one cell per line (flat), one row per line split by tabs, and by spaces.
\getenv abs_srcdir PG_ABS_SRCDIR
\set examples :abs_srcdir '/test/data/examples/'

CREATE TEMP TABLE example AS
SELECT f AS file, govinfo.parse(pg_read_file(:'examples' || f)) AS r
FROM pg_ls_dir(:'examples') AS f
WHERE f LIKE '%.txt';

-- metadata from the title line and the header block
SELECT file, (r).organ, (r).year, (r).generation, (r).published, (r).index_no, (r).publisher
FROM example ORDER BY file;

SELECT file, (r).title FROM example ORDER BY file;

-- how many statistics each layout yielded, and the tables found
SELECT file, cardinality((r).stats) AS stats, (r).tables
FROM example ORDER BY file;

-- every statistic of the flat example, in catalog order
SELECT s.*
FROM example, govinfo.stats(r) AS s
WHERE file = 'legacy-example-qinghe-hrss-2016.txt';

-- the three layouts agree with what the generator wrote: any difference is listed
CREATE TEMP TABLE expected AS
SELECT replace(f, '.tsv', '.txt') AS file,
       split_part(line, E'\t', 1) AS code,
       nullif(split_part(line, E'\t', 2), 'NULL')::numeric AS value
FROM pg_ls_dir(:'examples') AS f,
     regexp_split_to_table(pg_read_file(:'examples' || f), E'\n') AS line
WHERE f LIKE '%.tsv' AND line ~ '^[a-z]';

SELECT e.file, e.code, e.value AS expected, govinfo.value(x.r, e.code) AS parsed
FROM expected e JOIN example x USING (file)
WHERE govinfo.value(x.r, e.code) IS DISTINCT FROM e.value
ORDER BY 1, 2;

SELECT file, count(*) AS cells_checked FROM expected GROUP BY file ORDER BY file;

-- notes: what was blank, misprinted, or only annotation
SELECT file, n.line, n.kind, n.code, n.message
FROM example, unnest((r).notes) AS n
ORDER BY file, n.line;

-- rows the catalog does not know are kept with their label as printed
SELECT file, u.* FROM example, unnest((r).unknown_rows) AS u ORDER BY file;

-- parse_rows: one row per cell with line, section, label and unit as printed
SELECT * FROM govinfo.parse_rows(pg_read_file(:'examples' || 'legacy-example-yunling-transport-2016.txt'))
WHERE section LIKE '三、%' OR section LIKE '八、%'
ORDER BY line;

-- a small report written inline: numbering variants, full-width and ASCII
-- punctuation, NBSP indentation, a unit on its own line and a heading with a value
SELECT s.code, s.value
FROM govinfo.stats(govinfo.parse(E'清河县档案局2015年度政府信息公开工作年度报告\n'
  || E'统计指标\n单位\n统计数\n'
  || E'三、依申请公开情况\n'
  || E'（一）收到申请数\n件\n7\n'
  || E'\u00a0\u00a01.当面申请数\n2\n'
  || E'\u3000\u30002、传真申请数\n0\n'
  || E'  3．网络申请数\n4\n'
  || E'  (4)信函申请数\n1\n'
  || E'四、行政复议数量\n3\n'
  || E'(一)维持具体行政行为数\n2\n(二)被依法纠错数\n1\n(三)其他情形数\n0\n'
  || E'五、行政诉讼数量\n1\n'
  || E'(一)维持具体行政行为或者驳回原告诉讼请求数\n0\n(二)依法纠错数\n0\n(三)其他情形数\n1\n'
  || E'七、依申请公开信息收取的费用\n万元\n0.35\n')) AS s;

-- a title that drops the city takes it from the opening paragraph, even
-- wrapped over two lines; an organ that names its city keeps its title form,
-- and a place word without a clear start (我市) is not taken
SELECT (govinfo.parse(t)).organ
FROM unnest(ARRAY[
  E'沙河区人民政府\n2023年政府信息公开工作年度报告\n本报告由临江市沙\n河区人民政府办公室编制。\n',
  E'临江市沙河区人民政府2023年政府信息公开工作年度报告\n本报告由北方省临江市沙河区人民政府编制。\n',
  E'沙河区人民政府2023年政府信息公开工作年度报告\n我市沙河区人民政府坚持公开。\n',
  E'沙河区人民政府2023年政府信息公开工作年度报告\n本报告由沙河区人民政府编制。\n',
  E'沙河区人民政府2023年政府信息公开工作年度报告\n现公布2023年度临江市沙河区人民政府工作情况。\n'
]) WITH ORDINALITY AS x(t, n)
ORDER BY n;

-- a row the catalog does not know, glued in a table of this-year and cumulative
-- columns: split when one split keeps the cumulative at least this year's,
-- kept unread (blank) and noted when several do
SELECT u.label, u.vals, n.message
FROM govinfo.parse(E'沙河市民政局2012年政府信息公开工作年度报告\n'
  || E'沙河市民政局2012年政府信息公开工作情况统计表\n'
  || E'指标名称计量单位2012年度本年累计\n'
  || E'一、主动公开政府信息情况\n（一）主动公开政府信息数条37 126\n'
  || E'二、依申请公开政府信息情况\n（一）受理依申请公开信息总数件5 18\n'
  || E'（三）举办政府信息公开培训班次次728\n'
  || E'（四）接待来访人次次1234\n') AS r,
  unnest(r.unknown_rows) AS u, unnest(r.notes) AS n
WHERE n.message LIKE u.label || '%';

-- digits glued to the label in a row with all its columns: read as printed
-- even where the cumulative is below this year's, so the rule reports it
SELECT v.rule, v.message
FROM govinfo.violations(govinfo.parse(E'沙河市民政局2012年政府信息公开工作年度报告\n'
  || E'指标名称计量单位2012年度本年累计\n'
  || E'一、主动公开政府信息情况\n（一）主动公开政府信息数条126 37\n')) AS v
WHERE v.severity = 'error';

-- reading order that prints a row before its section's heading: a label
-- whose row in the current section is read already, and that fits one row
-- of another section not read yet, is that row (依法纠错数, 其他情形数 here)
CREATE TEMP TABLE late_heading AS
SELECT govinfo.parse(E'清河县档案局2015年度政府信息公开工作年度报告\n'
  || E'统计指标\n单位\n统计数\n'
  || E'四、行政复议数量\n件\n3\n(一)维持具体行政行为数\n件\n2\n(二)被依法纠错数\n件\n1\n'
  || E'(三)其他情形数\n件\n0\n'
  || E'(二)依法纠错数\n件\n1\n(三)其他情形数\n件\n3\n'
  || E'五、行政诉讼数量\n件\n4\n(一)维持具体行政行为或者驳回原告诉讼请求数\n件\n0\n') AS r;
SELECT s.code, s.value FROM late_heading, govinfo.stats(r) AS s;
SELECT n.line, n.kind, n.message
FROM late_heading, unnest((r).notes) AS n
WHERE n.kind = 'position';

-- a section heading printed with values in a table of rows (not reading
-- order) is kept among the unknown rows as printed
SELECT u.label, u.vals
FROM unnest((govinfo.parse(E'沙河市民政局2012年政府信息公开工作年度报告\n'
  || E'指标名称\t计量单位\t2012年度\t本年累计\n'
  || E'一、主动公开政府信息情况\n（一）主动公开政府信息数\t条\t37\t126\n'
  || E'二、依申请公开政府信息情况\t件\t10\t41\n'
  || E'（一）受理依申请公开信息总数\t件\t5\t18\n')).unknown_rows) AS u;
