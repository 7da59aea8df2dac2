-- Reports as downloaded: HTML pages, as text and as bytes in UTF-8 and GBK.
-- The pages in test/data/html/ are written by test/generate_html.pl from the
-- report texts (Word exports, CMS pages with layout tables, the national
-- templates' merged cells); each must parse to the same report as its text.
\getenv abs_srcdir PG_ABS_SRCDIR
\set html :abs_srcdir '/test/data/html/'
\set examples :abs_srcdir '/test/data/examples/'

-- each page and the text it was written from
CREATE TEMP TABLE page AS
SELECT f AS page,
       CASE WHEN f LIKE 'legacy-%' THEN :'examples' ELSE :'html' END
         || regexp_replace(f, '\.[a-z-]+\.html$', '.txt') AS source
FROM pg_ls_dir(:'html') AS f
WHERE f LIKE '%.html';
SELECT page, regexp_replace(source, '^.*/test/data/', '') AS source FROM page ORDER BY page;

-- every page five ways: its text form, the page as text, as UTF-8 bytes, as
-- GBK bytes declaring gb2312, and as GBK bytes with no charset declared
CREATE TEMP TABLE parsed AS
SELECT page, 'text' AS form, govinfo.parse(pg_read_file(source)) AS r FROM page
UNION ALL
SELECT page, 'page', govinfo.parse(pg_read_file(:'html' || page)) FROM page
UNION ALL
SELECT page, 'utf8 bytes', govinfo.parse(pg_read_binary_file(:'html' || page)) FROM page
UNION ALL
SELECT page, 'gbk declared',
       govinfo.parse(convert_to(regexp_replace(pg_read_file(:'html' || page),
                                               '(charset=["'']?)utf-8', '\1gb2312', 'gi'), 'GBK'))
FROM page
UNION ALL
SELECT page, 'gbk undeclared',
       govinfo.parse(convert_to(regexp_replace(pg_read_file(:'html' || page),
                                               'charset=["'']?utf-8["'']?', '', 'gi'), 'GBK'))
FROM page;

-- what is compared: metadata, statistics, unknown rows (labels without
-- spaces) and violations
CREATE TEMP VIEW fact AS
SELECT page, form, key, value
FROM parsed,
     LATERAL (VALUES ('organ', (r).organ), ('year', (r).year::text),
                     ('generation', (r).generation), ('title', (r).title),
                     ('published', (r).published::text), ('index_no', (r).index_no),
                     ('publisher', (r).publisher)) AS m(key, value)
UNION ALL
SELECT page, form, 'stat ' || s.code, s.value::text FROM parsed, unnest((r).stats) AS s
UNION ALL
SELECT page, form, 'unknown ' || regexp_replace(u.label, '\s', '', 'g'), u.vals::text
FROM parsed, unnest((r).unknown_rows) AS u
UNION ALL
SELECT page, form, 'violation ' || v.severity || ' ' || v.rule, v.message
FROM parsed, govinfo.violations(r) AS v;

CREATE TEMP TABLE difference AS
WITH page_form AS (SELECT DISTINCT page, form FROM parsed WHERE form <> 'text'),
     from_text AS (SELECT pf.page, pf.form, f.key, f.value
                   FROM page_form pf JOIN fact f ON f.page = pf.page AND f.form = 'text')
(SELECT page, form, key, value, 'page only' AS side FROM fact WHERE form <> 'text'
 EXCEPT ALL SELECT page, form, key, value, 'page only' FROM from_text)
UNION ALL
(SELECT page, form, key, value, 'text only' FROM from_text
 EXCEPT ALL SELECT page, form, key, value, 'text only' FROM fact WHERE form <> 'text');

-- per page and form: the statistics its text gives, and how many facts of
-- the page's report differ from the text's (none)
SELECT p.page, p.form, cardinality((t.r).stats) AS text_stats,
       (SELECT count(*) FROM difference d WHERE d.page = p.page AND d.form = p.form) AS differ
FROM parsed p JOIN parsed t ON t.page = p.page AND t.form = 'text'
WHERE p.form <> 'text'
ORDER BY p.page, p.form;

-- the differences themselves, for the page read as text: none
SELECT page, side, key, value FROM difference WHERE form = 'page' ORDER BY page, key, side;

-- the page's own notes: how it was decoded and read
SELECT p.page, p.form, n.kind, n.message
FROM parsed p, unnest((p.r).notes) AS n
WHERE n.kind IN ('encoding', 'html') AND p.page LIKE '%qinghe-hrss-2017%'
ORDER BY p.form, n.kind;

-- the statistics of one page, read from GBK bytes, against the text
SELECT s.code, s.value, t.value AS text_value
FROM parsed p, unnest((p.r).stats) AS s
LEFT JOIN (SELECT s2.code, s2.value
           FROM parsed p2, unnest((p2.r).stats) AS s2
           WHERE p2.form = 'text' AND p2.page LIKE 'legacy-example-yunling-transport-2016%') AS t
       ON t.code = s.code
WHERE p.form = 'gbk declared' AND p.page LIKE 'legacy-example-yunling-transport-2016%'
  AND s.code LIKE 'apply.received%'
ORDER BY s.code;

-- ---------- charsets ----------

-- a byte order mark; a declaration that the bytes contradict; a charset
-- govinfo does not read; Big5; UTF-16 with either byte order
SELECT form, (r).organ, (r).year, govinfo.value(r, 'apply.received') AS received,
       (SELECT n.message FROM unnest((r).notes) AS n WHERE n.kind = 'encoding') AS encoding
FROM (VALUES
  ('utf-8 bom', govinfo.parse('\xefbbbf'::bytea || convert_to(
      '<p>清河县档案局2015年度政府信息公开工作年度报告</p><p>（一）收到申请数 3</p>', 'UTF8'))),
  ('gbk declared utf-8', govinfo.parse(convert_to(
      '<meta charset="utf-8"><p>清河县档案局2015年度政府信息公开工作年度报告</p><p>（一）收到申请数 3</p>', 'GBK'))),
  ('latin1 declared', govinfo.parse(convert_to(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>清河县档案局2015年度政府信息公开工作年度报告</p><p>（一）收到申请数 3</p>', 'UTF8'))),
  ('xml declaration', govinfo.parse(convert_to(
      '<?xml version="1.0" encoding="GB18030"?><html><p>清河县档案局2015年度政府信息公开工作年度报告</p><p>（一）收到申请数 3</p></html>', 'GB18030'))),
  ('big5', govinfo.parse(convert_to(
      '<meta charset=big5><p>清河縣檔案局2015年度政府信息公開工作年度報告</p><table><tr><td>統計指標<td>單位<td>統計數<tr><td>（一）收到申請數<td>件<td>3</table>', 'BIG5'))),
  ('utf-16le', govinfo.parse('\xfffe3c0070003e00056eb36cbf5363684868405c3200300031003500745ea65e3f659c5ee14f6f606c51005fe55d5c4f745ea65ea5624a543c002f0070003e003c0070003e0008ff004e09ff366530523375f78b7065200033003c002f0070003e00'::bytea)),
  ('utf-16be', govinfo.parse('\xfeff003c0070003e6e056cb353bf686368485c4000320030003100355e745ea6653f5e9c4fe1606f516c5f005de54f5c5e745ea662a5544a003c002f0070003e003c0070003eff084e00ff096536523075338bf7657000200033003c002f0070003e'::bytea))
) AS t(form, r)
ORDER BY form;

-- report text, not HTML, downloaded in GB18030: detected and parsed as text
SELECT (r).organ, (r).year, (r).stats = (SELECT (r).stats FROM parsed
                                         WHERE form = 'text' AND page LIKE '%qinghe-hrss-2016%') AS same_stats,
       ARRAY(SELECT n.kind || ': ' || n.message FROM unnest((r).notes) AS n
             WHERE n.kind IN ('encoding', 'html')) AS notes
FROM (SELECT govinfo.parse(convert_to(pg_read_file(:'examples' || 'legacy-example-qinghe-hrss-2016.txt'),
                                      'GB18030')) AS r) AS x;

-- bytes that do not decode: 22021 with the byte offset, never a crash
SELECT govinfo.parse(convert_to('<p>清河县档案局</p>', 'GBK') || '\x81'::bytea);
SELECT sqlstate_of($q$SELECT govinfo.parse(convert_to('<p>清河县档案局</p>', 'GBK') || '\x81'::bytea)$q$);
SELECT sqlstate_of($q$SELECT govinfo.parse('\x3c703e61623c2f703eff'::bytea)$q$);
SELECT sqlstate_of($q$SELECT govinfo.parse('\x3c703e6162003c2f703e'::bytea)$q$);
SELECT sqlstate_of($q$SELECT govinfo.parse('\xfffe3c00'::bytea || '\x00d8'::bytea)$q$);
SELECT sqlstate_of($q$SELECT govinfo.parse('\xfffe3c0070'::bytea)$q$);
-- a declared charset the bytes do not fit, with nothing fitting better
SELECT sqlstate_of($q$SELECT govinfo.parse('\x3c6d65746120636861727365743d6762323331323e3c703eff'::bytea)$q$);
-- the size limit holds for bytes as for text
SET govinfo.max_input_bytes = 1024;
SELECT sqlstate_of($q$SELECT govinfo.parse(convert_to(repeat('<p>政府信息公开</p>', 100), 'UTF8'))$q$);
RESET govinfo.max_input_bytes;

-- ---------- markup ----------

-- report text with a "<" or a lone <br> in it is not HTML: its layout is kept
SELECT (r).organ, govinfo.value(r, 'apply.received') AS received,
       govinfo.value(r, 'apply.received.online') AS online,
       ARRAY(SELECT n.kind FROM unnest((r).notes) AS n) AS note_kinds
FROM (SELECT govinfo.parse(E'清河县档案局2015年度政府信息公开工作年度报告\n'
  || E'说明：“<3”表示少于3件，<br>为网页转换遗留。\n统计指标\t单位\t统计数\n'
  || E'（一）收到申请数\t件\t3\n1、当面申请数\t件\t1\n2、传真申请数\t件\t0\n'
  || E'3、网络申请数\t件\t2\n4、信函申请数\t件\t0\n') AS r) AS x;

-- malformed markup reads as a browser shows it
CREATE TEMP TABLE table_html (body text);
INSERT INTO table_html VALUES ('<table><tr><td>（一）收到申请数</td><td>件</td><td>3</td></tr>'
  || '<tr><td>1、当面申请数</td><td>件</td><td>1</td></tr><tr><td>2、传真申请数</td><td>件</td><td>0</td></tr>'
  || '<tr><td>3、网络申请数</td><td>件</td><td>2</td></tr><tr><td>4、信函申请数</td><td>件</td><td>0</td></tr></table>');
SELECT form, (r).organ, govinfo.value(r, 'apply.received') AS received,
       govinfo.value(r, 'apply.received.online') AS online, govinfo.is_consistent(r) AS consistent
FROM table_html,
     LATERAL (VALUES
       -- no end tags at all
       ('unclosed tags', govinfo.parse('<html><body><p>清河县档案局2015年度政府信息公开工作年度报告'
          || '<table><tr><td>（一）收到申请数<td>件<td>3<tr><td>1、当面申请数<td>件<td>1'
          || '<tr><td>2、传真申请数<td>件<td>0<tr><td>3、网络申请数<td>件<td>2<tr><td>4、信函申请数<td>件<td>0')),
       -- end tags with nothing open, and doubled
       ('stray end tags', govinfo.parse('</td></tr></table><p>清河县档案局2015年度政府信息公开工作年度报告</p></td>'
          || replace(replace(body, '</td>', '</td></td>'), '</tr>', '</tr></tr></td>') || '</table></table>')),
       -- a table inside a cell of a layout table, inside 10,000 nested <div>s
       ('10,000 nested divs', govinfo.parse(repeat('<div class="wrap">', 10000)
          || '<table><tr><td>导航</td><td><h1>清河县档案局2015年度政府信息公开工作年度报告</h1>' || body
          || '</td></tr></table>' || repeat('</div>', 10000))),
       -- tables nested 100 deep: beyond the reader's 32 they are read as blocks
       ('100 nested tables', govinfo.parse('<p>清河县档案局2015年度政府信息公开工作年度报告</p>'
          || repeat('<table><tr><td>', 100) || body || repeat('</td></tr></table>', 100))),
       -- an unclosed comment and an unclosed script hide the rest, as in browsers
       ('unclosed comment', govinfo.parse('<p>清河县档案局2015年度政府信息公开工作年度报告</p>' || body
          || '<!-- <table><tr><td>（二）申请办结数</td><td>3</td></tr></table>')),
       ('unclosed script', govinfo.parse('<p>清河县档案局2015年度政府信息公开工作年度报告</p>' || body
          || '<script>document.write("<table><tr><td>（二）申请办结数<td>3</table>")'))
     ) AS t(form, r)
ORDER BY form;

-- the notes the reader leaves for deep nesting
SELECT n.message
FROM table_html, unnest((govinfo.parse('<p>清河县档案局2015年度政府信息公开工作年度报告</p>'
       || repeat('<table><tr><td>', 100) || body || repeat('</td></tr></table>', 100))).notes) AS n
WHERE n.kind = 'html';

-- a 20 MB page: a report page followed by 20 MB of site text, read in linear time
CREATE TEMP TABLE big AS
SELECT pg_read_file(:'html' || 'legacy-example-qinghe-hrss-2017.cms.html')
       || repeat('<div class="footer"><p>本网站由清河市人民政府办公室主办，&nbsp;未经许可不得转载。</p></div>', 200000) AS t;
SELECT octet_length(t) >= 20 * 1000 * 1000 AS twenty_mb,
       (govinfo.parse(t)).stats = (SELECT (r).stats FROM parsed
                                   WHERE form = 'text' AND page LIKE '%qinghe-hrss-2017%') AS same_stats,
       (govinfo.parse(convert_to(t, 'GBK'))).stats = (SELECT (r).stats FROM parsed
                                   WHERE form = 'text' AND page LIKE '%qinghe-hrss-2017%') AS same_stats_from_gbk
FROM big;
