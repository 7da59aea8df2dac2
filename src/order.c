/*
 * order.c
 *	  Rows placed by where they were printed rather than by their labels:
 *	  the template's row order (表三's, or a single table's) places rows
 *	  whose label is lost, garbled or fits several rows, and in reading-order
 *	  text value groups printed before their labels go to the labels met
 *	  later.  values.c records the rows as events in text order while it
 *	  reads them; gv_place_by_order settles them at the end.
 */
#include "placement.h"

#include <string.h>

/* Subtotal rows some reports add: not part of the template's row order. */
static bool
is_subtotal_row(const GvRowDef *def, unsigned generation)
{
	return strcmp(def->key, "apply.denied") == 0 || strcmp(def->key, "apply.unable") == 0 ||
		strcmp(def->key, "apply.refused") == 0 ||
		(strcmp(def->key, "apply.other") == 0 && generation == GV_GEN_GB2021);
}

static void
build_template(ParseState *st)
{
	int			r;

	if (st->template_rows)
		return;
	st->template_rows = gv_alloc(st->arena, sizeof(int) * gv_row_count());
	for (r = 0; r < gv_row_count(); r++)
	{
		const GvRowDef *def = gv_row_at(r);

		bool		in_template;

		if (st->det.family == GB_GENERATIONS)
			in_template = (def->generations & st->det.table3) && strncmp(def->section, "apply", 5) == 0 &&
				!is_subtotal_row(def, st->det.table3);
		else
			in_template = (def->generations & st->det.family) != 0;
		if (in_template)
			st->template_rows[st->ntemplate_rows++] = r;
	}
}

int
gv_template_position(ParseState *st, int def)
{
	int			i;

	build_template(st);
	for (i = 0; i < st->ntemplate_rows; i++)
		if (st->template_rows[i] == def)
			return i;
	return -1;
}

void
gv_push_event(ParseState *st, int position, const GvRow *row)
{
	OrderEvent *event = gv_vec_push(st->arena, &st->order_events);

	event->position = position;
	event->row = row;
	event->heading = st->heading;
	event->heading_row = NULL;
	event->fits = NULL;
	event->taken = false;
}

/*
 * Text in reading order prints several rows' values after one label and
 * the labels of the others later (3.网络申请数 件 35 件 0 件 39 … 4.信函申请数
 * (二)申请办结数).  Each value group after the first is a row of its own,
 * placed by the template's row order; a label met without values is one
 * such row, and blank only if no group is left for it.
 */
GvRow *
gv_value_group(ParseState *st, const GvRow *row, int first, int count)
{
	GvRow	   *group = gv_alloc(st->arena, sizeof(GvRow));

	group->line = row->line;
	group->value_line = row->value_line;
	group->nvalues = count;
	group->values = (GvCell **) row->values + first;
	return group;
}

static const char *
position_label(const ParseState *st, int position)
{
	if (position < 0)
		return "the start of 表三";
	if (position >= st->ntemplate_rows)
		return "the end of 表三";
	return gv_row_at(st->template_rows[position])->label_zh;
}

static bool
match_has(const GvMatch *m, int def)
{
	int			i;

	for (i = 0; i < m->ncandidates; i++)
		if (m->candidates[i] == def)
			return true;
	return false;
}

void
gv_note_ambiguous_label(ParseState *st, const GvRow *row, const GvMatch *m)
{
	GvBuf		msg;
	int			i;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "label %s fits", row->label);
	for (i = 0; i < m->ncandidates; i++)
		gv_buf_printf(st->arena, &msg, "%s %s", i ? "," : "", gv_row_at(m->candidates[i])->key);
	gv_buf_appends(st->arena, &msg, "; its values are not read as any of them");
	gv_add_note(st, row->line, GV_NOTE_AMBIGUOUS, -1, &msg);
}

/*
 * A label with values that fits rows of several sections (（二）被依法纠错数
 * under 行政复议 and 行政诉讼) when the section is not known, as in reading
 * order where the section heading is printed later: it waits for the
 * template's row order to say which of them lies where it was printed.
 */
bool
gv_place_ambiguous(ParseState *st, const GvRow *row, const GvMatch *m)
{
	GvMatch    *fits;
	bool		placeable;
	int			i;

	row = gv_unglue(st, row);
	placeable = gv_row_has_number(row);
	for (i = 0; placeable && i < m->ncandidates; i++)
		placeable = gv_template_position(st, m->candidates[i]) >= 0;
	if (!placeable)
	{
		gv_note_ambiguous_label(st, row, m);
		return gv_place_unmatched(st, row);
	}
	fits = gv_alloc(st->arena, sizeof(GvMatch));
	*fits = *m;
	gv_push_event(st, -1, row);
	GV_VEC_AT(&st->order_events, OrderEvent, st->order_events.count - 1).fits = fits;
	return true;
}

