package org.casealert.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * {@code --demo}: a few reports of the kind hotlines receive, dated relative to today, from both dev
 * hotlines (the second one corroborates the first). The people are invented.
 */
final class DemoReports {

    private DemoReports() {
    }

    static void post(HttpClient http, Map<String, String> env, PrintStream console) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String tumen = """
                {"externalRef": "DEMO-A-001",
                 "source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [
                   {"name": "Kim Ok-sun", "nameHangul": "김옥순", "sex": "FEMALE", "birthYear": 1994,
                    "hometown": "Hoeryong", "pregnant": true, "notes": "sister called from Seoul"},
                   {"name": "Ri Chun-hui", "sex": "FEMALE", "birthYear": 1988, "hometown": "Musan"},
                   {"unnamed": true, "sex": "FEMALE", "birthYear": 2010}],
                 "detention": {"stage": "BORDER_FACILITY", "since": "%s",
                               "facility": "Tumen Border Detention Center", "city": "Tumen", "province": "Jilin"},
                 "riskFactors": ["RELIGIOUS_CONTACT"],
                 "consent": {"appealsToUn": true, "publicAdvocacy": false},
                 "narrative": "Caught with a broker's group near Yanji; moved to Tumen."}
                """.formatted(today.minusDays(5));
        String tumenAgain = """
                {"externalRef": "DEMO-B-001",
                 "source": {"kind": "BROKER", "reliability": "UNVERIFIED"},
                 "detainees": [{"name": "KIM OK SUN", "sex": "FEMALE", "birthYear": 1995}],
                 "detention": {"stage": "BORDER_FACILITY", "facility": "Tumen", "province": "Jilin"},
                 "narrative": "Broker says the women from the Yanji group are at Tumen."}
                """;
        String kunming = """
                {"externalRef": "DEMO-A-002",
                 "source": {"kind": "NGO_PARTNER", "reliability": "CONFIRMED"},
                 "detainees": [{"name": "Pak Chol-min", "sex": "MALE", "birthYear": 1979, "hometown": "Hyesan"}],
                 "detention": {"stage": "LOCAL_CUSTODY", "since": "%s", "facility": "Kunming PSB detention house",
                               "city": "Kunming", "province": "Yunnan"},
                 "riskFactors": ["ATTEMPTED_ROK"],
                 "consent": {"appealsToUn": true, "publicAdvocacy": true}}
                """.formatted(today.minusDays(3));
        String shenyang = """
                {"externalRef": "DEMO-B-002",
                 "source": {"kind": "WITNESS", "reliability": "UNVERIFIED"},
                 "detainees": [{"aliases": ["Sun-ja"], "sex": "FEMALE"}],
                 "detention": {"stage": "UNKNOWN", "city": "Shenyang", "province": "Liaoning"}}
                """;
        report(http, env, "HOTLINE_API_KEY", tumen, console);
        report(http, env, "HOTLINE2_API_KEY", tumenAgain, console);
        report(http, env, "HOTLINE_API_KEY", kunming, console);
        report(http, env, "HOTLINE2_API_KEY", shenyang, console);
    }

    private static void report(HttpClient http, Map<String, String> env, String keyName, String body,
            PrintStream console) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.get("INTAKE_URL") + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("X-Api-Key", env.get(keyName))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            console.println("devstack| demo report: " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            console.println("devstack| demo report failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
