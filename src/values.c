/*
 * values.c
 *	  A table row's values -> the report's statistics.
 *
 * A matched row's values go to its template columns in order.  What the
 * text leaves unclear is never guessed silently: extra values, too few
 * values and statistics printed twice are all noted.  Rows the catalog
 * does not know are kept as printed; rows that only their position can
 * place are recorded for order.c.
 */
#include "placement.h"

#include <stdio.h>
#include <string.h>

static void
format_num(GvNum n, char *buf, size_t size)
{
	gv_num_format(n, buf, size);
}

/* Copies up to ~120 bytes of a cell, cut at a character boundary. */
static void
set_excerpt(GvError *error, const char *raw)
{
	size_t		len = strlen(raw);

	if (len > 120)
	{
		len = 120;
		while (len > 0 && ((unsigned char) raw[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(error->excerpt, raw, len);
	error->excerpt[len] = '\0';
}

static bool
check_range(ParseState *st, const GvCell *cell, int line)
{
	if (cell == NULL || cell->v.status != GV_NUM_RANGE)
		return true;
	st->error->status = GV_ERR_RANGE;
	st->error->line = line;
	set_excerpt(st->error, cell->printed);
	return false;
}

static int
table_of(const ParseState *st, const char *section)
{
	if (st->det.family != GB_GENERATIONS)
		return 0;
	if (strcmp(section, "active") == 0)
		return TABLE_2;
	if (strcmp(section, "review") == 0 || strcmp(section, "litigation") == 0)
		return TABLE_4;
	return TABLE_3;
}

static void
extend_table(ParseState *st, const char *section, int line)
{
	int		   *range = st->table_lines[table_of(st, section)];

	if (range[0] == 0 || line < range[0])
		range[0] = line;
	if (line > range[1])
		range[1] = line;
}

static void
add_cell_out(ParseState *st, const GvRow *row, int line, int code, bool blank, GvNum value,
			 const char *unit)
{
	GvCellOut  *cell = gv_vec_push(st->arena, &st->report->cells);

	cell->line = line;
	cell->section = st->heading;
	cell->label = row->label;
	cell->unit = unit;
	cell->code = code;
	cell->blank = blank;
	cell->value = value;
}

/*
 * Stores one cell (NULL or not a number: blank) under code; notes a unit
 * conversion, an annotation, a blank and a repeat.  False on a fatal error.
 */
bool
gv_store_cell(ParseState *st, const GvRow *row, int code, const GvCell *cell, int line)
{
	const GvCode *entry = gv_catalog_at(code);
	GvValues   *values = &st->report->values;
	const char *unit = row->unit;
	GvNum		value = {0};
	bool		blank = (cell == NULL || cell->v.kind != GV_CELL_NUMBER);
	GvBuf		msg;
	char		a[48],
				b[48];

	gv_buf_init(&msg);
	if (!blank)
	{
		if (!check_range(st, cell, line))
			return false;
		value = cell->v.num;
		if (cell->v.unit)
			unit = cell->v.unit;
		if (cell->v.annotation)
		{
			gv_buf_printf(st->arena, &msg, "annotation %s beside %s %s not read",
						  cell->v.annotation, entry->label_zh, cell->printed);
			gv_add_note(st, line, GV_NOTE_ANNOTATION, code, &msg);
			gv_buf_init(&msg);
		}
		/* an amount printed in 元 where the template counts 万元 */
		if (unit && strcmp(unit, "元") == 0 && strcmp(entry->unit, "万元") == 0)
		{
			GvNum		yuan = value;

			value.micro = yuan.micro / 10000;
			format_num(yuan, a, sizeof(a));
			format_num(value, b, sizeof(b));
			gv_buf_printf(st->arena, &msg, "%s printed as %s 元, stored as %s 万元",
						  entry->label_zh, a, b);
			gv_add_note(st, line, GV_NOTE_UNIT, code, &msg);
			gv_buf_init(&msg);
		}
	}
	extend_table(st, entry->section, line);

	if (values->present[code])
	{
		bool		same = values->blank[code] == blank &&
			(blank || values->value[code].micro == value.micro);

		if (blank)
			strcpy(b, "blank");
		else
			format_num(value, b, sizeof(b));
		if (values->blank[code])
			strcpy(a, "blank");
		else
			format_num(values->value[code], a, sizeof(a));
		if (same)
			gv_buf_printf(st->arena, &msg, "%s (%s) printed again with the same value %s",
						  entry->label_zh, entry->code, a);
		else
			gv_buf_printf(st->arena, &msg,
						  "%s (%s) printed again with %s; the first value %s (line %d) is kept",
						  entry->label_zh, entry->code, b, a, st->report->value_lines[code]);
		gv_add_note(st, line, GV_NOTE_DUPLICATE, code, &msg);
		return true;
	}

	values->present[code] = true;
	values->blank[code] = blank;
	values->value[code] = value;
	st->report->value_lines[code] = line;
	/* a glued cell no single split decides is in the text, value unknown: noted already */
	if (blank && !(cell && cell->v.kind == GV_CELL_GLUED))
	{
		gv_buf_printf(st->arena, &msg, "%s (%s) is blank", entry->label_zh, entry->code);
		gv_add_note(st, line, GV_NOTE_BLANK, code, &msg);
	}
	add_cell_out(st, row, line, code, blank, value, unit);
	return true;
}

int
gv_row_line(const GvRow *row)
{
	return row->value_line ? row->value_line : row->line;
}

/* ---------- matched rows ---------- */

/* The value cells of a row: numbers and blanks, in order. */
int
gv_value_cells(const GvRow *row, const GvCell **out, int max)
{
	int			n = 0;
	int			i;

	for (i = 0; i < row->nvalues && n < max; i++)
		out[n++] = row->values[i];
	return row->nvalues;
}

/*
 * Values printed below their label and over several lines: text in reading
 * order (one token per line), where a row's values may be other rows' too.
 * A row of tabs, pipes or columns has its values on its label's line.
 */
static bool
printed_in_reading_order(const GvRow *row)
{
	return row->value_line > row->line && row->last_value_line > row->value_line;
}

static bool
read_single_value(ParseState *st, const GvRow *row, int def)
{
	const GvCell *chosen = NULL;
	int			code = gv_row_code(def, 0);
	int			extra_at[16];
	int			extra = 0;
	int			i;

	for (i = 0; i < row->nvalues; i++)
	{
		const GvCell *cell = row->values[i];

		if (cell->v.kind == GV_CELL_GLUED && chosen == NULL && row->nvalues == 1 &&
			cell->v.status == GV_NUM_OK && (cell->text[0] != '0' || cell->text[1] == '\0'))
		{
			/* one value glued to its label */
			GvCell	   *number = gv_alloc(st->arena, sizeof(GvCell));

			*number = *cell;
			number->v.kind = GV_CELL_NUMBER;
			chosen = number;
			continue;
		}
		if (cell->v.kind == GV_CELL_GLUED && chosen == NULL)
		{
			GvBuf		msg;

			gv_buf_init(&msg);
			gv_buf_printf(st->arena, &msg, "%s: digits %s run together where one value belongs; not read",
						  gv_catalog_at(code)->label_zh, cell->printed);
			gv_add_note(st, gv_row_line(row), GV_NOTE_AMBIGUOUS, code, &msg);
			return gv_keep_unknown_row(st, row);
		}
		/*
		 * a blank mark (-) is a value where values of later rows may follow
		 * (reading order), and in the single tables also the row's own when
		 * it is all the row prints or is on a line of its own; before a
		 * number on its line it fills the unit column (条	-	16 or -	16)
		 */
		if (cell->v.kind != GV_CELL_NUMBER &&
			!((chosen || (st->det.family != GB_GENERATIONS &&
						  (row->nvalues == 1 || printed_in_reading_order(row)))) &&
			  cell->v.kind == GV_CELL_BLANK && cell->text[0] != '\0'))
			continue;
		if (chosen == NULL)
			chosen = cell;
		else if (st->det.family != GB_GENERATIONS && extra < 16)
			extra_at[extra++] = i;	/* another row's value, in reading order */
		else
		{
			GvBuf		msg;

			gv_buf_init(&msg);
			gv_buf_printf(st->arena, &msg, "extra value %s after %s not read",
						  cell->printed, gv_catalog_at(code)->label_zh);
			gv_add_note(st, row->value_line, GV_NOTE_SKIPPED, code, &msg);
		}
	}
	if (st->det.family != GB_GENERATIONS)
	{
		int			position = gv_template_position(st, def);

		if (chosen == NULL && position >= 0)
		{
			OrderEvent *event;

			gv_push_event(st, position, row);
			event = &GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1);
			event->label_only = true;
			return true;		/* blank, unless a group of values belongs here */
		}
		if (position >= 0)
			gv_push_event(st, position, NULL);
		for (i = 0; chosen && i < extra; i++)
			gv_push_event(st, -1, gv_value_group(st, row, extra_at[i], 1));
	}
	return gv_store_cell(st, row, code, chosen, gv_row_line(row));
}

static void
note_count(ParseState *st, const GvRow *row, int def, int n, int expected, const char *what)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "%s: %d values where the template has %d columns; %s",
				  row->label ? row->label : gv_row_at(def)->label_zh, n, expected, what);
	gv_add_note(st, gv_row_line(row), n > expected ? GV_NOTE_SKIPPED : GV_NOTE_AMBIGUOUS,
				gv_row_code(def, 0), &msg);
}

/* Stores n cells under def's columns as listed in columns[]. */
bool
gv_store_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells,
			  const int *columns, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (!gv_store_cell(st, row, gv_row_code(def, columns[i]), cells[i], gv_row_line(row)))
			return false;
	return true;
}

