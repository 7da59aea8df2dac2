/*
 * rules.c
 *	  The templates' arithmetic rules, as data, and the checker.
 *
 * A rule reads cells by canonical code.  When none of its cells is in the
 * report it does not apply; when some are missing or blank it is
 * incomplete (never passed, never failed); otherwise it passes or fails
 * with a message that names the cells by their Chinese labels and prints
 * both sides.
 */
#include "govinfo.h"

#include <string.h>

typedef enum RuleKind
{
	RULE_SUM,					/* left = sum(right) */
	RULE_SUM_AT_MOST,			/* sum(right) <= left; a shortfall of the
								 * parts is a warning, an excess an error */
	RULE_AT_MOST,				/* left <= right */
	RULE_CHANNELS				/* max(right) <= left <= sum(right) */
} RuleKind;

typedef struct RuleDef
{
	const char *id;
	unsigned	generations;
	GvSeverity	severity;
	RuleKind	kind;
	const char *left;
	const char *right;			/* space-separated codes */
	const char *description;
} RuleDef;

#define L GV_GEN_LEGACY

static const RuleDef rules[] = {
	{"apply.received.sum", L, GV_SEV_ERROR, RULE_SUM, "apply.received",
		"apply.received.in_person apply.received.fax apply.received.online apply.received.mail",
	"applications received = in person + fax + online + letter"},
	{"apply.closed.sum", L, GV_SEV_ERROR, RULE_SUM, "apply.closed",
		"apply.closed.on_time apply.closed.extended",
	"applications closed = closed on time + closed after an extension"},
	{"apply.answered.sum", L, GV_SEV_ERROR, RULE_SUM, "apply.answered",
		"apply.answered.already_public apply.answered.granted apply.answered.partial "
		"apply.answered.denied apply.answered.not_this_organ apply.answered.not_exist "
		"apply.answered.amend apply.answered.other_route",
	"applications answered = the eight numbered kinds of answer"},
	{"apply.denied.sum", L, GV_SEV_ERROR, RULE_SUM_AT_MOST, "apply.answered.denied",
		"apply.denied.state_secret apply.denied.commercial_secret apply.denied.privacy "
		"apply.denied.security apply.denied.not_gov_info apply.denied.other_law",
	"denials >= the six reasons (more reasons than denials is an error, fewer a warning)"},
	{"review.sum", L, GV_SEV_ERROR, RULE_SUM, "review.total",
		"review.upheld review.corrected review.other",
	"administrative reviews = upheld + corrected + other"},
	{"litigation.sum", L, GV_SEV_ERROR, RULE_SUM, "litigation.total",
		"litigation.upheld litigation.corrected litigation.other",
	"administrative lawsuits = upheld + corrected + other"},
	{"org.staff.sum", L, GV_SEV_ERROR, RULE_SUM, "org.staff",
		"org.staff.full_time org.staff.part_time",
	"disclosure staff = full-time + part-time"},
	{"proactive.normative_le_total", L, GV_SEV_ERROR, RULE_AT_MOST, "proactive.normative",
		"proactive.total",
	"normative documents disclosed <= all information disclosed"},
	{"response.press_by_head_le", L, GV_SEV_ERROR, RULE_AT_MOST, "response.press_by_head",
		"response.press",
	"press conferences attended by the head <= all press conferences"},
	{"response.interviews_by_head_le", L, GV_SEV_ERROR, RULE_AT_MOST, "response.interviews_by_head",
		"response.interviews",
	"online interviews given by the head <= all online interviews"},
	{"proactive.channels", L, GV_SEV_WARNING, RULE_CHANNELS, "proactive.total",
		"proactive.gazette proactive.website proactive.weibo proactive.wechat proactive.other",
	"largest channel <= information disclosed <= sum of the channels (one item on two channels counts once)"},
	{"response.total_sum", L, GV_SEV_WARNING, RULE_SUM, "response.total",
		"response.press response.interviews response.interpretations response.social_media response.other",
	"responses through all channels = the five kinds of response"},
	{"apply.answered_eq_closed", L, GV_SEV_WARNING, RULE_SUM, "apply.answered",
		"apply.closed",
	"applications answered = applications closed"},
};

#undef L

#define NRULES ((int) (sizeof(rules) / sizeof(rules[0])))

static const char domain_description[] =
	"counts are whole numbers >= 0; amounts in 万元 are >= 0; changes may be negative";

