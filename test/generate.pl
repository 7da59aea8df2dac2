#!/usr/bin/perl
# generate.pl -- write synthetic 政府信息公开工作年度报告 with known values, for
# govinfo tests and demos: every template generation (legacy, gb2021, gb2019,
# hybrid, local2008) in every layout of the issue (flat, tabs, spaces, pdf,
# pdfraw, pipes, glued, chrome, traditional), consistent or with one rule broken.
#
# Usage:
#   perl test/generate.pl --out DIR [--generations G[,G...]] [--layouts L[,L...]]
#                         [--count N] [--seed S] [--break none|all|RULE[@WHERE][,...]]
#   perl test/generate.pl --corpus --out DIR [--seed S] [--count N]
#   perl test/generate.pl --example --seed 12 --out test/data/examples
#
#   --generations  comma list of legacy, gb2021, gb2019, hybrid, local2008
#                  (default legacy alone, exactly as before this option existed)
#   --layouts      comma list of flat, tabs, spaces, pdf, pdfraw, pipes, glued,
#                  chrome, traditional (default: flat,tabs,spaces when
#                  --generations is not given, else all nine)
#   --count N      consistent reports per generation x layout (default 3)
#   --seed S       any string; the same seed gives byte-identical output (default 1)
#   --break        none (default): only consistent reports; RULE: add, per
#                  generation x layout, one report that breaks exactly RULE (rules
#                  a generation does not have are skipped for it); RULE@WHERE
#                  chooses the check (a column of 表三 for apply.results_sum /
#                  apply.flow, a 表三 row for apply.columns_sum, a code for domain
#                  and cumulative_ge_year, year or cumulative for the local2008
#                  sums, rules or normative for gb2019.published_le_total);
#                  all: one report per rule id of the generation
#   --corpus       every generation in every layout, --count (default 16)
#                  consistent reports and each rule broken once: 1080 reports
#   --example      write the four fixed legacy demo reports instead
#
# For each report it writes NAME.txt (the report, UTF-8) and NAME.tsv (expected
# values), NAME = <generation>-<layout>-<nnn>-<rule|ok>, nnn counting per
# generation x layout.
#
# NAME.tsv: '# key: value' header lines (organ, year, published, index_no,
# publisher, generation, layout, broken, typo; the new generations and layouts
# add base_layout, broken_where, title_shape, organ_simplified, traditional,
# ambiguous), then 'code<TAB>value' for every code in table order (NULL when
# the cell is printed blank, AMBIGUOUS when glued digits split several ways),
# then '?label<TAB>value[<TAB>value]' for rows the catalog does not know (label
# as printed), then '!violation<TAB>RULE[<TAB>WHERE]' ('none' for a consistent
# report). test/data/README.md describes every layout and convention.
#
# The demo examples in test/data/examples/ are regenerated identically with:
#   perl test/generate.pl --example --seed 12 --out test/data/examples
# (清河市人力资源和社会保障局 2016 flat, 2017 tabs; 云岭县交通运输局 2016 spaces,
# 2017 flat breaking apply.received.sum)
#
# Legacy codes, labels and rules follow shared/spec/templates.md sections 2.3
# and 3 and live in this file; the other generations are in test/gen/Gen/
# (Model: codes, values, rules and breaks; Tables: labels; Layout: the
# layouts; Glue: glued splits; Text: organs, titles, prose, chrome; Trad:
# Traditional characters; Report: one report and its .tsv). All randomness
# comes from the xorshift generator in test/gen/Rng.pm, seeded per report from
# (seed, generation, layout, index, rule; legacy reports keep their original
# key), so output does not depend on the perl version, and a report does not
# change when other layouts or generations are added or removed. Only core
# modules are used.

use strict;
use warnings;
use utf8;
use Getopt::Long qw(GetOptions);
use File::Path qw(make_path);

use FindBin;
use lib "$FindBin::Bin/gen";
use Rng;    # the deterministic PRNG (xorshift32 seeded by FNV-1a), test/gen/Rng.pm
use Gen::Report ();
use Gen::Model ();
use Gen::Tables ();
use Gen::Layout ();
use Gen::Text ();


