/*
 * catalog.c
 *	  The canonical codes of every generation: the one place they are
 *	  written.  The SQL views govinfo.catalog and govinfo.rules read this
 *	  data through govinfo.catalog_entries() and govinfo.rule_entries(), so
 *	  the C code, the views and the docs cannot disagree.
 *
 * The data is rows x column sets (see GvRowDef in govinfo.h).  Aliases are
 * match keys: the printed label with numbering, parenthesised notes,
 * punctuation and spaces removed (see gv_label_key); the first alias is the
 * template's wording, others are variants seen in reports.  An alias
 * starting with '@' only matches inside its row's section (其他 under
 * （六）其他处理).
 */
#include "govinfo.h"

#include <stdio.h>
#include <string.h>

enum
{
	CS_SINGLE,
	CS_LOCAL2008,
	CS_DOCS_2021,
	CS_DOCS_2019,
	CS_DECISIONS_2021,
	CS_FEES_2021,
	CS_ITEMS_2019,
	CS_FEES_2019,
	CS_PROCUREMENT_2019,
	CS_APPLICANTS,
	CS_OUTCOMES
};

#define AMOUNT GV_KIND_AMOUNT
#define SIGNED GV_KIND_SIGNED

static const GvColumnSet column_sets[] = {
	[CS_SINGLE] = {1, {{"", NULL, NULL, -1}}, 1, false},
	[CS_LOCAL2008] = {2, {{"", "本年度", "this year", -1},
	{".cumulative", "历年累计", "cumulative", -1}}, 2, false, true},
	[CS_DOCS_2021] = {3, {{".issued", "本年制发件数", "issued this year", -1},
		{".repealed", "本年废止件数", "repealed this year", -1},
	{".in_force", "现行有效件数", "in force", -1}}, 3, false},
	[CS_DOCS_2019] = {3, {{".made", "本年新制作数量", "made this year", -1},
		{".published", "本年新公开数量", "published this year", -1},
	{".published_total", "对外公开总数量", "published in all", -1}}, 3, false},
	[CS_DECISIONS_2021] = {1, {{".decisions", "本年处理决定数量", "decisions this year", -1}}, 1, false},
	[CS_FEES_2021] = {1, {{".amount", "本年收费金额", "fees charged this year", AMOUNT}}, 1, false},
	[CS_ITEMS_2019] = {3, {{".prev_items", "上一年项目数量", "items last year", -1},
		{".change", "本年增/减", "change this year", SIGNED},
	{".decisions", "处理决定数量", "decisions", -1}}, 3, false},
	[CS_FEES_2019] = {2, {{".prev_items", "上一年项目数量", "items last year", -1},
	{".change", "本年增/减", "change this year", SIGNED}}, 2, false},
	[CS_PROCUREMENT_2019] = {2, {{".items", "采购项目数量", "procurement items", -1},
	{".amount", "采购总金额", "procurement amount", AMOUNT}}, 2, false},
	[CS_APPLICANTS] = {8, {{".person", "自然人", "natural persons", -1},
		{".business", "商业企业", "businesses", -1},
		{".research", "科研机构", "research institutions", -1},
		{".nonprofit", "社会公益组织", "public-interest organisations", -1},
		{".legal", "法律服务机构", "legal service providers", -1},
		{".other", "其他", "other legal persons", -1},
		{".total", "总计", "total", -1},
	{".org", "法人或其他组织小计", "legal persons subtotal", -1}}, 7, true},
	[CS_OUTCOMES] = {5, {{".upheld", "结果维持", "upheld", -1},
		{".corrected", "结果纠正", "corrected", -1},
		{".other", "其他结果", "other outcome", -1},
		{".pending", "尚未审结", "pending", -1},
	{".total", "总计", "total", -1}}, 5, true},
};

#define L GV_GEN_LEGACY
#define L8 GV_GEN_LOCAL2008
#define G21 GV_GEN_GB2021
#define G19 GV_GEN_GB2019
#define GB (GV_GEN_GB2021 | GV_GEN_GB2019)
#define COUNT GV_KIND_COUNT

