/*
 * table4.c
 *	  表四: 行政复议 and the two kinds of 行政诉讼, fifteen cells in one row
 *	  printed without row labels.
 *
 * Most texts print the row whole: fifteen values in order.  Text in
 * reading order (pdftotext without -layout) prints it in pieces between
 * the header words, and not always in the table's order.  The pieces are
 * put back by the table's own sums (each group's 总计 equals its four
 * parts): every order of the pieces that satisfies all three sums is a
 * candidate.  When several are, two kinds of evidence printed in the report
 * narrow them, each only if it rules some but not all out: the group label
 * printed just before a piece (复议后起诉 before the values under it), and
 * the totals the prose states (行政复议351件, 行政诉讼46件).  Cells on which
 * the remaining candidates agree are read; the others are not, and a note
 * names them with the candidates.  Nothing is guessed.
 */
#include "placement.h"

#include <stdio.h>
#include <string.h>

#define TABLE4_CELLS 15
#define MAX_PIECES 7			/* 7! orders at most */
#define MAX_CANDIDATES 8

static const char *const table4_groups[3] = {"review", "litigation.direct", "litigation.after_review"};

/* A run of values printed between header words, and the groups named just before it. */
typedef struct Table4Piece
{
	const GvRow *row;
	unsigned	named;			/* bit g: table4_groups[g] */
} Table4Piece;

/* One layout of the pieces in which all three sums hold. */
typedef struct Candidate
{
	const GvCell *cells[TABLE4_CELLS];
	bool		labelled;		/* some order giving it agrees with the group labels */
} Candidate;

static int
group_row(const ParseState *st, int g)
{
	int			r;

	for (r = 0; r < gv_row_count(); r++)
		if ((gv_row_at(r)->generations & st->det.table3) &&
			strcmp(gv_row_at(r)->key, table4_groups[g]) == 0)
			return r;
	return -1;
}

static const GvCell unread = {"", "", 0, {GV_CELL_GLUED}};

/* Stores the cells, those whose flag is not set as unread (keep NULL: all read). */
static bool
store_table4(ParseState *st, const GvRow *row, const GvCell **cells, const bool *keep)
{
	int			g,
				c;

	for (g = 0; g < 3; g++)
	{
		int			def = group_row(st, g);

		if (def < 0)
			return true;
		for (c = 0; c < 5; c++)
		{
			/* a cell the candidate orders disagree on is printed, its value unknown */
			const GvCell *cell = (keep == NULL || keep[5 * g + c]) ? cells[5 * g + c] : &unread;

			if (!gv_store_columns(st, row, def, &cell, &c, 1))
				return false;
		}
	}
	st->in_table3 = false;
	return true;
}

bool
gv_read_table4(ParseState *st, const GvRow *row, const GvCell **cells, int n)
{
	/* empty lines after the values are not cells of the table, unless they make the fifteen */
	while (n > 1 && n != TABLE4_CELLS && cells[n - 1]->v.kind == GV_CELL_BLANK && cells[n - 1]->text[0] == '\0')
		n--;
	if (n != TABLE4_CELLS)
	{
		/* a glued run: split it by the three groups' sums */
		cells = gv_split_glued_row(st, row, cells, n, TABLE4_CELLS, true, 5, false);
		if (cells == NULL)
			return gv_keep_unknown_row(st, row);
	}
	return store_table4(st, row, cells, NULL);
}

/* Is group g all numbers (else *blank is set), its 总计 the sum of its four parts? */
static bool
group_adds_up(const GvCell **cells, int g, bool *blank)
{
	int64_t		parts = 0;
	int			c;

	*blank = false;
	for (c = 0; c < 5; c++)
		*blank |= cells[5 * g + c]->v.kind != GV_CELL_NUMBER;
	if (*blank)
		return false;
	for (c = 0; c < 4; c++)
		parts += cells[5 * g + c]->v.num.micro;
	return parts == cells[5 * g + 4]->v.num.micro;
}

/* Do the three groups add up?  Blank cells never do. */
static bool
sums_hold(const GvCell **cells)
{
	bool		blank;
	int			g;

	for (g = 0; g < 3; g++)
		if (!group_adds_up(cells, g, &blank))
			return false;
	return true;
}

