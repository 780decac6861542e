package org.casealert.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A night like 9 October 2023: {@code people} reports, one person each, spread over the five crossings and
 * over several hotlines, posted at a fixed rate; then it waits until the alerts stop and every one of
 * them reached the advocate's webhook, and counts what the event produced. A report's times run from
 * when it was due, so they include any wait for a free connection (see {@code maxSendLagMs}).
 */
final class MassEvent {

    private static final Duration QUIET = Duration.ofSeconds(3);

    /** What the event produced, and how fast. */
    record Result(int people, double rate, int hotlines, int accepted, Map<Integer, Long> statuses,
            double postingSeconds, double maxSendLagMs, Latencies postToAnswer, Latencies postToAlertPublished,
            Latencies postToWebhook,
            Double lastPostToLastFirstWebhookMs, Double lastPostToLastWebhookMs, boolean drained, int cases,
            int alerts, Map<String, Long> alertsByKind, int batches, int largestBatch, int webhooks, int lost,
            int duplicated, int reportsWithoutWebhook, Letters.Count letters, Double alertApplyMeanMs,
            long alertReportsApplied) {
    }

    private final StackClient stack;
    private final ReportBodies bodies;
    private final AlertTap tap;
    private final WebhookCollector webhooks;

    MassEvent(StackClient stack, ReportBodies bodies, AlertTap tap, WebhookCollector webhooks) {
        this.stack = stack;
        this.bodies = bodies;
        this.tap = tap;
        this.webhooks = webhooks;
    }

    Result run(String run, BenchOptions options) throws Exception {
        int hotlineCount = Math.max(options.hotlines(),
                (options.people() + options.reportsPerHotline() - 1) / options.reportsPerHotline());
        HotlinePool hotlines = HotlinePool.fixed(stack, run + " mass event", hotlineCount);
        List<LoadGenerator.Report> reports = new ArrayList<>();
        Crossing[] crossings = Crossing.values();
        for (int n = 0; n < options.people(); n++) {
            reports.add(new LoadGenerator.Report("X-Api-Key: " + hotlines.key(n) + "\r\n",
                    bodies.atBorder(crossings[n % crossings.length])));
        }
        PrometheusSamples before = stack.metrics("alert");
        Instant start = Instant.now();
        List<LoadGenerator.Posted> posted = LoadGenerator.atFixedRate(stack.reportsEndpoint(), reports,
                options.rate(), options.clients());
        Instant lastPost = posted.stream().map(LoadGenerator.Posted::sentAt).max(Comparator.naturalOrder()).orElseThrow();
        List<LoadGenerator.Posted> accepted = posted.stream().filter(LoadGenerator.Posted::accepted).toList();
        boolean drained = awaitDrained(accepted, lastPost.plus(options.patience()));
        PrometheusSamples after = stack.metrics("alert");
        return result(options, hotlineCount, start, posted, accepted, lastPost, drained, before, after);
    }

