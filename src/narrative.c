/*
 * narrative.c
 *	  Numbers the national reports state in their prose: applications
 *	  received (收到/新收/受理…申请3119件), administrative reviews (行政复议351件)
 *	  and lawsuits (行政诉讼46件).  They are kept under narrative.* codes, and
 *	  the soft rule `narrative` compares them with the tables.
 *
 * Only the text before the first table is read, spaces removed (PDF text
 * spaces digits apart and wraps sentences), and only the first statement
 * of each kind counts.
 */
#include "placement.h"

#include <string.h>

/* Reads digits at p (at most 9); returns the value or -1. */
static long
digits_at(const char *p, const char **end)
{
	long		value = 0;
	int			n = 0;

	while (*p >= '0' && *p <= '9' && n < 9)
	{
		value = value * 10 + (*p - '0');
		p++;
		n++;
	}
	*end = p;
	return n ? value : -1;
}

static bool
starts_with(const char *p, const char *word)
{
	return strncmp(p, word, strlen(word)) == 0;
}

/* Does one of the words occur in the span [from, to)? */
static bool
span_has(const char *from, const char *to, const char *const *words)
{
	int			i;

	for (i = 0; words[i]; i++)
	{
		const char *hit = strstr(from, words[i]);

		if (hit && hit + strlen(words[i]) <= to)
			return true;
	}
	return false;
}

/* Digits followed by 件, within `window` bytes after p; -1 if none. */
static long
count_after(const char *p, size_t window)
{
	const char *limit = p + window;

	for (; *p && p < limit; p++)
	{
		const char *end;
		long		value;

		if (!(*p >= '0' && *p <= '9'))
			continue;
		value = digits_at(p, &end);
		if (starts_with(end, "件"))
			return value;
		return -1;				/* the first number is the statement's */
	}
	return -1;
}

/* 受理政府信息公开申请3119件 or 收到25件政府信息公开申请 */
static long
applications(const char *text)
{
	static const char *const verbs[] = {"收到", "新收", "受理", NULL};
	static const char *const disputes[] = {"复议", "诉讼", NULL};
	const char *p;

	for (p = text; (p = strstr(p, "申请")) != NULL; p += strlen("申请"))
	{
		const char *before = p > text + 36 ? p - 36 : text;
		long		value;

		if (!span_has(before, p, verbs) || span_has(before, p, disputes))
			continue;
		value = count_after(p + strlen("申请"), 12);
		if (value >= 0)
			return value;
	}
	for (p = text; *p; p++)
	{
		int			i;

		for (i = 0; verbs[i]; i++)
			if (starts_with(p, verbs[i]))
			{
				const char *q = p + strlen(verbs[i]);
				const char *end;
				long		value = digits_at(q, &end);

				if (value >= 0 && starts_with(end, "件") &&
					strstr(end, "申请") && strstr(end, "申请") - end < 40)
					return value;
			}
	}
	return -1;
}

/* The first 行政复议351件: the word with a count right after it. */
static long
first_count(const char *text, const char *word)
{
	const char *p;

	for (p = strstr(text, word); p; p = strstr(p + strlen(word), word))
	{
		long		value = count_after(p + strlen(word), 9);

		if (value >= 0)
			return value;
	}
	return -1;
}

static void
store_statement(ParseState *st, const char *code_name, long value)
{
	int			code = gv_catalog_find(code_name);

	if (code < 0 || value < 0 || st->report->values.present[code])
		return;
	st->report->values.present[code] = true;
	st->report->values.value[code] = gv_num_from_int(value);
}

void
gv_read_narrative(ParseState *st, const GvDoc *doc, int table_line)
{
	GvBuf		prose;
	int			i;

	gv_buf_init(&prose);
	for (i = 0; i < doc->nlines && doc->lines[i].lineno < table_line; i++)
	{
		const char *p;

		for (p = doc->lines[i].text; *p; p++)
			if (*p != ' ' && *p != '\t')
				gv_buf_append(st->arena, &prose, p, 1);
	}
	if (prose.len == 0)
		return;
	store_statement(st, "narrative.apply.received", applications(prose.data));
	store_statement(st, "narrative.review.total", first_count(prose.data, "行政复议"));
	store_statement(st, "narrative.litigation.total", first_count(prose.data, "行政诉讼"));
}
