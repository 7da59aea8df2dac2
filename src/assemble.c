/*
 * assemble.c
 *	  Cells -> rows.
 *
 * Walks the cells of all lines in order and groups them into rows of
 * label, unit and values.  The same walk reads a table flattened one cell
 * per line and one printed one row per line, because in both a label comes
 * before its unit and values.  Labels wrapped over lines are joined; a
 * parenthesised note on a line of its own (（不同渠道和方式公开相同的信息列为1条）)
 * belongs to the row it follows and is not a label.
 */
#include "cells.h"

#include <string.h>

/* Wrapped labels longer than this are not joined further. */
#define GV_MAX_LABEL_BYTES 360

typedef struct Builder
{
	GvArena    *arena;
	GvVec	   *rows;			/* GvRow */
	int			current;		/* index of the open row, or -1 */
	GvVec		values;			/* GvCell * of the open row */
	bool		label_alone;	/* the open row's label filled its line */
	bool		label_piped;	/* ... and stood in a Markdown table row */
	bool		note_open;		/* the last row's note lacks its ')' */
	int			label_line;		/* line whose cells so far went into the label */
	int			block;			/* prose lines seen so far */
} Builder;

static GvRow *
open_row(Builder *b)
{
	return b->current >= 0 ? &GV_VEC_AT(b->rows, GvRow, b->current) : NULL;
}

static void
close_row(Builder *b)
{
	GvRow	   *row = open_row(b);

	if (row)
	{
		row->nvalues = b->values.count;
		row->values = b->values.items;
	}
	b->current = -1;
	gv_vec_init(&b->values, sizeof(GvCell *));
}

static void
start_row(Builder *b, int lineno, const GvCell *label, bool alone, bool piped)
{
	GvRow	   *row;

	close_row(b);
	row = gv_vec_push(b->arena, b->rows);
	row->line = lineno;
	row->label = label ? label->printed : NULL;
	row->folded = label ? label->text : NULL;
	row->block = b->block;
	b->current = b->rows->count - 1;
	b->label_alone = alone;
	b->label_piped = piped;
}

/* A note in parentheses, perhaps wrapped before its closing parenthesis. */
static bool
is_parenthesised(const char *text)
{
	return text[0] == '(' && text[1] != '\0' && !gv_has_numbering(text);
}

static bool
paren_open(const char *text)
{
	int			depth = 0;

	for (; *text; text++)
	{
		if (*text == '(')
			depth++;
		else if (*text == ')' && depth > 0)
			depth--;
	}
	return depth > 0;
}

/*
 * The end of a label printed after the row's values (PDF text puts the
 * numbers on the middle line of a wrapped label): only when the label is
 * no catalog label without it and is one with it.
 */
static bool
completes_label(Builder *b, const GvRow *row, const char *text, bool line_start)
{
	const char *joined;

	if (!line_start || gv_has_numbering(text) || gv_label_is_known(b->arena, row->folded))
		return false;
	joined = gv_concat(b->arena, row->folded, text);
	return gv_label_is_known(b->arena, joined) ||
		(!gv_label_fits(b->arena, row->folded) && gv_label_fits(b->arena, joined));
}

/*
 * Does this text continue the open row's label rather than start a row?
 * It must open its line (a label wrapped in a PDF column continues at the
 * start of the next line, perhaps with the row's numbers after it) and
 * follow a label that is not complete by itself.
 */
static bool
continues_label(Builder *b, const GvRow *row, const char *text, bool line_start)
{
	if (row != NULL && row->label != NULL && b->values.count > 0)
		return completes_label(b, row, text, line_start);
	if (row == NULL || row->label == NULL || row->unit)
		return false;
	if (!line_start || !b->label_alone)
		return false;
	/* a section heading (二、依申请公开政府信息情况) is a line of its own */
	if (gv_is_top_heading(row->folded) && gv_utf8_length(row->folded) > 4)
		return false;
	if (strlen(row->folded) + strlen(text) > GV_MAX_LABEL_BYTES)
		return false;
	if (gv_has_numbering(text) || gv_label_is_known(b->arena, text))
		return false;
	/* a note in parentheses still open: （一）主动公开政府信息数（不 / 同渠道… */
	if (paren_open(row->folded))
		return true;
	if (gv_label_is_known(b->arena, row->folded))
		return false;
	return true;
}

