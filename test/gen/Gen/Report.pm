# Gen::Report -- one synthetic report of the gb2021, gb2019, hybrid or
# local2008 generation in one layout: values, the break, the printed text and
# the expected .tsv.
package Gen::Report;

use strict;
use warnings;
use utf8;
use Exporter qw(import);
use Rng;
use Gen::Util qw(pick_n dec_shift);
use Gen::Model qw(gen_gb_values gen_l08_values gb_codes l08_codes checks_of failing break_rule);
use Gen::Tables qw(gb_tables l08_table cn_num);
use Gen::Layout qw(render paginate wrap_width);
use Gen::Glue qw(glue_splits);
use Gen::Text qw(pick_organ title_lines date_lines prose_gb prose_l08 chrome_top chrome_after_title chrome_bottom
                 to_traditional spaced_digits);

our @EXPORT_OK = qw(make_report report_tsv gen_style base_layout_of finish_text @LAYOUTS @BASES);

our @LAYOUTS = qw(flat tabs spaces pdf pdfraw pipes glued chrome traditional);
our @BASES = qw(flat tabs pipes spaces);    # what chrome and traditional wrap

my %T2T3 = (gb2021 => [qw(gb2021 gb2021)], gb2019 => [qw(gb2019 gb2019)], hybrid => [qw(gb2021 gb2019)]);

sub base_layout_of {
    my ($r, $layout) = @_;
    return $layout unless $layout eq 'chrome' || $layout eq 'traditional';
    return $r->pick(@BASES);
}

# per-report choices of punctuation and layout details
sub gen_style {
    my ($r, $rep) = @_;
    my %s;
    $s{paren} = $r->pick([ '（', '）' ], [ '（', '）' ], [ '（', '）' ], [ '(', ')' ]);
    $s{num_sep} = $r->pick('.', '.', '、', '．');
    $s{other_sep} = $r->chance(1, 5) ? $r->pick('、', '.') : undef;
    $s{quote} = $r->pick([ '“', '”' ], [ '“', '”' ], [ '"', '"' ]);
    $s{normative_label} = $r->chance(1, 4) ? '规范性文件' : '行政规范性文件';
    $s{cap_space} = $r->chance(1, 4);
    $s{t3_note} = $r->chance(4, 5);
    $s{colon} = $r->pick('：', ':');
    $s{flat_sep} = $r->chance(1, 2);
    $s{tabs_pad} = $r->chance(1, 2);
    $s{heading_tabs} = $r->chance(1, 2);
    $s{pipes_mode} = $r->chance(1, 4) ? 'cellpipe' : 'md';
    $s{md_wide} = $r->chance(1, 2);
    $s{md_split} = $r->chance(1, 3);
    $s{md_detach} = $r->chance(2, 5);
    $s{split_pick} = $r->range(0, 2);
    $s{pdf_gap} = $r->range(0, 1);
    $s{pdf_right} = $r->chance(1, 3);
    $s{pdf_sub_prefix} = $r->chance(1, 2);
    $s{pdf_wrap_mid} = $r->chance(2, 3);
    $s{pdf_total_low} = $r->chance(1, 2);
    $s{pdf_lw} = $r->range(30, 40);
    $s{pdf_split_head} = $r->chance(1, 2);
    $s{page_style} = $r->range(0, 1);
    $s{page_indent} = $r->range(0, 40);
    $s{raw_blank} = $r->chance(1, 2);
    $s{l08_numbered} = $r->chance(1, 2);
    $s{l08_alt} = $r->chance(1, 3);
    $s{l08_year_head} = $r->pick('本年度', '本期', "$rep->{year}年度");
    $s{l08_cum_head} = $r->pick('历年累计', '历年累计', '本年累计');
    $s{indent} = $r->pick('', "\x{3000}\x{3000}", "\x{00A0}\x{00A0}\x{00A0}\x{00A0}", '    ');
    $s{word_comments} = $rep->{layout} eq 'chrome';
    return \%s;
}

