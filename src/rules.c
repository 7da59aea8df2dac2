/*
 * rules.c
 *	  The templates' arithmetic rules, as data, and the checker.
 *
 * A rule reads cells by canonical code.  When none of its cells is in the
 * report it does not apply; when some are missing or blank it is
 * incomplete (never passed, never failed); otherwise it passes or fails
 * with a message that names the cells by their Chinese labels and prints
 * both sides.  A rule written with "{}" runs once per item of its list:
 * per column of 表三 (apply.results_sum checks 自然人, 商业企业, ... 总计)
 * or per row (apply.columns_sum).
 */
#include "govinfo.h"

#include <string.h>

typedef enum RuleKind
{
	RULE_SUM,					/* sum(left) = sum(right) */
	RULE_SUM_AT_MOST,			/* sum(right) <= left; parts short of the
								 * whole are a warning, beyond it an error */
	RULE_AT_MOST,				/* sum(left) <= sum(right) */
	RULE_CHANNELS,				/* max(right) <= left <= sum(right) */
	RULE_ZERO_BELOW_CITY		/* left = 0 when the organ is below city level */
} RuleKind;

/* How a message names the cells. */
typedef enum RuleLabels
{
	LABELS_PLAIN,				/* each cell's full label */
	LABELS_ROWS,				/* "自然人: " then row labels (a per-column check) */
	LABELS_COLUMNS				/* "行政复议: " then column labels (a per-row check) */
} RuleLabels;

typedef struct RuleDef
{
	const char *id;
	unsigned	generations;
	GvSeverity	severity;
	RuleKind	kind;
	const char *left;			/* space-separated codes */
	const char *right;
	const char *description;
	const char *over;			/* '|'-separated items replacing "{}", or NULL */
	RuleLabels	labels;
	bool		optional_terms; /* right-hand cells the table lacks are left out */
	bool		derived;		/* checks a subtotal some reports add: only when printed */
} RuleDef;

#define L GV_GEN_LEGACY
#define L8 GV_GEN_LOCAL2008
#define G21 GV_GEN_GB2021
#define G19 GV_GEN_GB2019
#define GB (GV_GEN_GB2021 | GV_GEN_GB2019)

#define T3_COLUMNS "person|business|research|nonprofit|legal|other|total"
#define T3_ROWS "new|carried_in|granted|partial|denied|denied.state_secret|denied.prohibited|" \
	"denied.security|denied.third_party|denied.internal|denied.process|denied.enforcement|" \
	"denied.inquiry|unable|unable.not_held|unable.must_create|unable.unclear|refused|" \
	"refused.complaint|refused.repeat|refused.publication|refused.excessive|refused.confirm|" \
	"other|other.no_correction|other.no_fee|other.other|total|carried_out"
#define T3_RESULTS_COMMON "apply.granted.{} apply.partial.{} " \
	"apply.denied.state_secret.{} apply.denied.prohibited.{} apply.denied.security.{} " \
	"apply.denied.third_party.{} apply.denied.internal.{} apply.denied.process.{} " \
	"apply.denied.enforcement.{} apply.denied.inquiry.{} " \
	"apply.unable.not_held.{} apply.unable.must_create.{} apply.unable.unclear.{} " \
	"apply.refused.complaint.{} apply.refused.repeat.{} apply.refused.publication.{} " \
	"apply.refused.excessive.{} apply.refused.confirm.{} "
