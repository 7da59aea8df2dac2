/*
 * parse.c
 *	  Drives the stages: lines, metadata, rows, table detection, matching,
 *	  and fills a GvReport.
 *
 * A table is found by its anchors: rows whose label is, as printed, a
 * catalog label and that carry a value.  The generation is the one most
 * anchors belong to, never the year.  Rows are read from the first
 * anchor's block of lines to the last anchor's block, so prose numbers
 * (phone numbers, dates, 收到申请25件) never become cells, while a row the
 * catalog does not know, printed inside the table, is kept.
 */
#include "cells.h"

#include <stdio.h>
#include <string.h>

typedef struct ParseState
{
	GvArena    *arena;
	GvReport   *report;
	GvError    *error;
	unsigned	generation;
	const char *section;		/* current section key */
	const char *heading;		/* current section heading as printed */
} ParseState;

const char *
gv_note_kind_name(GvNoteKind kind)
{
	static const char *const names[] = {
		"blank", "ambiguous", "skipped", "duplicate", "typo", "unit", "annotation", "table"
	};

	return names[kind];
}

static void
add_note(ParseState *st, int line, GvNoteKind kind, int code, GvBuf *message)
{
	GvNote	   *note = gv_vec_push(st->arena, &st->report->notes);

	note->line = line;
	note->kind = kind;
	note->code = code;
	note->message = gv_buf_cstring(st->arena, message);
}

static void
format_num(GvNum n, char *buf, size_t size)
{
	gv_num_format(n, buf, size);
}

/* Copies up to ~120 bytes of a line, cut at a character boundary. */
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

/* Finds anchors, picks the generation and the range of rows to read. */
static bool
find_table(ParseState *st, const GvVec *rows, int *first, int *last)
{
	int			votes[4] = {0};
	int			first_anchor = -1,
				last_anchor = -1;
	int			i,
				g;
	unsigned	best_gen = 0;
	int			best_votes = 0;

	for (i = 0; i < rows->count; i++)
	{
		const GvRow *row = &GV_VEC_AT(rows, GvRow, i);
		GvMatch		m;
		int			c;

		if (row->header || row->label == NULL || row->nvalues == 0)
			continue;
		m = gv_match_label(st->arena, row->folded, GV_GEN_ALL, NULL, false);
		if (m.ncandidates == 0)
			continue;
		for (g = 0; g < 4; g++)
			for (c = 0; c < m.ncandidates; c++)
				if (gv_catalog_at(m.candidates[c])->generations & (1u << g))
				{
					votes[g]++;
					break;
				}
		if (first_anchor < 0)
			first_anchor = i;
		last_anchor = i;
		if ((i & 255) == 0)
			gv_interrupt_check(st->arena);
	}
	if (first_anchor < 0)
		return false;
	for (g = 0; g < 4; g++)
		if (votes[g] > best_votes)
		{
			best_votes = votes[g];
			best_gen = 1u << g;
		}
	st->generation = best_gen;

	*first = first_anchor;
	while (*first > 0 && GV_VEC_AT(rows, GvRow, *first - 1).block ==
		   GV_VEC_AT(rows, GvRow, first_anchor).block)
		(*first)--;
	*last = last_anchor;
	while (*last + 1 < rows->count && GV_VEC_AT(rows, GvRow, *last + 1).block ==
		   GV_VEC_AT(rows, GvRow, last_anchor).block)
		(*last)++;
	return true;
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

/* Picks the row's value: its first number, else blank. */
static const GvCell *
row_value(ParseState *st, const GvRow *row, int code)
{
	const GvCell *chosen = NULL;
	int			i;

	for (i = 0; i < row->nvalues; i++)
	{
		const GvCell *cell = row->values[i];

		if (cell->v.kind != GV_CELL_NUMBER)
			continue;
		if (chosen == NULL)
			chosen = cell;
		else
		{
			GvBuf		msg;

			gv_buf_init(&msg);
			gv_buf_printf(st->arena, &msg, "extra value %s after %s not read",
						  cell->printed, gv_catalog_at(code)->label_zh);
			add_note(st, row->value_line, GV_NOTE_SKIPPED, code, &msg);
		}
	}
	return chosen;
}

static bool
check_range(ParseState *st, const GvCell *cell, int line)
{
	if (cell->v.status != GV_NUM_RANGE)
		return true;
	st->error->status = GV_ERR_RANGE;
	st->error->line = line;
	set_excerpt(st->error, cell->printed);
	return false;
}

/* Stores the value of a matched row; false on a fatal error. */
static bool
read_coded_row(ParseState *st, const GvRow *row, int code)
{
	const GvCode *entry = gv_catalog_at(code);
	GvValues   *values = &st->report->values;
	const GvCell *cell = row_value(st, row, code);
	int			line = row->value_line ? row->value_line : row->line;
	const char *unit = row->unit;
	GvNum		value = {0};
	bool		blank = (cell == NULL);
	GvBuf		msg;
	char		a[48],
				b[48];

	gv_buf_init(&msg);
	if (cell)
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
			add_note(st, line, GV_NOTE_ANNOTATION, code, &msg);
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
			add_note(st, line, GV_NOTE_UNIT, code, &msg);
			gv_buf_init(&msg);
		}
	}

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
		add_note(st, line, GV_NOTE_DUPLICATE, code, &msg);
		return true;
	}

	values->present[code] = true;
	values->blank[code] = blank;
	values->value[code] = value;
	st->report->value_lines[code] = line;
	if (blank)
	{
		gv_buf_printf(st->arena, &msg, "%s (%s) is blank", entry->label_zh, entry->code);
		add_note(st, line, GV_NOTE_BLANK, code, &msg);
	}
	add_cell_out(st, row, line, code, blank, value, unit);
	return true;
}

