/* govinfo--0.1.0.sql: types, functions and views of govinfo 0.1.0 */

\echo Use "CREATE EXTENSION govinfo" to load this file. \quit

-- One statistic under its canonical code; a NULL value is a cell printed blank.
CREATE TYPE @extschema@.stat AS (
    code pg_catalog.text,
    value pg_catalog.numeric
);
COMMENT ON TYPE @extschema@.stat IS
    'One statistic of a report: canonical code and value (NULL when the cell is printed blank)';

-- A number-bearing table row whose label is not in the catalog.
CREATE TYPE @extschema@.unknown_row AS (
    line pg_catalog.int4,
    section pg_catalog.text,
    label pg_catalog.text,
    unit pg_catalog.text,
    vals pg_catalog.numeric[]
);
COMMENT ON TYPE @extschema@.unknown_row IS
    'A table row with numbers whose label the catalog does not know, kept as printed';

CREATE TYPE @extschema@.note AS (
    line pg_catalog.int4,
    kind pg_catalog.text,
    code pg_catalog.text,
    message pg_catalog.text
);
COMMENT ON TYPE @extschema@.note IS
    'What the parser noticed: kind is blank, ambiguous, skipped, duplicate, typo, unit, annotation, table, position, encoding or html';

CREATE TYPE @extschema@.detected_table AS (
    name pg_catalog.text,
    generation pg_catalog.text,
    first_line pg_catalog.int4,
    last_line pg_catalog.int4
);
COMMENT ON TYPE @extschema@.detected_table IS
    'A statistics table found in the text, with the template generation detected from its labels';

CREATE TYPE @extschema@.report AS (
    organ pg_catalog.text,
    year pg_catalog.int4,
    generation pg_catalog.text,
    title pg_catalog.text,
    published pg_catalog.date,
    index_no pg_catalog.text,
    publisher pg_catalog.text,
    stats @extschema@.stat[],
    unknown_rows @extschema@.unknown_row[],
    notes @extschema@.note[],
    tables @extschema@.detected_table[]
);
COMMENT ON TYPE @extschema@.report IS
    'One yearly government information disclosure annual report: organ, year, template generation, metadata, statistics, unknown rows, parse notes';

CREATE FUNCTION @extschema@.parse(pg_catalog.text)
RETURNS @extschema@.report
AS 'MODULE_PATHNAME', 'govinfo_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse(pg_catalog.text) IS
    'Parses the text of an annual report, or its HTML page, into a govinfo.report';

CREATE FUNCTION @extschema@.parse(pg_catalog.bytea)
RETURNS @extschema@.report
AS 'MODULE_PATHNAME', 'govinfo_parse_bytes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse(pg_catalog.bytea) IS
    'Parses a report file as downloaded (an HTML page or text; UTF-8, GB18030/GBK/GB2312, Big5 or UTF-16, told by its byte order mark, its charset declaration or its bytes) into a govinfo.report';

CREATE FUNCTION @extschema@.parse_rows(
    pg_catalog.text,
    OUT line pg_catalog.int4,
    OUT section pg_catalog.text,
    OUT label pg_catalog.text,
    OUT unit pg_catalog.text,
    OUT code pg_catalog.text,
    OUT value pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_parse_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
COMMENT ON FUNCTION @extschema@.parse_rows(pg_catalog.text) IS
    'One row per table cell found in the text: line, section, label and unit as printed, canonical code, value';

CREATE FUNCTION @extschema@.stats(
    @extschema@.report,
    OUT code pg_catalog.text,
    OUT label_zh pg_catalog.text,
    OUT label_en pg_catalog.text,
    OUT unit pg_catalog.text,
    OUT value pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_stats'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
COMMENT ON FUNCTION @extschema@.stats(@extschema@.report) IS
    'The statistics of a report in catalog order, with their labels and units';

CREATE FUNCTION @extschema@.value(@extschema@.report, code pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'govinfo_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.report, pg_catalog.text) IS
    'The value of one statistic (NULL when absent or blank); usable in expression indexes';

CREATE FUNCTION @extschema@.violations(
    @extschema@.report,
    OUT rule pg_catalog.text,
    OUT severity pg_catalog.text,
    OUT codes pg_catalog.text[],
    OUT lhs pg_catalog.numeric,
    OUT rhs pg_catalog.numeric,
    OUT message pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_violations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.violations(@extschema@.report) IS
    'One row per failed or incomplete arithmetic rule, naming the cells and both sides';

CREATE FUNCTION @extschema@.year_violations(
    earlier @extschema@.report,
    later @extschema@.report,
    OUT rule pg_catalog.text,
    OUT severity pg_catalog.text,
    OUT codes pg_catalog.text[],
    OUT lhs pg_catalog.numeric,
    OUT rhs pg_catalog.numeric,
    OUT message pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_year_violations'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION @extschema@.year_violations(@extschema@.report, @extschema@.report) IS
    'The soft rules across two reports of one organ a year apart (carry-over, in-force chain, cumulative chain)';

CREATE FUNCTION @extschema@.is_consistent(@extschema@.report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'govinfo_is_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_consistent(@extschema@.report) IS
    'True when no error-severity rule fails';

CREATE FUNCTION @extschema@.assert_consistent(@extschema@.report)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'govinfo_assert_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.assert_consistent(@extschema@.report) IS
    'True, or ERROR 23514 naming every failed error-severity rule: for CHECK constraints';

CREATE FUNCTION @extschema@.catalog_entries(
    OUT generation pg_catalog.text,
    OUT code pg_catalog.text,
    OUT label_zh pg_catalog.text,
    OUT label_en pg_catalog.text,
    OUT unit pg_catalog.text,
    OUT parent pg_catalog.text,
    OUT kind pg_catalog.text,
    OUT ordinal pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_catalog_entries'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.catalog_entries() IS
    'The compiled-in catalog of canonical codes; read it through the view govinfo.catalog';

CREATE FUNCTION @extschema@.rule_entries(
    OUT generation pg_catalog.text,
    OUT rule pg_catalog.text,
    OUT severity pg_catalog.text,
    OUT description pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'govinfo_rule_entries'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_entries() IS
    'The compiled-in arithmetic rules; read them through the view govinfo.rules';

CREATE VIEW @extschema@.catalog AS
    SELECT generation, code, label_zh, label_en, unit, parent, kind, ordinal
    FROM @extschema@.catalog_entries();
COMMENT ON VIEW @extschema@.catalog IS
    'Every canonical code per template generation, with Chinese and English labels, unit and parent';

CREATE VIEW @extschema@.rules AS
    SELECT generation, rule, severity, description
    FROM @extschema@.rule_entries();
COMMENT ON VIEW @extschema@.rules IS
    'Every arithmetic rule per template generation, with the severity of a failure';