bool
gv_read_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells, int n)
{
	const GvColumnSet *set = gv_row_columns(def);
	int			columns[GV_MAX_COLUMNS];
	int			i;

	if (n == set->printed || n == set->ncolumns)
	{
		for (i = 0; i < n; i++)
			columns[i] = i;
		/* a 法人或其他组织小计 column printed before 总计 */
		if (n == set->ncolumns && n > set->printed)
		{
			columns[n - 2] = n - 1;
			columns[n - 1] = n - 2;
		}
		return gv_store_columns(st, row, def, cells, columns, n);
	}
	if (n > set->ncolumns)
	{
		note_count(st, row, def, n, set->printed, "the row is kept among the unknown rows");
		return gv_keep_unknown_row(st, row);
	}
	/* fewer values than columns */
	if (set->summed || n < 2)
	{
		if (n == 1 && !set->summed)
		{
			columns[0] = 0;
			note_count(st, row, def, n, set->printed, "read as the first column");
			return gv_store_columns(st, row, def, cells, columns, 1);
		}
		note_count(st, row, def, n, set->printed,
				   "which columns they belong to is unclear: the row is kept among the unknown rows");
		return gv_keep_unknown_row(st, row);
	}
	/* first columns and the last one: a lost middle column is the usual loss */
	for (i = 0; i < n - 1; i++)
		columns[i] = i;
	columns[n - 1] = set->printed - 1;
	note_count(st, row, def, n, set->printed, "read as the first and the last columns");
	return gv_store_columns(st, row, def, cells, columns, n);
}