# printed text of every cell from the values
sub print_cells {
    my ($rep, $codes) = @_;
    my %p;
    for my $c (@$codes) {
        my $v = $rep->{values}{$c};
        if (!defined $v) { $p{$c} = undef; next }
        if ($c =~ /\.change$/) {
            $p{$c} = $v =~ /^\d/ && $v ne '0' ? "+$v" : $v;
        } elsif ($c eq 'active.procurement.amount') {
            $p{$c} = ($rep->{proc_unit} eq '元' ? dec_shift($v, 4) : $v) . $rep->{proc_unit};
        } elsif ($c =~ /^fees\.waived/) {
            $p{$c} = dec_shift($v, 4);
        } else {
            $p{$c} = $v;
        }
    }
    return \%p;
}

sub make_report {
    my (%a) = @_;    # key, gen, layout, rule, where
    my $r = Rng->new($a{key});
    my $gen = $a{gen};
    my $rep = { gen => $gen, layout => $a{layout}, rule => $a{rule} // 'none' };
    $rep->{base} = base_layout_of($r, $a{layout});
    @$rep{qw(t2 t3)} = @{ $T2T3{$gen} } if $T2T3{$gen};

    my $o = pick_organ($r, $gen);
    $rep->{$_} = $o->{$_} for keys %$o;
    $rep->{year} = $gen eq 'gb2021' ? $r->range(2021, 2025)
                 : $gen eq 'hybrid' ? $r->range(2021, 2024)
                 : $gen eq 'gb2019' ? ($r->chance(1, 5) ? 2022 : $r->range(2019, 2020))
                 : $r->range(2008, 2013);
    $rep->{style} = gen_style($r, $rep);
    $rep->{wc_rng} = Rng->new("$a{key}|wc");
    {    # pdfraw: 表四 in pieces (Gen::Pieces), its totals perhaps stated before the tables;
         # a stream of its own, so that the other reports stay as they were
        my $pr = Rng->new("$a{key}|pieces");
        $rep->{style}{t4_pieces} = $pr->chance(1, 2);
        $rep->{style}{t4_stated} = $pr->chance(1, 2);
    }

    # metadata
    $rep->{date_form} = $r->pick('none', 'paren', 'paren', 'fabu', 'meta', 'meta');
    if ($rep->{date_form} ne 'none') {
        $rep->{pub} = [ $rep->{year} + 1, $r->range(1, 3), $r->range(1, 28) ];
    }
    if ($rep->{date_form} eq 'meta') {
        $rep->{index_no} = sprintf('%s-%s-%d-%04d', $r->range(11000000, 69999999) . sprintf('%02d', $r->range(0, 99)),
                                   $r->pick(qw(01 02 05 10)), $rep->{year} + 1, $r->range(1, 9999));
        $rep->{index_no} = sprintf('%05d/%d-%05d', $r->range(1000, 99999), $rep->{year} + 1, $r->range(1, 99999))
            if $r->chance(1, 2);
        $rep->{publisher} = $r->chance(1, 2) ? $rep->{short} : $rep->{organ};
    }
    $rep->{period_sentence} = $r->chance(1, 2);

    # values
    my @codes;
    if ($gen eq 'local2008') {
        $rep->{l08}{merged} = $r->chance(1, 3);
        $rep->{l08}{has}{'apply.received.email'} = $r->chance(7, 10);
        $rep->{l08}{has}{'apply.received.other'} = $r->chance(1, 2);
        if (my $w = $a{where}) {    # --break RULE@WHERE naming a row this table may omit
            $rep->{l08}{has}{$w} = 1 if $w =~ /^apply\.received\.(email|other)$/;
            $rep->{l08}{merged} = 1 if $w eq 'apply.received.mail_fax';
            $rep->{l08}{merged} = 0 if $w =~ /^apply\.received\.(fax|mail)$/;
        }
        if ($r->chance(1, 3)) {
            my $slot = $r->pick('proactive', 'apply');
            my $x = $r->pick(@{ $Gen::Model::L08_EXTRA{$slot} });
            my $y = $r->range(0, $x->[2]);
            $rep->{l08}{extra} = { slot => $slot, label => $x->[0], unit => $x->[1],
                                   values => [ $y, $y + $r->range(0, $x->[2] * 3) ] };
        }
        $rep->{values} = gen_l08_values($r, $rep);
        @codes = l08_codes($rep);
    } else {
        $rep->{values} = gen_gb_values($r, $rep);
        @codes = gb_codes($rep);
        if ($rep->{t2} eq 'gb2021' && $r->chance(1, 6)) {
            $rep->{t2_extra} = { label => $r->pick('行政检查', '行政确认', '行政征收'), value => $r->range(0, 20000) };
        }
    }
    $rep->{codes} = \@codes;
    my @checks = checks_of($rep);

    # the break, then a few blank cells away from it
    my %keep;
    if ($rep->{rule} ne 'none') {
        my $b = break_rule($r, $rep, $rep->{values}, $rep->{rule}, $a{where});
        $rep->{break} = $b;
        %keep = map { ($_ => 1) } @{ $b->{changed} }, @{ $b->{check}{a} }, @{ $b->{check}{b} // [] };
        $rep->{noglue}{$_} = 1 for @{ $b->{changed} };
    }
    if ($r->chance(1, 4)) {
        my @pool = grep { !$keep{$_} && defined $rep->{values}{$_} } @codes;
        $rep->{values}{$_} = undef for pick_n($r, $r->range(1, 2), @pool);
    }
    $rep->{print} = print_cells($rep, \@codes);
    if ($rep->{t2_extra}) { $rep->{print}{'?t2'} = $rep->{t2_extra}{value} }
    if (my $x = $rep->{l08}{extra}) { @{ $rep->{print} }{ '?l08', '?l08.cumulative' } = @{ $x->{values} } }

    # annotations in 表二 cells (22（其中修订16件）): never in the glued layout
    if ($gen ne 'local2008' && $rep->{layout} ne 'glued' && $r->chance(1, 4)) {
        my ($lp, $rp) = @{ $rep->{style}{paren} };
        for my $c (grep { /^active\.(rules|normative)\./ && !$rep->{noglue}{$_} } @codes) {
            my $v = $rep->{values}{$c};
            next unless defined $v && $v =~ /^\d+$/ && $v > 1 && $r->chance(1, 2);
            my $n = $r->range(1, $v - 1);
            my $what = $c =~ /repealed$/ ? "含自然失效${n}件" : $c =~ /in_force$|published_total$/ ? "其中本年新增${n}件" : "其中修订${n}件";
            $rep->{annot}{$c} = "$lp$what$rp";
        }
    }

    # the glued layout: one row that splits several ways, glued on purpose
    my $lay = $rep->{base};
    my @tables;
    if ($gen eq 'local2008') {
        @tables = (l08_table($rep));
    } else {
        my ($t2s, $t3, $t4) = gb_tables($rep);
        @tables = (@$t2s, $t3, $t4);
    }
    if ($lay eq 'glued' && $r->chance(1, 2)) {
        my @cand;
        for my $t (@tables) {
            for my $row (@{ $t->{rows} }) {
                my @c = @{ $row->{codes} };
                next if @c < 2 || grep { /^\?/ || $keep{$_} || !defined $rep->{print}{$_} || $rep->{print}{$_} !~ /^\d+$/ } @c;
                next if $t->{kind} eq 't3' && $row->{key} =~ /^(new|carried_in|total|carried_out)$/;
                my $con = $t->{kind} eq 't3' ? 'rowsum' : $t->{kind} eq 't4' ? 't4' : $t->{kind} eq 'list' ? 'ge' : 'none';
                my @s = glue_splits(join('', map { $rep->{print}{$_} } @c), scalar @c, $con, 50);
                push @cand, $row->{key} if @s > 1 && @s < 50;
            }
        }
        $rep->{force_glue} = $r->pick(@cand) if @cand;
    }

    # render the tables, then the prose around them
    my %section_of;
    my @tblocks = map { [ render($lay, $r, $rep, $_) ] } @tables;
    my $num = sub {
        my ($c) = @_;
        return undef if $rep->{ambiguous}{$c};
        my $p = $rep->{print}{$c};
        return defined $p && $p =~ /^\d+$/ ? $p : undef;
    };
    my @text = assemble($r, $rep, \@tables, \@tblocks, $num);
    $rep->{text} = finish_text($r, $rep, \@text);

    # self-check: exactly the injected violation, with blanks and ambiguous cells
    my %final = %{ $rep->{values} };
    $final{$_} = undef for keys %{ $rep->{ambiguous} // {} };
    my @f = failing(\@checks, \%final);
    my $want = $rep->{rule} eq 'none' ? 0 : 1;
    die "generator bug: $a{key}: failing " . join(',', map { "$_->{id}\@$_->{where}" } @f) . "\n"
        unless @f == $want && (!$want || ($f[0]{id} eq $rep->{rule} && $f[0]{where} eq $rep->{break}{where}));
    return $rep;
}

# paragraphs, headings and tables in reading order -> lines (or PDF blocks)
sub assemble {
    my ($r, $rep, $tables, $tblocks, $num) = @_;
    my $s = $rep->{style};
    my $lay = $rep->{base};
    my $pdf = $lay eq 'pdf' || $lay eq 'pdfraw';
    my @B;
    my $para = sub {    # a paragraph: one line in HTML text, wrapped lines in PDF text
        my ($txt, $head) = @_;
        if ($pdf) {
            $txt = spaced_digits($txt);
            my $ind = $lay eq 'pdf' ? ' ' x ($s->{page_indent} % 7) : '';
            if ($head) { push @B, $ind . $txt; return }
            my $w = $lay eq 'pdf' ? 62 : 60;
            my @lines = wrap_width($txt, $w);
            $lines[0] = ($lay eq 'pdf' ? '      ' : '') . $lines[0];
            push @B, @lines;
            return;
        }
        push @B, $s->{indent} . $txt, '';
    };
    my $heading = sub {
        my ($txt) = @_;
        if ($s->{word_comments} && $r->chance(1, 3)) {
            $txt =~ s/^(\p{Han}、)/<!--[if !supportLists]-->$1<!--[endif]-->/;
        }
        $para->($txt, 1);
        push @B, '' unless $pdf;
    };

    push @B, chrome_top($r, $rep) if $rep->{layout} eq 'chrome';
    my ($title, $shape) = title_lines($r, $rep);
    $rep->{title_shape} = $shape;
    for my $t (@$title) {
        push @B, $pdf && $lay eq 'pdf' ? ' ' x $r->range(4, 14) . spaced_digits($t) : $pdf ? spaced_digits($t) : $t;
    }
    push @B, chrome_after_title($r, $rep) if $rep->{layout} eq 'chrome';
    push @B, map { $pdf ? spaced_digits($_) : $_ } date_lines($r, $rep);
    push @B, '';

    if ($rep->{gen} eq 'local2008') {
        my $P = prose_l08($r, $rep, $num);
        $para->($P->{intro});
        my $i = 0;
        for my $sec (@{ $P->{sections} }) {
            $heading->(cn_num(++$i) . '、' . $sec->[0]);
            $para->($sec->[1]);
        }
        push @B, '' if $pdf;
        push @B, $r->pick('附表', '附件', '附：');
        push @B, "$rep->{organ}$rep->{year}年政府信息公开工作情况统计表" if $r->chance(2, 3);
        push @B, '' unless $lay eq 'pdfraw';
        push @B, @{ $tblocks->[0] };
    } else {
        my $P = prose_gb($r, $rep, $num);
        $para->($P->{intro});
        $heading->('一、总体情况');
        for my $p (@{ $P->{overview} }) {
            $p =~ s/^(（\p{Han}）)/<!--[if !supportLists]-->$1<!--[endif]-->/ if $s->{word_comments} && $r->chance(1, 2);
            $para->($p);
        }
        $para->("本年度因政府信息公开被申请行政复议$rep->{t4_stated}[0]件，被提起行政诉讼$rep->{t4_stated}[1]件。")
            if $rep->{t4_stated};
        $heading->('二、主动公开政府信息情况');
        my $n2 = @$tables - 2;
        for my $i (0 .. $n2 - 1) { push @B, @{ $tblocks->[$i] }; push @B, '' unless $pdf }
        $heading->('三、收到和处理政府信息公开申请情况');
        push @B, @{ $tblocks->[$n2] };
        push @B, '' unless $pdf;
        $heading->('四、政府信息公开行政复议、行政诉讼情况');
        push @B, @{ $tblocks->[ $n2 + 1 ] };
        push @B, '' unless $pdf;
        $para->($P->{t4_note}) if defined $P->{t4_note};
        $heading->('五、存在的主要问题及改进情况');
        $para->($_) for @{ $P->{problems} };
        $heading->('六、其他需要报告的事项');
        $para->($_) for @{ $P->{other} };
    }
    if ($rep->{pub} && $r->chance(1, 2)) {
        my ($y, $m, $d) = @{ $rep->{pub} };
        my $ind = $lay eq 'pdf' ? ' ' x 40 : '';
        push @B, '' if $pdf;
        push @B, $ind . $rep->{organ}, $ind . ($pdf ? spaced_digits("${y}年${m}月${d}日") : "${y}年${m}月${d}日");
    }
    push @B, chrome_bottom($r, $rep) if $rep->{layout} eq 'chrome';
    return @B;
}

sub finish_text {
    my ($r, $rep, $blocks) = @_;
    my @lines = ($rep->{base} eq 'pdf' || $rep->{base} eq 'pdfraw')
        ? paginate($r, $rep, $blocks, $rep->{base} eq 'pdfraw')
        : map { $_ eq '' ? ('') : split /\n/, $_, -1 } @$blocks;
    my $text = join("\n", @lines) =~ s/\n*\z/\n/r;
    $text =~ s/\n{4,}/\n\n\n/g unless $rep->{base} =~ /^(flat|pdf)$/;
    if ($rep->{layout} eq 'traditional') {
        $rep->{taiwan} = $r->chance(1, 2);
        $text = to_traditional($text, $rep->{taiwan});
    }
    return $text;
}

sub report_tsv {
    my ($rep) = @_;
    my $trad = $rep->{layout} eq 'traditional';
    my $as_printed = sub { my ($s) = @_; return $trad ? to_traditional($s, $rep->{taiwan}) : $s };
    my $pub = $rep->{pub} ? sprintf('%04d-%02d-%02d', @{ $rep->{pub} }) : '';
    my $generation = $rep->{gen} eq 'hybrid' ? 'gb2019 t2=gb2021 t3=gb2019' : $rep->{gen};
    my @L = (
        '# organ: ' . $as_printed->($rep->{organ}),
        "# year: $rep->{year}",
        "# published: $pub",
        '# index_no: ' . ($rep->{index_no} // ''),
        '# publisher: ' . ($rep->{publisher} ? $as_printed->($rep->{publisher}) : ''),
        "# generation: $generation",
        "# layout: $rep->{layout}",
    );
    push @L, "# base_layout: $rep->{base}" if $rep->{base} ne $rep->{layout};
    push @L, "# broken: $rep->{rule}";
    push @L, "# broken_where: $rep->{break}{where}" if $rep->{break};
    push @L, '# typo: none', "# title_shape: $rep->{title_shape}";
    push @L, "# organ_simplified: $rep->{organ}", '# traditional: ' . ($rep->{taiwan} ? 'taiwan' : 'chars') if $trad;
    push @L, "# ambiguous: $_" for @{ $rep->{ambiguous_notes} // [] };
    for my $c (@{ $rep->{codes} }) {
        my $v = $rep->{ambiguous}{$c} ? 'AMBIGUOUS' : $rep->{values}{$c} // 'NULL';
        push @L, "$c\t$v";
    }
    push @L, '?' . $as_printed->($rep->{t2_extra}{label}) . "\t$rep->{t2_extra}{value}" if $rep->{t2_extra};
    if (my $x = $rep->{l08}{extra}) {
        push @L, '?' . $as_printed->($x->{printed_label}) . "\t" . join("\t", @{ $x->{values} });
    }
    if ($rep->{break}) {
        push @L, "!violation\t$rep->{rule}" . ($rep->{break}{where} ne '' ? "\t$rep->{break}{where}" : '');
    } else {
        push @L, "!violation\tnone";
    }
    return join("\n", @L) . "\n";
}

1;
