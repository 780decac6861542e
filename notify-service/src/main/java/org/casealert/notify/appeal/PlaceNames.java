package org.casealert.notify.appeal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Places and detention facilities as a letter in English, Korean or Chinese names them: "Tumen Border Detention
 * Center" is 투먼 변방 구류소 in Korean and 图们边防拘留所 in Chinese, and 图们边防拘留所 reads the same way back. A
 * facility is recognised when its words are one known place and one known kind of facility (filler such as "city"
 * or "county" aside), written in any of the three scripts; a hometown when it is one known place. Anything else is
 * printed as the source wrote it: a name we cannot translate is better kept than lost.
 */
public final class PlaceNames {

    /** A place: its names in English, Korean and Chinese, and other spellings sources use for it. */
    record Place(String en, String ko, String zh, String... variants) {

        String in(String language) {
            return switch (language) {
                case "ko" -> ko;
                case "zh" -> zh;
                default -> en;
            };
        }
    }

    /** A kind of facility, the same way; Korean writes a space between the place and it, Chinese none. */
    record Facility(String en, String ko, String zh, String... variants) {

        String in(String language) {
            return switch (language) {
                case "ko" -> ko;
                case "zh" -> zh;
                default -> en;
            };
        }
    }

    static final List<Place> PLACES = List.of(
            // Chinese border cities and counties (the corridors' crossings) and where people are held on the way
            new Place("Tumen", "투먼", "图们", "도문"),
            new Place("Dandong", "단둥", "丹东", "단동"),
            new Place("Hunchun", "훈춘", "珲春"),
            new Place("Yanji", "옌지", "延吉", "연길"),
            new Place("Longjing", "룽징", "龙井", "용정", "룡정"),
            new Place("Helong", "허룽", "和龙", "화룡"),
            new Place("Nanping", "난핑", "南坪"),
            new Place("Changbai", "창바이", "长白", "장백"),
            new Place("Ji'an", "지안", "集安", "jian", "집안"),
            new Place("Linjiang", "린장", "临江", "임강"),
            new Place("Sanhe", "싼허", "三合", "삼합"),
            new Place("Quanhe", "취안허", "圈河", "권하"),
            new Place("Kuandian", "콴뎬", "宽甸"),
            new Place("Donggang", "둥강", "东港"),
            new Place("Fengcheng", "펑청", "凤城"),
            new Place("Yanbian", "옌볜", "延边", "연변"),
            new Place("Baishan", "바이산", "白山"),
            new Place("Tonghua", "퉁화", "通化"),
            new Place("Shenyang", "선양", "沈阳", "심양"),
            new Place("Changchun", "창춘", "长春", "장춘"),
            new Place("Dalian", "다롄", "大连"),
            new Place("Harbin", "하얼빈", "哈尔滨"),
            new Place("Mudanjiang", "무단장", "牡丹江"),
            new Place("Beijing", "베이징", "北京"),
            new Place("Shanghai", "상하이", "上海"),
            new Place("Qingdao", "칭다오", "青岛"),
            new Place("Jinan", "지난", "济南"),
            new Place("Kunming", "쿤밍", "昆明"),
            new Place("Nanning", "난닝", "南宁"),
            // North Korean towns people come from
            new Place("Hoeryong", "회령", "会宁"),
            new Place("Musan", "무산", "茂山"),
            new Place("Hyesan", "혜산", "惠山"),
            new Place("Chongjin", "청진", "清津"),
            new Place("Sinuiju", "신의주", "新义州"),
            new Place("Onsong", "온성", "稳城"),
            new Place("Kyongwon", "경원", "庆源"),
            new Place("Manpo", "만포", "满浦"),
            new Place("Junggang", "중강", "中江"),
            new Place("Wonjong", "원정", "元汀"),
            new Place("Namyang", "남양", "南阳"),
            new Place("Kilju", "길주", "吉州"),
            new Place("Hamhung", "함흥", "咸兴"),
            new Place("Kimchaek", "김책", "金策"),
            new Place("Pyongyang", "평양", "平壤"));