/*
 * Text in reading order (pdftotext without -layout) prints the numbers of
 * several rows after one label and the other labels later: the first
 * group of values is this row's, each further group a row of its own,
 * placed by the template's row order.
 */
static bool
split_groups(ParseState *st, const GvRow *row, int def, const GvCell **cells, int n)
{
	const GvColumnSet *set = gv_row_columns(def);
	int			g;

	for (g = 1; g < n / set->printed; g++)
		gv_push_event(st, -1, gv_value_group(st, row, g * set->printed, set->printed));
	return gv_read_columns(st, row, def, cells, set->printed);
}

/* ---------- glued cells ---------- */

typedef struct GluedRow
{
	const GvCell **cells;		/* the row's value cells */
	int			n;
	int			run;			/* index of the glued cell */
	int			printed;		/* values the row should have */
	bool		summed;			/* its last value is the sum of the others */
	int			group;			/* values per summed group (5 in 表四) */
	bool		cumulative;		/* this year, then a cumulative >= it */
} GluedRow;

static int64_t
whole(const GvCell *cell)
{
	return cell->v.num.micro / GV_NUM_SCALE;
}

/* The row with parts in place of the run: do its sums hold? */
static bool
glued_sums_hold(const int64_t *parts, int nparts, int total, void *arg)
{
	const GluedRow *g = arg;
	int64_t		row[GV_MAX_SPLIT_PARTS + 16];
	int			n = 0;
	int			i,
				start;

	/* a prefix tells only when the run ends the row: its complete groups */
	if (nparts < total && (g->run != g->n - 1 || !g->summed))
		return true;
	for (i = 0; i < g->n; i++)
	{
		if (i != g->run)
		{
			/* a blank cell leaves the sums unknown: any split fits them */
			if (g->cells[i]->v.kind != GV_CELL_NUMBER)
				return nparts == 1;
			row[n++] = whole(g->cells[i]);
			continue;
		}
		memcpy(row + n, parts, sizeof(int64_t) * nparts);
		n += nparts;
	}
	if (g->cumulative && n == 2 && nparts == total)
		return row[1] >= row[0];
	if (!g->summed)
		return true;
	for (start = 0; start + g->group <= n; start += g->group)
	{
		int64_t		sum = 0;

		for (i = start; i < start + g->group - 1; i++)
			sum += row[i];
		if (sum != row[start + g->group - 1])
			return false;
	}
	return true;
}