const char *
gv_severity_name(GvSeverity severity)
{
	switch (severity)
	{
		case GV_SEV_ERROR:
			return "error";
		case GV_SEV_WARNING:
			return "warning";
		case GV_SEV_INCOMPLETE:
			return "incomplete";
	}
	return NULL;
}

/* Rule 0 is domain; the table's rules follow. */
int
gv_rule_count(void)
{
	return NRULES + 1;
}

GvRuleInfo
gv_rule_info(int index)
{
	GvRuleInfo	info;

	if (index == 0)
	{
		int			i;

		/* domain reads every cell: it holds in each generation the catalog has */
		info.id = "domain";
		info.generations = 0;
		for (i = 0; i < gv_catalog_count(); i++)
			info.generations |= gv_catalog_at(i)->generations;
		info.severity = GV_SEV_ERROR;
		info.description = domain_description;
		return info;
	}
	info.id = rules[index - 1].id;
	info.generations = rules[index - 1].generations;
	info.severity = rules[index - 1].severity;
	info.description = rules[index - 1].description;
	return info;
}

void
gv_values_init(GvArena *arena, GvValues *values)
{
	values->count = gv_catalog_count();
	values->present = gv_alloc(arena, sizeof(bool) * values->count);
	values->blank = gv_alloc(arena, sizeof(bool) * values->count);
	values->value = gv_alloc(arena, sizeof(GvNum) * values->count);
}

/* Splits a space-separated code list into catalog indexes. */
static int
resolve_codes(const char *list, int *out, int max)
{
	int			n = 0;
	const char *p = list;

	while (*p && n < max)
	{
		char		code[96];
		size_t		len = strcspn(p, " ");

		if (len >= sizeof(code))
			len = sizeof(code) - 1;
		memcpy(code, p, len);
		code[len] = '\0';
		out[n++] = gv_catalog_find(code);
		p += len;
		while (*p == ' ')
			p++;
	}
	return n;
}

static const char *
label_of(int code)
{
	return gv_catalog_at(code)->label_zh;
}

static void
append_num(GvArena *arena, GvBuf *buf, GvNum n)
{
	char		text[48];

	gv_num_format(n, text, sizeof(text));
	gv_buf_appends(arena, buf, text);
}

static void
append_labels(GvArena *arena, GvBuf *buf, const int *codes, int n, const char *sep)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		if (i)
			gv_buf_appends(arena, buf, sep);
		gv_buf_appends(arena, buf, label_of(codes[i]));
	}
}

static GvViolation *
add_violation(GvArena *arena, GvVec *out, const char *rule, GvSeverity severity,
			  const int *codes, int ncodes)
{
	GvViolation *v = gv_vec_push(arena, out);

	v->rule = rule;
	v->severity = severity;
	v->ncodes = ncodes;
	v->codes = gv_alloc(arena, sizeof(int) * (ncodes > 0 ? ncodes : 1));
	memcpy(v->codes, codes, sizeof(int) * ncodes);
	return v;
}

/* Reports a rule with missing or blank operands; true if it was one. */
static bool
check_incomplete(GvArena *arena, const RuleDef *rule, const GvValues *values,
				 const int *codes, int ncodes, GvVec *out)
{
	int			missing = 0,
				present = 0;
	int			i;
	GvBuf		msg;
	GvViolation *v;

	for (i = 0; i < ncodes; i++)
	{
		if (values->present[codes[i]])
			present++;
		if (!values->present[codes[i]] || values->blank[codes[i]])
			missing++;
	}
	if (missing == 0)
		return false;
	if (present == 0)
		return true;			/* the table has none of these cells: not applicable */

	gv_buf_init(&msg);
	gv_buf_appends(arena, &msg, label_of(codes[0]));
	gv_buf_appends(arena, &msg, rule->kind == RULE_AT_MOST ? " ≤ " : " = ");
	append_labels(arena, &msg, codes + 1, ncodes - 1, " + ");
	gv_buf_appends(arena, &msg, " cannot be checked:");
	for (i = 0; i < ncodes; i++)
	{
		if (values->present[codes[i]] && !values->blank[codes[i]])
			continue;
		gv_buf_printf(arena, &msg, " %s %s;", label_of(codes[i]),
					  values->present[codes[i]] ? "blank" : "absent");
	}
	msg.data[--msg.len] = '\0';	/* drop the last ';' */
	v = add_violation(arena, out, rule->id, GV_SEV_INCOMPLETE, codes, ncodes);
	if (values->present[codes[0]] && !values->blank[codes[0]])
	{
		v->has_left = true;
		v->left = values->value[codes[0]];
	}
	v->message = gv_buf_cstring(arena, &msg);
	return true;
}