/*
 * PDF text prints a group label in its own column, on the line of a
 * wrapped row's values: 2.没有现成信息需要另行制 / （四）无法提供  0 0 0 … / 作.
 * Such a group label, after a label cut short and before values, is not
 * the row.
 */
static bool
interleaved_group(Builder *b, const GvRow *row, const GvLine *line, const GvCell *cell)
{
	const GvCell *last = &line->cells[line->ncells - 1];

	if (row == NULL || row->label == NULL || b->values.count > 0 || cell == last)
		return false;
	if (last->v.kind != GV_CELL_NUMBER && last->v.kind != GV_CELL_BLANK && last->v.kind != GV_CELL_GLUED)
		return false;
	return gv_label_is_partial(b->arena, row->folded) && gv_label_is_group(b->arena, cell->text);
}

static void
add_text(Builder *b, const GvLine *line, const GvCell *cell, bool line_start, bool alone)
{
	GvRow	   *row = open_row(b);

	if (gv_is_header_word(b->arena, cell->text))
	{
		GvRow	   *header;

		close_row(b);
		header = gv_vec_push(b->arena, b->rows);
		header->line = line->lineno;
		header->label = cell->printed;
		header->folded = cell->text;
		header->header = true;
		header->block = b->block;
		return;
	}
	if (is_parenthesised(cell->text) || (b->note_open && !gv_has_numbering(cell->text)))
	{
		GvRow	   *target = row;

		if (target == NULL && b->rows->count > 0)
			target = &GV_VEC_AT(b->rows, GvRow, b->rows->count - 1);
		if (target && !target->header)
			target->note = target->note ? gv_concat(b->arena, target->note, cell->printed) : cell->printed;
		b->note_open = paren_open(b->note_open ? gv_concat(b->arena, "(", cell->text) : cell->text);
		return;
	}
	b->note_open = false;
	if (interleaved_group(b, row, line, cell))
		return;
	/* after a piece of this line joined the label, the rest may too */
	line_start = line_start || b->label_line == line->lineno;
	if (continues_label(b, row, cell->text, line_start))
	{
		row->label = gv_concat(b->arena, row->label, cell->printed);
		row->folded = gv_concat(b->arena, row->folded, cell->text);
		b->label_line = line->lineno;
		return;
	}
	start_row(b, line->lineno, cell, alone, line->piped);
}

/*
 * 其中:主动公开规范性文件数条0: the unit column glued between label and
 * value.  The unit is split off only when the label without it is a
 * catalog label (行政规范性文件 keeps its 件).
 */
static void
split_glued_unit(Builder *b, GvRow *row)
{
	size_t		flen = strlen(row->folded);
	size_t		plen = strlen(row->label);
	size_t		ulen = gv_unit_suffix(row->folded, flen);
	char	   *without;

	if (ulen == 0 || gv_label_is_known(b->arena, row->folded) ||
		plen < ulen || memcmp(row->label + plen - ulen, row->folded + flen - ulen, ulen) != 0)
		return;
	without = gv_strndup(b->arena, row->folded, flen - ulen);
	/* a catalog label, or the unit printed twice (…接待人次人次84) */
	if (!gv_label_is_known(b->arena, without) && !gv_label_fits(b->arena, without) &&
		!(flen >= 2 * ulen && memcmp(without + flen - 2 * ulen, row->folded + flen - ulen, ulen) == 0))
		return;
	row->unit = gv_strndup(b->arena, row->folded + flen - ulen, ulen);
	row->folded = without;
	row->label = gv_strndup(b->arena, row->label, plen - ulen);
}

