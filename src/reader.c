/*
 * reader.c
 *	  Text -> lines -> cells.
 *
 * One reader serves the flattened layouts: a line is split into cells by
 * tabs, by '|' pipes (Markdown), or by runs of two or more spaces (PDF
 * -layout text); a line with none of those is one cell, which is how
 * one-cell-per-line web tables arrive.  A trailing number separated from
 * its label by a single space is split off as well.
 */
#include "cells.h"

#include <string.h>

/* A line longer than this (in code points, spaces excluded) is prose. */
#define GV_PROSE_LENGTH 120
/* ... and so is one this long with a comma outside parentheses. */
#define GV_PROSE_COMMA_LENGTH 24

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* A semicolon that ends a clause, not an entity such as &nbsp; left in a cell. */
static bool
has_semicolon(const char *text)
{
	const char *p;

	for (p = strchr(text, ';'); p; p = strchr(p + 1, ';'))
	{
		const char *q = p;

		while (q > text && ((q[-1] >= 'a' && q[-1] <= 'z') || (q[-1] >= '0' && q[-1] <= '9') ||
							q[-1] == '#'))
			q--;
		if (!(q > text && q[-1] == '&' && q < p))
			return true;
	}
	return false;
}

/* A comma outside parentheses: labels keep theirs inside （区分处理的，…）. */
static bool
has_bare_comma(const char *text)
{
	int			depth = 0;
	const char *p;

	for (p = text; *p; p++)
	{
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		else if (*p == ',' && depth == 0)
			return true;
	}
	return false;
}

/*
 * Ends in two or more numbers set apart by spaces, one gap at least as wide
 * as a column's: the cells of a table row (a wrapped label's middle line
 * ，只计这一情形，不计其他情   1282    0 …), not a sentence's 0871 63101234.
 */
static bool
ends_in_numbers(const char *text)
{
	const char *end = text + strlen(text);
	int			numbers = 0;
	bool		column_gap = false;

	for (;;)
	{
		const char *start;
		const char *gap = end;

		while (end > text && is_space(end[-1]))
			end--;
		if (numbers > 0 && (gap - end >= 2 || memchr(end, '\t', gap - end)))
			column_gap = true;
		start = end;
		while (start > text && ((start[-1] >= '0' && start[-1] <= '9') || start[-1] == '.'))
			start--;
		if (start == end || (start > text && !is_space(start[-1])))
			return numbers >= 2 && column_gap;
		numbers++;
		end = start;
	}
}

/*
 * A sentence: it has a full stop or a semicolon, is far longer than any
 * label, or is a long line with commas outside parentheses (a wrapped
 * line of a paragraph in PDF text) that does not end in a row's numbers.
 */
static bool
looks_like_prose(const char *text)
{
	int			length = 0;
	const char *p;

	if (strstr(text, "\xe3\x80\x82") || has_semicolon(text))	/* 。 ； */
		return true;
	if (ends_in_numbers(text))
		return false;
	for (p = text; *p; p++)
		if (((unsigned char) *p & 0xC0) != 0x80 && !is_space(*p))
			length++;
	return length > GV_PROSE_LENGTH || (length >= GV_PROSE_COMMA_LENGTH && has_bare_comma(text));
}

/* -3-, — 4 —, 第3页, 第 3 页 共 5 页: page chrome, never a cell. */
static bool
is_page_number(const char *text)
{
	static const char *const dashes[] = {"-", "\xe2\x80\x94", "\xe2\x80\x93", NULL};
	const char *p = text;
	int			digits = 0;
	int			i;
	bool		dashed = false;

	while (is_space(*p))
		p++;
	if (strncmp(p, "第", strlen("第")) == 0)
	{
		p += strlen("第");
		while (is_space(*p) || (*p >= '0' && *p <= '9'))
			digits += (*p >= '0' && *p <= '9'), p++;
		return digits > 0 && strncmp(p, "页", strlen("页")) == 0;
	}
	for (i = 0; dashes[i]; i++)
		if (strncmp(p, dashes[i], strlen(dashes[i])) == 0)
		{
			p += strlen(dashes[i]);
			dashed = true;
			break;
		}
	while (is_space(*p))
		p++;
	while (*p >= '0' && *p <= '9')
		digits++, p++;
	while (is_space(*p))
		p++;
	if (!dashed || digits == 0 || digits > 4)
		return false;
	for (i = 0; dashes[i]; i++)
		if (strncmp(p, dashes[i], strlen(dashes[i])) == 0)
		{
			p += strlen(dashes[i]);
			while (is_space(*p))
				p++;
			return *p == '\0';
		}
	return false;
}

