# Gen::Text -- everything around the tables: invented organs, title and date
# shapes, metadata blocks, the prose of a report (written for this project),
# page chrome, and the Simplified-to-Traditional mapping of mirror sites.
package Gen::Text;

use strict;
use warnings;
use utf8;
use Exporter qw(import);
use Gen::Util qw(pick_n);
use Gen::Trad qw(to_traditional);

our @EXPORT_OK = qw(pick_organ title_lines date_lines fmt_date prose_gb prose_l08 chrome_top chrome_after_title chrome_bottom
                    to_traditional spaced_digits);

# Invented places (no real place intended) and their level.
my @PLACES = qw(清河市 云岭县 望川市 青禾县 澄湖区 鹿鸣县 枫林区 白鹭市 石桥县 南屏区 杏川市 岚山县);
my @TOWNS = ([ '杏溪镇', '镇' ], [ '柳湾乡', '乡' ], [ '桐花街道', '街道' ], [ '云栖镇', '镇' ]);

my @AGENCIES_NEW = (    # 2019 onward: full name, short name
    [ '发展和改革委员会', '发改委' ], [ '教育局', '教育局' ], [ '民政局', '民政局' ], [ '财政局', '财政局' ],
    [ '人力资源和社会保障局', '人社局' ], [ '自然资源和规划局', '自然资源和规划局' ],
    [ '生态环境局', '生态环境局' ], [ '住房和城乡建设局', '住建局' ], [ '交通运输局', '交通运输局' ],
    [ '农业农村局', '农业农村局' ], [ '卫生健康委员会', '卫健委' ], [ '应急管理局', '应急管理局' ],
    [ '市场监督管理局', '市场监管局' ], [ '医疗保障局', '医保局' ], [ '退役军人事务局', '退役军人事务局' ],
);
my @AGENCIES_2008 = (
    [ '发展和改革局', '发改局' ], [ '教育局', '教育局' ], [ '民政局', '民政局' ], [ '财政局', '财政局' ],
    [ '人事局', '人事局' ], [ '劳动和社会保障局', '劳动保障局' ], [ '建设局', '建设局' ], [ '交通局', '交通局' ],
    [ '卫生局', '卫生局' ], [ '人口和计划生育局', '人口计生局' ], [ '工商行政管理局', '工商局' ],
);

# { place, organ, short, level (city_gov county_gov dept town), we, unit (市 县 区) }
sub pick_organ {
    my ($r, $gen) = @_;
    my $place = $r->pick(@PLACES);
    my ($unit) = $place =~ /(\p{Han})$/;
    my $kind = $r->weighted(3, 2, 6, 1);    # government, its office, a department, a town
    my %o = (place => $place, unit => $unit);
    if ($kind == 0) {
        @o{qw(organ short level)} = ("${place}人民政府", "${place}政府", $unit eq '市' ? 'city_gov' : 'county_gov');
        $o{we} = "我$unit";
    } elsif ($kind == 1) {
        my $office = $gen eq 'local2008' && $unit eq '市' ? '人民政府办公厅' : '人民政府办公室';
        @o{qw(organ short level)} = ("${place}$office", "${place}政府办", $unit eq '市' ? 'city_gov' : 'county_gov');
        $o{we} = '本机关';
    } elsif ($kind == 2) {
        my $ag = $r->pick($gen eq 'local2008' ? @AGENCIES_2008 : @AGENCIES_NEW);
        @o{qw(organ short level)} = ("${place}$ag->[0]", "${place}$ag->[1]", 'dept');
        $o{we} = $ag->[0] =~ /委员会$/ ? '我委' : '我局';
    } else {
        my $tw = $r->pick(@TOWNS);
        my $name = $tw->[1] eq '街道' ? "$tw->[0]办事处" : "$tw->[0]人民政府";
        @o{qw(organ short level)} = ("${place}$name", $tw->[0], 'town');
        $o{we} = $tw->[1] eq '街道' ? '本街道' : "我$tw->[1]";
    }
    return \%o;
}

sub fmt_date {
    my ($r, $y, $m, $d) = @_;
    my $f = $r->range(0, 2);
    return sprintf('%04d-%02d-%02d', $y, $m, $d) if $f == 0;
    return "${y}年${m}月${d}日" if $f == 1;
    return sprintf('%04d/%02d/%02d', $y, $m, $d);
}