/* Keeps a number-bearing row the catalog does not know; false on error. */
static bool
read_unknown_row(ParseState *st, const GvRow *row)
{
	GvUnknownRow *out;
	int			numbers = 0;
	int			i;

	for (i = 0; i < row->nvalues; i++)
		if (row->values[i]->v.kind == GV_CELL_NUMBER)
		{
			if (!check_range(st, row->values[i], row->value_line))
				return false;
			numbers++;
		}
	if (numbers == 0)
		return true;			/* a heading: nothing published is lost */

	if (row->label == NULL)
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_appends(st->arena, &msg, "values without a label not read:");
		for (i = 0; i < row->nvalues; i++)
			gv_buf_printf(st->arena, &msg, " %s", row->values[i]->text[0] ? row->values[i]->printed : "(blank)");
		add_note(st, row->value_line, GV_NOTE_SKIPPED, -1, &msg);
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

		out->blanks[i] = cell->v.kind != GV_CELL_NUMBER;
		out->values[i] = cell->v.num;
		add_cell_out(st, row, row->value_line, -1, out->blanks[i], cell->v.num,
					 cell->v.unit ? cell->v.unit : row->unit);
	}
	return true;
}

static void
note_ambiguous(ParseState *st, const GvRow *row, const GvMatch *m)
{
	GvBuf		msg;
	int			i;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "label %s fits", row->label);
	for (i = 0; i < m->ncandidates; i++)
		gv_buf_printf(st->arena, &msg, "%s %s", i ? "," : "", gv_catalog_at(m->candidates[i])->code);
	gv_buf_appends(st->arena, &msg, "; its value is not read as any of them");
	add_note(st, row->line, GV_NOTE_AMBIGUOUS, -1, &msg);
}

static bool
read_rows(ParseState *st, const GvVec *rows, int first, int last)
{
	int			i;

	for (i = first; i <= last; i++)
	{
		const GvRow *row = &GV_VEC_AT(rows, GvRow, i);
		GvMatch		m;

		if ((i & 255) == 0)
			gv_interrupt_check(st->arena);
		if (row->header)
			continue;
		if (row->label == NULL)
		{
			if (!read_unknown_row(st, row))
				return false;
			continue;
		}
		m = gv_match_label(st->arena, row->folded, st->generation, st->section, true);
		if (gv_is_top_heading(row->folded))
		{
			st->heading = row->label;
			st->section = NULL;
		}
		if (m.section >= 0)
			st->section = gv_section_at(m.section)->key;
		if (m.code >= 0)
		{
			const GvCode *entry = gv_catalog_at(m.code);

			if (m.ncandidates == 1)
				st->section = entry->section;
			if (m.typo)
			{
				GvBuf		msg;

				gv_buf_init(&msg);
				gv_buf_printf(st->arena, &msg, "label %s read as %s (%s)",
							  row->label, entry->label_zh, entry->code);
				add_note(st, row->line, GV_NOTE_TYPO, m.code, &msg);
			}
			if (!read_coded_row(st, row, m.code))
				return false;
			continue;
		}
		if (m.ambiguous && row->nvalues > 0)
			note_ambiguous(st, row, &m);
		if (!read_unknown_row(st, row))
			return false;
	}
	return true;
}

static void
add_table(ParseState *st, const GvVec *rows, int first, int last)
{
	GvTableInfo *table = gv_vec_push(st->arena, &st->report->tables);
	GvBuf		msg;

	table->name = "统计表";
	table->generation = st->generation;
	table->first_line = GV_VEC_AT(rows, GvRow, first).line;
	table->last_line = GV_VEC_AT(rows, GvRow, last).value_line > GV_VEC_AT(rows, GvRow, last).line ?
		GV_VEC_AT(rows, GvRow, last).value_line : GV_VEC_AT(rows, GvRow, last).line;
	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "%s read as %s, lines %d-%d", table->name,
				  gv_generation_name(st->generation), table->first_line, table->last_line);
	add_note(st, table->first_line, GV_NOTE_TABLE, -1, &msg);
}

GvStatus
gv_parse(GvArena *arena, const char *text, size_t len, GvReport *report, GvError *error)
{
	ParseState	st;
	GvDoc		doc;
	GvVec		rows;
	int			first,
				last;
	size_t		bad;

	memset(report, 0, sizeof(*report));
	memset(error, 0, sizeof(*error));
	gv_vec_init(&report->unknown_rows, sizeof(GvUnknownRow));
	gv_vec_init(&report->notes, sizeof(GvNote));
	gv_vec_init(&report->tables, sizeof(GvTableInfo));
	gv_vec_init(&report->cells, sizeof(GvCellOut));
	gv_values_init(arena, &report->values);
	report->value_lines = gv_alloc(arena, sizeof(int) * report->values.count);

	if (!gv_utf8_valid(text, len, &bad))
	{
		error->status = GV_ERR_ENCODING;
		error->offset = bad;
		return error->status;
	}

	memset(&st, 0, sizeof(st));
	st.arena = arena;
	st.report = report;
	st.error = error;

	gv_read_lines(arena, text, len, &doc);
	gv_read_metadata(arena, &doc, report);
	gv_assemble_rows(arena, &doc, &rows);

	if (!find_table(&st, &rows, &first, &last))
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_appends(arena, &msg, "no statistics table found");
		add_note(&st, 0, GV_NOTE_TABLE, -1, &msg);
		return GV_OK;
	}
	report->generation = st.generation;
	add_table(&st, &rows, first, last);
	if (!read_rows(&st, &rows, first, last))
		return error->status;
	return GV_OK;
}