/* Removes <!--…--> and <![…]> from a printed piece, in place. */
static char *
without_comments(char *text)
{
	char	   *start;

	while ((start = strstr(text, "<!")) != NULL)
	{
		char	   *end = strstr(start, start[2] == '-' ? "-->" : ">");

		if (end == NULL)
			break;
		end += start[2] == '-' ? 3 : 1;
		memmove(start, end, strlen(end) + 1);
	}
	return text;
}

static void
add_cell(GvArena *arena, GvVec *cells, const GvLine *line, const char *s, size_t len)
{
	GvCell	   *cell;
	size_t		from,
				to;

	while (len > 0 && is_space(*s))
	{
		s++;
		len--;
	}
	while (len > 0 && is_space(s[len - 1]))
		len--;
	cell = gv_vec_push(arena, cells);
	cell->text = gv_strndup(arena, s, len);
	cell->start = (int) (s - line->text);
	from = (size_t) line->offsets[s - line->text];
	to = (size_t) line->offsets[s + len - line->text];
	cell->printed = without_comments(gv_strndup(arena, line->raw + from, to - from));
	cell->v = gv_classify_cell(arena, cell->text);
}

/* A Markdown rule row such as |---|:--:|: every cell three dashes or more. */
static bool
is_pipe_rule(const char *text)
{
	int			dashes = 0;
	int			cells = 0;

	for (;; text++)
	{
		if (*text == '|' || *text == '\0')
		{
			if (dashes > 0)
				cells++;
			else if (*text == '\0' && cells == 0)
				return false;
			if (dashes > 0 && dashes < 3)
				return false;
			dashes = 0;
			if (*text == '\0')
				return cells > 0;
		}
		else if (*text == '-')
			dashes++;
		else if (*text != ':' && !is_space(*text))
			return false;
	}
}

static void
split_by(GvArena *arena, GvVec *cells, const GvLine *line, char sep, bool drop_edges)
{
	const char *start = line->text;
	const char *p;

	if (drop_edges)
	{
		while (is_space(*start))
			start++;
		if (*start == sep)
			start++;
	}
	for (p = start;; p++)
	{
		if (*p == sep || *p == '\0')
		{
			size_t		len = (size_t) (p - start);

			/* a trailing empty piece after the last pipe is not a cell */
			if (!(drop_edges && *p == '\0'))
				add_cell(arena, cells, line, start, len);
			else
			{
				const char *q = start;

				while (q < p && is_space(*q))
					q++;
				if (q < p)
					add_cell(arena, cells, line, start, len);
			}
			if (*p == '\0')
				break;
			start = p + 1;
		}
	}
}

/* Splits on runs of two or more spaces. */
static void
split_spaces(GvArena *arena, GvVec *cells, const GvLine *line)
{
	const char *p = line->text;

	while (*p)
	{
		const char *start;
		const char *end;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		start = p;
		end = p;
		while (*p && !(p[0] == ' ' && p[1] == ' '))
		{
			p++;
			end = p;
		}
		add_cell(arena, cells, line, start, (size_t) (end - start));
	}
}

/*
 * "收到申请数 25" or "收到申请数 件 25": number, blank and unit tokens at
 * the end of a text cell, each after a single space, become cells of
 * their own.
 */
