/*
 * fuzz_html.c
 *	  libFuzzer entry point for downloaded pages: any bytes through the
 *	  charset guess and UTF-16 decoding, through the HTML reader, and what
 *	  it gives through gv_parse.  Also checks what the reader promises: its
 *	  output is as long as it says, NUL-terminated, and valid UTF-8 when the
 *	  page was.  Build and run with `make fuzz-html`.
 */
#include "../unit/cli_support.h"
#include "../../src/page.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const GvHooks *hooks = &cli_hooks;
	const char *page = (const char *) data;
	GvArena		arena;
	GvCharsetGuess guess;
	GvHtmlSummary summary;
	GvReport	report;
	GvError		error;
	char	   *text;
	size_t		len;
	size_t		bad;

	gv_arena_init(&arena, hooks);

	gv_guess_charset(page, size, &guess);
	(void) gv_charset_note(&arena, &guess);
	if (guess.charset == GV_CHARSET_UTF16LE || guess.charset == GV_CHARSET_UTF16BE)
	{
		char	   *utf8 = gv_utf16_to_utf8(&arena, page + guess.bom_length,
											size - guess.bom_length,
											guess.charset == GV_CHARSET_UTF16BE, &len, &bad);

		if (utf8 && (strlen(utf8) != len || !gv_utf8_valid(utf8, len, NULL)))
			abort();
	}

	/* every page, HTML or not, through the reader, then the parser */
	(void) gv_looks_like_html(page, size);
	text = gv_html_to_text(&arena, page, size, &len, &summary);
	if (text[len] != '\0' || memchr(text, '\0', len) != NULL)
		abort();
	if (gv_utf8_valid(page, size, NULL) && !gv_utf8_valid(text, len, NULL))
		abort();
	(void) gv_html_summary_text(&arena, &summary);
	if (gv_parse(&arena, text, len, &report, &error) == GV_OK)
	{
		GvVec		violations;

		gv_vec_init(&violations, sizeof(GvViolation));
		gv_check(&arena, report.generation, report.organ, &report.values, &violations);
	}
	gv_arena_free(&arena);
	return 0;
}
