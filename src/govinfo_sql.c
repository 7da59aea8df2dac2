/*
 * govinfo_sql.c
 *	  The module, its setting, and the server side of parsing:
 *	  govinfo.parse(text) and govinfo.parse_rows(text).
 */
#include "govinfo_pg.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

PG_MODULE_MAGIC;

int			govinfo_max_input_bytes = 64 * 1024 * 1024;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("govinfo.max_input_bytes",
							"Largest report text govinfo.parse accepts.",
							"Longer input is refused with SQLSTATE 54000 before any parsing.",
							&govinfo_max_input_bytes,
							64 * 1024 * 1024,
							1024,
							MaxAllocSize / 8,
							PGC_USERSET,
							GUC_UNIT_BYTE,
							NULL, NULL, NULL);
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("govinfo");
#endif
}

/* ---------- hooks ---------- */

static void *
pg_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_HUGE);
}

static void
pg_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

const GvHooks *
gv_pg_hooks(void)
{
	/* no release: the caller deletes the memory context */
	static const GvHooks hooks = {pg_alloc, NULL, NULL, pg_interrupts};

	return &hooks;
}

/* ---------- encodings ---------- */

void
gv_pg_check_encoding(void)
{
	int			encoding = GetDatabaseEncoding();

	switch (encoding)
	{
		case PG_UTF8:
		case PG_EUC_CN:
		case PG_EUC_TW:
		case PG_MULE_INTERNAL:
		case PG_SQL_ASCII:
			return;
	}
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("govinfo needs a database encoding that can hold Chinese text"),
			 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
			 errhint("Create the database with ENCODING 'UTF8' (EUC_CN and EUC_TW also work).")));
}

void
gv_pg_check_input_size(size_t size)
{
	if (size > (size_t) govinfo_max_input_bytes)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("report text is too large: %zu bytes", size),
				 errdetail("govinfo.max_input_bytes is %d bytes.", govinfo_max_input_bytes),
				 errhint("Raise govinfo.max_input_bytes if the text really is one report.")));
}

char *
gv_pg_input_utf8(text *input, size_t *len)
{
	char	   *data = VARDATA_ANY(input);
	size_t		size = VARSIZE_ANY_EXHDR(input);
	char	   *utf8;
	size_t		bad;

	gv_pg_check_encoding();
	gv_pg_check_input_size(size);

	if (GetDatabaseEncoding() == PG_SQL_ASCII)
	{
		/* SQL_ASCII stores any bytes: they must be UTF-8 to be read */
		if (!gv_utf8_valid(data, size, &bad))
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("report text is not valid UTF-8 at byte offset %zu", bad),
					 errhint("Convert the text to UTF-8 first, e.g. with convert_from(bytes, 'GB18030').")));
		utf8 = data;
	}
	else
	{
		utf8 = (char *) pg_server_to_any(data, (int) size, PG_UTF8);
		if (utf8 != data)
			size = strlen(utf8);
	}
	*len = size;
	return utf8;
}

Datum
gv_pg_text(const char *utf8)
{
	char	   *server;

	if (utf8 == NULL)
		return (Datum) 0;
	server = pg_any_to_server(utf8, (int) strlen(utf8), PG_UTF8);
	return PointerGetDatum(cstring_to_text(server));
}

/* ---------- numbers ---------- */

Datum
gv_pg_numeric(GvNum n)
{
	char		buf[48];

	gv_num_format(n, buf, sizeof(buf));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

GvNum
gv_pg_num(Datum numeric, const char *code)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, numeric));
	GvNum		n;

	if (gv_num_parse(s, strlen(s), &n) != GV_NUM_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value %s of statistic %s is out of range", s, code),
				 errdetail("Statistics are below %lld in magnitude with at most six decimals.",
						   (long long) GV_NUM_LIMIT)));
	return n;
}

