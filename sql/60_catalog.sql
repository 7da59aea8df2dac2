-- The catalog and rules views show the compiled-in data.
SELECT generation, count(*) AS codes FROM govinfo.catalog GROUP BY generation ORDER BY generation;
SELECT code, label_zh, label_en, unit, parent, kind
FROM govinfo.catalog WHERE generation = 'legacy' ORDER BY ordinal;
SELECT generation, count(*) AS rules,
       count(*) FILTER (WHERE severity = 'error') AS hard,
       count(*) FILTER (WHERE severity = 'warning') AS soft
FROM govinfo.rules GROUP BY generation ORDER BY generation;
-- every parent is itself a code of the same generation
SELECT c.code, c.parent FROM govinfo.catalog c
LEFT JOIN govinfo.catalog p ON p.code = c.parent AND p.generation = c.generation
WHERE c.parent IS NOT NULL AND p.code IS NULL;
