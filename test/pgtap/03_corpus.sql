-- The generated corpus (perl test/generate.pl --corpus, run by tools/test.sh):
-- reports of every generation in every layout.  Each one gives back every
-- cell with its value, or flags it ambiguous when its glued digits split
-- more than one way; its metadata; every number of the rows the catalog
-- does not know; and exactly the violation it was written with.
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
SELECT name, line, ord
FROM corpus, regexp_split_to_table(tsv, E'\n') WITH ORDINALITY AS t(line, ord)
WHERE line <> '';
CREATE INDEX ON expected (name);

CREATE FUNCTION pg_temp.corpus_tests() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    c record;
    header jsonb;
BEGIN
    IF NOT EXISTS (SELECT FROM corpus) THEN
        RETURN NEXT skip('GOVINFO_GENERATED is unset: run through tools/test.sh to generate the corpus', 1);
        RETURN;
    END IF;
    RETURN NEXT cmp_ok((SELECT count(*) FROM corpus), '>=', 1000::bigint,
                       'the corpus has at least 1,000 reports');
    RETURN NEXT is((SELECT count(DISTINCT split_part(name, '-', 1) || '-' || split_part(name, '-', 2)) FROM corpus),
                   45::bigint, 'the corpus covers 5 generations in 9 layouts');

    FOR c IN SELECT * FROM corpus ORDER BY name LOOP
        SELECT jsonb_object_agg(key, value) INTO header
          FROM (SELECT DISTINCT ON (split_part(substr(line, 3), ': ', 1))
                       split_part(substr(line, 3), ': ', 1) AS key,
                       substr(line, length(split_part(substr(line, 3), ': ', 1)) + 5) AS value
                  FROM expected WHERE name = c.name AND line LIKE '# %'
                 ORDER BY split_part(substr(line, 3), ': ', 1), ord) AS first_lines;

        RETURN NEXT is(
            (SELECT string_agg(format('%s: expected %s, parsed %s', e.code, e.printed,
                                      coalesce(govinfo.value(c.r, e.code)::text, 'NULL')), '; ')
             FROM (SELECT split_part(line, E'\t', 1) AS code, split_part(line, E'\t', 2) AS printed
                   FROM expected WHERE name = c.name AND line ~ '^[a-z]') AS e
             WHERE govinfo.value(c.r, e.code) IS DISTINCT FROM
                   (CASE WHEN e.printed IN ('NULL', 'AMBIGUOUS') THEN NULL ELSE e.printed::numeric END)),
            NULL, c.name || ': every cell has its value');
        IF EXISTS (SELECT FROM expected WHERE name = c.name AND line LIKE E'%\tAMBIGUOUS') THEN
            RETURN NEXT ok(EXISTS (SELECT FROM unnest((c.r).notes) n WHERE n.kind = 'ambiguous'),
                           c.name || ': cells that several splits fit are flagged ambiguous');
        END IF;
        RETURN NEXT is(
            ROW((c.r).organ, (c.r).year::text, (c.r).published::text, (c.r).index_no, (c.r).publisher,
                (c.r).generation)::text,
            ROW(coalesce(header->>'organ_simplified', header->>'organ'), header->>'year',
                nullif(header->>'published', ''), nullif(header->>'index_no', ''),
                nullif(header->>'publisher', ''), split_part(header->>'generation', ' ', 1))::text,
            c.name || ': metadata');
        RETURN NEXT is(
            (SELECT coalesce(array_agg(DISTINCT v.rule ORDER BY v.rule), '{}')
             FROM govinfo.violations(c.r) AS v WHERE v.severity IN ('error', 'warning')),
            (SELECT coalesce(array_agg(DISTINCT split_part(line, E'\t', 2) ORDER BY split_part(line, E'\t', 2)), '{}')
             FROM expected WHERE name = c.name AND line LIKE '!violation%'
               AND split_part(line, E'\t', 2) <> 'none'),
            c.name || ': exactly the injected violation');
        -- nothing published is lost: the numbers of unknown rows are kept
        RETURN NEXT is(
            (SELECT coalesce(array_agg(v ORDER BY v), '{}')
             FROM (SELECT unnest(string_to_array(substr(line, position(E'\t' IN line) + 1), E'\t'))::numeric AS v
                   FROM expected WHERE name = c.name AND line LIKE '?%') AS e
             WHERE v NOT IN (SELECT x FROM unnest((c.r).unknown_rows) u, unnest(u.vals) x WHERE x IS NOT NULL)),
            '{}', c.name || ': the numbers of rows the catalog does not know are kept');
    END LOOP;
END $$;
SELECT * FROM pg_temp.corpus_tests();

SELECT * FROM finish();
ROLLBACK;
