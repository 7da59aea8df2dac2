/*
 * utf8.c
 *	  UTF-8 decoding, the folding that makes printed variants of one label
 *	  compare equal, and label keys.
 *
 * Reports mix full-width and ASCII punctuation, indent with NBSP or U+3000,
 * carry zero-width characters from web editors and, on mirror sites, use
 * Traditional characters.  Folding removes those differences once, so the
 * later stages compare plain strings.
 */
#include "cells.h"

#include <stdlib.h>
#include <string.h>

uint32_t
gv_utf8_decode(const unsigned char *s, size_t len, int *used)
{
	uint32_t	cp;
	int			need;
	int			i;

	if (len == 0)
	{
		*used = 0;
		return 0;
	}
	if (s[0] < 0x80)
	{
		*used = 1;
		return s[0];
	}
	if ((s[0] & 0xE0) == 0xC0)
	{
		cp = s[0] & 0x1F;
		need = 1;
	}
	else if ((s[0] & 0xF0) == 0xE0)
	{
		cp = s[0] & 0x0F;
		need = 2;
	}
	else if ((s[0] & 0xF8) == 0xF0)
	{
		cp = s[0] & 0x07;
		need = 3;
	}
	else
	{
		*used = 1;
		return 0xFFFD;
	}
	if ((size_t) need >= len)
	{
		*used = 1;
		return 0xFFFD;
	}
	for (i = 1; i <= need; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*used = 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and values beyond Unicode */
	if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) ||
		(need == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*used = 1;
		return 0xFFFD;
	}
	*used = need + 1;
	return cp;
}

int
gv_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
gv_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	size_t		pos = 0;

	while (pos < len)
	{
		int			used;
		uint32_t	cp = gv_utf8_decode((const unsigned char *) s + pos, len - pos, &used);

		if (cp == 0xFFFD && used == 1 && (unsigned char) s[pos] >= 0x80)
		{
			if (bad_offset)
				*bad_offset = pos;
			return false;
		}
		pos += used;
	}
	return true;
}

