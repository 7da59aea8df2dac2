-- The real 2017 report of a city bureau, read from ../shared at test time
-- (its text is never part of the project).  Skipped, saying so, when
-- ../shared is absent.
\set ON_ERROR_STOP 1
\set shared ''
\getenv shared GOVINFO_SHARED
BEGIN;
CREATE EXTENSION govinfo;
SELECT plan(19);

CREATE TEMP TABLE real_report AS
SELECT CASE WHEN :'shared' <> ''
            THEN govinfo.parse(pg_read_file(:'shared' || '/fixtures/zhuzhou-aic-2017.txt'))
       END AS r;

CREATE FUNCTION pg_temp.real_report_tests() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    rep govinfo.report := (SELECT r FROM real_report);
BEGIN
    IF rep IS NULL THEN
        RETURN NEXT skip('../shared/fixtures/zhuzhou-aic-2017.txt is not available (GOVINFO_SHARED unset): real-report tests skipped', 19);
        RETURN;
    END IF;
    RETURN NEXT is(rep.organ, '株洲市工商行政管理局', 'organ from the title');
    RETURN NEXT is(rep.year, 2017, 'year from the title');
    RETURN NEXT is(rep.published, '2018-03-14'::date, 'published date from 公开日期');
    RETURN NEXT is(rep.index_no, '07312/2018-0012', 'index number from 索引号');
    RETURN NEXT is(rep.publisher, '株洲市工商局', 'publisher from 发布机构');
    RETURN NEXT is(rep.generation, 'legacy', 'legacy generation detected from the labels');
    RETURN NEXT is(govinfo.value(rep, 'apply.received'), 25::numeric, 'apply.received = 25');
    RETURN NEXT results_eq(
        format($q$SELECT code, value FROM govinfo.stats(%L::govinfo.report)
                  WHERE code IN ('proactive.total', 'proactive.website', 'response.total',
                                 'apply.received.online', 'apply.denied.not_gov_info',
                                 'litigation.upheld', 'org.staff', 'org.budget', 'training.trainees')
                  ORDER BY code$q$, rep),
        $q$VALUES ('apply.denied.not_gov_info', 1::numeric), ('apply.received.online', 23),
                  ('litigation.upheld', 1), ('org.budget', 22), ('org.staff', 9),
                  ('proactive.total', 180), ('proactive.website', 130), ('response.total', 6),
                  ('training.trainees', 58)$q$,
        'the statistics named in the issue');
    RETURN NEXT is(cardinality(rep.stats), 59, 'every statistic of the legacy table, 59 cells');
    RETURN NEXT is((SELECT count(*) FROM govinfo.stats(rep) WHERE value IS NULL), 0::bigint,
                   'no cell read as blank');
    RETURN NEXT is(cardinality(rep.unknown_rows), 0, 'no unknown rows');
    RETURN NEXT is((SELECT count(*) FROM govinfo.violations(rep) WHERE severity = 'error'), 0::bigint,
                   'no error-severity violation');
    RETURN NEXT ok(govinfo.is_consistent(rep), 'is_consistent');
    RETURN NEXT ok(govinfo.assert_consistent(rep), 'assert_consistent');
    RETURN NEXT is((SELECT n.code FROM unnest(rep.notes) n WHERE n.kind = 'typo'), 'org.staff',
                   'the misprint 从事政府信息公开工作人数员 is read as org.staff and noted');
    RETURN NEXT is(govinfo.value(rep, 'review.total'), 0::numeric, 'heading 四、行政复议数量 carries its value');
    RETURN NEXT is(govinfo.value(rep, 'litigation.corrected'), 0::numeric,
                   '（二）依法纠错数 under 行政诉讼 is litigation.corrected');
    RETURN NEXT is(govinfo.value(rep, 'response.hotspots'), 4::numeric,
                   'a note line after the value is not a label');
    RETURN NEXT is(govinfo.value(rep, 'fees.amount'), 0::numeric, 'unit line 万元 before the value');
END $$;
SELECT * FROM pg_temp.real_report_tests();

SELECT * FROM finish();
ROLLBACK;
