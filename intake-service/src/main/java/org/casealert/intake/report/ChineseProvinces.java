package org.casealert.intake.report;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provincial-level divisions of the People's Republic of China, by the names hotlines write them:
 * English or pinyin (with or without "Province" and the like), Chinese, and Korean for the provinces
 * hotlines in Korea name most. Each has one canonical English name, which is what is stored, so that
 * filters and risk windows downstream match.
 */
public final class ChineseProvinces {

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        add("Anhui", "安徽");
        add("Beijing", "北京", "Peking", "북경", "베이징");
        add("Chongqing", "重庆", "Chungking", "중경", "충칭");
        add("Fujian", "福建", "Fukien", "복건", "푸젠");
        add("Gansu", "甘肃", "감숙", "간쑤");
        add("Guangdong", "广东", "Canton", "광동", "광둥");
        add("Guangxi", "广西", "Guangxi Zhuang", "广西壮族", "광서", "광시");
        add("Guizhou", "贵州", "귀주", "구이저우");
        add("Hainan", "海南", "해남", "하이난");
        add("Hebei", "河北", "하북", "허베이");
        add("Heilongjiang", "黑龙江", "흑룡강", "헤이룽장");
        add("Henan", "河南", "하남", "허난");
        add("Hong Kong", "香港", "Hongkong", "홍콩");
        add("Hubei", "湖北", "호북", "후베이");
        add("Hunan", "湖南", "호남", "후난");
        add("Inner Mongolia", "内蒙古", "Nei Mongol", "Neimenggu", "Nei Menggu", "내몽골", "내몽고", "네이멍구");
        add("Jiangsu", "江苏", "강소", "장쑤");
        add("Jiangxi", "江西", "강서", "장시");
        add("Jilin", "吉林", "Kirin", "길림", "지린");
        add("Liaoning", "辽宁", "요녕", "랴오닝");
        add("Macau", "澳门", "Macao", "마카오");
        add("Ningxia", "宁夏", "Ningxia Hui", "宁夏回族", "영하", "닝샤");
        add("Qinghai", "青海", "청해", "칭하이");
        add("Shaanxi", "陕西", "섬서", "산시성");
        add("Shandong", "山东", "Shantung", "산동", "산둥");
        add("Shanghai", "上海", "상해", "상하이");
        add("Shanxi", "山西", "산서");
        add("Sichuan", "四川", "Szechwan", "Szechuan", "사천", "쓰촨");
        add("Tianjin", "天津", "Tientsin", "천진", "톈진");
        add("Tibet", "西藏", "Xizang", "서장", "티베트", "시짱");
        add("Xinjiang", "新疆", "Xinjiang Uyghur", "新疆维吾尔", "신강", "신장");
        add("Yunnan", "云南", "운남", "윈난");
        add("Zhejiang", "浙江", "절강", "저장");
    }

    private ChineseProvinces() {
    }

    /** The canonical English name, or empty if {@code name} is not a Chinese province. */
    public static Optional<String> canonical(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(key(name)));
    }

    private static void add(String canonical, String... others) {
        NAMES.put(key(canonical), canonical);
        for (String other : others) {
            NAMES.put(key(other), canonical);
        }
    }

    /** Case, accents, spacing and the words for "province", "region", "city" do not matter. */
    private static String key(String name) {
        // accents off (decomposed), then composed again: Hangul syllables must stay whole for the suffixes
        String folded = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""),
                Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        folded = folded.replaceAll(
                "\\b(province|sheng|autonomous region|zizhiqu|municipality|shi|special administrative region|sar)\\b", "");
        folded = folded.replaceAll("(省|市|自治区|特别行政区|성|시|자치구)$", "");
        return folded.replaceAll("[\\s\\-'’.,]", "");
    }
}
