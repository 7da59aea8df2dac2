/*
 * matcher.c
 *	  Row labels -> catalog rows.
 *
 * Labels are compared by key (gv_label_key), so numbering, notes, spaces
 * and punctuation never matter.  Where several codes share a key the
 * current section decides; where a key matches nothing, a label within a
 * small edit distance of exactly one alias is accepted as a misprint.
 */
#include "cells.h"

#include <string.h>

#define MAX_KEY_CHARS 96

/*
 * Does key equal one of the '|'-separated aliases?  An alias marked '@'
 * counts only when in_section says the label stands in its row's section.
 */
static bool
aliases_contain(const char *aliases, const char *key, bool in_section)
{
	size_t		klen = strlen(key);
	const char *p = aliases;

	for (;;)
	{
		const char *end = strchr(p, '|');
		size_t		len = end ? (size_t) (end - p) : strlen(p);
		bool		restricted = (*p == '@');

		if (restricted)
		{
			p++;
			len--;
		}
		if (len == klen && memcmp(p, key, len) == 0 && (!restricted || in_section))
			return true;
		if (!end)
			return false;
		p = end + 1;
	}
}

static int
decode_key(const char *s, size_t len, uint32_t *out, int max)
{
	int			n = 0;
	size_t		pos = 0;

	while (pos < len)
	{
		int			used;
		uint32_t	cp = gv_utf8_decode((const unsigned char *) s + pos, len - pos, &used);

		if (n == max)
			return -1;
		out[n++] = cp;
		pos += used;
	}
	return n;
}

/*
 * Optimal string alignment distance (edits plus adjacent transpositions,
 * the usual misprint 人数员 for 人员数), or limit + 1 once it exceeds limit.
 */