void
gv_pg_parse_error(const GvError *error)
{
	switch (error->status)
	{
		case GV_ERR_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value at line %d is out of range for a statistic", error->line),
					 errdetail("Line %d: \"%s\".", error->line,
							   pg_any_to_server(error->excerpt, (int) strlen(error->excerpt), PG_UTF8)),
					 errhint("Counts and amounts must be below %lld.", (long long) GV_NUM_LIMIT)));
			break;
		case GV_ERR_ENCODING:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("report text is not valid UTF-8 at byte offset %zu", error->offset)));
			break;
		case GV_OK:
			break;
	}
	elog(ERROR, "govinfo: unexpected parse status %d", (int) error->status);
}

/* ---------- building govinfo.report ---------- */

/* Row types of the report and its array fields, cached per call site. */
typedef struct ReportTypes
{
	TupleDesc	report;
	TupleDesc	stat;
	TupleDesc	unknown_row;
	TupleDesc	note;
	TupleDesc	table;
	Oid			stat_type;
	Oid			unknown_row_type;
	Oid			note_type;
	Oid			table_type;
} ReportTypes;

static TupleDesc
element_desc(TupleDesc report, int attno, Oid *element_type)
{
	Oid			array_type = TupleDescAttr(report, attno - 1)->atttypid;

	*element_type = get_element_type(array_type);
	if (!OidIsValid(*element_type))
		elog(ERROR, "govinfo.report attribute %d is not an array", attno);
	return BlessTupleDesc(lookup_rowtype_tupdesc_copy(*element_type, -1));
}

static ReportTypes *
report_types(FunctionCallInfo fcinfo)
{
	ReportTypes *types = fcinfo->flinfo->fn_extra;

	if (types == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	desc;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "govinfo.parse must return a composite type");
		types = palloc0(sizeof(ReportTypes));
		types->report = BlessTupleDesc(CreateTupleDescCopy(desc));
		if (types->report->natts != REPORT_NATTS)
			elog(ERROR, "govinfo.report has %d attributes, expected %d",
				 types->report->natts, REPORT_NATTS);
		types->stat = element_desc(types->report, REPORT_STATS, &types->stat_type);
		types->unknown_row = element_desc(types->report, REPORT_UNKNOWN_ROWS, &types->unknown_row_type);
		types->note = element_desc(types->report, REPORT_NOTES, &types->note_type);
		types->table = element_desc(types->report, REPORT_TABLES, &types->table_type);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = types;
	}
	return types;
}

static Datum
record_array(Datum *elements, int count, Oid element_type)
{
	int16		typlen;
	bool		typbyval;
	char		typalign;

	get_typlenbyvalalign(element_type, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(elements, count, element_type,
										   typlen, typbyval, typalign));
}

static Datum
stats_array(const ReportTypes *types, const GvReport *report)
{
	const GvValues *values = &report->values;
	Datum	   *elements = palloc(sizeof(Datum) * (values->count + 1));
	int			count = 0;
	int			i;

	for (i = 0; i < values->count; i++)
	{
		Datum		fields[2];
		bool		nulls[2] = {false, values->blank[i]};

		if (!values->present[i])
			continue;
		fields[0] = CStringGetTextDatum(gv_catalog_at(i)->code);
		fields[1] = values->blank[i] ? (Datum) 0 : gv_pg_numeric(values->value[i]);
		elements[count++] = HeapTupleGetDatum(heap_form_tuple(types->stat, fields, nulls));
	}
	return record_array(elements, count, types->stat_type);
}

static Datum
numeric_array(const GvNum *values, const bool *blanks, int count)
{
	Datum	   *elements = palloc(sizeof(Datum) * (count + 1));
	bool	   *nulls = palloc(sizeof(bool) * (count + 1));
	int			dims[1] = {count};
	int			lbs[1] = {1};
	int			i;

	for (i = 0; i < count; i++)
	{
		nulls[i] = blanks[i];
		elements[i] = blanks[i] ? (Datum) 0 : gv_pg_numeric(values[i]);
	}
	return PointerGetDatum(construct_md_array(elements, nulls, 1, dims, lbs,
											  NUMERICOID, -1, false, TYPALIGN_INT));
}

