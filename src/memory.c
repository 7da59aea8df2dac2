/*
 * memory.c
 *	  Arena, growable arrays and strings for the plain-C parser.
 *
 * A parse allocates many small pieces and frees them all at once, so an
 * arena fits; the backing allocator comes from GvHooks (palloc in the
 * server, malloc in tests and fuzzers).
 */
#include "govinfo.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define GV_ARENA_BLOCK 65536

struct GvArenaBlock
{
	GvArenaBlock *next;
	/* payload follows */
};

void
gv_arena_init(GvArena *arena, const GvHooks *hooks)
{
	arena->hooks = hooks;
	arena->blocks = NULL;
	arena->next = NULL;
	arena->left = 0;
}

void
gv_arena_free(GvArena *arena)
{
	GvArenaBlock *block = arena->blocks;

	while (block)
	{
		GvArenaBlock *next = block->next;

		if (arena->hooks->release)
			arena->hooks->release(arena->hooks->ctx, block);
		block = next;
	}
	arena->blocks = NULL;
	arena->next = NULL;
	arena->left = 0;
}

void *
gv_alloc(GvArena *arena, size_t size)
{
	void	   *result;

	size = (size + 15) & ~(size_t) 15;
	if (size > arena->left)
	{
		size_t		payload = size > GV_ARENA_BLOCK / 2 ? size : GV_ARENA_BLOCK;
		size_t		header = (sizeof(GvArenaBlock) + 15) & ~(size_t) 15;
		GvArenaBlock *block = arena->hooks->alloc(arena->hooks->ctx, header + payload);

		block->next = arena->blocks;
		arena->blocks = block;
		if (payload == size)
		{
			/* an oversized piece gets a block of its own; keep the current one */
			result = (char *) block + header;
			memset(result, 0, size);
			return result;
		}
		arena->next = (char *) block + header;
		arena->left = payload;
	}
	result = arena->next;
	arena->next += size;
	arena->left -= size;
	memset(result, 0, size);
	return result;
}

char *
gv_strndup(GvArena *arena, const char *s, size_t len)
{
	char	   *copy = gv_alloc(arena, len + 1);

	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

char *
gv_strdup(GvArena *arena, const char *s)
{
	return gv_strndup(arena, s, strlen(s));
}

char *
gv_concat(GvArena *arena, const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);
	char	   *joined = gv_alloc(arena, la + lb + 1);

	memcpy(joined, a, la);
	memcpy(joined + la, b, lb);
	return joined;
}

void
gv_interrupt_check(const GvArena *arena)
{
	if (arena->hooks->check_interrupts)
		arena->hooks->check_interrupts();
}

void
gv_vec_init(GvVec *vec, size_t item_size)
{
	vec->items = NULL;
	vec->count = 0;
	vec->capacity = 0;
	vec->item_size = item_size;
}

void *
gv_vec_push(GvArena *arena, GvVec *vec)
{
	if (vec->count == vec->capacity)
	{
		int			capacity = vec->capacity ? vec->capacity * 2 : 16;
		void	   *items = gv_alloc(arena, (size_t) capacity * vec->item_size);

		if (vec->count)
			memcpy(items, vec->items, (size_t) vec->count * vec->item_size);
		vec->items = items;
		vec->capacity = capacity;
	}
	return memset((char *) vec->items + (size_t) vec->count++ * vec->item_size,
				  0, vec->item_size);
}

void
gv_buf_init(GvBuf *buf)
{
	buf->data = NULL;
	buf->len = 0;
	buf->capacity = 0;
}

void
gv_buf_append(GvArena *arena, GvBuf *buf, const char *s, size_t len)
{
	if (buf->len + len + 1 > buf->capacity)
	{
		size_t		capacity = buf->capacity ? buf->capacity : 64;
		char	   *data;

		while (capacity < buf->len + len + 1)
			capacity *= 2;
		data = gv_alloc(arena, capacity);
		if (buf->len)
			memcpy(data, buf->data, buf->len);
		buf->data = data;
		buf->capacity = capacity;
	}
	memcpy(buf->data + buf->len, s, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
}

void
gv_buf_appends(GvArena *arena, GvBuf *buf, const char *s)
{
	gv_buf_append(arena, buf, s, strlen(s));
}

void
gv_buf_printf(GvArena *arena, GvBuf *buf, const char *fmt,...)
{
	char		small[256];
	va_list		args;
	int			n;

	va_start(args, fmt);
	n = vsnprintf(small, sizeof(small), fmt, args);
	va_end(args);
	if (n < 0)
		return;
	if ((size_t) n < sizeof(small))
	{
		gv_buf_append(arena, buf, small, (size_t) n);
		return;
	}
	{
		char	   *big = gv_alloc(arena, (size_t) n + 1);

		va_start(args, fmt);
		vsnprintf(big, (size_t) n + 1, fmt, args);
		va_end(args);
		gv_buf_append(arena, buf, big, (size_t) n);
	}
}

char *
gv_buf_cstring(GvArena *arena, GvBuf *buf)
{
	if (buf->data == NULL)
		return gv_strdup(arena, "");
	return buf->data;
}