static GvCell *
part_cell(GvArena *arena, const GvCell *run, size_t from, size_t to, int64_t value)
{
	GvCell	   *cell = gv_alloc(arena, sizeof(GvCell));

	cell->text = gv_strndup(arena, run->text + from, to - from);
	cell->printed = cell->text;
	cell->v.kind = GV_CELL_NUMBER;
	cell->v.status = GV_NUM_OK;
	cell->v.num = gv_num_from_int(value);
	return cell;
}

/* A cell of the run that the candidate splits do not agree on: not read. */
static GvCell unread_cell = {"", "", 0, {GV_CELL_GLUED}};

/* Does every candidate split put the same value in part k? */
static bool
parts_agree(const GvSplit *split, int k)
{
	int			c;

	for (c = 1; c < split->nsolutions; c++)
		if (split->values[c][k] != split->values[0][k])
			return false;
	return true;
}

static void
note_split(ParseState *st, const GvRow *row, const GvCell *run, const GvSplit *split, int nparts,
		   const char *why)
{
	GvBuf		msg;
	int			c,
				k;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "%s: digits %s run together", row->label ? row->label : "row without a label",
				  run->printed);
	if (split->nsolutions == 0 && split->exhausted)
		gv_buf_appends(st->arena, &msg, "; too many ways to split it to try them all; not read");
	else if (split->nsolutions == 0)
		gv_buf_appends(st->arena, &msg, "; no split makes the row's sums hold; not read");
	else if (split->nsolutions == 1)
	{
		gv_buf_appends(st->arena, &msg, ", split as");
		for (k = 0; k < nparts; k++)
			gv_buf_printf(st->arena, &msg, "%s%lld", k ? " | " : " ", (long long) split->values[0][k]);
		gv_buf_printf(st->arena, &msg, ", %s", why);
	}
	else
	{
		gv_buf_printf(st->arena, &msg, "; %s%d splits fit:", split->exhausted ? "at least " : "",
					  split->nsolutions);
		for (c = 0; c < split->nsolutions && c < GV_MAX_SPLIT_SOLUTIONS; c++)
		{
			gv_buf_appends(st->arena, &msg, c ? " or" : "");
			for (k = 0; k < nparts; k++)
				gv_buf_printf(st->arena, &msg, "%s%lld", k ? " | " : " ", (long long) split->values[c][k]);
		}
		gv_buf_appends(st->arena, &msg, "; the cells they disagree on are not read");
	}
	gv_add_note(st, gv_row_line(row), split->nsolutions == 1 ? GV_NOTE_POSITION : GV_NOTE_AMBIGUOUS, -1, &msg);
}

/*
 * Splits the one glued run among a row's value cells by the row's sums.
 * Returns the row's cells with the run replaced; where several splits fit,
 * the cells they disagree on are unread_cell.  NULL (noted) when nothing
 * can be read.
 */
