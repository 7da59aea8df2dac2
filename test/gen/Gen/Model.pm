# Gen::Model -- the statistics of the gb2021, gb2019, hybrid and local2008
# generations (shared/spec/templates.md §2.1, §2.2, §2.4): codes in printed
# order, consistent values, the rules of §3 as individual checks, and the
# change that breaks exactly one check.
#
# A check is { id, where, sev => 'hard'|'soft', type, ... }:
#   eq      sum(a) = sum(b)              a, b: lists of codes
#   le      sum(a) <= sum(b)
#   domain  one cell: kind count (whole >= 0), amount (>= 0), signed (whole)
# It passes, fails, or is incomplete when one of its cells is blank (undef) or
# ambiguous; only a failing check is a violation.
package Gen::Model;

use strict;
use warnings;
use utf8;
use Exporter qw(import);
use Gen::Util qw(min sum zero_or split_total dec_scaled dec_from_scaled dec_shift money_str);

our @EXPORT_OK = qw(gb_codes t3_rows t3_leaves gb_checks l08_codes l08_checks evaluate failing
                    gen_gb_values gen_l08_values break_rule rules_of wheres_of checks_of);

our @COLS = qw(person business research nonprofit legal other total);
our @APP_COLS = @COLS[ 0 .. 5 ];
our @T4_ITEMS = qw(upheld corrected other pending total);
our @T4_GROUPS = qw(review litigation.direct litigation.after_review);

# ---------------------------------------------------------------------------
# Codes
# ---------------------------------------------------------------------------

# 表三 rows in printed order; gb2019 prints （六）其他处理 as one row
sub t3_rows {
    my ($t3) = @_;
    return ('new', 'carried_in', 'granted', 'partial',
            (map { "denied.$_" } qw(state_secret prohibited security third_party internal process enforcement inquiry)),
            (map { "unable.$_" } qw(not_held must_create unclear)),
            (map { "refused.$_" } qw(complaint repeat publication excessive confirm)),
            ($t3 eq 'gb2021' ? (map { "other.$_" } qw(no_correction no_fee other)) : ('other')),
            'total', 'carried_out');
}

sub t3_leaves { my ($t3) = @_; return grep { !/^(new|carried_in|total|carried_out)$/ } t3_rows($t3) }

sub t2_codes {
    my ($t2) = @_;
    return ((map { "active.rules.$_" } qw(issued repealed in_force)),
            (map { "active.normative.$_" } qw(issued repealed in_force)),
            'active.license.decisions', 'active.penalty.decisions', 'active.coercion.decisions',
            'active.fees.amount') if $t2 eq 'gb2021';
    return ((map { "active.rules.$_" } qw(made published published_total)),
            (map { "active.normative.$_" } qw(made published published_total)),
            (map { my $g = $_; map { "active.$g.$_" } qw(prev_items change decisions) }
                 qw(license other_services penalty coercion)),
            'active.fees.prev_items', 'active.fees.change',
            'active.procurement.items', 'active.procurement.amount');
}

sub t3_codes { my ($t3) = @_; return map { my $row = $_; map { "apply.$row.$_" } @COLS } t3_rows($t3) }

sub t4_codes { return map { my $g = $_; map { "$g.$_" } @T4_ITEMS } @T4_GROUPS }

sub gb_codes { my ($rep) = @_; return (t2_codes($rep->{t2}), t3_codes($rep->{t3}), t4_codes()) }

# kind of a code for the domain rule
sub gb_kind {
    my ($code) = @_;
    return 'amount' if $code =~ /\.amount$/;
    return 'signed' if $code =~ /\.change$/;
    return 'count';
}

# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

