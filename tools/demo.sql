-- tools/demo.sql: the main job, run by tools/demo.sh in a fresh database as
--
--     psql -X -v ON_ERROR_STOP=1 -v examples=<dir> -v shared=<dir or empty> -f tools/demo.sql
--
-- :'examples' is the absolute path of (a copy of) test/data/examples; :'shared' is that of
-- (a copy of) ../shared, or '' when ../shared is absent. The server runs as the owner of those
-- copies and we connect as a superuser, so pg_ls_dir() and pg_read_file() can read them.
--
-- PLACEHOLDER: the lead writes the real demo below.

CREATE EXTENSION govinfo;

-- load examples
-- For instance, one row per example file:
--   CREATE TABLE example AS
--   SELECT f AS file, pg_read_file(:'examples' || '/' || f) AS body
--   FROM pg_ls_dir(:'examples') AS f
--   ORDER BY f;

-- statistics

-- violations

-- across agencies

-- The real report, only when ../shared is present:
--   SELECT :'shared' <> '' AS have_shared \gset
--   \if :have_shared
--     SELECT pg_read_file(:'shared' || '/fixtures/zhuzhou-aic-2017.txt') ...
--   \else
--     \echo ../shared is absent: skipping the real report
--   \endif
