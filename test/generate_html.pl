#!/usr/bin/perl
# generate_html.pl -- turn a synthetic report (test/generate.pl's NAME.txt, any
# layout: flat, tabs or spaces) into the HTML page a government site would
# publish for it, for testing that govinfo reads the page as it reads the text.
#
# Usage:
#   perl test/generate_html.pl [--style word|cms|cms-grouped|national] [--out FILE] REPORT.txt
#   perl test/generate_html.pl --examples [--out DIR]
#
#   --style word         Word's "save as web page": conditional comments, <xml>,
#                        mso- styles, <p class=MsoNormal><span> soup in every cell,
#                        list numbers in <![if !supportLists]>, notes as a second <p>
#   --style cms          a CMS article page: <title> with the site's name, navigation
#                        in a layout table around the report, the header fields in a
#                        table, <script>/<style>, section headings as colspan rows
#   --style cms-grouped  as cms, with the value-less section headings (一、主动公开情况)
#                        as a first column spanning their rows (rowspan)
#   --style national     for the gb2019/gb2021/local2008 reports in test/data/html/
#                        (tables printed one row per line, split by tabs, a blank line
#                        around each): 表三 as the template prints it, 三、本年度办理结果
#                        and （三）不予公开 as rowspans, 法人或其他组织 over five columns;
#                        表四 under 行政复议/行政诉讼 headers spanning five and ten columns
#   (default for the legacy styles: chosen from the file name, so a file always
#   gives the same page)
#   --examples           write the pages committed in test/data/html/ (see @EXAMPLES)
#
# The page holds exactly the cells of the text: the same labels, units, values
# and blank cells, in the same rows, so govinfo.parse must give the same
# statistics for both.  Everything is escaped as HTML; characters outside GBK
# are written as entities, so the page can also be tested as GBK bytes.
# Only core modules are used; output is deterministic.

use strict;
use warnings;
use utf8;
use Getopt::Long qw(GetOptions);
use File::Basename qw(basename dirname);

binmode STDOUT, ':encoding(UTF-8)';

# the pages committed in test/data/html/: report text (under test/data/) => style
my @EXAMPLES = (
    [ 'examples/legacy-example-qinghe-hrss-2016', 'word' ],
    [ 'examples/legacy-example-qinghe-hrss-2017', 'cms' ],
    [ 'examples/legacy-example-yunling-transport-2016', 'cms-grouped' ],
    [ 'examples/legacy-example-yunling-transport-2017-broken-apply.received.sum', 'word' ],
    [ 'html/gb2021-yunling-finance-2021', 'national' ],
    [ 'html/gb2019-yunling-finance-2019', 'national' ],
    [ 'html/local2008-qinghe-education-2012', 'national' ],
);

my $META_NAMES = qr/索引号|主题分类|公开日期|发布日期|发布机构|名称|公开方式|文号/;
my $UNITS = qr/^(?:万元|人次|元|条|件|次|篇|个|人|项)$/;
my $BLANKS = qr/^(?:-|--|—|——|\/|无|&nbsp;?)$/;
my $TOP_HEADING = qr/^[一二三四五六七八九十]+、/;

# ---------------------------------------------------------------------------
# Reading the text form
# ---------------------------------------------------------------------------

sub trim {
    my ($s) = @_;
    $s =~ s/^[\s\x{3000}\x{00A0}•]+//;
    $s =~ s/[\s\x{3000}\x{00A0}]+$//;
    return $s;
}

sub is_value { my ($c) = @_; return $c eq '' || $c =~ /^[-+]?[\d,]+(?:\.\d+)?$/ || $c =~ $BLANKS }

sub is_note {    # a parenthesised line of its own belongs to the row above
    my ($c) = @_;
    return $c =~ /^[（(].*[）)]$/ && $c !~ /^[（(][一二三四五六七八九十]+[）)]/;
}