sub gb_checks {
    my ($rep) = @_;
    my @c;
    my @leaves = t3_leaves($rep->{t3});
    for my $col (@COLS) {
        push @c, { id => 'apply.results_sum', where => $col, sev => 'hard', type => 'eq',
                   a => ["apply.total.$col"], b => [ map { "apply.$_.$col" } @leaves ] };
    }
    for my $col (@COLS) {
        push @c, { id => 'apply.flow', where => $col, sev => 'hard', type => 'eq',
                   a => [ "apply.new.$col", "apply.carried_in.$col" ],
                   b => [ "apply.total.$col", "apply.carried_out.$col" ] };
    }
    for my $row (t3_rows($rep->{t3})) {
        push @c, { id => 'apply.columns_sum', where => $row, sev => 'hard', type => 'eq',
                   a => ["apply.$row.total"], b => [ map { "apply.$row.$_" } @APP_COLS ] };
    }
    my %sum_id = (review => 'review.sum', 'litigation.direct' => 'litigation.direct.sum',
                  'litigation.after_review' => 'litigation.after_review.sum');
    for my $g (@T4_GROUPS) {
        push @c, { id => $sum_id{$g}, where => '', sev => 'hard', type => 'eq',
                   a => ["$g.total"], b => [ map { "$g.$_" } qw(upheld corrected other pending) ] };
    }
    for my $col (@COLS) {
        push @c, { id => 'apply.carried_out_le_new', where => $col, sev => 'soft', type => 'le',
                   a => ["apply.carried_out.$col"], b => [ "apply.new.$col", "apply.carried_in.$col" ] };
    }
    if ($rep->{t2} eq 'gb2019') {
        for my $g (qw(rules normative)) {
            push @c, { id => 'gb2019.published_le_total', where => $g, sev => 'soft', type => 'le',
                       a => ["active.$g.published"], b => ["active.$g.published_total"] };
        }
    }
    push @c, map { { id => 'domain', where => $_, sev => 'hard', type => 'domain', kind => gb_kind($_), a => [$_] } }
        gb_codes($rep);
    return @c;
}

# ---------------------------------------------------------------------------
# local2008: indicator, unit, this year, cumulative
# ---------------------------------------------------------------------------

# The indicator list. `ch` marks an application channel, `ans` an answer row.
our @L08_ROWS = (
    { sec => 1 },
    { code => 'proactive.total', label => '主动公开政府信息数', unit => '条', lvl => 1 },
    { extra => 'proactive' },
    { sec => 2 },
    { code => 'apply.received', label => '受理依申请公开信息总数', unit => '件', lvl => 1 },
    { code => 'apply.received.in_person', label => '当面申请数', unit => '件', lvl => 2, ch => 1 },
    { code => 'apply.received.fax', label => '传真申请数', unit => '件', lvl => 2, ch => 1, unmerged => 1 },
    { code => 'apply.received.mail', label => '信函申请数', unit => '件', lvl => 2, ch => 1, unmerged => 1 },
    { code => 'apply.received.mail_fax', label => '信函、传真申请数', unit => '件', lvl => 2, ch => 1, merged => 1 },
    { code => 'apply.received.online', label => '网上申请数', unit => '件', lvl => 2, ch => 1 },
    { code => 'apply.received.email', label => '电子邮件申请数', unit => '件', lvl => 2, ch => 1, optional => 1 },
    { code => 'apply.received.other', label => '其他形式申请数', unit => '件', lvl => 2, ch => 1, optional => 1 },
    { code => 'apply.answered', label => '申请答复总数', unit => '件', lvl => 1 },
    { code => 'apply.answered.granted', label => '同意公开答复数', unit => '件', lvl => 2, ans => 1 },
    { code => 'apply.answered.partial', label => '同意部分公开答复数', unit => '件', lvl => 2, ans => 1 },
    { code => 'apply.answered.denied', label => '否决公开答复数', alt => '不予公开答复数', unit => '件', lvl => 2, ans => 1 },
    { code => 'apply.answered.other', label => '其他类型答复数', unit => '件', lvl => 2, ans => 1 },
    { extra => 'apply' },
    { sec => 3 },
    { code => 'fees.waived', label => '政府信息公开收费减免金额', unit => '元', lvl => 1 },
    { sec => 4 },
    { code => 'review.total', label => '行政复议数', unit => '件', lvl => 1 },
    { code => 'litigation.total', label => '行政诉讼数', unit => '件', lvl => 1 },
    { code => 'appeal.total', label => '行政申诉数', unit => '件', lvl => 1 },
);

our %L08_SECTION = (
    1 => '主动公开政府信息情况',
    2 => '依申请公开政府信息情况',
    3 => '政府信息公开收费及减免情况',
    4 => '行政复议、行政诉讼和行政申诉情况',
);

