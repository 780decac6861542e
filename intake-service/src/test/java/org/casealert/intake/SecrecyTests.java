package org.casealert.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.casealert.devstack.testing.TestPostgres;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.Topics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Names and stories reach nothing in clear but the hotline that sent them and operators: not the
 * database, not the topic, not the logs. Keys and tokens never reach the logs either.
 */
@QuarkusTest
class SecrecyTests {

    private static final String NAME = "Seo Hyang-mi";
    private static final String HANGUL = "서향미";
    private static final String ALIAS = "Hyang-mi the seamstress";
    private static final String HOMETOWN = "Kimchaek";
    private static final String NOTES = "her cousin Yun in Incheon called";
    private static final String NARRATIVE = "Taken from the bus at the Yanji checkpoint at dawn";
    private static final List<String> SECRETS = List.of(NAME, HANGUL, ALIAS, HOMETOWN, NOTES, NARRATIVE);

    @Test
    void theDatabaseTheTopicAndTheLogsHoldNoneOfIt() throws Exception {
        Hotlines.Hotline hotline = Hotlines.create("Secrecy hotline");
        String body = """
                {"source": {"kind": "FAMILY", "reliability": "CONFIRMED"},
                 "detainees": [{"name": "%s", "nameHangul": "%s", "aliases": ["%s"], "sex": "FEMALE",
                                "birthYear": 1989, "hometown": "%s", "notes": "%s"}],
                 "detention": {"stage": "LOCAL_CUSTODY", "facility": "Yanji PSB", "province": "Jilin"},
                 "narrative": "%s"}
                """.formatted(NAME, HANGUL, ALIAS, HOMETOWN, NOTES, NARRATIVE);
        String token = TestTokens.hotline(hotline.id());
        String id = given().auth().oauth2(token).header("Idempotency-Key", "secrecy-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/reports").then().statusCode(202).extract().path("id");
        // a failing request with the same names, and a read back, must not spill them either
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body.replace("\"FAMILY\"", "\"NEIGHBOUR\"")).post("/api/v1/reports").then().statusCode(422);
        given().auth().oauth2(token).header("Idempotency-Key", "secrecy-1").contentType(ContentType.JSON)
                .body(body.replace("1989", "1990")).post("/api/v1/reports").then().statusCode(409);
        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200);
        given().header("X-Api-Key", hotline.key() + "x").get("/api/v1/reports/" + id).then().statusCode(401);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("X-Api-Key", hotline.key())
                .get("/api/v1/reports/" + id).then().extract().<Boolean> path("published"));

        assertThat(TestPostgres.dumpAsText(TestInfrastructure.DATABASE, "report", "outbox", "hotline_key", "idempotency_key"))
                .doesNotContain(SECRETS).doesNotContain(hotline.key());
        String topic = TestTopics.readAll(Topics.DETENTION_REPORTS).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(topic).doesNotContain(SECRETS);

        String log = Files.readString(Path.of("target/intake-test.log"));
        assertThat(log).contains(id).doesNotContain(SECRETS).doesNotContain(hotline.key(), token,
                ConfigProvider.getConfig().getValue("casealert.crypto.reports.keys.dev-1", String.class),
                ConfigProvider.getConfig().getValue("casealert.crypto.name-hash-key", String.class));
    }
}