#define LOCAL2008_ROWS "proactive.total|apply.received|apply.received.in_person|apply.received.fax|" \
	"apply.received.online|apply.received.mail|apply.received.email|apply.received.mail_fax|" \
	"apply.received.other|apply.answered|apply.answered.granted|apply.answered.partial|" \
	"apply.answered.denied|apply.answered.other|fees.waived|review.total|litigation.total|appeal.total"

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

	/* gb2021 and gb2019, hard */
	{"apply.results_sum", G21, GV_SEV_ERROR, RULE_SUM, "apply.total.{}",
		T3_RESULTS_COMMON "apply.other.no_correction.{} apply.other.no_fee.{} apply.other.other.{}",
		"per column: （七）总计 = the result rows (three rows of （六）其他处理)", T3_COLUMNS, LABELS_ROWS},
	{"apply.results_sum", G19, GV_SEV_ERROR, RULE_SUM, "apply.total.{}",
		T3_RESULTS_COMMON "apply.other.{}",
		"per column: （七）总计 = the result rows (one （六）其他处理 row)", T3_COLUMNS, LABELS_ROWS},
	{"apply.flow", GB, GV_SEV_ERROR, RULE_SUM, "apply.new.{} apply.carried_in.{}",
		"apply.total.{} apply.carried_out.{}",
		"per column: new + carried in = total handled + carried out", T3_COLUMNS, LABELS_ROWS},
	{"apply.columns_sum", GB, GV_SEV_ERROR, RULE_SUM, "apply.{}.total",
		"apply.{}.person apply.{}.business apply.{}.research apply.{}.nonprofit apply.{}.legal apply.{}.other",
		"per row: 总计 = the six applicant columns", T3_ROWS, LABELS_COLUMNS},
	{"apply.subtotal_sum", GB, GV_SEV_ERROR, RULE_SUM, "apply.denied.{}",
		"apply.denied.state_secret.{} apply.denied.prohibited.{} apply.denied.security.{} "
		"apply.denied.third_party.{} apply.denied.internal.{} apply.denied.process.{} "
		"apply.denied.enforcement.{} apply.denied.inquiry.{}",
		"a printed subtotal row = its rows (（三）不予公开, （四）无法提供, （五）不予处理, gb2021 （六）其他处理)",
	T3_COLUMNS, LABELS_ROWS, false, true},
	{"apply.subtotal_sum", GB, GV_SEV_ERROR, RULE_SUM, "apply.unable.{}",
		"apply.unable.not_held.{} apply.unable.must_create.{} apply.unable.unclear.{}",
	NULL, T3_COLUMNS, LABELS_ROWS, false, true},
	{"apply.subtotal_sum", GB, GV_SEV_ERROR, RULE_SUM, "apply.refused.{}",
		"apply.refused.complaint.{} apply.refused.repeat.{} apply.refused.publication.{} "
		"apply.refused.excessive.{} apply.refused.confirm.{}",
	NULL, T3_COLUMNS, LABELS_ROWS, false, true},
	{"apply.subtotal_sum", G21, GV_SEV_ERROR, RULE_SUM, "apply.other.{}",
		"apply.other.no_correction.{} apply.other.no_fee.{} apply.other.other.{}",
	NULL, T3_COLUMNS, LABELS_ROWS, false, true},
	{"apply.org_sum", GB, GV_SEV_ERROR, RULE_SUM, "apply.{}.org",
		"apply.{}.business apply.{}.research apply.{}.nonprofit apply.{}.legal apply.{}.other",
		"per row: a printed 法人或其他组织小计 column = its five columns", T3_ROWS, LABELS_COLUMNS, false, true},
	{"review.sum", GB, GV_SEV_ERROR, RULE_SUM, "review.total",
		"review.upheld review.corrected review.other review.pending",
		"行政复议: total = upheld + corrected + other + pending", NULL, LABELS_COLUMNS},
	{"litigation.direct.sum", GB, GV_SEV_ERROR, RULE_SUM, "litigation.direct.total",
		"litigation.direct.upheld litigation.direct.corrected litigation.direct.other litigation.direct.pending",
		"行政诉讼 未经复议直接起诉: total = upheld + corrected + other + pending", NULL, LABELS_COLUMNS},
	{"litigation.after_review.sum", GB, GV_SEV_ERROR, RULE_SUM, "litigation.after_review.total",
		"litigation.after_review.upheld litigation.after_review.corrected litigation.after_review.other "
		"litigation.after_review.pending",
		"行政诉讼 复议后起诉: total = upheld + corrected + other + pending", NULL, LABELS_COLUMNS},

	/* gb2021 and gb2019, soft */
	{"apply.carried_out_le_new", GB, GV_SEV_WARNING, RULE_AT_MOST, "apply.carried_out.{}",
		"apply.new.{} apply.carried_in.{}",
		"per column: carried out <= new + carried in", T3_COLUMNS, LABELS_ROWS},
	{"gb2019.published_le_total", G19, GV_SEV_WARNING, RULE_AT_MOST, "active.{}.published",
		"active.{}.published_total",
		"published this year <= published in all", "rules|normative", LABELS_COLUMNS},
	{"narrative", GB, GV_SEV_WARNING, RULE_SUM, "narrative.apply.received", "apply.new.total",
		"the numbers the prose states (applications received, reviews, lawsuits) equal the tables",
	NULL, LABELS_PLAIN, false, true},
	{"narrative", GB, GV_SEV_WARNING, RULE_SUM, "narrative.review.total", "review.total",
	NULL, NULL, LABELS_PLAIN, false, true},
	{"narrative", GB, GV_SEV_WARNING, RULE_SUM, "narrative.litigation.total",
		"litigation.direct.total litigation.after_review.total",
	NULL, NULL, LABELS_PLAIN, false, true},
	{"active.rules_at_low_level", GB, GV_SEV_WARNING, RULE_ZERO_BELOW_CITY, "active.rules.{}", "",
		"organs below city level (县, 区, 乡, 镇, 街道 in the organ's name) report 规章 = 0",
	"issued|repealed|in_force|made|published|published_total", LABELS_PLAIN},

	/* local2008 */
	{"apply.received.sum", L8, GV_SEV_ERROR, RULE_SUM, "apply.received{}",
		"apply.received.in_person{} apply.received.fax{} apply.received.online{} apply.received.mail{} "
		"apply.received.email{} apply.received.mail_fax{} apply.received.other{}",
		"applications received = the channel rows the table has (this year and cumulative)",
	"|.cumulative", LABELS_PLAIN, true},
	{"apply.answered.sum", L8, GV_SEV_ERROR, RULE_SUM, "apply.answered{}",
		"apply.answered.granted{} apply.answered.partial{} apply.answered.denied{} apply.answered.other{}",
		"applications answered = the answer rows the table has (this year and cumulative)",
	"|.cumulative", LABELS_PLAIN, true},
	{"cumulative_ge_year", L8, GV_SEV_ERROR, RULE_AT_MOST, "{}", "{}.cumulative",
	"this year <= cumulative", LOCAL2008_ROWS, LABELS_PLAIN},
};

