/*
 * report_sql.c
 *	  Functions over a stored govinfo.report: stats, value, violations,
 *	  is_consistent and assert_consistent.
 */
#include "govinfo_pg.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

/* Calls fn(code, value, isnull, arg) for each element of the stats array. */
typedef void (*StatVisitor) (const char *code, Datum value, bool isnull, void *arg);

static void
visit_stats(HeapTupleHeader report, StatVisitor visit, void *arg)
{
	bool		isnull;
	Datum		stats = GetAttributeByNum(report, REPORT_STATS, &isnull);
	ArrayType  *array;
	Datum	   *elements;
	bool	   *nulls;
	int			count;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			i;

	if (isnull)
		return;
	array = DatumGetArrayTypeP(stats);
	get_typlenbyvalalign(ARR_ELEMTYPE(array), &typlen, &typbyval, &typalign);
	deconstruct_array(array, ARR_ELEMTYPE(array), typlen, typbyval, typalign,
					  &elements, &nulls, &count);
	for (i = 0; i < count; i++)
	{
		HeapTupleHeader stat;
		Datum		code;
		Datum		value;
		bool		value_null;

		if (nulls[i])
			continue;
		stat = DatumGetHeapTupleHeader(elements[i]);
		code = GetAttributeByNum(stat, 1, &isnull);
		if (isnull)
			continue;
		value = GetAttributeByNum(stat, 2, &value_null);
		visit(TextDatumGetCString(code), value, value_null, arg);
	}
}

static int
known_code(const char *code)
{
	int			index = gv_catalog_find(code);

	if (index < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown statistic code \"%s\"", code),
				 errhint("The codes are listed in the view govinfo.catalog.")));
	return index;
}

typedef struct ValuesArg
{
	GvValues   *values;
} ValuesArg;

static void
collect_value(const char *code, Datum value, bool isnull, void *arg)
{
	GvValues   *values = ((ValuesArg *) arg)->values;
	int			index = known_code(code);

	values->present[index] = true;
	values->blank[index] = isnull;
	if (!isnull)
		values->value[index] = gv_pg_num(value, code);
}

/* The report's generation bits; GV_GEN_NONE when NULL. */
static unsigned
report_generation(HeapTupleHeader report)
{
	bool		isnull;
	Datum		generation = GetAttributeByNum(report, REPORT_GENERATION, &isnull);
	char	   *name;
	unsigned	gen;

	if (isnull)
		return GV_GEN_NONE;
	name = TextDatumGetCString(generation);
	gen = gv_generation_from_name(name);
	if (gen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown template generation \"%s\"", name),
				 errhint("Generations are legacy, local2008, gb2019 and gb2021.")));
	return gen;
}

unsigned
gv_pg_report_values(HeapTupleHeader report, GvArena *arena, GvValues *values)
{
	unsigned	gen = report_generation(report);
	ValuesArg	arg = {values};

	gv_values_init(arena, values);
	visit_stats(report, collect_value, &arg);
	return gen;
}

/* ---------- value ---------- */

typedef struct LookupArg
{
	const char *code;
	bool		found;
	bool		isnull;
	Datum		value;
} LookupArg;

static void
lookup_value(const char *code, Datum value, bool isnull, void *arg)
{
	LookupArg  *lookup = arg;

	if (!lookup->found && strcmp(code, lookup->code) == 0)
	{
		lookup->found = true;
		lookup->isnull = isnull;
		lookup->value = value;
	}
}