/* A line of values only, after a row that has its values: a row of its own. */
static bool
starts_unlabelled_row(const Builder *b, const GvLine *line, int j)
{
	int			k;

	if (j != 0 || line->ncells < 2)
		return false;
	/*
	 * After values, or after a label printed outside the Markdown table:
	 * a table row whose label cell the converter lost.
	 */
	if (b->values.count == 0 && !(line->piped && !b->label_piped && b->current >= 0))
		return false;
	for (k = 0; k < line->ncells; k++)
		if (line->cells[k].v.kind == GV_CELL_TEXT || line->cells[k].v.kind == GV_CELL_UNIT)
			return false;
	return true;
}

static void
add_value(Builder *b, const GvLine *line, GvCell *cell, int j)
{
	GvRow	   *row = open_row(b);

	if (row == NULL || starts_unlabelled_row(b, line, j))
	{
		/* a value with no label before it: kept as a row without label */
		start_row(b, line->lineno, NULL, false, line->piped);
		row = open_row(b);
	}
	b->note_open = false;		/* a value ends a note that never closed */
	if (b->values.count == 0)
		row->value_line = line->lineno;
	row->last_value_line = line->lineno;
	*(GvCell **) gv_vec_push(b->arena, &b->values) = cell;
}

void
gv_assemble_rows(GvArena *arena, const GvDoc *doc, GvVec *rows)
{
	static GvCell empty_cell = {"", "", 0, {GV_CELL_BLANK}};
	int			last_cells = 0; /* cells on the last non-empty line */
	bool		last_piped = false; /* ... and was it a Markdown or | row */
	Builder		b;
	int			i,
				j;

	b.arena = arena;
	b.rows = rows;
	b.current = -1;
	b.block = 0;
	b.note_open = false;
	b.label_line = 0;
	gv_vec_init(&b.values, sizeof(GvCell *));
	gv_vec_init(rows, sizeof(GvRow));

	for (i = 0; i < doc->nlines; i++)
	{
		const GvLine *line = &doc->lines[i];

		if ((i & 255) == 0)
			gv_interrupt_check(arena);
		if (line->empty)
		{
			/*
			 * Where empty lines do not separate cells one per line, an
			 * empty line among a row's cells is a blank cell; cells ending
			 * in | print theirs as | alone, so there it is not one.
			 */
			if (!doc->separated && last_cells == 1 && !last_piped && open_row(&b) &&
				open_row(&b)->label && line->raw[0] == '\0')
				add_value(&b, line, &empty_cell, 0);
			continue;
		}
		last_cells = line->ncells;
		last_piped = line->piped;
		if (line->prose)
		{
			close_row(&b);
			b.block++;
			continue;
		}
		for (j = 0; j < line->ncells; j++)
		{
			GvCell	   *cell = &line->cells[j];
			GvRow	   *row = open_row(&b);

			switch (cell->v.kind)
			{
				case GV_CELL_TEXT:
					add_text(&b, line, cell, j == 0, line->ncells == 1);
					break;
				case GV_CELL_UNIT:
					if (row && b.values.count == 0)
						row->unit = cell->printed;
					break;
				case GV_CELL_NUMBER:
				case GV_CELL_BLANK:
				case GV_CELL_GLUED:
					if (cell->from_label && cell->v.kind != GV_CELL_BLANK && row && row->label &&
						b.values.count == 0 && paren_open(row->folded))
					{
						/* 渠道和方式公开相同的信息列为1 / 条): words of a note */
						row->label = gv_concat(b.arena, row->label, cell->printed);
						row->folded = gv_concat(b.arena, row->folded, cell->text);
						b.label_line = line->lineno;
						break;
					}
					if (cell->from_label && row && row->label && b.values.count == 0)
						split_glued_unit(&b, row);
					add_value(&b, line, cell, j);
					break;
			}
		}
	}
	close_row(&b);
}
