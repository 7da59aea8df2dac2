/*
 * metadata.c
 *	  Organ, year, title, publication date, index number and publisher.
 *
 * Sites print a block of "name: value" fields above the report (索引号,
 * 发布机构, 公开日期, 名称), either one per line or several on a line; the
 * title names the organ and the year (株洲市工商行政管理局2017年度政府信息公开
 * 工作年度报告), sometimes with the organ on the line above.
 */
#include "cells.h"

#include <stdio.h>
#include <string.h>

/* How far into the text the header block and title are looked for. */
#define GV_HEADER_LINES 200

typedef struct Field
{
	const char *name;
	int			slot;			/* which report field it fills */
	int			rank;			/* lower wins when several are printed */
} Field;

enum
{
	SLOT_INDEX,
	SLOT_PUBLISHER,
	SLOT_DATE,
	SLOT_TITLE,
	SLOT_COUNT
};

static const Field fields[] = {
	{"索引号", SLOT_INDEX, 0},
	{"发布机构", SLOT_PUBLISHER, 0},
	{"发布单位", SLOT_PUBLISHER, 1},
	{"发文机关", SLOT_PUBLISHER, 2},
	{"公开日期", SLOT_DATE, 0},
	{"发布日期", SLOT_DATE, 0},
	{"发布时间", SLOT_DATE, 1},
	{"成文日期", SLOT_DATE, 2},
	{"名称", SLOT_TITLE, 0},
	{"标题", SLOT_TITLE, 1},
};

#define NFIELDS ((int) (sizeof(fields) / sizeof(fields[0])))

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* A field name counts at the start of a line or after a separator. */
static const char *
find_field(const char *text, const char *name)
{
	const char *p = text;

	while ((p = strstr(p, name)) != NULL)
	{
		const char *q = p;
		bool		separated;

		while (q > text && is_space(q[-1]))
			q--;
		/* not inside a longer word such as 指标名称 */
		separated = q == text || q != p || q[-1] == '|' ||
			(q - text >= 3 && memcmp(q - 3, "\xe2\x80\xa2", 3) == 0);	/* • */
		if (separated)
		{
			const char *after = p + strlen(name);

			while (is_space(*after))
				after++;
			if (*after == ':')
				return after + 1;
		}
		p += strlen(name);
	}
	return NULL;
}

/*
 * The value runs to the next field name, a tab, two spaces or a pipe.  The
 * folded text finds it; the printed text gives it.
 */
static char *
field_value(GvArena *arena, const GvLine *line, const char *start)
{
	const char *end;
	int			i;

	while (is_space(*start))
		start++;
	end = start;
	while (*end && *end != '\t' && *end != '|' && !(end[0] == ' ' && end[1] == ' '))
		end++;
	for (i = 0; i < NFIELDS; i++)
	{
		const char *other = strstr(start, fields[i].name);

		if (other && other < end)
			end = other;
	}
	while (end > start && is_space(end[-1]))
		end--;
	if (end == start)
		return NULL;
	/* the value as printed (Traditional characters, full-width forms kept) */
	{
		int			from = line->offsets[start - line->text];
		int			to = line->offsets[end - line->text];

		return gv_strndup(arena, line->raw + from, (size_t) (to - from));
	}
}