PG_FUNCTION_INFO_V1(govinfo_value);
Datum
govinfo_value(PG_FUNCTION_ARGS)
{
	HeapTupleHeader report = PG_GETARG_HEAPTUPLEHEADER(0);
	LookupArg	lookup;

	lookup.code = text_to_cstring(PG_GETARG_TEXT_PP(1));
	lookup.found = false;
	known_code(lookup.code);
	visit_stats(report, lookup_value, &lookup);
	if (!lookup.found || lookup.isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(lookup.value);
}

/* ---------- stats ---------- */

typedef struct StatsArg
{
	ReturnSetInfo *rsinfo;
	bool	   *seen;
	Datum	   *values;
	bool	   *nulls;
} StatsArg;

static void
collect_stat(const char *code, Datum value, bool isnull, void *arg)
{
	StatsArg   *stats = arg;
	int			index = known_code(code);

	if (stats->seen[index])
		return;
	stats->seen[index] = true;
	stats->nulls[index] = isnull;
	stats->values[index] = value;
}

PG_FUNCTION_INFO_V1(govinfo_stats);
Datum
govinfo_stats(PG_FUNCTION_ARGS)
{
	HeapTupleHeader report = PG_GETARG_HEAPTUPLEHEADER(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			count = gv_catalog_count();
	unsigned	generation = report_generation(report);
	StatsArg	arg;
	int			i;

	gv_pg_check_encoding();
	InitMaterializedSRF(fcinfo, 0);
	arg.rsinfo = rsinfo;
	arg.seen = palloc0(sizeof(bool) * count);
	arg.values = palloc0(sizeof(Datum) * count);
	arg.nulls = palloc0(sizeof(bool) * count);
	visit_stats(report, collect_stat, &arg);

	/* in catalog order, whatever order the array is in */
	for (i = 0; i < count; i++)
	{
		const GvCode *code = gv_catalog_at(i);
		Datum		fields[5];
		bool		nulls[5] = {false, false, false, false, arg.nulls[i]};

		if (!arg.seen[i])
			continue;
		fields[0] = CStringGetTextDatum(code->code);
		fields[1] = gv_pg_text(gv_pg_label(i, generation));
		fields[2] = CStringGetTextDatum(code->label_en);
		fields[3] = gv_pg_text(code->unit);
		fields[4] = arg.values[i];
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
	}
	return (Datum) 0;
}

/* ---------- violations ---------- */

/* The report's organ as UTF-8, or NULL. */
static const char *
report_organ(HeapTupleHeader report)
{
	bool		isnull;
	Datum		organ = GetAttributeByNum(report, REPORT_ORGAN, &isnull);
	char	   *server;

	if (isnull)
		return NULL;
	server = TextDatumGetCString(organ);
	return pg_server_to_any(server, (int) strlen(server), PG_UTF8);
}

/* Runs the rules over a report in a private context; returns it. */
static MemoryContext
check_report(HeapTupleHeader report, GvVec *violations)
{
	MemoryContext check_cxt = AllocSetContextCreate(CurrentMemoryContext,
													"govinfo check",
													ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(check_cxt);
	GvArena		arena;
	GvValues	values;
	unsigned	generation;

	gv_pg_check_encoding();
	gv_arena_init(&arena, gv_pg_hooks());
	generation = gv_pg_report_values(report, &arena, &values);
	gv_vec_init(violations, sizeof(GvViolation));
	gv_check(&arena, generation, report_organ(report), &values, violations);
	MemoryContextSwitchTo(old);
	return check_cxt;
}

static Datum
codes_array(const GvViolation *v)
{
	Datum	   *elements = palloc(sizeof(Datum) * (v->ncodes + 1));
	int			i;

	for (i = 0; i < v->ncodes; i++)
		elements[i] = CStringGetTextDatum(gv_catalog_at(v->codes[i])->code);
	return PointerGetDatum(construct_array(elements, v->ncodes, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Emits violations as rows of (rule, severity, codes, lhs, rhs, message). */
static void
put_violations(ReturnSetInfo *rsinfo, const GvVec *violations)
{
	int			i;

	for (i = 0; i < violations->count; i++)
	{
		const GvViolation *v = &GV_VEC_AT(violations, GvViolation, i);
		Datum		fields[6];
		bool		nulls[6] = {false, false, false, !v->has_left, !v->has_right, false};

		fields[0] = CStringGetTextDatum(v->rule);
		fields[1] = CStringGetTextDatum(gv_severity_name(v->severity));
		fields[2] = codes_array(v);
		fields[3] = v->has_left ? gv_pg_numeric(v->left) : (Datum) 0;
		fields[4] = v->has_right ? gv_pg_numeric(v->right) : (Datum) 0;
		fields[5] = gv_pg_text(v->message);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
	}
}

PG_FUNCTION_INFO_V1(govinfo_violations);
Datum
govinfo_violations(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GvVec		violations;
	MemoryContext check_cxt;

	InitMaterializedSRF(fcinfo, 0);
	check_cxt = check_report(PG_GETARG_HEAPTUPLEHEADER(0), &violations);
	put_violations(rsinfo, &violations);
	MemoryContextDelete(check_cxt);
	return (Datum) 0;
}

static int
report_year(HeapTupleHeader report)
{
	bool		isnull;
	Datum		year = GetAttributeByNum(report, REPORT_YEAR, &isnull);

	return isnull ? 0 : DatumGetInt32(year);
}

/*
 * govinfo.year_violations(earlier, later): the soft rules that span two
 * reports of one organ, a year apart.  Which reports belong to one organ is
 * the caller's join; reports that are not a year apart give no rows.
 */
PG_FUNCTION_INFO_V1(govinfo_year_violations);
Datum
govinfo_year_violations(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HeapTupleHeader earlier = PG_GETARG_HEAPTUPLEHEADER(0);
	HeapTupleHeader later = PG_GETARG_HEAPTUPLEHEADER(1);
	MemoryContext check_cxt;
	MemoryContext old;
	GvArena		arena;
	GvValues	earlier_values,
				later_values;
	GvVec		violations;
	unsigned	generation;

	gv_pg_check_encoding();
	InitMaterializedSRF(fcinfo, 0);
	check_cxt = AllocSetContextCreate(CurrentMemoryContext, "govinfo year check", ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(check_cxt);
	gv_arena_init(&arena, gv_pg_hooks());
	gv_pg_report_values(earlier, &arena, &earlier_values);
	generation = gv_pg_report_values(later, &arena, &later_values);
	gv_vec_init(&violations, sizeof(GvViolation));
	gv_check_years(&arena, generation, &earlier_values, report_year(earlier), &later_values,
				   report_year(later), &violations);
	MemoryContextSwitchTo(old);
	put_violations(rsinfo, &violations);
	MemoryContextDelete(check_cxt);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(govinfo_is_consistent);
Datum
govinfo_is_consistent(PG_FUNCTION_ARGS)
{
	GvVec		violations;
	MemoryContext check_cxt = check_report(PG_GETARG_HEAPTUPLEHEADER(0), &violations);
	bool		consistent = true;
	int			i;

	for (i = 0; i < violations.count; i++)
		if (GV_VEC_AT(&violations, GvViolation, i).severity == GV_SEV_ERROR)
			consistent = false;
	MemoryContextDelete(check_cxt);
	PG_RETURN_BOOL(consistent);
}

PG_FUNCTION_INFO_V1(govinfo_assert_consistent);
Datum
govinfo_assert_consistent(PG_FUNCTION_ARGS)
{
	GvVec		violations;
	MemoryContext check_cxt = check_report(PG_GETARG_HEAPTUPLEHEADER(0), &violations);
	StringInfoData detail;
	const GvViolation *first = NULL;
	int			errors = 0;
	int			i;

	initStringInfo(&detail);
	for (i = 0; i < violations.count; i++)
	{
		const GvViolation *v = &GV_VEC_AT(&violations, GvViolation, i);

		if (v->severity != GV_SEV_ERROR)
			continue;
		if (first == NULL)
			first = v;
		appendStringInfo(&detail, "%s%s: %s", errors ? "\n" : "", v->rule,
						 pg_any_to_server(v->message, (int) strlen(v->message), PG_UTF8));
		errors++;
	}
	if (first)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("report violates %s: %s", first->rule,
						pg_any_to_server(first->message, (int) strlen(first->message), PG_UTF8)),
				 errdetail_plural("%d arithmetic rule fails:\n%s",
								  "%d arithmetic rules fail:\n%s", errors, errors, detail.data),
				 errhint("govinfo.violations(report) lists every rule with both sides of the sum.")));
	MemoryContextDelete(check_cxt);
	PG_RETURN_BOOL(true);
}
