-- The national templates (gb2021, gb2019) and the provincial one (local2008):
-- a small report of each, built here with tabs, pipes or one cell per line,
-- then each hard rule broken once.

-- 表三 as rows of label + seven values; the numbers satisfy every rule.
CREATE TEMP TABLE t3 (ord int, label text, v int[]);
INSERT INTO t3 VALUES
 (1, '一、本年新收政府信息公开申请数量', '{10,2,0,0,1,0,13}'),
 (2, '二、上年结转政府信息公开申请数量', '{1,0,0,0,0,0,1}'),
 (3, '（一）予以公开', '{4,1,0,0,0,0,5}'),
 (4, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '{1,0,0,0,0,0,1}'),
 (5, '1.属于国家秘密', '{0,0,0,0,0,0,0}'),
 (6, '2.其他法律行政法规禁止公开', '{0,0,0,0,0,0,0}'),
 (7, '3.危及“三安全一稳定”', '{0,0,0,0,0,0,0}'),
 (8, '4.保护第三方合法权益', '{1,0,0,0,0,0,1}'),
 (9, '5.属于三类内部事务信息', '{0,0,0,0,0,0,0}'),
 (10, '6.属于四类过程性信息', '{0,0,0,0,0,0,0}'),
 (11, '7.属于行政执法案卷', '{0,0,0,0,0,0,0}'),
 (12, '8.属于行政查询事项', '{0,0,0,0,0,0,0}'),
 (13, '1.本机关不掌握相关政府信息', '{2,1,0,0,1,0,4}'),
 (14, '2.没有现成信息需要另行制作', '{0,0,0,0,0,0,0}'),
 (15, '3.补正后申请内容仍不明确', '{0,0,0,0,0,0,0}'),
 (16, '1.信访举报投诉类申请', '{1,0,0,0,0,0,1}'),
 (17, '2.重复申请', '{0,0,0,0,0,0,0}'),
 (18, '3.要求提供公开出版物', '{0,0,0,0,0,0,0}'),
 (19, '4.无正当理由大量反复申请', '{0,0,0,0,0,0,0}'),
 (20, '5.要求行政机关确认或重新出具已获取信息', '{0,0,0,0,0,0,0}'),
 (21, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '{0,0,0,0,0,0,0}'),
 (22, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '{0,0,0,0,0,0,0}'),
 (23, '3.其他', '{1,0,0,0,0,0,1}'),
 (24, '（七）总计', '{10,2,0,0,1,0,13}'),
 (25, '四、结转下年度继续办理', '{1,0,0,0,0,0,1}');

-- A gb2021 report, one table row per line separated by tabs.  $1 replaces
-- rows (ord -> values) to break rules; 表四 is given as 15 numbers.
CREATE FUNCTION pg_temp.gb2021_report(changes jsonb DEFAULT '{}', table4 text DEFAULT '3 1 1 0 5 1 0 0 0 1 0 0 0 1 1')
RETURNS text LANGUAGE sql AS $$
SELECT E'清河市司法局2023年政府信息公开工作年度报告\n'
    || E'本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n'
    || E'二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n'
    || E'规章\t0\t0\t0\n行政规范性文件\t3\t1\t12\n'
    || E'第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t120\n'
    || E'第二十条第（六）项\n行政处罚\t36\n行政强制\t2\n'
    || E'第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.345678\n'
    || E'三、收到和处理政府信息公开申请情况\n'
    || E'\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n'
    || (SELECT string_agg(label || E'\t' || array_to_string(coalesce(
            (SELECT array_agg(x::int) FROM jsonb_array_elements_text(changes -> ord::text) x), v), E'\t'), E'\n' ORDER BY ord)
        FROM t3)
    || E'\n四、政府信息公开行政复议、行政诉讼情况\n'
    || E'行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n'
    || replace(table4, ' ', E'\t') || E'\n'
    || E'五、存在的主要问题及改进情况\n本年度工作仍有不足。\n'
$$;

-- the consistent report: metadata, tables, a few cells, no violation
SELECT r.organ, r.year, r.generation, r.tables
FROM govinfo.parse(pg_temp.gb2021_report()) AS r;
SELECT code, value FROM govinfo.stats(govinfo.parse(pg_temp.gb2021_report()))
WHERE code ~ '^active\.' OR code ~ '^apply\.(new|total)\.' OR code ~ '^review\.'
ORDER BY code;
SELECT count(*) AS cells FROM unnest((govinfo.parse(pg_temp.gb2021_report())).stats);
SELECT * FROM govinfo.violations(govinfo.parse(pg_temp.gb2021_report()));

