/*
 * years.c
 *	  The soft rules that span two reports of one organ, a year apart.
 *
 *	  apply.carry_over       上年结转 (Y) = 结转下年度继续办理 (Y-1), per column;
 *	                         chains from 2019 on, not 2018 -> 2019
 *	  active.in_force_chain  现行有效件数 (Y) = 现行有效件数 (Y-1) + 本年制发 (Y)
 *	                         - 本年废止 (Y), for 规章 and 行政规范性文件
 *	  cumulative_chain       历年累计 (Y) = 历年累计 (Y-1) + 本年度 (Y)
 *
 * A term is written "+L:code" or "-E:code": its sign, and whether it is
 * read in the later (L) or the earlier (E) report.  As for one report, a
 * check none of whose cells is printed does not apply, and one with some
 * missing or blank is incomplete.
 */
#include "govinfo.h"

#include <string.h>

typedef struct YearRule
{
	const char *id;
	unsigned	generations;
	const char *left;			/* a code of the later report, with {} */
	const char *terms;			/* space-separated signed terms, with {} */
	const char *over;			/* '|'-separated items for {} */
	int			first_year;		/* the earlier report's year must be at least this */
	const char *description;
} YearRule;

#define T3_COLUMNS "person|business|research|nonprofit|legal|other|total"

static const YearRule year_rules[] = {
	{"apply.carry_over", GV_GEN_GB2021 | GV_GEN_GB2019, "apply.carried_in.{}", "+E:apply.carried_out.{}", T3_COLUMNS, 2019,
	"per column: carried in (year Y) = carried out (year Y-1), from 2019 on"},
	{"active.in_force_chain", GV_GEN_GB2021, "active.{}.in_force",
		"+E:active.{}.in_force +L:active.{}.issued -L:active.{}.repealed", "rules|normative", 0,
	"in force (Y) = in force (Y-1) + issued (Y) - repealed (Y)"},
	{"cumulative_chain", GV_GEN_LOCAL2008, "{}.cumulative", "+E:{}.cumulative +L:{}",
		"proactive.total|apply.received|apply.received.in_person|apply.received.fax|"
		"apply.received.online|apply.received.mail|apply.received.email|apply.received.mail_fax|"
		"apply.received.other|apply.answered|apply.answered.granted|apply.answered.partial|"
		"apply.answered.denied|apply.answered.other|fees.waived|review.total|litigation.total|appeal.total",
		0, "cumulative (Y) = cumulative (Y-1) + this year (Y)"},
};

#define NYEAR_RULES ((int) (sizeof(year_rules) / sizeof(year_rules[0])))
#define MAX_YEAR_TERMS 4

typedef struct YearTerm
{
	int			code;
	bool		earlier;
	int			sign;
} YearTerm;

/* Replaces {} in pattern by item; -1 when the code is not in the catalog. */
static int
code_of(const char *pattern, size_t len, const char *item)
{
	char		code[128];
	size_t		o = 0;
	size_t		i;

	for (i = 0; i < len && o + 1 < sizeof(code); i++)
	{
		if (pattern[i] == '{' && i + 1 < len && pattern[i + 1] == '}')
		{
			size_t		ilen = strlen(item);

			if (o + ilen + 1 >= sizeof(code))
				return -1;
			memcpy(code + o, item, ilen);
			o += ilen;
			i++;
		}
		else
			code[o++] = pattern[i];
	}
	code[o] = '\0';
	return gv_catalog_find(code);
}

static int
parse_terms(const char *terms, const char *item, YearTerm *out)
{
	const char *p = terms;
	int			n = 0;

	while (*p && n < MAX_YEAR_TERMS)
	{
		size_t		len = strcspn(p, " ");

		/* "+L:code": sign, report, colon */
		out[n].sign = p[0] == '-' ? -1 : 1;
		out[n].earlier = p[1] == 'E';
		out[n].code = code_of(p + 3, len - 3, item);
		if (out[n].code < 0)
			return -1;
		n++;
		p += len;
		while (*p == ' ')
			p++;
	}
	return n;
}

