/*
 * govinfo.h
 *	  The report parser's model and entry points.
 *
 * Everything declared here is plain C: no fmgr, no palloc, no ereport.  The
 * server glue (govinfo_sql.c, report_sql.c) supplies memory and interrupt
 * hooks; the same code runs in unit tests and fuzzers outside the server.
 *
 * The parse runs in stages, each in its own file:
 *	  utf8.c       decoding, width folding, line splitting
 *	  numbers.c    recognising numbers, blanks and units in a cell
 *	  reader.c     lines -> cells (flattened, tab, space and pipe layouts)
 *	  assemble.c   cells -> rows (label, unit, values) within table regions
 *	  catalog.c    the canonical codes (data) and their lookup
 *	  matcher.c    row labels -> catalog rows, section-aware and typo-tolerant
 *	  metadata.c   organ, year, title, dates, index number, publisher
 *	  rules.c      the arithmetic rules (data) and their checker
 *	  parse.c      drives the stages and fills a GvReport
 */
#ifndef GOVINFO_H
#define GOVINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------- memory and interrupts ---------- */

typedef struct GvHooks
{
	void	   *(*alloc) (void *ctx, size_t size);	/* must not return NULL */
	void		(*release) (void *ctx, void *ptr);	/* may be NULL (palloc'd) */
	void	   *ctx;
	void		(*check_interrupts) (void); /* may be NULL */
} GvHooks;

typedef struct GvArenaBlock GvArenaBlock;

typedef struct GvArena
{
	const GvHooks *hooks;
	GvArenaBlock *blocks;
	char	   *next;
	size_t		left;
} GvArena;

extern void gv_arena_init(GvArena *arena, const GvHooks *hooks);
extern void gv_arena_free(GvArena *arena);
extern void *gv_alloc(GvArena *arena, size_t size);	/* zeroed */
extern char *gv_strndup(GvArena *arena, const char *s, size_t len);
extern char *gv_strdup(GvArena *arena, const char *s);
extern char *gv_concat(GvArena *arena, const char *a, const char *b);
extern void gv_interrupt_check(const GvArena *arena);

/* A growable array allocated from an arena. */
typedef struct GvVec
{
	void	   *items;
	int			count;
	int			capacity;
	size_t		item_size;
} GvVec;

extern void gv_vec_init(GvVec *vec, size_t item_size);
extern void *gv_vec_push(GvArena *arena, GvVec *vec);	/* zeroed slot */

#define GV_VEC_AT(vec, type, i) (((type *) (vec)->items)[i])

/* A growable string. */
typedef struct GvBuf
{
	char	   *data;
	size_t		len;
	size_t		capacity;
} GvBuf;

