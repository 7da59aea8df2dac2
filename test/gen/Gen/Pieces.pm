# Gen::Pieces -- 表四 as pdftotext prints it in reading order: the fifteen
# values in five pieces between header words, out of the table's order.
#
#   行政复议 行政诉讼 未经复议直接起诉 结果维持 … 总计   (header words)
#   r1 r2 r3 r4                 行政复议's four results
#   结果 复议后起诉 维持         (header words, one group label among them)
#   a1 a2 a3 a4                 复议后起诉's four results
#   总计 rT                     行政复议's total
#   结果维持 d1 d2 d3 d4 dT      未经复议直接起诉, whole
#   总计 aT                     复议后起诉's total
#
# The reader puts the pieces back by the three sums (总计 = the four results),
# then keeps the orders that agree with the one group label printed right
# before a piece, then those that agree with the totals the prose states
# before the tables; cells the remaining orders disagree on stay unread
# (AMBIGUOUS in the expected cells). open_cells is that rule, written here
# independently so that the corpus checks the reader against it.
package Gen::Pieces;
use strict;
use warnings;
use utf8;
use Exporter qw(import);

our @EXPORT_OK = qw(pieces_of pieces_tokens open_cells sums_hold);

# the five pieces, each a list of indexes into the fifteen cells (table order)
my @PIECES = ([ 0 .. 3 ], [ 10 .. 13 ], [4], [ 5 .. 9 ], [14]);
# the group named by the label printed just before a piece (-1: none, or several)
my @NAMED = (-1, 2, -1, -1, -1);

sub pieces_of { my ($cells) = @_; return map { [ @$cells[@$_] ] } @PIECES }

# tokens between and around the pieces; $split is the header word splitter
sub pieces_tokens {
    my ($cells, $split) = @_;
    my @p = pieces_of($cells);
    return ('行政复议', '行政诉讼', '未经复议直接起诉', (map { $split->($_) } qw(结果维持 结果纠正 其他结果 尚未审结)), '总计',
            @{ $p[0] }, '结果', '复议后起诉', '维持', @{ $p[1] }, '总计', @{ $p[2] },
            '结果维持', @{ $p[3] }, '总计', @{ $p[4] });
}

sub sums_hold {
    my @c = @_;
    for my $g (0 .. 2) {
        my $parts = 0;
        $parts += $c[ 5 * $g + $_ ] for 0 .. 3;
        return 0 unless $parts == $c[ 5 * $g + 4 ];
    }
    return 1;
}

sub permutations {
    my @items = @_;
    return ([]) unless @items;
    my @all;
    for my $i (0 .. $#items) {
        my @rest = @items[ grep { $_ != $i } 0 .. $#items ];
        push @all, [ $items[$i], @$_ ] for permutations(@rest);
    }
    return @all;
}

sub labels_agree {
    my ($pieces, $order) = @_;
    my $offset = 0;
    for my $p (@$order) {
        return 0 if $NAMED[$p] >= 0 && $NAMED[$p] != int($offset / 5);
        $offset += @{ $pieces->[$p] };
    }
    return 1;
}

# keeps the candidates $agree accepts, when it accepts some but not all
sub narrow {
    my ($cand, $agree) = @_;
    my @kept = grep { $agree->($_) } @$cand;
    @$cand = @kept if @kept && @kept < @$cand;
}

# The cells (indexes) the reader leaves unread; undef when it reads the
# printed order (the printed order fitting the sums makes the layout useless).
# $stated: [review total, litigation total] the prose states, or undef.
sub open_cells {
    my ($cells, $stated) = @_;
    my @pieces = pieces_of($cells);
    return undef if sums_hold(map { @$_ } @pieces);
    my (@cand, %seen);
    for my $order (permutations(0 .. $#pieces)) {
        my @c = map { @{ $pieces[$_] } } @$order;
        next unless sums_hold(@c);
        my $labelled = labels_agree(\@pieces, $order);
        my $key = join ',', @c;
        if (defined $seen{$key}) { $cand[ $seen{$key} ]{labelled} ||= $labelled; next }
        $seen{$key} = @cand;
        push @cand, { cells => \@c, labelled => $labelled };
    }
    return [ 0 .. 14 ] if @cand > 8;    # the reader keeps eight candidates, then reads none
    narrow(\@cand, sub { $_[0]{labelled} });
    narrow(\@cand, sub { $_[0]{cells}[4] == $stated->[0] && $_[0]{cells}[9] + $_[0]{cells}[14] == $stated->[1] })
        if $stated;
    return [ grep { my $i = $_; grep { $_->{cells}[$i] != $cand[0]{cells}[$i] } @cand } 0 .. 14 ];
}

1;