-- each hard rule broken once: the message names the cells, with both sides
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(pg_temp.gb2021_report('{"3": [5,1,0,0,0,0,6]}'))) AS v
ORDER BY 1, 3;
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(pg_temp.gb2021_report('{"5": [1,0,0,0,0,0,0]}'))) AS v
ORDER BY 1, 3;
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(pg_temp.gb2021_report(table4 => '3 1 1 0 4 1 0 0 0 1 0 0 0 1 2'))) AS v
ORDER BY 1, 3;
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(pg_temp.gb2021_report('{"1": [10,2,0,0,1,0,13], "2": [1,0,0,0,0,0,1], "25": [4,0,0,0,0,0,4]}'))) AS v
ORDER BY 1, 3;

-- a gb2019 table (2019 表二 columns, one （六）其他处理 row) as Markdown pipes,
-- with signed changes and an amount printed in 元
SELECT r.generation, r.tables, s.code, s.value
FROM govinfo.parse(
       E'云岭县教育局2020年政府信息公开工作年度报告\n'
    || E'| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n|---|---|---|---|\n'
    || E'| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 4 | 4 | 40 |\n'
    || E'| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n'
    || E'| 行政许可 | 12 | -2 | 300 |\n| 行政处罚 | 8 | +1 | 51 |\n'
    || E'| 信息内容 | 采购项目数量 | 采购总金额 |\n|---|---|---|\n| 政府集中采购 | 3 | 251000元 |\n'
    || E'| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n'
    || E'| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n'
    || E'| （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n'
    || E'| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n'
    || E'| （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n'
    || E'| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n') AS r,
     govinfo.stats(r) AS s
WHERE s.code ~ '^active\.' OR s.code ~ '^apply\.other\.'
ORDER BY s.code;

-- a local2008 table, one cell per line: this year and cumulative columns
SELECT r.generation, s.code, s.label_zh, s.unit, s.value
FROM govinfo.parse(E'澄湖区民政局2012年度政府信息公开工作年度报告\n'
    || E'指标名称\n计量单位\n本年度\n历年累计\n'
    || E'主动公开政府信息数\n条\n120\n860\n'
    || E'受理依申请公开信息总数\n件\n9\n40\n'
    || E'当面申请数\n件\n2\n10\n网上申请数\n件\n5\n20\n信函、传真申请数\n件\n1\n8\n电子邮件申请数\n件\n1\n2\n'
    || E'政府信息公开收费减免金额\n元\n300\n1200\n') AS r,
     govinfo.stats(r) AS s;
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(E'指标名称\t计量单位\t本年度\t历年累计\n'
    || E'受理依申请公开信息总数\t件\t9\t8\n当面申请数\t件\t2\t3\n网上申请数\t件\t5\t5\n')) AS v
ORDER BY 1, 3;

-- the catalog per generation
SELECT generation, count(*) AS codes FROM govinfo.catalog GROUP BY 1 ORDER BY 1;
SELECT code, label_zh, unit, kind FROM govinfo.catalog
WHERE generation = 'gb2021' AND (code LIKE 'active.%' OR code LIKE 'review.%') ORDER BY ordinal;
SELECT generation, rule, severity, description FROM govinfo.rules
WHERE generation IN ('gb2021', 'gb2019', 'local2008') ORDER BY 1, 2;

-- a soft rule that needs the organ: below city level, 规章 are 0
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(E'云岭县教育局2021年政府信息公开工作年度报告\n'
    || E'信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t2\n行政规范性文件\t0\t0\t3\n')) AS v
ORDER BY 3;
SELECT count(*) AS warnings
FROM govinfo.violations(govinfo.parse(E'清河市司法局2021年政府信息公开工作年度报告\n'
    || E'信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t2\n')) AS v;

-- rules across two years of one organ: year_violations(earlier, later)
SELECT v.rule, v.severity, v.message
FROM govinfo.year_violations(
       govinfo.parse(pg_temp.gb2021_report()),
       govinfo.parse(replace(replace(pg_temp.gb2021_report('{"2": [2,0,0,0,0,0,2], "1": [9,2,0,0,1,0,12]}'),
                                      '2023年', '2024年'), E'行政规范性文件\t3\t1\t12', E'行政规范性文件\t2\t0\t13'))) AS v
ORDER BY 1, 3;
-- not a year apart: nothing to check
SELECT count(*) FROM govinfo.year_violations(govinfo.parse(pg_temp.gb2021_report()), govinfo.parse(pg_temp.gb2021_report()));
-- the provincial cumulative column across years
SELECT v.rule, v.message
FROM govinfo.year_violations(
       govinfo.parse(E'澄湖区民政局2011年度政府信息公开工作年度报告\n指标名称\t计量单位\t本年度\t历年累计\n受理依申请公开信息总数\t件\t5\t30\n'),
       govinfo.parse(E'澄湖区民政局2012年度政府信息公开工作年度报告\n指标名称\t计量单位\t本年度\t历年累计\n受理依申请公开信息总数\t件\t9\t40\n')) AS v;