# ---------------------------------------------------------------------------
# The legacy template, in printed order. One hash per printed row:
#   code   canonical code (absent for headings that carry no value)
#   lvl    indentation level (0 = 一、 section heading)
#   num    numbering: 'p一' → （一）/(一), 'a1' → 1、/1., 'qz' → 其中：/其中:, '' none
#   core   label text variants (the first is the official one)
#   tail   parenthesised part of the label, may wrap in the spaces layout
#   note   note printed as its own line in the template
#   note_after  the note comes after the value (as in real flat reports)
#   unit   unit column
# ---------------------------------------------------------------------------
my @TEMPLATE = (
    { lvl => 0, core => ['一、主动公开情况'] },
    { code => 'proactive.total', lvl => 1, num => 'p一', core => ['主动公开政府信息数'], unit => '条',
      note => '(不同渠道和方式公开相同的信息列为1条)' },
    { code => 'proactive.normative', lvl => 1, num => 'qz', core => ['主动公开规范性文件数'], unit => '条' },
    { code => 'proactive.normative_issued', lvl => 1, core => ['制发规范性文件总数'], unit => '件' },
    { lvl => 1, num => 'p二', core => ['通过不同渠道和方式公开政府信息的情况'] },
    { code => 'proactive.gazette', lvl => 2, num => 'a1', core => ['政府公报公开政府信息数'], unit => '条' },
    { code => 'proactive.website', lvl => 2, num => 'a2', core => ['政府网站公开政府信息数'], unit => '条' },
    { code => 'proactive.weibo',   lvl => 2, num => 'a3', core => ['政务微博公开政府信息数'], unit => '条' },
    { code => 'proactive.wechat',  lvl => 2, num => 'a4', core => ['政务微信公开政府信息数'], unit => '条' },
    { code => 'proactive.other',   lvl => 2, num => 'a5', core => ['其他方式公开政府信息数'], unit => '条' },
    { extra_slot => 'proactive' },

    { lvl => 0, core => ['二、回应解读情况'] },
    { code => 'response.hotspots', lvl => 1, num => 'p一', core => ['回应公众关注热点或重大舆情数'], unit => '次',
      note => '(不同方式回应同一热点或舆情计1次)', note_after => 1 },
    { code => 'response.total', lvl => 1, num => 'p二', core => ['通过不同渠道和方式回应解读的情况'], unit => '次' },
    { code => 'response.press', lvl => 2, num => 'a1', core => ['参加或举办新闻发布会总次数'], unit => '次' },
    { code => 'response.press_by_head', lvl => 3, num => 'qz', core => ['主要负责同志参加新闻发布会次数'], unit => '次' },
    { code => 'response.interviews', lvl => 2, num => 'a2', core => ['政府网站在线访谈次数'], unit => '次' },
    { code => 'response.interviews_by_head', lvl => 3, num => 'qz', core => ['主要负责同志参加政府网站在线访谈次数'], unit => '次' },
    { code => 'response.interpretations', lvl => 2, num => 'a3', core => ['政策解读稿件发布数'], unit => '篇' },
    { code => 'response.social_media', lvl => 2, num => 'a4', core => ['微博微信回应事件数'], unit => '次' },
    { code => 'response.other', lvl => 2, num => 'a5', core => ['其他方式回应事件数'], unit => '次' },

    { lvl => 0, core => ['三、依申请公开情况'] },
    { code => 'apply.received', lvl => 1, num => 'p一', core => ['收到申请数'], unit => '件' },
    { code => 'apply.received.in_person', lvl => 2, num => 'a1', core => ['当面申请数'], unit => '件' },
    { code => 'apply.received.fax',       lvl => 2, num => 'a2', core => ['传真申请数'], unit => '件' },
    { code => 'apply.received.online',    lvl => 2, num => 'a3', core => ['网络申请数'], unit => '件' },
    { code => 'apply.received.mail',      lvl => 2, num => 'a4', core => ['信函申请数'], unit => '件' },
    { code => 'apply.closed', lvl => 1, num => 'p二', core => ['申请办结数'], unit => '件' },
    { code => 'apply.closed.on_time',  lvl => 2, num => 'a1', core => ['按时办结数'], unit => '件' },
    { code => 'apply.closed.extended', lvl => 2, num => 'a2', core => ['延期办结数'], unit => '件' },
    { code => 'apply.answered', lvl => 1, num => 'p三', core => ['申请答复数'], unit => '件' },
    { code => 'apply.answered.already_public', lvl => 2, num => 'a1', core => ['属于已主动公开范围数'], unit => '件' },
    { code => 'apply.answered.granted',  lvl => 2, num => 'a2', core => ['同意公开答复数'], unit => '件' },
    { code => 'apply.answered.partial',  lvl => 2, num => 'a3', core => ['同意部分公开答复数'], unit => '件' },
    { code => 'apply.answered.denied',   lvl => 2, num => 'a4', core => ['不同意公开答复数'], unit => '件' },
    # the reasons: only the first carries 其中, the rest are indented under it
    { code => 'apply.denied.state_secret',      lvl => 3, num => 'qz', core => ['涉及国家秘密'], unit => '件' },
    { code => 'apply.denied.commercial_secret', lvl => 4, core => ['涉及商业秘密'], unit => '件' },
    { code => 'apply.denied.privacy',           lvl => 4, core => ['涉及个人隐私'], unit => '件' },
    { code => 'apply.denied.security',          lvl => 4, core => ['危及国家安全、公共安全、经济安全和社会稳定'], unit => '件' },
    { code => 'apply.denied.not_gov_info',      lvl => 4, core => ['不是《条例》所指政府信息'], unit => '件' },
    { code => 'apply.denied.other_law',         lvl => 4, core => ['法律法规规定的其他情形'], unit => '件' },
    { code => 'apply.answered.not_this_organ', lvl => 2, num => 'a5', core => ['不属于本行政机关公开数'], unit => '件' },
    { code => 'apply.answered.not_exist',      lvl => 2, num => 'a6', core => ['申请信息不存在数'], unit => '件' },
    { code => 'apply.answered.amend',          lvl => 2, num => 'a7', core => ['告知作出更改补充数'], unit => '件' },
    { code => 'apply.answered.other_route',    lvl => 2, num => 'a8', core => ['告知通过其他途径办理数'], unit => '件' },
    { extra_slot => 'apply' },

    # sections 四 to 七 are headings that carry the value themselves
    { code => 'review.total', lvl => 0, core => ['四、行政复议数量'], unit => '件' },
    { code => 'review.upheld',    lvl => 1, num => 'p一', core => ['维持具体行政行为数'], unit => '件' },
    { code => 'review.corrected', lvl => 1, num => 'p二', core => ['被依法纠错数'], unit => '件' },
    { code => 'review.other',     lvl => 1, num => 'p三', core => ['其他情形数'], unit => '件' },
    { code => 'litigation.total', lvl => 0, core => ['五、行政诉讼数量'], unit => '件' },
    { code => 'litigation.upheld',    lvl => 1, num => 'p一', core => ['维持具体行政行为或者驳回原告诉讼请求数'], unit => '件' },
    { code => 'litigation.corrected', lvl => 1, num => 'p二', core => ['被依法纠错数', '依法纠错数'], unit => '件' },
    { code => 'litigation.other',     lvl => 1, num => 'p三', core => ['其他情形数'], unit => '件' },
    { code => 'complaints.total', lvl => 0, core => ['六、举报投诉数量'], unit => '件' },
    { code => 'fees.amount', lvl => 0, core => ['七、依申请公开信息收取的费用'], unit => '万元' },

    { lvl => 0, core => ['八、机构建设和保障经费情况'] },
    { code => 'org.units', lvl => 1, num => 'p一', core => ['政府信息公开工作专门机构数'], unit => '个' },
    { code => 'org.reading_points', lvl => 1, num => 'p二', core => ['设置政府信息公开查阅点数'], unit => '个' },
    { code => 'org.staff', lvl => 1, num => 'p三', core => ['从事政府信息公开工作人员数'], unit => '人' },
    { code => 'org.staff.full_time', lvl => 2, num => 'a1', core => ['专职人员数'], unit => '人',
      tail => '(不包括政府公报及政府网站工作人员数)' },
    { code => 'org.staff.part_time', lvl => 2, num => 'a2', core => ['兼职人员数'], unit => '人' },
    { code => 'org.budget', lvl => 1, num => 'p四', core => ['政府信息公开专项经费'], unit => '万元',
      tail => '(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)' },
    { extra_slot => 'org' },

    { lvl => 0, core => ['九、政府信息公开会议和培训情况'] },
    { code => 'meetings.count', lvl => 1, num => 'p一', core => ['召开政府信息公开工作会议或专题会议数'], unit => '次' },
    { code => 'training.classes', lvl => 1, num => 'p二', core => ['举办各类培训班数'], unit => '次' },
    { code => 'training.trainees', lvl => 1, num => 'p三', core => ['接受培训人员数'], unit => '人次' },
    { extra_slot => 'training' },
);