# Returns { title, meta => [[name, colon, value]], body => [lines], header => [cells],
# rows => [{ cells => [...], note }] }.  A row's cells are those the text prints,
# in order, blank ones included, as the reader would split them.
sub read_report {
    my ($path) = @_;
    open my $fh, '<:encoding(UTF-8)', $path or die "$path: $!";
    my @lines = map { s/\r?\n$//r } <$fh>;
    close $fh;

    my %rep = (meta => [], body => [], rows => []);
    my $i = 0;
    $i++ while $i < @lines && trim($lines[$i]) eq '';
    $rep{title} = trim($lines[$i++]);
    for (; $i < @lines; $i++) {
        my $t = trim($lines[$i]);
        next if $t eq '' && !@{ $rep{meta} };
        last unless $t =~ /^($META_NAMES)([:：])(.*)$/;
        push @{ $rep{meta} }, [ $1, $2, $3 ];
    }
    for (; $i < @lines; $i++) {
        last if $lines[$i] =~ /^\s*统计指标/;
        my $t = trim($lines[$i]);
        push @{ $rep{body} }, $t if $t ne '';
    }
    die "$path: no table header (统计指标)" if $i >= @lines;

    my $header = $lines[$i];
    my $layout = $header =~ /\t/ ? 'tabs' : $header =~ /统计指标\s{2,}\S/ ? 'spaces' : 'flat';
    $rep{layout} = $layout;
    my @table = @lines[ $i + 1 .. $#lines ];
    if ($layout eq 'flat') {
        my @cells = grep { $_ ne '' } map { trim($_) } @table;
        shift @cells while @cells && $cells[0] =~ /^(?:单位|统计数)$/;
        $rep{header} = [ '统计指标', '单位', '统计数' ];
        for my $c (@cells) {
            my $row = $rep{rows}[-1];
            if (is_note($c) && $row) {
                $row->{note} = defined $row->{note} ? "$row->{note}$c" : $c;
            } elsif ($row && ($c =~ $UNITS || is_value($c))) {
                push @{ $row->{cells} }, $c;
            } else {
                push @{ $rep{rows} }, { cells => [$c] };
            }
        }
    } else {
        $rep{header} = [ $layout eq 'tabs' ? split(/\t/, $header) : split(/\s{2,}/, trim($header)) ];
        for my $line (@table) {
            next if trim($line) eq '';
            my @cells = $layout eq 'tabs' ? map { trim($_) } split(/\t/, $line, -1)
                                          : split(/\s{2,}/, trim($line));
            if (@cells == 1 && is_note($cells[0]) && @{ $rep{rows} }) {
                my $row = $rep{rows}[-1];
                $row->{note} = defined $row->{note} ? "$row->{note}$cells[0]" : $cells[0];
                next;
            }
            push @{ $rep{rows} }, { cells => \@cells };
        }
    }
    for my $row (@{ $rep{rows} }) {
        my @c = @{ $row->{cells} };
        # a heading printed with empty unit and value fields ("一、...\t\t")
        $row->{heading} = (grep { $_ ne '' } @c[ 1 .. $#c ]) ? 0 : 1;
        $row->{label} = $c[0];
        $row->{rest} = [ @c[ 1 .. $#c ] ];
        $row->{rest} = [] if $row->{heading};
        $row->{empties} = $row->{heading} ? $#c : 0;
    }
    return \%rep;
}

# ---------------------------------------------------------------------------
# Writing HTML
# ---------------------------------------------------------------------------

# Escapes text; NBSP and characters GBK lacks become entities.
sub esc {
    my ($s) = @_;
    $s =~ s/&/&amp;/g;
    $s =~ s/</&lt;/g;
    $s =~ s/>/&gt;/g;
    $s =~ s/\x{00A0}/&nbsp;/g;
    $s =~ s/([\x{2022}\x{2003}\x{2002}])/sprintf('&#x%X;', ord $1)/ge;
    return $s;
}

# A FNV-1a hash of a string, for choices that must not change between runs.
sub fnv {
    my ($s) = @_;
    my $h = 2166136261;
    for my $b (unpack 'C*', $s) { $h ^= $b; $h = ($h * 16777619) & 0xFFFFFFFF }
    return $h;
}

# Word wraps numbering in a list marker that only Word shows as a list.
sub word_label {
    my ($label, $k) = @_;
    my $span = "<span style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>";
    if ($k % 3 == 0 && $label =~ /^([（(][一二三四五六七八九十]+[）)]|\d+[、.])(.+)$/) {
        return "<![if !supportLists]><span style='mso-list:Ignore'>" . esc($1)
            . "<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span><![endif]>"
            . $span . esc($2) . '</span>';
    }
    # digits in their own span, as Word writes them
    my $html = esc($label);
    $html =~ s{(\d+)}{<span lang=EN-US>$1</span>}g;
    return $span . $html . '</span>';
}

sub word_p {
    my ($inner, $align) = @_;
    my $a = $align ? " align=$align style='text-align:$align'" : '';
    return "<p class=MsoNormal$a>$inner<span lang=EN-US><o:p></o:p></span></p>";
}

sub word_cell {
    my ($inner, $width, %attr) = @_;
    my $span = join '', map { " $_=$attr{$_}" } sort keys %attr;
    return "  <td width=$width$span valign=center style='width:${width}.0pt;border:solid windowtext 1.0pt;\n"
         . "  border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
         . "  $inner\n  </td>\n";
}

sub word_page {
    my ($rep) = @_;
    my @h;
    push @h, '<html xmlns:v="urn:schemas-microsoft-com:vml"',
        'xmlns:o="urn:schemas-microsoft-com:office:office"',
        'xmlns:w="urn:schemas-microsoft-com:office:word"',
        'xmlns="http://www.w3.org/TR/REC-html40">', '', '<head>',
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
        '<meta name=ProgId content=Word.Document>',
        '<meta name=Generator content="Microsoft Word 15">',
        '<title>' . esc($rep->{title}) . '</title>',
        '<!--[if gte mso 9]><xml>', ' <o:DocumentProperties>', '  <o:Author>admin</o:Author>',
        '  <o:Pages>3</o:Pages>', '  <o:Words>1256</o:Words>', ' </o:DocumentProperties>',
        '</xml><![endif]--><!--[if gte mso 9]><xml>', ' <w:WordDocument>',
        '  <w:SpellingState>Clean</w:SpellingState>', '  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>',
        '  <w:Compatibility><w:SpaceForUL/></w:Compatibility>', ' </w:WordDocument>', '</xml><![endif]-->',
        '<style>', '<!--', ' /* Font Definitions */', ' @font-face', "\t{font-family:宋体;",
        "\tpanose-1:2 1 6 0 3 1 1 1 1 1;}", 'p.MsoNormal, li.MsoNormal, div.MsoNormal',
        "\t{mso-style-parent:\"\";", "\tmargin:0cm;", "\ttext-align:justify;", "\tfont-size:10.5pt;}",
        '@page WordSection1', "\t{size:595.3pt 841.9pt;", "\tmso-page-orientation:portrait;}",
        'div.WordSection1', "\t{page:WordSection1;}", '-->', '</style>',
        '<!--[if gte mso 10]>', '<style>', ' table.MsoNormalTable {mso-style-name:普通表格;}', '</style>',
        '<![endif]-->', '</head>', '',
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>", '',
        "<div class=WordSection1 style='layout-grid:15.6pt'>", '';
    push @h, word_p("<b><span style='font-size:18.0pt;font-family:方正小标宋简体'>" . esc($rep->{title})
        . '</span></b>', 'center');
    push @h, word_p('<span lang=EN-US>&nbsp;</span>');
    for my $m (@{ $rep->{meta} }) {
        push @h, word_p("<span style='font-family:仿宋_GB2312'>" . esc("$m->[0]$m->[1]$m->[2]")
            . "<span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span></span>");
    }
    for my $line (@{ $rep->{body} }) {
        if ($line =~ /统计表$/) {
            push @h, word_p('<b>' . word_label($line, 1) . '</b>', 'center');
        } else {
            push @h, word_p("<span style='font-family:仿宋_GB2312'>&nbsp;&nbsp;&nbsp;&nbsp;"
                . esc($line) . '</span>');
        }
    }
    push @h, '', "<div align=center>", '',
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=568",
        " style='width:426.1pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;",
        " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>";
    my $k = 0;
    my @widths = (300, 60, 80);
    push @h, " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.5pt'>";
    for my $c (0 .. $#{ $rep->{header} }) {
        push @h, word_cell(word_p("<b><span style='font-family:黑体'>" . esc($rep->{header}[$c])
            . '</span></b>', 'center'), $widths[$c] // 80);
    }
    push @h, ' </tr>';
    for my $row (@{ $rep->{rows} }) {
        $k++;
        push @h, " <tr style='mso-yfti-irow:$k;height:20.0pt'>";
        my $label = word_p(word_label($row->{label}, $k));
        $label .= "\n  " . word_p("<span style='font-size:9.0pt'>" . esc($row->{note}) . '</span>')
            if defined $row->{note};
        if ($row->{heading}) {
            # Word leaves a heading's other cells in place, empty
            push @h, word_cell($label, 300);
            push @h, word_cell(word_p('<span lang=EN-US>&nbsp;</span>', 'center'), 60) for 1 .. $row->{empties};
        } else {
            push @h, word_cell($label, 300);
            for my $c (@{ $row->{rest} }) {
                my $text = $c eq '' ? '<span lang=EN-US>&nbsp;</span>'
                                    : '<span lang=EN-US>' . esc($c) . '</span>';
                push @h, word_cell(word_p($text, 'center'), 60);
            }
        }
        push @h, ' </tr>';
    }
    push @h, '</table>', '', '</div>', '', word_p('<span lang=EN-US><o:p>&nbsp;</o:p></span>'),
        '', '</div>', '', '</body>', '', '</html>';
    return join("\n", @h) . "\n";
}

sub cms_page {
    my ($rep, $grouped) = @_;
    my $site = ($rep->{title} =~ /^(.+?[县市区])/ ? $1 : '某地') . '人民政府';
    my @h;
    push @h, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        . ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">', '<head>',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta name="SiteName" content="' . esc($site) . '" />',
        '<meta name="ArticleTitle" content="' . esc($rep->{title}) . '" />',
        '<title>' . esc($rep->{title}) . '_' . esc($site) . '</title>',
        '<link rel="stylesheet" type="text/css" href="/css/style.css" />',
        '<style type="text/css">', '.xxgk td { border: 1px solid #ccc; padding: 4px }',
        '#zoom p { text-indent: 2em; line-height: 2 }', '</style>',
        '<script type="text/javascript">',
        'var _hmt = _hmt || []; function doZoom(size) { document.getElementById("zoom").style.fontSize = size + "px"; }',
        'if (a < b && "</td>" != "<tr>") { document.write("<table><tr><td>not a cell</td></tr></table>"); }',
        '</script>', '</head>', '<body>',
        '<div id="header"><div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a>'
        . ' | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div></div>',
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="layout">',
        '<tr>', '<td width="200" valign="top" class="left">',
        '<ul class="menu"><li><a href="#">机构概况</a></li><li><a href="#">政府信息公开指南</a></li>'
        . '<li><a href="#">政府信息公开目录</a></li><li><a href="#">政府信息公开年报</a></li></ul>',
        '</td>', '<td width="800" valign="top" class="main">',
        '<div class="crumb">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>'
        . '&nbsp;&gt;&nbsp;政府信息公开年报</div>',
        '<h1 class="title">' . esc($rep->{title}) . '</h1>';
    # the header fields, two to a row, as 政府信息公开 pages print them
    my @meta = @{ $rep->{meta} };
    push @h, '<table class="xxgk" width="100%" cellspacing="0">';
    while (@meta) {
        my @pair = splice @meta, 0, 2;
        my $row = '<tr>';
        for my $m (@pair) {
            $row .= '<td class="name">' . esc("$m->[0]$m->[1]") . '</td><td'
                . (@pair == 1 ? ' colspan="3"' : '') . '>' . esc($m->[2]) . '</td>';
        }
        push @h, "$row</tr>";
    }
    push @h, '</table>',
        '<div class="tools">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a>'
        . ' <a href="javascript:doZoom(12)">小</a>】</div>', '<div id="zoom">';
    for my $line (@{ $rep->{body} }) {
        if ($line =~ /统计表$/) {
            push @h, '<p style="text-align:center"><strong>' . esc($line) . '</strong></p>';
        } elsif ($line =~ /^[一二三四五六七八九十]+、/) {
            push @h, '<p><strong>' . esc($line) . '</strong></p>';
        } else {
            push @h, '<p>' . esc($line) . '</p>';
        }
    }
    push @h, cms_table($rep, $grouped), '</div>',
        '<div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>',
        '</td>', '</tr>', '</table>',
        '<div id="footer"><p>主办单位：' . esc($site) . '办公室</p><p>网站标识码：5301230001</p></div>',
        '<script src="/js/stat.js"></script>',
        '<script>document.getElementById("zoom").className += " loaded";</script>',
        '</body>', '</html>';
    return join("\n", @h) . "\n";
}

sub td {
    my ($text, %attr) = @_;
    my $a = join '', map { qq( $_="$attr{$_}") } sort keys %attr;
    return "<td$a>" . ($text eq '' ? '&nbsp;' : esc($text)) . '</td>';
}

sub cms_table {
    my ($rep, $grouped) = @_;
    my @rows = @{ $rep->{rows} };
    my @h = ('<table class="tj" width="100%" border="1" cellspacing="0" cellpadding="0">', '<tbody>');

    # grouped: a value-less section heading spans the rows up to the next section
    my %span_of;
    if ($grouped) {
        for my $i (0 .. $#rows) {
            next unless $rows[$i]{heading} && $rows[$i]{label} =~ $TOP_HEADING && !defined $rows[$i]{note};
            my $j = $i + 1;
            $j++ while $j < @rows && $rows[$j]{label} !~ $TOP_HEADING;
            $span_of{$i} = $j - $i - 1 if $j - $i - 1 >= 1;
        }
    }
    my $label_cols = $grouped ? 2 : 1;
    push @h, '<tr>' . join('', map {
        $_ == 0 && $label_cols == 2 ? '<th colspan="2">' . esc($rep->{header}[0]) . '</th>'
                                    : '<th>' . esc($rep->{header}[$_]) . '</th>'
    } 0 .. $#{ $rep->{header} }) . '</tr>';

    my ($group, $members, $first) = (undef, 0, 0);
    for my $i (0 .. $#rows) {
        my $row = $rows[$i];
        if (exists $span_of{$i}) {
            ($group, $members, $first) = ($row->{label}, $span_of{$i}, 1);
            next;
        }
        my $cells = '';
        my $in_group = $members > 0;
        if ($in_group) {
            $cells .= td($group, rowspan => $span_of{ $i - 1 }) if $first;
            ($first, $members) = (0, $members - 1);
        }
        # a heading printed with empty fields spans them
        my $span = ($in_group ? 1 : $label_cols) + ($row->{heading} ? $row->{empties} : 0);
        my $label = esc($row->{label}) . (defined $row->{note} ? '<br />' . esc($row->{note}) : '');
        $cells .= '<td' . ($span > 1 ? qq( colspan="$span") : '') . ">$label</td>";
        $cells .= td($_) for @{ $row->{rest} };
        push @h, "<tr>$cells</tr>";
    }
    push @h, '</tbody>', '</table>';
    return @h;
}

# ---------------------------------------------------------------------------
# The national templates (gb2019, gb2021): tables 表二, 表三, 表四 between prose
# ---------------------------------------------------------------------------

# A report whose tables are printed one row per line, cells split by tabs, each
# table a run of lines without a blank line, the group labels of 表三
# (三、本年度办理结果, （三）不予公开) on lines of their own.
# Returns { title, meta, blocks => [ [p => line] | [table => [[cells]...]] ] }.
sub read_national {
    my ($path) = @_;
    open my $fh, '<:encoding(UTF-8)', $path or die "$path: $!";
    my @lines = map { s/\r?\n$//r } <$fh>;
    close $fh;
    my %rep = (meta => [], blocks => []);
    shift @lines while @lines && trim($lines[0]) eq '';
    $rep{title} = trim(shift @lines);
    my @runs = ([]);    # runs of lines between blank lines
    for my $line (@lines) {
        if (trim($line) eq '') { push @runs, [] if @{ $runs[-1] } }
        else { push @{ $runs[-1] }, $line }
    }
    for my $run (@runs) {
        if (grep { /\t/ } @$run) {
            push @{ $rep{blocks} }, [ table => [ map { [ map { trim($_) } split /\t/ ] } @$run ] ];
            next;
        }
        for my $line (@$run) {
            if (!@{ $rep{blocks} } && trim($line) =~ /^($META_NAMES)([:：])(.*)$/) {
                push @{ $rep{meta} }, [ $1, $2, $3 ];
            } else {
                push @{ $rep{blocks} }, [ p => trim($line) ];
            }
        }
    }
    return \%rep;
}

sub th_row { return '<tr>' . join('', map { '<th' . ($_->[1] // '') . '>' . esc($_->[0]) . '</th>' } @_) . '</tr>' }

# 表三 as the template prints it: the applicant columns under two header rows,
# 三、本年度办理结果 and （三）不予公开-style groups as rowspans, labels spanning the
# label columns they fill.
sub table3 {
    my (@rows) = @_;
    my $head = shift @rows;    # 申请人情况, 自然人, five organisation columns, 总计
    my @h = ('<table class="tj" border="1" cellspacing="0">',
        th_row([ '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"' ],
               [ $head->[0], ' colspan="7"' ]),
        th_row([ $head->[1], ' rowspan="2"' ], [ '法人或其他组织', ' colspan="5"' ], [ $head->[7], ' rowspan="2"' ]),
        th_row(map { [$_] } @{$head}[ 2 .. 6 ]));
    # rows under each group label, to size the rowspans
    my (@out, $top, $sub);
    for my $r (@rows) {
        if (@$r == 1 && $r->[0] =~ $TOP_HEADING) { $top = { label => $r->[0], n => 0 }; $sub = undef; next }
        if (@$r == 1) { $sub = { label => $r->[0], n => 0 }; next }
        $top = undef if $r->[0] =~ $TOP_HEADING;
        $sub = undef if $sub && $r->[0] =~ /^[（(]/;
        $top->{n}++ if $top;
        $sub->{n}++ if $sub;
        push @out, { cells => $r, top => $top, sub => $sub };
    }
    my (%top_done, %sub_done);
    for my $o (@out) {
        my ($label, @values) = @{ $o->{cells} };
        my $tr = '<tr>';
        my $cols = 3;
        if ($o->{top}) {
            $tr .= td($o->{top}{label}, rowspan => $o->{top}{n}) unless $top_done{ $o->{top} }++;
            $cols--;
            if ($o->{sub}) {
                $tr .= td($o->{sub}{label}, rowspan => $o->{sub}{n}) unless $sub_done{ $o->{sub} }++;
                $cols--;
            }
        }
        $tr .= td($label, $cols > 1 ? (colspan => $cols) : ());
        $tr .= td($_) for @values;
        push @h, "$tr</tr>";
    }
    return (@h, '</table>');
}

# 表四 as printed: 行政复议 over five columns, 行政诉讼 over ten in two groups.
sub table4 {
    my (@rows) = @_;
    my ($top, $names, @values) = @rows;
    my @five = @{$names}[ 0 .. 4 ];
    return ('<table class="tj" border="1" cellspacing="0">',
        th_row([ $top->[0], ' colspan="5"' ], [ $top->[1], ' colspan="10"' ]),
        th_row((map { [ $_, ' rowspan="2"' ] } @five), [ $names->[5], ' colspan="5"' ], [ $names->[6], ' colspan="5"' ]),
        th_row(map { [$_] } @five, @five),
        (map { '<tr>' . join('', map { td($_) } @$_) . '</tr>' } @values),
        '</table>');
}

# Any other table: a row with fewer cells than the widest spans its last cell.
sub plain_table {
    my (@rows) = @_;
    my $width = 0;
    for (@rows) { $width = @$_ if @$_ > $width }
    my @h = ('<table class="tj" border="1" cellspacing="0">');
    for my $r (@rows) {
        my @c = @$r;
        my $last = pop @c;
        push @h, '<tr>' . join('', map { td($_) } @c)
            . td($last, @$r < $width ? (colspan => $width - @$r + 1) : ()) . '</tr>';
    }
    return (@h, '</table>');
}

sub national_page {
    my ($rep) = @_;
    my @h = ('<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
        '<title>' . esc($rep->{title}) . '</title>',
        '<script>window.dataLayer = [{"page": "article"}];</script>', '</head>', '<body>',
        '<div class="article">', '<h2>' . esc($rep->{title}) . '</h2>', '<div class="meta">');
    push @h, '<span>' . esc("$_->[0]$_->[1]$_->[2]") . '</span>&nbsp;&nbsp;&nbsp;&nbsp;' for @{ $rep->{meta} };
    push @h, '</div>', '<div class="content">';
    for my $b (@{ $rep->{blocks} }) {
        my ($kind, $x) = @$b;
        if ($kind eq 'p') {
            push @h, '<p>' . esc($x) . '</p>';
        } elsif ($x->[0][0] eq '申请人情况') {
            push @h, table3(@$x);
        } elsif ($x->[0][0] eq '行政复议') {
            push @h, table4(@$x);
        } else {
            push @h, plain_table(@$x);
        }
    }
    push @h, '</div>', '</div>', '</body>', '</html>';
    return join("\n", @h) . "\n";
}

sub page {
    my ($rep, $style) = @_;
    return national_page($rep) if $style eq 'national';
    return word_page($rep) if $style eq 'word';
    return cms_page($rep, $style eq 'cms-grouped');
}

sub default_style {
    my ($path) = @_;
    return (qw(word cms cms-grouped))[ fnv(basename($path)) % 3 ];
}

sub write_page {
    my ($path, $html) = @_;
    if (!defined $path || $path eq '-') {
        print $html;
        return;
    }
    open my $fh, '>:encoding(UTF-8)', $path or die "$path: $!";
    print $fh $html;
    close $fh or die "$path: $!";
}

sub main {
    my %o;
    GetOptions(\%o, 'style=s', 'out=s', 'examples', 'help')
        or die "usage: perl $0 [--style word|cms|cms-grouped] [--out FILE] REPORT.txt\n";
    if ($o{examples}) {
        my $data = dirname(__FILE__) . '/data';
        my $out = $o{out} // "$data/html";
        for my $e (@EXAMPLES) {
            my ($source, $style) = @$e;
            my $rep = $style eq 'national' ? read_national("$data/$source.txt") : read_report("$data/$source.txt");
            write_page("$out/" . basename($source) . ".$style.html", page($rep, $style));
        }
        return;
    }
    die "usage: perl $0 [--style word|cms|cms-grouped] [--out FILE] REPORT.txt\n" unless @ARGV == 1;
    my $style = $o{style} // default_style($ARGV[0]);
    die "unknown style $style\n" unless $style =~ /^(?:word|cms|cms-grouped|national)$/;
    write_page($o{out}, page($style eq 'national' ? read_national($ARGV[0]) : read_report($ARGV[0]), $style));
}

main();