static bool
valid_date(int y, int m, int d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (y < 1949 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

/* Reads 1 to max digits at *p, skipping spaces around them; -1 if none. */
static int
read_number(const char **p, int max)
{
	int			value = 0;
	int			digits = 0;

	while (is_space(**p))
		(*p)++;
	while (**p >= '0' && **p <= '9' && digits < max)
	{
		value = value * 10 + (**p - '0');
		(*p)++;
		digits++;
	}
	while (is_space(**p))
		(*p)++;
	return digits ? value : -1;
}

/* Skips one date separator: - / . or the given Chinese word. */
static bool
skip_separator(const char **p, const char *word)
{
	if (**p == '-' || **p == '/' || **p == '.')
	{
		(*p)++;
		return true;
	}
	if (strncmp(*p, word, strlen(word)) == 0)
	{
		*p += strlen(word);
		return true;
	}
	return false;
}

/* 2018-03-14, 2018/3/14, 2018.03.14 or 2018年3月14日 (spaced too), anywhere in s. */
static char *
parse_date(GvArena *arena, const char *s)
{
	const char *begin = s;

	for (; *s; s++)
	{
		const char *p = s;
		int			y,
					m,
					d;
		char		out[32];

		if (!(*s >= '0' && *s <= '9') || (s > begin && s[-1] >= '0' && s[-1] <= '9'))
			continue;
		y = read_number(&p, 4);
		if (y < 0 || !skip_separator(&p, "年"))
			continue;
		m = read_number(&p, 2);
		if (m < 0 || !skip_separator(&p, "月"))
			continue;
		d = read_number(&p, 2);
		if (d >= 0 && valid_date(y, m, d))
		{
			snprintf(out, sizeof(out), "%04d-%02d-%02d", y, m, d);
			return gv_strdup(arena, out);
		}
	}
	return NULL;
}

/* Copies s without spaces: PDF text spaces out digits and CJK ("2024 年"). */
static char *
squeeze(GvArena *arena, const char *s)
{
	char	   *out = gv_alloc(arena, strlen(s) + 1);
	char	   *o = out;

	for (; *s; s++)
		if (!is_space(*s))
			*o++ = *s;
	*o = '\0';
	return out;
}

/* Finds "YYYY年" in s; returns the year and where it starts, or 0. */
static int
find_year(const char *s, const char **where)
{
	const char *p;

	for (p = s; *p; p++)
	{
		int			y;

		if (!(p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' &&
			  p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9'))
			continue;
		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		if (strncmp(p + 4, "\xe5\xb9\xb4", 3) != 0)	/* 年 */
			continue;
		y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		if (y < 1990 || y > 2200)
			continue;
		if (where)
			*where = p;
		return y;
	}
	return 0;
}

static bool
is_title(const char *text)
{
	return strstr(text, "政府信息公开") &&
		(strstr(text, "年度报告") || strstr(text, "年报") || strstr(text, "工作报告") ||
		 strstr(text, "情况的报告"));
}

/* Site chrome around a page: breadcrumbs and the like, never the title. */
static bool
is_chrome(const char *text)
{
	return strstr(text, "首页") || strstr(text, "位置") || strstr(text, ">>") ||
		strstr(text, "\xe2\x80\xba") || strchr(text, ':');	/* › */
}

/* Strips bullets, field names and a leading 关于 from a title. */
static const char *
title_body(const char *title)
{
	const char *p = title;

	if (strncmp(p, "\xe2\x80\xa2", 3) == 0)
		p += 3;
	if (strncmp(p, "关于", strlen("关于")) == 0)
		p += strlen("关于");
	return p;
}

/*
 * The next non-empty line, when it completes a title broken over two lines
 * (2024 年上海市科委政府信息公开工作 / 年度报告); NULL otherwise.
 */
static const char *
title_tail(GvArena *arena, const GvDoc *doc, int i, int limit)
{
	for (i++; i < limit; i++)
	{
		const char *text;

		if (doc->lines[i].empty)
			continue;
		text = squeeze(arena, doc->lines[i].text);
		if (!doc->lines[i].prose && strlen(text) < 60 && strstr(text, "报告") && !is_chrome(text))
			return text;
		return NULL;
	}
	return NULL;
}

/*
 * Finds the title line, and the organ when it is printed on the line above
 * a title that starts with the year.
 */
static const char *
find_title(GvArena *arena, const GvDoc *doc, const char **organ_line)
{
	int			limit = doc->nlines < GV_HEADER_LINES ? doc->nlines : GV_HEADER_LINES;
	const char *previous = NULL;
	int			i;

	for (i = 0; i < limit; i++)
	{
		const GvLine *line = &doc->lines[i];
		const char *text;
		const char *year_at = NULL;

		if (line->empty)
			continue;
		text = squeeze(arena, line->text);
		if (is_chrome(text))
		{
			previous = NULL;
			continue;
		}
		if (!line->prose && strlen(text) < 240 && strstr(text, "政府信息公开") && !is_title(text))
		{
			const char *tail = title_tail(arena, doc, i, limit);

			if (tail && is_title(gv_concat(arena, text, tail)))
				text = gv_concat(arena, text, tail);
		}
		if (!line->prose && is_title(text) && strlen(text) < 240)
		{
			if (previous && find_year(text, &year_at) && year_at == text)
				*organ_line = previous;
			return text;
		}
		previous = (!line->prose && strlen(text) < 90 && !strchr(text, ':')) ? text : NULL;
	}
	return NULL;
}

/* 2024年上海市科委政府信息公开工作年度报告: the organ between year and topic. */
static char *
organ_after_year(GvArena *arena, const char *year_at)
{
	const char *start = year_at + 4 + strlen("年");
	const char *end;

	if (strncmp(start, "度", strlen("度")) == 0)
		start += strlen("度");
	end = strstr(start, "政府信息公开");
	if (end == NULL || end == start)
		return NULL;
	return gv_strndup(arena, start, (size_t) (end - start));
}

static void
read_title(GvArena *arena, const GvDoc *doc, GvReport *report, const char *named_title)
{
	const char *organ_line = NULL;
	const char *title = named_title ? named_title : find_title(arena, doc, &organ_line);
	const char *year_at = NULL;

	if (title == NULL)
		return;
	title = title_body(squeeze(arena, title));
	report->year = find_year(title, &year_at);
	if (report->year && year_at > title)
	{
		/* 南屏区人社局关于2020年度…的报告: the organ ends before 关于 */
		const char *end = year_at;

		if (end - title > (long) strlen("关于") &&
			strncmp(end - strlen("关于"), "关于", strlen("关于")) == 0)
			end -= strlen("关于");
		report->organ = gv_strndup(arena, title, (size_t) (end - title));
	}
	else if (report->year && (report->organ = organ_after_year(arena, year_at)) != NULL)
		organ_line = NULL;		/* the title names the organ itself */
	else if (organ_line)
		report->organ = gv_strdup(arena, organ_line);
	report->title = organ_line ? gv_concat(arena, organ_line, title) : gv_strdup(arena, title);
}

/* Whether the ideograph cp is one of the characters of set. */
static bool
ideograph_in(uint32_t cp, const char *set)
{
	char		ch[5] = {0};

	if (cp == 0)
		return false;
	gv_utf8_encode(cp, ch);
	return strstr(set, ch) != NULL;
}

/* The CJK ideograph that ends just before at (its start in *start), or 0. */
static uint32_t
ideograph_before(const char *text, const char *at, const char **start)
{
	int			used;
	uint32_t	cp;

	if (at - text < 3)
		return 0;
	cp = gv_utf8_decode((const unsigned char *) at - 3, 3, &used);
	if (used != 3 || cp < 0x4E00 || cp > 0x9FFF)
		return 0;
	*start = at - 3;
	return cp;
}

#define PLACE_LEVELS "省市州盟"
#define OPENING_BYTES 4096

/*
 * The place that text names just before organ_at, as in 由淮安市洪泽区人民政府:
 * ideographs back to a word that cannot be part of a place name, ending in a
 * level of administration.  NULL when there is none or no clear start.
 */
static char *
place_before(GvArena *arena, const char *text, const char *organ_at)
{
	const char *start = organ_at;
	const char *p;
	uint32_t	cp;
	int			chars = 0;

	cp = ideograph_before(text, organ_at, &p);
	if (cp == 0 || !ideograph_in(cp, PLACE_LEVELS))
		return NULL;
	while ((cp = ideograph_before(text, start, &p)) != 0 &&
		   !ideograph_in(cp, "由与和及是为向经在对据的了本我全该请自原年度布告于照至称"))
	{
		if (++chars == 8)
			return NULL;
		start = p;
	}
	return chars >= 3 ? gv_strndup(arena, start, (size_t) (organ_at - start)) : NULL;
}

/*
 * Titles of district and county organs often drop the city (洪泽区人民政府
 * for 淮安市洪泽区人民政府); the opening paragraph names the organ in full.
 * Completes an organ that names no city or province from its first mention
 * there that such a place comes before.
 */
static void
complete_organ(GvArena *arena, const GvDoc *doc, GvReport *report)
{
	int			limit = doc->nlines < 40 ? doc->nlines : 40;
	char	   *opening = "";
	const char *at;
	const char *end = report->organ + strlen(report->organ);
	const char *c;
	int			used;
	int			i;

	for (c = report->organ; c < end; c += used > 0 ? used : 1)
		if (ideograph_in(gv_utf8_decode((const unsigned char *) c, end - c, &used), PLACE_LEVELS))
			return;				/* it names its city or province already */
	/* the lines joined, as PDF text wraps names; a few KB is the opening */
	for (i = 0; i < limit && strlen(opening) < OPENING_BYTES; i++)
	{
		char	   *line = squeeze(arena, doc->lines[i].text);

		size_t		cut = OPENING_BYTES;

		if (strlen(line) > cut)
		{
			while (cut > 0 && ((unsigned char) line[cut] & 0xC0) == 0x80)
				cut--;			/* not inside a character */
			line[cut] = '\0';
		}
		opening = gv_concat(arena, opening, line);
	}
	for (at = strstr(opening, report->organ); at; at = strstr(at + 1, report->organ))
	{
		char	   *place = place_before(arena, opening, at);

		if (place)
		{
			report->organ = gv_concat(arena, place, report->organ);
			return;
		}
	}
}

/* 本报告所列数据统计期限自2017年1月1日起: the year when no title gives it. */
static int
year_from_period(GvArena *arena, const GvDoc *doc)
{
	int			i;

	for (i = 0; i < doc->nlines && i < GV_HEADER_LINES; i++)
	{
		const char *text = squeeze(arena, doc->lines[i].text);
		const char *at = strstr(text, "统计期限");
		int			year;

		if (!at)
			at = strstr(text, "统计期间");
		if (!at)
			at = strstr(text, "统计周期");
		if (at && (year = find_year(at, NULL)) != 0)
			return year;
	}
	return 0;
}

/*
 * （2025年1月26日）: a date alone on a line near the top, in parentheses, as
 * printed under the titles of many reports.
 */
static char *
dated_line(GvArena *arena, const GvDoc *doc)
{
	int			limit = doc->nlines < 30 ? doc->nlines : 30;
	int			i;

	for (i = 0; i < limit; i++)
	{
		const char *text = squeeze(arena, doc->lines[i].text);
		size_t		len = strlen(text);

		if (len > 2 && len < 40 && text[0] == '(' && text[len - 1] == ')')
		{
			char	   *date = parse_date(arena, text);

			if (date)
				return date;
		}
	}
	return NULL;
}

void
gv_read_metadata(GvArena *arena, const GvDoc *doc, GvReport *report)
{
	char	   *values[SLOT_COUNT] = {NULL};
	int			ranks[SLOT_COUNT];
	int			limit = doc->nlines < GV_HEADER_LINES ? doc->nlines : GV_HEADER_LINES;
	int			i,
				f;

	for (f = 0; f < SLOT_COUNT; f++)
		ranks[f] = 1000;
	for (i = 0; i < limit; i++)
	{
		const GvLine *line = &doc->lines[i];

		if (line->empty || line->prose)
			continue;
		for (f = 0; f < NFIELDS; f++)
		{
			const char *start;
			char	   *value;

			if (fields[f].rank >= ranks[fields[f].slot])
				continue;
			start = find_field(line->text, fields[f].name);
			if (start == NULL || (value = field_value(arena, line, start)) == NULL)
				continue;
			if (fields[f].slot == SLOT_DATE && (value = parse_date(arena, start)) == NULL)
				continue;
			values[fields[f].slot] = value;
			ranks[fields[f].slot] = fields[f].rank;
		}
	}
	report->index_no = values[SLOT_INDEX];
	report->publisher = values[SLOT_PUBLISHER];
	report->published = values[SLOT_DATE] ? values[SLOT_DATE] : dated_line(arena, doc);
	read_title(arena, doc, report, values[SLOT_TITLE] && is_title(values[SLOT_TITLE]) ? values[SLOT_TITLE] : NULL);
	if (report->year == 0)
		report->year = year_from_period(arena, doc);
	if (report->organ && *report->organ)
		complete_organ(arena, doc, report);
}