# The title in one of several shapes; returns (lines, shape)
sub title_lines {
    my ($r, $rep) = @_;
    my ($o, $y) = ($rep->{organ}, $rep->{year});
    my $nd = $r->pick('年', '年度');
    my $shape = $r->weighted(4, 3, 2, 1);
    return ([ "$o$y${nd}政府信息公开工作年度报告" ], 'one_line') if $shape == 0;
    return ([ $o, "$y${nd}政府信息公开工作年度报告" ], 'organ_above') if $shape == 1;
    return ([ "${y}年${o}政府信息公开工作年度报告" ], 'year_first') if $shape == 2;
    return ([ "${o}关于${y}年度政府信息公开工作情况的报告" ], 'guanyu');
}

# date shapes under the title: (lines, has_meta_block)
sub date_lines {
    my ($r, $rep) = @_;
    my ($y, $m, $d) = @{ $rep->{pub} // [] };
    my $form = $rep->{date_form};
    return () if $form eq 'none';
    return ("（${y}年${m}月${d}日）") if $form eq 'paren';
    return ('发布日期' . $r->pick('：', ':') . "${y}年${m}月${d}日") if $form eq 'fabu';
    # a metadata block as portals print it
    my $colon = $r->pick(':', '：');
    my $lead = $r->pick('', '  ', "\x{3000}\x{3000}", '  • ');
    my @f = ([ '索引号', $rep->{index_no} ], [ '发布机构', $rep->{publisher} ],
             [ $r->pick('公开日期', '发布日期'), fmt_date($r, $y, $m, $d) ]);
    push @f, [ '文号', '无' ] if $r->chance(1, 3);
    push @f, [ '主题分类', $r->pick('政务公开', '综合政务', '其他') ] if $r->chance(1, 2);
    @f[ 1, 2 ] = @f[ 2, 1 ] if $r->chance(1, 3);
    return map { "$lead$_->[0]$colon$_->[1]" } @f;
}

# pdftotext puts spaces between digits and ideographs: 2024 年
sub spaced_digits {
    my ($s) = @_;
    $s =~ s/(?<=\p{Han})(\d+(?:\.\d+)?)/ $1/g;
    $s =~ s/(\d)(?=\p{Han})/$1 /g;
    return $s;
}

# ---------------------------------------------------------------------------
# Prose (gb2021 / gb2019 / hybrid). Numbers quoted from the tables are the
# printed ones; a sentence that would quote a blank or ambiguous cell is
# written without the number.
# ---------------------------------------------------------------------------
sub prose_gb {
    my ($r, $rep, $num) = @_;    # $num->(code) = printed count or undef
    my ($y, $we, $short) = ($rep->{year}, $rep->{we}, $rep->{short});
    my $phone = sprintf('0%d-%d', $r->range(310, 999), $r->range(2000000, 8999999));
    my $post = sprintf('%06d', $r->range(100000, 859999));
    my $addr = $rep->{place} . $r->pick(qw(长宁路 文昌路 新华大道 滨江路 建设北路 兴业街 育才路 青云大道)) . $r->range(1, 899) . '号';
    my %P;

    my $period = $rep->{period_sentence}
        ? "本报告所列数据统计期限自${y}年1月1日起至${y}年12月31日止。" : '';
    $P{intro} = $r->pick(
        "依照《中华人民共和国政府信息公开条例》第五十条的规定，${short}编制本年度报告，"
        . "内容依次为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        . "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
        "本报告按照国务院办公厅政府信息与政务公开办公室印发的年度报告格式编写，"
        . "向社会说明${short}${y}年政府信息公开工作的开展情况和相关统计数据。")
        . $period
        . "报告全文在${short}门户网站政府信息公开专栏发布，读者对报告内容有疑问的，"
        . "可与${short}政务公开工作机构联系（地址：${addr}，邮编：${post}，电话：${phone}）。";

    my @over;
    push @over, "${y}年，${we}把政务公开放在法治政府建设的大局中谋划推进，"
        . "调整了政务公开工作领导小组，明确" . $r->range(2, 9) . "名工作人员分别负责信息发布、申请办理和平台维护，"
        . "做到任务清楚、责任到人。";
    push @over, '（一）主动公开。全年通过门户网站发布各类政府信息' . $r->range(120, 9000) . '条，'
        . '在政务新媒体推送信息' . $r->range(50, 3000) . '条，围绕群众关心的就业、教育、医疗和住房等事项，'
        . '集中发布政策文件和办事指南，并同步推出图表、问答等形式的解读材料。';
    my ($new, $ci, $done, $co) = map { $num->("apply.$_.total") } qw(new carried_in total carried_out);
    if (defined $new && defined $done && defined $ci && defined $co) {
        push @over, $new
            ? "（二）依申请公开。全年新收政府信息公开申请${new}件，加上年结转${ci}件，"
              . "本年办结${done}件，另有${co}件转入下一年度继续办理，所有申请均在法定期限内作出答复。"
            : '（二）依申请公开。本年度未收到政府信息公开申请，也没有上年结转需要办理的申请。';
    } else {
        push @over, '（二）依申请公开。进一步规范申请接收、登记、审核和答复流程，'
            . '对答复文书实行集体会审，确保每一件申请都依法依规办理。';
    }
    push @over, '（三）政府信息管理。建立公文公开属性源头认定机制，全年对' . $r->range(30, 900)
        . '件公文逐件审查公开属性，并对网站历史信息开展集中检查，及时更正过时和错误的内容。';
    push @over, '（四）平台建设。完成门户网站政府信息公开专栏改版，优化检索功能，'
        . '全年网站访问量达到' . $r->range(2, 900) . '.' . $r->range(1, 9) . '万人次。';
    push @over, '（五）监督保障。组织政务公开业务培训' . $r->range(1, 8) . '次，参训' . $r->range(20, 600)
        . '人次，将政务公开纳入年度绩效考核，对发现的问题建立台账、限期整改。';
    my @keep = (0, sort { $a <=> $b } pick_n($r, $r->range(2, 4), 1 .. $#over));
    $P{overview} = [ @over[@keep] ];

    my ($rv, $ld, $la) = map { $num->("$_.total") } qw(review litigation.direct litigation.after_review);
    $P{t4_note} = (defined $rv && defined $ld && defined $la && $r->chance(1, 2))
        ? ($rv + $ld + $la
           ? "本年度因政府信息公开被申请行政复议${rv}件，被提起行政诉讼" . ($ld + $la) . '件。'
           : '本年度未发生因政府信息公开引起的行政复议和行政诉讼。')
        : undef;

    $P{problems} = [
        $r->pick('对照新的工作要求，', '回顾一年来的工作，', '从检查中发现的情况看，')
        . "${we}的政务公开工作仍有不足：一是部分栏目信息更新不够及时；二是政策解读形式还比较单一，"
        . '图解、短视频等群众容易接受的解读产品偏少；三是基层工作人员的业务能力还需提高。',
        ($y + 1) . '年，我们将健全信息发布审核机制，丰富政策解读形式，加强业务培训和日常检查，'
        . '推动政务公开工作提质增效。' ];
    my $fee = $r->chance(2, 3) ? 0 : $r->range(20, 6000);
    $P{other} = [ $fee
        ? "本年度${we}依照《政府信息公开信息处理费管理办法》收取信息处理费${fee}元。"
        : "本年度${we}未收取政府信息公开信息处理费。",
        $r->pick('无其他需要报告的事项。', "${we}年度政务公开工作要点的各项任务均已按期完成。") ];
    return \%P;
}

# Prose of a local2008 report
sub prose_l08 {
    my ($r, $rep, $num) = @_;
    my ($y, $we, $o) = ($rep->{year}, $rep->{we}, $rep->{organ});
    my %P;
    $P{intro} = "根据《中华人民共和国政府信息公开条例》的要求，现将${o}${y}年度政府信息公开工作情况报告如下。"
        . '本报告包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免情况，'
        . '因政府信息公开申请行政复议、提起行政诉讼情况，存在的主要问题和改进措施，以及附表。'
        . ($rep->{period_sentence} ? "本报告所列数据统计期限自${y}年1月1日起至${y}年12月31日止。" : '');
    $P{sections} = [];
    push @{ $P{sections} }, [ '概述',
        "${y}年，${we}按照条例的规定，建立了政府信息公开工作机构，编制了政府信息公开指南和目录，"
        . '在办公场所设置了政府信息公开查阅点，配备了专门的工作人员，公开工作逐步走上制度化轨道。' ];
    my $pt = $num->('proactive.total');
    push @{ $P{sections} }, [ '主动公开政府信息情况',
        (defined $pt ? "全年主动公开政府信息${pt}条。" : '')
        . '公开的内容主要包括机构职能、规范性文件、发展规划、财政预算、行政许可事项和突发公共事件的应对情况，'
        . '主要通过政府网站、公开栏和新闻媒体发布。' ];
    my $rec = $num->('apply.received');
    push @{ $P{sections} }, [ '依申请公开政府信息情况',
        (defined $rec
            ? ($rec ? "全年受理政府信息公开申请${rec}件，均在规定的期限内予以答复。" : '本年度未收到政府信息公开申请。')
            : '对收到的政府信息公开申请，均按照规定的程序和期限办理。')
        . '申请的内容主要涉及征地拆迁、社会保障和城市建设等方面。' ];
    push @{ $P{sections} }, [ '政府信息公开的收费及减免情况',
        '本年度依申请提供政府信息，按照省物价部门核定的标准收取检索、复制和邮寄成本费用，'
        . '对确有经济困难的申请人按规定减免。' ];
    my ($rv, $lt) = ($num->('review.total'), $num->('litigation.total'));
    push @{ $P{sections} }, [ '因政府信息公开申请行政复议、提起行政诉讼的情况',
        (defined $rv && defined $lt && !$rv && !$lt)
            ? '本年度未发生因政府信息公开申请行政复议或提起行政诉讼的情况。'
            : '本年度因政府信息公开引起的行政复议和行政诉讼案件，均已依法处理，详见附表。' ];
    push @{ $P{sections} }, [ '存在的主要问题和改进措施',
        '工作中还存在公开内容不够全面、更新不够及时等问题。下一步，我们将进一步完善工作制度，'
        . '加强对工作人员的培训，提高政府信息公开工作的质量。' ];
    return \%P;
}

# ---------------------------------------------------------------------------
# Page chrome: portal header and footer lines, share buttons, Word comments
# ---------------------------------------------------------------------------
sub chrome_top {
    my ($r, $rep) = @_;
    my @L;
    push @L, '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->'
        if $r->chance(1, 3);
    push @L, $r->pick("$rep->{place}人民政府门户网站", "$rep->{place}政务服务网", '政府信息公开平台');
    push @L, $r->pick('首页 > 政务公开 > 政府信息公开年报 > 正文',
                      '当前位置：首页 >> 信息公开 >> 年度报告',
                      '您所在的位置：首页 › 政府信息公开 › 政府信息公开年报');
    push @L, '' if $r->chance(1, 2);
    return @L;
}

sub chrome_after_title {
    my ($r, $rep) = @_;
    my @L;
    push @L, '来源：' . $rep->{short} . '  浏览次数：' . $r->range(30, 9999) if $r->chance(1, 2);
    push @L, $r->pick('【字体：大 中 小】', '【字体：大 中 小】【打印】【关闭】', '字号：大 中 小');
    push @L, $r->pick('分享到：微信 微博 QQ空间', '分享：', '扫一扫在手机打开当前页') if $r->chance(2, 3);
    return @L;
}

sub chrome_bottom {
    my ($r, $rep) = @_;
    my @L = ('');
    push @L, $r->pick('【打印本页】【关闭窗口】', '打印本页  关闭窗口', '【打印】 【关闭】');
    push @L, '上一篇：' . $rep->{short} . '关于做好政务公开工作的通知', '下一篇：无' if $r->chance(1, 2);
    push @L, "主办：$rep->{place}人民政府办公室  承办：$rep->{place}大数据中心";
    push @L, '网站标识码：' . $r->range(1000000000, 4999999999) . '  ' . $r->pick('湘', '苏', '浙', '滇')
        . 'ICP备' . $r->range(10000000, 99999999) . '号';
    return @L;
}

1;
