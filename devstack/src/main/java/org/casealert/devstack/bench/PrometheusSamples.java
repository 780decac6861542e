package org.casealert.devstack.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Samples of the Prometheus text format, each name's values summed over all its label sets or some. */
public final class PrometheusSamples {

    /** One line: a name, its labels as written ({@code area="heap",id="G1 Eden Space"}) and its value. */
    private record Sample(String name, String labels, double value) {
    }

    private final Map<String, Double> sums;
    private final List<Sample> samples;

    private PrometheusSamples(Map<String, Double> sums, List<Sample> samples) {
        this.sums = sums;
        this.samples = samples;
    }

    public static PrometheusSamples parse(String text) {
        Map<String, Double> sums = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (String sampleLine : text.split("\n")) {
            if (sampleLine.isBlank() || sampleLine.startsWith("#")) {
                continue;
            }
            // OpenMetrics: an exemplar (the trace of one observation) may follow the value
            int exemplar = sampleLine.indexOf(" # ");
            String line = exemplar < 0 ? sampleLine : sampleLine.substring(0, exemplar);
            int labels = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, labels >= 0 && labels < space ? labels : line.indexOf(' '));
            double value = Double.parseDouble(line.substring(space + 1));
            if (!Double.isNaN(value)) { // a max or a quantile of nothing yet
                sums.merge(name, value, Double::sum);
                samples.add(new Sample(name, labels >= 0 && labels < space ? line.substring(labels + 1,
                        line.lastIndexOf('}', space)) : "", value));
            }
        }
        return new PrometheusSamples(sums, samples);
    }

    /** The sum of a name's values whose labels include {@code label} as written, e.g. {@code area="heap"}. */
    double sum(String name, String label) {
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.labels().contains(label))
                .mapToDouble(Sample::value).sum();
    }

    public OptionalDouble get(String name) {
        Double value = sums.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The mean per event of a timer or summary between two scrapes, Δ_sum / Δ_count in ms; empty if the
     * second scrape has no such timer or nothing was recorded in between.
     */
    static OptionalDouble meanMillis(PrometheusSamples before, PrometheusSamples after, String timer) {
        OptionalDouble count = after.get(timer + "_count");
        OptionalDouble sum = after.get(timer + "_sum");
        double events = count.orElse(0) - before.get(timer + "_count").orElse(0);
        if (count.isEmpty() || sum.isEmpty() || events <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((sum.getAsDouble() - before.get(timer + "_sum").orElse(0)) * 1000 / events);
    }

    static double delta(PrometheusSamples before, PrometheusSamples after, String name) {
        return after.get(name).orElse(0) - before.get(name).orElse(0);
    }
}
