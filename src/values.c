/*
 * values.c
 *	  A table row's values -> the report's statistics.
 *
 * A matched row's values go to its template columns in order.  What the
 * text leaves unclear is never guessed silently: extra values, too few
 * values, rows placed by their position and statistics printed twice are
 * all noted.  Rows the catalog does not know are kept as printed.
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
static bool
store_cell(ParseState *st, const GvRow *row, int code, const GvCell *cell, int line)
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

static int
row_line(const GvRow *row)
{
	return row->value_line ? row->value_line : row->line;
}

/* ---------- 表三 template order ---------- */

/* Subtotal rows some reports add: not part of the template's row order. */
static bool
is_subtotal_row(const GvRowDef *def, unsigned generation)
{
	return strcmp(def->key, "apply.denied") == 0 || strcmp(def->key, "apply.unable") == 0 ||
		strcmp(def->key, "apply.refused") == 0 ||
		(strcmp(def->key, "apply.other") == 0 && generation == GV_GEN_GB2021);
}

static void
build_template(ParseState *st)
{
	int			r;

	if (st->template_rows)
		return;
	st->template_rows = gv_alloc(st->arena, sizeof(int) * gv_row_count());
	for (r = 0; r < gv_row_count(); r++)
	{
		const GvRowDef *def = gv_row_at(r);

		bool		in_template;

		if (st->det.family == GB_GENERATIONS)
			in_template = (def->generations & st->det.table3) && strncmp(def->section, "apply", 5) == 0 &&
				!is_subtotal_row(def, st->det.table3);
		else
			in_template = (def->generations & st->det.family) != 0;
		if (in_template)
			st->template_rows[st->ntemplate_rows++] = r;
	}
}

static int
template_position(ParseState *st, int def)
{
	int			i;

	build_template(st);
	for (i = 0; i < st->ntemplate_rows; i++)
		if (st->template_rows[i] == def)
			return i;
	return -1;
}

static void
push_event(ParseState *st, int position, const GvRow *row)
{
	OrderEvent *event = gv_vec_push(st->arena, &st->order_events);

	event->position = position;
	event->row = row;
	event->heading = st->heading;
	event->heading_row = NULL;
	event->fits = NULL;
	event->taken = false;
}

/*
 * Text in reading order prints several rows' values after one label and
 * the labels of the others later (3.网络申请数 件 35 件 0 件 39 … 4.信函申请数
 * (二)申请办结数).  Each value group after the first is a row of its own,
 * placed by the template's row order; a label met without values is one
 * such row, and blank only if no group is left for it.
 */
static GvRow *
value_group(ParseState *st, const GvRow *row, int first, int count)
{
	GvRow	   *group = gv_alloc(st->arena, sizeof(GvRow));

	group->line = row->line;
	group->value_line = row->value_line;
	group->nvalues = count;
	group->values = (GvCell **) row->values + first;
	return group;
}

/* ---------- matched rows ---------- */

/* The value cells of a row: numbers and blanks, in order. */
static int
value_cells(const GvRow *row, const GvCell **out, int max)
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
			gv_add_note(st, row_line(row), GV_NOTE_AMBIGUOUS, code, &msg);
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
		int			position = template_position(st, def);

		if (chosen == NULL && position >= 0)
		{
			OrderEvent *event;

			push_event(st, position, row);
			event = &GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1);
			event->label_only = true;
			return true;		/* blank, unless a group of values belongs here */
		}
		if (position >= 0)
			push_event(st, position, NULL);
		for (i = 0; chosen && i < extra; i++)
			push_event(st, -1, value_group(st, row, extra_at[i], 1));
	}
	return store_cell(st, row, code, chosen, row_line(row));
}

static void
note_count(ParseState *st, const GvRow *row, int def, int n, int expected, const char *what)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "%s: %d values where the template has %d columns; %s",
				  row->label ? row->label : gv_row_at(def)->label_zh, n, expected, what);
	gv_add_note(st, row_line(row), n > expected ? GV_NOTE_SKIPPED : GV_NOTE_AMBIGUOUS,
				gv_row_code(def, 0), &msg);
}

/* Stores n cells under def's columns as listed in columns[]. */
bool
gv_store_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells,
			  const int *columns, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (!store_cell(st, row, gv_row_code(def, columns[i]), cells[i], row_line(row)))
			return false;
	return true;
}

