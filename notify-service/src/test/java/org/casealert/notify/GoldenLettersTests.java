package org.casealert.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.DetentionStage;
import org.casealert.events.RiskFactor;
import org.casealert.notify.appeal.AppealRenderer;
import org.casealert.notify.appeal.Recipient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One golden letter per recipient of the default directory, per language and per kind of letter, read as its
 * addressee would: the sender's letterhead, the addressee by its own name in the letter's language, the date as
 * the language writes it, a salutation and a closing, the legal basis with its document symbols, the addressee's
 * own ask, the consent behind every name; in Korean and Chinese no place or addressee in Latin script.
 */
@QuarkusTest
class GoldenLettersTests {

    /** A directory recipient: its key, kind, English name and what a letter in each language calls it. */
    record Addressee(Recipient.Mandate mandate, String key, Recipient.Kind kind, String name, String ko, String zh) {

        String in(String language) {
            return switch (language) {
                case "ko" -> ko;
                case "zh" -> zh;
                default -> name;
            };
        }
    }

    static final List<Addressee> DIRECTORY = List.of(
            new Addressee(Recipient.Mandate.UNHCR, "unhcr-beijing", Recipient.Kind.UNHCR, "UNHCR Beijing",
                    "유엔난민기구 주중국 대표부", "联合国难民署驻华代表处"),
            new Addressee(Recipient.Mandate.ROK, "rok-embassy-beijing", Recipient.Kind.EMBASSY,
                    "Embassy of the Republic of Korea in Beijing", "주중국 대한민국 대사관", "大韩民国驻华大使馆"),
            new Addressee(Recipient.Mandate.ROK, "rok-consulate-shenyang", Recipient.Kind.EMBASSY,
                    "Consulate General of the Republic of Korea in Shenyang", "주선양 대한민국 총영사관", "大韩民国驻沈阳总领事馆"),
            new Addressee(Recipient.Mandate.US, "us-embassy-beijing", Recipient.Kind.EMBASSY,
                    "Embassy of the United States in Beijing", "주중국 미국 대사관", "美国驻华大使馆"),
            new Addressee(Recipient.Mandate.SR_DPRK, "un-sr-dprk", Recipient.Kind.UN_SPECIAL_PROCEDURE,
                    "UN Special Rapporteur on the situation of human rights in the DPRK", "유엔 북한인권 특별보고관",
                    "联合国朝鲜民主主义人民共和国人权状况特别报告员"),
            new Addressee(Recipient.Mandate.WGAD, "un-wgad", Recipient.Kind.UN_SPECIAL_PROCEDURE,
                    "UN Working Group on Arbitrary Detention", "유엔 자의적 구금에 관한 실무그룹", "联合国任意拘留问题工作组"),
            new Addressee(Recipient.Mandate.WGEID, "un-wgeid", Recipient.Kind.UN_SPECIAL_PROCEDURE,
                    "UN Working Group on Enforced or Involuntary Disappearances", "유엔 강제적·비자발적 실종에 관한 실무그룹",
                    "联合国强迫或非自愿失踪问题工作组"),
            new Addressee(Recipient.Mandate.OHCHR, "ohchr-seoul", Recipient.Kind.UN_SPECIAL_PROCEDURE, "OHCHR Seoul",
                    "유엔인권최고대표사무소 서울사무소", "联合国人权事务高级专员办事处首尔办事处"));

    /** The kinds of letter: an appeal, a further one, the record of a return, and the changes of a case. */
    enum Letter {
        APPEAL,
        FURTHER,
        REPATRIATED,
        MERGED,
        RELEASED,
        SAFE,
        CLOSED
    }

    /** Per language: letterhead and frame, the date, and what every appeal cites. */
    record Language(List<String> frame, String to, String date, List<String> citations, String women,
            String children, String trafficking, String consentBasis, String place, String stillHeld,
            String reArrest, String iccpr, String submission) {
    }

    /** The sender's letterhead in each language (notify.sender.* and its local names in the test profile). */
    static final Map<String, List<String>> LETTERHEAD = Map.of(
            "en", List.of("Example North Korean Refugee Rights Network (an example organisation, not a real one)",
                    "3rd floor, 12 Example-ro, Jongno-gu, Seoul 03000, Republic of Korea", "appeals@nk-rights.example.org",
                    "+82 2 0000 0000"),
            "ko", List.of("북한난민인권네트워크(예시 단체이며 실재하지 않음)", "(03000) 서울특별시 종로구 예시로 12, 3층",
                    "appeals@nk-rights.example.org", "+82 2 0000 0000"),
            "zh", List.of("朝鲜难民人权网络（示例组织，并非真实存在）", "大韩民国首尔特别市钟路区例示路12号3层（邮编03000）",
                    "appeals@nk-rights.example.org", "+82 2 0000 0000"));

