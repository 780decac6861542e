package org.casealert.alert.cases;

import java.util.Arrays;
import java.util.List;

import org.casealert.events.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Corroboration counts sources, not reports: each row is a case's reports as hotline/source kind/external ref. */
class IndependentSourcesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "a/FAMILY/-                                   | 1",
            "a/FAMILY/-, a/WITNESS/-                      | 1",
            "a/FAMILY/-, b/FAMILY/-                       | 2",
            "a/BROKER/-, b/BROKER/-                       | 1",
            "a/MEDIA/-, b/MEDIA/-, c/MEDIA/-              | 1",
            "a/BROKER/-, b/MEDIA/-                        | 2",
            "a/FAMILY/HL-1, b/FAMILY/HL-1                 | 1",
            "a/FAMILY/HL-1, b/FAMILY/hl-1                 | 1",
            "a/FAMILY/HL-1, b/FAMILY/HL-1, c/FAMILY/HL-1  | 1",
            "a/FAMILY/HL-1, b/FAMILY/HL-2, a/FAMILY/HL-2  | 1",
            "a/FAMILY/HL-1, b/FAMILY/HL-2, c/FAMILY/HL-3  | 3",
            "a/FAMILY/HL-1, b/BROKER/HL-1, c/BROKER/-     | 1",
            "a/FAMILY/HL-1, b/FAMILY/HL-2, c/FAMILY/-     | 3",
    })
    void counts(String reports, long sources) {
        List<CaseReport> parsed = Arrays.stream(reports.split(",")).map(String::strip).map(row -> {
            String[] parts = row.split("/");
            CaseReport report = new CaseReport();
            report.hotlineId = "hotline-" + parts[0];
            report.sourceKind = SourceKind.valueOf(parts[1]);
            report.externalRef = parts[2].equals("-") ? null : parts[2];
            return report;
        }).toList();
        assertThat(ReportedFacts.independentSources(parsed)).isEqualTo(sources);
    }
}