int
gv_utf8_length(const char *s)
{
	int			n = 0;

	for (; *s; s++)
		if (((unsigned char) *s & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Traditional forms of the characters that appear in the templates' labels
 * and metadata, each followed by its Simplified form.
 */
static const char traditional_pairs[] =
	"覆复"
	"並并佈布來来個个們们備备傳传價价償偿優优內内別别劃划動动務务勞劳區区參参員员問问單单國国圍围圖图"
	"團团執执報报場场夠够實实寧宁審审寫写將将專专對对導导層层屬属嵐岚嶺岭廢废廳厅強强後后徑径從从復复"
	"徵征徹彻態态應应戶户掃扫採采據据數数於于時时書书會会條条棲栖楓枫業业構构標标橋桥機机檢检欄栏權权"
	"歷历決决沒没況况減减準准濟济濱滨瀏浏灣湾為为無无熱热營营獲获現现環环產产異异當当療疗發发監监眾众"
	"確确碼码礎础稅税種种稱称穩稳筆笔範范糾纠紀纪納纳級级組组結结絕绝絡络統统經经綜综維维網网線线編编"
	"縣县總总績绩織织繞绕繫系繳缴繼继續续罰罚義义聞闻聯联職职臺台與与興兴舉举舊旧華华萬万蘇苏處处號号"
	"衛卫補补製制複复見见規规視视覽览訂订計计訊讯訓训記记訟讼訪访設设許许訴诉詢询話话詳详認认誤误說说"
	"調调談谈請请謀谋證证識识議议護护讀读豐丰負负財财貫贯責责費费資资質质賬账購购贊赞軌轨軍军較较輯辑"
	"輸输輿舆轉转辦办農农這这進进運运過过達达遷迁還还郵邮鄉乡醫医銷销錄录錯错鎮镇長长門门閉闭開开間间"
	"閱阅關关際际險险隱隐難难雲云電电頁页項项須须預预領领頭头頻频題题額额類类顧顾風风駁驳驗验體体鳴鸣"
	"鷺鹭點点齊齐";

typedef struct TradPair
{
	uint32_t	traditional;
	uint32_t	simplified;
} TradPair;

static TradPair *trad_table;
static int	trad_count;

static int
trad_compare(const void *a, const void *b)
{
	uint32_t	x = ((const TradPair *) a)->traditional;
	uint32_t	y = ((const TradPair *) b)->traditional;

	return x < y ? -1 : x > y;
}

/* Built once per process from traditional_pairs; never freed. */
static void
trad_build(void)
{
	static TradPair storage[sizeof(traditional_pairs) / 2];
	const unsigned char *p = (const unsigned char *) traditional_pairs;
	size_t		left = sizeof(traditional_pairs) - 1;
	int			n = 0;

	while (left > 0)
	{
		int			used1,
					used2;
		uint32_t	t = gv_utf8_decode(p, left, &used1);
		uint32_t	s;

		p += used1;
		left -= used1;
		if (left == 0)
			break;
		s = gv_utf8_decode(p, left, &used2);
		p += used2;
		left -= used2;
		if (t != s)
		{
			storage[n].traditional = t;
			storage[n].simplified = s;
			n++;
		}
	}
	qsort(storage, n, sizeof(TradPair), trad_compare);
	trad_table = storage;
	trad_count = n;
}

static uint32_t
simplify(uint32_t cp)
{
	int			lo = 0,
				hi;

	if (cp < 0x4E00 || cp > 0x9FFF)
		return cp;
	if (trad_table == NULL)
		trad_build();
	hi = trad_count - 1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (trad_table[mid].traditional == cp)
			return trad_table[mid].simplified;
		if (trad_table[mid].traditional < cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return cp;
}

/* Returns the folded code point, or 0 to drop it. */
static uint32_t
fold_char(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFF01 + 0x21;
	switch (cp)
	{
		case 0x00A0:
		case 0x3000:
		case 0x2002:
		case 0x2003:
		case 0x2004:
		case 0x2005:
		case 0x2006:
		case 0x2007:
		case 0x2008:
		case 0x2009:
		case 0x200A:
		case 0x202F:
		case 0x205F:
		case 0x000B:
		case 0x000C:
			return ' ';
		case 0x200B:
		case 0x200C:
		case 0x200D:
		case 0x2060:
		case 0xFEFF:
		case 0x00AD:
		case 0x000D:
			return 0;
		case 0x201C:
		case 0x201D:
		case 0x201E:
		case 0x300C:
		case 0x300D:
			return '"';
		case 0x2018:
		case 0x2019:
			return '\'';
		case 0x2212:
			return '-';
	}
	return simplify(cp);
}

/*
 * Words that mirror sites write differently (资讯 for 信息), replaced in
 * place: each pair has the same length, so offsets stay valid.
 */
static void
replace_words(char *text)
{
	static const char *const words[][2] = {
		{"资讯", "信息"},
	};
	size_t		w;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
	{
		char	   *hit = text;

		while ((hit = strstr(hit, words[w][0])) != NULL)
		{
			memcpy(hit, words[w][1], strlen(words[w][1]));
			hit += strlen(words[w][1]);
		}
	}
}

char *
gv_fold_text(GvArena *arena, const char *s, size_t len, int **offsets)
{
	/* folding never lengthens: every replacement is as short or shorter */
	char	   *out = gv_alloc(arena, len + 1);
	int		   *map = offsets ? gv_alloc(arena, sizeof(int) * (len + 1)) : NULL;
	char	   *o = out;
	size_t		pos = 0;

	while (pos < len)
	{
		int			used;
		uint32_t	cp = gv_utf8_decode((const unsigned char *) s + pos, len - pos, &used);
		uint32_t	folded;

		if (used == 0)
			break;
		folded = cp == 0 ? 0 : fold_char(cp);
		if (folded != 0)
		{
			char		enc[4];
			int			n = gv_utf8_encode(folded, enc);
			int			k;

			if (n > used)
			{
				/* U+FFFD for one stray byte would lengthen the text: use '?' */
				enc[0] = '?';
				n = 1;
			}
			for (k = 0; map && k < n; k++)
				map[o - out + k] = (int) pos;
			memcpy(o, enc, n);
			o += n;
		}
		pos += used;
	}
	*o = '\0';
	if (map)
	{
		map[o - out] = (int) len;
		*offsets = map;
	}
	replace_words(out);
	return out;
}

static bool
is_cjk_numeral(uint32_t cp)
{
	static const uint32_t numerals[] = {
		0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
		0x4E5D, 0x5341, 0x3007, 0x96F6
	};							/* 一二三四五六七八九十〇零 */
	size_t		i;

	for (i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (numerals[i] == cp)
			return true;
	return false;
}

static bool
is_key_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		(cp >= 'A' && cp <= 'Z') || (cp >= 0x3400 && cp <= 0x9FFF) ||
		(cp >= 0xF900 && cp <= 0xFAFF);
}

/*
 * Length in bytes of a numbering prefix at s (一、 (一) 1、 1. 1) (1) 其中:
 * and bullets), or 0.
 */
static size_t
numbering_prefix(const char *s)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		len = strlen(s);
	size_t		pos = 0;
	int			used;
	uint32_t	cp;

	cp = gv_utf8_decode(p, len, &used);
	/* bullets and list marks */
	if (cp == 0x2022 || cp == 0x00B7 || cp == 0x25CF || cp == 0x25AA ||
		cp == 0x25A0 || cp == 0x25C6 || cp == '*' || cp == 0x2014)
		return used;
	/* 其中 */
	if (cp == 0x5176)
	{
		int			used2;

		if (gv_utf8_decode(p + used, len - used, &used2) == 0x4E2D)
		{
			pos = used + used2;
			if (p[pos] == ':' || p[pos] == ',')
				pos++;
			return pos;
		}
		return 0;
	}
	/* (一) or (1) */
	if (cp == '(')
	{
		size_t		q = 1;
		int			n = 0;

		while (q < len)
		{
			uint32_t	c = gv_utf8_decode(p + q, len - q, &used);

			if (!(is_cjk_numeral(c) || (c >= '0' && c <= '9')) || n > 4)
				break;
			q += used;
			n++;
		}
		if (n > 0 && q < len && p[q] == ')')
			return q + 1;
		return 0;
	}
	/* 一、 / 十二. */
	if (is_cjk_numeral(cp))
	{
		size_t		q = 0;
		int			n = 0;

		while (q < len)
		{
			uint32_t	c = gv_utf8_decode(p + q, len - q, &used);

			if (!is_cjk_numeral(c) || n > 4)
				break;
			q += used;
			n++;
		}
		if (q < len)
		{
			uint32_t	c = gv_utf8_decode(p + q, len - q, &used);

			if (c == 0x3001 || c == '.' || c == ',')
				return q + used;
		}
		return 0;
	}
	/* 1、 1. 1) but not 1.5 or 2017年 */
	if (cp >= '0' && cp <= '9')
	{
		size_t		q = 0;

		while (q < len && p[q] >= '0' && p[q] <= '9' && q < 3)
			q++;
		if (q < len)
		{
			uint32_t	c = gv_utf8_decode(p + q, len - q, &used);

			if (c == 0x3001 || c == ')' || c == ',')
				return q + used;
			if (c == '.' && !(p[q + 1] >= '0' && p[q + 1] <= '9'))
				return q + 1;
		}
	}
	return 0;
}

size_t
gv_numbering_length(const char *text)
{
	return numbering_prefix(text);
}

/* 四、行政复议数量: numbered with Chinese numerals and 、, a section heading. */
bool
gv_is_top_heading(const char *label)
{
	const unsigned char *p = (const unsigned char *) label;
	size_t		len = strlen(label);
	size_t		pos = 0;
	int			used;
	int			numerals = 0;

	while (pos < len && p[pos] == ' ')
		pos++;
	while (pos < len && is_cjk_numeral(gv_utf8_decode(p + pos, len - pos, &used)))
	{
		pos += used;
		numerals++;
	}
	return numerals > 0 && numerals <= 3 && pos < len &&
		gv_utf8_decode(p + pos, len - pos, &used) == 0x3001;
}

/* Strips numbering prefixes (repeatedly, for 三、(一)) and leading spaces. */
const char *
gv_skip_numbering(const char *s)
{
	for (;;)
	{
		size_t		n;

		while (*s == ' ' || *s == '\t')
			s++;
		n = numbering_prefix(s);
		if (n == 0)
			return s;
		s += n;
	}
}

char *
gv_label_key(GvArena *arena, const char *label)
{
	const char *s = gv_skip_numbering(gv_fold_text(arena, label, strlen(label), NULL));
	size_t		len = strlen(s);
	char	   *out = gv_alloc(arena, len + 1);
	char	   *o = out;
	size_t		pos = 0;
	int			depth = 0;

	while (pos < len)
	{
		int			used;
		uint32_t	cp = gv_utf8_decode((const unsigned char *) s + pos, len - pos, &used);

		if (cp == '(' || cp == '[' || cp == 0x3010)
			depth++;
		else if ((cp == ')' || cp == ']' || cp == 0x3011) && depth > 0)
			depth--;
		else if (depth == 0 && is_key_char(cp))
		{
			memcpy(o, s + pos, used);
			o += used;
		}
		pos += used;
	}
	*o = '\0';
	return out;
}