my @CODES = map { $_->{code} // () } @TEMPLATE;
my %ROW_OF = map { ($_->{code} => $_) } grep { $_->{code} } @TEMPLATE;

# Rows a real report adds that the catalog does not know; each one continues the
# numbering of the block it sits in, and no legacy rule reads it.
my %EXTRA = (
    proactive => { lvl => 1, num => 'p三', core => '更新政府信息公开指南和目录次数', unit => '次', max => 12 },
    apply     => { lvl => 1, num => 'p四', core => '申请人主动撤回申请数', unit => '件', max => 6 },
    org       => { lvl => 1, num => 'p五', core => '政府信息公开查阅点接待人次', unit => '人次', max => 400 },
    training  => { lvl => 1, num => 'p四', core => '开展政府信息公开专项检查次数', unit => '次', max => 8 },
);

# ---------------------------------------------------------------------------
# Rules (templates.md §3, legacy): id => cells it reads. Used to pick the cell a
# --break changes and to keep blank cells away from the broken rule.
# ---------------------------------------------------------------------------
my @CHANNELS = map { "proactive.$_" } qw(gazette website weibo wechat other);
my @RESPONSE_ROWS = map { "response.$_" } qw(press interviews interpretations social_media other);
my @ANSWER_ROWS = map { "apply.answered.$_" }
    qw(already_public granted partial denied not_this_organ not_exist amend other_route);
my @REASONS = map { "apply.denied.$_" }
    qw(state_secret commercial_secret privacy security not_gov_info other_law);

my @RULES = (
    [ 'apply.received.sum', [ 'apply.received', map { "apply.received.$_" } qw(in_person fax online mail) ] ],
    [ 'apply.closed.sum',   [ qw(apply.closed apply.closed.on_time apply.closed.extended) ] ],
    [ 'apply.answered.sum', [ 'apply.answered', @ANSWER_ROWS ] ],
    [ 'apply.denied.sum',   [ 'apply.answered.denied', @REASONS ] ],
    [ 'review.sum',         [ qw(review.total review.upheld review.corrected review.other) ] ],
    [ 'litigation.sum',     [ qw(litigation.total litigation.upheld litigation.corrected litigation.other) ] ],
    [ 'org.staff.sum',      [ qw(org.staff org.staff.full_time org.staff.part_time) ] ],
    [ 'proactive.normative_le_total',    [ qw(proactive.normative proactive.total) ] ],
    [ 'response.press_by_head_le',       [ qw(response.press_by_head response.press) ] ],
    [ 'response.interviews_by_head_le',  [ qw(response.interviews_by_head response.interviews) ] ],
    [ 'proactive.channels',       [ 'proactive.total', @CHANNELS ] ],
    [ 'response.total_sum',       [ 'response.total', @RESPONSE_ROWS ] ],
    [ 'apply.answered_eq_closed', [ qw(apply.answered apply.closed) ] ],
    [ 'domain', [] ],    # every cell; the cell a break changes is added per report
);
my @RULE_IDS = map { $_->[0] } @RULES;
my %READS = map { ($_->[0] => $_->[1]) } @RULES;

# cells no rule except domain reads: a domain break goes there so nothing else fails
my %IN_A_RULE = map { ($_ => 1) } map { @{ $_->[1] } } @RULES;
my @FREE_CELLS = grep { !$IN_A_RULE{$_} } @CODES;

# ---------------------------------------------------------------------------
# Invented organs (no real place names intended).
# ---------------------------------------------------------------------------
my @PLACES = qw(清河市 云岭县 望川市 青禾县 澄湖区 鹿鸣县 枫林区 白鹭市 石桥县 南屏区);
my @AGENCIES = (    # full name, short name used in 发布机构 and prose
    [ '人力资源和社会保障局', '人社局' ],
    [ '交通运输局',           '交通运输局' ],
    [ '市场监督管理局',       '市场监管局' ],
    [ '人民政府办公室',       '政府办' ],
    [ '住房和城乡建设局',     '住建局' ],
    [ '教育局',               '教育局' ],
    [ '民政局',               '民政局' ],
    [ '财政局',               '财政局' ],
    [ '卫生和计划生育委员会', '卫计委' ],
    [ '工商行政管理局',       '工商局' ],
    [ '环境保护局',           '环保局' ],
    [ '农业委员会',           '农委' ],
);
my @STREETS = qw(长宁路 文昌路 新华大道 滨江路 建设北路 兴业街 育才路 青云大道);

my @CN_NUM = qw(〇 一 二 三 四 五 六 七 八 九 十);

# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

sub min { my ($a, $b) = @_; return $a < $b ? $a : $b }
sub sum { my $s = 0; $s += $_ for @_; return $s }

# a count that is zero pct% of the time, else in [1, max]
sub zero_or {
    my ($r, $pct, $max) = @_;
    return 0 if $max < 1 || $r->chance($pct, 100);
    return $r->range(1, $max);
}

# share a total among parts, one unit at a time, by weight (zeros stay zero)
sub split_total {
    my ($r, $total, @w) = @_;
    my @parts = (0) x @w;
    @w = (1) x @w if sum(@w) == 0;
    $parts[ $r->weighted(@w) ]++ for 1 .. $total;
    return @parts;
}

# random weights, each possibly zero, so that splits look like real tables
sub weights { my ($r, @max) = @_; return map { $r->chance(1, 3) ? 0 : $r->range(1, $_) } @max }

# 万元 amount as a string with `dec` decimals, built from integers (no floats)
sub money {
    my ($r, $whole_max, $dec, $zero_pct) = @_;
    return '0' if $r->chance($zero_pct, 100);
    my $whole = $r->range(0, $whole_max);
    return $whole ? "$whole" : '1' if !$dec;    # not zero: the zero case is above
    my $frac = $r->range(1, 10**$dec - 1);
    return sprintf '%d.%0*d', $whole, $dec, $frac;
}

# A consistent set of values: every legacy rule, hard and soft, holds.
sub gen_values {
    my ($r) = @_;
    my %v;

    # 主动公开: website ≤ total, every channel ≤ total, channels sum ≥ total
    my $t = $r->chance(1, 8) ? $r->range(0, 25) : $r->range(25, 500);
    $v{'proactive.total'} = $t;
    $v{'proactive.normative'} = zero_or($r, 45, min($t, 30));
    $v{'proactive.normative_issued'} = zero_or($r, 40, 15);
    my %c;
    $c{website} = $t - $r->range(0, int($t / 3));
    $c{gazette} = zero_or($r, 60, int($t / 4));
    $c{weibo}   = zero_or($r, 50, $t);
    $c{wechat}  = zero_or($r, 50, $t);
    $c{other}   = zero_or($r, 50, int($t / 2));
    my $short = $t - sum(values %c);
    $c{other} += $short if $short > 0;    # stays ≤ total: total - (other channels)
    $v{"proactive.$_"} = $c{$_} for qw(gazette website weibo wechat other);

    # 回应解读: total = the five numbered rows, 其中 rows ≤ their parents
    $v{'response.hotspots'} = zero_or($r, 35, 30);
    $v{'response.press'} = zero_or($r, 55, 12);
    $v{'response.press_by_head'} = zero_or($r, 50, $v{'response.press'});
    $v{'response.interviews'} = zero_or($r, 60, 10);
    $v{'response.interviews_by_head'} = zero_or($r, 50, $v{'response.interviews'});
    $v{'response.interpretations'} = zero_or($r, 30, 60);
    $v{'response.social_media'} = zero_or($r, 45, 150);
    $v{'response.other'} = zero_or($r, 50, 80);
    $v{'response.total'} = sum(map { $v{$_} } @RESPONSE_ROWS);

    # 依申请公开: received = 4 channels; closed = on time + extended = answered
    my $received = $r->chance(1, 5) ? 0 : $r->chance(1, 6) ? $r->range(60, 400) : $r->range(1, 60);
    $v{'apply.received'} = $received;
    my @w = weights($r, 4, 1, 12, 5);
    $w[2] += 6;    # online was the main channel in 2014-2018
    my @ch = split_total($r, $received, @w);
    @v{ map { "apply.received.$_" } qw(in_person fax online mail) } = @ch;
    my $closed = $received;
    $closed -= $r->range(0, min($received, 3)) if $r->chance(1, 5);    # some carried into next year
    $v{'apply.closed'} = $closed;
    @v{qw(apply.closed.on_time apply.closed.extended)} = split_total($r, $closed, 20, $r->range(0, 2));
    $v{'apply.answered'} = $closed;
    @v{@ANSWER_ROWS} = split_total($r, $closed, weights($r, 4, 8, 2, 2, 3, 3, 2, 2));
    @v{@REASONS} = split_total($r, $v{'apply.answered.denied'}, weights($r, 1, 1, 2, 1, 3, 2));

    # 复议 / 诉讼: total = upheld + corrected + other
    for my $t (qw(review litigation)) {
        my $n = zero_or($r, $t eq 'review' ? 60 : 70, 6);
        $v{"$t.total"} = $n;
        @v{ "$t.upheld", "$t.corrected", "$t.other" } = split_total($r, $n, 6, 1, 1);
    }
    $v{'complaints.total'} = zero_or($r, 55, 25);

    # 万元 cells share one number of decimals per report, as a real table would
    my $dec = $r->range(0, 2);
    $v{'fees.amount'} = money($r, 1, $dec, 85);
    $v{'org.budget'} = money($r, 60, $dec, 25);

    $v{'org.units'} = $r->chance(1, 6) ? 0 : $r->range(1, 3);
    $v{'org.reading_points'} = zero_or($r, 20, 12);
    $v{'org.staff.full_time'} = zero_or($r, 35, 5);
    $v{'org.staff.part_time'} = zero_or($r, 15, 20);
    $v{'org.staff'} = $v{'org.staff.full_time'} + $v{'org.staff.part_time'};
    $v{'meetings.count'} = zero_or($r, 25, 8);
    $v{'training.classes'} = zero_or($r, 30, 6);
    $v{'training.trainees'} = $v{'training.classes'} ? $v{'training.classes'} * $r->range(8, 60) : 0;
    return \%v;
}

# Change values so that exactly RULE fails and every other rule keeps its
# outcome. Returns the codes changed. Leaves that only RULE reads are changed
# where possible; where every candidate is shared (answered_eq_closed) a parent
# and one of its leaves move together so their own sum still holds.
sub break_rule {
    my ($r, $v, $rule) = @_;
    my $k = $r->range(1, 5);

    # ±k on one cell; − only when the value stays ≥ 0
    my $nudge = sub {
        my ($code) = @_;
        my $d = ($v->{$code} >= $k && $r->chance(1, 2)) ? -$k : $k;
        $v->{$code} += $d;
        return $d;
    };

    my %sum_rule = (    # a shift of any one of these breaks the sum and nothing else
        'apply.received.sum' => $READS{'apply.received.sum'},
        'apply.closed.sum'   => [qw(apply.closed.on_time apply.closed.extended)],
        'apply.answered.sum' => [ grep { $_ ne 'apply.answered.denied' } @ANSWER_ROWS ],
        'review.sum'         => $READS{'review.sum'},
        'litigation.sum'     => $READS{'litigation.sum'},
        'org.staff.sum'      => $READS{'org.staff.sum'},
        'response.total_sum' => [ map { "response.$_" } qw(total interpretations social_media other) ],
    );
    if (my $cands = $sum_rule{$rule}) {
        my $code = $r->pick(@$cands);
        $nudge->($code);
        return ($code);
    }
    if ($rule eq 'apply.denied.sum') {    # reasons exceed 不同意公开答复数: the hard error side
        my $code = $r->pick(@REASONS);
        $v->{$code} += $k;
        return ($code);
    }
    my %child_le = (
        'proactive.normative_le_total'   => [qw(proactive.normative proactive.total)],
        'response.press_by_head_le'      => [qw(response.press_by_head response.press)],
        'response.interviews_by_head_le' => [qw(response.interviews_by_head response.interviews)],
    );
    if (my $pair = $child_le{$rule}) {
        $v->{ $pair->[0] } = $v->{ $pair->[1] } + $k;
        return ($pair->[0]);
    }
    if ($rule eq 'proactive.channels') {
        my $t = $v->{'proactive.total'};
        my $slack = sum(map { $v->{$_} } @CHANNELS) - $t;
        my @can_lower = grep { $v->{$_} > $slack } @CHANNELS;
        if (@can_lower && $r->chance(1, 2)) {    # channels now sum to less than the total
            my $code = $r->pick(@can_lower);
            $v->{$code} -= $r->range($slack + 1, $v->{$code});
            return ($code);
        }
        my $code = $r->pick(@CHANNELS);           # one channel above the total
        $v->{$code} = $t + $k;
        return ($code);
    }
    if ($rule eq 'apply.answered_eq_closed') {
        my ($parent, @leaves) = $r->chance(1, 2)
            ? ('apply.closed', qw(apply.closed.on_time apply.closed.extended))
            : ('apply.answered', grep { $_ ne 'apply.answered.denied' } @ANSWER_ROWS);
        my $leaf = $r->pick(@leaves);
        my $d = ($v->{$leaf} >= $k && $v->{$parent} >= $k && $r->chance(1, 2)) ? -$k : $k;
        $v->{$parent} += $d;
        $v->{$leaf} += $d;
        return ($parent, $leaf);
    }
    if ($rule eq 'domain') {    # on a cell no other rule reads
        my $code = $r->pick(@FREE_CELLS);
        if ($ROW_OF{$code}{unit} eq '万元' || $r->chance(1, 2)) {
            $v->{$code} = '-' . ($ROW_OF{$code}{unit} eq '万元' ? $r->pick('0.5', '2', '3.25') : $k);
        } else {
            $v->{$code} = $r->range(0, 20) . '.5';
        }
        return ($code);
    }
    die "unknown rule $rule\n";
}

# ---------------------------------------------------------------------------
# Printed forms
# ---------------------------------------------------------------------------

# per-report choices of punctuation and layout details
sub gen_style {
    my ($r, $layout) = @_;
    my %s;
    $s{paren} = $r->pick([ '（', '）' ], [ '(', ')' ]);
    $s{note_paren} = $r->chance(3, 4) ? $s{paren} : $r->pick([ '（', '）' ], [ '(', ')' ]);
    $s{arabic} = $r->pick('、', '、', '.');
    $s{colon} = $r->pick('：', ':');
    $s{lit_corrected} = $r->range(0, 1);
    $s{indent} = $r->pick(' ', ' ', "\x{00A0}", "\x{3000}");     # label indentation character
    $s{val_indent} = $r->pick(0, 0, 2, 4);                         # flat: spaces before values
    $s{units_all} = $r->chance(1, 3);     # flat: unit line for every non-条/件 row, not just 万元/人次
    $s{note_wrap} = $r->chance(1, 2);     # spaces: notes and tails on their own line
    $s{heading_tabs} = $r->chance(1, 2);  # tabs: value-less headings keep their empty fields
    return \%s;
}

sub numbering {
    my ($row, $s) = @_;
    my $num = $row->{num} // '';
    return '' if $num eq '';
    return "其中$s->{colon}" if $num eq 'qz';
    return $s->{paren}[0] . substr($num, 1) . $s->{paren}[1] if $num =~ /^p/;
    return substr($num, 1) . $s->{arabic} if $num =~ /^a/;
    die "bad numbering $num";
}

sub reparen {    # notes are written with ASCII parentheses in the table above
    my ($text, $pair) = @_;
    return '' unless defined $text;
    $text =~ s/^\(/$pair->[0]/;
    $text =~ s/\)$/$pair->[1]/;
    return $text;
}

# (head, tail): head = numbering + core, tail = parenthetical that may wrap
sub label_parts {
    my ($row, $s, $typo) = @_;
    my $core = $row->{core}[ ($row->{code} // '') eq 'litigation.corrected' ? $s->{lit_corrected} : 0 ];
    $core = $typo->{text} if $typo && $row->{code} && $typo->{code} eq $row->{code};
    return (numbering($row, $s) . $core, reparen($row->{tail}, $s->{paren}));
}

# One adjacent swap of two different ideographs in a label of more than six
# characters, as real reports have (人员数 printed 人数员). Returns undef or
# { code, text }.
sub gen_typo {
    my ($r) = @_;
    return undef unless $r->chance(3, 10);
    my %cores = map { ($_ => 1) } map { @{ $_->{core} } } grep { $_->{core} } @TEMPLATE;
    # the length that counts is the label's own text, without a 四、 section number
    my @cands = grep { length($ROW_OF{$_}{core}[0] =~ s/^\p{Han}、//r) > 6 } @CODES;
    my $code = $r->pick(@cands);
    my $text = $ROW_OF{$code}{core}[0];
    my @pos = grep {
        my ($a, $b) = (substr($text, $_, 1), substr($text, $_ + 1, 1));
        $a ne $b && "$a$b" =~ /^\p{Han}\p{Han}$/;
    } 0 .. length($text) - 2;
    return undef unless @pos;
    my $i = $r->pick(@pos);
    my $swapped = substr($text, 0, $i) . substr($text, $i + 1, 1) . substr($text, $i, 1) . substr($text, $i + 2);
    return undef if $cores{$swapped};    # never turn a label into another real one
    return { code => $code, text => $swapped };
}

# display width in columns: CJK and full-width characters take two
sub width {
    my ($str) = @_;
    my $w = 0;
    $w += (ord($_) >= 0x2E80 && ord($_) != 0x00A0) ? 2 : 1 for split //, $str;
    return $w;
}

sub pad { my ($str, $cols) = @_; return $str . ' ' x ($cols - width($str) > 0 ? $cols - width($str) : 0) }

# the printed value of a cell: undef means blank
sub cell_text { my ($v) = @_; return defined $v ? "$v" : undef }

# Build the rows to print: [ row-ish hash, value or undef, is_extra ]
sub table_rows {
    my ($rep) = @_;
    my @out;
    for my $row (@TEMPLATE) {
        if (my $slot = $row->{extra_slot}) {
            next unless $rep->{extra} && $rep->{extra}{slot} eq $slot;
            push @out, { row => $EXTRA{$slot}, value => $rep->{extra}{value}, extra => 1 };
            next;
        }
        push @out, { row => $row, value => $row->{code} ? $rep->{values}{ $row->{code} } : undef,
                     has_value => $row->{code} ? 1 : 0 };
    }
    $_->{has_value} = 1 for grep { $_->{extra} } @out;
    return @out;
}

sub extra_label {
    my ($rep) = @_;
    my $x = $EXTRA{ $rep->{extra}{slot} };
    return numbering($x, $rep->{style}) . $x->{core};
}

# ---- flat: one cell per line, blank lines between cells (like the HTML sample)
sub render_flat {
    my ($r, $rep) = @_;
    my $s = $rep->{style};
    my @L = ('统计指标', '', '单位', '', '统计数', '');
    # an ideographic space is two columns wide, so fewer of them make the same step
    my $ind = sub { return $s->{indent} x ($s->{indent} eq "\x{3000}" ? $_[0] : 2 * $_[0] + ($_[0] ? 1 : 0)) };
    for my $t (table_rows($rep)) {
        my $row = $t->{row};
        my ($head, $tail) = $t->{extra} ? (extra_label($rep), '') : label_parts($row, $s, $rep->{typo});
        push @L, $ind->($row->{lvl}) . $head . $tail, '';
        my $note = reparen($row->{note}, $s->{note_paren});
        push @L, $ind->($row->{lvl}) . $note, '' if $note && !$row->{note_after};
        if (!$t->{has_value}) {    # a heading: its value cell is empty or holds a stray space
            push @L, $r->pick("\x{00A0}", ' ', '   '), '' if $r->chance(1, 2);
            next;
        }
        my $unit = $row->{unit};
        push @L, $unit, '' if $unit eq '万元' || $unit eq '人次' || ($s->{units_all} && $unit !~ /^[条件]$/);
        my $val = cell_text($t->{value});
        $val = $r->pick("\x{00A0}", '  ', '-', '—', '/') unless defined $val;
        my $vi = $s->{val_indent} && $r->chance(3, 4) ? ' ' x $s->{val_indent} : '';
        push @L, $vi . $val, '';
        push @L, $ind->($row->{lvl} + 1) . $note, '' if $note && $row->{note_after};
        push @L, '' if $r->chance(1, 25);    # the odd doubled blank line
    }
    return @L;
}

# ---- tabs: label<TAB>unit<TAB>value (HTML table copied as text)
sub render_tabs {
    my ($r, $rep) = @_;
    my $s = $rep->{style};
    my @L = ("统计指标\t单位\t统计数");
    for my $t (table_rows($rep)) {
        my $row = $t->{row};
        my ($head, $tail) = $t->{extra} ? (extra_label($rep), '') : label_parts($row, $s, $rep->{typo});
        my $label = $head . $tail . reparen($row->{note}, $s->{note_paren});
        if (!$t->{has_value}) {
            push @L, $s->{heading_tabs} ? "$label\t\t" : $label;
            next;
        }
        my $val = cell_text($t->{value}) // $r->pick('', '-');
        push @L, join "\t", $label, $row->{unit}, $val;
    }
    return @L;
}

# ---- spaces: aligned columns with runs of spaces (pdftotext -layout)
sub render_spaces {
    my ($r, $rep) = @_;
    my $s = $rep->{style};
    my @lines;    # [ left text, unit, value, continuation ]
    for my $t (table_rows($rep)) {
        my $row = $t->{row};
        my ($head, $tail) = $t->{extra} ? (extra_label($rep), '') : label_parts($row, $s, $rep->{typo});
        my $note = reparen($row->{note}, $s->{note_paren});
        my $ind = ' ' x (2 * $row->{lvl});
        my ($left, $cont) = ($ind . $head, undef);
        # the parenthetical wraps onto a line of its own when the report says so,
        # and always when it would make the label column wider than a page
        if ($tail . $note ne '' && ($s->{note_wrap} || width($left . $tail . $note) > 70)) {
            $cont = $ind . '  ' . $tail . $note;
        } else {
            $left .= $tail . $note;
        }
        if (!$t->{has_value}) {
            push @lines, [ $left, '', undef, $cont, 1 ];
            next;
        }
        my $val = cell_text($t->{value}) // $r->pick('', '-');
        push @lines, [ $left, $row->{unit}, $val, $cont, 0 ];
    }
    my $w1 = 0;
    for (@lines) { $w1 = width($_->[0]) if width($_->[0]) > $w1 }
    $w1 += $r->range(2, 6);
    my $w2 = 4 + $r->range(2, 4);
    my $w3 = $r->range(6, 9);
    my @L = (pad('统计指标', $w1) . pad('单位', $w2) . sprintf('%*s', $w3, '统计数'));
    for my $l (@lines) {
        my ($left, $unit, $val, $cont, $heading) = @$l;
        if ($heading) {
            push @L, $left;
        } else {
            my $line = pad($left, $w1) . pad($unit, $w2) . sprintf('%*s', $w3, $val);
            $line =~ s/\s+$//;
            push @L, $line;
        }
        push @L, $cont if defined $cont;
    }
    return @L;
}

# ---------------------------------------------------------------------------
# Header block and prose
# ---------------------------------------------------------------------------

sub fmt_date {
    my ($r, $y, $m, $d) = @_;
    my $f = $r->range(0, 2);
    return sprintf('%04d-%02d-%02d', $y, $m, $d) if $f == 0;
    return "${y}年${m}月${d}日" if $f == 1;
    return sprintf('%04d/%02d/%02d', $y, $m, $d);
}

sub render_meta {
    my ($r, $rep) = @_;
    my $colon = $r->pick(':', '：');
    my $lead = $r->pick('  • ', '', '  ', "\x{00A0}\x{00A0}", "\x{3000}\x{3000}", "\x{3000}• ");
    my ($y, $m, $d) = @{ $rep->{pub} };
    my @f = (
        [ '索引号',   $rep->{index_no} ],
        [ '公开日期', fmt_date($r, $y, $m, $d) ],
        [ '发布机构', $rep->{publisher} ],
        [ '名称',     $rep->{title} ],
    );
    splice @f, 1, 0, [ '主题分类', $r->pick('综合政务', '政务公开', '其他') ] if $r->chance(1, 3);
    push @f, [ '公开方式', '主动公开' ] if $r->chance(1, 3);
    @f[ 1, 2 ] = @f[ 2, 1 ] if $r->chance(1, 4);
    return map { "$lead$_->[0]$colon$_->[1]" } @f;
}

sub render_prose {
    my ($r, $rep) = @_;
    my $v = $rep->{clean};    # prose quotes the values before any break
    my ($year, $short) = ($rep->{year}, $rep->{short});
    my $ind = $r->pick('    ', "\x{3000}\x{3000}", "\x{00A0}\x{00A0}\x{00A0}\x{00A0}", '');
    my $phone = sprintf('0%d-%d', $r->range(310, 999), $r->range(2000000, 8999999));
    my $post = sprintf('%06d', $r->range(100000, 859999));
    my $addr = $rep->{place} . $r->pick(@STREETS) . $r->range(1, 899) . '号';
    my $we = $rep->{agency} eq '人民政府办公室' ? '本机关' : '我局';

    my @paras;    # [ heading or undef, text ]
    push @paras, [ undef,
        "为贯彻《中华人民共和国政府信息公开条例》，现公布${short}${year}年度政府信息公开工作情况。"
        . "本报告数据统计时段为${year}年1月1日至${year}年12月31日，电子版可在本机关门户网站政府信息公开专栏查阅。"
        . "如有疑问，请与${short}政务公开工作办公室联系（地址：${addr}，邮编：${post}，电话：${phone}）。" ];
    my @pool = (
        [ '概述',
          "${year}年，${we}把政务公开作为改进作风、方便群众办事的一项基础工作来抓，调整了政务公开工作领导小组，"
          . "安排$v->{'org.staff'}名同志负责信息发布和申请受理，全年召开专题会议$v->{'meetings.count'}次，"
          . "做到有人管事、有章理事。" ],
        [ '主动公开情况',
          "全年主动公开政府信息$v->{'proactive.total'}条，主要通过门户网站、政务新媒体和办事大厅公开栏发布，"
          . "内容涉及机构职能、政策文件、财政预决算、人事信息和重点工作进展。" ],
        [ '依申请公开情况',
          $v->{'apply.received'}
          ? "全年收到政府信息公开申请$v->{'apply.received'}件，其中通过网络提交$v->{'apply.received.online'}件，"
            . "均在规定期限内作出答复。"
          : "本年度${we}未收到公民、法人或者其他组织提出的政府信息公开申请。" ],
        [ '复议、诉讼和收费情况',
          ($v->{'review.total'} || $v->{'litigation.total'}
             ? "本年度因政府信息公开引起行政复议$v->{'review.total'}件、行政诉讼$v->{'litigation.total'}件。"
             : "本年度未发生因政府信息公开引起的行政复议和行政诉讼。")
          . "${we}提供政府信息" . ($v->{'fees.amount'} eq '0' ? '未收取任何费用。' : "按规定收取成本费用$v->{'fees.amount'}万元。") ],
        [ '主要问题和改进措施',
          "工作中还存在一些不足：个别栏目更新不够及时，政策解读形式比较单一。" . ($year + 1)
          . "年，我们将完善信息发布审核流程，加强业务培训，推动政务公开工作更加规范。" ],
        [ undef,
          "${year}年" . $r->range(3, 11) . '月' . $r->range(1, 28) . "日，${we}组织开展政务公开开放日活动，"
          . "邀请" . $r->range(12, 60) . "名群众代表走进办事大厅，现场体验办事流程并提出意见建议。" ],
    );
    my $n = $r->range(1, 4);    # 2 to 5 paragraphs with the opening one
    my @keep = sort { $a <=> $b } (pick_n($r, $n, 0 .. $#pool));
    push @paras, @pool[@keep];

    my (@L, $sec);
    for my $p (@paras) {
        my ($head, $text) = @$p;
        push @L, $ind . $CN_NUM[ ++$sec ] . "、$head", '' if defined $head;
        push @L, $ind . $text, '';
    }
    return @L;
}

sub pick_n {    # n distinct items, in seeded order
    my ($r, $n, @items) = @_;
    my @out;
    while (@out < $n && @items) { push @out, splice @items, $r->range(0, $#items), 1 }
    return @out;
}

# ---------------------------------------------------------------------------
# A report
# ---------------------------------------------------------------------------

sub make_report {
    my (%a) = @_;    # key, layout, rule, and optionally place, agency, year
    my $r = Rng->new($a{key});
    my $rep = { layout => $a{layout}, rule => $a{rule} // 'none' };

    my $ag = $a{agency} // $r->pick(@AGENCIES);
    $rep->{place} = $a{place} // $r->pick(@PLACES);
    $rep->{agency} = $ag->[0];
    $rep->{organ} = $rep->{place} . $ag->[0];
    $rep->{short} = $rep->{place} . $ag->[1];
    $rep->{year} = $a{year} // $r->range(2014, 2018);
    $rep->{title} = "$rep->{organ}$rep->{year}年度政府信息公开工作年度报告";
    $rep->{pub} = [ $rep->{year} + 1, $r->range(1, 3), $r->range(1, 28) ];
    $rep->{index_no} = sprintf('%05d/%d-%0*d', $r->range(1000, 99999), $rep->{year} + 1, $r->pick(4, 5), $r->range(1, 999));
    $rep->{publisher} = $r->chance(1, 2) ? $rep->{short} : $rep->{organ};

    $rep->{values} = gen_values($r);
    $rep->{clean} = { %{ $rep->{values} } };
    my @changed = $rep->{rule} eq 'none' ? () : break_rule($r, $rep->{values}, $rep->{rule});

    # blanks: never in a cell the broken rule reads, nor in one the break changed
    if ($r->chance(1, 4)) {
        my %keep = map { ($_ => 1) } @changed, @{ $READS{ $rep->{rule} } // [] };
        my @pool = grep { !$keep{$_} } @CODES;
        $rep->{values}{$_} = undef for pick_n($r, $r->range(1, 2), @pool);
    }
    if ($r->chance(1, 5)) {
        my $slot = $r->pick(sort keys %EXTRA);
        $rep->{extra} = { slot => $slot, value => zero_or($r, 20, $EXTRA{$slot}{max}) };
    }
    $rep->{typo} = gen_typo($r);
    $rep->{style} = gen_style($r, $a{layout});

    my %render = (flat => \&render_flat, tabs => \&render_tabs, spaces => \&render_spaces);
    return legacy_new_layout($r, $rep) unless $render{ $a{layout} };
    my @text = ($rep->{title}, '', render_meta($r, $rep), '', render_prose($r, $rep));
    if ($r->chance(1, 2)) {    # sign-off with a date, another number that is no cell
        my ($y, $m, $d) = @{ $rep->{pub} };
        push @text, $rep->{short}, "${y}年${m}月${d}日", '';
    }
    push @text, '附件', '' if $r->chance(2, 3);
    push @text, $r->pick("$rep->{organ}政府信息公开情况统计表", "$rep->{year}年度政府信息公开情况统计表"), '';
    push @text, $render{ $a{layout} }->($r, $rep);
    $rep->{text} = join("\n", @text) =~ s/\n*\z/\n/r;
    return $rep;
}

sub expected_tsv {
    my ($rep) = @_;
    my ($y, $m, $d) = @{ $rep->{pub} };
    my @L = (
        "# organ: $rep->{organ}",
        "# year: $rep->{year}",
        sprintf('# published: %04d-%02d-%02d', $y, $m, $d),
        "# index_no: $rep->{index_no}",
        "# publisher: $rep->{publisher}",
        '# generation: legacy',
        "# layout: $rep->{layout}",
        "# broken: $rep->{rule}",
        '# typo: ' . ($rep->{typo} ? "$rep->{typo}{code} $rep->{typo}{text}" : 'none'),
    );
    push @L, "$_\t" . ($rep->{values}{$_} // 'NULL') for @CODES;
    push @L, '?' . extra_label($rep) . "\t$rep->{extra}{value}" if $rep->{extra};
    push @L, "!violation\t$rep->{rule}";
    return join("\n", @L) . "\n";
}

sub write_file {
    my ($path, $content) = @_;
    open my $fh, '>:encoding(UTF-8)', $path or die "cannot write $path: $!\n";
    print $fh $content;
    close $fh or die "cannot write $path: $!\n";
}

sub write_report {
    my ($dir, $name, $rep) = @_;
    write_file("$dir/$name.txt", $rep->{text});
    write_file("$dir/$name.tsv", expected_tsv($rep));
    print "$dir/$name\n";
}

# The four demo reports: two organs, two years each; the second organ's later
# year breaks apply.received.sum. Layouts differ so a demo shows all three.
sub example_reports {
    my ($dir, $seed) = @_;
    my @ex = (
        [ 'qinghe-hrss-2016',    '清河市', 0, 2016, 'flat',   'none' ],
        [ 'qinghe-hrss-2017',    '清河市', 0, 2017, 'tabs',   'none' ],
        [ 'yunling-transport-2016', '云岭县', 1, 2016, 'spaces', 'none' ],
        [ 'yunling-transport-2017-broken-apply.received.sum', '云岭县', 1, 2017, 'flat', 'apply.received.sum' ],
    );
    for my $e (@ex) {
        my ($name, $place, $ag, $year, $layout, $rule) = @$e;
        my $rep = make_report(key => "$seed|example|$name", layout => $layout, rule => $rule,
                              place => $place, agency => $AGENCIES[$ag], year => $year);
        write_report($dir, "legacy-example-$name", $rep);
    }
}

# ---------------------------------------------------------------------------
# Legacy reports in the layouts added for the other generations (pdf, pdfraw,
# pipes, glued, chrome, traditional): the same values, meta block and prose,
# the table printed by Gen::Layout as a list table 统计指标 / 单位 / 统计数.
# ---------------------------------------------------------------------------

# Word list comments around a label's numbering (chrome layout)
sub word_comment {
    my ($r, $label) = @_;
    return $label unless $r->chance(1, 3);
    $label =~ s/^((?:（|\()\p{Han}+(?:）|\))|\d+[、.]|其中[：:])/<!--[if !supportLists]-->$1<!--[endif]-->/;
    return $label;
}

sub legacy_new_layout {
    my ($r, $rep) = @_;
    my $layout = $rep->{layout};
    my $base = Gen::Report::base_layout_of($r, $layout);
    my $nrep = { layout => $layout, base => $base, year => $rep->{year}, print => {}, noglue => {} };
    $nrep->{style} = Gen::Report::gen_style($r, $nrep);
    my $wc = Rng->new("$rep->{organ}|$rep->{year}|wc");
    my @rows;
    for my $t (table_rows($rep)) {
        my $row = $t->{row};
        my ($head, $tail) = $t->{extra} ? (extra_label($rep), '') : label_parts($row, $rep->{style}, $rep->{typo});
        my $label = $head . $tail . reparen($row->{note}, $rep->{style}{note_paren});
        $label = word_comment($wc, $label) if $layout eq 'chrome';
        if (!$t->{has_value}) { push @rows, { label => $label, lvl => $row->{lvl} }; next }
        my $code = $t->{extra} ? '?legacy' : $row->{code};
        push @rows, { label => $label, lvl => $row->{lvl}, unit => $t->{extra} ? $EXTRA{ $rep->{extra}{slot} }{unit} : $row->{unit},
                      code => $code };
        $nrep->{print}{$code} = cell_text($t->{value});
    }
    my $table = Gen::Tables::legacy_table(\@rows);
    my @tblocks = Gen::Layout::render($base, $r, $nrep, $table);

    my $pdf = $base eq 'pdf' || $base eq 'pdfraw';
    my $sp = sub { return $pdf ? Gen::Text::spaced_digits($_[0]) : $_[0] };
    my @B;
    push @B, Gen::Text::chrome_top($r, $rep) if $layout eq 'chrome';
    push @B, ($base eq 'pdf' ? ' ' x $r->range(4, 14) : '') . $sp->($rep->{title});
    push @B, Gen::Text::chrome_after_title($r, $rep) if $layout eq 'chrome';
    push @B, '', render_meta($r, $rep), '';
    for my $line (render_prose($r, $rep)) {
        if (!$pdf || $line eq '') { push @B, $line; next }
        my @w = Gen::Layout::wrap_width($sp->($line =~ s/^\s+//r), 62);
        $w[0] = '      ' . $w[0] if $base eq 'pdf';
        push @B, @w;
    }
    if ($r->chance(1, 2)) {
        my ($y, $m, $d) = @{ $rep->{pub} };
        push @B, $rep->{short}, $sp->("${y}年${m}月${d}日"), '';
    }
    push @B, '附件', '' if $r->chance(2, 3);
    push @B, $sp->($r->pick("$rep->{organ}政府信息公开情况统计表", "$rep->{year}年度政府信息公开情况统计表")), '';
    push @B, @tblocks;
    push @B, Gen::Text::chrome_bottom($r, $rep) if $layout eq 'chrome';
    $rep->{base} = $base;
    $rep->{text} = Gen::Report::finish_text($r, $nrep, \@B);
    $rep->{taiwan} = $nrep->{taiwan};
    return $rep;
}

# expected_tsv plus the lines the new layouts add (base layout; Traditional
# names as printed)
sub legacy_tsv {
    my ($rep) = @_;
    my $tsv = expected_tsv($rep);
    return $tsv unless $rep->{base};
    my $trad = $rep->{layout} eq 'traditional';
    my $t = sub { return $trad ? Gen::Text::to_traditional($_[0], $rep->{taiwan}) : $_[0] };
    my @out;
    for my $line (split /\n/, $tsv) {
        if ($trad && $line =~ /^# (organ|publisher|typo): (.*)$/) {
            $line = "# $1: " . $t->($2);
        } elsif ($trad && $line =~ /^\?(.*)$/) {
            $line = '?' . $t->($1);
        }
        push @out, $line;
        if ($line =~ /^# layout:/) {
            push @out, "# base_layout: $rep->{base}" if $rep->{base} ne $rep->{layout};
            push @out, "# organ_simplified: $rep->{organ}", '# traditional: ' . ($rep->{taiwan} ? 'taiwan' : 'chars') if $trad;
        }
    }
    return join("\n", @out) . "\n";
}

# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

my @GENERATIONS = qw(legacy gb2021 gb2019 hybrid local2008);

sub usage {
    die "usage: perl $0 --out DIR [--generations G[,G]] [--layouts L[,L]] [--count N] [--seed S]\n"
      . "                 [--break none|all|RULE[\@WHERE][,RULE...]]\n"
      . "       perl $0 --corpus --out DIR [--seed S] [--count N]\n"
      . "       perl $0 --example --out DIR [--seed S]\n"
      . "generations: @GENERATIONS (default legacy)\n"
      . "layouts: @Gen::Report::LAYOUTS (default flat,tabs,spaces for legacy alone, else all)\n";
}

sub main {
    my %o = (seed => 1);
    GetOptions(\%o, 'out=s', 'count=i', 'seed=s', 'layouts=s', 'generations=s', 'break=s', 'example', 'corpus', 'help')
        or usage();
    usage() if $o{help} || !$o{out} || (defined $o{count} && $o{count} < 0);
    make_path($o{out});
    return example_reports($o{out}, $o{seed}) if $o{example};
    if ($o{corpus}) {    # every generation in every layout, consistent and each rule broken
        $o{generations} //= join ',', @GENERATIONS;
        $o{count} //= 16;
        $o{break} //= 'all';
    }
    $o{count} //= 3;
    $o{break} //= 'none';

    my @gens = split /,/, ($o{generations} // 'legacy');
    for my $g (@gens) { die "unknown generation $g; known: @GENERATIONS\n" unless grep { $_ eq $g } @GENERATIONS }
    my @layouts = split /,/, ($o{layouts} // ($o{generations} ? join(',', @Gen::Report::LAYOUTS) : 'flat,tabs,spaces'));
    for my $l (@layouts) { die "unknown layout $l; known: @Gen::Report::LAYOUTS\n" unless grep { $_ eq $l } @Gen::Report::LAYOUTS }

    my %rules_of = map { ($_ => [ $_ eq 'legacy' ? @RULE_IDS : Gen::Model::rules_of($_) ]) } @gens;
    my %breaks;    # generation => [ RULE or RULE@WHERE ]
    if ($o{break} eq 'all') {
        %breaks = %rules_of;
    } elsif ($o{break} ne 'none') {
        for my $spec (split /,/, $o{break}) {
            my ($rule, $where) = split /\@/, $spec, 2;
            my $known = 0;
            for my $g (@gens) {
                next unless grep { $_ eq $rule } @{ $rules_of{$g} };
                die "legacy rules take no \@WHERE: $spec\n" if $g eq 'legacy' && defined $where;
                next if defined $where && !grep { $_ eq $where } Gen::Model::wheres_of($g, $rule);
                push @{ $breaks{$g} }, $spec;
                $known = 1;
            }
            die "unknown rule $spec for @gens; known: " . join(' ', map { @{ $rules_of{$_} } } @gens)
                . (defined $where ? ' (with @WHERE: a column, a 表三 row, a code, year or cumulative)' : '') . "\n" unless $known;
        }
    }

    for my $gen (@gens) {
        for my $layout (@layouts) {
            my $n = 0;
            for my $spec (('none') x $o{count}, @{ $breaks{$gen} // [] }) {
                my ($rule, $where) = split /\@/, $spec, 2;
                my $name = sprintf('%s-%s-%03d-%s', $gen, $layout, ++$n, $rule eq 'none' ? 'ok' : $rule);
                if ($gen eq 'legacy') {
                    my $rep = make_report(key => "$o{seed}|$layout|$n|$rule", layout => $layout, rule => $rule);
                    write_file("$o{out}/$name.txt", $rep->{text});
                    write_file("$o{out}/$name.tsv", legacy_tsv($rep));
                    print "$o{out}/$name\n";
                    next;
                }
                my $rep = Gen::Report::make_report(key => "$o{seed}|$gen|$layout|$n|$spec", gen => $gen,
                                                   layout => $layout, rule => $rule, where => $where);
                write_file("$o{out}/$name.txt", $rep->{text});
                write_file("$o{out}/$name.tsv", Gen::Report::report_tsv($rep));
                print "$o{out}/$name\n";
            }
        }
    }
}

main();
