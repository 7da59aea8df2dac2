-- Databases not in UTF-8: EUC_CN holds Chinese, so text is converted in and
-- out; LATIN1 cannot, so govinfo refuses with a clear error; SQL_ASCII
-- stores any bytes, which must then be UTF-8.
SELECT current_database() AS home \gset
-- SQLSTATE: message of a query; temporary, so created again in each database
\set sqlstate_of 'CREATE FUNCTION pg_temp.sqlstate_of(query text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN EXECUTE query; RETURN $n$no error$n$; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || $c$: $c$ || SQLERRM; END $$;'

CREATE DATABASE govinfo_euc_cn ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE govinfo_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE govinfo_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c govinfo_euc_cn
\encoding UTF8
CREATE EXTENSION govinfo;
SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database();
SELECT r.organ, r.year, r.generation, s.code, s.label_zh, s.value
FROM govinfo.parse(E'清河县档案局2015年度政府信息公开工作年度报告\n统计指标\n'
  || E'（一）收到申请数\n件\n3\n1、当面申请数\n1\n2、传真申请数\n0\n3、网络申请数\n1\n4、信函申请数\n0\n') AS r,
     govinfo.stats(r) AS s;
SELECT message FROM govinfo.violations(govinfo.parse(E'统计指标\n'
  || E'（一）收到申请数\n件\n3\n1、当面申请数\n1\n2、传真申请数\n0\n3、网络申请数\n1\n4、信函申请数\n0\n'));

\c govinfo_latin1
:sqlstate_of
CREATE EXTENSION govinfo;
SELECT govinfo.parse('report');
SELECT pg_temp.sqlstate_of('SELECT govinfo.parse(''report'')');

\c govinfo_sql_ascii
\encoding SQL_ASCII
:sqlstate_of
CREATE EXTENSION govinfo;
-- UTF-8 bytes pass through unconverted
SELECT r.organ, r.year FROM govinfo.parse('清河县档案局2015年度政府信息公开工作年度报告') AS r;
-- other bytes are refused with their offset
SELECT govinfo.parse(E'abc\xff\xfe');
SELECT pg_temp.sqlstate_of($q$SELECT govinfo.parse(E'abc\xff\xfe')$q$);

\c :home
DROP DATABASE govinfo_euc_cn;
DROP DATABASE govinfo_latin1;
DROP DATABASE govinfo_sql_ascii;
