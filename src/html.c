/*
 * html.c
 *	  An HTML page -> the plain text the reader understands.
 *
 * Sites publish the reports as HTML: the statistics in a <table> with
 * merged cells, the prose in <p>s, often inside layout tables and in markup
 * exported from Word.  The page is walked once, left to right, and written
 * as lines:
 *	  - block elements (p, div, br, li, h1-h6, ...) end a line;
 *	  - each table row is one line of tab-separated cells.  Merged cells are
 *		spread over a grid: a cell spanning columns gives its text once and
 *		an empty field for each further column, a cell spanning rows appears
 *		in its first row and as an empty field below, so every value stays
 *		under its heading;
 *	  - a table inside a cell (layout tables around the report) ends the
 *		outer row and comes out as rows of its own;
 *	  - script, style and comments (Word's conditional comments too) are
 *		dropped, entities decoded, and the <title> becomes the first line.
 *
 * No tree is built and nothing recurses.  Ordinary elements need no stack,
 * since a block start or end only ever ends the current line; open tables
 * are stacked, at most MAX_TABLES deep, and tables nested deeper are read
 * as plain blocks.  Each byte is looked at a bounded number of times, so
 * the cost is linear in the size of the page.
 */
#include "page.h"

#include <stdio.h>
#include <string.h>

#define MAX_TABLES 32
/* Columns a table grid tracks; report tables have at most ten. */
#define MAX_COLUMNS 64
/* HTML's own bounds on spans. */
#define MAX_COLSPAN 1000
#define MAX_ROWSPAN 65534
/* A rowspan of 0 covers the rest of its row group. */
#define ROWSPAN_TO_END (MAX_ROWSPAN + 1)
/* How far into a text the markup test looks. */
#define SNIFF_BYTES 4096
/* reader.c reads a line longer than this (code points, no spaces) as prose. */
#define PROSE_LENGTH 120
/* Pieces of one cell longer than this together are not one label. */
#define LABEL_LENGTH 80
#define TAGS_PER_INTERRUPT_CHECK 4096

/* ---------- tags ---------- */

typedef enum TagKind
{
	TAG_INLINE,					/* span, a, font, o:p, ...: no effect */
	TAG_BLOCK,					/* ends a line (a piece, inside a cell) */
	TAG_HEADING,				/* h1-h6: a block that marks a layout cell */
	TAG_TABLE,
	TAG_ROW,
	TAG_CELL,
	TAG_ROW_GROUP,				/* thead, tbody, tfoot: rowspans end there */
	TAG_TITLE,
	TAG_HIDDEN					/* script, style, ...: content skipped */
} TagKind;

typedef struct TagName
{
	const char *name;
	TagKind		kind;
} TagName;

/* Sorted by name: looked up by binary search. */
static const TagName tag_names[] = {
	{"address", TAG_BLOCK}, {"article", TAG_BLOCK}, {"aside", TAG_BLOCK},
	{"blockquote", TAG_BLOCK}, {"body", TAG_BLOCK}, {"br", TAG_BLOCK},
	{"caption", TAG_BLOCK}, {"center", TAG_BLOCK}, {"dd", TAG_BLOCK},
	{"details", TAG_BLOCK}, {"dialog", TAG_BLOCK}, {"dir", TAG_BLOCK},
	{"div", TAG_BLOCK}, {"dl", TAG_BLOCK}, {"dt", TAG_BLOCK},
	{"fieldset", TAG_BLOCK}, {"figcaption", TAG_BLOCK}, {"figure", TAG_BLOCK},
	{"footer", TAG_BLOCK}, {"form", TAG_BLOCK}, {"h1", TAG_HEADING},
	{"h2", TAG_HEADING}, {"h3", TAG_HEADING}, {"h4", TAG_HEADING},
	{"h5", TAG_HEADING}, {"h6", TAG_HEADING}, {"head", TAG_BLOCK},
	{"header", TAG_BLOCK}, {"hgroup", TAG_BLOCK}, {"hr", TAG_BLOCK},
	{"html", TAG_BLOCK}, {"iframe", TAG_HIDDEN}, {"legend", TAG_BLOCK},
	{"li", TAG_BLOCK}, {"main", TAG_BLOCK}, {"menu", TAG_BLOCK},
	{"nav", TAG_BLOCK}, {"noembed", TAG_HIDDEN}, {"noframes", TAG_HIDDEN},
	{"noscript", TAG_HIDDEN}, {"ol", TAG_BLOCK}, {"option", TAG_BLOCK},
	{"p", TAG_BLOCK}, {"pre", TAG_BLOCK}, {"script", TAG_HIDDEN},
	{"section", TAG_BLOCK}, {"select", TAG_BLOCK}, {"style", TAG_HIDDEN},
	{"summary", TAG_BLOCK}, {"table", TAG_TABLE}, {"tbody", TAG_ROW_GROUP},
	{"td", TAG_CELL}, {"template", TAG_HIDDEN}, {"textarea", TAG_HIDDEN},
	{"tfoot", TAG_ROW_GROUP}, {"th", TAG_CELL}, {"thead", TAG_ROW_GROUP},
	{"title", TAG_TITLE}, {"tr", TAG_ROW}, {"ul", TAG_BLOCK},
	{"xml", TAG_HIDDEN},		/* Word's document properties */
};