static void
split_trailing_values(GvArena *arena, GvVec *cells, const GvLine *line)
{
	GvVec		out;
	int			i;

	gv_vec_init(&out, sizeof(GvCell));
	for (i = 0; i < cells->count; i++)
	{
		GvCell		cell = GV_VEC_AT(cells, GvCell, i);
		const char *text = line->text + cell.start;
		size_t		len = strlen(cell.text);
		size_t		cut = len;
		int			tokens = 0;

		if (cell.v.kind == GV_CELL_TEXT)
		{
			for (;;)
			{
				size_t		end = cut;
				size_t		start;
				GvCellValue v;
				char	   *token;

				while (end > 0 && text[end - 1] == ' ')
					end--;
				start = end;
				while (start > 0 && text[start - 1] != ' ')
					start--;
				if (start == 0 || start == end)
					break;
				token = gv_strndup(arena, text + start, end - start);
				v = gv_classify_cell(arena, token);
				if (v.kind == GV_CELL_TEXT || (v.kind == GV_CELL_BLANK && end - start > 3))
					break;
				cut = start;
				tokens++;
			}
		}
		if (tokens == 0)
		{
			*(GvCell *) gv_vec_push(arena, &out) = cell;
			continue;
		}
		add_cell(arena, &out, line, text, cut);
		{
			const char *p = text + cut;
			const char *stop = text + len;

			while (p < stop)
			{
				const char *start;

				while (p < stop && *p == ' ')
					p++;
				start = p;
				while (p < stop && *p != ' ')
					p++;
				if (p > start)
					add_cell(arena, &out, line, start, (size_t) (p - start));
			}
		}
	}
	*cells = out;
}

/*
 * Cells a crawler glued together: 规范性文件898989, 行政事业性收费847.2083,
 * 1.申请人…申请00000002.申请人逾期…0000000.  A text cell is cut into label
 * pieces and the digit runs after them (outside parentheses, right after a
 * Chinese character).  A run followed by 、 or . and a label ends with
 * that label's row number, one digit, which goes back to the label.
 */
static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Is text[i] the last byte of a three-byte UTF-8 character in CJK range? */
static bool
after_cjk(const char *text, size_t i)
{
	return i >= 3 && (unsigned char) text[i - 3] >= 0xE3 && (unsigned char) text[i - 3] <= 0xE9;
}

/* A label ending in ) or a closing quote: （…情形） / “三安全一稳定”. */
static bool
closes_label(const char *text, size_t i)
{
	return i > 0 && (text[i - 1] == ')' || text[i - 1] == '"' || text[i - 1] == '\'');
}

static bool
is_sign(char c)
{
	return c == '-' || c == '+';
}

/* Bytes of a blank mark (-, —, /) glued after a Chinese character at the end. */
static size_t
ends_in_blank_mark(const char *text, size_t len)
{
	static const char *const marks[] = {"\xe2\x80\x94", "-", "/", NULL};	/* — - / */
	int			i;

	for (i = 0; marks[i]; i++)
	{
		size_t		mlen = strlen(marks[i]);

		if (len > mlen && memcmp(text + len - mlen, marks[i], mlen) == 0 &&
			(after_cjk(text, len - mlen) || closes_label(text, len - mlen)))
			return mlen;
	}
	return 0;
}

/* Does the rest of the cell close a parenthesis it never opened? */
static bool
closes_note(const char *rest)
{
	int			depth = 0;

	for (; *rest; rest++)
	{
		if (*rest == '(')
			depth++;
		else if (*rest == ')' && --depth < 0)
			return true;
	}
	return false;
}

static bool
date_word(const char *p)
{
	static const char *const words[] = {"年", "月", "日", "号", "%", NULL};
	int			i;

	for (i = 0; words[i]; i++)
		if (strncmp(p, words[i], strlen(words[i])) == 0)
			return true;
	return false;
}

static bool
numbering_mark(const char *p)
{
	return *p == '.' || strncmp(p, "\xe3\x80\x81", 3) == 0;	/* 、 */
}

static void
push_piece(GvArena *arena, GvVec *out, const GvLine *line, const GvCell *cell, size_t from,
		   size_t to, bool digits)
{
	GvCell	   *piece;

	add_cell(arena, out, line, line->text + cell->start + from, to - from);
	piece = &GV_VEC_AT(out, GvCell, out->count - 1);
	if (digits)
	{
		/* glued to a label, the digits may hold several cells */
		/* a signed or decimal number is one cell; plain digits may be several */
		if (piece->v.kind != GV_CELL_NUMBER || strspn(piece->text, "0123456789") == strlen(piece->text))
			piece->v.kind = GV_CELL_GLUED;
		piece->from_label = true;
	}
}

