/*
 * catalog_sql.c
 *	  govinfo.catalog_entries() and govinfo.rule_entries(): the C catalog
 *	  and rules as rows, behind the views govinfo.catalog and govinfo.rules.
 */
#include "govinfo_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

static const char *
kind_name(GvValueKind kind)
{
	switch (kind)
	{
		case GV_KIND_COUNT:
			return "count";
		case GV_KIND_AMOUNT:
			return "amount";
		case GV_KIND_SIGNED:
			return "signed";
	}
	return NULL;
}

/* A code's Chinese label as the generation prints it (row, with column). */
const char *
gv_pg_label(int code, unsigned generation)
{
	const char *row_label;
	const char *column_label;

	if (generation == GV_GEN_NONE)
		return gv_catalog_at(code)->label_zh;
	gv_code_in(code, generation, &row_label, &column_label);
	return column_label ? psprintf("%s（%s）", row_label, column_label) : row_label;
}

PG_FUNCTION_INFO_V1(govinfo_catalog_entries);
Datum
govinfo_catalog_entries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	unsigned	gen;
	int			i;

	gv_pg_check_encoding();
	InitMaterializedSRF(fcinfo, 0);
	for (gen = GV_GEN_LEGACY; gen <= GV_GEN_GB2021; gen <<= 1)
		for (i = 0; i < gv_catalog_count(); i++)
		{
			const GvCode *code = gv_catalog_at(i);
			Datum		fields[8];
			bool		nulls[8] = {false, false, false, false, false, code->parent == NULL, false, false};

			if (!(code->generations & gen))
				continue;
			fields[0] = CStringGetTextDatum(gv_generation_name(gen));
			fields[1] = CStringGetTextDatum(code->code);
			fields[2] = gv_pg_text(gv_pg_label(i, gen));
			fields[3] = CStringGetTextDatum(code->label_en);
			fields[4] = gv_pg_text(code->unit);
			fields[5] = code->parent ? CStringGetTextDatum(code->parent) : (Datum) 0;
			fields[6] = CStringGetTextDatum(kind_name(code->kind));
			fields[7] = Int32GetDatum(i + 1);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
		}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govinfo_rule_entries);
Datum
govinfo_rule_entries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	unsigned	gen;
	int			i;

	gv_pg_check_encoding();
	InitMaterializedSRF(fcinfo, 0);
	for (gen = GV_GEN_LEGACY; gen <= GV_GEN_GB2021; gen <<= 1)
		for (i = 0; i < gv_rule_count(); i++)
		{
			GvRuleInfo	rule = gv_rule_info(i);
			Datum		fields[4];
			bool		nulls[4] = {false, false, false, false};

			if (!(rule.generations & gen))
				continue;
			fields[0] = CStringGetTextDatum(gv_generation_name(gen));
			fields[1] = CStringGetTextDatum(rule.id);
			fields[2] = CStringGetTextDatum(gv_severity_name(rule.severity));
			fields[3] = gv_pg_text(rule.description);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
		}
	/* the rules across two years, checked by govinfo.year_violations */
	for (gen = GV_GEN_LEGACY; gen <= GV_GEN_GB2021; gen <<= 1)
		for (i = 0; i < gv_year_rule_count(); i++)
		{
			GvRuleInfo	rule = gv_year_rule_info(i);
			Datum		fields[4];
			bool		nulls[4] = {false, false, false, false};

			if (!(rule.generations & gen))
				continue;
			fields[0] = CStringGetTextDatum(gv_generation_name(gen));
			fields[1] = CStringGetTextDatum(rule.id);
			fields[2] = CStringGetTextDatum(gv_severity_name(rule.severity));
			fields[3] = gv_pg_text(rule.description);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
		}
	return (Datum) 0;
}
