/*
 * charset.c
 *	  Which charset a downloaded report is in.
 *
 * Chinese government sites serve UTF-8, GB2312/GBK/GB18030 and now and
 * then Big5, declare it in a <meta> tag or not at all, and the declaration
 * is sometimes wrong.  The order, as browsers do it: a byte order mark;
 * else the charset declared in the first 4 KB, when the bytes fit it; else
 * the bytes themselves: valid UTF-8 is UTF-8 (Chinese GB text is almost
 * never valid UTF-8 by chance), then GB18030, which extends GB2312 and GBK.
 *
 * Converting GB18030 and Big5 is left to PostgreSQL's own conversions
 * (bytea_sql.c); UTF-16, which PostgreSQL has no conversion for, is
 * converted here.
 */
#include "page.h"

#include <string.h>

/* How far into the file a charset declaration is looked for. */
#define DECLARATION_BYTES 4096

typedef struct CharsetAlias
{
	const char *name;			/* lower case */
	GvCharset	charset;
} CharsetAlias;

/*
 * Names pages declare.  A page that declares UTF-16 in an ASCII-readable
 * <meta> cannot be UTF-16: browsers read it as UTF-8, and so does govinfo.
 */
static const CharsetAlias aliases[] = {
	{"utf-8", GV_CHARSET_UTF8}, {"utf8", GV_CHARSET_UTF8},
	{"unicode-1-1-utf-8", GV_CHARSET_UTF8}, {"utf-16", GV_CHARSET_UTF8},
	{"utf-16le", GV_CHARSET_UTF8}, {"utf-16be", GV_CHARSET_UTF8},
	{"gb2312", GV_CHARSET_GB18030}, {"gbk", GV_CHARSET_GB18030},
	{"gb18030", GV_CHARSET_GB18030}, {"x-gbk", GV_CHARSET_GB18030},
	{"cp936", GV_CHARSET_GB18030}, {"windows-936", GV_CHARSET_GB18030},
	{"ms936", GV_CHARSET_GB18030}, {"euc-cn", GV_CHARSET_GB18030},
	{"x-euc-cn", GV_CHARSET_GB18030}, {"csgb2312", GV_CHARSET_GB18030},
	{"gb_2312", GV_CHARSET_GB18030}, {"gb_2312-80", GV_CHARSET_GB18030},
	{"chinese", GV_CHARSET_GB18030}, {"iso-ir-58", GV_CHARSET_GB18030},
	{"big5", GV_CHARSET_BIG5}, {"big5-hkscs", GV_CHARSET_BIG5},
	{"x-x-big5", GV_CHARSET_BIG5}, {"cn-big5", GV_CHARSET_BIG5},
	{"csbig5", GV_CHARSET_BIG5},
};

#define NALIASES ((int) (sizeof(aliases) / sizeof(aliases[0])))

unsigned char
gv_ascii_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Case-insensitive: does p (before end) start with the lower-case word? */
bool
gv_starts_with_word(const char *p, const char *end, const char *word)
{
	size_t		n = strlen(word);
	size_t		i;

	if ((size_t) (end - p) < n)
		return false;
	for (i = 0; i < n; i++)
		if (gv_ascii_lower((unsigned char) p[i]) != (unsigned char) word[i])
			return false;
	return true;
}

const char *
gv_charset_name(GvCharset charset)
{
	switch (charset)
	{
		case GV_CHARSET_UTF8:
			return "UTF-8";
		case GV_CHARSET_GB18030:
			return "GB18030";
		case GV_CHARSET_BIG5:
			return "BIG5";
		case GV_CHARSET_UTF16LE:
			return "UTF-16LE";
		case GV_CHARSET_UTF16BE:
			return "UTF-16BE";
	}
	return "UTF-8";
}

/* ---------- byte structure ---------- */

bool
gv_gb18030_valid(const char *s, size_t len, size_t *bad_offset)
{
	const unsigned char *b = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		if (b[i] < 0x80)
			i++;
		else if (b[i] >= 0x81 && b[i] <= 0xFE && i + 1 < len &&
				 ((b[i + 1] >= 0x40 && b[i + 1] <= 0x7E) || (b[i + 1] >= 0x80 && b[i + 1] <= 0xFE)))
			i += 2;
		else if (b[i] >= 0x81 && b[i] <= 0xFE && i + 3 < len &&
				 b[i + 1] >= 0x30 && b[i + 1] <= 0x39 &&
				 b[i + 2] >= 0x81 && b[i + 2] <= 0xFE &&
				 b[i + 3] >= 0x30 && b[i + 3] <= 0x39)
			i += 4;
		else
		{
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
	}
	return true;
}