static bool
same_values(const GvCell **a, const GvCell **b)
{
	int			i;

	for (i = 0; i < TABLE4_CELLS; i++)
		if (a[i]->v.num.micro != b[i]->v.num.micro)
			return false;
	return true;
}

/* Lays the pieces out in the given order. */
static void
lay_out(const Table4Piece *pieces, const int *order, int npieces, const GvCell **cells)
{
	int			n = 0;
	int			p,
				v;

	for (p = 0; p < npieces; p++)
		for (v = 0; v < pieces[order[p]].row->nvalues; v++)
			cells[n++] = pieces[order[p]].row->values[v];
}

/* Next permutation in lexicographic order; false after the last. */
static bool
next_order(int *order, int n)
{
	int			i = n - 2,
				j;

	while (i >= 0 && order[i] >= order[i + 1])
		i--;
	if (i < 0)
		return false;
	j = n - 1;
	while (order[j] <= order[i])
		j--;
	{
		int			t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (i++, j = n - 1; i < j; i++, j--)
	{
		int			t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	return true;
}

static bool
has_number(const GvRow *row)
{
	int			i;

	for (i = 0; i < row->nvalues; i++)
		if (row->values[i]->v.kind == GV_CELL_NUMBER || row->values[i]->v.kind == GV_CELL_GLUED)
			return true;
	return false;
}

static void
note_pieces(ParseState *st, const GvRow *first, GvNoteKind kind, const char *what, int npieces)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "表四 printed in %d pieces: %s", npieces, what);
	gv_add_note(st, gv_row_line(first), kind, -1, &msg);
}

/*
 * The group a label names, as a bit.  Whole words only: a header word split
 * over two tokens names nothing.  未经复议直接起诉 holds 复议 but not 行政复议.
 */
static unsigned
groups_named(const char *folded)
{
	static const char *const words[3] = {"行政复议", "直接起诉", "复议后起诉"};
	unsigned	named = 0;
	int			g;

	for (g = 0; folded && g < 3; g++)
		if (strstr(folded, words[g]))
			named |= 1u << g;
	return named;
}

void
gv_table4_watch_label(ParseState *st, const GvRow *row)
{
	if (st->det.family == GB_GENERATIONS && !has_number(row))
		st->table4_named |= groups_named(row->folded);
}

/*
 * In reading order a column heading comes just before its values.  A piece
 * after which exactly one group label was printed (since the previous
 * piece) should start in that group; a piece after several labels, as the
 * first one under the whole header is, says nothing.
 */
static bool
agrees_with_labels(const Table4Piece *pieces, const int *order, int npieces)
{
	int			offset = 0,
				p;

	for (p = 0; p < npieces; p++)
	{
		unsigned	named = pieces[order[p]].named;

		if (named != 0 && (named & (named - 1)) == 0 && named != 1u << (offset / 5))
			return false;
		offset += pieces[order[p]].row->nvalues;
	}
	return true;
}

/* Do the totals the prose states (行政复议351件, 行政诉讼46件) match? */
static bool
agrees_with_prose(const ParseState *st, const Candidate *candidate)
{
	static const char *const stated[2] = {"narrative.review.total", "narrative.litigation.total"};
	int64_t		table[2];
	int			i;

	table[0] = candidate->cells[4]->v.num.micro;
	table[1] = candidate->cells[9]->v.num.micro + candidate->cells[14]->v.num.micro;
	for (i = 0; i < 2; i++)
	{
		int			code = gv_catalog_find(stated[i]);

		if (code >= 0 && st->report->values.present[code] &&
			st->report->values.value[code].micro != table[i])
			return false;
	}
	return true;
}

/*
 * Keeps the candidates the evidence agrees with, when it agrees with some
 * but not all of them; returns whether it narrowed the set.
 */
