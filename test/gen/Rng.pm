# Rng.pm -- the generator's deterministic PRNG (xorshift32 seeded by FNV-1a of a
# key string), shared by test/generate.pl and the modules in test/gen/Gen/.
# Moved verbatim out of generate.pl: output does not depend on the perl version.
# ---------------------------------------------------------------------------
# Deterministic PRNG: xorshift32 seeded by FNV-1a of a key string.
# ---------------------------------------------------------------------------
package Rng;

use strict;
use warnings;

sub new {
    my ($class, $key) = @_;
    my $h = 2166136261;
    for my $byte (unpack 'C*', $key) {
        $h ^= $byte;
        $h = ($h * 16777619) & 0xFFFFFFFF;
    }
    $h ||= 0x9E3779B9;            # xorshift must not start at 0
    my $self = bless { s => $h }, $class;
    $self->next32 for 1 .. 4;     # stir: nearby keys give unrelated streams
    return $self;
}

sub next32 {
    my ($self) = @_;
    my $x = $self->{s};
    $x ^= ($x << 13) & 0xFFFFFFFF;
    $x ^= $x >> 17;
    $x ^= ($x << 5) & 0xFFFFFFFF;
    return $self->{s} = $x;
}

# integer in [lo, hi]
sub range { my ($self, $lo, $hi) = @_; return $hi <= $lo ? $lo : $lo + $self->next32 % ($hi - $lo + 1) }

# true with probability num/den
sub chance { my ($self, $num, $den) = @_; return $self->next32 % $den < $num }

sub pick { my ($self, @items) = @_; return $items[ $self->next32 % @items ] }

# index chosen with the given non-negative integer weights (not all zero)
sub weighted {
    my ($self, @w) = @_;
    my $total = 0;
    $total += $_ for @w;
    my $n = $self->next32 % $total;
    for my $i (0 .. $#w) { return $i if ($n -= $w[$i]) < 0 }
    return $#w;
}

1;