static bool
read_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells, int n)
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
		push_event(st, -1, value_group(st, row, g * set->printed, set->printed));
	return read_columns(st, row, def, cells, set->printed);
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
	gv_add_note(st, row_line(row), split->nsolutions == 1 ? GV_NOTE_POSITION : GV_NOTE_AMBIGUOUS, -1, &msg);
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
		gv_add_note(st, row_line(row), GV_NOTE_AMBIGUOUS, -1, &msg);
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

	n = value_cells(row, cells, 16);
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
		st->det.family != GB_GENERATIONS && template_position(st, def) >= 0)
	{
		OrderEvent *event;

		push_event(st, template_position(st, def), row);
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
	position = template_position(st, def);
	/* a summed row with too few values is not read, so its place stays open */
	if (set->summed && n < set->printed)
		position = -1;
	if (position >= 0)
	{
		st->in_table3 = st->det.family == GB_GENERATIONS;
		push_event(st, position, NULL);
		if (n > set->printed && n % set->printed == 0)
			return split_groups(st, row, def, cells, n);
	}
	return read_columns(st, row, def, cells, n);
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

static bool
row_has_number(const GvRow *row)
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
		int			n = value_cells(row, cells, 16);

		bool		in_table4 = st->section && (strcmp(st->section, "review") == 0 ||
												strcmp(st->section, "litigation") == 0);

		if (n == 15 || (in_table4 && n <= 15 && has_glued(cells, n)))
			return gv_read_table4(st, row, cells, n);
		if (in_table4)
			return gv_collect_table4(st, row);
		if (st->in_table3 && (n == 7 || n == 8))
		{
			push_event(st, -1, row);
			return true;		/* decided by gv_place_by_order */
		}
	}
	else if (row->label && row_has_number(row) && row->value_line > row->line &&
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
			push_event(st, -1, value_group(st, row, g * width, width));
			GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).heading_row = row;
		}
		return true;
	}
	else if (row->label && row_has_number(row) && printed_in_reading_order(row) &&
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
			push_event(st, -1, value_group(st, row, g * width, width));
		return gv_keep_unknown_row(st, own);
	}
	else if (row->label && row->nvalues == 0 && names_a_count(row->folded) &&
			 !gv_label_is_group(st->arena, row->folded) && !gv_label_fits(st->arena, row->folded))
	{
		/* a row the catalog does not know, its values perhaps printed earlier */
		push_event(st, -1, row);
		GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).label_only = true;
		return true;
	}
	return gv_keep_unknown_row(st, row);
}

static const char *
position_label(const ParseState *st, int position)
{
	if (position < 0)
		return "the start of 表三";
	if (position >= st->ntemplate_rows)
		return "the end of 表三";
	return gv_row_at(st->template_rows[position])->label_zh;
}

static bool
match_has(const GvMatch *m, int def)
{
	int			i;

	for (i = 0; i < m->ncandidates; i++)
		if (m->candidates[i] == def)
			return true;
	return false;
}

void
gv_note_ambiguous_label(ParseState *st, const GvRow *row, const GvMatch *m)
{
	GvBuf		msg;
	int			i;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "label %s fits", row->label);
	for (i = 0; i < m->ncandidates; i++)
		gv_buf_printf(st->arena, &msg, "%s %s", i ? "," : "", gv_row_at(m->candidates[i])->key);
	gv_buf_appends(st->arena, &msg, "; its values are not read as any of them");
	gv_add_note(st, row->line, GV_NOTE_AMBIGUOUS, -1, &msg);
}

/*
 * The row with digits glued to its label read as its values, as a matched
 * row's are: split into this year and cumulative, or one value.
 */
static const GvRow *
unglue(ParseState *st, const GvRow *row)
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

/*
 * A label with values that fits rows of several sections (（二）被依法纠错数
 * under 行政复议 and 行政诉讼) when the section is not known, as in reading
 * order where the section heading is printed later: it waits for the
 * template's row order to say which of them lies where it was printed.
 */
bool
gv_place_ambiguous(ParseState *st, const GvRow *row, const GvMatch *m)
{
	GvMatch    *fits;
	bool		placeable;
	int			i;

	row = unglue(st, row);
	placeable = row_has_number(row);
	for (i = 0; placeable && i < m->ncandidates; i++)
		placeable = template_position(st, m->candidates[i]) >= 0;
	if (!placeable)
	{
		gv_note_ambiguous_label(st, row, m);
		return gv_place_unmatched(st, row);
	}
	fits = gv_alloc(st->arena, sizeof(GvMatch));
	*fits = *m;
	push_event(st, -1, row);
	GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).fits = fits;
	return true;
}

