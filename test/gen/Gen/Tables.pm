# Gen::Tables -- the statistics tables of a report as abstract grids that the
# layouts in Gen::Layout print. A table is
#   { kind    => 't2' | 't3' | 't4' | 'list',
#     caption => [ lines printed above it ],
#     head    => [ [ header cells of one header row, in HTML order ], ... ],
#     cols    => [ value column headers, one per value cell ] (pdf / spaces),
#     rows    => [ row, ... ] }
# and a row is
#   { label, num, text   label as printed = num . text (num may be '')
#     lvl                indentation level
#     groups => [ { text, id, first, last, size } ]  spanning labels (rowspan)
#     codes  => [ codes of the value cells ]   (a heading row has none)
#     unit               list tables: the 计量单位 / 单位 cell
#     key                row id (表三 row code), used to pick wrapped labels }
# The printed text of a cell is $rep->{print}{code}, undef for a blank cell.
package Gen::Tables;

use strict;
use warnings;
use utf8;
use Exporter qw(import);
use Gen::Model qw(t3_rows);

our @EXPORT_OK = qw(gb_tables l08_table legacy_table cn_num);

my @CN = qw(〇 一 二 三 四 五 六 七 八 九 十);
sub cn_num { return $CN[ $_[0] ] }

# numbering helpers from the report style
sub P { my ($s, $n) = @_; return $s->{paren}[0] . $n . $s->{paren}[1] }
sub N { my ($s, $n, $sep) = @_; return $n . ($sep // $s->{num_sep}) }

# a label with its numbering; in the chrome layout a Word list comment may
# wrap the numbering (<!--[if !supportLists]-->1.<!--[endif]-->)
sub lab {
    my ($rep, $num, $text) = @_;
    my $s = $rep->{style};
    my $label = $num . $text;
    if ($s->{word_comments} && $num ne '' && ($rep->{wc_rng}->chance(1, 3))) {
        $label = "<!--[if !supportLists]-->$num<!--[endif]-->$text";
    }
    return $label;
}

sub t3_table {
    my ($rep) = @_;
    my $s = $rep->{style};
    my ($q1, $q2) = @{ $s->{quote} };
    my @leaf = (
        'denied.state_secret' => '属于国家秘密',
        'denied.prohibited' => '其他法律行政法规禁止公开',
        'denied.security' => "危及${q1}三安全一稳定${q2}",
        'denied.third_party' => '保护第三方合法权益',
        'denied.internal' => '属于三类内部事务信息',
        'denied.process' => '属于四类过程性信息',
        'denied.enforcement' => '属于行政执法案卷',
        'denied.inquiry' => '属于行政查询事项',
        'unable.not_held' => '本机关不掌握相关政府信息',
        'unable.must_create' => '没有现成信息需要另行制作',
        'unable.unclear' => '补正后申请内容仍不明确',
        'refused.complaint' => '信访举报投诉类申请',
        'refused.repeat' => '重复申请',
        'refused.publication' => '要求提供公开出版物',
        'refused.excessive' => '无正当理由大量反复申请',
        'refused.confirm' => '要求行政机关确认或重新出具已获取信息',
        'other.no_correction' => '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        'other.no_fee' => '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        'other.other' => '其他',
    );
    my %leaf = @leaf;
    my %sub = (denied => P($s, '三') . '不予公开', unable => P($s, '四') . '无法提供',
               refused => P($s, '五') . '不予处理', other => P($s, '六') . '其他处理');
    my %top = (new => '本年新收政府信息公开申请数量', carried_in => '上年结转政府信息公开申请数量',
               carried_out => '结转下年度继续办理');
    my %topn = (new => '一、', carried_in => '二、', carried_out => '四、');
    my %mid = (granted => [ '一', '予以公开' ],
               partial => [ '二', '部分公开' . P($s, '区分处理的，只计这一情形，不计其他情形') ],
               other => [ '六', '其他处理' ], total => [ '七', '总计' ]);

    my @keys = t3_rows($rep->{t3});
    my @rows;
    my %count;
    for my $k (@keys) {
        my ($grp) = $k =~ /^(denied|unable|refused|other)\./;
        $count{$grp}++ if $grp;
    }
    my $g3_size = grep { !/^(new|carried_in|carried_out)$/ } @keys;
    my ($seen_g3, %seen_sub) = (0);
    for my $k (@keys) {
        my $row = { key => $k, codes => [ map { "apply.$k.$_" } @Gen::Model::COLS ] };
        if ($top{$k}) {
            @$row{qw(num text lvl)} = ($topn{$k}, $top{$k}, 0);
            $row->{groups} = [];
        } else {
            my $g3 = { text => '三、本年度办理结果', id => 'g3', first => !$seen_g3++, size => $g3_size };
            $row->{groups} = [$g3];
            if (my $m = $mid{$k}) {
                @$row{qw(num text lvl)} = (P($s, $m->[0]), $m->[1], 1);
            } else {
                my ($grp, $leafname) = $k =~ /^(\w+)\.(.+)$/;
                my $i = ++$seen_sub{$grp};
                my $sep = $grp eq 'other' && $s->{other_sep} ? $s->{other_sep} : $s->{num_sep};
                @$row{qw(num text lvl)} = (N($s, $i, $sep), $leaf{$k}, 2);
                push @{ $row->{groups} }, { text => $sub{$grp}, id => $grp, first => $i == 1,
                                            last => $i == $count{$grp}, size => $count{$grp} };
            }
        }
        $row->{label} = lab($rep, $row->{num}, $row->{text});
        push @rows, $row;
    }
    $rows[-2]{groups}[0]{last} = 1;    # （七）总计 closes 三、本年度办理结果
    my @head = ([ ($s->{t3_note} ? ('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）') : ()), '申请人情况' ],
                [ '自然人', '法人或其他组织', '总计' ],
                [ '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他' ]);
    return { kind => 't3', head => \@head, rows => \@rows,
             cols => [ '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计' ] };
}

sub t4_table {
    my ($rep) = @_;
    my @five = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计');
    my @codes = map { my $g = $_; map { "$g.$_" } @Gen::Model::T4_ITEMS } @Gen::Model::T4_GROUPS;
    return { kind => 't4',
             head => [ [ '行政复议', '行政诉讼' ], [ @five, '未经复议直接起诉', '复议后起诉' ], [ @five, @five ] ],
             cols => [ (@five) x 3 ],
             rows => [ { label => '', num => '', text => '', lvl => 0, groups => [], codes => \@codes, key => 't4' } ] };
}

sub t2_tables {
    my ($rep) = @_;
    my $s = $rep->{style};
    my $cap = sub { return '第二十条' . ($s->{cap_space} ? ' ' : '') . '第' . P($s, $_[0]) . '项' };
    my $row = sub {
        my ($label, @codes) = @_;
        return { label => $label, num => '', text => $label, lvl => 0, groups => [], codes => \@codes, key => $codes[0] };
    };
    my @t;
    if ($rep->{t2} eq 'gb2021') {
        my @c3 = ('本年制发件数', '本年废止件数', '现行有效件数');
        push @t, { kind => 't2', caption => [ $cap->('一') ], head => [ [ '信息内容', @c3 ] ], cols => \@c3,
                   rows => [ $row->('规章', map { "active.rules.$_" } qw(issued repealed in_force)),
                             $row->($s->{normative_label}, map { "active.normative.$_" } qw(issued repealed in_force)) ] };
        push @t, { kind => 't2', caption => [ $cap->('五') ], head => [ [ '信息内容', '本年处理决定数量' ] ],
                   cols => ['本年处理决定数量'], rows => [ $row->('行政许可', 'active.license.decisions') ] };
        my @six = ($row->('行政处罚', 'active.penalty.decisions'), $row->('行政强制', 'active.coercion.decisions'));
        push @six, $row->($rep->{t2_extra}{label}, '?t2') if $rep->{t2_extra};
        push @t, { kind => 't2', caption => [ $cap->('六') ], head => [ [ '信息内容', '本年处理决定数量' ] ],
                   cols => ['本年处理决定数量'], rows => \@six };
        push @t, { kind => 't2', caption => [ $cap->('八') ], head => [ [ '信息内容', '本年收费金额（单位：万元）' ] ],
                   cols => ['本年收费金额（单位：万元）'], rows => [ $row->('行政事业性收费', 'active.fees.amount') ] };
    } else {
        my @c3 = ('本年新制作数量', '本年新公开数量', '对外公开总数量');
        push @t, { kind => 't2', caption => [ $cap->('一') ], head => [ [ '信息内容', @c3 ] ], cols => \@c3,
                   rows => [ $row->('规章', map { "active.rules.$_" } qw(made published published_total)),
                             $row->('规范性文件', map { "active.normative.$_" } qw(made published published_total)) ] };
        my @c5 = ('上一年项目数量', '本年增/减', '处理决定数量');
        my $three = sub { my ($g) = @_; return map { "active.$g.$_" } qw(prev_items change decisions) };
        push @t, { kind => 't2', caption => [ $cap->('五') ], head => [ [ '信息内容', @c5 ] ], cols => \@c5,
                   rows => [ $row->('行政许可', $three->('license')),
                             $row->('其他对外管理服务事项', $three->('other_services')) ] };
        push @t, { kind => 't2', caption => [ $cap->('六') ], head => [ [ '信息内容', @c5 ] ], cols => \@c5,
                   rows => [ $row->('行政处罚', $three->('penalty')), $row->('行政强制', $three->('coercion')) ] };
        push @t, { kind => 't2', caption => [ $cap->('八') ], head => [ [ '信息内容', '上一年项目数量', '本年增/减' ] ],
                   cols => [ '上一年项目数量', '本年增/减' ],
                   rows => [ $row->('行政事业性收费', 'active.fees.prev_items', 'active.fees.change') ] };
        push @t, { kind => 't2', caption => [ $cap->('九') ], head => [ [ '信息内容', '采购项目数量', '采购总金额' ] ],
                   cols => [ '采购项目数量', '采购总金额' ],
                   rows => [ $row->('政府集中采购', 'active.procurement.items', 'active.procurement.amount') ] };
    }
    return @t;
}

# (表二 tables, 表三, 表四)
sub gb_tables {
    my ($rep) = @_;
    return ([ t2_tables($rep) ], t3_table($rep), t4_table($rep));
}

# local2008: 指标名称 / 计量单位 / this year / cumulative
sub l08_table {
    my ($rep) = @_;
    my $s = $rep->{style};
    my @rows;
    my ($sec, $item, $sub) = (0, 0, 0);
    my $first_sub = 1;
    for my $row (Gen::Model::l08_rows($rep)) {
        if ($row->{sec}) {
            $sec++;
            ($item, $sub) = (0, 0);
            push @rows, { label => cn_num($sec) . '、' . $Gen::Model::L08_SECTION{ $row->{sec} },
                          num => cn_num($sec) . '、', text => $Gen::Model::L08_SECTION{ $row->{sec} },
                          lvl => 0, groups => [], codes => [], heading => 1 };
            next;
        }
        my ($label, $unit, $codes, $lvl);
        if ($row->{extra}) {
            my $x = $rep->{l08}{extra};
            ($label, $unit, $codes, $lvl) = ($x->{label}, $x->{unit}, [ '?l08', '?l08.cumulative' ], 1);
            $item++;
            my $num = $s->{l08_numbered} ? P($s, cn_num($item)) : '';
            push @rows, { label => lab($rep, $num, $label), num => $num, text => $label, lvl => 1,
                          groups => [], codes => $codes, unit => $unit, key => '?l08' };
            $x->{printed_label} = $num . $label;
            next;
        }
        my $text = $row->{alt} && $s->{l08_alt} ? $row->{alt} : $row->{label};
        my $num = '';
        if ($row->{lvl} == 1) {
            $item++;
            $sub = 0;
            $first_sub = 1;
            $num = P($s, cn_num($item)) if $s->{l08_numbered};
        } else {
            $sub++;
            if ($s->{l08_numbered}) {
                $num = N($s, $sub);
            } elsif ($first_sub) {
                $num = '其中' . $s->{colon};
            }
            $first_sub = 0;
        }
        push @rows, { label => lab($rep, $num, $text), num => $num, text => $text, lvl => $row->{lvl},
                      groups => [], codes => [ $row->{code}, "$row->{code}.cumulative" ], unit => $row->{unit},
                      key => $row->{code} };
    }
    my @cols = ($s->{l08_year_head}, $s->{l08_cum_head});
    return { kind => 'list', head => [ [ '指标名称', '计量单位', @cols ] ], cols => \@cols, rows => \@rows };
}

# legacy rows (from generate.pl) as a list table with one value column
sub legacy_table {
    my ($rows) = @_;    # [ { label, unit, code or undef (heading) } ]
    my @out;
    for my $x (@$rows) {
        if (!defined $x->{code}) {
            push @out, { label => $x->{label}, num => '', text => $x->{label}, lvl => $x->{lvl}, groups => [],
                         codes => [], heading => 1 };
        } else {
            push @out, { label => $x->{label}, num => '', text => $x->{label}, lvl => $x->{lvl}, groups => [],
                         codes => [ $x->{code} ], unit => $x->{unit}, key => $x->{code} };
        }
    }
    return { kind => 'list', head => [ [ '统计指标', '单位', '统计数' ] ], cols => ['统计数'], rows => \@out };
}

1;