static Datum
unknown_rows_array(const ReportTypes *types, const GvReport *report)
{
	int			count = report->unknown_rows.count;
	Datum	   *elements = palloc(sizeof(Datum) * (count + 1));
	int			i;

	for (i = 0; i < count; i++)
	{
		const GvUnknownRow *row = &GV_VEC_AT(&report->unknown_rows, GvUnknownRow, i);
		Datum		fields[5];
		bool		nulls[5] = {false, row->section == NULL, row->label == NULL,
		row->unit == NULL, false};

		fields[0] = Int32GetDatum(row->line);
		fields[1] = gv_pg_text(row->section);
		fields[2] = gv_pg_text(row->label);
		fields[3] = gv_pg_text(row->unit);
		fields[4] = numeric_array(row->values, row->blanks, row->nvalues);
		elements[i] = HeapTupleGetDatum(heap_form_tuple(types->unknown_row, fields, nulls));
	}
	return record_array(elements, count, types->unknown_row_type);
}

static Datum
notes_array(const ReportTypes *types, const GvReport *report)
{
	int			count = report->notes.count;
	Datum	   *elements = palloc(sizeof(Datum) * (count + 1));
	int			i;

	for (i = 0; i < count; i++)
	{
		const GvNote *note = &GV_VEC_AT(&report->notes, GvNote, i);
		Datum		fields[4];
		bool		nulls[4] = {note->line == 0, false, note->code < 0, false};

		fields[0] = Int32GetDatum(note->line);
		fields[1] = CStringGetTextDatum(gv_note_kind_name(note->kind));
		fields[2] = note->code < 0 ? (Datum) 0 : CStringGetTextDatum(gv_catalog_at(note->code)->code);
		fields[3] = gv_pg_text(note->message);
		elements[i] = HeapTupleGetDatum(heap_form_tuple(types->note, fields, nulls));
	}
	return record_array(elements, count, types->note_type);
}

static Datum
tables_array(const ReportTypes *types, const GvReport *report)
{
	int			count = report->tables.count;
	Datum	   *elements = palloc(sizeof(Datum) * (count + 1));
	int			i;

	for (i = 0; i < count; i++)
	{
		const GvTableInfo *table = &GV_VEC_AT(&report->tables, GvTableInfo, i);
		const char *generation = gv_generation_name(table->generation);
		Datum		fields[4];
		bool		nulls[4] = {false, generation == NULL, false, false};

		fields[0] = gv_pg_text(table->name);
		fields[1] = generation ? CStringGetTextDatum(generation) : (Datum) 0;
		fields[2] = Int32GetDatum(table->first_line);
		fields[3] = Int32GetDatum(table->last_line);
		elements[i] = HeapTupleGetDatum(heap_form_tuple(types->table, fields, nulls));
	}
	return record_array(elements, count, types->table_type);
}

static Datum
report_datum(const ReportTypes *types, const GvReport *report)
{
	Datum		fields[REPORT_NATTS];
	bool		nulls[REPORT_NATTS];
	const char *generation = gv_generation_name(report->generation);

	memset(nulls, 0, sizeof(nulls));
	fields[REPORT_ORGAN - 1] = gv_pg_text(report->organ);
	nulls[REPORT_ORGAN - 1] = report->organ == NULL;
	fields[REPORT_YEAR - 1] = Int32GetDatum(report->year);
	nulls[REPORT_YEAR - 1] = report->year == 0;
	fields[REPORT_GENERATION - 1] = generation ? CStringGetTextDatum(generation) : (Datum) 0;
	nulls[REPORT_GENERATION - 1] = generation == NULL;
	fields[REPORT_TITLE - 1] = gv_pg_text(report->title);
	nulls[REPORT_TITLE - 1] = report->title == NULL;
	nulls[REPORT_PUBLISHED - 1] = report->published == NULL;
	if (report->published)
		fields[REPORT_PUBLISHED - 1] = DirectFunctionCall1(date_in, CStringGetDatum(report->published));
	fields[REPORT_INDEX_NO - 1] = gv_pg_text(report->index_no);
	nulls[REPORT_INDEX_NO - 1] = report->index_no == NULL;
	fields[REPORT_PUBLISHER - 1] = gv_pg_text(report->publisher);
	nulls[REPORT_PUBLISHER - 1] = report->publisher == NULL;
	fields[REPORT_STATS - 1] = stats_array(types, report);
	fields[REPORT_UNKNOWN_ROWS - 1] = unknown_rows_array(types, report);
	fields[REPORT_NOTES - 1] = notes_array(types, report);
	fields[REPORT_TABLES - 1] = tables_array(types, report);
	return HeapTupleGetDatum(heap_form_tuple(types->report, fields, nulls));
}