/* Places a run of unplaced rows between two template positions, or keeps them. */
static bool
place_run(ParseState *st, const OrderEvent *run, int count, int before, int after,
		  bool *placed)
{
	int			missing[64];
	int			nmissing = 0;
	int			k;
	int			i;

	bool		fit;

	for (k = before + 1; k < after && nmissing < 64; k++)
		if (!placed[k])
			missing[nmissing++] = k;
	/* a label that fits several rows must fit the one its place gives it */
	fit = nmissing == count;
	for (i = 0; fit && i < count; i++)
		if (run[i].fits && !match_has(run[i].fits, st->template_rows[missing[i]]))
			fit = false;
	for (i = 0; i < count; i++)
	{
		const GvRow *row = run[i].row;
		const GvCell *cells[16];
		int			n = value_cells(row, cells, 16);
		GvBuf		msg;
		const char *saved = st->heading;

		st->heading = run[i].heading;
		gv_buf_init(&msg);
		if (!fit && run[i].fits)
		{
			gv_note_ambiguous_label(st, row, run[i].fits);
			if (!gv_keep_unknown_row(st, row))
				return false;
		}
		else if (!fit)
		{
			gv_buf_printf(st->arena, &msg,
						  "%d rows without a known label between %s and %s, where %d template rows are missing: not placed",
						  count, position_label(st, before), position_label(st, after), nmissing);
			gv_add_note(st, row_line(row), GV_NOTE_AMBIGUOUS, -1, &msg);
			if (!gv_keep_unknown_row(st, row))
				return false;
		}
		else
		{
			int			def = st->template_rows[missing[i]];

			gv_buf_printf(st->arena, &msg, "row %s read as %s (%s) by its place between %s and %s",
						  row->label ? row->label : "without a label", gv_row_at(def)->label_zh,
						  gv_row_at(def)->key, position_label(st, before), position_label(st, after));
			gv_add_note(st, row_line(row), GV_NOTE_POSITION, gv_row_code(def, 0), &msg);
			placed[missing[i]] = true;
			if (!read_columns(st, row, def, cells, n))
				return false;
		}
		st->heading = saved;
	}
	return true;
}

/* A group of values printed without its label. */
static bool
is_group(const OrderEvent *event)
{
	return event->position < 0 && event->fits == NULL && !event->label_only && !event->taken;
}

/* Keeps a group under a numbered label the catalog does not know. */
static bool
keep_under_label(ParseState *st, OrderEvent *group, const GvRow *label)
{
	GvRow	   *row = gv_alloc(st->arena, sizeof(GvRow));
	GvBuf		msg;

	*row = *group->row;
	row->label = label->label;
	row->folded = label->folded;
	row->line = label->line;
	row->value_line = row_line(group->row);
	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "values printed before their label kept under %s, the label met next without values",
				  label->label);
	gv_add_note(st, row_line(group->row), GV_NOTE_POSITION, -1, &msg);
	group->taken = true;
	return gv_keep_unknown_row(st, row);
}

/* Gives the groups of events [from, to) to its waiting labels, in order. */
static bool
pair_span(ParseState *st, OrderEvent *events, int from, int to, bool *waiting, bool *placed)
{
	int			g,
				l = from;

	for (g = from; g < to; g++)
	{
		const GvRow *row = events[g].row;
		const GvCell *cells[16];
		int			n;
		int			def;
		GvBuf		msg;

		if (!is_group(&events[g]))
			continue;
		while (!waiting[l])
			l++;
		waiting[l] = false;
		if (events[l].position < 0)
		{
			if (!keep_under_label(st, &events[g], events[l++].row))
				return false;
			continue;
		}
		def = st->template_rows[events[l].position];
		n = value_cells(row, cells, 16);
		gv_buf_init(&msg);
		gv_buf_printf(st->arena, &msg, "values printed before their label read as %s (%s), the label met next without values",
					  gv_row_at(def)->label_zh, gv_row_at(def)->key);
		gv_add_note(st, row_line(row), GV_NOTE_POSITION, gv_row_code(def, 0), &msg);
		if (!read_columns(st, row, def, cells, n > 16 ? 16 : n))
			return false;
		placed[events[l].position] = true;
		/* the label stays label_only: where it was printed places nothing */
		events[g].position = events[l].position;
		l++;
	}
	return true;
}

/* Do the events [from, to) hold as many groups as waiting labels, and some? */
static bool
groups_match_labels(const OrderEvent *events, int from, int to, const bool *waiting)
{
	int			groups = 0,
				labels = 0,
				i;

	for (i = from; i < to; i++)
	{
		groups += is_group(&events[i]);
		labels += waiting[i];
	}
	return groups > 0 && groups == labels;
}

