/*
 * glued.c
 *	  Splitting cells that a crawler glued together (规范性文件898989, a
 *	  fifteen-digit 表四 row) back into values.
 *
 * A run of digits can be split many ways; the only evidence is the table's
 * own sums.  Every split into the expected number of counts (no leading
 * zeros, at most twelve digits each) is tried against the row's equalities
 * and kept if they hold; a prefix that already breaks one (表四's first
 * group) ends that branch.  One survivor is the reading; several are
 * reported, never chosen between.  The search is bounded, so a long run
 * cannot make a parse slow.
 */
#include "cells.h"

#include <string.h>

#define MAX_PART_DIGITS 12
#define MAX_SPLIT_STEPS 200000

typedef struct SplitSearch
{
	const char *digits;
	size_t		length;
	int			nparts;
	GvSplitAccept accept;
	void	   *arg;
	int64_t		parts[GV_MAX_SPLIT_PARTS];
	size_t		ends[GV_MAX_SPLIT_PARTS];
	long		steps;
	GvSplit    *out;
} SplitSearch;

static bool
valid_part(const char *s, size_t len, int64_t *value)
{
	size_t		i;

	if (len == 0 || len > MAX_PART_DIGITS || (len > 1 && s[0] == '0'))
		return false;
	*value = 0;
	for (i = 0; i < len; i++)
		*value = *value * 10 + (s[i] - '0');
	return true;
}

static void
search(SplitSearch *s, int part, size_t start)
{
	size_t		len;

	if (s->out->exhausted || s->out->nsolutions > GV_MAX_SPLIT_SOLUTIONS)
		return;
	if (++s->steps > MAX_SPLIT_STEPS)
	{
		s->out->exhausted = true;
		return;
	}
	if (part == s->nparts - 1)
	{
		if (!valid_part(s->digits + start, s->length - start, &s->parts[part]))
			return;
		s->ends[part] = s->length;
		if (!s->accept(s->parts, s->nparts, s->nparts, s->arg))
			return;
		if (s->out->nsolutions < GV_MAX_SPLIT_SOLUTIONS)
		{
			memcpy(s->out->values[s->out->nsolutions], s->parts, sizeof(int64_t) * s->nparts);
			memcpy(s->out->ends[s->out->nsolutions], s->ends, sizeof(size_t) * s->nparts);
		}
		s->out->nsolutions++;
		return;
	}
	for (len = 1; len <= MAX_PART_DIGITS && start + len < s->length; len++)
	{
		/* the remaining parts need at least one digit each */
		if (s->length - (start + len) < (size_t) (s->nparts - part - 1))
			break;
		if (!valid_part(s->digits + start, len, &s->parts[part]))
			break;				/* a leading zero stays one at any length */
		s->ends[part] = start + len;
		if (s->accept(s->parts, part + 1, s->nparts, s->arg))
			search(s, part + 1, start + len);
	}
}

void
gv_split_digits(const char *digits, int nparts, GvSplitAccept accept, void *arg, GvSplit *out)
{
	SplitSearch s;

	memset(out, 0, sizeof(*out));
	if (nparts < 1 || nparts > GV_MAX_SPLIT_PARTS)
	{
		out->exhausted = true;
		return;
	}
	memset(&s, 0, sizeof(s));
	s.digits = digits;
	s.length = strlen(digits);
	s.nparts = nparts;
	s.accept = accept;
	s.arg = arg;
	s.out = out;
	search(&s, 0, 0);
}