bool
gv_big5_valid(const char *s, size_t len, size_t *bad_offset)
{
	const unsigned char *b = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		if (b[i] < 0x80)
			i++;
		else if (b[i] >= 0x81 && b[i] <= 0xFE && i + 1 < len &&
				 ((b[i + 1] >= 0x40 && b[i + 1] <= 0x7E) || (b[i + 1] >= 0xA1 && b[i + 1] <= 0xFE)))
			i += 2;
		else
		{
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
	}
	return true;
}

/* How far the text decodes as the charset: its length when it all does. */
static size_t
valid_prefix(GvCharset charset, const char *s, size_t len)
{
	size_t		bad = len;

	switch (charset)
	{
		case GV_CHARSET_UTF8:
			gv_utf8_valid(s, len, &bad);
			break;
		case GV_CHARSET_GB18030:
			gv_gb18030_valid(s, len, &bad);
			break;
		case GV_CHARSET_BIG5:
			gv_big5_valid(s, len, &bad);
			break;
		case GV_CHARSET_UTF16LE:
		case GV_CHARSET_UTF16BE:
			break;
	}
	return bad;
}

/* ---------- declarations ---------- */

/* Stores the charset name that starts at p (quotes and spaces ended). */
static void
take_name(const char *p, const char *end, GvCharsetGuess *guess)
{
	size_t		n = 0;

	while (p < end && (is_space((unsigned char) *p) || *p == '"' || *p == '\''))
		p++;
	while (p < end && n < sizeof(guess->declared) - 1 && !is_space((unsigned char) *p) &&
		   *p != '"' && *p != '\'' && *p != ';' && *p != '>' && *p != '/' && *p != ',')
		guess->declared[n++] = *p++;
	guess->declared[n] = '\0';
}

/*
 * Finds "charset" (or "encoding", in <?xml ...?>) inside one tag, from p
 * to the tag's ">"; covers <meta charset="gbk"> and <meta
 * http-equiv="Content-Type" content="text/html; charset=gb2312">.
 */
static bool
declared_in_tag(const char *p, const char *end, const char *key, GvCharsetGuess *guess)
{
	const char *gt = memchr(p, '>', (size_t) (end - p));
	size_t		key_len = strlen(key);

	if (gt)
		end = gt;
	for (; p < end; p++)
	{
		const char *q;

		if (!gv_starts_with_word(p, end, key))
			continue;
		q = p + key_len;
		while (q < end && is_space((unsigned char) *q))
			q++;
		if (q < end && *q == '=')
		{
			take_name(q + 1, end, guess);
			if (guess->declared[0])
				return true;
		}
	}
	return false;
}

/* The charset the first 4 KB declare, into guess->declared; false if none. */
static bool
find_declaration(const char *data, size_t len, GvCharsetGuess *guess)
{
	const char *end = data + (len < DECLARATION_BYTES ? len : DECLARATION_BYTES);
	const char *p;

	for (p = data; p < end; p++)
	{
		if (*p != '<')
			continue;
		if (gv_starts_with_word(p, end, "<!--"))
		{
			/* a declaration inside a comment declares nothing */
			const char *q;

			for (q = p + 4; q + 3 <= end && memcmp(q, "-->", 3) != 0; q++)
				;
			p = q + 2;
			continue;
		}
		if ((gv_starts_with_word(p, end, "<meta") && declared_in_tag(p + 5, end, "charset", guess)) ||
			(gv_starts_with_word(p, end, "<?xml") && declared_in_tag(p + 5, end, "encoding", guess)))
			return true;
	}
	return false;
}

static bool
charset_from_name(const char *name, GvCharset *charset)
{
	char		folded[sizeof(((GvCharsetGuess *) 0)->declared)];
	size_t		i;
	int			a;

	for (i = 0; name[i] && i < sizeof(folded) - 1; i++)
		folded[i] = (char) gv_ascii_lower((unsigned char) name[i]);
	folded[i] = '\0';
	for (a = 0; a < NALIASES; a++)
		if (strcmp(folded, aliases[a].name) == 0)
		{
			*charset = aliases[a].charset;
			return true;
		}
	return false;
}

/* ---------- the decision ---------- */