const GvCell **
gv_split_glued_row(ParseState *st, const GvRow *row, const GvCell **cells, int n,
				   int printed, bool summed, int group, bool cumulative)
{
	GluedRow	g = {cells, n, -1, printed, summed, group, cumulative};
	GvSplit		split;
	const GvCell **out;
	const GvCell *run;
	int			nparts = printed - (n - 1);
	int			i,
				k,
				o = 0;

	for (i = 0; i < n; i++)
		if (cells[i]->v.kind == GV_CELL_GLUED)
			g.run = g.run == -1 ? i : -2;	/* two runs: not split */
	if (g.run < 0 || nparts < 1)
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_printf(st->arena, &msg, "%s: digits run together (%d cells for %d columns) not split",
					  row->label ? row->label : "row without a label", n, printed);
		gv_add_note(st, gv_row_line(row), GV_NOTE_AMBIGUOUS, -1, &msg);
		return NULL;
	}
	run = cells[g.run];
	/* one value: no split to choose (even where the row's sums are broken) */
	g.summed = summed && nparts > 1;
	g.cumulative = cumulative && nparts > 1;
	gv_split_digits(run->text, nparts, glued_sums_hold, &g, &split);
	note_split(st, row, run, &split, nparts,
			   g.summed ? "the one split that makes the row's sums hold" :
			   g.cumulative ? "the one split with the cumulative at least this year's" :
			   "the only split into that many counts");
	if (split.nsolutions == 0 || split.exhausted || split.nsolutions > GV_MAX_SPLIT_SOLUTIONS)
		return NULL;

	out = gv_alloc(st->arena, sizeof(GvCell *) * printed);
	for (i = 0; i < n; i++)
	{
		size_t		from = 0;

		if (i != g.run)
		{
			out[o++] = cells[i];
			continue;
		}
		for (k = 0; k < nparts; k++)
		{
			out[o++] = parts_agree(&split, k) ?
				part_cell(st->arena, run, from, split.ends[0][k], split.values[0][k]) : &unread_cell;
			from = split.ends[0][k];
		}
	}
	return out;
}

static bool
all_blank(const GvCell **cells, int n)
{
	int			i;

	for (i = 0; i < n && i < 16; i++)
		if (cells[i]->v.kind != GV_CELL_BLANK)
			return false;
	return true;
}

/* A blank printed as a mark (-, —, /), not an empty field: the row's own cell. */
static bool
has_blank_mark(const GvCell **cells, int n)
{
	int			i;

	for (i = 0; i < n && i < 16; i++)
		if (cells[i]->v.kind == GV_CELL_BLANK && cells[i]->text[0] != '\0')
			return true;
	return false;
}

static bool
has_glued(const GvCell **cells, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (cells[i]->v.kind == GV_CELL_GLUED)
			return true;
	return false;
}

bool
gv_read_matched_row(ParseState *st, const GvRow *row, int def)
{
	const GvColumnSet *set = gv_row_columns(def);
	const GvCell *cells[16];
	int			n;
	int			position;

	if (set->ncolumns == 1)
		return read_single_value(st, row, def);

	n = gv_value_cells(row, cells, 16);
	if (n <= 16 && has_glued(cells, n))
	{
		const GvCell **split = gv_split_glued_row(st, row, cells, n, set->printed, set->summed,
												  set->printed, set->cumulative);

		if (split == NULL)
			return gv_keep_unknown_row(st, row);
		memcpy(cells, split, sizeof(GvCell *) * set->printed);
		n = set->printed;
	}
	/* empty fields between the label and the values pad the label columns */
	while (n > set->printed && n <= 16 && cells[0]->v.kind == GV_CELL_BLANK && cells[0]->text[0] == '\0')
	{
		memmove(cells, cells + 1, sizeof(GvCell *) * (n - 1));
		n--;
	}
	/*
	 * empty cells after the last column (a Markdown row's trailing | |); a
	 * blank mark (—) that completes a further group of columns is that
	 * group's cell, in reading order the blank of a row printed later
	 */
	while (n > set->printed && n <= 16 && cells[n - 1]->v.kind != GV_CELL_NUMBER &&
		   (cells[n - 1]->text[0] == '\0' || n % set->printed != 0))
		n--;
	if ((n == 0 || all_blank(cells, n)) && !has_blank_mark(cells, n) &&
		st->det.family != GB_GENERATIONS && gv_template_position(st, def) >= 0)
	{
		OrderEvent *event;

		gv_push_event(st, gv_template_position(st, def), row);
		event = &GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1);
		event->label_only = true;
		return true;			/* its values may have come earlier */
	}
	if ((n == 0 || all_blank(cells, n)) && (st->det.family == GB_GENERATIONS || !has_blank_mark(cells, n)))
		return true;			/* a heading or a label whose values come later */
	if (n == 15 && st->det.family == GB_GENERATIONS)
		return gv_read_table4(st, row, cells, n);
	if (n > 16 && !(set->summed && n % set->printed == 0))
	{
		note_count(st, row, def, n, set->printed, "the row is kept among the unknown rows");
		return gv_keep_unknown_row(st, row);
	}
	position = gv_template_position(st, def);
	/* a summed row with too few values is not read, so its place stays open */
	if (set->summed && n < set->printed)
		position = -1;
	if (position >= 0)
	{
		st->in_table3 = st->det.family == GB_GENERATIONS;
		gv_push_event(st, position, NULL);
		if (n > set->printed && n % set->printed == 0)
			return split_groups(st, row, def, cells, n);
	}
	return gv_read_columns(st, row, def, cells, n);
}

