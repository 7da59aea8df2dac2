-- The single tables (legacy, local2008) in reading order (pdftotext without
-- -layout): one token per line, some rows' values printed before their
-- labels, which come later in a block.  Each case shows the cells read and
-- the notes that say how.

CREATE TEMP TABLE reading_order (name text, r govinfo.report);

-- legacy: 告知通过其他途径办理数 carries two more groups (行政复议数量 3 and
-- 维持具体行政行为数 2, whose labels come after 五、行政诉讼数量); (二)被依法纠错数
-- and (三)其他情形数 fit 行政复议 and 行政诉讼 alike and are printed before
-- either heading, so the template's order between the rows around them
-- decides; 行政诉讼数量's `-` is its own blank, not a row waiting for values
INSERT INTO reading_order SELECT 'legacy: labels after their values', govinfo.parse(
     E'清河县档案局2015年度政府信息公开工作年度报告\n统计指标\n单位\n统计数\n三、依申请公开情况\n7、告知作出更改补充数\n件\n0\n'
  || E'8、告知通过其他途径办理数\n件\n1\n件\n3\n件\n2\n(二)被依法纠错数\n件\n1\n(三)其他情形数\n件\n0\n五、行政诉讼数量\n件\n'
  || E'-\n四、行政复议数量\n(一)维持具体行政行为数\n(一)维持具体行政行为或者驳回原告诉讼请求数\n件\n0\n(二)被依法纠错数\n件\n0\n'
  || E'(三)其他情形数\n件\n0\n');

-- local2008: the heading 四、行政复议、行政诉讼和行政申诉情况 carries the two
-- groups of 行政复议数 and 行政诉讼数; 同意公开答复数 carries the group of
-- 同意部分公开答复数, whose cumulative is printed blank (—)
INSERT INTO reading_order SELECT 'local2008: groups after a heading and a row', govinfo.parse(
     E'杏川市劳动和社会保障局2009年政府信息公开工作年度报告\n指标名称\n计量单位\n本年度\n历年累计\n二、依申请公开情况\n（一）受理依申请公开信息总数\n'
  || E'件\n5\n18\n（二）依申请公开答复数\n件\n5\n18\n1.同意公开答复数\n件\n3\n9\n件\n2\n—\n3.否决公开答复数\n件\n0\n'
  || E'1\n2.同意部分公开答复数\n四、行政复议、行政诉讼和行政申诉情况\n件\n0\n1\n件\n0\n0\n行政申诉数\n件\n0\n1\n行政复议数\n'
  || E'行政诉讼数\n');

-- legacy: 4.政务微信 is printed with no value and no group waiting, so it is
-- blank; the groups after （二）通过不同渠道和方式公开政府信息的情况 go to the
-- two labels met next; the groups after 告知作出更改补充数 go to 告知通过其他
-- 途径办理数 and to （四）申请人主动撤回申请数, a row the catalog does not know,
-- which keeps its value under its label; （二）被依法纠错数 is printed later
-- with its own value, so it waits for none
INSERT INTO reading_order SELECT 'legacy: stretches of groups and labels', govinfo.parse(
     E'白鹭市工商行政管理局2016年政府信息公开工作年度报告\n统计指标\n单位\n统计数\n一、主动公开情况\n（一）主动公开政府信息数\n条\n20\n'
  || E'4.政务微信公开政府信息数\n条\n（二）通过不同渠道和方式公开政府信息的情况\n条\n3\n条\n15\n3.政务微博公开政府信息数\n条\n2\n'
  || E'1.政府公报公开政府信息数\n2.政府网站公开政府信息数\n三、依申请公开情况\n7、告知作出更改补充数\n件\n0\n件\n2\n件\n1\n'
  || E'四、行政复议数量\n件\n0\n（一）维持具体行政行为数\n件\n0\n8、告知通过其他途径办理数\n（四）申请人主动撤回申请数\n（二）被依法纠错数\n件\n'
  || E'0\n（三）其他情形数\n件\n0\n');

-- legacy: a row the catalog does not know, （四）申请人主动撤回申请数, carries
-- after its own value the groups of 行政复议数量 and 维持具体行政行为数
INSERT INTO reading_order SELECT 'legacy: groups after an unknown row', govinfo.parse(
     E'白鹭市工商行政管理局2016年政府信息公开工作年度报告\n统计指标\n单位\n统计数\n三、依申请公开情况\n8.告知通过其他途径办理数\n件\n0\n'
  || E'(四)申请人主动撤回申请数\n件\n2\n件\n4\n件\n3\n四、行政复议数量\n(一)维持具体行政行为数\n(二)被依法纠错数\n件\n1\n'
  || E'(三)其他情形数\n件\n0\n');

-- local2008: of the heading's two groups, the second goes to 政府信息公开专栏页面
-- 访问量, a row the catalog does not know, named by what it counts
INSERT INTO reading_order SELECT 'local2008: a group for an unknown row', govinfo.parse(
     E'杏川市劳动和社会保障局2009年政府信息公开工作年度报告\n指标名称\n计量单位\n本年度\n历年累计\n一、主动公开政府信息情况\n条\n25\n95\n'
  || E'人次\n49\n119\n二、依申请公开政府信息情况\n受理依申请公开信息总数\n件\n13\n48\n主动公开政府信息数\n政府信息公开专栏页面访问量\n'
  || E'其中：当面申请数\n件\n0\n3\n');

SELECT name, s.code, s.value
FROM reading_order, govinfo.stats(r) AS s
ORDER BY name, s.code;

SELECT name, u.label, u.vals
FROM reading_order, unnest((r).unknown_rows) AS u
ORDER BY name, u.label;

SELECT name, n.line, n.kind, n.message
FROM reading_order, unnest((r).notes) AS n
WHERE n.kind IN ('position', 'blank', 'ambiguous')
ORDER BY name, n.line, n.message;