/* From the bytes: UTF-8 if valid, else GB18030 if valid, else the longer fit. */
static GvCharset
detect(const char *s, size_t len)
{
	size_t		utf8 = valid_prefix(GV_CHARSET_UTF8, s, len);
	size_t		gb;

	if (utf8 == len)
		return GV_CHARSET_UTF8;
	gb = valid_prefix(GV_CHARSET_GB18030, s, len);
	/* neither fits all: the one that reads further makes the useful error */
	return gb > utf8 ? GV_CHARSET_GB18030 : GV_CHARSET_UTF8;
}

void
gv_guess_charset(const char *data, size_t len, GvCharsetGuess *guess)
{
	const unsigned char *b = (const unsigned char *) data;
	GvCharset	declared;

	memset(guess, 0, sizeof(*guess));
	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
	{
		guess->charset = GV_CHARSET_UTF8;
		guess->source = GV_CHARSET_FROM_BOM;
		guess->bom_length = 3;
		return;
	}
	if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
	{
		guess->charset = b[0] == 0xFF ? GV_CHARSET_UTF16LE : GV_CHARSET_UTF16BE;
		guess->source = GV_CHARSET_FROM_BOM;
		guess->bom_length = 2;
		return;
	}

	guess->charset = detect(data, len);
	guess->source = GV_CHARSET_DETECTED;
	if (!find_declaration(data, len, guess))
		return;
	if (!charset_from_name(guess->declared, &declared))
	{
		guess->declared_unknown = true;
		return;
	}
	/* the declaration stands unless the bytes read further in another charset */
	if (declared == guess->charset ||
		valid_prefix(declared, data, len) >= valid_prefix(guess->charset, data, len))
	{
		guess->charset = declared;
		guess->source = GV_CHARSET_FROM_META;
	}
	else
		guess->declared_wrong = true;
}

char *
gv_charset_note(GvArena *arena, const GvCharsetGuess *guess)
{
	GvBuf		msg;
	const char *name = gv_charset_name(guess->charset);

	gv_buf_init(&msg);
	switch (guess->source)
	{
		case GV_CHARSET_FROM_BOM:
			gv_buf_printf(arena, &msg, "read as %s, given by its byte order mark", name);
			break;
		case GV_CHARSET_FROM_META:
			gv_buf_printf(arena, &msg, "read as %s, declared in the page as %s",
						  name, guess->declared);
			break;
		case GV_CHARSET_DETECTED:
			if (guess->declared_wrong)
				gv_buf_printf(arena, &msg,
							  "read as %s, detected: the page declares %s, which its bytes are not",
							  name, guess->declared);
			else if (guess->declared_unknown)
				gv_buf_printf(arena, &msg,
							  "read as %s, detected: the page declares %s, not a charset govinfo reads",
							  name, guess->declared);
			else
				gv_buf_printf(arena, &msg, "read as %s, detected (no charset declared)", name);
			break;
	}
	return gv_buf_cstring(arena, &msg);
}

/* ---------- UTF-16 ---------- */

char *
gv_utf16_to_utf8(GvArena *arena, const char *s, size_t len, bool big_endian,
				 size_t *out_len, size_t *bad_offset)
{
	const unsigned char *b = (const unsigned char *) s;
	/* a UTF-16 unit gives at most 3 UTF-8 bytes, a surrogate pair 4 */
	char	   *out = gv_alloc(arena, len / 2 * 3 + 1);
	size_t		n = 0;
	size_t		i = 0;
	size_t		units = 0;

	while (i + 1 < len)
	{
		uint32_t	unit = big_endian ? (uint32_t) (b[i] << 8 | b[i + 1]) : (uint32_t) (b[i + 1] << 8 | b[i]);
		uint32_t	cp = unit;
		size_t		at = i;

		i += 2;
		if (unit >= 0xD800 && unit <= 0xDBFF)
		{
			uint32_t	low;

			if (i + 1 >= len)
			{
				*bad_offset = at;
				return NULL;
			}
			low = big_endian ? (uint32_t) (b[i] << 8 | b[i + 1]) : (uint32_t) (b[i + 1] << 8 | b[i]);
			if (low < 0xDC00 || low > 0xDFFF)
			{
				*bad_offset = at;
				return NULL;
			}
			cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
			i += 2;
		}
		else if ((unit >= 0xDC00 && unit <= 0xDFFF) || unit == 0)
		{
			/* a lone low surrogate; U+0000, which text cannot hold */
			*bad_offset = at;
			return NULL;
		}
		n += (size_t) gv_utf8_encode(cp, out + n);
		if (++units % 65536 == 0)
			gv_interrupt_check(arena);
	}
	if (i < len)
	{
		*bad_offset = i;		/* half a unit at the end */
		return NULL;
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}