#define NTAG_NAMES ((int) (sizeof(tag_names) / sizeof(tag_names[0])))

static TagKind
tag_kind(const char *name)
{
	int			lo = 0,
				hi = NTAG_NAMES - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(name, tag_names[mid].name);

		if (cmp == 0)
			return tag_names[mid].kind;
		if (cmp < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return TAG_INLINE;
}

/* A start or end tag as read: its name (lower case) and the spans it sets. */
typedef struct Tag
{
	char		name[16];		/* "" when longer: an unknown tag */
	bool		end;
	int			colspan;
	int			rowspan;
} Tag;

/* ---------- the reader's state ---------- */

/* A cell of the current row, waiting for the row's line. */
typedef struct Cell
{
	int			col;
	int			colspan;
	size_t		start;			/* text in Table.row_text */
	size_t		len;
} Cell;

typedef struct Table
{
	int			remaining[MAX_COLUMNS];	/* rows below still covered by a rowspan */
	bool		covered[MAX_COLUMNS];	/* taken in the current row */
	int			width;			/* columns used so far */

	bool		in_row;
	int			next_col;		/* where the row's next cell goes */
	int			line_col;		/* column of the first field of the row's line */
	GvVec		cells;			/* Cell */
	GvBuf		row_text;

	bool		in_cell;
	int			cell_col;
	int			cell_colspan;
	GvBuf		cell_text;		/* pieces separated by '\n' */
	bool		cell_space;		/* whitespace since the cell's last text */
	bool		cell_break;		/* a block boundary since the cell's last text */
	bool		cell_heading;	/* an h1-h6 inside: the cell is layout */
	bool		cell_layout;	/* held a table: its text now goes to lines */
} Table;

typedef struct Reader
{
	GvArena    *arena;
	GvBuf		out;			/* the text so far, title excluded */
	GvBuf		line;			/* the line being written outside cells */
	bool		line_space;
	GvBuf		title;
	bool		title_seen;
	Table	   *tables[MAX_TABLES];	/* allocated on first use, then reused */
	int			ntables;
	int			deep_tables;	/* open tables beyond MAX_TABLES */
	long		tags;
	GvHtmlSummary summary;
} Reader;

static bool
is_html_space(unsigned char c)
{
	/* control characters too: a page has no use for them */
	return c <= ' ' || c == 0x7F;
}

static bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ---------- lines and cell text ---------- */

/* Appends text with runs of whitespace as one space, trimmed at the start. */
static void
append_collapsed(GvArena *arena, GvBuf *buf, bool *space, bool in_cell,
				 const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		j;
		size_t		skip = 0;

		/* NBSP and ideographic space separate words in a cell like spaces do */
		if (is_html_space((unsigned char) s[i]))
			skip = 1;
		else if (in_cell && n - i >= 2 && (unsigned char) s[i] == 0xC2 &&
				 (unsigned char) s[i + 1] == 0xA0)
			skip = 2;
		else if (in_cell && n - i >= 3 && (unsigned char) s[i] == 0xE3 &&
				 (unsigned char) s[i + 1] == 0x80 && (unsigned char) s[i + 2] == 0x80)
			skip = 3;
		if (skip)
		{
			*space = true;
			i += skip;
			continue;
		}
		/* a run of visible bytes; 0xC2 and 0xE3 only ever lead a sequence */
		for (j = i + 1; j < n && !is_html_space((unsigned char) s[j]) &&
			 !(in_cell && ((unsigned char) s[j] == 0xC2 || (unsigned char) s[j] == 0xE3)); j++)
			;
		if (*space && buf->len > 0 && buf->data[buf->len - 1] != '\n')
			gv_buf_append(arena, buf, " ", 1);
		*space = false;
		gv_buf_append(arena, buf, s + i, j - i);
		i = j;
	}
}

/* Ends the line written outside cells, if it has any text. */
static void
end_line(Reader *r)
{
	if (r->line.len > 0)
	{
		gv_buf_append(r->arena, &r->out, r->line.data, r->line.len);
		gv_buf_append(r->arena, &r->out, "\n", 1);
		r->line.len = 0;
	}
	r->line_space = false;
}

