/*
 * fuzz_parse.c
 *	  libFuzzer entry point: any bytes through gv_parse and gv_check.
 *	  Build and run with `make fuzz` (clang with -fsanitize=fuzzer,address).
 */
#include "../unit/cli_support.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const GvHooks *hooks = &cli_hooks;
	GvArena		arena;
	GvReport	report;
	GvError		error;

	gv_arena_init(&arena, hooks);
	if (gv_parse(&arena, (const char *) data, size, &report, &error) == GV_OK)
	{
		GvVec		violations;

		gv_vec_init(&violations, sizeof(GvViolation));
		gv_check(&arena, report.generation, report.organ, &report.values, &violations);
	}
	gv_arena_free(&arena);
	return 0;
}