/*
 * Parses in a private memory context: the parser's many small pieces go
 * with it at once.  The caller's context receives only the result.
 */
static MemoryContext
parse_input(text *input, GvArena *arena, GvReport *report)
{
	MemoryContext parse_cxt = AllocSetContextCreate(CurrentMemoryContext,
													"govinfo parse",
													ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(parse_cxt);
	size_t		len;
	char	   *utf8 = gv_pg_input_utf8(input, &len);
	GvError		error;

	gv_arena_init(arena, gv_pg_hooks());
	if (gv_parse(arena, utf8, len, report, &error) != GV_OK)
		gv_pg_parse_error(&error);
	MemoryContextSwitchTo(old);
	return parse_cxt;
}

/* A note the caller adds, first among the notes: how the input was decoded. */
static void
add_first_note(GvArena *arena, GvReport *report, const char *message)
{
	GvVec	   *notes = &report->notes;
	GvNote	   *first;

	gv_vec_push(arena, notes);
	first = &GV_VEC_AT(notes, GvNote, 0);
	memmove(first + 1, first, sizeof(GvNote) * (notes->count - 1));
	first->line = 0;
	first->kind = GV_NOTE_ENCODING;
	first->code = -1;
	first->message = message;
}

Datum
gv_pg_parse_utf8(FunctionCallInfo fcinfo, const char *utf8, size_t len, const char *extra_note)
{
	ReportTypes *types = report_types(fcinfo);
	MemoryContext parse_cxt = AllocSetContextCreate(CurrentMemoryContext,
													"govinfo parse",
													ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(parse_cxt);
	GvArena		arena;
	GvReport	report;
	GvError		error;
	Datum		result;

	gv_arena_init(&arena, gv_pg_hooks());
	if (gv_parse(&arena, utf8, len, &report, &error) != GV_OK)
		gv_pg_parse_error(&error);
	if (extra_note)
		add_first_note(&arena, &report, extra_note);
	MemoryContextSwitchTo(old);
	result = report_datum(types, &report);
	MemoryContextDelete(parse_cxt);
	return result;
}

PG_FUNCTION_INFO_V1(govinfo_parse);
Datum
govinfo_parse(PG_FUNCTION_ARGS)
{
	ReportTypes *types = report_types(fcinfo);
	GvArena		arena;
	GvReport	report;
	MemoryContext parse_cxt = parse_input(PG_GETARG_TEXT_PP(0), &arena, &report);
	Datum		result = report_datum(types, &report);

	MemoryContextDelete(parse_cxt);
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(govinfo_parse_rows);
Datum
govinfo_parse_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GvArena		arena;
	GvReport	report;
	MemoryContext parse_cxt;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	parse_cxt = parse_input(PG_GETARG_TEXT_PP(0), &arena, &report);
	for (i = 0; i < report.cells.count; i++)
	{
		const GvCellOut *cell = &GV_VEC_AT(&report.cells, GvCellOut, i);
		Datum		fields[6];
		bool		nulls[6] = {false, cell->section == NULL, cell->label == NULL,
		cell->unit == NULL, cell->code < 0, cell->blank};

		fields[0] = Int32GetDatum(cell->line);
		fields[1] = gv_pg_text(cell->section);
		fields[2] = gv_pg_text(cell->label);
		fields[3] = gv_pg_text(cell->unit);
		fields[4] = cell->code < 0 ? (Datum) 0 : CStringGetTextDatum(gv_catalog_at(cell->code)->code);
		fields[5] = cell->blank ? (Datum) 0 : gv_pg_numeric(cell->value);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, fields, nulls);
	}
	MemoryContextDelete(parse_cxt);
	return (Datum) 0;
}