/* Writes a piece of text as a line of its own. */
static void
write_line(Reader *r, const char *s, size_t n)
{
	while (n > 0 && s[0] == ' ')
	{
		s++;
		n--;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0)
		return;
	end_line(r);
	gv_buf_append(r->arena, &r->out, s, n);
	gv_buf_append(r->arena, &r->out, "\n", 1);
}

static Table *
top_table(Reader *r)
{
	return r->ntables > 0 ? r->tables[r->ntables - 1] : NULL;
}

/* The table whose open cell receives text, or NULL when text makes lines. */
static Table *
cell_receiving_text(Reader *r)
{
	Table	   *t = top_table(r);

	return (t && t->in_cell && !t->cell_layout) ? t : NULL;
}

/* Visible text (entities decoded, no markup) goes to the open cell or line. */
static void
put_text(Reader *r, const char *s, size_t n)
{
	Table	   *t = cell_receiving_text(r);

	if (t == NULL)
	{
		append_collapsed(r->arena, &r->line, &r->line_space, false, s, n);
		return;
	}
	if (t->cell_break && t->cell_text.len > 0)
	{
		/* start a new piece of the cell, unless the text is only whitespace */
		size_t		i;

		for (i = 0; i < n && is_html_space((unsigned char) s[i]); i++)
			;
		if (i == n)
			return;
		gv_buf_append(r->arena, &t->cell_text, "\n", 1);
		t->cell_space = false;
	}
	t->cell_break = false;
	append_collapsed(r->arena, &t->cell_text, &t->cell_space, true, s, n);
}

/* A block boundary: ends the line, or the current piece of a cell. */
static void
block_break(Reader *r)
{
	Table	   *t = cell_receiving_text(r);

	if (t)
		t->cell_break = true;
	else
		end_line(r);
}

/* ---------- table grid ---------- */

/* Writes the row's waiting cells as one line, fields aligned to the grid. */
static void
write_row_line(Reader *r, Table *t)
{
	int			field = t->line_col;
	int			written = 0;
	bool		any_text = false;
	int			i;

	for (i = 0; i < t->cells.count; i++)
		if (GV_VEC_AT(&t->cells, Cell, i).len > 0)
			any_text = true;
	if (any_text)
	{
		end_line(r);
		for (i = 0; i < t->cells.count; i++)
		{
			const Cell *cell = &GV_VEC_AT(&t->cells, Cell, i);
			int			k;

			/* columns taken by a rowspan from above, or left out, are empty fields */
			for (; field < cell->col; field++)
				if (written++)
					gv_buf_append(r->arena, &r->out, "\t", 1);
			if (written++)
				gv_buf_append(r->arena, &r->out, "\t", 1);
			gv_buf_append(r->arena, &r->out, t->row_text.data + cell->start, cell->len);
			field++;
			for (k = 1; k < cell->colspan; k++, field++, written++)
				gv_buf_append(r->arena, &r->out, "\t", 1);
		}
		gv_buf_append(r->arena, &r->out, "\n", 1);
		r->summary.rows++;
	}
	t->cells.count = 0;
	t->row_text.len = 0;
	t->line_col = t->next_col;
}

/* True for a sentence: it has a full stop or is longer than any label. */
static bool
is_sentence(const char *s, size_t n)
{
	size_t		i;
	int			length = 0;

	for (i = 0; i < n; i++)
	{
		if (i + 3 <= n && memcmp(s + i, "\xe3\x80\x82", 3) == 0)	/* 。 */
			return true;
		if (((unsigned char) s[i] & 0xC0) != 0x80 && s[i] != ' ')
			length++;
	}
	return length > PROSE_LENGTH;
}

/*
 * A cell of several pieces (<p>s, <br>s) is one label unless it reads as a
 * part of the page: it has a heading, a sentence, or is too long for a
 * label.  Joining such pieces would hide the title and header fields in
 * one long line.
 */
static bool
is_layout_text(const Table *t)
{
	const char *s = t->cell_text.data;
	size_t		n = t->cell_text.len;
	const char *piece = s;
	int			pieces = 0;
	int			length = 0;
	size_t		i;

	if (n == 0)
		return false;
	if (t->cell_heading)
		return true;
	for (i = 0; i <= n; i++)
	{
		if (i == n || s[i] == '\n')
		{
			if (is_sentence(piece, (size_t) (s + i - piece)))
				return pieces > 0 || i < n;
			pieces++;
			piece = s + i + 1;
		}
		else if (((unsigned char) s[i] & 0xC0) != 0x80 && s[i] != ' ')
			length++;
	}
	return pieces > 1 && length > LABEL_LENGTH;
}

