-- The generated corpus (perl test/generate.pl, run by tools/test.sh): every
-- report in every layout gives back every cell, its metadata and unknown
-- rows, and exactly the violation it was written with.
\set ON_ERROR_STOP 1
\set generated ''
\getenv generated GOVINFO_GENERATED
BEGIN;
CREATE EXTENSION govinfo;
SELECT * FROM no_plan();

CREATE TEMP TABLE corpus AS
SELECT f AS name,
       govinfo.parse(pg_read_file(:'generated' || '/' || f || '.txt')) AS r,
       pg_read_file(:'generated' || '/' || f || '.tsv') AS tsv
FROM (SELECT replace(f, '.tsv', '') AS f
      FROM pg_ls_dir(CASE WHEN :'generated' <> '' THEN :'generated' ELSE '.' END) AS f
      WHERE :'generated' <> '' AND f LIKE '%.tsv') AS files;

CREATE TEMP TABLE expected AS
SELECT name, line
FROM corpus, regexp_split_to_table(tsv, E'\n') AS line
WHERE line <> '';

CREATE FUNCTION pg_temp.corpus_tests() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    c record;
    header jsonb;
BEGIN
    IF NOT EXISTS (SELECT FROM corpus) THEN
        RETURN NEXT skip('GOVINFO_GENERATED is unset: run through tools/test.sh to generate the corpus', 1);
        RETURN;
    END IF;
    RETURN NEXT cmp_ok((SELECT count(*) FROM corpus), '>=', 50::bigint, 'the corpus has at least 50 reports');
    RETURN NEXT is((SELECT count(DISTINCT split_part(name, '-', 2)) FROM corpus), 3::bigint,
                   'the corpus covers the flat, tab and space layouts');
    FOR c IN SELECT * FROM corpus ORDER BY name LOOP
        SELECT jsonb_object_agg(split_part(substr(line, 3), ': ', 1), split_part(substr(line, 3), ': ', 2))
          INTO header FROM expected WHERE name = c.name AND line LIKE '# %';

        RETURN NEXT is(
            (SELECT string_agg(format('%s: expected %s, parsed %s', e.code, e.value,
                                      coalesce(govinfo.value(c.r, e.code)::text, 'NULL')), '; ')
             FROM (SELECT split_part(line, E'\t', 1) AS code,
                          nullif(split_part(line, E'\t', 2), 'NULL')::numeric AS value
                   FROM expected WHERE name = c.name AND line ~ '^[a-z]') AS e
             WHERE govinfo.value(c.r, e.code) IS DISTINCT FROM e.value),
            NULL, c.name || ': every cell has its value');
        RETURN NEXT is(
            (SELECT count(*) FROM expected WHERE name = c.name AND line ~ '^[a-z]'),
            cardinality((c.r).stats)::bigint, c.name || ': no cell beyond the ones written');
        RETURN NEXT is(
            ROW((c.r).organ, (c.r).year::text, (c.r).published::text, (c.r).index_no, (c.r).publisher, (c.r).generation)::text,
            ROW(header->>'organ', header->>'year', header->>'published', header->>'index_no',
                header->>'publisher', header->>'generation')::text,
            c.name || ': metadata');
        RETURN NEXT is(
            (SELECT coalesce(array_agg(v.rule ORDER BY v.rule), '{}')
             FROM govinfo.violations(c.r) AS v WHERE v.severity IN ('error', 'warning')),
            (SELECT coalesce(array_agg(split_part(line, E'\t', 2) ORDER BY 1), '{}')
             FROM expected WHERE name = c.name AND line LIKE '!violation%'
               AND split_part(line, E'\t', 2) <> 'none'),
            c.name || ': exactly the injected violation');
        RETURN NEXT is(
            (SELECT coalesce(array_agg(u.label || '=' || coalesce(u.vals[1]::text, 'NULL') ORDER BY u.line), '{}')
             FROM unnest((c.r).unknown_rows) AS u),
            (SELECT coalesce(array_agg(substr(split_part(line, E'\t', 1), 2) || '=' || split_part(line, E'\t', 2)), '{}')
             FROM expected WHERE name = c.name AND line LIKE '?%'),
            c.name || ': rows the catalog does not know are kept');
    END LOOP;
END $$;
SELECT * FROM pg_temp.corpus_tests();

SELECT * FROM finish();
ROLLBACK;