#undef L
#undef L8
#undef G21
#undef G19
#undef GB

#define NRULES ((int) (sizeof(rules) / sizeof(rules[0])))
#define MAX_TERMS 32

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

/*
 * Rule 0 is domain; the table's rules follow, one entry per id and
 * generation set (a rule written in several parts is listed once).
 */
int
gv_rule_count(void)
{
	return NRULES + 1;
}

GvRuleInfo
gv_rule_info(int index)
{
	GvRuleInfo	info;
	const RuleDef *rule;
	int			i;

	if (index == 0)
	{
		/* domain reads every cell: it holds in each generation the catalog has */
		info.id = "domain";
		info.generations = 0;
		for (i = 0; i < gv_catalog_count(); i++)
			info.generations |= gv_catalog_at(i)->generations;
		info.severity = GV_SEV_ERROR;
		info.description = domain_description;
		return info;
	}
	rule = &rules[index - 1];
	info.id = rule->id;
	info.generations = rule->generations;
	info.severity = rule->severity;
	info.description = rule->description;
	/* a continuation part of the rule above it is not listed again */
	if (rule->description == NULL)
		info.generations = 0;
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

/* ---------- one check: a rule with its "{}" replaced ---------- */

typedef struct Check
{
	const RuleDef *rule;
	unsigned	generation;
	const char *organ;			/* the reporting organ, or NULL */
	int			codes[MAX_TERMS];	/* left terms, then right terms */
	int			nleft;
	int			ncodes;
} Check;

/*
 * Resolves a space-separated code list with "{}" replaced by item.
 * Returns false when a code is not in the catalog (that check cannot exist,
 * e.g. a 小计 column of a row that has none).
 */
static bool
resolve_terms(const char *list, const char *item, int *out, int *n)
{
	const char *p = list;

	while (*p)
	{
		char		code[128];
		size_t		len = strcspn(p, " ");
		size_t		o = 0;
		size_t		i;

		for (i = 0; i < len && o + 1 < sizeof(code); i++)
		{
			if (p[i] == '{' && i + 1 < len && p[i + 1] == '}')
			{
				size_t		ilen = strlen(item);

				if (o + ilen + 1 >= sizeof(code))
					return false;
				memcpy(code + o, item, ilen);
				o += ilen;
				i++;
			}
			else
				code[o++] = p[i];
		}
		code[o] = '\0';
		if (*n >= MAX_TERMS || (out[*n] = gv_catalog_find(code)) < 0)
			return false;
		(*n)++;
		p += len;
		while (*p == ' ')
			p++;
	}
	return true;
}

/*
 * How a message names a cell: by its row or column label where the rule
 * says (the prefix names the other), else by its full label, always in the
 * wording of the generation being checked.
 */
static const char *
term_label(GvArena *arena, const Check *check, int code, bool prefix)
{
	const char *row_label;
	const char *column_label;
	GvBuf		full;

	gv_code_in(code, check->generation, &row_label, &column_label);
	if (column_label != NULL && check->rule->labels == LABELS_ROWS)
		return prefix ? column_label : row_label;
	if (column_label != NULL && check->rule->labels == LABELS_COLUMNS)
		return prefix ? row_label : column_label;
	if (prefix)
		return NULL;
	if (column_label == NULL)
		return row_label;
	gv_buf_init(&full);
	gv_buf_printf(arena, &full, "%s（%s）", row_label, column_label);
	return full.data;
}

static void
append_num(GvArena *arena, GvBuf *buf, GvNum n)
{
	char		text[48];

	gv_num_format(n, text, sizeof(text));
	gv_buf_appends(arena, buf, text);
}

static void
append_terms(GvArena *arena, GvBuf *buf, const Check *check, int from, int to, const char *sep)
{
	int			i;

	for (i = from; i < to; i++)
	{
		if (i > from)
			gv_buf_appends(arena, buf, sep);
		gv_buf_appends(arena, buf, term_label(arena, check, check->codes[i], false));
	}
}

static void
append_prefix(GvArena *arena, GvBuf *buf, const Check *check)
{
	const char *prefix = term_label(arena, check, check->codes[0], true);

	if (prefix)
	{
		gv_buf_appends(arena, buf, prefix);
		gv_buf_appends(arena, buf, ": ");
	}
}

static GvViolation *
add_violation(GvArena *arena, GvVec *out, const Check *check, GvSeverity severity)
{
	GvViolation *v = gv_vec_push(arena, out);

	v->rule = check->rule->id;
	v->severity = severity;
	v->ncodes = check->ncodes;
	v->codes = gv_alloc(arena, sizeof(int) * (check->ncodes > 0 ? check->ncodes : 1));
	memcpy(v->codes, check->codes, sizeof(int) * check->ncodes);
	return v;
}

static bool
usable(const GvValues *values, int code)
{
	return values->present[code] && !values->blank[code];
}

/* Drops right-hand terms the table does not have, for optional_terms rules. */
static void
drop_absent_terms(Check *check, const GvValues *values)
{
	int			n = check->nleft;
	int			i;

	for (i = check->nleft; i < check->ncodes; i++)
		if (values->present[check->codes[i]])
			check->codes[n++] = check->codes[i];
	check->ncodes = n;
}

/* Reports a check with missing or blank operands; true if it was one. */
static bool
check_incomplete(GvArena *arena, const Check *check, const GvValues *values, GvVec *out)
{
	int			missing = 0,
				present = 0;
	int			i;
	GvBuf		msg;
	GvViolation *v;

	for (i = 0; i < check->ncodes; i++)
	{
		if (values->present[check->codes[i]])
			present++;
		if (!usable(values, check->codes[i]))
			missing++;
	}
	if (missing == 0)
		return false;
	if (present == 0)
		return true;			/* the table has none of these cells: not applicable */

	gv_buf_init(&msg);
	append_prefix(arena, &msg, check);
	append_terms(arena, &msg, check, 0, check->nleft, " + ");
	gv_buf_appends(arena, &msg, check->rule->kind == RULE_AT_MOST ? " ≤ " : " = ");
	append_terms(arena, &msg, check, check->nleft, check->ncodes, " + ");
	gv_buf_appends(arena, &msg, " cannot be checked:");
	for (i = 0; i < check->ncodes; i++)
	{
		if (usable(values, check->codes[i]))
			continue;
		gv_buf_printf(arena, &msg, " %s %s;", term_label(arena, check, check->codes[i], false),
					  values->present[check->codes[i]] ? "blank" : "absent");
	}
	msg.data[--msg.len] = '\0';	/* drop the last ';' */
	v = add_violation(arena, out, check, GV_SEV_INCOMPLETE);
	if (check->nleft == 1 && usable(values, check->codes[0]))
	{
		v->has_left = true;
		v->left = values->value[check->codes[0]];
	}
	v->message = gv_buf_cstring(arena, &msg);
	return true;
}

/*
 * Is the organ below city level?  Its name ends in a county, district,
 * township or street unit (区 but not 自治区 or 地区, which are provinces and
 * prefectures).
 */
static bool
below_city_level(const char *organ)
{
	static const char *const units[] = {"县", "区", "乡", "镇", "街道", "旗", NULL};
	int			i;

	if (organ == NULL)
		return false;
	for (i = 0; units[i]; i++)
	{
		const char *p;

		for (p = strstr(organ, units[i]); p; p = strstr(p + 1, units[i]))
		{
			if (strcmp(units[i], "区") == 0 && p - organ >= 3 &&
				(strncmp(p - 3, "治", 3) == 0 || strncmp(p - 3, "地", 3) == 0))
				continue;		/* 自治区, 地区 */
			return true;
		}
	}
	return false;
}

static void
check_below_city(GvArena *arena, const Check *check, const GvValues *values, GvVec *out)
{
	int			code = check->codes[0];
	GvBuf		msg;
	GvViolation *v;

	if (!usable(values, code) || values->value[code].micro == 0 || !below_city_level(check->organ))
		return;
	gv_buf_init(&msg);
	gv_buf_appends(arena, &msg, term_label(arena, check, code, false));
	gv_buf_appends(arena, &msg, " ");
	append_num(arena, &msg, values->value[code]);
	gv_buf_printf(arena, &msg, " > 0: %s is below city level and makes no 规章", check->organ);
	v = add_violation(arena, out, check, check->rule->severity);
	v->has_left = true;
	v->left = values->value[code];
	v->has_right = true;
	v->right = gv_num_from_int(0);
	v->message = gv_buf_cstring(arena, &msg);
}

static void
run_check(GvArena *arena, Check *check, const GvValues *values, GvVec *out)
{
	const RuleDef *rule = check->rule;
	GvNum		left = {0},
				sum = {0},
				max = {0};
	const char *relation = NULL;
	GvSeverity	severity = rule->severity;
	bool		show_max = false;
	int			nright;
	int			i;
	GvBuf		msg;
	GvViolation *v;

	if (rule->derived && !values->present[check->codes[0]])
		return;					/* the report prints no such subtotal */
	if (rule->kind == RULE_ZERO_BELOW_CITY)
	{
		check_below_city(arena, check, values, out);
		return;
	}
	if (rule->optional_terms)
		drop_absent_terms(check, values);
	nright = check->ncodes - check->nleft;
	if (nright == 0 || check_incomplete(arena, check, values, out))
		return;

	for (i = 0; i < check->nleft; i++)
		left.micro += values->value[check->codes[i]].micro;
	for (i = check->nleft; i < check->ncodes; i++)
	{
		GvNum		x = values->value[check->codes[i]];

		sum.micro += x.micro;
		if (i == check->nleft || x.micro > max.micro)
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
		case RULE_ZERO_BELOW_CITY:
			break;				/* checked by check_below_city */
	}
	if (relation == NULL)
		return;

	gv_buf_init(&msg);
	append_prefix(arena, &msg, check);
	append_terms(arena, &msg, check, 0, check->nleft, " + ");
	gv_buf_appends(arena, &msg, check->nleft == 1 ? " " : " = ");
	append_num(arena, &msg, left);
	gv_buf_printf(arena, &msg, " %s ", relation);
	if (show_max)
	{
		gv_buf_appends(arena, &msg, "max(");
		append_terms(arena, &msg, check, check->nleft, check->ncodes, ", ");
		gv_buf_appends(arena, &msg, ") = ");
		append_num(arena, &msg, max);
	}
	else
	{
		append_terms(arena, &msg, check, check->nleft, check->ncodes, " + ");
		gv_buf_appends(arena, &msg, nright == 1 ? " " : " = ");
		append_num(arena, &msg, sum);
	}
	v = add_violation(arena, out, check, severity);
	v->has_left = true;
	v->left = left;
	v->has_right = true;
	v->right = show_max ? max : sum;
	v->message = gv_buf_cstring(arena, &msg);
}

/* Runs a rule once, or once per item of its list. */
static void
check_rule(GvArena *arena, const RuleDef *rule, unsigned generation, const char *organ,
		   const GvValues *values, GvVec *out)
{
	const char *items = rule->over ? rule->over : "";

	for (;;)
	{
		const char *end = strchr(items, '|');
		size_t		len = end ? (size_t) (end - items) : strlen(items);
		char		item[64];
		Check		check;

		if (len >= sizeof(item))
			len = sizeof(item) - 1;
		memcpy(item, items, len);
		item[len] = '\0';

		check.rule = rule;
		check.generation = generation;
		check.organ = organ;
		check.ncodes = 0;
		if (resolve_terms(rule->left, item, check.codes, &check.ncodes))
		{
			check.nleft = check.ncodes;
			if (resolve_terms(rule->right, item, check.codes, &check.ncodes))
				run_check(arena, &check, values, out);
		}
		if (!end)
			break;
		items = end + 1;
	}
}

static void
check_domain(GvArena *arena, const GvValues *values, GvVec *out)
{
	int			i;

	for (i = 0; i < values->count; i++)
	{
		const GvCode *code = gv_catalog_at(i);
		GvNum		x = values->value[i];
		const char *problem = NULL;
		GvBuf		msg;
		GvViolation *v;

		/* every printed cell, whatever table of a hybrid report it is in */
		if (!usable(values, i))
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
		v = gv_vec_push(arena, out);
		v->rule = "domain";
		v->severity = GV_SEV_ERROR;
		v->ncodes = 1;
		v->codes = gv_alloc(arena, sizeof(int));
		v->codes[0] = i;
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
gv_check(GvArena *arena, unsigned generation, const char *organ, const GvValues *values, GvVec *out)
{
	int			i;

	check_domain(arena, values, out);
	if (generation == GV_GEN_NONE)
		return;
	for (i = 0; i < NRULES; i++)
		if (rules[i].generations & generation)
			check_rule(arena, &rules[i], generation, organ, values, out);
}
