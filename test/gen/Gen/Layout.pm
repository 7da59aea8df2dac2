# Gen::Layout -- print the abstract tables of Gen::Tables in each layout.
#
# Every renderer takes ($r, $rep, $table) and returns a list of blocks: a block
# is a line, or several lines joined by "\n" that a PDF page never splits (a
# wrapped table row). The PDF paginator (paginate) inserts page numbers and form
# feeds between blocks, so they land inside tables too.
#
#   flat     one cell per line: caption and header cells, then for each row the
#            group labels it opens, its label, and its cells; blank-line
#            separated or not; blank cells as '', -, —, /, &nbsp;, NBSP, 无
#   tabs     one table row per line, cells separated by tabs
#   spaces   one table row per line, aligned with runs of spaces
#   pdf      like pdftotext -layout (see render_pdf)
#   pdfraw   like pdftotext reading order: one token per line (see render_pdfraw)
#   pipes    Markdown tables (| a | b |) or one cell per line ending in |
#   glued    cells glued with no separator (see render_glued and Gen::Glue)
package Gen::Layout;

use strict;
use warnings;
use utf8;
use Exporter qw(import);
use Gen::Util qw(min max width pad rpad);
use Gen::Glue qw(glue_splits);
use Gen::Pieces qw(open_cells pieces_tokens sums_hold);

our @EXPORT_OK = qw(render paginate wrap_width put);

my %RENDER = (flat => \&render_flat, tabs => \&render_tabs, spaces => \&render_spaces, pdf => \&render_pdf,
              pdfraw => \&render_pdfraw, pipes => \&render_pipes, glued => \&render_glued);

sub render { my ($layout, $r, $rep, $t) = @_; return $RENDER{$layout}->($r, $rep, $t) }