/* Places a run of unplaced rows between two template positions, or keeps them. */
static bool
place_run(ParseState *st, const OrderEvent *run, int count, int before, int after,
		  bool *placed)
{
	int			missing[64];
	int			nmissing = 0;
	int			k;
	int			i;

	bool		fit;

	for (k = before + 1; k < after && nmissing < 64; k++)
		if (!placed[k])
			missing[nmissing++] = k;
	/* a label that fits several rows must fit the one its place gives it */
	fit = nmissing == count;
	for (i = 0; fit && i < count; i++)
		if (run[i].fits && !match_has(run[i].fits, st->template_rows[missing[i]]))
			fit = false;
	for (i = 0; i < count; i++)
	{
		const GvRow *row = run[i].row;
		const GvCell *cells[16];
		int			n = gv_value_cells(row, cells, 16);
		GvBuf		msg;
		const char *saved = st->heading;

		st->heading = run[i].heading;
		gv_buf_init(&msg);
		if (!fit && run[i].fits)
		{
			gv_note_ambiguous_label(st, row, run[i].fits);
			if (!gv_keep_unknown_row(st, row))
				return false;
		}
		else if (!fit)
		{
			gv_buf_printf(st->arena, &msg,
						  "%d rows without a known label between %s and %s, where %d template rows are missing: not placed",
						  count, position_label(st, before), position_label(st, after), nmissing);
			gv_add_note(st, gv_row_line(row), GV_NOTE_AMBIGUOUS, -1, &msg);
			if (!gv_keep_unknown_row(st, row))
				return false;
		}
		else
		{
			int			def = st->template_rows[missing[i]];

			gv_buf_printf(st->arena, &msg, "row %s read as %s (%s) by its place between %s and %s",
						  row->label ? row->label : "without a label", gv_row_at(def)->label_zh,
						  gv_row_at(def)->key, position_label(st, before), position_label(st, after));
			gv_add_note(st, gv_row_line(row), GV_NOTE_POSITION, gv_row_code(def, 0), &msg);
			placed[missing[i]] = true;
			if (!gv_read_columns(st, row, def, cells, n))
				return false;
		}
		st->heading = saved;
	}
	return true;
}

/* A group of values printed without its label. */
static bool
is_group(const OrderEvent *event)
{
	return event->position < 0 && event->fits == NULL && !event->label_only && !event->taken;
}

/* A group of values as a row of its own under another row's label. */
static GvRow *
under_label(ParseState *st, const GvRow *group, const GvRow *label)
{
	GvRow	   *row = gv_alloc(st->arena, sizeof(GvRow));

	*row = *group;
	row->label = label->label;
	row->folded = label->folded;
	row->line = label->line;
	row->value_line = gv_row_line(group);
	return row;
}

/* Keeps a group under a label the catalog does not know. */
static bool
keep_under_label(ParseState *st, OrderEvent *group, const GvRow *label)
{
	GvBuf		msg;

	gv_buf_init(&msg);
	gv_buf_printf(st->arena, &msg, "values printed before their label kept under %s, the label met next without values",
				  label->label);
	gv_add_note(st, gv_row_line(group->row), GV_NOTE_POSITION, -1, &msg);
	group->taken = true;
	return gv_keep_unknown_row(st, under_label(st, group->row, label));
}

/* Gives the groups of events [from, to) to its waiting labels, in order. */
static bool
pair_span(ParseState *st, OrderEvent *events, int from, int to, bool *waiting, bool *placed)
{
	int			g,
				l = from;

	for (g = from; g < to; g++)
	{
		const GvRow *row = events[g].row;
		const GvCell *cells[16];
		int			n;
		int			def;
		GvBuf		msg;

		if (!is_group(&events[g]))
			continue;
		while (!waiting[l])
			l++;
		waiting[l] = false;
		if (events[l].position < 0)
		{
			if (!keep_under_label(st, &events[g], events[l++].row))
				return false;
			continue;
		}
		def = st->template_rows[events[l].position];
		n = gv_value_cells(row, cells, 16);
		gv_buf_init(&msg);
		gv_buf_printf(st->arena, &msg, "values printed before their label read as %s (%s), the label met next without values",
					  gv_row_at(def)->label_zh, gv_row_at(def)->key);
		gv_add_note(st, gv_row_line(row), GV_NOTE_POSITION, gv_row_code(def, 0), &msg);
		if (!gv_read_columns(st, row, def, cells, n > 16 ? 16 : n))
			return false;
		placed[events[l].position] = true;
		/* the label stays label_only: where it was printed places nothing */
		events[g].position = events[l].position;
		l++;
	}
	return true;
}