static bool
usable(const GvValues *values, int code)
{
	return values->present[code] && !values->blank[code];
}

/* A cell in the wording of the generation checked, with its year. */
static void
append_term(GvArena *arena, GvBuf *msg, int code, unsigned generation, int year)
{
	const char *row_label;
	const char *column_label;

	gv_code_in(code, generation, &row_label, &column_label);
	if (column_label)
		gv_buf_printf(arena, msg, "%s（%s） (%d)", row_label, column_label, year);
	else
		gv_buf_printf(arena, msg, "%s (%d)", row_label, year);
}

static void
check_pair(GvArena *arena, const YearRule *rule, const char *item, unsigned generation,
		   const GvValues *earlier, int earlier_year, const GvValues *later, int later_year,
		   GvVec *out)
{
	YearTerm	terms[MAX_YEAR_TERMS];
	int			nterms = parse_terms(rule->terms, item, terms);
	int			left = code_of(rule->left, strlen(rule->left), item);
	int			missing = 0;
	GvNum		sum = {0};
	GvBuf		msg;
	GvViolation *v;
	int			i;
	char		num[48];

	if (nterms < 0 || left < 0)
		return;
	missing += !usable(later, left);
	for (i = 0; i < nterms; i++)
	{
		const GvValues *values = terms[i].earlier ? earlier : later;

		missing += !usable(values, terms[i].code);
		if (usable(values, terms[i].code))
			sum.micro += terms[i].sign * values->value[terms[i].code].micro;
	}
	/* across years both reports must print the cells, or the rule is not theirs */
	if (missing > 0 || later->value[left].micro == sum.micro)
		return;

	gv_buf_init(&msg);
	append_term(arena, &msg, left, generation, later_year);
	gv_num_format(later->value[left], num, sizeof(num));
	gv_buf_printf(arena, &msg, " %s ≠ ", num);
	for (i = 0; i < nterms; i++)
	{
		if (i > 0)
			gv_buf_appends(arena, &msg, terms[i].sign < 0 ? " - " : " + ");
		append_term(arena, &msg, terms[i].code, generation, terms[i].earlier ? earlier_year : later_year);
	}
	gv_num_format(sum, num, sizeof(num));
	gv_buf_printf(arena, &msg, nterms > 1 ? " = %s" : " %s", num);

	v = gv_vec_push(arena, out);
	v->rule = rule->id;
	v->severity = GV_SEV_WARNING;
	v->ncodes = nterms + 1;
	v->codes = gv_alloc(arena, sizeof(int) * (nterms + 1));
	v->codes[0] = left;
	for (i = 0; i < nterms; i++)
		v->codes[i + 1] = terms[i].code;
	v->has_left = true;
	v->left = later->value[left];
	v->has_right = true;
	v->right = sum;
	v->message = gv_buf_cstring(arena, &msg);
}

void
gv_check_years(GvArena *arena, unsigned generation, const GvValues *earlier, int earlier_year,
			   const GvValues *later, int later_year, GvVec *out)
{
	int			r;

	if (later_year != earlier_year + 1)
		return;
	for (r = 0; r < NYEAR_RULES; r++)
	{
		const char *items = year_rules[r].over;

		if (earlier_year < year_rules[r].first_year ||
			(generation && !(year_rules[r].generations & generation)))
			continue;
		for (;;)
		{
			const char *end = strchr(items, '|');
			size_t		len = end ? (size_t) (end - items) : strlen(items);
			char		item[64];

			if (len >= sizeof(item))
				len = sizeof(item) - 1;
			memcpy(item, items, len);
			item[len] = '\0';
			check_pair(arena, &year_rules[r], item, generation, earlier, earlier_year, later,
					   later_year, out);
			if (!end)
				break;
			items = end + 1;
		}
	}
}

int
gv_year_rule_count(void)
{
	return NYEAR_RULES;
}

GvRuleInfo
gv_year_rule_info(int index)
{
	GvRuleInfo	info;

	info.id = year_rules[index].id;
	info.generations = year_rules[index].generations;
	info.severity = GV_SEV_WARNING;
	info.description = year_rules[index].description;
	return info;
}