/* Writes each piece of the open cell's text as a line. */
static void
write_cell_pieces(Reader *r, Table *t)
{
	const char *s = t->cell_text.data;
	size_t		n = t->cell_text.len;
	size_t		start = 0;
	size_t		i;

	if (n == 0)
		return;
	for (i = 0; i <= n; i++)
		if (i == n || s[i] == '\n')
		{
			write_line(r, s + start, i - start);
			start = i + 1;
		}
	t->cell_text.len = 0;
}

/*
 * The open cell becomes part of the page layout: the row's cells so far
 * make a line, the cell's own text so far makes lines, and what follows in
 * the cell is read as blocks.
 */
static void
make_layout_cell(Reader *r, Table *t)
{
	write_row_line(r, t);
	write_cell_pieces(r, t);
	t->cell_layout = true;
	t->line_col = t->cell_col + t->cell_colspan;
	r->summary.layout_cells++;
}

static void
end_cell(Reader *r, Table *t)
{
	Cell	   *cell;
	size_t		i;

	if (!t->in_cell)
		return;
	t->in_cell = false;
	if (t->cell_layout)
	{
		end_line(r);
		t->cell_layout = false;
		return;
	}
	if (is_layout_text(t))
	{
		make_layout_cell(r, t);
		t->cell_layout = false;
		return;
	}
	/* the pieces of a label wrapped over <p>s or <br>s join with a space */
	for (i = 0; i < t->cell_text.len; i++)
		if (t->cell_text.data[i] == '\n')
			t->cell_text.data[i] = ' ';
	while (t->cell_text.len > 0 && t->cell_text.data[t->cell_text.len - 1] == ' ')
		t->cell_text.len--;
	cell = gv_vec_push(r->arena, &t->cells);
	cell->col = t->cell_col;
	cell->colspan = t->cell_colspan;
	cell->start = t->row_text.len;
	cell->len = t->cell_text.len;
	gv_buf_append(r->arena, &t->row_text, t->cell_text.data ? t->cell_text.data : "",
				  t->cell_text.len);
}

static void
start_row(Table *t)
{
	int			c;

	t->in_row = true;
	t->next_col = 0;
	t->line_col = 0;
	for (c = 0; c < t->width; c++)
	{
		t->covered[c] = t->remaining[c] > 0;
		if (t->covered[c])
			t->remaining[c]--;
	}
}

static void
end_row(Reader *r, Table *t)
{
	end_cell(r, t);
	if (t->in_row)
		write_row_line(r, t);
	t->in_row = false;
}

/* Rowspans end with their row group (thead, tbody, tfoot) and table. */
static void
end_row_group(Reader *r, Table *t)
{
	end_row(r, t);
	memset(t->remaining, 0, sizeof(t->remaining));
}

static void
start_cell(Reader *r, Table *t, const Tag *tag)
{
	int			col = t->next_col;
	int			colspan = tag->colspan;
	int			rowspan = tag->rowspan;
	int			c;

	end_cell(r, t);
	if (!t->in_row)
		start_row(t);
	if (colspan > 1 || rowspan != 1)
		r->summary.merged_cells++;
	while (col < t->width && col < MAX_COLUMNS && t->covered[col])
		col++;
	if (col < MAX_COLUMNS)
	{
		if (colspan > MAX_COLUMNS - col)
			colspan = MAX_COLUMNS - col;
		for (c = col; c < col + colspan; c++)
		{
			t->covered[c] = true;
			t->remaining[c] = rowspan == 0 ? ROWSPAN_TO_END : rowspan - 1;
		}
		if (col + colspan > t->width)
			t->width = col + colspan;
	}
	else
		colspan = 1;			/* beyond the grid: cells follow one another */
	t->in_cell = true;
	t->cell_col = col;
	t->cell_colspan = colspan;
	t->cell_text.len = 0;
	t->cell_space = false;
	t->cell_break = false;
	t->cell_heading = false;
	t->cell_layout = false;
	t->next_col = col + colspan;
}

static void
start_table(Reader *r)
{
	Table	   *outer = top_table(r);
	Table	   *t;

	end_line(r);
	if (outer && outer->in_cell && !outer->cell_layout)
		make_layout_cell(r, outer);
	else if (outer && outer->in_row && !outer->in_cell)
		write_row_line(r, outer);
	if (r->ntables == MAX_TABLES)
	{
		r->deep_tables++;
		r->summary.deep_tables++;
		return;
	}
	if (r->tables[r->ntables] == NULL)
	{
		t = gv_alloc(r->arena, sizeof(Table));
		gv_vec_init(&t->cells, sizeof(Cell));
		gv_buf_init(&t->row_text);
		gv_buf_init(&t->cell_text);
		r->tables[r->ntables] = t;
	}
	t = r->tables[r->ntables++];
	/* reused: clear the grid but keep the buffers */
	memset(t->remaining, 0, sizeof(t->remaining));
	memset(t->covered, 0, sizeof(t->covered));
	t->width = 0;
	t->in_row = false;
	t->in_cell = false;
	t->cells.count = 0;
	t->row_text.len = 0;
	t->cell_text.len = 0;
	r->summary.tables++;
}

