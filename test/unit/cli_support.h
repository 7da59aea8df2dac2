/*
 * cli_support.h
 *	  What the programs that run the parser outside the server share: malloc
 *	  hooks for its arena, and reading a whole file.
 */
#ifndef GOVINFO_CLI_SUPPORT_H
#define GOVINFO_CLI_SUPPORT_H

#include "../../src/govinfo.h"

#include <stdio.h>
#include <stdlib.h>

static inline void *
cli_alloc(void *ctx, size_t size)
{
	void	   *p = malloc(size);

	(void) ctx;
	if (p == NULL)
	{
		fprintf(stderr, "out of memory\n");
		abort();
	}
	return p;
}

static inline void
cli_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const GvHooks cli_hooks = {cli_alloc, cli_release, NULL, NULL};

static inline char *
cli_read_all(FILE *f, size_t *len)
{
	size_t		cap = 1 << 16;
	char	   *buf = cli_alloc(NULL, cap);

	*len = 0;
	for (;;)
	{
		size_t		n;

		if (*len == cap)
		{
			buf = realloc(buf, cap *= 2);
			if (buf == NULL)
				abort();
		}
		n = fread(buf + *len, 1, cap - *len, f);
		if (n == 0)
			break;
		*len += n;
	}
	return buf;
}

#endif							/* GOVINFO_CLI_SUPPORT_H */