    static final Map<String, Language> LANGUAGES = Map.of(
            "en", new Language(List.of("E-mail: ", "Telephone: ", "Yours faithfully,"), "To: ", "Date: 1 December 2026",
                    List.of("A/HRC/25/63", "A/HRC/25/CRP.1", "CAT/C/CHN/CO/5, paras 46-47", "customary international law"),
                    "Convention on the Elimination of All Forms of Discrimination against Women",
                    "Convention on the Rights of the Child", "Palermo Protocol", "Consent basis: ",
                    "Tumen Border Detention Center, Jilin Province", "our appeal stands", "re-arrest", "Article 12(2)",
                    "SUBMISSION DETAILS"),
            "ko", new Language(List.of("전자우편: ", "전화: ", "감사합니다.", " 드림"), "수신: ", "날짜: 2026년 12월 1일",
                    List.of("A/HRC/25/63", "A/HRC/25/CRP.1", "CAT/C/CHN/CO/5, 제46-47항", "국제관습법"),
                    "「여성에 대한 모든 형태의 차별 철폐에 관한 협약」", "「아동권리협약」", "팔레르모 의정서", "동의 근거: ",
                    "투먼 변방 구류소, 중화인민공화국 지린성", "저희의 호소는 유효합니다", "다시 체포되어", "제12조 제2항", "제출 사항"),
            "zh", new Language(List.of("电子邮件：", "电话：", "此致\n敬礼"), "致：", "日期：2026年12月1日",
                    List.of("A/HRC/25/63", "A/HRC/25/CRP.1", "CAT/C/CHN/CO/5，第46至47段", "习惯国际法"),
                    "《消除对妇女一切形式歧视公约》", "《儿童权利公约》", "巴勒莫议定书", "同意依据：", "图们边防拘留所，中华人民共和国吉林省",
                    "我们的呼吁依然有效", "再次被捕", "第十二条第二款", "来文要素"));

    /** Per mandate and language: the salutation, and what only this addressee is asked (of an appeal). */
    static final Map<Recipient.Mandate, Map<String, List<String>>> OWN = Map.of(
            Recipient.Mandate.UNHCR, Map.of(
                    "en", List.of("Dear Sir or Madam,", "under Article III(5) of the agreement of 1 December 1995",
                            "Article XVI", "binding arbitration", "determine their refugee status"),
                    "ko", List.of("귀 기관의 무궁한 발전을 기원합니다.", "1995년 12월 1일 협정 제3조 제5항에 따라", "제16조",
                            "구속력 있는 중재", "난민 지위를 판정해 주십시오"),
                    "zh", List.of("尊敬的贵机构：", "根据1995年12月1日协定第三条第五款", "第十六条", "具有约束力的仲裁", "确定其难民身份")),
            Recipient.Mandate.ROK, Map.of(
                    "en", List.of("Excellency,", "Article 3 of the Constitution of the Republic of Korea",
                            "North Korean Refugees Protection and Settlement Support Act", "consular representations"),
                    "ko", List.of("귀 공관의 무궁한 발전을 기원합니다.", "대한민국 헌법 제3조",
                            "「북한이탈주민의 보호 및 정착지원에 관한 법률」", "영사적 교섭"),
                    "zh", List.of("尊敬的贵馆：", "《大韩民国宪法》第三条", "《北韩离脱居民保护及定居支援法》", "领事交涉")),
            Recipient.Mandate.US, Map.of(
                    "en", List.of("Excellency,", "North Korean Human Rights Act of 2004", "at a senior level",
                            "resettlement in the United States"),
                    "ko", List.of("귀 공관의 무궁한 발전을 기원합니다.", "2004년 「북한인권법」", "고위급에서", "미국 재정착"),
                    "zh", List.of("尊敬的贵馆：", "2004年《北韩人权法》", "在高层", "在美国为其重新安置")),
            Recipient.Mandate.SR_DPRK, Map.of(
                    "en", List.of("Dear Special Rapporteur,", "urgent communication",
                            "jointly with the Special Rapporteur on torture and the Special Rapporteur on the human rights of migrants"),
                    "ko", List.of("특별보고관님께,", "긴급 서한", "고문에 관한 특별보고관 및 이주민 인권에 관한 특별보고관과 공동으로"),
                    "zh", List.of("尊敬的特别报告员：", "紧急来文", "与酷刑问题特别报告员及移民人权问题特别报告员联合")),
            Recipient.Mandate.WGAD, Map.of(
                    "en", List.of("Dear Members of the Working Group,", "The detention is arbitrary",
                            "revised Deliberation No. 5", "Send an urgent appeal"),
                    "ko", List.of("실무그룹 위원님들께,", "이 구금은 자의적입니다", "개정 심의 제5호", "긴급 호소를 보내"),
                    "zh", List.of("尊敬的工作组各位成员：", "该拘留属任意拘留", "经修订的第5号审议意见", "发出紧急呼吁")),
            Recipient.Mandate.WGEID, Map.of(
                    "en", List.of("Dear Members of the Working Group,"),
                    "ko", List.of("실무그룹 위원님들께,"),
                    "zh", List.of("尊敬的工作组各位成员：")),
            Recipient.Mandate.OHCHR, Map.of(
                    "en", List.of("Dear Colleagues,", "Document this case and refer it"),
                    "ko", List.of("귀 사무소의 무궁한 발전을 기원합니다.", "이 사건을 기록하시고"),
                    "zh", List.of("尊敬的贵办事处：", "记录本案")));