# rows a provincial table adds that the catalog does not know
our %L08_EXTRA = (
    proactive => [ [ '政府信息公开专栏页面访问量', '人次', 20000 ], [ '更新政府信息公开目录条目数', '条', 800 ] ],
    apply     => [ [ '公共查阅点接待查阅人次', '人次', 300 ], [ '举办政府信息公开培训班次', '次', 10 ] ],
);

# the rows a report prints: channel choice made once per report
sub l08_rows {
    my ($rep) = @_;
    my @rows;
    for my $row (@L08_ROWS) {
        next if $row->{merged} && !$rep->{l08}{merged};
        next if $row->{unmerged} && $rep->{l08}{merged};
        next if $row->{optional} && !$rep->{l08}{has}{ $row->{code} };
        if ($row->{extra}) {
            next unless $rep->{l08}{extra} && $rep->{l08}{extra}{slot} eq $row->{extra};
        }
        push @rows, $row;
    }
    return @rows;
}

sub l08_codes {
    my ($rep) = @_;
    return map { ($_->{code}, "$_->{code}.cumulative") } grep { $_->{code} } l08_rows($rep);
}

sub l08_checks {
    my ($rep) = @_;
    my @rows = grep { $_->{code} } l08_rows($rep);
    my @ch = map { $_->{code} } grep { $_->{ch} } @rows;
    my @ans = map { $_->{code} } grep { $_->{ans} } @rows;
    my @c;
    for my $col ([ 'year', '' ], [ 'cumulative', '.cumulative' ]) {
        my ($where, $sfx) = @$col;
        push @c, { id => 'apply.received.sum', where => $where, sev => 'hard', type => 'eq',
                   a => ["apply.received$sfx"], b => [ map { "$_$sfx" } @ch ] };
        push @c, { id => 'apply.answered.sum', where => $where, sev => 'hard', type => 'eq',
                   a => ["apply.answered$sfx"], b => [ map { "$_$sfx" } @ans ] };
    }
    for my $row (@rows) {
        push @c, { id => 'cumulative_ge_year', where => $row->{code}, sev => 'hard', type => 'le',
                   a => [ $row->{code} ], b => ["$row->{code}.cumulative"] };
    }
    for my $code (l08_codes($rep)) {
        push @c, { id => 'domain', where => $code, sev => 'hard', type => 'domain',
                   kind => $code =~ /^fees\./ ? 'amount' : 'count', a => [$code] };
    }
    return @c;
}

sub checks_of { my ($rep) = @_; return $rep->{gen} eq 'local2008' ? l08_checks($rep) : gb_checks($rep) }

# rule ids --break accepts for a generation
sub rules_of {
    my ($gen) = @_;
    return qw(apply.received.sum apply.answered.sum cumulative_ge_year domain) if $gen eq 'local2008';
    my @r = qw(apply.results_sum apply.flow apply.columns_sum review.sum litigation.direct.sum
               litigation.after_review.sum domain);
    push @r, 'gb2019.published_le_total' if $gen eq 'gb2019';
    return @r;
}