static void
end_table(Reader *r)
{
	Table	   *t = top_table(r);

	if (t == NULL)
		return;
	end_row(r, t);
	r->ntables--;
	end_line(r);
}

/* ---------- entities ---------- */

typedef struct Entity
{
	const char *name;
	uint32_t	cp;
} Entity;

/* The named entities report pages use; sorted by name. */
static const Entity entities[] = {
	{"amp", '&'}, {"apos", '\''}, {"bull", 0x2022}, {"copy", 0xA9},
	{"deg", 0xB0}, {"divide", 0xF7}, {"emsp", 0x2003}, {"ensp", 0x2002},
	{"gt", '>'}, {"hellip", 0x2026},
	{"laquo", 0xAB}, {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018},
	{"lt", '<'}, {"mdash", 0x2014}, {"middot", 0xB7}, {"nbsp", 0xA0},
	{"ndash", 0x2013}, {"para", 0xB6}, {"permil", 0x2030}, {"plusmn", 0xB1},
	{"quot", '"'}, {"raquo", 0xBB}, {"rdquo", 0x201D}, {"reg", 0xAE},
	{"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sect", 0xA7}, {"shy", 0xAD},
	{"thinsp", 0x2009}, {"times", 0xD7}, {"trade", 0x2122}, {"yen", 0xA5},
	{"zwj", 0x200D}, {"zwnj", 0x200C},
};

#define NENTITIES ((int) (sizeof(entities) / sizeof(entities[0])))