static bool
narrow(Candidate *candidates, int *ncandidates, const bool *agree)
{
	int			kept = 0,
				k;

	for (k = 0; k < *ncandidates; k++)
		kept += agree[k];
	if (kept == 0 || kept == *ncandidates)
		return false;
	kept = 0;
	for (k = 0; k < *ncandidates; k++)
		if (agree[k])
			candidates[kept++] = candidates[k];
	*ncandidates = kept;
	return true;
}

/* Every order of the pieces whose three sums hold, one per distinct layout. */
static int
fitting_orders(const Table4Piece *pieces, int npieces, Candidate *candidates, bool *overflow)
{
	int			order[MAX_PIECES];
	int			ncandidates = 0,
				i,
				k;

	*overflow = false;
	for (i = 0; i < npieces; i++)
		order[i] = i;
	do
	{
		const GvCell *cells[TABLE4_CELLS];
		bool		labelled;

		lay_out(pieces, order, npieces, cells);
		if (!sums_hold(cells))
			continue;
		labelled = agrees_with_labels(pieces, order, npieces);
		for (k = 0; k < ncandidates; k++)
			if (same_values(candidates[k].cells, cells))
				break;
		if (k < ncandidates)
			candidates[k].labelled |= labelled;
		else if (ncandidates == MAX_CANDIDATES)
			*overflow = true;
		else
		{
			memcpy(candidates[ncandidates].cells, cells, sizeof(cells));
			candidates[ncandidates++].labelled = labelled;
		}
	} while (next_order(order, npieces));
	return ncandidates;
}

static bool
solve_pieces(ParseState *st)
{
	const Table4Piece *pieces = st->table4_pieces.items;
	int			npieces = st->table4_pieces.count;
	const GvRow *first = pieces[0].row;
	const GvCell *text_order[TABLE4_CELLS];
	Candidate	candidates[MAX_CANDIDATES];
	int			ncandidates;
	bool		overflow;
	bool		by_labels = false,
				by_prose = false;
	bool		keep[TABLE4_CELLS];
	int			i,
				k;

	/* the pieces in the order printed */
	{
		int			n = 0,
					v;

		for (i = 0; i < npieces; i++)
			for (v = 0; v < pieces[i].row->nvalues; v++)
				text_order[n++] = pieces[i].row->values[v];
	}
	if (npieces == 1 || npieces > MAX_PIECES || sums_hold(text_order))
	{
		if (npieces > 1)
			note_pieces(st, first, GV_NOTE_POSITION, "read in the order printed", npieces);
		return store_table4(st, first, text_order, NULL);
	}

	ncandidates = fitting_orders(pieces, npieces, candidates, &overflow);
	if (ncandidates == 0)
	{
		note_pieces(st, first, GV_NOTE_POSITION,
					"no order of the pieces makes its sums hold; read in the order printed", npieces);
		return store_table4(st, first, text_order, NULL);
	}
	if (!overflow)
	{
		bool		agree[MAX_CANDIDATES];

		for (k = 0; k < ncandidates; k++)
			agree[k] = candidates[k].labelled;
		by_labels = narrow(candidates, &ncandidates, agree);
		for (k = 0; k < ncandidates; k++)
			agree[k] = agrees_with_prose(st, &candidates[k]);
		by_prose = narrow(candidates, &ncandidates, agree);
	}
	if (ncandidates == 1 && !overflow)
	{
		GvBuf		how;

		gv_buf_init(&how);
		gv_buf_appends(st->arena, &how, "put back in the one order in which its three sums hold");
		if (by_labels || by_prose)
			gv_buf_appends(st->arena, &how, " that agrees with");
		if (by_labels)
			gv_buf_appends(st->arena, &how, " the group labels printed before its pieces");
		if (by_labels && by_prose)
			gv_buf_appends(st->arena, &how, " and");
		if (by_prose)
			gv_buf_appends(st->arena, &how, " the totals the prose states");
		note_pieces(st, first, GV_NOTE_POSITION, how.data, npieces);
		return store_table4(st, first, candidates[0].cells, NULL);
	}

	/* several orders fit: read only the cells they agree on (none if some were not kept) */
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_printf(st->arena, &msg, "表四 printed in %d pieces fits its sums in %s%d orders; not read:",
					  npieces, overflow ? "more than " : "", ncandidates);
		for (i = 0; i < TABLE4_CELLS; i++)
		{
			keep[i] = !overflow;
			for (k = 1; k < ncandidates; k++)
				if (candidates[k].cells[i]->v.num.micro != candidates[0].cells[i]->v.num.micro)
					keep[i] = false;
			if (keep[i])
				continue;
			gv_buf_printf(st->arena, &msg, " %s (",
						  gv_catalog_at(gv_row_code(group_row(st, i / 5), i % 5))->code);
			for (k = 0; k < ncandidates; k++)
				gv_buf_printf(st->arena, &msg, "%s%s", k ? " or " : "", candidates[k].cells[i]->printed);
			gv_buf_appends(st->arena, &msg, ")");
		}
		gv_add_note(st, gv_row_line(first), GV_NOTE_AMBIGUOUS, -1, &msg);
	}
	return store_table4(st, first, candidates[0].cells, keep);
}

