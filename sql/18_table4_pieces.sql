-- 表四 in reading order (pdftotext without -layout): the fifteen values come
-- in pieces between header words, not in the table's order.  Here 行政复议
-- 7 2 3 1 (13), 直接起诉 3 1 1 0 (5) and 复议后起诉 2 0 1 1 (4) are printed
-- as [7 2 3 1] [2 0 1 1] [13] [3 1 1 0 5] [4]: the sums alone fit six
-- orders.  The group label printed just before a piece and the totals the
-- prose states narrow them; what stays open is flagged, never guessed.

-- prose: the opening sentence; label_before_piece: 复议后起诉 printed just
-- before its values rather than with the other header words
CREATE FUNCTION pg_temp.reading_order(prose text, label_before_piece boolean) RETURNS text
LANGUAGE sql AS $$
SELECT prose || E'\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n4\n0\n0\n0\n0\n0\n4\n'
    || E'四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n'
    || E'四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n未经复议直接起诉\n'
    || CASE WHEN label_before_piece THEN '' ELSE E'复议后起诉\n' END
    || E'结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n7\n2\n3\n1\n结果\n'
    || CASE WHEN label_before_piece THEN E'复议后起诉\n' ELSE '' END
    || E'维持\n2\n0\n1\n1\n总计\n13\n结果维持\n3\n1\n1\n0\n5\n总计\n4\n'
$$;

CREATE TEMP TABLE pieces AS
SELECT evidence, govinfo.parse(pg_temp.reading_order(prose, label_before_piece)) AS r
FROM (VALUES ('labels and prose', '本机关收到政府信息公开申请4件，行政复议13件，行政诉讼9件。', true),
             ('labels only', '本机关收到政府信息公开申请4件。', true),
             ('prose only', '本机关收到政府信息公开申请4件，行政复议13件，行政诉讼9件。', false),
             ('neither', '本机关收到政府信息公开申请4件。', false)) AS v(evidence, prose, label_before_piece);

-- the fifteen cells as read (NULL: flagged ambiguous)
SELECT evidence,
       array[govinfo.value(r, 'review.upheld'), govinfo.value(r, 'review.corrected'), govinfo.value(r, 'review.other'),
             govinfo.value(r, 'review.pending'), govinfo.value(r, 'review.total')] AS review,
       array[govinfo.value(r, 'litigation.direct.upheld'), govinfo.value(r, 'litigation.direct.corrected'),
             govinfo.value(r, 'litigation.direct.other'), govinfo.value(r, 'litigation.direct.pending'),
             govinfo.value(r, 'litigation.direct.total')] AS direct,
       array[govinfo.value(r, 'litigation.after_review.upheld'), govinfo.value(r, 'litigation.after_review.corrected'),
             govinfo.value(r, 'litigation.after_review.other'), govinfo.value(r, 'litigation.after_review.pending'),
             govinfo.value(r, 'litigation.after_review.total')] AS after_review
FROM pieces ORDER BY evidence;

-- how each was put back, or which cells stay open and their candidates
SELECT evidence, n.kind, n.message
FROM pieces, unnest((r).notes) AS n
WHERE n.message LIKE '表四 printed%'
ORDER BY evidence;

-- pieces whose printed order already satisfies the sums are read as printed
SELECT n.message, govinfo.value(r, 'litigation.after_review.total') AS after_review_total
FROM (SELECT govinfo.parse(replace(pg_temp.reading_order('', false),
                                   E'维持\n2\n0\n1\n1\n总计\n13\n结果维持\n3\n1\n1\n0\n5\n总计\n4\n',
                                   E'总计\n13\n3\n1\n1\n0\n5\n2\n0\n1\n1\n4\n')) AS r) AS p,
     unnest((r).notes) AS n
WHERE n.message LIKE '表四 printed%';

-- pieces no order of which makes the sums hold are read as printed, and the rules say so
SELECT n.message, array(SELECT v.rule FROM govinfo.violations(r) v WHERE v.severity = 'error' ORDER BY 1) AS broken
FROM (SELECT govinfo.parse(replace(pg_temp.reading_order('', false), E'总计\n13\n', E'总计\n14\n')) AS r) AS p,
     unnest((r).notes) AS n
WHERE n.message LIKE '表四 printed%';