static void
split_glued_cell(GvArena *arena, GvVec *out, const GvLine *line, const GvCell *cell)
{
	const char *text = cell->text;
	size_t		len = strlen(text);
	size_t		piece_start = 0;
	size_t		i = 0;
	int			depth = 0;

	while (i < len)
	{
		size_t		run_end;

		if (text[i] == '(')
			depth++;
		else if (text[i] == ')' && depth > 0)
			depth--;
		if (depth > 0 || !(is_digit(text[i]) || (is_sign(text[i]) && i + 1 < len && is_digit(text[i + 1]))) ||
			!(after_cjk(text, i) || closes_label(text, i)) || i - piece_start < 6)
		{
			i++;
			continue;
		}
		/* a run of digits, perhaps signed or with one decimal point: -6, 847.2083 */
		run_end = is_sign(text[i]) ? i + 1 : i;
		while (run_end < len && is_digit(text[run_end]))
			run_end++;
		if (run_end + 1 < len && text[run_end] == '.' && is_digit(text[run_end + 1]))
			for (run_end++; run_end < len && is_digit(text[run_end]); run_end++)
				;
		if (closes_note(text + run_end))
		{
			i = run_end;		/* 或舆情计1次）: words of a note wrapped from above */
			continue;
		}
		if (run_end < len && numbering_mark(text + run_end))
		{
			/* the last digit numbers the next label */
			if (run_end - i < 2)
			{
				i = run_end;
				continue;
			}
			run_end--;
		}
		else if (run_end < len && date_word(text + run_end))
		{
			i = run_end;		/* a date (2017年, 3月): not cells */
			continue;
		}
		push_piece(arena, out, line, cell, piece_start, i, false);
		push_piece(arena, out, line, cell, i, run_end, true);
		piece_start = i = run_end;
	}
	if (piece_start == 0 && !ends_in_blank_mark(text, len))
		*(GvCell *) gv_vec_push(arena, out) = *cell;
	else if (piece_start < len)
	{
		size_t		mark = ends_in_blank_mark(text, len);

		if (mark > 0 && len - mark - piece_start >= 6)
		{
			/* 本机关不掌握相关政府信息- 0 0 …: a blank cell glued to the label */
			push_piece(arena, out, line, cell, piece_start, len - mark, false);
			push_piece(arena, out, line, cell, len - mark, len, false);
			/* split off the label like glued digits: a unit before it is the row's */
			GV_VEC_AT(out, GvCell, out->count - 1).from_label = true;
		}
		else
			push_piece(arena, out, line, cell, piece_start, len, false);
	}
}

static void
split_glued_labels(GvArena *arena, GvVec *cells, const GvLine *line)
{
	GvVec		out;
	int			i;

	gv_vec_init(&out, sizeof(GvCell));
	for (i = 0; i < cells->count; i++)
	{
		GvCell		cell = GV_VEC_AT(cells, GvCell, i);

		if (cell.v.kind == GV_CELL_TEXT)
			split_glued_cell(arena, &out, line, &cell);
		else
			*(GvCell *) gv_vec_push(arena, &out) = cell;
	}
	*cells = out;
}

/*
 * Empty fields before a line's first cell indent it (a label in the second
 * label column of a tab or pipe table); they are not blank values.
 */
static void
drop_leading_empty(GvVec *cells)
{
	int			skip = 0;

	while (skip < cells->count && GV_VEC_AT(cells, GvCell, skip).text[0] == '\0')
		skip++;
	if (skip == cells->count)
		skip--;					/* nothing but an empty cell: a blank one */
	if (skip <= 0)
		return;
	memmove(cells->items, &GV_VEC_AT(cells, GvCell, skip), (size_t) (cells->count - skip) * sizeof(GvCell));
	cells->count -= skip;
}