/* Do the events [from, to) hold as many groups as waiting labels, and some? */
static bool
groups_match_labels(const OrderEvent *events, int from, int to, const bool *waiting)
{
	int			groups = 0,
				labels = 0,
				i;

	for (i = from; i < to; i++)
	{
		groups += is_group(&events[i]);
		labels += waiting[i];
	}
	return groups > 0 && groups == labels;
}

/*
 * Value groups printed before their labels go, in order, to the labels met
 * without values: across the table when there are as many of each, else in
 * each stretch that opens with a group and closes where the labels met
 * since equal the groups (a label met with no group open waits for none).
 */
static bool
pair_in_text_order(ParseState *st, OrderEvent *events, int count, bool *placed)
{
	bool	   *waiting = gv_alloc(st->arena, sizeof(bool) * count);
	int			open = 0,
				from = 0,
				i;

	/* a label printed again later with its values waits for none */
	for (i = 0; i < count; i++)
		waiting[i] = events[i].label_only && (events[i].position < 0 || !placed[events[i].position]);
	if (groups_match_labels(events, 0, count, waiting))
		return pair_span(st, events, 0, count, waiting, placed);
	for (i = 0; i < count; i++)
	{
		if (is_group(&events[i]))
		{
			if (open++ == 0)
				from = i;
		}
		else if (waiting[i] && open == 0)
			waiting[i] = false;
		else if (waiting[i] && --open == 0 &&
				 !pair_span(st, events, from, i + 1, waiting, placed))
			return false;
	}
	return true;
}

/*
 * A group of a heading's values that no label took: the heading row as
 * printed, once, when none of its groups went anywhere; else the group alone
 * under the heading's label.  A heading's groups are consecutive events.
 */
static bool
keep_heading_group(ParseState *st, const OrderEvent *events, int count, int i)
{
	const GvRow *heading = events[i].heading_row;
	int			first = i,
				last = i,
				k;
	bool		any_placed = false;

	while (first > 0 && events[first - 1].heading_row == heading)
		first--;
	while (last + 1 < count && events[last + 1].heading_row == heading)
		last++;
	for (k = first; k <= last; k++)
		any_placed |= events[k].position >= 0 || events[k].taken;
	if (!any_placed)
		return i == first ? gv_keep_unknown_row(st, heading) : true;
	return gv_keep_unknown_row(st, under_label(st, events[i].row, heading));
}

/* A label met without values, whose values no group supplied: blank. */
static bool
store_label_only(ParseState *st, const OrderEvent *event)
{
	int			def = st->template_rows[event->position];
	int			c;

	for (c = 0; c < gv_row_columns(def)->printed; c++)
		if (!gv_store_cell(st, event->row, gv_row_code(def, c), NULL, gv_row_line(event->row)))
			return false;
	return true;
}

bool
gv_place_by_order(ParseState *st)
{
	int			count = st->order_events.count;
	OrderEvent *events = st->order_events.items;
	bool	   *placed;
	int			before = -1;
	int			i;

	if (count == 0)
		return true;
	build_template(st);
	placed = gv_alloc(st->arena, sizeof(bool) * (st->ntemplate_rows + 1));
	for (i = 0; i < count; i++)
		if (events[i].position >= 0 && !events[i].label_only)
			placed[events[i].position] = true;

	/* the single tables have no fixed row order across provinces */
	if (st->det.family != GB_GENERATIONS && !pair_in_text_order(st, events, count, placed))
		return false;

	/* runs of unplaced rows between rows placed by their labels */
	i = 0;
	while (i < count)
	{
		OrderEvent	run[64];
		int			nrun = 0;
		int			after;

		if (events[i].label_only || events[i].taken)
		{
			i++;
			continue;
		}
		if (events[i].position >= 0)
		{
			before = events[i].position;
			i++;
			continue;
		}
		while (i < count && (events[i].position < 0 || events[i].label_only))
		{
			const GvRow *heading_row = events[i].heading_row;

			if (heading_row && !events[i].taken && !keep_heading_group(st, events, count, i))
				return false;
			if (!events[i].label_only && !events[i].taken && !heading_row && nrun < 64)
				run[nrun++] = events[i];
			i++;
		}
		after = i < count ? events[i].position : st->ntemplate_rows;
		if (!place_run(st, run, nrun, before, after, placed))
			return false;
	}

	for (i = 0; i < count; i++)
		if (events[i].label_only && events[i].position >= 0 && !placed[events[i].position])
		{
			placed[events[i].position] = true;
			if (!store_label_only(st, &events[i]))
				return false;
		}
	return true;
}