/* ---------- rows without a usable label ---------- */

/* Digits glued to a label that can only be one value (84, not 0084). */
static bool
is_one_value(const GvCell *cell)
{
	return cell->v.kind == GV_CELL_GLUED && cell->v.status == GV_NUM_OK && cell->text[0] != '\0' &&
		(cell->text[0] != '0' || cell->text[1] == '\0') && strlen(cell->text) <= 12;
}

/*
 * A row the catalog does not know, in a table of this-year and cumulative
 * columns, printed as one glued run (培训班次728): split like the known rows
 * there, the cumulative at least this year's, when some split fits that.
 */
static const GvRow *
split_unknown_glued(ParseState *st, const GvRow *row)
{
	GluedRow	g = {.cells = (const GvCell **) row->values, .n = 1, .run = 0, .printed = 2,
	.summed = false, .group = 2, .cumulative = true};
	GvSplit		split;
	const GvCell **cells;
	GvRow	   *copy;

	if (st->det.family != GV_GEN_LOCAL2008 || row->nvalues != 1 ||
		row->values[0]->v.kind != GV_CELL_GLUED || strlen(row->values[0]->text) < 2)
		return row;
	gv_split_digits(row->values[0]->text, 2, glued_sums_hold, &g, &split);
	if (split.nsolutions == 0)
		return row;				/* one value: the cumulative left blank */
	cells = gv_split_glued_row(st, row, (const GvCell **) row->values, 1, 2, false, 2, true);
	if (cells == NULL)
		return row;
	copy = gv_alloc(st->arena, sizeof(GvRow));
	*copy = *row;
	copy->values = (GvCell **) cells;
	copy->nvalues = 2;
	return copy;
}

bool
gv_keep_unknown_row(ParseState *st, const GvRow *row)
{
	GvUnknownRow *out;
	int			numbers = 0;
	int			i;

	row = split_unknown_glued(st, row);
	for (i = 0; i < row->nvalues; i++)
		if (row->values[i]->v.kind == GV_CELL_NUMBER || is_one_value(row->values[i]))
		{
			if (!check_range(st, row->values[i], row->value_line))
				return false;
			numbers++;
		}
		else if (row->values[i] == &unread_cell)
			numbers++;			/* printed, but which split is unclear: noted */
	if (numbers == 0)
		return true;			/* a heading: nothing published is lost */

	if (row->label == NULL)
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_appends(st->arena, &msg, "values without a label not read:");
		for (i = 0; i < row->nvalues; i++)
			gv_buf_printf(st->arena, &msg, " %s", row->values[i]->text[0] ? row->values[i]->printed : "(blank)");
		gv_add_note(st, row->value_line, GV_NOTE_SKIPPED, -1, &msg);
		return true;
	}

	out = gv_vec_push(st->arena, &st->report->unknown_rows);
	out->line = row->line;
	out->section = st->heading;
	out->label = row->label;
	out->unit = row->unit;
	out->nvalues = row->nvalues;
	out->values = gv_alloc(st->arena, sizeof(GvNum) * row->nvalues);
	out->blanks = gv_alloc(st->arena, sizeof(bool) * row->nvalues);
	for (i = 0; i < row->nvalues; i++)
	{
		const GvCell *cell = row->values[i];

		out->blanks[i] = cell->v.kind != GV_CELL_NUMBER && !is_one_value(cell);
		out->values[i] = cell->v.num;
		add_cell_out(st, row, row->value_line, -1, out->blanks[i], cell->v.num,
					 cell->v.unit ? cell->v.unit : row->unit);
	}
	return true;
}

