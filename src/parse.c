/*
 * parse.c
 *	  Drives the stages: lines, metadata, rows, table detection, matching,
 *	  and fills a GvReport.
 *
 * A table is found by its anchors: rows whose label is, as printed, a
 * catalog label and that carry a value (detect.c).  Rows are read from
 * the first anchor's block of lines to the last anchor's block, so prose
 * numbers (phone numbers, dates, 收到申请25件) never become cells, while a
 * row the catalog does not know, printed inside the table, is kept.
 *
 * A matched row's values go to its columns (values.c).  Rows of 表三 whose
 * label is lost or garbled are placed by the template's fixed row order,
 * and the 15 cells of 表四, printed without row labels, by their count.
 */
#include "cells.h"
#include "page.h"
#include "placement.h"

#include <string.h>

const char *
gv_note_kind_name(GvNoteKind kind)
{
	static const char *const names[] = {
		"blank", "ambiguous", "skipped", "duplicate", "typo", "unit", "annotation",
		"table", "position", "encoding", "html"
	};

	return names[kind];
}

void
gv_add_note(ParseState *st, int line, GvNoteKind kind, int code, GvBuf *message)
{
	GvNote	   *note = gv_vec_push(st->arena, &st->report->notes);

	note->line = line;
	note->kind = kind;
	note->code = code;
	note->message = gv_buf_cstring(st->arena, message);
}

/*
 * The catalog row a label names.  National 表二 rows share labels across
 * generations (规章 in 2019 and 2021 with other columns), so a row of
 * section "active" is looked up again in 表二's own generation.
 */
static GvMatch
match_row(ParseState *st, const GvRow *row)
{
	GvMatch		m;

	if (st->det.family != GB_GENERATIONS)
		return gv_match_label(st->arena, row->folded, st->det.family, st->section, true);
	m = gv_match_label(st->arena, row->folded, st->det.table3, st->section, true);
	if (m.row >= 0 && strcmp(gv_row_at(m.row)->section, "active") != 0)
		return m;
	if (st->det.table2 != st->det.table3 || m.row < 0)
	{
		GvMatch		m2 = gv_match_label(st->arena, row->folded, st->det.table2, st->section, true);

		if (m2.row >= 0 || m.row < 0)
			return m2;
	}
	return m;
}

static bool
row_was_read(ParseState *st, int def)
{
	return st->report->values.present[gv_row_code(def, 0)];
}

/*
 * In reading order a section's heading may come after some of its rows (PDF
 * text prints detached labels late): a label that fits a row of the current
 * section already read, and one row of another section not read yet, is
 * that row.
 */
static int
prefer_unread_row(ParseState *st, const GvRow *row, const GvMatch *m)
{
	int			other = -1;
	GvBuf		msg;
	int			i;

	if (m->ncandidates < 2 || !row_was_read(st, m->row))
		return m->row;
	for (i = 0; i < m->ncandidates; i++)
		if (m->candidates[i] != m->row && !row_was_read(st, m->candidates[i]))
		{
			if (other >= 0)
				return m->row;	/* several: the duplicate is noted instead */
			other = m->candidates[i];
		}
	if (other < 0)
		return m->row;
	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "label %s read as %s (%s): %s (%s) of the current section is read already",
				  row->label, gv_row_at(other)->label_zh, gv_row_at(other)->key,
				  gv_row_at(m->row)->label_zh, gv_row_at(m->row)->key);
	gv_add_note(st, row->line, GV_NOTE_POSITION, gv_row_code(other, 0), &msg);
	return other;
}

static void
note_typo(ParseState *st, const GvRow *row, int def)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "label %s read as %s (%s)",
				  row->label, gv_row_at(def)->label_zh, gv_row_at(def)->key);
	gv_add_note(st, row->line, GV_NOTE_TYPO, gv_row_code(def, 0), &msg);
}

