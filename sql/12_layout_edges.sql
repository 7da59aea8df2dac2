-- Layout details that decide whether a cell is read: each case prints the
-- cells concerned and the notes that explain them.

-- PDF -layout text: a wrapped label whose middle line, with the numbers,
-- reads like a sentence (commas outside the parenthesis opened above it)
SELECT s.code, s.value
FROM govinfo.stats(govinfo.parse(
     E'三、收到和处理政府信息公开申请情况\n'
  || E'      （一）予以公开               418     0       0       0       0       0       418\n'
  || E'\n      （二）部分公开（区分处理的\n'
  || E'      ，只计这一情形，不计其他情   1282    0       0       0       0       0       1282\n'
  || E'      形）\n\n'
  || E'             1、属于国家秘密       193     0       0       0       0       0       193\n')) AS s
WHERE s.code LIKE 'apply.partial.%'
ORDER BY s.code;

-- 表四's last cell printed blank: as an empty line (one cell per line) or as
-- | alone (cells ending in |)
SELECT layout, govinfo.value(r, 'litigation.after_review.pending') AS pending,
       govinfo.value(r, 'litigation.after_review.total') AS total,
       (SELECT string_agg(n.message, '; ') FROM unnest((r).notes) n WHERE n.kind = 'blank') AS blank
FROM (VALUES ('one cell per line', govinfo.parse(
     E'三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n3\n0\n0\n0\n0\n0\n3\n四、政府信息公开行政复议、行政诉讼情况\n'
  || E'行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n结果维持\n结果纠正\n其他结果\n'
  || E'尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n1\n0\n0\n0\n1\n2\n0\n0\n0\n2\n0\n0\n0\n0\n'
  || E'\n\n五、存在的主要问题及改进情况\n')),
             ('cells ending in |', govinfo.parse(
     E'三、收到和处理政府信息公开申请情况|\n一、本年新收政府信息公开申请数量|\n2|\n0|\n0|\n0|\n0|\n0|\n2|\n\n'
  || E'四、政府信息公开行政复议、行政诉讼情况\n\n行政复议|\n行政诉讼|\n结果维持|\n结果纠正|\n其他结果|\n尚未审结|\n总计|\n'
  || E'1|\n1|\n0|\n0|\n2|\n0|\n0|\n0|\n0|\n0|\n0|\n0|\n0|\n0|\n|\n\n'))) AS v(layout, r)
ORDER BY layout;

-- cells ending in |, a blank one printed as | alone: the empty line after the
-- row is no cell
SELECT s.code, s.value
FROM govinfo.stats(govinfo.parse(
     E'三、收到和处理政府信息公开申请情况|\n一、本年新收政府信息公开申请数量|\n|\n2|\n0|\n0|\n0|\n0|\n2|\n\n'
  || E'四、结转下年度继续办理|\n1|\n0|\n0|\n0|\n0|\n0|\n1|\n')) AS s
WHERE s.code LIKE 'apply.new.%'
ORDER BY s.code;

-- a unit and a blank mark glued to the label (金额元-): the unit is the row's,
-- so the cumulative 2406 元 is stored in 万元
SELECT s.code, s.value, n.message
FROM (SELECT govinfo.parse(
     E'杏川市劳动和社会保障局2009年政府信息公开工作年度报告\n指标名称\n计量单位\n本年度\n历年累计\n三、政府信息公开收费及减免情况\n'
  || E'政府信息公开收费减免金额元- 2406\n') AS r) AS p,
     govinfo.stats(r) AS s
     LEFT JOIN unnest((r).notes) AS n ON n.code = s.code AND n.kind = 'unit'
ORDER BY s.code;

-- a 22-digit 表四 row: each group's sum prunes the search as it goes
SELECT n.kind, n.message
FROM unnest((govinfo.parse(
     E'三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量3000003\n四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n'
  || E'结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计\n'
  || E'1871454421742341862127\n')).notes) AS n
WHERE n.line = 7;

-- a run of 63 digits for a row of seven: more splits than are tried
SELECT n.kind, n.message
FROM unnest((govinfo.parse(E'三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量'
  || repeat('123456789', 7) || E'\n')).notes) AS n
WHERE n.line = 2;

-- a misprinted label that fits two rows (同不意公开答复数: 同意… or 不同意…),
-- its value glued to it: the template's order between its neighbours decides
SELECT s.code, s.value
FROM govinfo.stats(govinfo.parse(
     E'石桥县民政局2016年政府信息公开工作年度报告\n统计指标\n单位\n统计数\n三、依申请公开情况\n（三）申请答复数件7\n'
  || E'2、同意公开答复数件5\n3、同意部分公开答复数件2\n4、同不意公开答复数件0\n涉及国家秘密件0\n')) AS s
ORDER BY s.code;

-- a table of tabs (not reading order): a heading's own value, a `-` in the
-- unit column, a row the catalog does not know with two values and a row
-- printed without its value stay as printed
CREATE TEMP TABLE tabs_report AS
SELECT govinfo.parse(E'清河县档案局2015年度政府信息公开工作年度报告\n统计指标\t单位\t统计数\n一、主动公开情况\n'
  || E'（一）主动公开政府信息数\t条\t101\n（二）通过不同渠道和方式公开政府信息的情况\t条\t186\n'
  || E'1、政府公报公开政府信息数\t-\t16\n2、政府网站公开政府信息数\t条\t101\n其他渠道公开数\t条\t12\t3\n'
  || E'4、政务微信公开政府信息数\t条\t\n') AS r;
SELECT s.code AS cell, s.value::text AS value FROM tabs_report, govinfo.stats(r) AS s
UNION ALL
SELECT '?' || u.label, u.vals::text FROM tabs_report, unnest((r).unknown_rows) AS u
ORDER BY 1;