static void
check_rule(GvArena *arena, const RuleDef *rule, const GvValues *values, GvVec *out)
{
	int			codes[32];
	int			ncodes;
	int			i;
	GvNum		left,
				sum = {0},
				max = {0};
	const char *relation = NULL;
	GvSeverity	severity = rule->severity;
	bool		show_max = false;
	GvBuf		msg;
	GvViolation *v;

	codes[0] = gv_catalog_find(rule->left);
	ncodes = 1 + resolve_codes(rule->right, codes + 1, 31);
	for (i = 0; i < ncodes; i++)
		if (codes[i] < 0)
			return;				/* a code missing from the catalog: tested in unit tests */
	if (check_incomplete(arena, rule, values, codes, ncodes, out))
		return;

	left = values->value[codes[0]];
	for (i = 1; i < ncodes; i++)
	{
		GvNum		x = values->value[codes[i]];

		sum.micro += x.micro;
		if (i == 1 || x.micro > max.micro)
			max = x;
	}

	switch (rule->kind)
	{
		case RULE_SUM:
			if (left.micro != sum.micro)
				relation = "≠";
			break;
		case RULE_SUM_AT_MOST:
			if (left.micro < sum.micro)
				relation = "<";
			else if (left.micro > sum.micro)
			{
				relation = ">";
				severity = GV_SEV_WARNING;
			}
			break;
		case RULE_AT_MOST:
			if (left.micro > sum.micro)
				relation = ">";
			break;
		case RULE_CHANNELS:
			if (left.micro > sum.micro)
				relation = ">";
			else if (left.micro < max.micro)
			{
				relation = "<";
				show_max = true;
			}
			break;
	}
	if (relation == NULL)
		return;

	gv_buf_init(&msg);
	gv_buf_appends(arena, &msg, label_of(codes[0]));
	gv_buf_appends(arena, &msg, " ");
	append_num(arena, &msg, left);
	gv_buf_printf(arena, &msg, " %s ", relation);
	if (show_max)
	{
		gv_buf_appends(arena, &msg, "max(");
		append_labels(arena, &msg, codes + 1, ncodes - 1, ", ");
		gv_buf_appends(arena, &msg, ") = ");
		append_num(arena, &msg, max);
	}
	else
	{
		append_labels(arena, &msg, codes + 1, ncodes - 1, " + ");
		gv_buf_appends(arena, &msg, ncodes == 2 ? " " : " = ");
		append_num(arena, &msg, sum);
	}
	v = add_violation(arena, out, rule->id, severity, codes, ncodes);
	v->has_left = true;
	v->left = left;
	v->has_right = true;
	v->right = show_max ? max : sum;
	v->message = gv_buf_cstring(arena, &msg);
}

static void
check_domain(GvArena *arena, unsigned generation, const GvValues *values, GvVec *out)
{
	int			i;

	for (i = 0; i < values->count; i++)
	{
		const GvCode *code = gv_catalog_at(i);
		GvNum		x = values->value[i];
		const char *problem = NULL;
		GvBuf		msg;
		GvViolation *v;

		if (!values->present[i] || values->blank[i])
			continue;
		if (generation && !(code->generations & generation))
			continue;
		if (code->kind != GV_KIND_SIGNED && x.micro < 0)
			problem = " < 0";
		else if (code->kind == GV_KIND_COUNT && !gv_num_is_whole(x))
			problem = " is not a whole number";
		if (problem == NULL)
			continue;
		gv_buf_init(&msg);
		gv_buf_appends(arena, &msg, code->label_zh);
		gv_buf_appends(arena, &msg, " ");
		append_num(arena, &msg, x);
		gv_buf_appends(arena, &msg, problem);
		v = add_violation(arena, out, "domain", GV_SEV_ERROR, &i, 1);
		v->has_left = true;
		v->left = x;
		if (x.micro < 0)
		{
			v->has_right = true;
			v->right = gv_num_from_int(0);
		}
		v->message = gv_buf_cstring(arena, &msg);
	}
}

void
gv_check(GvArena *arena, unsigned generation, const GvValues *values, GvVec *out)
{
	int			i;

	check_domain(arena, generation, values, out);
	if (generation == GV_GEN_NONE)
		return;
	for (i = 0; i < NRULES; i++)
		if (rules[i].generations & generation)
			check_rule(arena, &rules[i], values, out);
}
