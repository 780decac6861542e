package org.casealert.devstack.bench;

import java.io.IOException;
import java.net.URI;

/**
 * Intake at its limit: keep-alive clients posting reports back to back, as wrk would, each report
 * naming a new person held far from the border (a case of no corridor, the alert service's cheapest).
 */
final class IntakeSaturation {

    /** The throughput, how many hotlines the reports came from, and a report's size. */
    record Result(ClosedLoop.Throughput throughput, int hotlines, int payloadBytes) {
    }

    private IntakeSaturation() {
    }

    static Result run(StackClient stack, ReportBodies bodies, String label, BenchOptions options) throws Exception {
        try (HotlinePool hotlines = HotlinePool.growing(stack, label, options.reportsPerHotline())) {
            ClosedLoop.Throughput throughput = ClosedLoop.run(options.clients(), options.warmup(), options.saturation(),
                    () -> new Poster(stack.reportsEndpoint(), hotlines, bodies),
                    () -> CpuTime.sample(StackProcesses.find(stack)));
            return new Result(throughput, hotlines.size(), bodies.farFromBorder().length);
        }
    }

    /** One client: one keep-alive connection. */
    private static final class Poster implements ClosedLoop.Caller {
        private final KeepAliveConnection connection;
        private final HotlinePool hotlines;
        private final ReportBodies bodies;

        Poster(URI endpoint, HotlinePool hotlines, ReportBodies bodies) {
            this.connection = new KeepAliveConnection(endpoint);
            this.hotlines = hotlines;
            this.bodies = bodies;
        }

        @Override
        public String call() throws IOException {
            return String.valueOf(connection.post("X-Api-Key: " + hotlines.nextKey() + "\r\n", bodies.farFromBorder())
                    .status());
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