/*
 * Value groups printed before their labels go, in order, to the labels met
 * without values: across the table when there are as many of each, else in
 * each stretch that opens with a group and closes where the labels met
 * since equal the groups (a label met with no group open waits for none).
 */
static bool
pair_in_text_order(ParseState *st, OrderEvent *events, int count, bool *placed)
{
	bool	   *waiting = gv_alloc(st->arena, sizeof(bool) * count);
	int			open = 0,
				from = 0,
				i;

	/* a label printed again later with its values waits for none */
	for (i = 0; i < count; i++)
		waiting[i] = events[i].label_only && (events[i].position < 0 || !placed[events[i].position]);
	if (groups_match_labels(events, 0, count, waiting))
		return pair_span(st, events, 0, count, waiting, placed);
	for (i = 0; i < count; i++)
	{
		if (is_group(&events[i]))
		{
			if (open++ == 0)
				from = i;
		}
		else if (waiting[i] && open == 0)
			waiting[i] = false;
		else if (waiting[i] && --open == 0 &&
				 !pair_span(st, events, from, i + 1, waiting, placed))
			return false;
	}
	return true;
}

/*
 * A group of a heading's values that no label took: the heading row as
 * printed, once, when none of its groups went anywhere; else the group alone
 * under the heading's label.  A heading's groups are consecutive events.
 */
static bool
keep_heading_group(ParseState *st, const OrderEvent *events, int count, int i)
{
	const GvRow *heading = events[i].heading_row;
	int			first = i,
				last = i,
				k;
	bool		any_placed = false;
	GvRow	   *group;

	while (first > 0 && events[first - 1].heading_row == heading)
		first--;
	while (last + 1 < count && events[last + 1].heading_row == heading)
		last++;
	for (k = first; k <= last; k++)
		any_placed |= events[k].position >= 0 || events[k].taken;
	if (!any_placed)
		return i == first ? gv_keep_unknown_row(st, heading) : true;
	group = gv_alloc(st->arena, sizeof(GvRow));
	*group = *events[i].row;
	group->label = heading->label;
	group->folded = heading->folded;
	group->line = heading->line;
	return gv_keep_unknown_row(st, group);
}

/* A label met without values, whose values no group supplied: blank. */
static bool
store_label_only(ParseState *st, const OrderEvent *event)
{
	int			def = st->template_rows[event->position];
	int			c;

	for (c = 0; c < gv_row_columns(def)->printed; c++)
		if (!store_cell(st, event->row, gv_row_code(def, c), NULL, row_line(event->row)))
			return false;
	return true;
}

bool
gv_place_by_order(ParseState *st)
{
	int			count = st->order_events.count;
	OrderEvent *events = st->order_events.items;
	bool	   *placed;
	int			before = -1;
	int			i;

	if (count == 0)
		return true;
	build_template(st);
	placed = gv_alloc(st->arena, sizeof(bool) * (st->ntemplate_rows + 1));
	for (i = 0; i < count; i++)
		if (events[i].position >= 0 && !events[i].label_only)
			placed[events[i].position] = true;

	/* the single tables have no fixed row order across provinces */
	if (st->det.family != GB_GENERATIONS && !pair_in_text_order(st, events, count, placed))
		return false;

	/* runs of unplaced rows between rows placed by their labels */
	i = 0;
	while (i < count)
	{
		OrderEvent	run[64];
		int			nrun = 0;
		int			after;

		if (events[i].label_only || events[i].taken)
		{
			i++;
			continue;
		}
		if (events[i].position >= 0)
		{
			before = events[i].position;
			i++;
			continue;
		}
		while (i < count && (events[i].position < 0 || events[i].label_only))
		{
			const GvRow *heading_row = events[i].heading_row;

			if (heading_row && !events[i].taken && !keep_heading_group(st, events, count, i))
				return false;
			if (!events[i].label_only && !events[i].taken && !heading_row && nrun < 64)
				run[nrun++] = events[i];
			i++;
		}
		after = i < count ? events[i].position : st->ntemplate_rows;
		if (!place_run(st, run, nrun, before, after, placed))
			return false;
	}

	for (i = 0; i < count; i++)
		if (events[i].label_only && events[i].position >= 0 && !placed[events[i].position])
		{
			placed[events[i].position] = true;
			if (!store_label_only(st, &events[i]))
				return false;
		}
	return true;
}