# the `where` values a rule takes in a generation (for --break RULE@WHERE);
# local2008 rows that a table may omit are included
sub wheres_of {
    my ($gen, $rule) = @_;
    if ($gen eq 'local2008') {
        my @codes = map { $_->{code} // () } @L08_ROWS;
        return qw(year cumulative) if $rule =~ /^apply\.(received|answered)\.sum$/;
        return @codes if $rule eq 'cumulative_ge_year';
        return grep { !/^apply\./ } @codes if $rule eq 'domain';
        return ();
    }
    my ($t2, $t3) = $gen eq 'gb2021' ? qw(gb2021 gb2021) : $gen eq 'gb2019' ? qw(gb2019 gb2019) : qw(gb2021 gb2019);
    return @COLS if $rule eq 'apply.results_sum' || $rule eq 'apply.flow';
    return t3_rows($t3) if $rule eq 'apply.columns_sum';
    # not 规章: an organ below city level prints 0 there (active.rules_at_low_level)
    return qw(normative) if $rule eq 'gb2019.published_le_total';
    # 规章 cells are also read by active.rules_at_low_level (an organ below
    # city level prints 0), so breaking domain there would break two rules
    return grep { /^active\./ && !/\.change$|^active\.procurement\.amount$|^active\.rules\./ }
        gb_codes({ t2 => $t2, t3 => $t3 })
        if $rule eq 'domain';
    return ('');
}

# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------

sub cell { my ($v, $code) = @_; my $x = $v->{$code}; return (defined $x && $x ne 'AMBIGUOUS') ? $x : undef }

sub evaluate {
    my ($check, $v) = @_;
    my @cells = (@{ $check->{a} }, @{ $check->{b} // [] });
    for (@cells) { return 'incomplete' unless defined cell($v, $_) }
    if ($check->{type} eq 'domain') {
        my $x = cell($v, $check->{a}[0]);
        my $ok = $check->{kind} eq 'count' ? $x =~ /^\d+$/
               : $check->{kind} eq 'amount' ? $x =~ /^\d+(\.\d+)?$/
               : $x =~ /^[-+]?\d+$/;
        return $ok ? 'pass' : 'fail';
    }
    my $sa = 0; $sa += dec_scaled(cell($v, $_)) for @{ $check->{a} };
    my $sb = 0; $sb += dec_scaled(cell($v, $_)) for @{ $check->{b} };
    return ($check->{type} eq 'eq' ? $sa == $sb : $sa <= $sb) ? 'pass' : 'fail';
}

sub failing { my ($checks, $v) = @_; return grep { evaluate($_, $v) eq 'fail' } @$checks }

# ---------------------------------------------------------------------------
# Values: gb2021 / gb2019 / hybrid
# ---------------------------------------------------------------------------

# $rep: t2, t3, level ('city_gov' may report 规章; 'high' / 'low' magnitudes)
sub gen_gb_values {
    my ($r, $rep) = @_;
    my %v;
    my $big = $rep->{level} eq 'city_gov' ? 3 : $rep->{level} eq 'county_gov' ? 2 : 1;

    # 表二
    if ($rep->{t2} eq 'gb2021') {
        if ($rep->{level} eq 'city_gov') {
            $v{'active.rules.issued'} = zero_or($r, 40, 6);
            $v{'active.rules.repealed'} = zero_or($r, 60, 4);
            $v{'active.rules.in_force'} = $v{'active.rules.issued'} + $r->range(8, 140);
        } else {
            $v{"active.rules.$_"} = 0 for qw(issued repealed in_force);
        }
        $v{'active.normative.issued'} = zero_or($r, 30, 12 * $big);
        $v{'active.normative.repealed'} = zero_or($r, 50, 10 * $big);
        $v{'active.normative.in_force'} = $v{'active.normative.issued'} + zero_or($r, 15, 120 * $big);
        my @mag = (0, $rep->{level} eq 'town' ? 800 : 20000, 150000, 900000);
        $v{'active.license.decisions'} = zero_or($r, 25, $mag[$big]);
        $v{'active.penalty.decisions'} = zero_or($r, 30, $big == 3 ? 3_000_000 : $mag[$big]);
        $v{'active.coercion.decisions'} = zero_or($r, 45, int($mag[$big] / 10));
        $v{'active.fees.amount'} = $r->chance(1, 2) ? '0' : money_str($r, $big == 1 ? 900 : 99999, $r->range(0, 6));
    } else {
        for my $g (qw(rules normative)) {
            if ($g eq 'rules' && $rep->{level} ne 'city_gov') {
                $v{"active.rules.$_"} = 0 for qw(made published published_total);
                next;
            }
            my $made = zero_or($r, 30, $g eq 'rules' ? 5 : 12 * $big);
            my $pub = $made - ($r->chance(1, 4) ? $r->range(0, $made) : 0);
            $v{"active.$g.made"} = $made;
            $v{"active.$g.published"} = $pub;
            $v{"active.$g.published_total"} = $pub + zero_or($r, 10, $g eq 'rules' ? 120 : 150 * $big);
        }
        my %scale = (license => 300, other_services => 120, penalty => 2000, coercion => 60);
        for my $g (qw(license other_services penalty coercion)) {
            my $prev = zero_or($r, 15, $scale{$g} * $big / 2);
            $v{"active.$g.prev_items"} = $prev;
            $v{"active.$g.change"} = $r->chance(1, 3) ? 0 : $r->range(-min($prev, int($prev / 5) + 3), int($prev / 5) + 3);
            $v{"active.$g.decisions"} = zero_or($r, 25, $g eq 'penalty' ? 40000 * $big : 15000 * $big);
        }
        my $fees = zero_or($r, 40, 12);
        $v{'active.fees.prev_items'} = $fees;
        $v{'active.fees.change'} = $r->chance(1, 2) ? 0 : $r->range(-min($fees, 3), 2);
        my $items = zero_or($r, 30, 40 * $big);
        $v{'active.procurement.items'} = $items;
        if (!$items) {
            $v{'active.procurement.amount'} = '0';
            $rep->{proc_unit} = $r->pick('元', '万元');
        } elsif ($r->chance(1, 2)) {    # printed in 元, whole or with fen
            my $yuan = $r->range(2000, 9_000_000 * $big);
            $yuan .= sprintf('.%02d', $r->range(1, 99)) if $r->chance(1, 4);
            $yuan =~ s/(\.\d)0$/$1/;
            $rep->{proc_unit} = '元';
            $v{'active.procurement.amount'} = dec_shift($yuan, -4);
        } else {
            my $wan = money_str($r, 900 * $big, $r->range(0, 4));
            $rep->{proc_unit} = '万元';
            $v{'active.procurement.amount'} = $wan;
        }
    }

    # 表三: per applicant column new, carried in, carried out; results split
    my %sw = (town => [ 20, 50, 25, 5, 0 ], dept => [ 10, 30, 40, 18, 2 ],
              county_gov => [ 5, 20, 40, 30, 5 ], city_gov => [ 2, 10, 30, 40, 18 ]);
    my $scale = $r->weighted(@{ $sw{ $rep->{level} } });
    my @new_max = (0, 10, 80, 600, 4000);
    my %new;
    $new{person} = $scale ? $r->range(int($new_max[$scale] / 8) || 1, $new_max[$scale]) : 0;
    my $p = $new{person};
    $new{business} = $r->chance(2, 5) ? 0 : $r->range(0, int($p / 6) + 1);
    $new{research} = $r->chance(17, 20) ? 0 : $r->range(0, int($p / 50) + 2);
    $new{nonprofit} = $r->chance(17, 20) ? 0 : $r->range(0, int($p / 60) + 2);
    $new{legal} = $r->chance(3, 5) ? 0 : $r->range(0, int($p / 12) + 2);
    $new{other} = $r->chance(7, 10) ? 0 : $r->range(0, int($p / 30) + 2);
    $new{$_} = 0 for $scale ? () : @APP_COLS;

    my @leaves = t3_leaves($rep->{t3});
    my %base_w = (granted => 30, partial => 8, 'unable.not_held' => 22, 'unable.must_create' => 3,
                  'unable.unclear' => 2, 'refused.complaint' => 4, 'refused.repeat' => 4,
                  'refused.publication' => 1, 'refused.excessive' => 1, 'refused.confirm' => 1,
                  'other.no_correction' => 6, 'other.no_fee' => 1, 'other.other' => 10, other => 14);
    my @w = map { my $w = $base_w{$_} // 1; $_ ne 'granted' && $r->chance(1, 3) ? 0 : $r->range(1, $w) } @leaves;

    for my $col (@APP_COLS) {
        my $n = $new{$col};
        my $ci = $r->chance(1, 2) ? 0 : $r->range(0, int($n / 10) + ($n ? 1 : 0));
        my $in = $n + $ci;
        my $co = $r->chance(9, 20) ? 0 : $r->range(0, min($in, int($in / 8) + 1));
        my $tot = $in - $co;
        my @cw = $col eq 'person' ? @w : map { $_ && $r->chance(1, 3) ? 0 : $_ } @w;
        my @parts = split_total($r, $tot, @cw);
        $v{"apply.new.$col"} = $n;
        $v{"apply.carried_in.$col"} = $ci;
        $v{"apply.carried_out.$col"} = $co;
        $v{"apply.total.$col"} = $tot;
        $v{"apply.$leaves[$_].$col"} = $parts[$_] for 0 .. $#leaves;
    }
    for my $row (t3_rows($rep->{t3})) {
        $v{"apply.$row.total"} = sum(map { $v{"apply.$row.$_"} } @APP_COLS);
    }

    # 表四
    my $cases = $scale >= 3 ? 40 * $big : 6;
    for my $g (@T4_GROUPS) {
        my $zero = $g eq 'review' ? 50 : $g eq 'litigation.direct' ? 60 : 70;
        my $n = zero_or($r, $zero, $g eq 'review' ? $cases : int($cases / 2) + 1);
        my @parts = split_total($r, $n, 6, 2, 2, 1);
        @v{ map { "$g.$_" } qw(upheld corrected other pending) } = @parts;
        $v{"$g.total"} = $n;
    }
    return \%v;
}

# ---------------------------------------------------------------------------
# Values: local2008
# ---------------------------------------------------------------------------

sub gen_l08_values {
    my ($r, $rep) = @_;
    my %v;
    my $first = $rep->{year} == 2008 && $r->chance(1, 2);    # cumulative = this year
    my $grow = sub { my ($x, $f) = @_; return $first ? $x : $x + $r->range(0, $x * $f + 3) };

    my $pt = $r->range(40, 4000);
    $v{'proactive.total'} = $pt;
    $v{'proactive.total.cumulative'} = $grow->($pt, 5);

    my @ch = map { $_->{code} } grep { $_->{ch} } l08_rows($rep);
    my %w = ('apply.received.in_person' => 6, 'apply.received.fax' => 1, 'apply.received.mail' => 3,
             'apply.received.mail_fax' => 4, 'apply.received.online' => 8, 'apply.received.email' => 3,
             'apply.received.other' => 1);
    my $rec = $r->chance(1, 6) ? 0 : $r->range(1, $r->chance(1, 4) ? 600 : 60);
    my @parts = split_total($r, $rec, map { $r->chance(1, 4) ? 0 : $w{$_} } @ch);
    @v{@ch} = @parts;
    $v{'apply.received'} = $rec;
    my $cum_rec = 0;
    for my $c (@ch) { $v{"$c.cumulative"} = $grow->($v{$c}, 4); $cum_rec += $v{"$c.cumulative"} }
    $v{'apply.received.cumulative'} = $cum_rec;

    my @ans = map { $_->{code} } grep { $_->{ans} } l08_rows($rep);
    my $answered = $rec - ($r->chance(1, 4) ? $r->range(0, min($rec, 3)) : 0);
    my @ap = split_total($r, $answered, 12, 3, 2, 2);
    @v{@ans} = @ap;
    $v{'apply.answered'} = $answered;
    my $cum_ans = 0;
    for my $c (@ans) { $v{"$c.cumulative"} = $grow->($v{$c}, 4); $cum_ans += $v{"$c.cumulative"} }
    $v{'apply.answered.cumulative'} = $cum_ans;

    # 元 printed, stored in 万元
    my $waived = $r->chance(3, 5) ? '0' : $r->range(5, 3000) . ($r->chance(1, 3) ? '.5' : '');
    my $waived_cum = $first ? $waived : dec_from_scaled(dec_scaled($waived) + dec_scaled($r->range(0, 5000) . ''));
    $v{'fees.waived'} = dec_shift($waived, -4);
    $v{'fees.waived.cumulative'} = dec_shift($waived_cum, -4);

    for my $c (qw(review.total litigation.total appeal.total)) {
        $v{$c} = zero_or($r, 65, 5);
        $v{"$c.cumulative"} = $grow->($v{$c}, 2);
    }
    return \%v;
}

# ---------------------------------------------------------------------------
# Breaking exactly one check
# ---------------------------------------------------------------------------

# Change the values so that exactly one check of rule id $rule fails (and no
# other check, hard or soft). A sum check is broken by moving one of its cells
# by ±k; every other check that reads that cell is made incomplete by blanking
# one of its cells that the broken check does not read (in 表三 every cell is in
# one row check and at least one column check, so no single change breaks only
# one of them otherwise). Returns { where, changed => [codes], blanked => [codes] }.
sub break_rule {
    my ($r, $rep, $v, $rule, $want_where) = @_;
    my @checks = checks_of($rep);
    my @targets = grep { $_->{id} eq $rule && (!defined $want_where || $_->{where} eq $want_where) } @checks;
    @targets = grep { $_->{id} ne 'domain' || domain_free($_, \@checks, $rep) } @targets;
    # 规章 cells are also read by active.rules_at_low_level: never break through them
    @targets = grep { !grep { /^active\.rules\./ } @{ $_->{a} } } @targets
        if grep { !grep { /^active\.rules\./ } @{ $_->{a} } } @targets;
    die "no check to break for $rule" . (defined $want_where ? "\@$want_where" : '') . " in $rep->{gen}\n" unless @targets;

    for my $attempt (1 .. 200) {
        my $t = $r->pick(@targets);
        my %w = %$v;
        my (@changed, @blanked);
        if ($t->{type} eq 'domain') {
            my $code = $t->{a}[0];
            my $x = $w{$code};
            if ($t->{kind} eq 'amount' || $r->chance(1, 2)) {
                $w{$code} = '-' . ($t->{kind} eq 'amount' ? $r->pick('0.5', '2', '3.25', '120') : $r->range(1, 9));
            } else {
                $w{$code} = $r->range(0, 40) . '.5';
            }
            @changed = ($code);
        } elsif ($t->{type} eq 'le') {
            # push the left side above the right: change a left cell only
            my ($l) = @{ $t->{a} };
            my $rhs = sum(map { dec_scaled($w{$_}) } @{ $t->{b} });
            my $k = $r->range(1, 5);
            if ($rule eq 'cumulative_ge_year' && $r->chance(1, 2) && dec_scaled($w{$l}) >= $k * 1_000_000) {
                # lower the cumulative instead: below this year
                my ($cum) = @{ $t->{b} };
                $w{$cum} = dec_from_scaled(dec_scaled($w{$l}) - $k * 1_000_000);
                @changed = ($cum);
            } elsif ($rule eq 'gb2019.published_le_total' && $r->chance(1, 2) && dec_scaled($w{$l}) >= $k * 1_000_000) {
                my ($tot) = @{ $t->{b} };
                $w{$tot} = dec_from_scaled(dec_scaled($w{$l}) - $k * 1_000_000);
                @changed = ($tot);
            } else {
                $w{$l} = dec_from_scaled($rhs + $k * 1_000_000);
                @changed = ($l);
            }
        } else {
            my @cells = grep { defined $w{$_} } (@{ $t->{a} }, @{ $t->{b} });
            my $x = $r->pick(@cells);
            my $k = $r->range(1, $attempt > 20 ? 3 : 9);
            my $d = ($w{$x} >= $k && $r->chance(1, 2)) ? -$k : $k;
            $w{$x} += $d;
            @changed = ($x);
        }
        if ($attempt > 3 && $t->{type} ne 'domain') {    # first tries without blanks, then blank the other readers
            my %in_t = map { ($_ => 1) } @{ $t->{a} }, @{ $t->{b} };
            for my $s (@checks) {
                next if $s == $t || $s->{type} eq 'domain';
                next unless grep { my $c = $_; grep { $_ eq $c } @changed } @{ $s->{a} }, @{ $s->{b} };
                next if evaluate($s, \%w) ne 'fail';
                my %ch = map { ($_ => 1) } @changed;
                my @cand = grep { !$in_t{$_} && !$ch{$_} && defined $w{$_} } (@{ $s->{a} }, @{ $s->{b} });
                next unless @cand;
                my $y = $r->pick(@cand);
                $w{$y} = undef;
                push @blanked, $y;
            }
        }
        my @f = failing(\@checks, \%w);
        next unless @f == 1 && $f[0] == $t;
        %$v = %w;
        return { where => $t->{where}, changed => \@changed, blanked => \@blanked, check => $t };
    }
    die "could not break $rule in $rep->{gen}\n";
}

# A domain check on a cell that no sum reads (so only domain can fail; the
# search above still verifies that any <= check it is in keeps passing):
# never a signed change, nor a cell printed with its unit, nor a cumulative.
sub domain_free {
    my ($t, $checks, $rep) = @_;
    my $code = $t->{a}[0];
    return 0 if $code =~ /\.change$|^active\.procurement\.amount$|\.cumulative$|^active\.rules\./;
    for my $c (@$checks) {
        next unless $c->{type} eq 'eq';
        return 0 if grep { $_ eq $code } @{ $c->{a} }, @{ $c->{b} };
    }
    return 1;
}

1;
