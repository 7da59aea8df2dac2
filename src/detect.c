/*
 * detect.c
 *	  Which template a text's tables follow, and which rows to read.
 *
 * The generation is decided by the labels, never by the year: rows whose
 * label is a catalog label vote for the generations that have it, and
 * column headings that only one template prints (统计指标 / 历年累计 /
 * 本年制发件数 / 本年新制作数量) weigh more.  For the national templates
 * 表二 and 表三 are decided separately, because hybrids are real: a 2021
 * 表二 above a 表三 with one undivided （六）其他处理 row.
 */
#include "cells.h"

#include <string.h>

/* Column headings that only one template prints, and the weight they carry. */
typedef struct Signature
{
	const char *key;			/* matched as a substring of a label key */
	unsigned	generation;
} Signature;

static const Signature family_signatures[] = {
	{"统计指标", GV_GEN_LEGACY},
	{"统计数", GV_GEN_LEGACY},
	{"历年累计", GV_GEN_LOCAL2008},
	{"本年累计", GV_GEN_LOCAL2008},
	{"计量单位", GV_GEN_LOCAL2008},
	{"指标名称", GV_GEN_LOCAL2008},
};

static const Signature table2_signatures[] = {
	{"本年制发件数", GV_GEN_GB2021},
	{"本年废止件数", GV_GEN_GB2021},
	{"现行有效件数", GV_GEN_GB2021},
	{"本年处理决定数量", GV_GEN_GB2021},
	{"本年收费金额", GV_GEN_GB2021},
	{"本年新制作数量", GV_GEN_GB2019},
	{"本年新公开数量", GV_GEN_GB2019},
	{"对外公开总数量", GV_GEN_GB2019},
	{"上一年项目数量", GV_GEN_GB2019},
	{"本年增减", GV_GEN_GB2019},
	{"采购项目数量", GV_GEN_GB2019},
	{"政府集中采购", GV_GEN_GB2019},
	{"其他对外管理服务事项", GV_GEN_GB2019},
};

#define FAMILY_SIGNATURE_WEIGHT 5
#define GB (GV_GEN_GB2021 | GV_GEN_GB2019)

static bool
has_values(const GvRow *row)
{
	return row->nvalues > 0;
}

static void
count_signatures(const char *key, const Signature *signatures, int n, int *votes)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strstr(key, signatures[i].key))
			votes[signatures[i].generation == GV_GEN_GB2019 ? 1 : 0]++;
}

static int
family_index(unsigned generation)
{
	if (generation & GV_GEN_LEGACY)
		return 0;
	if (generation & GV_GEN_LOCAL2008)
		return 1;
	return 2;
}

bool
gv_detect_tables(GvArena *arena, const GvVec *rows, GvDetection *out)
{
	int			family_votes[3] = {0, 0, 0};	/* legacy, local2008, gb */
	int			t2_votes[2] = {0, 0};	/* gb2021, gb2019 */
	bool		t3_2021_rows = false;
	bool		t3_single_other = false;
	bool		t3_rows = false;
	int			first_anchor = -1,
				last_anchor = -1,
				last_row_of_15 = -1;
	int			i,
				f;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < rows->count; i++)
	{
		const GvRow *row = &GV_VEC_AT(rows, GvRow, i);
		const char *key;
		GvMatch		m;
		unsigned	seen = 0;
		int			c;

		if ((i & 255) == 0)
			gv_interrupt_check(arena);
		if (row->folded == NULL)
			continue;
		key = gv_label_key(arena, row->folded);
		for (c = 0; c < (int) (sizeof(family_signatures) / sizeof(family_signatures[0])); c++)
			if (strstr(key, family_signatures[c].key))
				family_votes[family_index(family_signatures[c].generation)] += FAMILY_SIGNATURE_WEIGHT;
		count_signatures(key, table2_signatures,
						 (int) (sizeof(table2_signatures) / sizeof(table2_signatures[0])), t2_votes);
		if (row->header || !has_values(row))
			continue;
		/* 表四's fifteen cells, printed without a row label */
		if (row->nvalues == 15)
			last_row_of_15 = i;

		m = gv_match_label(arena, row->folded, GV_GEN_ALL, NULL, false);
		if (m.ncandidates == 0)
			continue;
		for (c = 0; c < m.ncandidates; c++)
		{
			const GvRowDef *def = gv_row_at(m.candidates[c]);

			seen |= def->generations;
			if (strncmp(def->section, "apply", 5) == 0 && (def->generations & GB))
			{
				t3_rows = true;
				if (def->generations == GV_GEN_GB2021)
					t3_2021_rows = true;
				if (strcmp(def->key, "apply.other") == 0)
					t3_single_other = true;
			}
		}
		if (seen & GV_GEN_LEGACY)
			family_votes[0]++;
		if (seen & GV_GEN_LOCAL2008)
			family_votes[1]++;
		if (seen & GB)
			family_votes[2]++;
		if (first_anchor < 0)
			first_anchor = i;
		last_anchor = i;
	}
	if (first_anchor < 0)
		return false;

	f = 0;
	if (family_votes[1] > family_votes[f])
		f = 1;
	if (family_votes[2] > family_votes[f])
		f = 2;
	if (f == 0)
		out->family = GV_GEN_LEGACY;
	else if (f == 1)
		out->family = GV_GEN_LOCAL2008;
	else
	{
		out->family = GB;
		if (t2_votes[0] || t2_votes[1])
			out->table2 = t2_votes[1] > t2_votes[0] ? GV_GEN_GB2019 : GV_GEN_GB2021;
		if (t3_2021_rows)
			out->table3 = GV_GEN_GB2021;
		else if (t3_single_other)
			out->table3 = GV_GEN_GB2019;
		else if (t3_rows)
			out->table3 = out->table2 ? out->table2 : GV_GEN_GB2021;
		if (out->table2 == 0)
			out->table2 = out->table3 ? out->table3 : GV_GEN_GB2021;
		if (out->table3 == 0)
			out->table3 = out->table2;
		if (last_row_of_15 > last_anchor)
			last_anchor = last_row_of_15;
	}

	/* read whole blocks: headings before the first anchor, rows after the last */
	out->first = first_anchor;
	while (out->first > 0 && GV_VEC_AT(rows, GvRow, out->first - 1).block ==
		   GV_VEC_AT(rows, GvRow, first_anchor).block)
		out->first--;
	out->last = last_anchor;
	while (out->last + 1 < rows->count && GV_VEC_AT(rows, GvRow, out->last + 1).block ==
		   GV_VEC_AT(rows, GvRow, last_anchor).block)
		out->last++;
	return true;
}
