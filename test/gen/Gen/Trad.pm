# Gen::Trad -- Simplified to Traditional characters, as mirror sites convert
# report pages (one character at a time, Taiwan forms: 為 開 資 請 數 處 議 …).
# The table covers every character the generator prints; it was derived once
# from OpenCC's s2tw conversion of a generated corpus (for a character that
# OpenCC converts by context, the form it chose most often here; 答复 and
# 关系 are converted as words). `taiwan` also rewrites 信息 as 資訊, as
# Taiwan-style mirrors do.
package Gen::Trad;

use strict;
use warnings;
use utf8;
use Exporter qw(import);

our @EXPORT_OK = qw(to_traditional);

my $SIMPLIFIED =
      '万与专业个丰为举乡书于云产从们价众优会传体关兴内写军农决况准减划别办务动劳区医华单卫厅历县参发台号后员围国图场处备复够头'
    . '宁实审对导将层属岚岭布并应废开强当录彻征径态总户执扫护报据数无时机权条来构枫标栏栖桥检没济浏湾滨点热环现电疗监码础确称稳'
    . '类系纠纳线组织经结绕络统继绩续维综编缴网罚职联舆苏范获补见规视览计订认训议记许讼设访识诉话询详误说请读调谈谋负财责账质购'
    . '贯费资轨转较辑输达迁过运还这进邮采错镇长门闭问间闻阅隐难页项顾预领频题额风驳验鸣鹭';
my $TRADITIONAL =
      '萬與專業個豐為舉鄉書於雲產從們價眾優會傳體關興內寫軍農決況準減劃別辦務動勞區醫華單衛廳歷縣參發臺號後員圍國圖場處備複夠頭'
    . '寧實審對導將層屬嵐嶺佈並應廢開強當錄徹徵徑態總戶執掃護報據數無時機權條來構楓標欄棲橋檢沒濟瀏灣濱點熱環現電療監碼礎確稱穩'
    . '類繫糾納線組織經結繞絡統繼績續維綜編繳網罰職聯輿蘇範獲補見規視覽計訂認訓議記許訟設訪識訴話詢詳誤說請讀調談謀負財責賬質購'
    . '貫費資軌轉較輯輸達遷過運還這進郵採錯鎮長門閉問間聞閱隱難頁項顧預領頻題額風駁驗鳴鷺';

my %S2T;
@S2T{ split //, $SIMPLIFIED } = split //, $TRADITIONAL;
my %WORDS = ('答复' => '答覆', '关系' => '關係');

sub to_traditional {
    my ($text, $taiwan) = @_;
    $text =~ s/信息/資訊/g if $taiwan;
    $text =~ s/(答复|关系)/$WORDS{$1}/g;
    $text =~ s/(\p{Han})/$S2T{$1} \/\/ $1/ge;
    return $text;
}

die "Gen::Trad: table lengths differ\n" unless length($SIMPLIFIED) == length($TRADITIONAL);

1;