extern void gv_buf_init(GvBuf *buf);
extern void gv_buf_append(GvArena *arena, GvBuf *buf, const char *s, size_t len);
extern void gv_buf_appends(GvArena *arena, GvBuf *buf, const char *s);
extern void gv_buf_printf(GvArena *arena, GvBuf *buf, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern char *gv_buf_cstring(GvArena *arena, GvBuf *buf);

/* ---------- numbers ---------- */

/*
 * A statistic's value in millionths: exact for counts and for 万元 amounts
 * with up to six decimals.  GV_NUM_LIMIT bounds magnitudes so that sums of
 * a few hundred values cannot overflow.
 */
typedef struct GvNum
{
	int64_t		micro;
} GvNum;

#define GV_NUM_SCALE 1000000LL
#define GV_NUM_LIMIT 100000000000LL /* exclusive bound of |value| */

typedef enum GvNumParse
{
	GV_NUM_OK,
	GV_NUM_SYNTAX,				/* not a number */
	GV_NUM_RANGE,				/* a number, but |value| >= GV_NUM_LIMIT */
	GV_NUM_PRECISION			/* more than six decimals */
} GvNumParse;

extern GvNumParse gv_num_parse(const char *s, size_t len, GvNum *out);
extern int	gv_num_format(GvNum n, char *buf, size_t size);	/* shortest exact */
extern bool gv_num_is_whole(GvNum n);
extern GvNum gv_num_from_int(int64_t n);

/* ---------- generations ---------- */

typedef enum GvGeneration
{
	GV_GEN_NONE = 0,
	GV_GEN_LEGACY = 1 << 0,
	GV_GEN_LOCAL2008 = 1 << 1,
	GV_GEN_GB2019 = 1 << 2,
	GV_GEN_GB2021 = 1 << 3
} GvGeneration;

#define GV_GEN_ALL (GV_GEN_LEGACY | GV_GEN_LOCAL2008 | GV_GEN_GB2019 | GV_GEN_GB2021)

extern const char *gv_generation_name(unsigned gen);	/* NULL for none */
extern unsigned gv_generation_from_name(const char *name);	/* 0 if unknown */

/* ---------- catalog ---------- */

typedef enum GvValueKind
{
	GV_KIND_COUNT,				/* whole number >= 0 */
	GV_KIND_AMOUNT,				/* 万元, >= 0, decimals allowed */
	GV_KIND_SIGNED				/* a change, may be negative */
} GvValueKind;

/*
 * The catalog is written as rows (a statistic as printed in a table row)
 * and column sets (the value columns that row has in its template); each
 * row x column is one canonical code.  Legacy rows have one unnamed column,
 * so their code is the row's key.
 */
#define GV_MAX_COLUMNS 8

typedef struct GvColumn
{
	const char *suffix;			/* appended to the row key, "" for none */
	const char *label_zh;		/* column heading, NULL for a single column */
	const char *label_en;
	int			kind;			/* a GvValueKind overriding the row's, or -1 */
} GvColumn;

typedef struct GvColumnSet
{
	int			ncolumns;
	GvColumn	columns[GV_MAX_COLUMNS];
	int			printed;		/* columns a table prints when it adds none */
	bool		summed;			/* a rule relates the columns (a total) */
	bool		cumulative;		/* the second column accumulates the first */
} GvColumnSet;

typedef struct GvRowDef
{
	const char *key;			/* code prefix, e.g. apply.denied.state_secret */
	unsigned	generations;	/* GvGeneration bits */
	const char *section;		/* section key, decides between shared labels */
	const char *label_zh;		/* short Chinese label used in messages */
	const char *label_en;
	const char *unit;			/* 件, 条, 万元, ... */
	const char *parent;			/* key of the parent row, or NULL */
	GvValueKind kind;
	const char *aliases;		/* '|'-separated match keys; '@' = only in section */
	int			colset;			/* index into the column sets */
} GvRowDef;

typedef struct GvCode
{
	const char *code;			/* canonical code, e.g. apply.received */
	unsigned	generations;
	const char *section;
	const char *label_zh;		/* row label, with the column's in （） */
	const char *row_label;		/* the row's label alone */
	const char *column_label;	/* the column's heading, or NULL */
	const char *label_en;
	const char *unit;
	const char *parent;			/* code of the parent statistic, or NULL */
	GvValueKind kind;
	int			row;			/* the GvRowDef it comes from */
	int			column;
} GvCode;

typedef struct GvSection
{
	const char *key;
	unsigned	generations;
	const char *aliases;		/* '|'-separated heading match keys */
} GvSection;

extern int	gv_row_count(void);
extern const GvRowDef *gv_row_at(int index);
extern const GvColumnSet *gv_row_columns(int row);
extern int	gv_row_code(int row, int column);	/* catalog index */

/*
 * A code as the given generation prints it: its row and column labels
 * there (review.total is 行政复议数量 in legacy, 行政复议 总计 in gb2021).
 */
extern const GvCode *gv_code_in(int index, unsigned generation,
								const char **row_label, const char **column_label);

extern int	gv_catalog_count(void);
extern const GvCode *gv_catalog_at(int index);
extern int	gv_catalog_find(const char *code);	/* -1 if unknown */
extern int	gv_section_count(void);
extern const GvSection *gv_section_at(int index);

/* ---------- text and labels ---------- */

/*
 * Decodes one UTF-8 sequence at s (len bytes available).  Returns the code
 * point and stores the sequence length in *used; malformed bytes decode as
 * U+FFFD with *used = 1, so any byte string can be walked.
 */
extern uint32_t gv_utf8_decode(const unsigned char *s, size_t len, int *used);
extern int	gv_utf8_encode(uint32_t cp, char *out);
extern bool gv_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/*
 * Folds a line for reading: full-width ASCII to ASCII, NBSP and ideographic
 * space to space, invisible characters dropped, Traditional forms common in
 * the templates to Simplified.  Tabs are kept (they separate cells).
 * With offsets, (*offsets)[i] is the input offset of output byte i, so a
 * piece of the folded text can be shown as printed.
 */
extern char *gv_fold_text(GvArena *arena, const char *s, size_t len, int **offsets);

/*
 * The matching key of a label (folded first): numbering prefixes (一、 （一） 1. 1、 其中：),
 * parenthesised notes, punctuation and spaces removed.
 */
extern char *gv_label_key(GvArena *arena, const char *label);
extern const char *gv_skip_numbering(const char *label);
extern size_t gv_numbering_length(const char *text);	/* of 一、 （一） 1. at text, or 0 */

/* Number of code points in a UTF-8 string. */
extern int	gv_utf8_length(const char *s);

/* ---------- the report ---------- */

typedef enum GvNoteKind
{
	GV_NOTE_BLANK,				/* a cell printed blank: value NULL */
	GV_NOTE_AMBIGUOUS,			/* two readings fit: value NULL */
	GV_NOTE_SKIPPED,			/* text not read as a cell */
	GV_NOTE_DUPLICATE,			/* a statistic printed twice */
	GV_NOTE_TYPO,				/* a label read despite a misprint */
	GV_NOTE_UNIT,				/* a value converted from the unit printed */
	GV_NOTE_ANNOTATION,			/* text beside a value in its cell */
	GV_NOTE_TABLE,				/* tables found or not found */
	GV_NOTE_POSITION,			/* a row read by its place in the template */
	GV_NOTE_ENCODING,			/* how the bytes were decoded */
	GV_NOTE_HTML				/* the input was an HTML page, read as text */
} GvNoteKind;

extern const char *gv_note_kind_name(GvNoteKind kind);

typedef struct GvNote
{
	int			line;			/* 1-based, 0 when the note is about the whole text */
	GvNoteKind	kind;
	int			code;			/* catalog index or -1 */
	const char *message;
} GvNote;

/* One table cell as found: what parse_rows returns. */
typedef struct GvCellOut
{
	int			line;
	const char *section;		/* section heading as printed, or NULL */
	const char *label;			/* row label as printed */
	const char *unit;			/* unit as printed, or NULL */
	int			code;			/* catalog index or -1 */
	bool		blank;
	GvNum		value;			/* stored value (after unit conversion) */
} GvCellOut;

/* A number-bearing row whose label is not in the catalog. */
typedef struct GvUnknownRow
{
	int			line;
	const char *section;
	const char *label;
	const char *unit;
	int			nvalues;
	GvNum	   *values;
	bool	   *blanks;
} GvUnknownRow;

typedef struct GvTableInfo
{
	const char *name;			/* e.g. 统计表 */
	unsigned	generation;
	int			first_line;
	int			last_line;
} GvTableInfo;

/* The values of one report indexed by catalog position. */
typedef struct GvValues
{
	int			count;			/* gv_catalog_count() */
	bool	   *present;		/* the cell is in the text */
	bool	   *blank;			/* ... and printed blank */
	GvNum	   *value;
} GvValues;

extern void gv_values_init(GvArena *arena, GvValues *values);

typedef struct GvReport
{
	const char *organ;
	int			year;			/* 0 if unknown */
	unsigned	generation;		/* GV_GEN_NONE if no table */
	const char *title;
	const char *published;		/* YYYY-MM-DD or NULL */
	const char *index_no;
	const char *publisher;
	GvValues	values;
	int		   *value_lines;	/* line of each present value */
	GvVec		unknown_rows;	/* GvUnknownRow */
	GvVec		notes;			/* GvNote */
	GvVec		tables;			/* GvTableInfo */
	GvVec		cells;			/* GvCellOut */
} GvReport;

typedef enum GvStatus
{
	GV_OK = 0,
	GV_ERR_RANGE,				/* a value beyond GV_NUM_LIMIT */
	GV_ERR_ENCODING				/* input is not UTF-8 */
} GvStatus;

typedef struct GvError
{
	GvStatus	status;
	int			line;
	size_t		offset;
	char		excerpt[160];
} GvError;

extern GvStatus gv_parse(GvArena *arena, const char *text, size_t len,
						 GvReport *report, GvError *error);

/* ---------- rules ---------- */

typedef enum GvSeverity
{
	GV_SEV_ERROR,
	GV_SEV_WARNING,
	GV_SEV_INCOMPLETE
} GvSeverity;

extern const char *gv_severity_name(GvSeverity severity);

typedef struct GvRuleInfo
{
	const char *id;
	unsigned	generations;
	GvSeverity	severity;		/* severity of a failure */
	const char *description;
} GvRuleInfo;

extern int	gv_rule_count(void);
extern GvRuleInfo gv_rule_info(int index);

typedef struct GvViolation
{
	const char *rule;
	GvSeverity	severity;
	int			ncodes;
	int		   *codes;			/* catalog indexes involved */
	bool		has_left;
	GvNum		left;
	bool		has_right;
	GvNum		right;
	const char *message;
} GvViolation;

/*
 * Appends a GvViolation per failed or incomplete rule to *out.  The organ
 * (may be NULL) tells its administrative level.
 */
extern void gv_check(GvArena *arena, unsigned generation, const char *organ, const GvValues *values,
					 GvVec *out);

/*
 * The soft rules across two reports of one organ a year apart (years.c):
 * warnings for the later report (of the given generation; 0: any), nothing
 * unless later_year is the next.
 */
extern void gv_check_years(GvArena *arena, unsigned generation, const GvValues *earlier,
						   int earlier_year, const GvValues *later, int later_year, GvVec *out);
extern int	gv_year_rule_count(void);
extern GvRuleInfo gv_year_rule_info(int index);

#endif							/* GOVINFO_H */