    /** What a Korean or Chinese letter may hold in Latin script: document symbols, references, e-mail, a person's name. */
    static final Pattern ALLOWED_LATIN = Pattern.compile(
            "[A-Z]+(/[A-Z0-9.]+)+|NK-\\d{4}-\\d{4}|[\\w.+-]+@[\\w.-]+|" + Pattern.quote(AlertEvents.NAME));
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    AppealRenderer renderer;

    static Stream<Arguments> letters() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("en", "ko", "zh")) {
            for (Addressee addressee : DIRECTORY) {
                for (Letter letter : Letter.values()) {
                    // the Working Group on Disappearances hears of a case once the people were handed over
                    if (addressee.mandate() != Recipient.Mandate.WGEID || letter == Letter.REPATRIATED) {
                        all.add(Arguments.of(language, addressee, letter));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("letters")
    void aGoldenLetter(String language, Addressee addressee, Letter kind) {
        AppealRenderer.Rendered letter = render(language, addressee, kind, LettersTests.open());
        String body = letter.body();
        Language expected = LANGUAGES.get(language);
        String what = language + " " + addressee.key() + " " + kind;

        TemplatesTests.assertFilledIn(what, letter.subject() + "\n" + body);
        List<String> letterhead = LETTERHEAD.get(language);
        assertThat(body).as(what).startsWith(letterhead.get(0)).contains(letterhead).contains(expected.frame())
                .contains(expected.to() + addressee.in(language), expected.date())
                .contains(OWN.get(addressee.mandate()).get(language).get(0)).contains("NK-2026-0042");
        assertThat(body.strip()).as(what).endsWith(language.equals("ko") ? letterhead.get(0) + " 드림"
                : letterhead.get(0));
        assertThat(letter.subject() + body).as(what + ": dates as the language writes them").doesNotContainPattern(
                ISO_DATE);
        assertThat(body).as(what).doesNotContain(AlertEvents.NOTES, AlertEvents.NARRATIVE);
        boolean consents = Set.of(Recipient.Mandate.UNHCR, Recipient.Mandate.SR_DPRK, Recipient.Mandate.WGAD,
                Recipient.Mandate.WGEID, Recipient.Mandate.OHCHR).contains(addressee.mandate());

        switch (kind) {
            case APPEAL, FURTHER -> {
                assertThat(body).as(what).contains(expected.citations()).contains(expected.women(),
                        expected.children(), expected.trafficking(), expected.place())
                        .contains(OWN.get(addressee.mandate()).get(language));
                assertConsent(what, body, expected, consents);
            }
            case REPATRIATED -> {
                assertThat(body).as(what).contains("A/HRC/25/63", "CAT/C/CHN/CO/5", expected.iccpr());
                assertConsent(what, body, expected, consents);
                if (addressee.mandate() == Recipient.Mandate.WGEID) {
                    assertThat(body).as(what).contains(expected.submission());
                } else {
                    assertThat(body).as(what).doesNotContain(expected.submission());
                }
            }
            case MERGED -> assertThat(body).as(what).contains(expected.stillHeld()).doesNotContain(AlertEvents.NAME);
            case RELEASED -> assertThat(body).as(what).contains(expected.reArrest());
            case SAFE, CLOSED -> assertThat(body).as(what).doesNotContain(AlertEvents.NAME);
        }

        if (!language.equals("en")) {
            String rest = ALLOWED_LATIN.matcher(letter.subject() + "\n" + body).replaceAll("");
            assertThat(rest).as(what + ": no place or addressee in Latin script")
                    .doesNotContainPattern(Pattern.compile("[A-Za-z]"));
            assertThat(body).as(what).doesNotContain("Tumen", "Jilin", "Hoeryong", addressee.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "en", "ko", "zh" })
    void aPastEstimateIsNeverPrintedAsExpected(String language) {
        Map<String, List<String>> passed = Map.of(
                "en", List.of("27 November 2026, has passed", "may be handed over by"),
                "ko", List.of("추정한 인도 날짜(2026년 11월 27일)가 인도 소식 없이 지났습니다", "인도될 수 있다고 추정됩니다"),
                "zh", List.of("2026年11月27日已过", "之前被移交"));
        CaseSummary past = LettersTests.summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY,
                LocalDate.of(2026, 11, 27), DeadlineBasis.ESTIMATED, false, null);
        for (Addressee addressee : DIRECTORY) {
            String body = render(language, addressee, Letter.APPEAL, past).body();
            assertThat(body).as(addressee.key()).contains(passed.get(language).get(0))
                    .doesNotContain(passed.get(language).get(1));
        }
    }

    private static void assertConsent(String what, String body, Language expected, boolean consents) {
        if (consents) {
            assertThat(body).as(what + ": the person named, and on what consent").contains(AlertEvents.NAME);
            assertThat(body.lines().filter(line -> line.startsWith(expected.consentBasis()))).as(what).hasSize(1);
        } else {
            assertThat(body).as(what + ": the family said no to governments").doesNotContain(AlertEvents.PERSONAL)
                    .doesNotContain(expected.consentBasis());
        }
        assertThat(body).as(what).doesNotContain(AlertEvents.SECOND_NAME, AlertEvents.SECOND_HOMETOWN, "무산", "茂山");
    }

    private AppealRenderer.Rendered render(String language, Addressee addressee, Letter kind, CaseSummary open) {
        Recipient recipient = new Recipient();
        recipient.name = addressee.name();
        recipient.directoryKey = addressee.key();
        recipient.kind = addressee.kind();
        recipient.language = language;
        recipient.disclosure = Recipient.Disclosure.FULL;
        CaseSummary summary = switch (kind) {
            case APPEAL, FURTHER -> open;
            case REPATRIATED -> LettersTests.summary(CaseStatus.REPATRIATED, DetentionStage.REPATRIATED, null, null,
                    false, null);
            case MERGED -> LettersTests.summary(CaseStatus.CLOSED, DetentionStage.BORDER_FACILITY, null, null, false,
                    "NK-2026-0007");
            case RELEASED -> LettersTests.summary(CaseStatus.RELEASED, DetentionStage.RELEASED, null, null, false, null);
            case SAFE -> LettersTests.summary(CaseStatus.SAFE, DetentionStage.UNKNOWN, null, null, false, null);
            case CLOSED -> LettersTests.summary(CaseStatus.CLOSED, DetentionStage.BORDER_FACILITY, null, null, false,
                    null);
        };
        AlertKind alertKind = switch (kind) {
            case APPEAL -> AlertKind.RAISED;
            case FURTHER -> AlertKind.ESCALATED;
            case REPATRIATED -> AlertKind.REPATRIATED;
            case MERGED -> AlertKind.MERGED;
            case RELEASED, SAFE, CLOSED -> AlertKind.RESOLVED;
        };
        AppealRenderer.Earlier earlier = kind == Letter.APPEAL || kind == Letter.REPATRIATED
                ? AppealRenderer.Earlier.NONE
                : LettersTests.writtenBefore(open);
        return renderer.render(LettersTests.alert(alertKind, summary), recipient,
                LettersTests.particulars(Set.of(RiskFactor.RELIGIOUS_CONTACT, RiskFactor.TRAFFICKING_VICTIM)), earlier,
                LettersTests.TODAY);
    }
}
