# Gen::Util -- small helpers shared by the generator modules: sums, random
# splits, exact decimal strings, display widths.
package Gen::Util;

use strict;
use warnings;
use utf8;
use Exporter qw(import);

our @EXPORT_OK = qw(min max sum zero_or split_total pick_n width pad rpad
                    dec_scaled dec_from_scaled dec_shift money_str);

sub min { my ($a, $b) = @_; return $a < $b ? $a : $b }
sub max { my ($a, $b) = @_; return $a > $b ? $a : $b }
sub sum { my $s = 0; $s += $_ for @_; return $s }

# a count that is zero pct% of the time, else in [1, max]
sub zero_or {
    my ($r, $pct, $max) = @_;
    return 0 if $max < 1 || $r->chance($pct, 100);
    return $r->range(1, $max);
}

# Share a total among parts by weight. Large totals are shared in a few big
# steps first so that the cost does not grow with the total.
sub split_total {
    my ($r, $total, @w) = @_;
    my @parts = (0) x @w;
    @w = (1) x @w if sum(@w) == 0;
    my $left = $total;
    while ($left > 400) {
        my $step = int($left / 50);
        $parts[ $r->weighted(@w) ] += $step;
        $left -= $step;
    }
    $parts[ $r->weighted(@w) ]++ for 1 .. $left;
    return @parts;
}

sub pick_n {    # n distinct items, in seeded order
    my ($r, $n, @items) = @_;
    my @out;
    while (@out < $n && @items) { push @out, splice @items, $r->range(0, $#items), 1 }
    return @out;
}

# display width in columns: CJK and full-width characters take two
sub width {
    my ($str) = @_;
    my $w = 0;
    for (split //, $str) {
        my $o = ord $_;
        $w += ($o >= 0x1100 && $o != 0x00A0 && $o != 0x2014 && $o != 0x201C && $o != 0x201D) ? 2 : 1;
    }
    return $w;
}

sub pad  { my ($str, $cols) = @_; my $n = $cols - width($str); return $str . ' ' x ($n > 0 ? $n : 0) }
sub rpad { my ($str, $cols) = @_; my $n = $cols - width($str); return ' ' x ($n > 0 ? $n : 0) . $str }

# Exact decimals: values are kept as strings; arithmetic goes through integers
# scaled by 10^6 (every amount the generator writes has at most 6 decimals).
sub dec_scaled {
    my ($s) = @_;
    my ($sign, $int, $frac) = $s =~ /^([-+]?)(\d+)(?:\.(\d+))?$/ or die "not a decimal: $s\n";
    $frac //= '';
    die "too many decimals: $s\n" if length $frac > 6;
    my $v = $int * 1_000_000 + ($frac . '0' x (6 - length $frac));
    return $sign eq '-' ? -$v : $v;
}

sub dec_from_scaled {
    my ($v) = @_;
    my $sign = $v < 0 ? '-' : '';
    $v = -$v if $v < 0;
    my $int = int($v / 1_000_000);
    my $frac = sprintf '%06d', $v % 1_000_000;
    $frac =~ s/0+$//;
    return $sign . $int . ($frac ne '' ? ".$frac" : '');
}

# move the decimal point: dec_shift('251000', -4) = '25.1' (元 to 万元)
sub dec_shift {
    my ($s, $places) = @_;
    my ($sign, $int, $frac) = $s =~ /^(-?)(\d+)(?:\.(\d+))?$/ or die "not a decimal: $s\n";
    $frac //= '';
    my $digits = $int . $frac;
    my $point = length($int) + $places;
    if ($point <= 0) { $digits = '0' x (1 - $point) . $digits; $point = 1 }
    $digits .= '0' x ($point - length $digits) if $point > length $digits;
    my ($i, $f) = (substr($digits, 0, $point), substr($digits, $point));
    $i =~ s/^0+(?=\d)//;
    $f =~ s/0+$//;
    return $sign . $i . ($f ne '' ? ".$f" : '');
}

# an amount with `dec` decimals below whole_max, built from integers
sub money_str {
    my ($r, $whole_max, $dec) = @_;
    my $whole = $r->range(0, $whole_max);
    return $whole ? "$whole" : '1' if !$dec;
    my $frac = $r->range(1, 10**$dec - 1);
    my $s = sprintf '%d.%0*d', $whole, $dec, $frac;
    $s =~ s/0+$//;
    return $s;
}


1;
