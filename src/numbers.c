/*
 * numbers.c
 *	  Exact decimal values, and what a single table cell holds: a number
 *	  (perhaps with a unit or an annotation beside it), a blank mark, a unit
 *	  word, or text.
 */
#include "govinfo.h"
#include "cells.h"

#include <stdio.h>
#include <string.h>

GvNum
gv_num_from_int(int64_t n)
{
	GvNum		r;

	r.micro = n * GV_NUM_SCALE;
	return r;
}

bool
gv_num_is_whole(GvNum n)
{
	return n.micro % GV_NUM_SCALE == 0;
}

/*
 * Parses [+-]digits[,ddd...][.digits] exactly.  Thousands separators are
 * accepted only in groups of three, so "1,2" is not a number.
 */
GvNumParse
gv_num_parse(const char *s, size_t len, GvNum *out)
{
	size_t		pos = 0;
	bool		negative = false;
	int64_t		whole = 0;
	int64_t		frac = 0;
	int			frac_digits = 0;
	int			digits = 0;
	int			group = 0;		/* digits in the current group */
	bool		grouped = false;	/* a thousands separator was seen */
	bool		overflow = false;

	if (pos < len && (s[pos] == '+' || s[pos] == '-'))
	{
		negative = s[pos] == '-';
		pos++;
	}
	for (; pos < len; pos++)
	{
		char		c = s[pos];

		if (c >= '0' && c <= '9')
		{
			if (whole >= GV_NUM_LIMIT)
				overflow = true;
			else
				whole = whole * 10 + (c - '0');
			digits++;
			group++;
		}
		else if (c == ',')
		{
			/* first group 1-3 digits, later groups exactly 3 */
			if (group == 0 || group > 3 || (grouped && group != 3))
				return GV_NUM_SYNTAX;
			grouped = true;
			group = 0;
		}
		else
			break;
	}
	if (digits == 0 || (grouped && group != 3))
		return GV_NUM_SYNTAX;
	if (pos < len && s[pos] == '.')
	{
		pos++;
		if (pos >= len || s[pos] < '0' || s[pos] > '9')
			return GV_NUM_SYNTAX;
		for (; pos < len && s[pos] >= '0' && s[pos] <= '9'; pos++)
		{
			if (frac_digits < 6)
			{
				frac = frac * 10 + (s[pos] - '0');
				frac_digits++;
			}
			else if (s[pos] != '0')
				return GV_NUM_PRECISION;	/* trailing zeros lose nothing */
		}
	}
	if (pos != len)
		return GV_NUM_SYNTAX;
	if (overflow || whole >= GV_NUM_LIMIT)
		return GV_NUM_RANGE;
	for (; frac_digits < 6; frac_digits++)
		frac *= 10;
	out->micro = whole * GV_NUM_SCALE + frac;
	if (negative)
		out->micro = -out->micro;
	return GV_NUM_OK;
}

int
gv_num_format(GvNum n, char *buf, size_t size)
{
	int64_t		v = n.micro < 0 ? -n.micro : n.micro;
	int64_t		whole = v / GV_NUM_SCALE;
	int64_t		frac = v % GV_NUM_SCALE;
	int			len;

	if (frac == 0)
		return snprintf(buf, size, "%s%lld", n.micro < 0 ? "-" : "", (long long) whole);
	len = snprintf(buf, size, "%s%lld.%06lld", n.micro < 0 ? "-" : "",
				   (long long) whole, (long long) frac);
	while (len > 0 && (size_t) len < size && buf[len - 1] == '0')
		buf[--len] = '\0';
	return len;
}

/* ---------- cells ---------- */

static const char *const blank_marks[] = {
	"-", "--", "---", "\xe2\x80\x94", "\xe2\x80\x94\xe2\x80\x94", "\xe2\x80\x93",
	"\xe2\x80\x95", "\xe2\x94\x80", "/", "\\", "\xe6\x97\xa0", "&nbsp;", "&nbsp",
	"nbsp;", "N/A", "n/a", NULL
};								/* - -- --- — —— – ― ─ / \ 无 &nbsp; */