# printed text of a cell, undef when blank
sub ptext {
    my ($rep, $code) = @_;
    my $p = $rep->{print}{$code};
    return undef unless defined $p;
    return $p . ($rep->{annot}{$code} // '');
}

my %BLANKS = (
    flat     => [ '', '-', '—', '/', '&nbsp;', "\x{00A0}", '无' ],
    flat_sep => [ '-', '—', '/', '&nbsp;', "\x{00A0}", '无' ],
    tabs     => [ '', '-', '—', '/', '&nbsp;' ],
    pipes    => [ '', '-', '—', '/', '&nbsp;' ],
    marked   => [ '-', '—', '/' ],
);

sub cell_text {
    my ($r, $rep, $code, $set) = @_;
    my $t = ptext($rep, $code);
    return $t if defined $t;
    return $r->pick(@{ $BLANKS{$set} });
}

# Place $text at display column $x of $line (at least one space after what is
# there already).
sub put {
    my ($line, $x, $text) = @_;
    my $w = width($line);
    if ($w < $x) { $line .= ' ' x ($x - $w) }
    elsif ($line ne '' && $line !~ / $/) { $line .= ' ' }
    return $line . $text;
}

# split a label into pieces of at most $max display columns (a run of
# ASCII digits, letters and dots is never split: PDF lines do not break there)
sub wrap_width {
    my ($text, $max) = @_;
    my @out;
    my $cur = '';
    for my $ch ($text =~ /([0-9A-Za-z.@\-]+|.)/gs) {
        if (width($cur . $ch) > $max && $cur ne '') { push @out, $cur; $cur = '' }
        $cur .= $ch;
    }
    push @out, $cur if $cur ne '';
    return @out;
}

# ---------------------------------------------------------------------------
# flat
# ---------------------------------------------------------------------------
sub render_flat {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    my $set = $s->{flat_sep} ? 'flat_sep' : 'flat';
    my @cells = (@{ $t->{caption} // [] }, map { @$_ } @{ $t->{head} });
    for my $row (@{ $t->{rows} }) {
        push @cells, map { $_->{text} } grep { $_->{first} } @{ $row->{groups} };
        push @cells, $row->{label} if $row->{label} ne '';
        next if $row->{heading};
        push @cells, $row->{unit} if defined $row->{unit};
        push @cells, map { cell_text($r, $rep, $_, $set) } @{ $row->{codes} };
    }
    return $s->{flat_sep} ? map { ($_, '') } @cells : @cells;
}

# ---------------------------------------------------------------------------
# tabs
# ---------------------------------------------------------------------------

# the label fields of a row: padded (three label columns, as a spreadsheet
# copy gives) or only the cells the HTML row has (rowspan cells on the first row)
sub label_fields {
    my ($row, $padded, $t) = @_;
    return ($row->{label}) if $t->{kind} ne 't3';
    my @g = @{ $row->{groups} };
    if ($padded) {
        return ($row->{label}, '', '') if !@g;
        return (($g[0]{first} ? $g[0]{text} : ''), $row->{label}, '') if @g == 1;
        return (($g[0]{first} ? $g[0]{text} : ''), ($g[1]{first} ? $g[1]{text} : ''), $row->{label});
    }
    return ((map { $_->{text} } grep { $_->{first} } @g), $row->{label});
}

sub render_tabs {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    my @L = @{ $t->{caption} // [] };
    push @L, join "\t", @$_ for @{ $t->{head} };
    for my $row (@{ $t->{rows} }) {
        if ($row->{heading}) {
            push @L, $s->{heading_tabs} ? $row->{label} . "\t" x (1 + @{ $t->{cols} }) : $row->{label};
            next;
        }
        my @f = $t->{kind} eq 't4' ? () : label_fields($row, $s->{tabs_pad}, $t);
        push @f, $row->{unit} if defined $row->{unit};
        push @f, map { cell_text($r, $rep, $_, 'tabs') } @{ $row->{codes} };
        push @L, join "\t", @f;
    }
    return @L;
}

# ---------------------------------------------------------------------------
# pipes: Markdown tables, or one cell per line ending in |
# ---------------------------------------------------------------------------

# header words split over two rows, as converters print narrow columns
my %SPLIT_WORDS = (
    '商业企业'     => [ [ '商业企', '业' ], [ '商业', '企业' ] ],
    '科研机构'     => [ [ '科研机', '构' ], [ '科研', '机构' ] ],
    '社会公益组织' => [ [ '社会公益', '组织' ], [ '社会公', '益组织' ], [ '社会', '公益组织' ] ],
    '法律服务机构' => [ [ '法律服务', '机构' ], [ '法律服', '务机构' ], [ '法律', '服务机构' ] ],
    '结果维持' => [ [ '结果', '维持' ] ], '结果纠正' => [ [ '结果', '纠正' ] ],
    '其他结果' => [ [ '其他', '结果' ], [ '其他结', '果' ] ], '尚未审结' => [ [ '尚未', '审结' ], [ '尚未审', '结' ] ],
    '计量单位' => [ [ '计量', '单位' ] ], '历年累计' => [ [ '历年', '累计' ] ], '本年累计' => [ [ '本年', '累计' ] ],
    '本年制发件数' => [ [ '本年制发', '件数' ] ], '本年废止件数' => [ [ '本年废止', '件数' ] ],
    '现行有效件数' => [ [ '现行有效', '件数' ] ],
);

sub split_word {
    my ($r, $rep, $word) = @_;
    my $v = $SPLIT_WORDS{$word} or return ($word, '');
    my $i = ($rep->{style}{split_pick} // 0) % @$v;
    return @{ $v->[$i] };
}

sub md_row { my (@c) = @_; return '| ' . join(' | ', @c) . ' |' }

sub render_pipes {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    return render_cellpipe($r, $rep, $t) if $s->{pipes_mode} eq 'cellpipe';
    my @L;
    my $in_table = 0;
    my $emit = sub {    # a table row; a new table needs its separator row
        my (@c) = @_;
        push @L, md_row(@c);
        if (!$in_table) { push @L, md_row(('---') x @c) =~ s/ //gr; $in_table = 1 }
    };
    my $text = sub { push @L, '' if $in_table; push @L, @_; $in_table = 0 };
    $text->(@{ $t->{caption} }) if $t->{caption};

    my $wide = $s->{md_wide};
    if ($t->{kind} eq 't3') {
        my @h = @{ $t->{head} };
        my $note = @{ $h[0] } > 1 ? $h[0][0] : '';
        if ($s->{md_split}) {    # the converter shreds the header over plain lines and rows
            $text->('申请人情况', '法人或其他组织');
            $text->($note) if $note;
            my @five = @{ $h[2] };
            my @sp = map { [ split_word($r, $rep, $_) ] } @five;
            $emit->('', '自然人', (map { $_->[0] } @sp), '总计');
            $emit->('', '', (map { $_->[1] } @sp), '');
        } else {
            $emit->($wide ? ($note, '', '', '申请人情况', ('') x 6) : ($note, '申请人情况'));
            $emit->($wide ? ('', '', '', '自然人', '法人或其他组织', ('') x 4, '总计') : ('', '自然人', '法人或其他组织', '总计'));
            $emit->($wide ? ('', '', '', '', @{ $h[2] }, '') : ('', '', @{ $h[2] }, ''));
        }
        my %detached;    # rows whose label the converter left outside the table
        if ($s->{md_detach}) {
            my @cand = map { $_->{key} } grep { $_->{lvl} >= 1 && width($_->{label}) > 16 } @{ $t->{rows} };
            %detached = map { ($_ => 1) } Gen::Util::pick_n($r, $r->range(1, 2), @cand);
        }
        for my $row (@{ $t->{rows} }) {
            my @v = map { cell_text($r, $rep, $_, 'pipes') } @{ $row->{codes} };
            if ($detached{ $row->{key} }) {    # label as plain text, numbers in a table of their own
                my @pieces = width($row->{label}) > 36 ? wrap_width($row->{label}, 34) : ($row->{label});
                $text->((map { $_->{text} } grep { $_->{first} } @{ $row->{groups} }), @pieces);
                $emit->(@v);
                next;
            }
            $emit->(label_fields($row, $wide, $t), @v);
        }
    } elsif ($t->{kind} eq 't4') {
        $emit->(@{ $t->{head}[0] }) if !$s->{md_split};
        $text->('行政复议', '行政诉讼') if $s->{md_split};
        $emit->(@{ $t->{head}[1] });
        $emit->(@{ $t->{head}[2] });
        $emit->(map { cell_text($r, $rep, $_, 'pipes') } @{ $t->{rows}[0]{codes} });
    } else {
        my $ncols = @{ $t->{head}[0] };
        $emit->(@{ $t->{head}[0] });
        for my $row (@{ $t->{rows} }) {
            if ($row->{heading}) { $emit->($row->{label}, ('') x ($ncols - 1)); next }
            my @f = ($row->{label});
            push @f, $row->{unit} if defined $row->{unit};
            push @f, map { cell_text($r, $rep, $_, 'pipes') } @{ $row->{codes} };
            $emit->(@f);
        }
    }
    push @L, '' if $in_table;
    return @L;
}

# one cell per line, each ending in |
sub render_cellpipe {
    my ($r, $rep, $t) = @_;
    my @cells = (@{ $t->{caption} // [] }, map { @$_ } @{ $t->{head} });
    for my $row (@{ $t->{rows} }) {
        push @cells, map { $_->{text} } grep { $_->{first} } @{ $row->{groups} };
        push @cells, $row->{label} if $row->{label} ne '';
        next if $row->{heading};
        push @cells, $row->{unit} if defined $row->{unit};
        push @cells, map { cell_text($r, $rep, $_, 'pipes') } @{ $row->{codes} };
    }
    return map { ($_ eq '' ? '' : $_) . '|' } @cells;
}

# ---------------------------------------------------------------------------
# spaces: simple aligned columns
# ---------------------------------------------------------------------------
sub render_spaces {
    my ($r, $rep, $t) = @_;
    my @L = @{ $t->{caption} // [] };
    my $ind = sub { return '  ' x $_[0] };
    my $lw = 0;
    for my $row (@{ $t->{rows} }) {
        my $w = width($ind->($row->{lvl}) . $row->{label});
        $lw = $w if $w > $lw && !$row->{heading};
    }
    $lw += $r->range(2, 5);
    my $cw = 0;
    for my $h (@{ $t->{cols} }) { $cw = width($h) if width($h) > $cw }
    for my $row (@{ $t->{rows} }) {
        for my $c (@{ $row->{codes} }) { my $p = ptext($rep, $c) // '-'; $cw = width($p) if width($p) > $cw }
    }
    $cw += 2;
    my $uw = $t->{kind} eq 'list' ? 8 : 0;
    my $vals = sub {
        my ($row) = @_;
        return join '', map { rpad(cell_text($r, $rep, $_, 'marked'), $cw) } @{ $row->{codes} };
    };
    if ($t->{kind} eq 't3') {
        my $note = @{ $t->{head}[0] } > 1 ? $t->{head}[0][0] : undef;
        push @L, $note if defined $note;
        push @L, ' ' x ($lw + 3 * $cw) . '申请人情况';
        push @L, ' ' x ($lw + 3 * $cw) . '法人或其他组织';
        push @L, ' ' x $lw . join '', map { rpad($_, $cw) } @{ $t->{cols} };
        for my $row (@{ $t->{rows} }) {
            for my $g (grep { $_->{first} } @{ $row->{groups} }) {
                push @L, $ind->($g->{id} eq 'g3' ? 0 : 1) . $g->{text};
            }
            push @L, pad($ind->($row->{lvl}) . $row->{label}, $lw) . $vals->($row);
        }
    } elsif ($t->{kind} eq 't4') {
        my $c4 = max($cw, 10);
        push @L, pad('行政复议', 5 * $c4) . '行政诉讼';
        push @L, ' ' x (5 * $c4) . pad('未经复议直接起诉', 5 * $c4) . '复议后起诉';
        push @L, join '', map { rpad($_, $c4) } @{ $t->{cols} };
        push @L, join '', map { rpad(cell_text($r, $rep, $_, 'marked'), $c4) } @{ $t->{rows}[0]{codes} };
    } else {
        my ($h0, @hr) = @{ $t->{head}[0] };
        if ($t->{kind} eq 'list') {
            my ($hu, @hv) = @hr;
            push @L, pad($h0, $lw) . pad($hu, $uw) . join '', map { rpad($_, $cw) } @hv;
        } else {
            push @L, pad($h0, $lw) . join '', map { rpad($_, $cw) } @hr;
        }
        for my $row (@{ $t->{rows} }) {
            if ($row->{heading}) { push @L, $ind->($row->{lvl}) . $row->{label}; next }
            my $line = pad($ind->($row->{lvl}) . $row->{label}, $lw);
            $line .= pad($row->{unit}, $uw) if defined $row->{unit};
            push @L, $line . $vals->($row);
        }
    }
    s/\s+$// for @L;
    return @L;
}

# ---------------------------------------------------------------------------
# pdf: pdftotext -layout
#   header words split over two lines (商业企 / 业); the group label
#   三、本年度办理结果 printed one character per line between and before data
#   rows; sub-group labels split over two lines between rows (（三）不 / 予公开)
#   or printed on a row's line before its label; labels wider than the label
#   column wrapped, the numbers on the middle line; page numbers and form feeds
#   between any two blocks (paginate).
# ---------------------------------------------------------------------------
sub render_pdf {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    my @B;
    my $gap = sub { push @B, ('') x $s->{pdf_gap} };
    my $right = $s->{pdf_right};
    my $place_vals = sub {    # values of a row at the column positions
        my ($line, $xs, $cw, $codes) = @_;
        for my $i (0 .. $#$codes) {
            my $v = cell_text($r, $rep, $codes->[$i], 'marked');
            my $x = $right ? $xs->[$i] + $cw - 1 - width($v) : $xs->[$i];
            $line = put($line, $x, $v);
        }
        return $line;
    };

    if ($t->{kind} eq 't2') {
        my $cw = 16 + $r->range(0, 4);
        my $lw = 16 + $r->range(0, 6);
        my @xs = map { $lw + $_ * $cw } 0 .. $#{ $t->{cols} };
        push @B, ' ' x $r->range(8, 30) . $t->{caption}[0], '';
        my $h = put(' ' x $r->range(2, 7) . '信息内容', $xs[0], '');
        $h =~ s/\s+$//;
        for my $i (0 .. $#{ $t->{cols} }) { $h = put($h, $xs[$i] - 2, $t->{cols}[$i]) }
        push @B, $h, '';
        for my $row (@{ $t->{rows} }) {
            push @B, $place_vals->($row->{label}, \@xs, $cw, $row->{codes});
            $gap->();
        }
        return @B;
    }
    if ($t->{kind} eq 't4') {
        my $cw = $r->range(6, 8);
        my @xs = map { $_ * $cw } 0 .. 14;
        my @head;
        push @head, put(put('', 0, '行政复议'), $xs[5], '行政诉讼');
        push @head, put(put('', $xs[5], '未经复议直接起诉'), $xs[10], '复议后起诉');
        my ($a, $b) = ('', '');
        for my $i (0 .. 14) {
            my $word = $t->{cols}[$i];
            if ($word eq '总计') {
                if ($s->{pdf_total_low}) { $b = put($b, $xs[$i], $word) } else { $a = put($a, $xs[$i], $word) }
                next;
            }
            my ($p1, $p2) = split_word($r, $rep, $word);
            $a = put($a, $xs[$i], $p1);
            $b = put($b, $xs[$i], $p2);
        }
        push @head, $a, $b;
        push @B, join "\n", @head;
        push @B, '', $place_vals->('', \@xs, $cw, $t->{rows}[0]{codes});
        return @B;
    }
    if ($t->{kind} eq 'list') {
        my $lw = $s->{pdf_lw};
        my $uw = 8;
        my $cw = 10;
        my @xs = map { $lw + $uw + $_ * $cw } 0 .. $#{ $t->{cols} };
        my ($h0, $hu, @hv) = @{ $t->{head}[0] };
        my ($a, $b) = (put('', $r->range(4, 10), $h0), '');
        for my $w ([ $lw, $hu ], map { [ $xs[$_], $hv[$_] ] } 0 .. $#hv) {
            my ($p1, $p2) = $s->{pdf_split_head} ? split_word($r, $rep, $w->[1]) : ($w->[1], '');
            $a = put($a, $w->[0], $p1);
            $b = put($b, $w->[0], $p2) if $p2 ne '';
        }
        push @B, join "\n", $a, ($b ne '' ? $b : ());
        push @B, '';
        for my $row (@{ $t->{rows} }) {
            my $ind = ' ' x (2 * $row->{lvl});
            if ($row->{heading}) { push @B, $ind . $row->{label}; next }
            my @pieces = wrap_width($row->{label}, $lw - length($ind) - 2);
            my $vals = $place_vals->(put('', $lw, $row->{unit}), \@xs, $cw, $row->{codes});
            $vals =~ s/^\s+//;
            my $vx = $lw;
            my $with = sub { my ($lab) = @_; return put($ind . $lab, $vx, $vals) };
            if (@pieces == 1) {
                push @B, $with->($pieces[0]);
            } elsif (@pieces == 2) {
                push @B, join "\n", $ind . $pieces[0], $with->(''), $ind . $pieces[1];
            } else {
                push @B, join "\n", $ind . $pieces[0], (map { $ind . $_ } @pieces[ 1 .. $#pieces - 1 ]) , $with->(''),
                    $ind . $pieces[-1];
            }
            $gap->();
        }
        return @B;
    }

    # 表三
    my $prefix = $s->{pdf_sub_prefix};
    my $leaf_ind = $prefix ? 22 : 13;
    my $lw = $leaf_ind + $r->range(22, 30);
    my $cw = $r->range(8, 10);
    my @xs = map { $lw + $_ * $cw } 0 .. 6;
    # header
    my @h;
    push @h, put('', $xs[2] + 2, '申请人情况');
    my $note = @{ $t->{head}[0] } > 1;
    push @h, put($note ? '（本列数据的勾稽关系为：第一项加第二项之和，' : '', $xs[2], '法人或其他组织');
    push @h, '等于第三项加第四项之和）' if $note;
    push @h, put(put('', $xs[0], '自然人'), $xs[6], '总计');
    my ($a, $b) = ('', '');
    my @five = @{ $t->{head}[2] };
    for my $i (0 .. 4) {
        if ($five[$i] eq '其他') { $b = put($b, $xs[ $i + 1 ], '其他'); next }
        my ($p1, $p2) = split_word($r, $rep, $five[$i]);
        $a = put($a, $xs[ $i + 1 ], $p1);
        $b = put($b, $xs[ $i + 1 ], $p2);
    }
    push @h, $a, $b;
    push @B, join("\n", @h), '';

    # rows, then weave in the vertical group label and the sub-group labels
    my @rows = @{ $t->{rows} };
    my @blocks;    # per row: [ standalone lines before ], [ row lines ], [ standalone lines after ]
    for my $row (@rows) {
        my $ind = $row->{lvl} == 0 ? 0 : $row->{lvl} == 1 ? 6 : $leaf_ind;
        my @pieces = wrap_width($row->{label}, $lw - $ind - 2);
        my $vline = sub { my ($lab) = @_; return $place_vals->(' ' x $ind . $lab, \@xs, $cw, $row->{codes}) };
        my (@lines, $vi);    # $vi: the line with the numbers
        if (@pieces == 1) {
            @lines = ($vline->($pieces[0]));
            $vi = 0;
        } elsif (@pieces == 2) {
            @lines = $s->{pdf_wrap_mid} ? (' ' x $ind . $pieces[0], $vline->(''), ' ' x $ind . $pieces[1])
                                        : ($vline->($pieces[0]), ' ' x $ind . $pieces[1]);
            $vi = $s->{pdf_wrap_mid} ? 1 : 0;
        } else {
            @lines = (' ' x $ind . $pieces[0], $vline->($pieces[1]), map { ' ' x $ind . $_ } @pieces[ 2 .. $#pieces ]);
            $vi = 1;
        }
        push @blocks, { row => $row, before => [], lines => \@lines, vi => $vi, after => [] };
    }
    # sub-group labels
    my %members;
    for my $bl (@blocks) {
        my ($g) = grep { $_->{id} ne 'g3' } @{ $bl->{row}{groups} };
        push @{ $members{ $g->{id} } }, $bl if $g;
    }
    for my $id (sort keys %members) {
        my @m = @{ $members{$id} };
        my $text = (grep { $_->{id} eq $id } @{ $m[0]{row}{groups} })[0]{text};
        my $mid = $m[ int($#m / 2) ];
        if ($prefix) {    # on the middle row's line, before its label
            my $i = $mid->{vi};
            my $line = $mid->{lines}[$i];
            my $lead = ' ' x 6 . $text;
            $mid->{lines}[$i] = $lead . substr($line, min(length($line), width($lead)));
        } else {          # split over two lines around the middle row
            my ($p1, $p2) = (substr($text, 0, 4), substr($text, 4));
            push @{ $mid->{before} }, ' ' x 6 . $p1;
            push @{ $mid->{after} }, ' ' x 6 . $p2;
        }
    }
    # 三、本年度办理结果, one piece per line, as prefixes or lines of their own
    my @g3 = grep { grep { $_->{id} eq 'g3' } @{ $_->{row}{groups} } } @blocks;
    my @tokens = ('三、', split //, '本年度办理结果');
    for my $i (0 .. $#tokens) {
        my $bl = $g3[ int(($i + 0.5) * @g3 / @tokens) ];
        my $first = $bl->{lines}[0];
        if ($r->chance(1, 2) && $first =~ /^ {6}/ && $tokens[$i] ne '三、') {
            $bl->{lines}[0] = $tokens[$i] . substr($first, 2);
        } else {
            push @{ $bl->{before} }, $tokens[$i];
        }
    }
    for my $bl (@blocks) {
        push @B, @{ $bl->{before} };
        push @B, join "\n", @{ $bl->{lines} };
        push @B, @{ $bl->{after} };
        $gap->();
    }
    return @B;
}

# ---------------------------------------------------------------------------
# pdfraw: pdftotext reading order, one token per line
#   Header cells one per line (long words split in two tokens). A row is its
#   label token(s) followed by its value tokens, except one run of two or three
#   consecutive rows ("detached") printed as value tokens only; their labels
#   come later in one block, after one to three more labelled rows, together
#   with the group labels (三、 本 年 度 … one per line, sub-group labels in two
#   pieces). Reading rule: the unlabelled value groups belong, in order, to
#   the template rows whose labels are printed without values.
# ---------------------------------------------------------------------------
# the run of rows printed without their labels
sub detached_run {
    my ($r, $t) = @_;
    my @rows = @{ $t->{rows} };
    my %key = map { ($_->{key} // '' => 1) } @rows;
    if ($t->{kind} eq 't3') {
        my @runs = ([qw(granted partial)], [qw(granted partial denied.state_secret)], [qw(refused.excessive refused.confirm)]);
        push @runs, [qw(other.no_correction other.no_fee)] if $key{'other.no_fee'};
        return @{ $r->pick(@runs) };
    }
    return () unless $t->{kind} eq 'list';
    my @starts = grep { !$rows[$_]{heading} && !$rows[ $_ + 1 ]{heading} } 0 .. $#rows - 1;
    return () unless @starts;
    my $i = $r->pick(@starts);
    return ($rows[$i]{key}, $rows[ $i + 1 ]{key});
}

# 表四 in pieces (Gen::Pieces) when the style asks for it and every cell is a
# number whose sums hold; the tokens, or () for the table printed whole.
# Cells the reader cannot settle are marked ambiguous; the totals the prose
# will state before the tables are recorded in $rep->{t4_stated}.
sub t4_in_pieces {
    my ($r, $rep, $t) = @_;
    my @codes = @{ $t->{rows}[0]{codes} };
    my @cells = map { ptext($rep, $_) } @codes;
    return () unless $rep->{style}{t4_pieces} && !grep { !defined || !/^\d+$/ } @cells;
    return () unless sums_hold(@cells);    # a broken sum would leave no order to put back
    my $stated = $rep->{style}{t4_stated} ? [ $cells[4], $cells[9] + $cells[14] ] : undef;
    my $open = open_cells(\@cells, $stated);
    return () unless defined $open;
    $rep->{t4_stated} = $stated;
    $rep->{ambiguous}{ $codes[$_] } = 1 for @$open;
    push @{ $rep->{ambiguous_notes} }, '表四 in pieces: ' . join(',', map { $codes[$_] } @$open) if @$open;
    return pieces_tokens(\@cells, sub { split_word($r, $rep, $_[0]) });
}

sub render_pdfraw {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    my @T;
    my $tok = sub { for (@_) { push @T, $_; push @T, '' if $s->{raw_blank} } };
    my $split2 = sub {
        my ($text) = @_;
        return ($text) if width($text) <= 40;
        return wrap_width($text, 40);
    };
    $tok->(@{ $t->{caption} // [] });
    if ($t->{kind} eq 't3') {
        my @h = @{ $t->{head} };
        $tok->('申请人情况');
        $tok->('（本列数据的勾稽关系为：第一项加第二项之和，', '等于第三项加第四项之和）') if @{ $h[0] } > 1;
        $tok->('法人或其他组织', '自然人');
        $tok->(split_word($r, $rep, $_)) for grep { $_ ne '其他' } @{ $h[2] };
        $tok->('总计', '其他');
    } elsif ($t->{kind} eq 't4' && (my @pieces = t4_in_pieces($r, $rep, $t))) {
        $tok->(@pieces);
        return @T;
    } elsif ($t->{kind} eq 't4') {
        $tok->('行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉');
        $tok->($_ eq '总计' ? $_ : split_word($r, $rep, $_)) for @{ $t->{cols} };
    } else {
        $tok->(@{ $t->{head}[0] });
    }
    my @rows = @{ $t->{rows} };
    my %det = map { ($_ => 1) } detached_run($r, $t);
    my @held;          # labels waiting for the block
    my $countdown;     # labelled rows to print before the block
    my %group_done;
    for my $i (0 .. $#rows) {
        my $row = $rows[$i];
        my @vals = map { cell_text($r, $rep, $_, 'marked') } @{ $row->{codes} };
        unshift @vals, $row->{unit} if defined $row->{unit};
        my @groups = grep { $_->{first} } @{ $row->{groups} };
        if ($det{ $row->{key} // '' }) {
            push @held, (map { [ $_->{text}, 1 ] } @groups), [ $row->{label}, 0 ];
            $tok->(@vals);
            $countdown = $r->range(1, 3);
            next;
        }
        my @gl = map { my $g = $_; $g->{id} eq 'g3' ? ('三、', split //, '本年度办理结果') : (substr($g->{text}, 0, 4), substr($g->{text}, 4)) } @groups;
        if (@held) { push @held, map { [ $_, 1 ] } @gl } else { $tok->(@gl) }
        $tok->($split2->($row->{label})) if $row->{label} ne '';
        $tok->(@vals);
        if (@held && defined $countdown && --$countdown <= 0) {
            $tok->(map { $_->[1] ? $_->[0] : $split2->($_->[0]) } @held);
            @held = ();
            undef $countdown;
        }
    }
    $tok->(map { $_->[1] ? $_->[0] : $split2->($_->[0]) } @held) if @held;
    return @T;
}

# ---------------------------------------------------------------------------
# glued: cells with no separator. A row's digits are glued when they split one
# way only under the row's own equalities (Gen::Glue), or when the report
# deliberately glues one row that splits several ways ($rep->{force_glue});
# otherwise its cells are separated by one space. Rows with a blank cell, a
# non-digit cell (sign, decimals, unit, annotation) or a cell a break changed
# are never glued. Consecutive numbered rows of one group may share a line:
# the next row number then follows the previous number (…22.其他法律…).
# ---------------------------------------------------------------------------
sub glue_constraint {
    my ($t) = @_;
    return 'rowsum' if $t->{kind} eq 't3';
    return 't4' if $t->{kind} eq 't4';
    return 'ge' if $t->{kind} eq 'list';
    return 'none';
}

sub glued_values {
    my ($r, $rep, $t, $row) = @_;
    my @codes = @{ $row->{codes} };
    my @txt = map { ptext($rep, $_) } @codes;
    my $blank = grep { !defined } @txt;
    my @shown = map { defined $_ ? $_ : $r->pick('-', '—', '/') } @txt;
    return join('', @shown) if @codes == 1;
    return join(' ', @shown) if $blank || grep { !/^\d+$/ } @txt;
    return join(' ', @shown) if grep { $rep->{noglue}{$_} } @codes;
    return join(' ', @shown) if $t->{kind} eq 'list' && $t->{cols} && @{ $t->{cols} } == 1;
    my $digits = join '', @txt;
    my @c = glue_splits($digits, scalar @codes, glue_constraint($t));
    my $true = join '|', @txt;
    return join(' ', @shown) unless grep { join('|', @$_) eq $true } @c;    # safety: the row must fit
    if (@c == 1) {
        return $digits;
    }
    if (($rep->{force_glue} // '') eq ($row->{key} // '')) {
        my @amb;
        for my $i (0 .. $#codes) {
            my %seen = map { ($_->[$i] => 1) } @c;
            push @amb, $codes[$i] if keys %seen > 1;
        }
        $rep->{ambiguous}{$_} = 1 for @amb;
        push @{ $rep->{ambiguous_notes} }, sprintf('%s run=%s candidates=%s', join(',', @amb), $digits,
                                                   join(';', map { join('|', @$_) } @c));
        return $digits;
    }
    return join(' ', @shown);
}

sub render_glued {
    my ($r, $rep, $t) = @_;
    my $s = $rep->{style};
    my @L = @{ $t->{caption} // [] };
    if ($t->{kind} eq 't3') {
        push @L, join '', map { @$_ } @{ $t->{head} };
    } else {
        push @L, join '', @$_ for @{ $t->{head} };
    }
    my $prev_open;    # the line a numbered row may continue
    for my $row (@{ $t->{rows} }) {
        if ($row->{heading}) { push @L, $row->{label}; undef $prev_open; next }
        my $v = glued_values($r, $rep, $t, $row);
        my $line = join('', map { $_->{text} } grep { $_->{first} } @{ $row->{groups} })
                 . $row->{label} . ($row->{unit} // '') . $v;
        my $numbered = $row->{num} =~ /^\d/ && $v =~ /^\d+$/;
        if ($numbered && defined $prev_open && !(grep { $_->{first} } @{ $row->{groups} }) && $r->chance(1, 2)) {
            $L[-1] .= $line;
            undef $prev_open;
            next;
        }
        push @L, $line;
        $prev_open = $numbered ? 1 : undef;
    }
    return @L;
}

# ---------------------------------------------------------------------------
# PDF pages: a page number line and a form feed every 36 to 48 lines, between
# blocks (never inside a wrapped row).
# ---------------------------------------------------------------------------
sub paginate {
    my ($r, $rep, $blocks, $raw) = @_;
    my $s = $rep->{style};
    my @out;
    my $page = 1;
    my ($lo, $hi) = $raw ? (60, 90) : (36, 48);
    my $left = $r->range($lo, $hi);
    my $pageno = sub {
        my ($n) = @_;
        my $txt = $s->{page_style} ? "— $n —" : "-$n-";
        return $raw ? $txt : ' ' x $s->{page_indent} . $txt;
    };
    my $ff = 0;
    for my $b (@$blocks) {
        my @lines = split /\n/, $b, -1;
        @lines = ('') unless @lines;
        if (@lines > $left && @out) {
            push @out, ('') x ($raw ? 0 : $r->range(1, 3)), $pageno->($page++);
            $left = $r->range($lo, $hi);
            $ff = 1;
        }
        if ($ff) { $lines[0] = "\f" . $lines[0]; $ff = 0 }
        push @out, @lines;
        $left -= @lines;
    }
    push @out, ('') x ($raw ? 0 : 2), $pageno->($page);
    return @out;
}

1;
