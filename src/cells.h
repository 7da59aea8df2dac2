/*
 * cells.h
 *	  The parser's internal model between stages: lines of cells (reader.c),
 *	  rows of label + values (assemble.c) and label matches (matcher.c).
 *	  Plain C like govinfo.h; not used by the server glue.
 */
#ifndef GOVINFO_CELLS_H
#define GOVINFO_CELLS_H

#include "govinfo.h"

typedef enum GvCellKind
{
	GV_CELL_TEXT,
	GV_CELL_NUMBER,
	GV_CELL_BLANK,
	GV_CELL_UNIT,
	GV_CELL_GLUED				/* digits of several cells run together */
} GvCellKind;

typedef struct GvCellValue
{
	GvCellKind	kind;
	GvNumParse	status;			/* for numbers: GV_NUM_OK or GV_NUM_RANGE */
	GvNum		num;
	const char *unit;			/* unit printed beside the number, or NULL */
	const char *annotation;		/* e.g. (其中修订16件), or NULL */
} GvCellValue;

extern GvCellValue gv_classify_cell(GvArena *arena, const char *text);
extern bool gv_is_unit_word(const char *s, size_t len);
extern size_t gv_unit_suffix(const char *s, size_t len);	/* bytes of a unit word ending s */
extern bool gv_is_blank_mark(const char *s, size_t len);

typedef struct GvCell
{
	const char *text;			/* folded and trimmed */
	const char *printed;		/* the same piece as in the input */
	int			start;			/* offset of text in its line's folded text */
	GvCellValue v;
	bool		from_label;		/* digits split off the end of a label */
} GvCell;

typedef struct GvLine
{
	int			lineno;			/* 1-based */
	const char *raw;			/* as in the input, for excerpts */
	const char *text;			/* folded */
	int		   *offsets;		/* input offset of each byte of text */
	bool		empty;			/* nothing but spaces */
	bool		prose;			/* a sentence, never table cells */
	bool		piped;			/* a Markdown table row */
	int			ncells;
	GvCell	   *cells;
} GvLine;

typedef struct GvDoc
{
	int			nlines;
	GvLine	   *lines;
	bool		separated;		/* empty lines separate cells, not blank ones */
} GvDoc;

extern void gv_read_lines(GvArena *arena, const char *text, size_t len, GvDoc *doc);

/* A table row: a label (perhaps wrapped over lines), its unit and values. */
typedef struct GvRow
{
	int			line;			/* line of the label */
	int			value_line;		/* line of the first value, or 0 */
	int			last_value_line;	/* line of the last value, or 0 */
	const char *label;			/* as printed, wrapped parts joined */
	const char *folded;			/* the label folded, for matching */
	const char *note;			/* a parenthesised note printed beside it */
	const char *unit;
	int			nvalues;
	GvCell	  **values;
	bool		header;			/* column headings such as 统计指标 */
	int			block;			/* rows between two prose lines share a block */
} GvRow;

extern void gv_assemble_rows(GvArena *arena, const GvDoc *doc, GvVec *rows);

/* ---------- glued cells (glued.c) ---------- */

#define GV_MAX_SPLIT_PARTS 16
#define GV_MAX_SPLIT_SOLUTIONS 16

/*
 * Do these parts, in place of the glued run, satisfy the row's sums?  Called
 * with the first `nparts` of `total` parts as the search goes: false there
 * prunes every split that starts so (true when the prefix cannot tell).
 */
typedef bool (*GvSplitAccept) (const int64_t *parts, int nparts, int total, void *arg);

typedef struct GvSplit
{
	int			nsolutions;		/* may exceed GV_MAX_SPLIT_SOLUTIONS */
	bool		exhausted;		/* the search stopped before the end */
	int64_t		values[GV_MAX_SPLIT_SOLUTIONS][GV_MAX_SPLIT_PARTS];
	size_t		ends[GV_MAX_SPLIT_SOLUTIONS][GV_MAX_SPLIT_PARTS];
} GvSplit;

extern void gv_split_digits(const char *digits, int nparts, GvSplitAccept accept, void *arg,
							GvSplit *out);

/* What detect.c decides about a text's tables. */
typedef struct GvDetection
{
	unsigned	family;			/* legacy, local2008, or both national bits */
	unsigned	table2;			/* national: generation of 表二 */
	unsigned	table3;			/* national: generation of 表三 and 表四 */
	int			first;			/* rows to read */
	int			last;
} GvDetection;

extern bool gv_detect_tables(GvArena *arena, const GvVec *rows, GvDetection *out);

/* Organ, year, title, dates, index number and publisher (metadata.c). */
extern void gv_read_metadata(GvArena *arena, const GvDoc *doc, GvReport *report);

/* ---------- matching ---------- */

typedef struct GvMatch
{
	int			row;			/* catalog row (GvRowDef index), or -1 */
	int			section;		/* section index the label names, or -1 */
	bool		typo;			/* matched despite a misprint */
	bool		ambiguous;		/* several codes fit equally */
	int			ncandidates;
	int			candidates[6];
} GvMatch;

/*
 * Matches a row label against the catalog rows of the given generations;
 * candidates are row indexes.
 * current_section (a section key or NULL) decides between codes that share
 * a label, such as 其他情形数 under 行政复议 and 行政诉讼.  Tolerant matching
 * also accepts misprints and labels cut short; without it only the
 * printed forms match.
 */
extern GvMatch gv_match_label(GvArena *arena, const char *label, unsigned generations,
							  const char *current_section, bool tolerant);

/* True when the label is known as a code or section heading as printed. */
extern bool gv_label_is_known(GvArena *arena, const char *label);

/* A group label (（三）不予公开, 三、本年度办理结果), and a label cut short. */
extern bool gv_label_is_group(GvArena *arena, const char *label);
extern bool gv_label_is_partial(GvArena *arena, const char *label);
extern bool gv_label_fits(GvArena *arena, const char *label);

/* True for 四、行政复议数量: a heading numbered with Chinese numerals. */
extern bool gv_is_top_heading(const char *label);

/* True when the text starts with numbering such as 1、 （一） 其中： */
extern bool gv_has_numbering(const char *text);

/* Column headings of the single-value tables (统计指标, 单位, 统计数, ...). */
extern bool gv_is_header_word(GvArena *arena, const char *text);

#endif							/* GOVINFO_CELLS_H */
