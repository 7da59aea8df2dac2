/*
 * placement.h
 *	  The parse stage's state, shared by parse.c (the driver), values.c
 *	  (putting a row's values under their codes), order.c (placing rows by
 *	  position) and table4.c.  Plain C.
 */
#ifndef GOVINFO_PLACEMENT_H
#define GOVINFO_PLACEMENT_H

#include "cells.h"

#define GB_GENERATIONS (GV_GEN_GB2021 | GV_GEN_GB2019)

/* Line ranges kept per table: one for 统计表, three for the national tables. */
enum
{
	TABLE_2 = 0,
	TABLE_3 = 1,
	TABLE_4 = 2,
	NTABLES = 3
};

/* A 表三 row in text order: placed at a template position, or not yet. */
typedef struct OrderEvent
{
	int			position;		/* index into the template's rows, or -1 */
	const GvRow *row;			/* the unplaced row, or the label-only row */
	const char *heading;
	bool		label_only;		/* a label whose values may come earlier: matched,
								 * or numbered and unknown (position -1) */
	const GvRow *heading_row;	/* the group heading these values were printed
								 * on: kept as printed if no label takes them */
	const GvMatch *fits;		/* a label that fits several rows: only one of
								 * them may be its place */
	bool		taken;			/* a group given to a label the catalog does
								 * not know (position stays -1) */
} OrderEvent;

typedef struct ParseState
{
	GvArena    *arena;
	GvReport   *report;
	GvError    *error;
	GvDetection det;
	const char *section;		/* current section key */
	const char *heading;		/* current section heading as printed */
	int			table_lines[NTABLES][2];	/* first and last line read */
	bool		in_table3;		/* a 表三 row has been read */
	GvVec		order_events;	/* OrderEvent */
	int		   *template_rows;	/* rows in template order (表三's, or the 统计表's) */
	int			ntemplate_rows;
	GvVec		table4_pieces;	/* Table4Piece: 表四 values printed in pieces */
	int			table4_values;
	unsigned	table4_named;	/* 表四 groups named by labels since the last piece */
} ParseState;

extern void gv_add_note(ParseState *st, int line, GvNoteKind kind, int code, GvBuf *message);

/* values.c: false when a fatal error was stored in st->error. */
extern bool gv_read_matched_row(ParseState *st, const GvRow *row, int def);
extern bool gv_place_unmatched(ParseState *st, const GvRow *row);
extern bool gv_store_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells,
							 const int *columns, int n);
extern bool gv_read_columns(ParseState *st, const GvRow *row, int def, const GvCell **cells, int n);
extern bool gv_store_cell(ParseState *st, const GvRow *row, int code, const GvCell *cell, int line);
extern bool gv_keep_unknown_row(ParseState *st, const GvRow *row);
extern int	gv_value_cells(const GvRow *row, const GvCell **out, int max);
extern int	gv_row_line(const GvRow *row);
extern bool gv_row_has_number(const GvRow *row);
extern const GvRow *gv_unglue(ParseState *st, const GvRow *row);

/* order.c: rows placed by the template's order and by reading order */
extern int	gv_template_position(ParseState *st, int def);
extern void gv_push_event(ParseState *st, int position, const GvRow *row);
extern GvRow *gv_value_group(ParseState *st, const GvRow *row, int first, int count);
extern bool gv_place_ambiguous(ParseState *st, const GvRow *row, const GvMatch *m);
extern void gv_note_ambiguous_label(ParseState *st, const GvRow *row, const GvMatch *m);
extern bool gv_place_by_order(ParseState *st);

extern const GvCell **gv_split_glued_row(ParseState *st, const GvRow *row, const GvCell **cells,
										 int n, int printed, bool summed, int group, bool cumulative);

/* narrative.c: numbers stated in the prose before table_line */
extern void gv_read_narrative(ParseState *st, const GvDoc *doc, int table_line);

/* table4.c */
extern bool gv_read_table4(ParseState *st, const GvRow *row, const GvCell **cells, int n);
extern bool gv_collect_table4(ParseState *st, const GvRow *row);
extern void gv_table4_watch_label(ParseState *st, const GvRow *row);
extern bool gv_finish_table4(ParseState *st);

#endif							/* GOVINFO_PLACEMENT_H */
