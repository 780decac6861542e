package org.casealert.devstack.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports posted before anything is measured, so that the services' hot paths are compiled: a fresh
 * devstack's JVMs interpret them at first, and the first phase would measure that. They name people
 * held far from the border, so they open cases of no corridor and leave the crossings' counts alone.
 */
final class WarmUp {

    private WarmUp() {
    }

    /** @return how many reports the services accepted */
    static int run(StackClient stack, ReportBodies bodies, AlertTap tap, String label, BenchOptions options)
            throws Exception {
        HotlinePool hotlines = HotlinePool.fixed(stack, label,
                (options.warmupReports() + options.reportsPerHotline() - 1) / options.reportsPerHotline());
        List<LoadGenerator.Report> reports = new ArrayList<>();
        for (int n = 0; n < options.warmupReports(); n++) {
            reports.add(new LoadGenerator.Report("X-Api-Key: " + hotlines.key(n) + "\r\n", bodies.farFromBorder()));
        }
        int accepted = (int) LoadGenerator.atFixedRate(stack.reportsEndpoint(), reports, options.rate(), options.clients())
                .stream().filter(LoadGenerator.Posted::accepted).count();
        AlertIdle.await(stack, tap, options.patience());
        return accepted;
    }
}
