# Gen::Glue -- the ways a run of glued digits splits into the cells of its row.
#
# A glued run holds the n cells of one printed row with nothing between them
# (规范性文件898989). A split gives each cell a whole number written without a
# leading zero ("0" itself is fine). The candidates are the splits that satisfy
# the row's own equalities, and only those (row-local, hard rules only):
#   none     表二 rows, no equality: every split is a candidate
#   rowsum   表三 rows: the 7th cell (总计) = the sum of the first six
#   t4       the 15 cells of 表四: in each group of five, 总计 (5th) = the sum of
#            the first four (review.sum, litigation.direct.sum, ….after_review.sum)
#   ge       local2008 rows: the second cell (累计) >= the first (本年)
# One candidate: the row reads to it. Several: every cell that differs between
# candidates is ambiguous (NULL and a note), the cells that agree keep their value.
package Gen::Glue;

use strict;
use warnings;
use Exporter qw(import);

our @EXPORT_OK = qw(glue_splits);

sub ok_num { return $_[0] eq '0' || $_[0] =~ /^[1-9]\d*$/ }

sub glue_splits {
    my ($digits, $n, $constraint, $limit) = @_;
    $limit //= 5000;
    my @out;
    my $rec;
    if ($constraint eq 't4') {
        die "t4 needs 15 cells\n" unless $n == 15;
        # group by group: four free parts, the fifth is their sum
        $rec = sub {
            my ($rest, $acc) = @_;
            return if @out >= $limit;
            if (@$acc == 15) { push @out, [@$acc] if $rest eq ''; return }
            my $in_group = @$acc % 5;
            if ($in_group == 4) {
                my $s = 0; $s += $acc->[$_] for $#$acc - 3 .. $#$acc;
                return unless substr($rest, 0, length $s) eq "$s";
                $rec->(substr($rest, length $s), [ @$acc, "$s" ]);
                return;
            }
            for my $len (1 .. length $rest) {
                my $part = substr($rest, 0, $len);
                last unless ok_num($part);
                $rec->(substr($rest, $len), [ @$acc, $part ]);
            }
        };
    } else {
        $rec = sub {
            my ($rest, $acc) = @_;
            return if @out >= $limit;
            my $left = $n - @$acc;
            if ($left == 1) {
                return unless ok_num($rest);
                if ($constraint eq 'rowsum') {
                    my $s = 0; $s += $_ for @$acc;
                    return unless $rest eq "$s";
                } elsif ($constraint eq 'ge') {
                    return unless length($rest) > length($acc->[0])
                        || (length($rest) == length($acc->[0]) && $rest ge $acc->[0]);
                }
                push @out, [ @$acc, $rest ];
                return;
            }
            if ($constraint eq 'rowsum' && @$acc) {    # the total is at least the partial sum
                my $s = 0; $s += $_ for @$acc;
                return if length($rest) < length("$s");
            }
            for my $len (1 .. length($rest) - ($left - 1)) {
                my $part = substr($rest, 0, $len);
                last unless ok_num($part);
                $rec->(substr($rest, $len), [ @$acc, $part ]);
            }
        };
    }
    $rec->($digits, []);
    return @out;
}

1;