/* Units printed in a cell or a unit column; longest first for suffix matching. */
static const char *const unit_words[] = {
	"\xe4\xb8\x87\xe5\x85\x83",	/* 万元 */
	"\xe4\xba\xba\xe6\xac\xa1",	/* 人次 */
	"\xe5\x85\x83",				/* 元 */
	"\xe6\x9d\xa1",				/* 条 */
	"\xe4\xbb\xb6",				/* 件 */
	"\xe6\xac\xa1",				/* 次 */
	"\xe7\xaf\x87",				/* 篇 */
	"\xe4\xb8\xaa",				/* 个 */
	"\xe4\xba\xba",				/* 人 */
	"\xe9\xa1\xb9",				/* 项 */
	"\xe5\xae\xb6",				/* 家 */
	"\xe5\x9c\xba",				/* 场 */
	"\xe6\x9c\x9f",				/* 期 */
	NULL
};

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Trims spaces at both ends in place; returns the new start. */
static const char *
trim(const char *s, size_t *len)
{
	while (*len > 0 && is_space(*s))
	{
		s++;
		(*len)--;
	}
	while (*len > 0 && is_space(s[*len - 1]))
		(*len)--;
	return s;
}

bool
gv_is_unit_word(const char *s, size_t len)
{
	int			i;

	s = trim(s, &len);
	for (i = 0; unit_words[i]; i++)
		if (strlen(unit_words[i]) == len && memcmp(s, unit_words[i], len) == 0)
			return true;
	return false;
}

size_t
gv_unit_suffix(const char *s, size_t len)
{
	int			i;

	for (i = 0; unit_words[i]; i++)
	{
		size_t		ulen = strlen(unit_words[i]);

		if (len > ulen && memcmp(s + len - ulen, unit_words[i], ulen) == 0)
			return ulen;
	}
	return 0;
}

bool
gv_is_blank_mark(const char *s, size_t len)
{
	int			i;

	s = trim(s, &len);
	if (len == 0)
		return true;
	for (i = 0; blank_marks[i]; i++)
		if (strlen(blank_marks[i]) == len && memcmp(s, blank_marks[i], len) == 0)
			return true;
	return false;
}

/* Offset of the ')' that closes the '(' at s[0], or (size_t) -1. */
static size_t
closing_paren(const char *s, size_t len)
{
	int			depth = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0)
			return i;
	}
	return (size_t) -1;
}

GvCellValue
gv_classify_cell(GvArena *arena, const char *text)
{
	GvCellValue result;
	size_t		len = strlen(text);
	const char *s = trim(text, &len);
	size_t		num_end;
	size_t		rest;
	int			i;

	memset(&result, 0, sizeof(result));
	result.kind = GV_CELL_TEXT;
	if (gv_is_blank_mark(s, len))
	{
		result.kind = GV_CELL_BLANK;
		return result;
	}
	if (gv_is_unit_word(s, len))
	{
		result.kind = GV_CELL_UNIT;
		result.unit = gv_strndup(arena, s, len);
		return result;
	}

	/* more digits than a count has, or a leading zero: cells run together */
	if (len > 1 && strspn(s, "0123456789") == len && (len > 12 || s[0] == '0'))
	{
		result.kind = GV_CELL_GLUED;
		return result;
	}

	/* the numeric part: sign, digits, separators, decimal point */
	num_end = 0;
	if (num_end < len && (s[num_end] == '+' || s[num_end] == '-'))
		num_end++;
	while (num_end < len && ((s[num_end] >= '0' && s[num_end] <= '9') ||
							 s[num_end] == ',' || s[num_end] == '.'))
		num_end++;
	if (num_end == 0)
		return result;
	result.status = gv_num_parse(s, num_end, &result.num);
	if (result.status == GV_NUM_SYNTAX)
		return result;

	/* what may follow: a unit word, then a parenthesised annotation */
	rest = num_end;
	while (rest < len && is_space(s[rest]))
		rest++;
	for (i = 0; unit_words[i]; i++)
	{
		size_t		ulen = strlen(unit_words[i]);

		if (len - rest >= ulen && memcmp(s + rest, unit_words[i], ulen) == 0)
		{
			result.unit = unit_words[i];
			rest += ulen;
			break;
		}
	}
	while (rest < len && is_space(s[rest]))
		rest++;
	if (rest < len)
	{
		if (s[rest] != '(' || closing_paren(s + rest, len - rest) != len - rest - 1)
			return result;		/* e.g. 2017年, 99.9%, 4(…) 125(…): text */
		result.annotation = gv_strndup(arena, s + rest, len - rest);
	}
	result.kind = GV_CELL_NUMBER;
	return result;
}
