/*
 * page.h
 *	  Reports as they are downloaded: HTML pages (html.c) and the charsets
 *	  sites serve them in (charset.c).
 *
 * Plain C like govinfo.h: no server headers, so both run in unit tests and
 * fuzzers outside the server.  The text parser never sees HTML or foreign
 * bytes: gv_parse turns an HTML page into text first, and the bytea entry
 * point (bytea_sql.c) decodes the bytes to UTF-8 before parsing.
 */
#ifndef GOVINFO_PAGE_H
#define GOVINFO_PAGE_H

#include "govinfo.h"

/* ---------- HTML pages (html.c) ---------- */

/* What reading a page found, for the note that says the page was HTML. */
typedef struct GvHtmlSummary
{
	int			tables;			/* tables read, nested ones included */
	int			rows;			/* table rows written as lines */
	int			merged_cells;	/* cells with a rowspan or colspan above 1 */
	int			layout_cells;	/* cells read as lines: they held a table or prose */
	int			deep_tables;	/* tables nested too deep, read as plain blocks */
	bool		title;			/* the <title> became the first line */
} GvHtmlSummary;

/*
 * True when the text is an HTML page rather than report text: it starts
 * with markup (<!DOCTYPE, <html, <table, <!--, ...) or its first few KB
 * hold table or paragraph tags.  A stray '<' in report text is not enough.
 */
extern bool gv_looks_like_html(const char *text, size_t len);

/*
 * The page as the lines the reader understands: block elements end lines,
 * each table row is one line of tab-separated cells with merged cells
 * spread over the grid, the <title> comes first.  Never fails; malformed
 * markup gives the text a browser would show.  The result is NUL-terminated
 * and its length stored in *out_len; summary may be NULL.
 */
extern char *gv_html_to_text(GvArena *arena, const char *html, size_t len,
							 size_t *out_len, GvHtmlSummary *summary);

/* One sentence for a note: "read as an HTML page: 2 tables, 57 rows, ..." */
extern char *gv_html_summary_text(GvArena *arena, const GvHtmlSummary *summary);

/* ---------- charsets (charset.c) ---------- */

typedef enum GvCharset
{
	GV_CHARSET_UTF8,
	GV_CHARSET_GB18030,			/* also gb2312, gbk: GB18030 extends both */
	GV_CHARSET_BIG5,
	GV_CHARSET_UTF16LE,			/* only with a byte order mark */
	GV_CHARSET_UTF16BE
} GvCharset;

typedef enum GvCharsetSource
{
	GV_CHARSET_FROM_BOM,		/* a byte order mark */
	GV_CHARSET_FROM_META,		/* <meta charset>, http-equiv or <?xml encoding> */
	GV_CHARSET_DETECTED			/* from the bytes themselves */
} GvCharsetSource;

typedef struct GvCharsetGuess
{
	GvCharset	charset;
	GvCharsetSource source;
	size_t		bom_length;		/* bytes of byte order mark to skip */
	char		declared[33];	/* the charset the page declares, as printed, or "" */
	bool		declared_unknown;	/* declared, but not a charset govinfo reads */
	bool		declared_wrong; /* declared, but the bytes only fit another */
} GvCharsetGuess;

/*
 * Decides how to decode a downloaded file: its byte order mark, else the
 * charset its first 4 KB declare when the bytes fit it, else UTF-8 when the
 * bytes are valid UTF-8, else GB18030.
 */
extern void gv_guess_charset(const char *data, size_t len, GvCharsetGuess *guess);

/* "UTF-8", "GB18030", "BIG5", "UTF-16LE", "UTF-16BE" */
extern const char *gv_charset_name(GvCharset charset);

/* One sentence for a note: "read as GB18030, declared in the page as gb2312" */
extern char *gv_charset_note(GvArena *arena, const GvCharsetGuess *guess);

/* Byte structure of GB18030 (one, two and four byte sequences). */
extern bool gv_gb18030_valid(const char *s, size_t len, size_t *bad_offset);

/* Byte structure of Big5 (one and two byte sequences). */
extern bool gv_big5_valid(const char *s, size_t len, size_t *bad_offset);

/*
 * UTF-16 (without its byte order mark) to UTF-8.  Returns NULL and sets
 * *bad_offset at an odd trailing byte, an unpaired surrogate or U+0000.
 */
extern char *gv_utf16_to_utf8(GvArena *arena, const char *s, size_t len, bool big_endian,
							  size_t *out_len, size_t *bad_offset);

/* ASCII case folding for tag and charset names (charset.c). */
extern unsigned char gv_ascii_lower(unsigned char c);
extern bool gv_starts_with_word(const char *p, const char *end, const char *word);

#endif							/* GOVINFO_PAGE_H */