static int
osa_distance(const uint32_t *a, int n, const uint32_t *b, int m, int limit)
{
	int			rows[3][MAX_KEY_CHARS + 1];
	int			i,
				j;

	if (n - m > limit || m - n > limit)
		return limit + 1;
	for (j = 0; j <= m; j++)
		rows[0][j] = j;
	for (i = 1; i <= n; i++)
	{
		int		   *cur = rows[i % 3];
		int		   *prev = rows[(i - 1) % 3];
		int		   *prev2 = rows[(i + 1) % 3];
		int			best = limit + 1;

		cur[0] = i;
		for (j = 1; j <= m; j++)
		{
			int			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int			v = prev[j] + 1;

			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (prev[j - 1] + cost < v)
				v = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return rows[n % 3][m];
}

/* Misprints tolerated for a key of n characters: none for short keys. */
static int
typo_limit(int n)
{
	if (n < 5)
		return 0;
	if (n < 10)
		return 1;
	return 2;
}

/* Smallest distance from key to any alias, or limit + 1. */
static int
alias_distance(const char *aliases, const uint32_t *key, int n, int limit)
{
	uint32_t	alias[MAX_KEY_CHARS];
	const char *p = aliases;
	int			best = limit + 1;

	for (;;)
	{
		const char *end = strchr(p, '|');
		size_t		len = end ? (size_t) (end - p) : strlen(p);
		int			m = *p == '@' ? 0 : decode_key(p, len, alias, MAX_KEY_CHARS);

		if (m > 0)
		{
			int			d = osa_distance(key, n, alias, m, limit);

			if (d < best)
				best = d;
		}
		if (!end)
			return best;
		p = end + 1;
	}
}

static void
add_candidate(GvMatch *m, int code)
{
	int			i;

	for (i = 0; i < m->ncandidates; i++)
		if (m->candidates[i] == code)
			return;
	if (m->ncandidates < (int) (sizeof(m->candidates) / sizeof(m->candidates[0])))
		m->candidates[m->ncandidates++] = code;
}

/*
 * A long label cut short, its end wrapped onto a line after the row's
 * numbers (1、申请人无正当理由逾期不补正、行政机关不再处理其政府信 / 息公开申请):
 * the start of exactly one alias, and at least half of it.
 */
#define MIN_PREFIX_CHARS 6

static void
match_prefix(GvMatch *m, const char *key, unsigned generations)
{
	size_t		klen = strlen(key);
	int			i;

	if (gv_utf8_length(key) < MIN_PREFIX_CHARS)
		return;
	for (i = 0; i < gv_row_count(); i++)
	{
		const GvRowDef *row = gv_row_at(i);
		const char *p = row->aliases;

		if (!(row->generations & generations))
			continue;
		for (;;)
		{
			const char *end = strchr(p, '|');
			size_t		len = end ? (size_t) (end - p) : strlen(p);

			if (*p != '@' && len > klen && len <= 2 * klen && memcmp(p, key, klen) == 0)
			{
				add_candidate(m, i);
				break;
			}
			if (!end)
				break;
			p = end + 1;
		}
	}
	if (m->ncandidates > 1)
	{
		/* the same row in two generations is one match; different rows are none */
		for (i = 1; i < m->ncandidates; i++)
			if (strcmp(gv_row_at(m->candidates[i])->key, gv_row_at(m->candidates[0])->key) != 0)
			{
				m->ncandidates = 0;
				return;
			}
	}
}

GvMatch		gv_match_label(GvArena *arena, const char *label, unsigned generations,
						   const char *current_section, bool tolerant);

/*
 * Labels run together: 三、本年度办理结果（一）予以公开 is a group label and a
 * row label.  The last numbered piece that is a catalog label names the row.
 */
static void
match_last_segment(GvArena *arena, GvMatch *m, const char *label, unsigned generations,
				   const char *current_section)
{
	const char *last = NULL;
	const char *p;

	for (p = label + 1; *p; p++)
		if (((unsigned char) *p & 0xC0) != 0x80 && gv_numbering_length(p) > 0)
			last = p;
	if (last == NULL)
		return;
	*m = gv_match_label(arena, last, generations, current_section, false);
}

static int
match_section(const char *key, unsigned generations)
{
	int			i;

	for (i = 0; i < gv_section_count(); i++)
	{
		const GvSection *section = gv_section_at(i);

		if ((section->generations & generations) && aliases_contain(section->aliases, key, false))
			return i;
	}
	return -1;
}

/* Picks among candidates by section; sets code or ambiguous. */
static void
resolve(GvMatch *m, const char *current_section)
{
	int			i;
	int			chosen = -1;
	int			in_section = 0;

	if (m->ncandidates == 1)
	{
		m->row = m->candidates[0];
		return;
	}
	if (current_section)
		for (i = 0; i < m->ncandidates; i++)
			if (strcmp(gv_row_at(m->candidates[i])->section, current_section) == 0)
			{
				chosen = m->candidates[i];
				in_section++;
			}
	if (in_section == 1)
		m->row = chosen;
	else
		m->ambiguous = true;
}

GvMatch
gv_match_label(GvArena *arena, const char *label, unsigned generations,
			   const char *current_section, bool tolerant)
{
	GvMatch		m;
	const char *key = gv_label_key(arena, label);
	int			count = gv_row_count();
	int			i;

	memset(&m, 0, sizeof(m));
	m.row = -1;
	m.section = -1;
	if (*key == '\0')
		return m;

	for (i = 0; i < count; i++)
	{
		const GvRowDef *row = gv_row_at(i);
		/* apply.other lies within apply: a row's section or one inside it */
		bool		in_section = current_section &&
			strncmp(current_section, row->section, strlen(row->section)) == 0 &&
			(current_section[strlen(row->section)] == '\0' ||
			 current_section[strlen(row->section)] == '.');

		if ((row->generations & generations) && aliases_contain(row->aliases, key, in_section))
			add_candidate(&m, i);
	}
	if (m.ncandidates == 0)
		m.section = match_section(key, generations);
	if (m.ncandidates == 0 && m.section < 0 && tolerant)
		match_prefix(&m, key, generations);
	if (m.ncandidates == 0 && m.section < 0 && tolerant)
		match_last_segment(arena, &m, label, generations, current_section);

	if (m.ncandidates == 0 && m.section < 0 && tolerant)
	{
		uint32_t	chars[MAX_KEY_CHARS];
		int			n = decode_key(key, strlen(key), chars, MAX_KEY_CHARS);
		int			limit = n > 0 ? typo_limit(n) : 0;
		int			best = limit + 1;

		for (i = 0; limit > 0 && i < count; i++)
		{
			const GvRowDef *row = gv_row_at(i);
			int			d;

			if (!(row->generations & generations))
				continue;
			d = alias_distance(row->aliases, chars, n, best < limit ? best : limit);
			if (d < best)
			{
				best = d;
				m.ncandidates = 0;
			}
			if (d == best && d <= limit)
				add_candidate(&m, i);
		}
		m.typo = m.ncandidates > 0;
	}
	if (m.ncandidates > 0)
		resolve(&m, current_section);
	return m;
}

bool
gv_label_is_known(GvArena *arena, const char *label)
{
	GvMatch		m = gv_match_label(arena, label, GV_GEN_ALL, NULL, false);

	return m.ncandidates > 0 || m.section >= 0;
}

bool
gv_has_numbering(const char *text)
{
	const char *p = text;

	while (*p == ' ')
		p++;
	return gv_skip_numbering(p) != p;
}

bool
gv_is_header_word(GvArena *arena, const char *text)
{
	static const char *const words[] = {
		"统计指标", "指标名称", "指标", "单位", "计量单位", "统计数", "统计数据",
		"本年度", "历年累计", "本年累计", "本期", "累计", "备注", "序号", "项目",
		NULL
	};
	const char *key = gv_label_key(arena, text);
	int			i;

	for (i = 0; words[i]; i++)
		if (strcmp(words[i], key) == 0)
			return true;
	return false;
}

/* A label of a group of rows: （三）不予公开, （四）无法提供, 三、本年度办理结果. */
bool
gv_label_is_group(GvArena *arena, const char *label)
{
	static const char *const groups[] = {
		"apply.denied", "apply.unable", "apply.refused", "apply.other", NULL
	};
	GvMatch		m = gv_match_label(arena, label, GV_GEN_ALL, NULL, false);
	int			i;

	if (m.section >= 0)
		return true;
	if (m.ncandidates != 1)
		return false;
	for (i = 0; groups[i]; i++)
		if (strcmp(gv_row_at(m.candidates[0])->key, groups[i]) == 0)
			return true;
	return false;
}

/* The start of exactly one label, cut short where it wrapped. */
bool
gv_label_is_partial(GvArena *arena, const char *label)
{
	GvMatch		exact = gv_match_label(arena, label, GV_GEN_ALL, NULL, false);
	GvMatch		m;

	if (exact.ncandidates > 0 || exact.section >= 0)
		return false;
	memset(&m, 0, sizeof(m));
	match_prefix(&m, gv_label_key(arena, label), GV_GEN_ALL);
	return m.ncandidates > 0;
}

/* Does the label name one catalog row, misprints and cut-short ends allowed? */
bool
gv_label_fits(GvArena *arena, const char *label)
{
	GvMatch		m = gv_match_label(arena, label, GV_GEN_ALL, NULL, true);

	return m.ncandidates > 0;
}