static const GvRowDef rows[] = {
	/* 一、主动公开情况 */
	{"proactive.total", L, "proactive", "主动公开政府信息数", "government information proactively disclosed", "条", NULL, GV_KIND_COUNT,
	"主动公开政府信息数", CS_SINGLE},
	{"proactive.normative", L, "proactive", "主动公开规范性文件数", "normative documents proactively disclosed", "条", "proactive.total", GV_KIND_COUNT,
	"主动公开规范性文件数", CS_SINGLE},
	{"proactive.normative_issued", L, "proactive", "制发规范性文件总数", "normative documents issued", "件", NULL, GV_KIND_COUNT,
	"制发规范性文件总数", CS_SINGLE},
	{"proactive.gazette", L, "proactive", "政府公报公开政府信息数", "disclosed in the government gazette", "条", "proactive.total", GV_KIND_COUNT,
	"政府公报公开政府信息数", CS_SINGLE},
	{"proactive.website", L, "proactive", "政府网站公开政府信息数", "disclosed on the government website", "条", "proactive.total", GV_KIND_COUNT,
	"政府网站公开政府信息数", CS_SINGLE},
	{"proactive.weibo", L, "proactive", "政务微博公开政府信息数", "disclosed on government microblogs", "条", "proactive.total", GV_KIND_COUNT,
	"政务微博公开政府信息数", CS_SINGLE},
	{"proactive.wechat", L, "proactive", "政务微信公开政府信息数", "disclosed on government WeChat accounts", "条", "proactive.total", GV_KIND_COUNT,
	"政务微信公开政府信息数", CS_SINGLE},
	{"proactive.other", L, "proactive", "其他方式公开政府信息数", "disclosed by other means", "条", "proactive.total", GV_KIND_COUNT,
	"其他方式公开政府信息数", CS_SINGLE},

	/* 二、回应解读情况 */
	{"response.hotspots", L, "response", "回应公众关注热点或重大舆情数", "public concerns and major opinion events responded to", "次", NULL, GV_KIND_COUNT,
	"回应公众关注热点或重大舆情数", CS_SINGLE},
	{"response.total", L, "response", "通过不同渠道和方式回应解读的情况", "responses and interpretations through all channels", "次", NULL, GV_KIND_COUNT,
	"通过不同渠道和方式回应解读的情况|通过不同渠道和方式回应解读情况", CS_SINGLE},
	{"response.press", L, "response", "参加或举办新闻发布会总次数", "press conferences held or attended", "次", "response.total", GV_KIND_COUNT,
	"参加或举办新闻发布会总次数|参加或举办新闻发布会次数", CS_SINGLE},
	{"response.press_by_head", L, "response", "主要负责同志参加新闻发布会次数", "press conferences attended by the head", "次", "response.press", GV_KIND_COUNT,
	"主要负责同志参加新闻发布会次数", CS_SINGLE},
	{"response.interviews", L, "response", "政府网站在线访谈次数", "online interviews on the government website", "次", "response.total", GV_KIND_COUNT,
	"政府网站在线访谈次数", CS_SINGLE},
	{"response.interviews_by_head", L, "response", "主要负责同志参加政府网站在线访谈次数", "online interviews given by the head", "次", "response.interviews", GV_KIND_COUNT,
	"主要负责同志参加政府网站在线访谈次数", CS_SINGLE},
	{"response.interpretations", L, "response", "政策解读稿件发布数", "policy interpretations published", "篇", "response.total", GV_KIND_COUNT,
	"政策解读稿件发布数", CS_SINGLE},
	{"response.social_media", L, "response", "微博微信回应事件数", "events responded to on microblogs and WeChat", "次", "response.total", GV_KIND_COUNT,
	"微博微信回应事件数", CS_SINGLE},
	{"response.other", L, "response", "其他方式回应事件数", "events responded to by other means", "次", "response.total", GV_KIND_COUNT,
	"其他方式回应事件数", CS_SINGLE},

	/* 三、依申请公开情况 */
	{"apply.received", L, "apply", "收到申请数", "applications received", "件", NULL, GV_KIND_COUNT,
	"收到申请数", CS_SINGLE},
	{"apply.received.in_person", L, "apply", "当面申请数", "applications made in person", "件", "apply.received", GV_KIND_COUNT,
	"当面申请数", CS_SINGLE},
	{"apply.received.fax", L, "apply", "传真申请数", "applications by fax", "件", "apply.received", GV_KIND_COUNT,
	"传真申请数", CS_SINGLE},
	{"apply.received.online", L, "apply", "网络申请数", "applications online", "件", "apply.received", GV_KIND_COUNT,
	"网络申请数", CS_SINGLE},
	{"apply.received.mail", L, "apply", "信函申请数", "applications by letter", "件", "apply.received", GV_KIND_COUNT,
	"信函申请数", CS_SINGLE},
	{"apply.closed", L, "apply", "申请办结数", "applications closed", "件", NULL, GV_KIND_COUNT,
	"申请办结数", CS_SINGLE},
	{"apply.closed.on_time", L, "apply", "按时办结数", "closed on time", "件", "apply.closed", GV_KIND_COUNT,
	"按时办结数", CS_SINGLE},
	{"apply.closed.extended", L, "apply", "延期办结数", "closed after an extension", "件", "apply.closed", GV_KIND_COUNT,
	"延期办结数", CS_SINGLE},
	{"apply.answered", L, "apply", "申请答复数", "applications answered", "件", NULL, GV_KIND_COUNT,
	"申请答复数", CS_SINGLE},
	{"apply.answered.already_public", L, "apply", "属于已主动公开范围数", "already proactively disclosed", "件", "apply.answered", GV_KIND_COUNT,
	"属于已主动公开范围数", CS_SINGLE},
	{"apply.answered.granted", L, "apply", "同意公开答复数", "disclosure granted", "件", "apply.answered", GV_KIND_COUNT,
	"同意公开答复数", CS_SINGLE},
	{"apply.answered.partial", L, "apply", "同意部分公开答复数", "disclosure partly granted", "件", "apply.answered", GV_KIND_COUNT,
	"同意部分公开答复数", CS_SINGLE},
	{"apply.answered.denied", L, "apply", "不同意公开答复数", "disclosure denied", "件", "apply.answered", GV_KIND_COUNT,
	"不同意公开答复数", CS_SINGLE},
	{"apply.denied.state_secret", L, "apply", "涉及国家秘密", "denied: state secret", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及国家秘密", CS_SINGLE},
	{"apply.denied.commercial_secret", L, "apply", "涉及商业秘密", "denied: commercial secret", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及商业秘密", CS_SINGLE},
	{"apply.denied.privacy", L, "apply", "涉及个人隐私", "denied: personal privacy", "件", "apply.answered.denied", GV_KIND_COUNT,
	"涉及个人隐私", CS_SINGLE},
	{"apply.denied.security", L, "apply", "危及国家安全、公共安全、经济安全和社会稳定", "denied: endangers security or stability", "件", "apply.answered.denied", GV_KIND_COUNT,
	"危及国家安全公共安全经济安全和社会稳定", CS_SINGLE},
	{"apply.denied.not_gov_info", L, "apply", "不是《条例》所指政府信息", "denied: not government information under the Regulations", "件", "apply.answered.denied", GV_KIND_COUNT,
	"不是条例所指政府信息|不是政府信息公开条例所指政府信息", CS_SINGLE},
	{"apply.denied.other_law", L, "apply", "法律法规规定的其他情形", "denied: other cases set by law", "件", "apply.answered.denied", GV_KIND_COUNT,
	"法律法规规定的其他情形", CS_SINGLE},
	{"apply.answered.not_this_organ", L, "apply", "不属于本行政机关公开数", "not held by this organ", "件", "apply.answered", GV_KIND_COUNT,
	"不属于本行政机关公开数", CS_SINGLE},
	{"apply.answered.not_exist", L, "apply", "申请信息不存在数", "information does not exist", "件", "apply.answered", GV_KIND_COUNT,
	"申请信息不存在数", CS_SINGLE},
	{"apply.answered.amend", L, "apply", "告知作出更改补充数", "applicant told to amend", "件", "apply.answered", GV_KIND_COUNT,
	"告知作出更改补充数", CS_SINGLE},
	{"apply.answered.other_route", L, "apply", "告知通过其他途径办理数", "applicant told to use another route", "件", "apply.answered", GV_KIND_COUNT,
	"告知通过其他途径办理数", CS_SINGLE},

	/* 四、行政复议数量 */
	{"review.total", L, "review", "行政复议数量", "administrative reviews", "件", NULL, GV_KIND_COUNT,
	"行政复议数量|行政复议数", CS_SINGLE},
	{"review.upheld", L, "review", "维持具体行政行为数", "reviews upholding the act", "件", "review.total", GV_KIND_COUNT,
	"维持具体行政行为数", CS_SINGLE},
	{"review.corrected", L, "review", "被依法纠错数", "reviews correcting the act", "件", "review.total", GV_KIND_COUNT,
	"被依法纠错数|依法纠错数", CS_SINGLE},
	{"review.other", L, "review", "其他情形数", "reviews with other outcomes", "件", "review.total", GV_KIND_COUNT,
	"其他情形数", CS_SINGLE},

	/* 五、行政诉讼数量 */
	{"litigation.total", L, "litigation", "行政诉讼数量", "administrative lawsuits", "件", NULL, GV_KIND_COUNT,
	"行政诉讼数量|行政诉讼数", CS_SINGLE},
	{"litigation.upheld", L, "litigation", "维持具体行政行为或者驳回原告诉讼请求数", "lawsuits upholding the act or dismissed", "件", "litigation.total", GV_KIND_COUNT,
	"维持具体行政行为或者驳回原告诉讼请求数|维持具体行政行为或驳回原告诉讼请求数|维持具体行政行为数", CS_SINGLE},
	{"litigation.corrected", L, "litigation", "被依法纠错数", "lawsuits correcting the act", "件", "litigation.total", GV_KIND_COUNT,
	"被依法纠错数|依法纠错数", CS_SINGLE},
	{"litigation.other", L, "litigation", "其他情形数", "lawsuits with other outcomes", "件", "litigation.total", GV_KIND_COUNT,
	"其他情形数", CS_SINGLE},

	/* 六、七 */
	{"complaints.total", L, "complaints", "举报投诉数量", "complaints and reports", "件", NULL, GV_KIND_COUNT,
	"举报投诉数量|举报投诉数", CS_SINGLE},
	{"fees.amount", L, "fees", "依申请公开信息收取的费用", "fees charged for disclosure on application", "万元", NULL, GV_KIND_AMOUNT,
	"依申请公开信息收取的费用|依申请公开信息收取费用", CS_SINGLE},

	/* 八、机构建设和保障经费情况 */
	{"org.units", L, "org", "政府信息公开工作专门机构数", "dedicated disclosure units", "个", NULL, GV_KIND_COUNT,
	"政府信息公开工作专门机构数", CS_SINGLE},
	{"org.reading_points", L, "org", "设置政府信息公开查阅点数", "public reading points", "个", NULL, GV_KIND_COUNT,
	"设置政府信息公开查阅点数", CS_SINGLE},
	{"org.staff", L, "org", "从事政府信息公开工作人员数", "disclosure staff", "人", NULL, GV_KIND_COUNT,
	"从事政府信息公开工作人员数", CS_SINGLE},
	{"org.staff.full_time", L, "org", "专职人员数", "full-time staff", "人", "org.staff", GV_KIND_COUNT,
	"专职人员数", CS_SINGLE},
	{"org.staff.part_time", L, "org", "兼职人员数", "part-time staff", "人", "org.staff", GV_KIND_COUNT,
	"兼职人员数", CS_SINGLE},
	{"org.budget", L, "org", "政府信息公开专项经费", "dedicated disclosure budget", "万元", NULL, GV_KIND_AMOUNT,
	"政府信息公开专项经费", CS_SINGLE},

	/* 九、政府信息公开会议和培训情况 */
	{"meetings.count", L, "meetings", "召开政府信息公开工作会议或专题会议数", "disclosure work meetings held", "次", NULL, GV_KIND_COUNT,
	"召开政府信息公开工作会议或专题会议数", CS_SINGLE},
	{"training.classes", L, "meetings", "举办各类培训班数", "training classes held", "次", NULL, GV_KIND_COUNT,
	"举办各类培训班数", CS_SINGLE},
	{"training.trainees", L, "meetings", "接受培训人员数", "trainees", "人次", NULL, GV_KIND_COUNT,
	"接受培训人员数", CS_SINGLE},

	/* local2008: provincial tables, this year and cumulative */
	{"proactive.total", L8, "proactive", "主动公开政府信息数", "government information proactively disclosed", "条", NULL, COUNT,
	"主动公开政府信息数|主动公开信息数|主动公开政府信息总数", CS_LOCAL2008},
	{"apply.received", L8, "apply", "受理依申请公开信息总数", "applications received", "件", NULL, COUNT,
	"受理依申请公开信息总数|受理政府信息公开申请总数|依申请公开信息总数|收到申请数", CS_LOCAL2008},
	{"apply.received.in_person", L8, "apply", "当面申请数", "applications made in person", "件", "apply.received", COUNT,
	"当面申请数", CS_LOCAL2008},
	{"apply.received.fax", L8, "apply", "传真申请数", "applications by fax", "件", "apply.received", COUNT,
	"传真申请数", CS_LOCAL2008},
	{"apply.received.online", L8, "apply", "网上申请数", "applications online", "件", "apply.received", COUNT,
	"网上申请数|网络申请数", CS_LOCAL2008},
	{"apply.received.mail", L8, "apply", "信函申请数", "applications by letter", "件", "apply.received", COUNT,
	"信函申请数", CS_LOCAL2008},
	{"apply.received.email", L8, "apply", "电子邮件申请数", "applications by e-mail", "件", "apply.received", COUNT,
	"电子邮件申请数|电子邮箱申请数", CS_LOCAL2008},
	{"apply.received.mail_fax", L8, "apply", "信函、传真申请数", "applications by letter or fax", "件", "apply.received", COUNT,
	"信函传真申请数|传真信函申请数", CS_LOCAL2008},
	{"apply.received.other", L8, "apply", "其他形式申请数", "applications in other forms", "件", "apply.received", COUNT,
	"其他形式申请数", CS_LOCAL2008},
	{"apply.answered", L8, "apply", "依申请公开答复数", "applications answered", "件", NULL, COUNT,
	"依申请公开答复数|依申请公开答复总数|申请答复总数|申请答复数|答复总数|已答复数", CS_LOCAL2008},
	{"apply.answered.granted", L8, "apply", "同意公开答复数", "disclosure granted", "件", "apply.answered", COUNT,
	"同意公开答复数", CS_LOCAL2008},
	{"apply.answered.partial", L8, "apply", "同意部分公开答复数", "disclosure partly granted", "件", "apply.answered", COUNT,
	"同意部分公开答复数|部分公开答复数", CS_LOCAL2008},
	{"apply.answered.denied", L8, "apply", "否决公开答复数", "disclosure denied", "件", "apply.answered", COUNT,
	"否决公开答复数|不予公开答复数|不同意公开答复数", CS_LOCAL2008},
	{"apply.answered.other", L8, "apply", "其他类型答复数", "other answers", "件", "apply.answered", COUNT,
	"其他类型答复数", CS_LOCAL2008},
	{"fees.waived", L8, "fees", "政府信息公开收费减免金额", "disclosure fees waived", "万元", NULL, AMOUNT,
	"政府信息公开收费减免金额|收费减免金额", CS_LOCAL2008},
	{"review.total", L8, "review", "行政复议数", "administrative reviews", "件", NULL, COUNT,
	"行政复议数|行政复议数量|行政复议案件数", CS_LOCAL2008},
	{"litigation.total", L8, "litigation", "行政诉讼数", "administrative lawsuits", "件", NULL, COUNT,
	"行政诉讼数|行政诉讼数量|行政诉讼案件数", CS_LOCAL2008},
	{"appeal.total", L8, "appeal", "行政申诉数", "administrative appeals", "件", NULL, COUNT,
	"行政申诉数|行政申诉数量|行政申诉案件数", CS_LOCAL2008},

	/* gb2021 表二 二、主动公开政府信息情况 */
	{"active.rules", G21, "active", "规章", "rules", "件", NULL, COUNT,
	"规章", CS_DOCS_2021},
	{"active.normative", G21, "active", "行政规范性文件", "normative documents", "件", NULL, COUNT,
	"行政规范性文件|规范性文件", CS_DOCS_2021},
	{"active.license", G21, "active", "行政许可", "administrative licences", "件", NULL, COUNT,
	"行政许可", CS_DECISIONS_2021},
	{"active.penalty", G21, "active", "行政处罚", "administrative penalties", "件", NULL, COUNT,
	"行政处罚", CS_DECISIONS_2021},
	{"active.coercion", G21, "active", "行政强制", "administrative coercion", "件", NULL, COUNT,
	"行政强制", CS_DECISIONS_2021},
	{"active.fees", G21, "active", "行政事业性收费", "administrative fees", "万元", NULL, AMOUNT,
	"行政事业性收费", CS_FEES_2021},

	/* gb2019 表二 */
	{"active.rules", G19, "active", "规章", "rules", "件", NULL, COUNT,
	"规章", CS_DOCS_2019},
	{"active.normative", G19, "active", "规范性文件", "normative documents", "件", NULL, COUNT,
	"规范性文件|行政规范性文件", CS_DOCS_2019},
	{"active.license", G19, "active", "行政许可", "administrative licences", "项", NULL, COUNT,
	"行政许可", CS_ITEMS_2019},
	{"active.other_services", G19, "active", "其他对外管理服务事项", "other external services", "项", NULL, COUNT,
	"其他对外管理服务事项", CS_ITEMS_2019},
	{"active.penalty", G19, "active", "行政处罚", "administrative penalties", "项", NULL, COUNT,
	"行政处罚", CS_ITEMS_2019},
	{"active.coercion", G19, "active", "行政强制", "administrative coercion", "项", NULL, COUNT,
	"行政强制", CS_ITEMS_2019},
	{"active.fees", G19, "active", "行政事业性收费", "administrative fees", "项", NULL, COUNT,
	"行政事业性收费", CS_FEES_2019},
	{"active.procurement", G19, "active", "政府集中采购", "government procurement", "项", NULL, COUNT,
	"政府集中采购", CS_PROCUREMENT_2019},

	/* 表三 收到和处理政府信息公开申请情况 (gb2021 and gb2019) */
	{"apply.new", GB, "apply", "本年新收政府信息公开申请数量", "new applications this year", "件", NULL, COUNT,
	"本年新收政府信息公开申请数量|本年新收政府信息公开申请数", CS_APPLICANTS},
	{"apply.carried_in", GB, "apply", "上年结转政府信息公开申请数量", "applications carried in", "件", NULL, COUNT,
	"上年结转政府信息公开申请数量|上年结转政府信息公开申请数", CS_APPLICANTS},
	{"apply.granted", GB, "apply", "予以公开", "granted", "件", "apply.total", COUNT,
	"予以公开", CS_APPLICANTS},
	{"apply.partial", GB, "apply", "部分公开", "partly granted", "件", "apply.total", COUNT,
	"部分公开", CS_APPLICANTS},
	{"apply.denied", GB, "apply.denied", "不予公开", "denied (subtotal)", "件", "apply.total", COUNT,
	"不予公开", CS_APPLICANTS},
	{"apply.denied.state_secret", GB, "apply.denied", "属于国家秘密", "denied: state secret", "件", "apply.denied", COUNT,
	"属于国家秘密", CS_APPLICANTS},
	{"apply.denied.prohibited", GB, "apply.denied", "其他法律行政法规禁止公开", "denied: prohibited by other laws", "件", "apply.denied", COUNT,
	"其他法律行政法规禁止公开", CS_APPLICANTS},
	{"apply.denied.security", GB, "apply.denied", "危及“三安全一稳定”", "denied: endangers security or stability", "件", "apply.denied", COUNT,
	"危及三安全一稳定", CS_APPLICANTS},
	{"apply.denied.third_party", GB, "apply.denied", "保护第三方合法权益", "denied: third-party rights", "件", "apply.denied", COUNT,
	"保护第三方合法权益", CS_APPLICANTS},
	{"apply.denied.internal", GB, "apply.denied", "属于三类内部事务信息", "denied: internal affairs", "件", "apply.denied", COUNT,
	"属于三类内部事务信息", CS_APPLICANTS},
	{"apply.denied.process", GB, "apply.denied", "属于四类过程性信息", "denied: process information", "件", "apply.denied", COUNT,
	"属于四类过程性信息", CS_APPLICANTS},
	{"apply.denied.enforcement", GB, "apply.denied", "属于行政执法案卷", "denied: enforcement files", "件", "apply.denied", COUNT,
	"属于行政执法案卷", CS_APPLICANTS},
	{"apply.denied.inquiry", GB, "apply.denied", "属于行政查询事项", "denied: administrative inquiry", "件", "apply.denied", COUNT,
	"属于行政查询事项", CS_APPLICANTS},
	{"apply.unable", GB, "apply.unable", "无法提供", "unable to provide (subtotal)", "件", "apply.total", COUNT,
	"无法提供", CS_APPLICANTS},
	{"apply.unable.not_held", GB, "apply.unable", "本机关不掌握相关政府信息", "unable: not held", "件", "apply.unable", COUNT,
	"本机关不掌握相关政府信息", CS_APPLICANTS},
	{"apply.unable.must_create", GB, "apply.unable", "没有现成信息需要另行制作", "unable: would have to be created", "件", "apply.unable", COUNT,
	"没有现成信息需要另行制作", CS_APPLICANTS},
	{"apply.unable.unclear", GB, "apply.unable", "补正后申请内容仍不明确", "unable: still unclear after amendment", "件", "apply.unable", COUNT,
	"补正后申请内容仍不明确", CS_APPLICANTS},
	{"apply.refused", GB, "apply.refused", "不予处理", "not processed (subtotal)", "件", "apply.total", COUNT,
	"不予处理", CS_APPLICANTS},
	{"apply.refused.complaint", GB, "apply.refused", "信访举报投诉类申请", "not processed: petitions and complaints", "件", "apply.refused", COUNT,
	"信访举报投诉类申请", CS_APPLICANTS},
	{"apply.refused.repeat", GB, "apply.refused", "重复申请", "not processed: repeated", "件", "apply.refused", COUNT,
	"重复申请", CS_APPLICANTS},
	{"apply.refused.publication", GB, "apply.refused", "要求提供公开出版物", "not processed: publications", "件", "apply.refused", COUNT,
	"要求提供公开出版物", CS_APPLICANTS},
	{"apply.refused.excessive", GB, "apply.refused", "无正当理由大量反复申请", "not processed: excessive", "件", "apply.refused", COUNT,
	"无正当理由大量反复申请", CS_APPLICANTS},
	{"apply.refused.confirm", GB, "apply.refused", "要求行政机关确认或重新出具已获取信息", "not processed: confirm or reissue", "件", "apply.refused", COUNT,
	"要求行政机关确认或重新出具已获取信息", CS_APPLICANTS},
	{"apply.other", GB, "apply.other", "其他处理", "otherwise handled", "件", "apply.total", COUNT,
	"其他处理", CS_APPLICANTS},
	{"apply.other.no_correction", G21, "apply.other", "逾期不补正", "otherwise: not amended in time", "件", "apply.other", COUNT,
	"申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", CS_APPLICANTS},
	{"apply.other.no_fee", G21, "apply.other", "逾期未缴纳费用", "otherwise: fee not paid in time", "件", "apply.other", COUNT,
	"申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请", CS_APPLICANTS},
	{"apply.other.other", G21, "apply.other", "其他", "otherwise: other", "件", "apply.other", COUNT,
	"@其他", CS_APPLICANTS},
	{"apply.total", GB, "apply", "总计", "total handled", "件", NULL, COUNT,
	"@总计", CS_APPLICANTS},
	{"apply.carried_out", GB, "apply", "结转下年度继续办理", "carried over to next year", "件", NULL, COUNT,
	"结转下年度继续办理", CS_APPLICANTS},

	/* numbers the prose states (narrative.c); never matched as table labels */
	{"narrative.apply.received", GB, "narrative", "正文所述收到申请数", "applications received, as the prose states", "件", NULL, COUNT,
	"@正文所述收到申请数", CS_SINGLE},
	{"narrative.review.total", GB, "narrative", "正文所述行政复议数", "administrative reviews, as the prose states", "件", NULL, COUNT,
	"@正文所述行政复议数", CS_SINGLE},
	{"narrative.litigation.total", GB, "narrative", "正文所述行政诉讼数", "administrative lawsuits, as the prose states", "件", NULL, COUNT,
	"@正文所述行政诉讼数", CS_SINGLE},

	/* 表四 行政复议、行政诉讼 (one row of 15 cells, no row label) */
	{"review", GB, "review", "行政复议", "administrative review", "件", NULL, COUNT,
	"行政复议", CS_OUTCOMES},
	{"litigation.direct", GB, "litigation", "未经复议直接起诉", "lawsuits without prior review", "件", NULL, COUNT,
	"未经复议直接起诉", CS_OUTCOMES},
	{"litigation.after_review", GB, "litigation", "复议后起诉", "lawsuits after review", "件", NULL, COUNT,
	"复议后起诉", CS_OUTCOMES},
};

/* Headings that open a section without carrying a value of their own. */
static const GvSection sections[] = {
	{"proactive", L | L8, "主动公开情况|主动公开政府信息情况"},
	{"proactive", L, "通过不同渠道和方式公开政府信息的情况|通过不同渠道和方式公开政府信息情况"},
	{"response", L, "回应解读情况"},
	{"apply", L | L8, "依申请公开情况|依申请公开政府信息情况"},
	{"fees", L8, "政府信息公开收费及减免情况|收费及减免情况"},
	{"review", L8, "行政复议行政诉讼和行政申诉情况|政府信息公开行政复议行政诉讼和行政申诉情况"},
	{"org", L, "机构建设和保障经费情况|机构建设和保障经费"},
	{"meetings", L, "政府信息公开会议和培训情况|会议和培训情况"},
	{"active", GB, "主动公开政府信息情况"},
	{"apply", GB, "收到和处理政府信息公开申请情况|本年度办理结果"},
	{"review", GB, "政府信息公开行政复议行政诉讼情况"},
};

#undef L
#undef L8
#undef G21
#undef G19
#undef GB
#undef COUNT
#undef AMOUNT
#undef SIGNED

#define NROWS ((int) (sizeof(rows) / sizeof(rows[0])))
#define NSECTIONS ((int) (sizeof(sections) / sizeof(sections[0])))
#define MAX_CODES (NROWS * GV_MAX_COLUMNS)

/*
 * The codes, built once per process from the rows: static storage, no
 * allocation, so it is safe in the server and in fuzzers alike.  A code
 * that two rows define (apply.received in legacy and local2008) is one
 * code holding both generations.
 */
static GvCode codes[MAX_CODES];
static int	code_count;
static int	row_codes[NROWS][GV_MAX_COLUMNS];
static char text_pool[MAX_CODES * 3 * 96];
static size_t pool_used;
static int	sorted_index[MAX_CODES];
static bool catalog_ready;

static const char *
pool_printf(const char *fmt, const char *a, const char *b)
{
	char	   *out = text_pool + pool_used;
	int			n = snprintf(out, sizeof(text_pool) - pool_used, fmt, a, b);

	pool_used += (size_t) n + 1;
	return out;
}

static int
find_sorted(const char *code, int count)
{
	int			lo = 0,
				hi = count - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(codes[sorted_index[mid]].code, code);

		if (cmp == 0)
			return sorted_index[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Inserts code index i into the sorted index of count entries. */
static void
insert_sorted(int i, int count)
{
	int			j = count;

	while (j > 0 && strcmp(codes[sorted_index[j - 1]].code, codes[i].code) > 0)
	{
		sorted_index[j] = sorted_index[j - 1];
		j--;
	}
	sorted_index[j] = i;
}

static void
build_catalog(void)
{
	int			r,
				c;

	for (r = 0; r < NROWS; r++)
	{
		const GvRowDef *row = &rows[r];
		const GvColumnSet *set = &column_sets[row->colset];

		for (c = 0; c < set->ncolumns; c++)
		{
			const GvColumn *column = &set->columns[c];
			const char *name = pool_printf("%s%s", row->key, column->suffix);
			int			existing = find_sorted(name, code_count);
			GvCode	   *code;

			if (existing >= 0)
			{
				codes[existing].generations |= row->generations;
				row_codes[r][c] = existing;
				pool_used -= strlen(name) + 1;
				continue;
			}
			code = &codes[code_count];
			code->code = name;
			code->generations = row->generations;
			code->section = row->section;
			code->row_label = row->label_zh;
			code->column_label = column->label_zh;
			code->label_zh = column->label_zh ?
				pool_printf("%s（%s）", row->label_zh, column->label_zh) : row->label_zh;
			code->label_en = column->label_en ?
				pool_printf("%s (%s)", row->label_en, column->label_en) : row->label_en;
			code->kind = column->kind >= 0 ? (GvValueKind) column->kind : row->kind;
			code->unit = code->kind == GV_KIND_AMOUNT ? "万元" : row->unit;
			code->parent = row->parent ?
				(set->ncolumns > 1 && strcmp(row->key, row->parent) != 0 ?
				 pool_printf("%s%s", row->parent, column->suffix) : row->parent) : NULL;
			code->row = r;
			code->column = c;
			row_codes[r][c] = code_count;
			insert_sorted(code_count, code_count);
			code_count++;
		}
	}
	catalog_ready = true;
}

#define ENSURE_CATALOG() do { if (!catalog_ready) build_catalog(); } while (0)

int
gv_catalog_count(void)
{
	ENSURE_CATALOG();
	return code_count;
}

const GvCode *
gv_catalog_at(int index)
{
	ENSURE_CATALOG();
	if (index < 0 || index >= code_count)
		return NULL;
	return &codes[index];
}

int
gv_catalog_find(const char *code)
{
	ENSURE_CATALOG();
	return find_sorted(code, code_count);
}

int
gv_row_count(void)
{
	return NROWS;
}

const GvRowDef *
gv_row_at(int index)
{
	if (index < 0 || index >= NROWS)
		return NULL;
	return &rows[index];
}

const GvColumnSet *
gv_row_columns(int row)
{
	return &column_sets[rows[row].colset];
}

int
gv_row_code(int row, int column)
{
	ENSURE_CATALOG();
	return row_codes[row][column];
}

const GvCode *
gv_code_in(int index, unsigned generation, const char **row_label, const char **column_label)
{
	int			r,
				c;

	ENSURE_CATALOG();
	*row_label = codes[index].row_label;
	*column_label = codes[index].column_label;
	for (r = 0; r < NROWS; r++)
	{
		if (!(rows[r].generations & generation))
			continue;
		for (c = 0; c < column_sets[rows[r].colset].ncolumns; c++)
			if (row_codes[r][c] == index)
			{
				*row_label = rows[r].label_zh;
				*column_label = column_sets[rows[r].colset].columns[c].label_zh;
				return &codes[index];
			}
	}
	return &codes[index];
}

int
gv_section_count(void)
{
	return NSECTIONS;
}

const GvSection *
gv_section_at(int index)
{
	if (index < 0 || index >= NSECTIONS)
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
