/*
 * catalog.c
 *	  The canonical codes of every generation: the one place they are
 *	  written.  The SQL views govinfo.catalog and govinfo.rules read this
 *	  data through govinfo._catalog() and govinfo._rules(), so the C code,
 *	  the views and the docs cannot disagree.
 *
 * Aliases are match keys: the printed label with numbering, parenthesised
 * notes, punctuation and spaces removed (see gv_label_key).  The first
 * alias is the template's wording; others are variants seen in reports.
 */
#include "govinfo.h"

#include <string.h>

#define L GV_GEN_LEGACY

static const GvCode catalog[] = {
	/* 一、主动公开情况 */
	{"proactive.total", L, "proactive", "主动公开政府信息数", "government information proactively disclosed", "条", NULL, GV_KIND_COUNT,
	"主动公开政府信息数"},
	{"proactive.normative", L, "proactive", "主动公开规范性文件数", "normative documents proactively disclosed", "条", "proactive.total", GV_KIND_COUNT,
	"主动公开规范性文件数"},
	{"proactive.normative_issued", L, "proactive", "制发规范性文件总数", "normative documents issued", "件", NULL, GV_KIND_COUNT,
	"制发规范性文件总数"},
	{"proactive.gazette", L, "proactive", "政府公报公开政府信息数", "disclosed in the government gazette", "条", "proactive.total", GV_KIND_COUNT,
	"政府公报公开政府信息数"},
	{"proactive.website", L, "proactive", "政府网站公开政府信息数", "disclosed on the government website", "条", "proactive.total", GV_KIND_COUNT,
	"政府网站公开政府信息数"},
	{"proactive.weibo", L, "proactive", "政务微博公开政府信息数", "disclosed on government microblogs", "条", "proactive.total", GV_KIND_COUNT,
	"政务微博公开政府信息数"},
	{"proactive.wechat", L, "proactive", "政务微信公开政府信息数", "disclosed on government WeChat accounts", "条", "proactive.total", GV_KIND_COUNT,
	"政务微信公开政府信息数"},
	{"proactive.other", L, "proactive", "其他方式公开政府信息数", "disclosed by other means", "条", "proactive.total", GV_KIND_COUNT,
	"其他方式公开政府信息数"},

	/* 二、回应解读情况 */
	{"response.hotspots", L, "response", "回应公众关注热点或重大舆情数", "public concerns and major opinion events responded to", "次", NULL, GV_KIND_COUNT,
	"回应公众关注热点或重大舆情数"},
	{"response.total", L, "response", "通过不同渠道和方式回应解读的情况", "responses and interpretations through all channels", "次", NULL, GV_KIND_COUNT,
	"通过不同渠道和方式回应解读的情况|通过不同渠道和方式回应解读情况"},
	{"response.press", L, "response", "参加或举办新闻发布会总次数", "press conferences held or attended", "次", "response.total", GV_KIND_COUNT,
	"参加或举办新闻发布会总次数|参加或举办新闻发布会次数"},
	{"response.press_by_head", L, "response", "主要负责同志参加新闻发布会次数", "press conferences attended by the head", "次", "response.press", GV_KIND_COUNT,
	"主要负责同志参加新闻发布会次数"},
	{"response.interviews", L, "response", "政府网站在线访谈次数", "online interviews on the government website", "次", "response.total", GV_KIND_COUNT,
	"政府网站在线访谈次数"},
	{"response.interviews_by_head", L, "response", "主要负责同志参加政府网站在线访谈次数", "online interviews given by the head", "次", "response.interviews", GV_KIND_COUNT,
	"主要负责同志参加政府网站在线访谈次数"},
	{"response.interpretations", L, "response", "政策解读稿件发布数", "policy interpretations published", "篇", "response.total", GV_KIND_COUNT,
	"政策解读稿件发布数"},
	{"response.social_media", L, "response", "微博微信回应事件数", "events responded to on microblogs and WeChat", "次", "response.total", GV_KIND_COUNT,
	"微博微信回应事件数"},
	{"response.other", L, "response", "其他方式回应事件数", "events responded to by other means", "次", "response.total", GV_KIND_COUNT,
	"其他方式回应事件数"},

	/* 三、依申请公开情况 */
	{"apply.received", L, "apply", "收到申请数", "applications received", "件", NULL, GV_KIND_COUNT,
	"收到申请数"},
	{"apply.received.in_person", L, "apply", "当面申请数", "applications made in person", "件", "apply.received", GV_KIND_COUNT,
	"当面申请数"},
	{"apply.received.fax", L, "apply", "传真申请数", "applications by fax", "件", "apply.received", GV_KIND_COUNT,
	"传真申请数"},
	{"apply.received.online", L, "apply", "网络申请数", "applications online", "件", "apply.received", GV_KIND_COUNT,
	"网络申请数"},
	{"apply.received.mail", L, "apply", "信函申请数", "applications by letter", "件", "apply.received", GV_KIND_COUNT,
	"信函申请数"},
	{"apply.closed", L, "apply", "申请办结数", "applications closed", "件", NULL, GV_KIND_COUNT,
	"申请办结数"},
	{"apply.closed.on_time", L, "apply", "按时办结数", "closed on time", "件", "apply.closed", GV_KIND_COUNT,
	"按时办结数"},
	{"apply.closed.extended", L, "apply", "延期办结数", "closed after an extension", "件", "apply.closed", GV_KIND_COUNT,
	"延期办结数"},
	{"apply.answered", L, "apply", "申请答复数", "applications answered", "件", NULL, GV_KIND_COUNT,
	"申请答复数"},
	{"apply.answered.already_public", L, "apply", "属于已主动公开范围数", "already proactively disclosed", "件", "apply.answered", GV_KIND_COUNT,
	"属于已主动公开范围数"},
	{"apply.answered.granted", L, "apply", "同意公开答复数", "disclosure granted", "件", "apply.answered", GV_KIND_COUNT,
	"同意公开答复数"},
	{"apply.answered.partial", L, "apply", "同意部分公开答复数", "disclosure partly granted", "件", "apply.answered", GV_KIND_COUNT,
	"同意部分公开答复数"},
	{"apply.answered.denied", L, "apply", "不同意公开答复数", "disclosure denied", "件", "apply.answered", GV_KIND_COUNT,
	"不同意公开答复数"},
	{"apply.denied.state_secret", L, "apply", "涉及国家秘密", "denied: state secret", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及国家秘密"},
	{"apply.denied.commercial_secret", L, "apply", "涉及商业秘密", "denied: commercial secret", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及商业秘密"},
	{"apply.denied.privacy", L, "apply", "涉及个人隐私", "denied: personal privacy", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及个人隐私"},
	{"apply.denied.security", L, "apply", "危及国家安全、公共安全、经济安全和社会稳定", "denied: endangers security or stability", "件", "apply.answered.denied", GV_KIND_COUNT,
	"危及国家安全公共安全经济安全和社会稳定"},
	{"apply.denied.not_gov_info", L, "apply", "不是《条例》所指政府信息", "denied: not government information under the Regulations", "件", "apply.answered.denied", GV_KIND_COUNT,
	"不是条例所指政府信息|不是政府信息公开条例所指政府信息"},
	{"apply.denied.other_law", L, "apply", "法律法规规定的其他情形", "denied: other cases set by law", "件", "apply.answered.denied", GV_KIND_COUNT,
	"法律法规规定的其他情形"},
	{"apply.answered.not_this_organ", L, "apply", "不属于本行政机关公开数", "not held by this organ", "件", "apply.answered", GV_KIND_COUNT,
	"不属于本行政机关公开数"},
	{"apply.answered.not_exist", L, "apply", "申请信息不存在数", "information does not exist", "件", "apply.answered", GV_KIND_COUNT,
	"申请信息不存在数"},
	{"apply.answered.amend", L, "apply", "告知作出更改补充数", "applicant told to amend", "件", "apply.answered", GV_KIND_COUNT,
	"告知作出更改补充数"},
	{"apply.answered.other_route", L, "apply", "告知通过其他途径办理数", "applicant told to use another route", "件", "apply.answered", GV_KIND_COUNT,
	"告知通过其他途径办理数"},

	/* 四、行政复议数量 */
	{"review.total", L, "review", "行政复议数量", "administrative reviews", "件", NULL, GV_KIND_COUNT,
	"行政复议数量|行政复议数"},
	{"review.upheld", L, "review", "维持具体行政行为数", "reviews upholding the act", "件", "review.total", GV_KIND_COUNT,
	"维持具体行政行为数"},
	{"review.corrected", L, "review", "被依法纠错数", "reviews correcting the act", "件", "review.total", GV_KIND_COUNT,
	"被依法纠错数|依法纠错数"},
	{"review.other", L, "review", "其他情形数", "reviews with other outcomes", "件", "review.total", GV_KIND_COUNT,
	"其他情形数"},

	/* 五、行政诉讼数量 */
	{"litigation.total", L, "litigation", "行政诉讼数量", "administrative lawsuits", "件", NULL, GV_KIND_COUNT,
	"行政诉讼数量|行政诉讼数"},
	{"litigation.upheld", L, "litigation", "维持具体行政行为或者驳回原告诉讼请求数", "lawsuits upholding the act or dismissed", "件", "litigation.total", GV_KIND_COUNT,
	"维持具体行政行为或者驳回原告诉讼请求数|维持具体行政行为或驳回原告诉讼请求数|维持具体行政行为数"},
	{"litigation.corrected", L, "litigation", "被依法纠错数", "lawsuits correcting the act", "件", "litigation.total", GV_KIND_COUNT,
	"被依法纠错数|依法纠错数"},
	{"litigation.other", L, "litigation", "其他情形数", "lawsuits with other outcomes", "件", "litigation.total", GV_KIND_COUNT,
	"其他情形数"},

	/* 六、七 */
	{"complaints.total", L, "complaints", "举报投诉数量", "complaints and reports", "件", NULL, GV_KIND_COUNT,
	"举报投诉数量|举报投诉数"},
	{"fees.amount", L, "fees", "依申请公开信息收取的费用", "fees charged for disclosure on application", "万元", NULL, GV_KIND_AMOUNT,
	"依申请公开信息收取的费用|依申请公开信息收取费用"},

	/* 八、机构建设和保障经费情况 */
	{"org.units", L, "org", "政府信息公开工作专门机构数", "dedicated disclosure units", "个", NULL, GV_KIND_COUNT,
	"政府信息公开工作专门机构数"},
	{"org.reading_points", L, "org", "设置政府信息公开查阅点数", "public reading points", "个", NULL, GV_KIND_COUNT,
	"设置政府信息公开查阅点数"},
	{"org.staff", L, "org", "从事政府信息公开工作人员数", "disclosure staff", "人", NULL, GV_KIND_COUNT,
	"从事政府信息公开工作人员数"},
	{"org.staff.full_time", L, "org", "专职人员数", "full-time staff", "人", "org.staff", GV_KIND_COUNT,
	"专职人员数"},
	{"org.staff.part_time", L, "org", "兼职人员数", "part-time staff", "人", "org.staff", GV_KIND_COUNT,
	"兼职人员数"},
	{"org.budget", L, "org", "政府信息公开专项经费", "dedicated disclosure budget", "万元", NULL, GV_KIND_AMOUNT,
	"政府信息公开专项经费"},

	/* 九、政府信息公开会议和培训情况 */
	{"meetings.count", L, "meetings", "召开政府信息公开工作会议或专题会议数", "disclosure work meetings held", "次", NULL, GV_KIND_COUNT,
	"召开政府信息公开工作会议或专题会议数"},
	{"training.classes", L, "meetings", "举办各类培训班数", "training classes held", "次", NULL, GV_KIND_COUNT,
	"举办各类培训班数"},
	{"training.trainees", L, "meetings", "接受培训人员数", "trainees", "人次", NULL, GV_KIND_COUNT,
	"接受培训人员数"},
};

/* Headings that open a section without carrying a value of their own. */
static const GvSection sections[] = {
	{"proactive", L, "主动公开情况"},
	{"response", L, "回应解读情况"},
	{"apply", L, "依申请公开情况"},
	{"org", L, "机构建设和保障经费情况|机构建设和保障经费"},
	{"meetings", L, "政府信息公开会议和培训情况|会议和培训情况"},
};

#undef L

#define CATALOG_SIZE ((int) (sizeof(catalog) / sizeof(catalog[0])))

int
gv_catalog_count(void)
{
	return CATALOG_SIZE;
}

const GvCode *
gv_catalog_at(int index)
{
	if (index < 0 || index >= CATALOG_SIZE)
		return NULL;
	return &catalog[index];
}

/*
 * Code lookup by binary search over an index sorted by code, built on
 * first use.  The catalog is static, so the index never changes.
 */
static int	sorted_index[CATALOG_SIZE];
static bool sorted_ready;

static void
build_sorted_index(void)
{
	int			i;

	/* insertion sort: the catalog is small and this runs once */
	for (i = 0; i < CATALOG_SIZE; i++)
	{
		int			j = i;

		while (j > 0 && strcmp(catalog[sorted_index[j - 1]].code, catalog[i].code) > 0)
		{
			sorted_index[j] = sorted_index[j - 1];
			j--;
		}
		sorted_index[j] = i;
	}
	sorted_ready = true;
}

int
gv_catalog_find(const char *code)
{
	int			lo = 0,
				hi = CATALOG_SIZE - 1;

	if (!sorted_ready)
		build_sorted_index();
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(catalog[sorted_index[mid]].code, code);

		if (cmp == 0)
			return sorted_index[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

int
gv_section_count(void)
{
	return (int) (sizeof(sections) / sizeof(sections[0]));
}

const GvSection *
gv_section_at(int index)
{
	if (index < 0 || index >= gv_section_count())
		return NULL;
	return &sections[index];
}

const char *
gv_generation_name(unsigned gen)
{
	switch (gen)
	{
		case GV_GEN_LEGACY:
			return "legacy";
		case GV_GEN_LOCAL2008:
			return "local2008";
		case GV_GEN_GB2019:
			return "gb2019";
		case GV_GEN_GB2021:
			return "gb2021";
	}
	return NULL;
}

unsigned
gv_generation_from_name(const char *name)
{
	unsigned	gen;

	for (gen = GV_GEN_LEGACY; gen <= GV_GEN_GB2021; gen <<= 1)
		if (strcmp(gv_generation_name(gen), name) == 0)
			return gen;
	return 0;
}
