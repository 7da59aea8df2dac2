-- Six real reports on the national templates (PDF text in layout and
-- reading order, converter Markdown), read from ../shared at test time:
-- every expected cell, the generation of each table, the published
-- violations and no other error, and the numbers the prose states.
-- Skipped, saying so, without ../shared.
\set ON_ERROR_STOP 1
\set shared ''
\getenv shared GOVINFO_SHARED
BEGIN;
CREATE EXTENSION govinfo;
SELECT * FROM no_plan();

CREATE TEMP TABLE fixture AS
SELECT replace(f, '.tsv', '') AS name,
       govinfo.parse(pg_read_file(:'shared' || '/fixtures/real/' || replace(f, '.tsv', '.txt'))) AS r,
       pg_read_file(:'shared' || '/fixtures/real/' || f) AS tsv
FROM pg_ls_dir(CASE WHEN :'shared' <> '' THEN :'shared' || '/fixtures/real' ELSE '.' END) AS f
WHERE :'shared' <> '' AND f LIKE '%.tsv';

CREATE TEMP TABLE fixture_line AS
SELECT name, line, ord
FROM fixture, regexp_split_to_table(tsv, E'\n') WITH ORDINALITY AS t(line, ord)
WHERE line <> '';

CREATE FUNCTION pg_temp.real_national_tests() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    f record;
    header jsonb;
BEGIN
    IF NOT EXISTS (SELECT FROM fixture) THEN
        RETURN NEXT skip('../shared/fixtures/real is not available (GOVINFO_SHARED unset): real national-template tests skipped', 1);
        RETURN;
    END IF;
    RETURN NEXT is((SELECT count(*) FROM fixture), 6::bigint, 'six real reports with expected cells');
    FOR f IN SELECT * FROM fixture ORDER BY name LOOP
        -- the first "# key: value" line of each key (later ones are comments)
        SELECT jsonb_object_agg(key, value) INTO header
          FROM (SELECT DISTINCT ON (split_part(substr(line, 3), ': ', 1))
                       split_part(substr(line, 3), ': ', 1) AS key,
                       split_part(substr(line, 3), ': ', 2) AS value
                  FROM fixture_line
                 WHERE name = f.name AND line ~ '^# (organ|year|generation): '
                 ORDER BY split_part(substr(line, 3), ': ', 1), ord) AS first_lines;

        RETURN NEXT is(
            (SELECT string_agg(format('%s: expected %s, parsed %s', e.code, coalesce(e.value::text, 'NULL'),
                                      coalesce(govinfo.value(f.r, e.code)::text, 'NULL')), '; ')
             FROM (SELECT split_part(line, E'\t', 1) AS code,
                          nullif(split_part(line, E'\t', 2), 'NULL')::numeric AS value
                   FROM fixture_line WHERE name = f.name AND line ~ '^[a-z]') AS e
             WHERE govinfo.value(f.r, e.code) IS DISTINCT FROM e.value),
            NULL, f.name || ': every expected cell');
        RETURN NEXT is(
            (SELECT count(*) FROM unnest((f.r).stats) s
             WHERE s.code NOT LIKE 'narrative.%'	-- numbers the prose states, not cells
               AND s.code NOT IN (SELECT split_part(line, E'\t', 1) FROM fixture_line
                                  WHERE name = f.name AND line ~ '^[a-z]')),
            0::bigint, f.name || ': no table cell the report does not print');
        RETURN NEXT is((f.r).generation, split_part(header->>'generation', ' ', 1),
                       f.name || ': report generation');
        RETURN NEXT is(
            (SELECT array_agg(t.name || '=' || t.generation ORDER BY t.name) FROM unnest((f.r).tables) t),
            ARRAY['表三=' || coalesce(substring(header->>'generation' FROM 't3=(\w+)'), split_part(header->>'generation', ' ', 1)),
                  '表二=' || coalesce(substring(header->>'generation' FROM 't2=(\w+)'), split_part(header->>'generation', ' ', 1)),
                  '表四=' || coalesce(substring(header->>'generation' FROM 't3=(\w+)'), split_part(header->>'generation', ' ', 1))],
            f.name || ': generation detected per table');
        RETURN NEXT is(
            (SELECT coalesce(array_agg(v.rule ORDER BY v.rule), '{}') FROM govinfo.violations(f.r) v
             WHERE v.severity = 'error'),
            (SELECT coalesce(array_agg(split_part(line, E'\t', 2) ORDER BY split_part(line, E'\t', 2)), '{}')
             FROM fixture_line WHERE name = f.name AND line LIKE '!violation%'),
            f.name || ': exactly the violations really published');
        RETURN NEXT is((f.r).year, (header->>'year')::int, f.name || ': year');
        RETURN NEXT is((f.r).organ, header->>'organ', f.name || ': organ');
    END LOOP;
    -- the prose: 全市共受理政府信息公开申请 3119 件 … 行政复议 351 件 … 行政诉讼 46 件
    RETURN NEXT is((SELECT array[govinfo.value(r, 'narrative.apply.received'), govinfo.value(r, 'narrative.review.total'),
                                 govinfo.value(r, 'narrative.litigation.total')]
                    FROM fixture WHERE name = 'huaian-gov-2024-pdf-layout'),
                   '{3119,351,46}'::numeric[], 'the numbers the prose states are read');
    -- reading order prints 表四 in five pieces that fit its sums in six orders
    RETURN NEXT is((SELECT n.message FROM fixture, unnest((r).notes) n
                    WHERE name = 'huaian-gov-2024-pdf-raw' AND n.message LIKE '表四 printed in%'),
                   '表四 printed in 5 pieces: put back in the one order in which its three sums hold that agrees with '
                   || 'the group labels printed before its pieces and the totals the prose states',
                   'reading-order 表四 pieces are put back by the labels before them and the prose');
    RETURN NEXT is((SELECT v.message FROM fixture, govinfo.violations(r) v
                    WHERE name = 'hongze-district-2024-pdf-layout' AND v.rule = 'narrative'),
                   '正文所述收到申请数 17 ≠ 本年新收政府信息公开申请数量（总计） 95',
                   'a number the prose states that differs from the table is a narrative warning');
END $$;
SELECT * FROM pg_temp.real_national_tests();

SELECT * FROM finish();
ROLLBACK;
