package org.casealert.notify.subscription;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.Level;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.config.NotifyConfig;

/** Renders the subscription pages in the subscriber's language, from what the service did. */
@ApplicationScoped
public class SubscriptionViews {

    /** The provinces offered as checkboxes (others can be typed); the values alerts carry. */
    public static final List<String> PROVINCES = List.of("Jilin", "Liaoning", "Heilongjiang", "Yunnan", "Shandong",
            "Hebei", "Guangdong", "Fujian", "Zhejiang", "Jiangsu");

    /** What was entered in the sign-up form, shown again when it is refused. */
    public record SignupInput(String email, String level, List<String> provinces, String otherProvinces,
            String language) {

        public static SignupInput empty(String language) {
            return new SignupInput(null, Level.URGENT.name(), List.of(), null, language);
        }

        /** The ticked provinces and those typed, comma-separated, each once. */
        public List<String> allProvinces() {
            List<String> typed = otherProvinces == null ? List.of()
                    : Arrays.stream(otherProvinces.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList();
            Stream<String> ticked = provinces == null ? Stream.empty()
                    : provinces.stream().map(String::strip).filter(s -> !s.isEmpty());
            return Stream.concat(ticked, typed.stream()).distinct().toList();
        }
    }

    private final Phrases phrases;
    private final NotifyConfig config;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    SubscriptionViews(Phrases phrases, NotifyConfig config, SubscriptionService subscriptions, Clock clock) {
        this.phrases = phrases;
        this.config = config;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    public String signupForm(String language, SignupInput input, String errorKey) {
        SubscriptionPages.Texts t = new SubscriptionPages.Texts(language, phrases);
        List<SubscriptionPages.LanguageLink> switches = Phrases.LANGUAGES.stream()
                .map(code -> new SubscriptionPages.LanguageLink(code, phrases.get(code, "language." + code),
                        "/subscribe/?lang=" + code, code.equals(language)))
                .toList();
        List<SubscriptionPages.Choice> levels = Arrays.stream(Level.values())
                .map(level -> new SubscriptionPages.Choice(level.name(), phrases.get(language, "level." + level),
                        phrases.get(language, "signup.level." + level), level.name().equals(input.level())))
                .toList();
        List<String> chosen = input.provinces() == null ? List.of() : input.provinces();
        List<SubscriptionPages.Choice> provinces = PROVINCES.stream()
                .map(province -> new SubscriptionPages.Choice(province, provinceName(language, province), null,
                        chosen.contains(province)))
                .toList();
        String mailLanguage = input.language() == null ? language : input.language();
        List<SubscriptionPages.Choice> mailLanguages = Phrases.LANGUAGES.stream()
                .map(code -> new SubscriptionPages.Choice(code, phrases.get(code, "language." + code), null,
                        code.equals(mailLanguage)))
                .toList();
        return SubscriptionPages.signup(new SubscriptionPages.SignupForm(t, switches, input.email(), levels, provinces,
                input.otherProvinces(), mailLanguages, errorKey == null ? null : phrases.get(language, errorKey)))
                .render();
    }

    public String sent(String language, String address, Level level, List<String> provinces) {
        SubscriptionPages.Texts t = new SubscriptionPages.Texts(language, phrases);
        String message = phrases.format(language, "signup.sent", Map.of("address", address, "hours",
                config.subscriptions().confirmWithin().toHours()));
        return SubscriptionPages.sent(new SubscriptionPages.Sent(t, message, filters(language, level, provinces)))
                .render();
    }

    public String confirmed(Subscription subscription) {
        return about(subscription, "page.confirmed");
    }

    public String invalid(String language) {
        return SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"),
                phrases.get(language, "page.invalid"), "error", null, null, null, null)).render();
    }

    /** The page behind the unsubscribe link of a mail: asks before unsubscribing, and offers a pause instead. */
    public String unsubscribeQuestion(Subscription subscription, String token) {
        String language = subscription.language;
        return SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"),
                phrases.get(language, "page.unsubscribe.question"), null,
                filters(language, subscription.minLevel, subscription.provinces),
                "/api/v1/subscriptions/unsubscribe?token=" + encode(token),
                phrases.get(language, "page.unsubscribe.button"), pause(subscription, token))).render();
    }

    public String unsubscribed(Subscription subscription) {
        String language = subscription.language;
        return SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"),
                phrases.get(language, "page.unsubscribed"), "notice", null, null, null, null)).render();
    }

    public String paused(Subscription subscription) {
        return about(subscription, "pause.paused");
    }

    public String resumed(Subscription subscription) {
        return about(subscription, "pause.resumed");
    }

    public String pauseRefused(Subscription subscription, String token) {
        String language = subscription.language;
        return SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"),
                phrases.get(language, "pause.error.date"), "error",
                filters(language, subscription.minLevel, subscription.provinces), null, null,
                pause(subscription, token))).render();
    }

    /** A page about the subscription, with its filters, the pause form and the unsubscribe button. */
    private String about(Subscription subscription, String messageKey) {
        String language = subscription.language;
        String token = subscriptions.manageToken(subscription);
        String message = phrases.format(language, messageKey, Map.of("date", subscription.pausedUntil == null ? ""
                : LocalDate.ofInstant(subscription.pausedUntil, ZoneOffset.UTC).toString()));
        return SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"), message,
                "notice", filters(language, subscription.minLevel, subscription.provinces),
                "/api/v1/subscriptions/unsubscribe?token=" + encode(token),
                phrases.get(language, "page.unsubscribe.button"), pause(subscription, token))).render();
    }

    private SubscriptionPages.Pause pause(Subscription subscription, String token) {
        String language = subscription.language;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new SubscriptionPages.Pause("/subscribe/pause?token=" + encode(token),
                subscription.pausedAt(clock.instant()) ? "/subscribe/resume?token=" + encode(token) : null,
                phrases.get(language, "pause.legend"), phrases.get(language, "pause.until"),
                phrases.get(language, "pause.button"), phrases.get(language, "pause.resume"),
                today.plusDays(1).toString(), today.plusDays(SubscriptionService.LONGEST_PAUSE.toDays() - 1).toString());
    }

    private String filters(String language, Level level, List<String> provinces) {
        String where = provinces == null || provinces.isEmpty() ? phrases.get(language, "signup.provinces.all")
                : String.join(", ", provinces.stream().map(province -> provinceName(language, province)).toList());
        return phrases.format(language, "signup.filters", Map.of("level", phrases.get(language, "level." + level),
                "provinces", where));
    }

    private String provinceName(String language, String province) {
        return phrases.getOr(language, "provinceName." + province, province);
    }

    /** The page language: {@code lang} if it is one of ours, else the browser's first of ours, else English. */
    public static String language(String lang, String acceptLanguage) {
        if (lang != null && Phrases.LANGUAGES.contains(lang.strip().toLowerCase(Locale.ROOT))) {
            return lang.strip().toLowerCase(Locale.ROOT);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), Phrases.LANGUAGES);
                if (tag != null) {
                    return tag;
                }
            } catch (IllegalArgumentException e) {
                return "en";
            }
        }
        return "en";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
