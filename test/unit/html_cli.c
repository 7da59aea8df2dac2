/*
 * html_cli.c
 *	  Runs the page readers outside the server: prints the text the parser
 *	  would read from a downloaded file.
 *
 *	  html_cli FILE           the file's bytes decoded (charset guessed as
 *	                          govinfo.parse(bytea) does; GB18030 and Big5 are
 *	                          left to the server, so only UTF-8 and UTF-16
 *	                          are decoded here) and, when it is HTML, read as
 *	                          lines
 *	  html_cli --summary FILE the charset and HTML notes instead of the text
 *
 *	  Pipe the text to govinfo_cli to see the report parsed from it.
 */
#include "cli_support.h"
#include "../../src/page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const GvHooks *hooks = &cli_hooks;
	GvArena		arena;
	GvCharsetGuess guess;
	GvHtmlSummary summary;
	bool		summary_only = argc > 1 && strcmp(argv[1], "--summary") == 0;
	const char *path = argc > (summary_only ? 2 : 1) ? argv[summary_only ? 2 : 1] : NULL;
	FILE	   *f = path ? fopen(path, "rb") : stdin;
	size_t		len;
	char	   *data;
	const char *text;
	size_t		text_len;
	size_t		bad;

	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	data = cli_read_all(f, &len);
	gv_arena_init(&arena, hooks);

	gv_guess_charset(data, len, &guess);
	text = data + guess.bom_length;
	text_len = len - guess.bom_length;
	if (guess.charset == GV_CHARSET_UTF16LE || guess.charset == GV_CHARSET_UTF16BE)
	{
		text = gv_utf16_to_utf8(&arena, text, text_len,
								guess.charset == GV_CHARSET_UTF16BE, &text_len, &bad);
		if (text == NULL)
		{
			printf("error\tnot valid %s at byte offset %zu\n",
				   gv_charset_name(guess.charset), bad + guess.bom_length);
			return 1;
		}
	}
	else if (guess.charset != GV_CHARSET_UTF8)
	{
		printf("error\t%s is decoded by the server only\n", gv_charset_name(guess.charset));
		return 1;
	}
	if (summary_only)
		printf("encoding\t%s\n", gv_charset_note(&arena, &guess));

	if (gv_looks_like_html(text, text_len))
	{
		text = gv_html_to_text(&arena, text, text_len, &text_len, &summary);
		if (summary_only)
			printf("html\t%s\n", gv_html_summary_text(&arena, &summary));
	}
	if (!summary_only)
		fwrite(text, 1, text_len, stdout);
	gv_arena_free(&arena);
	free(data);
	return 0;
}
