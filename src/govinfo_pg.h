/*
 * govinfo_pg.h
 *	  What the server glue files share: memory hooks, encodings, numbers
 *	  and the govinfo.report composite.
 */
#ifndef GOVINFO_PG_H
#define GOVINFO_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "access/htup_details.h"

#include "govinfo.h"

/* Attribute numbers of govinfo.report, as the install script creates it. */
#define REPORT_ORGAN		1
#define REPORT_YEAR			2
#define REPORT_GENERATION	3
#define REPORT_TITLE		4
#define REPORT_PUBLISHED	5
#define REPORT_INDEX_NO		6
#define REPORT_PUBLISHER	7
#define REPORT_STATS		8
#define REPORT_UNKNOWN_ROWS	9
#define REPORT_NOTES		10
#define REPORT_TABLES		11
#define REPORT_NATTS		11

extern int	govinfo_max_input_bytes;

/* Hooks that allocate in the current memory context and honour interrupts. */
extern const GvHooks *gv_pg_hooks(void);

/* Errors unless the database encoding can hold the reports' text. */
extern void gv_pg_check_encoding(void);

/* Errors (54000) when input is longer than govinfo.max_input_bytes. */
extern void gv_pg_check_input_size(size_t size);

/* Input text as UTF-8 (converted from the database encoding). */
extern char *gv_pg_input_utf8(text *input, size_t *len);

/*
 * Parses UTF-8 report text into the govinfo.report that fcinfo's function
 * returns; extra_note, when not NULL, comes first in its notes, of kind
 * 'encoding' on no line.
 */
extern Datum gv_pg_parse_utf8(FunctionCallInfo fcinfo, const char *utf8, size_t len,
							  const char *extra_note);

/* A UTF-8 string as text in the database encoding; NULL stays NULL. */
extern Datum gv_pg_text(const char *utf8);

extern Datum gv_pg_numeric(GvNum n);

/* A code's Chinese label as the generation prints it. */
extern const char *gv_pg_label(int code, unsigned generation);
extern GvNum gv_pg_num(Datum numeric, const char *code);

/* Raises the error a failed gv_parse reports. */
extern void gv_pg_parse_error(const GvError *error);

/*
 * Reads a govinfo.report's generation and statistics into values;
 * returns the generation bits.
 */
extern unsigned gv_pg_report_values(HeapTupleHeader report, GvArena *arena,
									GvValues *values);

#endif							/* GOVINFO_PG_H */