/* Windows-1252 characters that &#128; to &#159; mean, as browsers read them. */
static const uint16_t cp1252[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

static uint32_t
named_entity(const char *name)
{
	int			lo = 0,
				hi = NENTITIES - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(name, entities[mid].name);

		if (cmp == 0)
			return entities[mid].cp;
		if (cmp < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return 0;
}

/*
 * Decodes the entity at "&"; returns the code point and stores its length,
 * or returns 0 when the "&" starts no entity ("AT&T").
 */
static uint32_t
decode_entity(const char *p, const char *end, size_t *used)
{
	const char *q = p + 1;

	if (q < end && *q == '#')
	{
		bool		hex = (q + 1 < end && (q[1] == 'x' || q[1] == 'X'));
		uint32_t	cp = 0;
		bool		digits = false;

		q += hex ? 2 : 1;
		for (; q < end; q++)
		{
			int			d;

			if (*q >= '0' && *q <= '9')
				d = *q - '0';
			else if (hex && gv_ascii_lower((unsigned char) *q) >= 'a' && gv_ascii_lower((unsigned char) *q) <= 'f')
				d = gv_ascii_lower((unsigned char) *q) - 'a' + 10;
			else
				break;
			digits = true;
			if (cp <= 0x10FFFF)
				cp = cp * (hex ? 16 : 10) + (uint32_t) d;
		}
		if (!digits)
			return 0;
		if (q < end && *q == ';')
			q++;
		*used = (size_t) (q - p);
		if (cp >= 0x80 && cp <= 0x9F)
			return cp1252[cp - 0x80];
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0xFFFD;
		return cp;
	}
	else
	{
		char		name[20];
		size_t		n = 0;
		uint32_t	cp;

		while (q < end && n < sizeof(name) - 1 && ((*q >= 'a' && *q <= 'z') ||
												 (*q >= 'A' && *q <= 'Z') ||
												 (*q >= '0' && *q <= '9')))
			name[n++] = *q++;
		name[n] = '\0';
		if (n == 0 || (cp = named_entity(name)) == 0)
			return 0;
		/* the old entities also work without their ";" in browsers */
		if (q < end && *q == ';')
			q++;
		else if (cp != 0xA0 && cp != '&' && cp != '<' && cp != '>' && cp != '"')
			return 0;
		*used = (size_t) (q - p);
		return cp;
	}
}

/*
 * Decodes the entity at "&" into utf8 (a lone "&" when it starts none);
 * returns how many bytes of the page it took.
 */
static size_t
entity_text(const char *p, const char *end, char *utf8, int *n)
{
	size_t		used = 0;
	uint32_t	cp = decode_entity(p, end, &used);

	if (cp == 0)
	{
		utf8[0] = '&';
		*n = 1;
		return 1;
	}
	*n = gv_utf8_encode(cp, utf8);
	return used;
}

/* The <title>: text up to its end tag, entities decoded, spaces collapsed. */
static void
read_title_text(Reader *r, const char *p, const char *end)
{
	bool		space = false;

	while (p < end)
	{
		const char *q = memchr(p, '&', (size_t) (end - p));
		char		utf8[4];
		int			n;

		if (q == NULL)
			q = end;
		append_collapsed(r->arena, &r->title, &space, true, p, (size_t) (q - p));
		if (q == end)
			break;
		p = q + entity_text(q, end, utf8, &n);
		append_collapsed(r->arena, &r->title, &space, true, utf8, (size_t) n);
	}
}

/* ---------- markup ---------- */

/* Reads a non-negative integer attribute value the way browsers do. */
static int
span_value(const char *s, const char *end, int limit)
{
	long		value = 0;
	bool		digits = false;

	while (s < end && is_html_space((unsigned char) *s))
		s++;
	if (s < end && *s == '+')
		s++;
	for (; s < end && *s >= '0' && *s <= '9'; s++)
	{
		digits = true;
		if (value <= limit)
			value = value * 10 + (*s - '0');
	}
	if (!digits)
		return -1;
	return value > limit ? limit : (int) value;
}

/*
 * Reads a tag's name and attributes from just after "<" or "</"; returns
 * the position after its ">".  Quoted values may hold ">"; an unclosed
 * quote runs to the end of the page, as it does in browsers.
 */
static const char *
read_tag(const char *p, const char *end, Tag *tag)
{
	size_t		n = 0;

	tag->colspan = 1;
	tag->rowspan = 1;
	while (p < end && !is_html_space((unsigned char) *p) && *p != '>' && *p != '/')
	{
		if (n < sizeof(tag->name) - 1)
			tag->name[n] = (char) gv_ascii_lower((unsigned char) *p);
		n++;
		p++;
	}
	tag->name[n < sizeof(tag->name) ? n : 0] = '\0';

	while (p < end && *p != '>')
	{
		const char *name;
		size_t		name_len;
		const char *value = NULL;
		const char *value_end = NULL;

		if (is_html_space((unsigned char) *p) || *p == '/')
		{
			p++;
			continue;
		}
		name = p;
		while (p < end && !is_html_space((unsigned char) *p) && *p != '=' && *p != '>' &&
			   !(*p == '/' && p > name))
			p++;
		name_len = (size_t) (p - name);
		while (p < end && is_html_space((unsigned char) *p))
			p++;
		if (p < end && *p == '=')
		{
			p++;
			while (p < end && is_html_space((unsigned char) *p))
				p++;
			if (p < end && (*p == '"' || *p == '\''))
			{
				const char *close = memchr(p + 1, *p, (size_t) (end - p - 1));

				value = p + 1;
				value_end = close ? close : end;
				p = close ? close + 1 : end;
			}
			else
			{
				value = p;
				while (p < end && !is_html_space((unsigned char) *p) && *p != '>')
					p++;
				value_end = p;
			}
		}
		if (value && name_len == 7)
		{
			int			v;

			if (gv_starts_with_word(name, name + 7, "colspan"))
			{
				v = span_value(value, value_end, MAX_COLSPAN);
				tag->colspan = v < 1 ? 1 : v;
			}
			else if (gv_starts_with_word(name, name + 7, "rowspan"))
			{
				v = span_value(value, value_end, MAX_ROWSPAN);
				tag->rowspan = v < 0 ? 1 : v;
			}
		}
	}
	return p < end ? p + 1 : end;
}

/*
 * Finds the end of a raw text element (script, style, title, ...): the
 * position of its "</name", or end.
 */
static const char *
find_close_tag(const char *p, const char *end, const char *name)
{
	size_t		n = strlen(name);

	while ((p = memchr(p, '<', (size_t) (end - p))) != NULL)
	{
		if (end - p >= (long) n + 2 && p[1] == '/' && gv_starts_with_word(p + 2, end, name) &&
			(p + 2 + n == end || is_html_space((unsigned char) p[2 + n]) ||
			 p[2 + n] == '>' || p[2 + n] == '/'))
			return p;
		p++;
	}
	return end;
}

/* Skips past the next ">" (doctype, <?xml ...?>, <![if ...]>, </ >). */
static const char *
skip_to_gt(const char *p, const char *end)
{
	const char *gt = memchr(p, '>', (size_t) (end - p));

	return gt ? gt + 1 : end;
}

/* Skips a comment from just after "<!--": Word's conditional ones too. */
static const char *
skip_comment(const char *p, const char *end)
{
	/* <!--> and <!---> are whole (empty) comments */
	if (p < end && *p == '>')
		return p + 1;
	if (end - p >= 2 && p[0] == '-' && p[1] == '>')
		return p + 2;
	for (; end - p >= 3; p++)
		if (p[0] == '-' && p[1] == '-' && p[2] == '>')
			return p + 3;
	return end;
}

static void
handle_tag(Reader *r, const Tag *tag)
{
	TagKind		kind = tag->name[0] ? tag_kind(tag->name) : TAG_INLINE;
	Table	   *t = top_table(r);

	switch (kind)
	{
		case TAG_INLINE:
		case TAG_TITLE:
		case TAG_HIDDEN:
			break;
		case TAG_HEADING:
			{
				Table	   *cell_table = cell_receiving_text(r);

				if (cell_table)
					cell_table->cell_heading = true;
				block_break(r);
			}
			break;
		case TAG_BLOCK:
			block_break(r);
			break;
		case TAG_TABLE:
			if (!tag->end)
				start_table(r);
			else if (r->deep_tables > 0)
			{
				r->deep_tables--;
				block_break(r);
			}
			else
				end_table(r);
			break;
		case TAG_ROW:
			if (t == NULL || r->deep_tables > 0)
				block_break(r);
			else
			{
				end_row(r, t);
				if (!tag->end)
					start_row(t);
			}
			break;
		case TAG_CELL:
			if (t == NULL || r->deep_tables > 0)
				block_break(r);
			else if (!tag->end)
				start_cell(r, t, tag);
			else
				end_cell(r, t);
			break;
		case TAG_ROW_GROUP:
			if (t == NULL || r->deep_tables > 0)
				block_break(r);
			else
				end_row_group(r, t);
			break;
	}
}

/*
 * Reads markup starting at "<"; returns where reading goes on.  A "<" that
 * starts no markup ("a < b", "<3") is text.
 */
static const char *
read_markup(Reader *r, const char *p, const char *end)
{
	const char *q = p + 1;
	Tag			tag;

	if (q < end && *q == '!')
	{
		if (end - q >= 3 && q[1] == '-' && q[2] == '-')
			return skip_comment(q + 3, end);
		return skip_to_gt(q, end);
	}
	if (q < end && *q == '?')
		return skip_to_gt(q, end);
	if (q < end && *q == '/')
	{
		if (q + 1 < end && is_alpha((unsigned char) q[1]))
		{
			tag.end = true;
			q = read_tag(q + 1, end, &tag);
			handle_tag(r, &tag);
			return q;
		}
		return skip_to_gt(q, end);
	}
	if (q < end && is_alpha((unsigned char) *q))
	{
		TagKind		kind;

		tag.end = false;
		q = read_tag(q, end, &tag);
		kind = tag.name[0] ? tag_kind(tag.name) : TAG_INLINE;
		if (kind == TAG_TITLE || kind == TAG_HIDDEN)
		{
			const char *close = find_close_tag(q, end, tag.name);

			if (kind == TAG_TITLE && !r->title_seen)
			{
				/* the first <title> becomes the report's first line */
				r->title_seen = true;
				read_title_text(r, q, close);
			}
			return close < end ? skip_to_gt(close, end) : end;
		}
		handle_tag(r, &tag);
		return q;
	}
	put_text(r, "<", 1);
	return p + 1;
}

/* ---------- the page ---------- */

/* The page: text, entities and markup, left to right. */
static void
read_page(Reader *r, const char *p, const char *end)
{
	while (p < end)
	{
		const char *q = p;

		while (q < end && *q != '&' && *q != '<')
			q++;
		if (q > p)
			put_text(r, p, (size_t) (q - p));
		p = q;
		if (p == end)
			break;
		if (*p == '<')
		{
			p = read_markup(r, p, end);
			if (++r->tags % TAGS_PER_INTERRUPT_CHECK == 0)
				gv_interrupt_check(r->arena);
		}
		else
		{
			char		utf8[4];
			int			n;

			p += entity_text(p, end, utf8, &n);
			put_text(r, utf8, (size_t) n);
		}
	}
}

/* Does s[0..n) contain word? */
static bool
contains(const char *s, size_t n, const char *word)
{
	size_t		w = strlen(word);
	size_t		i;

	for (i = 0; i + w <= n; i++)
		if (memcmp(s + i, word, w) == 0)
			return true;
	return false;
}

/*
 * Sites append their own name to the <title> (报告标题_清河市人民政府):
 * when separators split it, keep the first part that names the report.
 */
static void
trim_site_name(GvBuf *title)
{
	static const char *const separators[] = {
		"_", "|", "\xef\xbd\x9c" /* ｜ */ , " - ", "\xef\xbc\x8d" /* － */ ,
		"\xe2\x80\x94\xe2\x80\x94" /* —— */ , NULL
	};
	const char *report_words = "政府信息公开";
	size_t		piece = 0;
	size_t		i = 0;

	if (title->len == 0 || !contains(title->data, title->len, report_words))
		return;
	while (i <= title->len)
	{
		size_t		sep = 0;
		int			k;

		for (k = 0; i < title->len && separators[k]; k++)
			if (strncmp(title->data + i, separators[k], strlen(separators[k])) == 0)
				sep = strlen(separators[k]);
		if (i == title->len || sep > 0)
		{
			if (contains(title->data + piece, i - piece, report_words))
			{
				memmove(title->data, title->data + piece, i - piece);
				title->len = i - piece;
				title->data[title->len] = '\0';
				return;
			}
			piece = i + (sep ? sep : 1);
			i = piece;
		}
		else
			i++;
	}
}

/* Is p at "<name" followed by a space, ">" or "/" (so "<p" is not "<pre")? */
static bool
at_tag(const char *p, const char *end, const char *name)
{
	const char *after = p + strlen(name);

	return gv_starts_with_word(p, end, name) && after < end &&
		(is_html_space((unsigned char) *after) || *after == '>' || *after == '/');
}

bool
gv_looks_like_html(const char *text, size_t len)
{
	/* a comment alone does not make a page: text copied from Word starts with one */
	static const char *const first_markup[] = {"<!doctype", "<?xml", NULL};
	static const char *const first_tags[] = {
		"<html", "<head", "<body", "<table", "<div", "<p", "<meta", "<title",
		"<span", "<font", "<center", NULL
	};
	static const char *const table_tags[] = {"<table", "<tr", "<td", "<th", NULL};
	static const char *const block_tags[] = {"<br", "<p", "</p", "<div", "</div", NULL};
	const char *p = text;
	const char *end = text + (len < SNIFF_BYTES ? len : SNIFF_BYTES);
	int			blocks = 0;
	int			i;

	if (end - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && is_html_space((unsigned char) *p))
		p++;
	for (i = 0; first_markup[i]; i++)
		if (gv_starts_with_word(p, end, first_markup[i]))
			return true;
	for (i = 0; first_tags[i]; i++)
		if (at_tag(p, end, first_tags[i]))
			return true;

	/* else a table tag, or two block tags, early in the text */
	for (; p < end; p++)
	{
		if (*p != '<')
			continue;
		for (i = 0; table_tags[i]; i++)
			if (at_tag(p, end, table_tags[i]))
				return true;
		for (i = 0; block_tags[i]; i++)
			if (at_tag(p, end, block_tags[i]) && ++blocks >= 2)
				return true;
	}
	return false;
}

char *
gv_html_to_text(GvArena *arena, const char *html, size_t len, size_t *out_len,
				GvHtmlSummary *summary)
{
	Reader		r;
	const char *end = html + len;
	GvBuf		result;

	memset(&r, 0, sizeof(r));
	r.arena = arena;
	gv_buf_init(&r.out);
	gv_buf_init(&r.line);
	gv_buf_init(&r.title);
	if (len >= 3 && memcmp(html, "\xef\xbb\xbf", 3) == 0)
		html += 3;

	read_page(&r, html, end);
	while (r.ntables > 0)
		end_table(&r);
	end_line(&r);

	gv_buf_init(&result);
	trim_site_name(&r.title);
	if (r.title.len > 0)
	{
		gv_buf_append(arena, &result, r.title.data, r.title.len);
		gv_buf_append(arena, &result, "\n", 1);
		r.summary.title = true;
	}
	gv_buf_append(arena, &result, r.out.data ? r.out.data : "", r.out.len);
	if (summary)
		*summary = r.summary;
	*out_len = result.len;
	return gv_buf_cstring(arena, &result);
}

char *
gv_html_summary_text(GvArena *arena, const GvHtmlSummary *s)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(arena, &msg, "read as an HTML page: %d table%s, %d row%s",
				  s->tables, s->tables == 1 ? "" : "s", s->rows, s->rows == 1 ? "" : "s");
	if (s->merged_cells > 0)
		gv_buf_printf(arena, &msg, ", %d merged cell%s spread over the grid",
					  s->merged_cells, s->merged_cells == 1 ? "" : "s");
	if (s->layout_cells > 0)
		gv_buf_printf(arena, &msg, ", %d layout cell%s read as lines",
					  s->layout_cells, s->layout_cells == 1 ? "" : "s");
	if (s->deep_tables > 0)
		gv_buf_printf(arena, &msg, ", %d table%s nested deeper than %d read as text",
					  s->deep_tables, s->deep_tables == 1 ? "" : "s", MAX_TABLES);
	return gv_buf_cstring(arena, &msg);
}