    /** Longest first, so that "Border Detention Center" wins over "Detention Center". */
    static final List<Facility> FACILITIES = List.of(
            new Facility("Border Detention Center", "변방 구류소", "边防拘留所", "border detention centre",
                    "border detention facility", "边防看守所", "변방구류소"),
            new Facility("Border Defence Detachment", "변방 지대", "边防支队", "border defense detachment"),
            new Facility("Public Security Bureau detention house", "공안국 구치소", "公安局看守所",
                    "psb detention house", "psb detention center", "psb detention centre"),
            new Facility("Public Security Bureau", "공안국", "公安局", "psb", "공안국"),
            new Facility("Detention Center", "구치소", "看守所", "detention centre", "detention house", "구치소"),
            new Facility("Detention Facility", "구류소", "拘留所", "jail", "county jail", "구류소"),
            new Facility("Police Station", "파출소", "派出所"),
            new Facility("Border Post", "변방 초소", "边防站", "border station"));

    private static final Set<String> FILLER = Set.of("the", "city", "county", "municipal", "of", "in");
    private static final List<String> CJK_SUFFIXES = List.of("市", "县", "시", "현");

    private PlaceNames() {
    }

    /** The facility in {@code language}, or as reported. */
    public static String facility(String language, String reported) {
        if (reported == null) {
            return null;
        }
        return translateFacility(language, reported).orElse(reported);
    }

    /** The hometown in {@code language}, or as reported. */
    public static String place(String language, String reported) {
        if (reported == null) {
            return null;
        }
        String bare = strip(reported);
        return PLACES.stream().filter(place -> names(place.en(), place.ko(), place.zh(), place.variants()).contains(bare))
                .findFirst().map(place -> place.in(language)).orElse(reported);
    }

    private static Optional<String> translateFacility(String language, String reported) {
        String text = normalise(reported);
        for (Facility facility : FACILITIES) {
            for (String name : names(facility.en(), facility.ko(), facility.zh(), facility.variants())) {
                int at = text.indexOf(name);
                if (at < 0 || !endsOnBoundary(text, at, name)) {
                    continue;
                }
                String rest = strip(text.substring(0, at) + " " + text.substring(at + name.length()));
                Optional<Place> place = PLACES.stream()
                        .filter(candidate -> names(candidate.en(), candidate.ko(), candidate.zh(), candidate.variants())
                                .contains(rest))
                        .findFirst();
                if (place.isPresent()) {
                    String where = place.get().in(language);
                    return Optional.of(switch (language) {
                        case "zh" -> where + facility.zh();
                        case "ko" -> where + " " + facility.ko();
                        default -> where + " " + facility.en();
                    });
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsOnBoundary(String text, int at, String name) {
        boolean ascii = name.chars().allMatch(c -> c < 128);
        if (!ascii) {
            return true;
        }
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + name.length();
        boolean after = end == text.length() || !Character.isLetter(text.charAt(end));
        return before && after;
    }

    /** Lower case, apostrophes and punctuation gone, single spaces. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The name without filler words ("Tumen City" is Tumen, 图们市 is 图们). */
    private static String strip(String text) {
        String words = Arrays.stream(normalise(text).split(" ")).filter(word -> !FILLER.contains(word))
                .collect(Collectors.joining(" "));
        for (String suffix : CJK_SUFFIXES) {
            if (words.length() > suffix.length() && words.endsWith(suffix)) {
                words = words.substring(0, words.length() - suffix.length()).strip();
            }
        }
        return words;
    }

    private static Set<String> names(String en, String ko, String zh, String... variants) {
        return Stream.concat(Arrays.stream(new String[] { en, ko, zh }), Arrays.stream(variants))
                .map(PlaceNames::normalise).collect(Collectors.toSet());
    }
}