bool
gv_row_has_number(const GvRow *row)
{
	int			i;

	for (i = 0; i < row->nvalues; i++)
		if (row->values[i]->v.kind == GV_CELL_NUMBER)
			return true;
	return false;
}

/*
 * Could this label be a row the catalog does not know: numbered ((四), 4.),
 * or naming a count or an amount (…访问量, …次数, …金额)?  Not a caption or a
 * signature line.
 */
static bool
names_a_count(const char *folded)
{
	static const char *const ends[] = {"数", "量", "次", "额", NULL};
	size_t		len = strlen(folded);
	int			i;

	if (gv_has_numbering(folded))
		return true;
	for (i = 0; ends[i]; i++)
		if (len >= strlen(ends[i]) && strcmp(folded + len - strlen(ends[i]), ends[i]) == 0)
			return true;
	return false;
}

/* Values per row of a single table: this year and cumulative in local2008. */
static int
table_width(const ParseState *st)
{
	return st->det.family == GV_GEN_LOCAL2008 ? 2 : 1;
}

bool
gv_place_unmatched(ParseState *st, const GvRow *row)
{
	if (st->det.family == GB_GENERATIONS)
	{
		const GvCell *cells[16];
		int			n = gv_value_cells(row, cells, 16);

		bool		in_table4 = st->section && (strcmp(st->section, "review") == 0 ||
												strcmp(st->section, "litigation") == 0);

		if (n == 15 || (in_table4 && n <= 15 && has_glued(cells, n)))
			return gv_read_table4(st, row, cells, n);
		if (in_table4)
			return gv_collect_table4(st, row);
		if (st->in_table3 && (n == 7 || n == 8))
		{
			gv_push_event(st, -1, row);
			return true;		/* decided by gv_place_by_order */
		}
	}
	else if (row->label && gv_row_has_number(row) && row->value_line > row->line &&
			 gv_label_is_group(st->arena, row->folded))
	{
		/*
		 * A section heading of a single table with values after it: in
		 * reading order, the values of the rows whose labels come later.
		 */
		int			width = table_width(st);
		int			g;

		if (row->nvalues % width != 0)
			return gv_keep_unknown_row(st, row);
		for (g = 0; g < row->nvalues / width; g++)
		{
			gv_push_event(st, -1, gv_value_group(st, row, g * width, width));
			GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).heading_row = row;
		}
		return true;
	}
	else if (row->label && gv_row_has_number(row) && printed_in_reading_order(row) &&
			 row->nvalues > table_width(st) && row->nvalues % table_width(st) == 0)
	{
		/*
		 * A row the catalog does not know with more values than a row has:
		 * in reading order, its own group, then those of rows whose labels
		 * come later.
		 */
		int			width = table_width(st);
		GvRow	   *own = gv_alloc(st->arena, sizeof(GvRow));
		int			g;

		*own = *row;
		own->nvalues = width;
		for (g = 1; g < row->nvalues / width; g++)
			gv_push_event(st, -1, gv_value_group(st, row, g * width, width));
		return gv_keep_unknown_row(st, own);
	}
	else if (row->label && row->nvalues == 0 && names_a_count(row->folded) &&
			 !gv_label_is_group(st->arena, row->folded) && !gv_label_fits(st->arena, row->folded))
	{
		/* a row the catalog does not know, its values perhaps printed earlier */
		gv_push_event(st, -1, row);
		GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).label_only = true;
		return true;
	}
	return gv_keep_unknown_row(st, row);
}




/*
 * The row with digits glued to its label read as its values, as a matched
 * row's are: split into this year and cumulative, or one value.
 */
const GvRow *
gv_unglue(ParseState *st, const GvRow *row)
{
	GvRow	   *copy;
	GvCell	   *number;

	row = split_unknown_glued(st, row);
	if (row->nvalues != 1 || !is_one_value(row->values[0]))
		return row;
	number = gv_alloc(st->arena, sizeof(GvCell));
	*number = *row->values[0];
	number->v.kind = GV_CELL_NUMBER;
	copy = gv_alloc(st->arena, sizeof(GvRow));
	*copy = *row;
	copy->values = gv_alloc(st->arena, sizeof(GvCell *));
	copy->values[0] = number;
	return copy;
}










