/*
 * govinfo_cli.c
 *	  Runs the plain-C parser outside the server: prints what govinfo.parse
 *	  would return for a file, one "kind<TAB>..." line per item.  Used by the
 *	  unit checks and as the fuzzing harness's twin.
 */
#include "cli_support.h"

#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	const GvHooks *hooks = &cli_hooks;
	GvArena		arena;
	GvReport	report;
	GvError		error;
	GvVec		violations;
	FILE	   *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
	size_t		len;
	char	   *text;
	char		num[48];
	int			i;

	if (f == NULL)
	{
		perror(argv[1]);
		return 2;
	}
	text = cli_read_all(f, &len);
	gv_arena_init(&arena, hooks);
	if (gv_parse(&arena, text, len, &report, &error) != GV_OK)
	{
		printf("error\t%d\tline %d offset %zu\t%s\n", error.status, error.line, error.offset, error.excerpt);
		return 1;
	}
	printf("organ\t%s\nyear\t%d\ngeneration\t%s\ntitle\t%s\npublished\t%s\nindex_no\t%s\npublisher\t%s\n",
		   report.organ ? report.organ : "", report.year,
		   gv_generation_name(report.generation) ? gv_generation_name(report.generation) : "",
		   report.title ? report.title : "", report.published ? report.published : "",
		   report.index_no ? report.index_no : "", report.publisher ? report.publisher : "");
	for (i = 0; i < report.values.count; i++)
	{
		if (!report.values.present[i])
			continue;
		if (report.values.blank[i])
			printf("%s\tNULL\n", gv_catalog_at(i)->code);
		else
		{
			gv_num_format(report.values.value[i], num, sizeof(num));
			printf("%s\t%s\n", gv_catalog_at(i)->code, num);
		}
	}
	for (i = 0; i < report.unknown_rows.count; i++)
	{
		GvUnknownRow *row = &GV_VEC_AT(&report.unknown_rows, GvUnknownRow, i);
		int			v;

		printf("?%s", row->label);
		for (v = 0; v < row->nvalues; v++)
		{
			gv_num_format(row->values[v], num, sizeof(num));
			printf("\t%s", row->blanks[v] ? "NULL" : num);
		}
		printf("\n");
	}
	for (i = 0; i < report.notes.count; i++)
	{
		GvNote	   *note = &GV_VEC_AT(&report.notes, GvNote, i);

		printf("note\t%d\t%s\t%s\n", note->line, gv_note_kind_name(note->kind), note->message);
	}
	gv_vec_init(&violations, sizeof(GvViolation));
	gv_check(&arena, report.generation, report.organ, &report.values, &violations);
	for (i = 0; i < violations.count; i++)
	{
		GvViolation *v = &GV_VEC_AT(&violations, GvViolation, i);

		printf("!%s\t%s\t%s\n", gv_severity_name(v->severity), v->rule, v->message);
	}
	gv_arena_free(&arena);
	free(text);
	return 0;
}
