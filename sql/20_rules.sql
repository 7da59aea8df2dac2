-- Each legacy rule broken once (synthetic reports written by test/generate.pl):
-- violations() names the cells by their Chinese labels and prints both sides.
\getenv abs_srcdir PG_ABS_SRCDIR
\set rules :abs_srcdir '/test/data/rules/'

CREATE TEMP TABLE broken AS
SELECT f AS file, govinfo.parse(pg_read_file(:'rules' || f)) AS r
FROM pg_ls_dir(:'rules') AS f
WHERE f LIKE '%.txt';

SELECT regexp_replace(file, '^legacy-tabs-\d+-|\.txt$', '', 'g') AS broken_rule,
       v.rule, v.severity, v.codes, v.lhs, v.rhs, v.message
FROM broken, govinfo.violations(r) AS v
ORDER BY file, v.rule;

-- every report breaks exactly the rule it was written to break, and no other
-- (a rule over a blank cell is incomplete: neither passed nor failed)
SELECT regexp_replace(file, '^legacy-tabs-\d+-|\.txt$', '', 'g') AS broken_rule,
       array_agg(v.rule ORDER BY v.rule) AS failed,
       govinfo.is_consistent(r) AS consistent
FROM broken
LEFT JOIN LATERAL govinfo.violations(r) AS v ON v.severity <> 'incomplete'
GROUP BY file, r ORDER BY file;

-- the catalogue of rules the checker applies to legacy reports
SELECT rule, severity, description FROM govinfo.rules WHERE generation = 'legacy' ORDER BY rule;

-- a blank operand makes a rule incomplete, never passed or failed
SELECT v.rule, v.severity, v.lhs, v.rhs, v.message
FROM govinfo.violations(govinfo.parse(E'统计指标\t单位\t统计数\n'
  || E'三、依申请公开情况\n'
  || E'（一）收到申请数\t件\t5\n'
  || E'1、当面申请数\t件\t1\n'
  || E'2、传真申请数\t件\t-\n'
  || E'3、网络申请数\t件\t4\n'
  || E'4、信函申请数\t件\t\n')) AS v;

-- apply.denied.sum: fewer reasons than denials is only a warning
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(E'统计指标\t单位\t统计数\n'
  || E'4、不同意公开答复数\t件\t3\n'
  || E'其中：涉及国家秘密\t件\t1\n涉及商业秘密\t件\t0\n涉及个人隐私\t件\t0\n'
  || E'危及国家安全、公共安全、经济安全和社会稳定\t件\t0\n'
  || E'不是《条例》所指政府信息\t件\t1\n法律法规规定的其他情形\t件\t0\n')) AS v;

-- proactive.channels: the total may not exceed the channels' sum
SELECT v.rule, v.severity, v.message
FROM govinfo.violations(govinfo.parse(E'统计指标\t单位\t统计数\n'
  || E'（一）主动公开政府信息数\t条\t100\n'
  || E'1、政府公报公开政府信息数\t条\t10\n2、政府网站公开政府信息数\t条\t60\n'
  || E'3、政务微博公开政府信息数\t条\t5\n4、政务微信公开政府信息数\t条\t5\n'
  || E'5、其他方式公开政府信息数\t条\t0\n')) AS v;