static bool
keep_pieces(ParseState *st)
{
	int			i;

	for (i = 0; i < st->table4_pieces.count; i++)
		if (!gv_keep_unknown_row(st, GV_VEC_AT(&st->table4_pieces, Table4Piece, i).row))
			return false;
	return true;
}

static void
reset_pieces(ParseState *st)
{
	gv_vec_init(&st->table4_pieces, sizeof(Table4Piece));
	st->table4_values = 0;
}

/*
 * One cell per line, 表四 printed whole, its last cells blank as empty lines:
 * do the first `printed` values and empty lines after them make the fifteen,
 * with every group that has no blank adding up (a value lost mid-table would
 * shift the groups and break their sums)?
 */
static bool
completed_by_blanks(const ParseState *st, const GvRow *row, int printed)
{
	bool		blank;
	int			g;

	if (st->table4_values > 0 || printed >= TABLE4_CELLS || row->nvalues < TABLE4_CELLS)
		return false;
	for (g = 0; g < 3; g++)
		if (!group_adds_up((const GvCell **) row->values, g, &blank) && !blank)
			return false;
	return true;
}

bool
gv_collect_table4(ParseState *st, const GvRow *row)
{
	bool		ok = true;

	if (!has_number(row))
		return true;			/* a heading, perhaps with a blank after it */
	if (row->values[row->nvalues - 1]->text[0] == '\0')
	{
		/* empty lines after the last value are not cells of the table, unless blanks complete it */
		GvRow	   *trimmed = gv_alloc(st->arena, sizeof(GvRow));

		*trimmed = *row;
		while (trimmed->nvalues > 0 && trimmed->values[trimmed->nvalues - 1]->text[0] == '\0')
			trimmed->nvalues--;
		if (completed_by_blanks(st, row, trimmed->nvalues))
			trimmed->nvalues = TABLE4_CELLS;
		row = trimmed;
	}
	if (st->table4_pieces.item_size == 0)
		reset_pieces(st);
	/* the table is found even when its cells stay unread */
	if (st->table_lines[TABLE_4][0] == 0)
		st->table_lines[TABLE_4][0] = gv_row_line(row);
	if (gv_row_line(row) > st->table_lines[TABLE_4][1])
		st->table_lines[TABLE_4][1] = gv_row_line(row);
	{
		Table4Piece *piece = gv_vec_push(st->arena, &st->table4_pieces);

		piece->row = row;
		piece->named = st->table4_named | groups_named(row->folded);
		st->table4_named = 0;
	}
	st->table4_values += row->nvalues;
	if (st->table4_values < TABLE4_CELLS)
		return true;
	if (st->table4_values == TABLE4_CELLS)
		ok = solve_pieces(st);
	else
	{
		note_pieces(st, row, GV_NOTE_SKIPPED, "more than fifteen values; kept among the unknown rows",
					st->table4_pieces.count);
		ok = keep_pieces(st);
	}
	reset_pieces(st);
	return ok;
}

bool
gv_finish_table4(ParseState *st)
{
	bool		ok = true;

	if (st->table4_pieces.count > 0)
		ok = keep_pieces(st);
	reset_pieces(st);
	return ok;
}