static bool
read_rows(ParseState *st, const GvVec *rows)
{
	int			i;

	for (i = st->det.first; i <= st->det.last; i++)
	{
		const GvRow *row = &GV_VEC_AT(rows, GvRow, i);
		GvMatch		m;

		if ((i & 255) == 0)
			gv_interrupt_check(st->arena);
		gv_table4_watch_label(st, row);
		if (row->header)
			continue;
		if (row->label == NULL)
		{
			if (!gv_place_unmatched(st, row))
				return false;
			continue;
		}
		m = match_row(st, row);
		if (m.row >= 0 && row->nvalues > 0)
			m.row = prefer_unread_row(st, row, &m);
		if (gv_is_top_heading(row->folded))
		{
			st->heading = row->label;
			st->section = NULL;
		}
		if (m.section >= 0)
			st->section = gv_section_at(m.section)->key;
		if (m.row >= 0)
		{
			const GvRowDef *def = gv_row_at(m.row);

			/*
			 * A label met without values does not move the section unless it
			 * heads one: in reading order such labels stray from their rows.
			 */
			if ((m.ncandidates == 1 || m.typo) && (row->nvalues > 0 || gv_is_top_heading(row->folded)))
				st->section = def->section;
			if (m.typo && row->nvalues > 0)
				note_typo(st, row, m.row);
			if (!gv_read_matched_row(st, row, m.row))
				return false;
			continue;
		}
		if (m.ambiguous && row->nvalues > 0)
		{
			if (!gv_place_ambiguous(st, row, &m))
				return false;
			continue;
		}
		if (!gv_place_unmatched(st, row))
			return false;
	}
	return gv_place_by_order(st) && gv_finish_table4(st);
}

static void
add_table(ParseState *st, const char *name, unsigned generation, int first, int last)
{
	GvTableInfo *table;
	GvBuf		msg;

	if (first <= 0)
		return;
	table = gv_vec_push(st->arena, &st->report->tables);
	table->name = name;
	table->generation = generation;
	table->first_line = first;
	table->last_line = last;
	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "%s read as %s, lines %d-%d", name,
				  gv_generation_name(generation), first, last);
	gv_add_note(st, first, GV_NOTE_TABLE, -1, &msg);
}

static void
record_tables(ParseState *st)
{
	if (st->det.family != GB_GENERATIONS)
	{
		add_table(st, "统计表", st->det.family, st->table_lines[0][0], st->table_lines[0][1]);
		return;
	}
	add_table(st, "表二", st->det.table2, st->table_lines[TABLE_2][0], st->table_lines[TABLE_2][1]);
	add_table(st, "表三", st->det.table3, st->table_lines[TABLE_3][0], st->table_lines[TABLE_3][1]);
	add_table(st, "表四", st->det.table3, st->table_lines[TABLE_4][0], st->table_lines[TABLE_4][1]);
}

/* The report's generation: 表三's for the national templates, else 表二's. */
static unsigned
report_generation(const ParseState *st)
{
	if (st->det.family != GB_GENERATIONS)
		return st->det.family;
	if (st->table_lines[TABLE_3][0] > 0 || st->table_lines[TABLE_4][0] > 0)
		return st->det.table3;
	return st->det.table2;
}

GvStatus
gv_parse(GvArena *arena, const char *text, size_t len, GvReport *report, GvError *error)
{
	ParseState	st;
	GvDoc		doc;
	GvVec		rows;
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
	gv_vec_init(&st.order_events, sizeof(OrderEvent));

	/* a downloaded page: block elements end lines, table rows become tab-separated lines */
	if (gv_looks_like_html(text, len))
	{
		GvHtmlSummary html;
		GvBuf		msg;

		text = gv_html_to_text(arena, text, len, &len, &html);
		gv_buf_init(&msg);
		gv_buf_appends(arena, &msg, gv_html_summary_text(arena, &html));
		gv_add_note(&st, 0, GV_NOTE_HTML, -1, &msg);
	}

	gv_read_lines(arena, text, len, &doc);
	gv_read_metadata(arena, &doc, report);
	gv_assemble_rows(arena, &doc, &rows);

	if (!gv_detect_tables(arena, &rows, &st.det))
	{
		GvBuf		msg;

		gv_buf_init(&msg);
		gv_buf_appends(arena, &msg, "no statistics table found");
		gv_add_note(&st, 0, GV_NOTE_TABLE, -1, &msg);
		return GV_OK;
	}
	/* before the tables: the prose's totals help put 表四's pieces back */
	if (st.det.family == GB_GENERATIONS)
		gv_read_narrative(&st, &doc, GV_VEC_AT(&rows, GvRow, st.det.first).line);
	if (!read_rows(&st, &rows))
		return error->status;
	report->generation = report_generation(&st);
	record_tables(&st);
	return GV_OK;
}
