-- The session README.md shows under "Getting started", statement for statement.
CREATE TABLE annual_report (
    id serial PRIMARY KEY,
    r  govinfo.report NOT NULL CHECK (govinfo.assert_consistent(r))
);
INSERT INTO annual_report (r) VALUES (govinfo.parse(
'清河县档案局2015年度政府信息公开工作年度报告
统计指标	单位	统计数
三、依申请公开情况
（一）收到申请数	件	25
1、当面申请数	件	1
2、传真申请数	件	0
3、网络申请数	件	22
4、信函申请数	件	2'))
RETURNING (r).organ, (r).year, (r).generation;
INSERT INTO annual_report (r) VALUES (govinfo.parse(
'清河县档案局2016年度政府信息公开工作年度报告
统计指标	单位	统计数
三、依申请公开情况
（一）收到申请数	件	25
1、当面申请数	件	1
2、传真申请数	件	0
3、网络申请数	件	21
4、信函申请数	件	2'));
SELECT code, label_zh, value FROM annual_report, govinfo.stats(r);
DROP TABLE annual_report;
