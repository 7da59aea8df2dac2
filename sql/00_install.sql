-- Installation: the version chain starts at 0.1.0 (no upgrade scripts yet),
-- and every object lands in schema govinfo.
CREATE EXTENSION govinfo VERSION '0.1.0';
SELECT extname, extversion, extrelocatable, extnamespace::regnamespace AS schema
FROM pg_extension WHERE extname = 'govinfo';

-- every object the extension owns, by kind
SELECT pg_describe_object(classid, objid, 0) AS object
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govinfo')
  AND deptype = 'e'
ORDER BY 1;

-- the composite type's attributes in order
SELECT attnum, attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute
WHERE attrelid = 'govinfo.report'::regclass AND attnum > 0
ORDER BY attnum;

-- the setting that bounds input size
SHOW govinfo.max_input_bytes;

-- A helper the later tests use to show an error as SQLSTATE: message.
CREATE FUNCTION public.sqlstate_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