static bool
only_ascii_spaces(const char *raw)
{
	for (; *raw; raw++)
		if (*raw != ' ' && *raw != '\t' && *raw != '\f' && *raw != '\v')
			return false;
	return true;
}

/*
 * Comments left in text copied from web pages (<!--[if !supportLists]-->
 * from Word, <![endif]>) are removed, with their offsets, before the line
 * is read.
 */
static void
remove_comments(GvLine *line)
{
	char	   *text = (char *) line->text;
	char	   *start;

	while ((start = strstr(text, "<!")) != NULL)
	{
		char	   *end = strstr(start, start[2] == '-' ? "-->" : ">");
		size_t		rest;

		if (end == NULL)
			return;
		end += start[2] == '-' ? 3 : 1;
		rest = strlen(end) + 1;
		memmove(start, end, rest);
		memmove(line->offsets + (start - line->text), line->offsets + (end - line->text),
				sizeof(int) * rest);
		text = start;
	}
}

static void
read_line(GvArena *arena, GvLine *line)
{
	GvVec		cells;
	const char *text;
	const char *p;

	remove_comments(line);
	text = line->text;

	for (p = text; is_space(*p); p++)
		;
	line->empty = (*p == '\0') || is_page_number(text);
	if (line->empty)
	{
		/* a line of NBSP or ideographic spaces only: a cell printed blank */
		if (*p == '\0' && !only_ascii_spaces(line->raw))
		{
			line->empty = false;
			line->ncells = 1;
			line->cells = gv_alloc(arena, sizeof(GvCell));
			line->cells[0].text = "";
			line->cells[0].printed = line->raw;
			line->cells[0].v.kind = GV_CELL_BLANK;
		}
		return;
	}
	line->prose = looks_like_prose(text);
	if (line->prose)
		return;

	gv_vec_init(&cells, sizeof(GvCell));
	if (strchr(text, '\t'))
		split_by(arena, &cells, line, '\t', false);
	else if (strchr(text, '|'))
	{
		if (is_pipe_rule(text))
		{
			line->empty = true;
			return;
		}
		split_by(arena, &cells, line, '|', true);
		line->piped = true;
		/* "|" alone: a cell printed empty, one per line */
		if (cells.count == 0)
			add_cell(arena, &cells, line, p, 0);
	}
	else
		split_spaces(arena, &cells, line);
	drop_leading_empty(&cells);
	split_trailing_values(arena, &cells, line);
	split_glued_labels(arena, &cells, line);
	line->ncells = cells.count;
	line->cells = cells.items;
}

/*
 * Do empty lines separate the cells (most lines followed by one)?  Where
 * they do not, an empty line among a row's cells is a blank cell.
 */
static bool
blank_lines_separate(const GvDoc *doc)
{
	int			filled = 0,
				followed = 0;
	int			i;

	for (i = 0; i + 1 < doc->nlines; i++)
	{
		if (doc->lines[i].empty || doc->lines[i].prose)
			continue;
		filled++;
		if (doc->lines[i + 1].empty)
			followed++;
	}
	return filled == 0 || followed * 10 >= filled * 4;
}

void
gv_read_lines(GvArena *arena, const char *text, size_t len, GvDoc *doc)
{
	GvVec		lines;
	size_t		pos = 0;
	int			lineno = 0;

	gv_vec_init(&lines, sizeof(GvLine));
	while (pos < len)
	{
		size_t		end = pos;
		GvLine	   *line;

		/* \n, \r\n and \r end a line; a form feed folds to a space */
		while (end < len && text[end] != '\n' && text[end] != '\r')
			end++;
		line = gv_vec_push(arena, &lines);
		line->lineno = ++lineno;
		line->raw = gv_strndup(arena, text + pos, end - pos);
		line->text = gv_fold_text(arena, text + pos, end - pos, &line->offsets);
		read_line(arena, line);
		if (end < len && text[end] == '\r' && end + 1 < len && text[end + 1] == '\n')
			end++;
		pos = end + 1;
		if ((lineno & 1023) == 0)
			gv_interrupt_check(arena);
	}
	doc->nlines = lines.count;
	doc->lines = lines.items;
	doc->separated = blank_lines_separate(doc);
}
