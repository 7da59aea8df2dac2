/*
 * bytea_sql.c
 *	  govinfo.parse(bytea): a report file as downloaded, in whatever charset
 *	  the site served it.
 *
 * charset.c decides the charset (byte order mark, declaration, or the bytes
 * themselves); PostgreSQL's own conversions turn GB18030 and Big5 into
 * UTF-8; the UTF-8 text is then parsed exactly as govinfo.parse(text)
 * parses it, HTML pages included.  The charset and how it was found become
 * a note of kind 'encoding'.  Bytes that do not decode are an error
 * (SQLSTATE 22021) naming their offset in the file.
 */
#include "govinfo_pg.h"

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "page.h"

/* Where the charset came from, for error details. */
static const char *
source_phrase(const GvCharsetGuess *guess)
{
	switch (guess->source)
	{
		case GV_CHARSET_FROM_BOM:
			return "given by its byte order mark";
		case GV_CHARSET_FROM_META:
			return "declared in the page";
		case GV_CHARSET_DETECTED:
			break;
	}
	return "detected from its bytes";
}

static void
report_undecodable(const GvCharsetGuess *guess, const char *data, size_t size, size_t offset)
{
	char		bytes[3 * 4 + 1];
	size_t		i;
	int			n = 0;

	for (i = offset; i < size && i < offset + 4; i++)
		n += snprintf(bytes + n, sizeof(bytes) - n, "%s%02x", n ? " " : "",
					  (unsigned char) data[i]);
	if (offset < size && data[offset] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("report file has a zero byte at byte offset %zu", offset),
				 errdetail("Text cannot hold zero bytes; the file was read as %s, %s.",
						   gv_charset_name(guess->charset), source_phrase(guess))));
	ereport(ERROR,
			(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
			 errmsg("report file is not valid %s at byte offset %zu",
					gv_charset_name(guess->charset), offset),
			 errdetail("The bytes there are %s; the charset was %s.", bytes, source_phrase(guess)),
			 errhint("If the file is in another charset, convert it first: "
					 "govinfo.parse(convert_from(bytes, 'charset')).")));
}

static int
pg_encoding_of(GvCharset charset)
{
	switch (charset)
	{
		case GV_CHARSET_GB18030:
			return PG_GB18030;
		case GV_CHARSET_BIG5:
			return PG_BIG5;
		default:
			return PG_UTF8;
	}
}

/*
 * The file's text as UTF-8, byte order mark removed; errors at the first
 * byte that does not decode.
 */
static char *
file_to_utf8(const char *data, size_t size, const GvCharsetGuess *guess, size_t *len)
{
	const char *body = data + guess->bom_length;
	int			body_len = (int) (size - guess->bom_length);
	int			encoding = pg_encoding_of(guess->charset);
	int			valid;
	Oid			proc;
	char	   *utf8;
	int			converted;

	if (guess->charset == GV_CHARSET_UTF16LE || guess->charset == GV_CHARSET_UTF16BE)
	{
		GvArena		arena;
		size_t		bad;

		gv_arena_init(&arena, gv_pg_hooks());
		utf8 = gv_utf16_to_utf8(&arena, body, (size_t) body_len,
								guess->charset == GV_CHARSET_UTF16BE, len, &bad);
		if (utf8 == NULL)
			report_undecodable(guess, data, size, guess->bom_length + bad);
		return utf8;
	}

	/* PostgreSQL's verifier: also refuses NUL bytes, which text cannot hold */
	valid = pg_encoding_verifymbstr(encoding, body, body_len);
	if (valid < body_len)
		report_undecodable(guess, data, size, guess->bom_length + (size_t) valid);
	if (encoding == PG_UTF8)
	{
		*len = (size_t) body_len;
		return (char *) body;
	}

	proc = FindDefaultConversionProc(encoding, PG_UTF8);
	if (!OidIsValid(proc))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("no conversion from %s to UTF8", pg_encoding_to_char(encoding))));
	utf8 = MemoryContextAllocHuge(CurrentMemoryContext,
								  (Size) body_len * MAX_CONVERSION_GROWTH + 1);
	/* noError: a character with no Unicode mapping stops the conversion there */
	converted = pg_do_encoding_conversion_buf(proc, encoding, PG_UTF8,
											  (unsigned char *) body, body_len,
											  (unsigned char *) utf8,
											  body_len * MAX_CONVERSION_GROWTH + 1, true);
	if (converted < body_len)
		report_undecodable(guess, data, size, guess->bom_length + (size_t) converted);
	*len = strlen(utf8);
	return utf8;
}

PG_FUNCTION_INFO_V1(govinfo_parse_bytes);
Datum
govinfo_parse_bytes(PG_FUNCTION_ARGS)
{
	bytea	   *file = PG_GETARG_BYTEA_PP(0);
	const char *data = VARDATA_ANY(file);
	size_t		size = VARSIZE_ANY_EXHDR(file);
	GvCharsetGuess guess;
	GvArena		arena;
	size_t		len;
	char	   *utf8;
	char	   *note;

	gv_pg_check_encoding();
	gv_pg_check_input_size(size);
	gv_guess_charset(data, size, &guess);
	utf8 = file_to_utf8(data, size, &guess, &len);

	gv_arena_init(&arena, gv_pg_hooks());
	note = gv_charset_note(&arena, &guess);
	PG_RETURN_DATUM(gv_pg_parse_utf8(fcinfo, utf8, len, note));
}