    /** Until every report's case was delivered, every alert of the event delivered, and alerts stopped. */
    private boolean awaitDrained(List<LoadGenerator.Posted> accepted, Instant deadline) throws InterruptedException {
        Set<String> reportIds = accepted.stream().map(LoadGenerator.Posted::reportId).collect(Collectors.toSet());
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            webhooks.refresh();
            boolean everyReport = reportIds.stream().allMatch(id -> webhooks.firstNaming(id).isPresent());
            boolean everyAlert = alertsOf(reportIds).stream().allMatch(alert -> webhooks.deliveries(alert.eventId()) > 0);
            if (everyReport && everyAlert && tap.quietFor().compareTo(QUIET) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The alerts of the cases the event's reports are in. */
    private List<AlertTap.Alert> alertsOf(Set<String> reportIds) {
        List<AlertTap.Alert> all = tap.alerts();
        Set<String> cases = all.stream().filter(alert -> alert.reportIds().stream().anyMatch(reportIds::contains))
                .map(AlertTap.Alert::caseId).collect(Collectors.toSet());
        return all.stream().filter(alert -> cases.contains(alert.caseId())).toList();
    }

    private Result result(BenchOptions options, int hotlineCount, Instant start, List<LoadGenerator.Posted> posted,
            List<LoadGenerator.Posted> accepted, Instant lastPost, boolean drained, PrometheusSamples before,
            PrometheusSamples after) throws Exception {
        Set<String> reportIds = accepted.stream().map(LoadGenerator.Posted::reportId).collect(Collectors.toSet());
        List<AlertTap.Alert> alerts = alertsOf(reportIds);
        List<Duration> toWebhook = new ArrayList<>();
        List<Duration> toAlert = new ArrayList<>();
        Instant lastFirstWebhook = null;
        for (LoadGenerator.Posted report : accepted) {
            Optional<WebhookCollector.Delivery> first = webhooks.firstNaming(report.reportId());
            first.ifPresent(delivery -> toWebhook.add(Duration.between(report.dueAt(), delivery.arrivedAt())));
            tap.firstNaming(report.reportId())
                    .ifPresent(alert -> toAlert.add(Duration.between(report.dueAt(), alert.publishedAt())));
            if (first.isPresent() && (lastFirstWebhook == null || first.get().arrivedAt().isAfter(lastFirstWebhook))) {
                lastFirstWebhook = first.get().arrivedAt();
            }
        }
        Set<String> alertIds = alerts.stream().map(AlertTap.Alert::eventId).collect(Collectors.toSet());
        Instant lastWebhook = webhooks.delivered().stream().filter(delivery -> alertIds.contains(delivery.alertId()))
                .map(WebhookCollector.Delivery::arrivedAt).max(Comparator.naturalOrder()).orElse(null);
        int lost = (int) alertIds.stream().filter(id -> webhooks.deliveries(id) == 0).count();
        int duplicated = alertIds.stream().mapToInt(id -> Math.max(0, webhooks.deliveries(id) - 1)).sum();
        int delivered = alertIds.stream().mapToInt(webhooks::deliveries).sum();
        Map<String, String> corridorOfCase = new HashMap<>();
        alerts.forEach(alert -> corridorOfCase.put(alert.caseId(), Objects.requireNonNullElse(alert.corridor(), "none")));
        Map<String, Integer> batchSizes = new HashMap<>();
        alerts.stream().filter(alert -> alert.batchId() != null)
                .forEach(alert -> batchSizes.merge(alert.batchId(), alert.batchCases(), Math::max));
        return new Result(options.people(), options.rate(), hotlineCount, accepted.size(),
                posted.stream().collect(Collectors.groupingBy(LoadGenerator.Posted::status, TreeMap::new,
                        Collectors.counting())),
                Duration.between(start, lastPost).toMillis() / 1000.0,
                posted.stream().mapToLong(report -> Duration.between(report.dueAt(), report.sentAt()).toNanos()).max()
                        .orElse(0) / 1e6,
                Latencies.of(posted.stream().map(LoadGenerator.Posted::answerTime).toList()), Latencies.of(toAlert),
                Latencies.of(toWebhook), millisBetween(lastPost, lastFirstWebhook), millisBetween(lastPost, lastWebhook),
                drained, corridorOfCase.size(), alerts.size(),
                alerts.stream().collect(Collectors.groupingBy(AlertTap.Alert::kind, TreeMap::new, Collectors.counting())),
                batchSizes.size(), batchSizes.values().stream().max(Comparator.naturalOrder()).orElse(0), delivered, lost,
                duplicated, (int) reportIds.stream().filter(id -> webhooks.firstNaming(id).isEmpty()).count(),
                awaitLetters(start, corridorOfCase), AlertCost.boxed(PrometheusSamples.meanMillis(before, after,
                        AlertCost.APPLY_TIMER)),
                (long) PrometheusSamples.delta(before, after, AlertCost.APPLY_TIMER + "_count"));
    }

    /** Letters are rendered beside the webhooks, group letters perhaps a little later: counted once they stop. */
    private Letters.Count awaitLetters(Instant since, Map<String, String> corridorOfCase) throws Exception {
        Letters.Count count = Letters.since(stack.env("NOTIFY_DATABASE_URL"), since, corridorOfCase);
        Instant giveUp = Instant.now().plusSeconds(30);
        for (int unchanged = 0; unchanged < 3 && Instant.now().isBefore(giveUp);) {
            Thread.sleep(1000);
            Letters.Count again = Letters.since(stack.env("NOTIFY_DATABASE_URL"), since, corridorOfCase);
            unchanged = again.total() == count.total() ? unchanged + 1 : 0;
            count = again;
        }
        return count;
    }

    private static Double millisBetween(Instant from, Instant to) {
        return to == null ? null : Duration.between(from, to).toNanos() / 1e6;
    }
}
