package org.casealert.notify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The sign-up page over plain HTTP: the browser's language, the headers that keep it to itself, no script. */
@QuarkusTest
class SubscribePageTests {

    @Test
    void thePageIsInTheBrowsersLanguageAndLoadsNothingButItsOwnStylesheet() {
        Map<String, String> expected = Map.of("ko-KR,ko;q=0.9,en;q=0.5", "ko", "zh-CN,zh;q=0.9", "zh",
                "fr-FR,fr;q=0.9", "en", "en-GB", "en");
        expected.forEach((acceptLanguage, language) -> {
            Response page = given().header("Accept-Language", acceptLanguage).get("/subscribe/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.asString()).contains("<html lang=\"" + language + "\">");
        });
        assertThat(given().header("Accept-Language", "ko").queryParam("lang", "zh").get("/subscribe/").asString())
                .as("the switch wins over the browser").contains("<html lang=\"zh\">");

        Response page = given().get("/subscribe/");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'").doesNotContain("unsafe-inline", "script-src");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).doesNotContain("<script", "style=\"", "http://", "https://")
                .contains("<link rel=\"stylesheet\" href=\"/subscribe/subscribe.css\">");

        Response stylesheet = given().get("/subscribe/subscribe.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.contentType()).startsWith("text/css");
        assertThat(stylesheet.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(stylesheet.asString()).contains("main {");
    }

    @Test
    void aFormWithANulCharacterIsRefusedNotStored() {
        Response refused = given().formParam("email", Mailbox.newAddress("nul")).formParam("otherProvinces", "Jilin\0")
                .post("/subscribe/?lang=en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Please name at most 40 provinces");
        Response refusedAddress = given().formParam("email", "nul\0@example.org").post("/subscribe/");
        assertThat(refusedAddress.statusCode()).isEqualTo(400);
        assertThat(refusedAddress.asString()).contains("Please enter a valid e-mail address.");
    }

    @Test
    void aLinkThatIsNotValidGetsAPageSayingSoWithTheSameHeaders() {
        Response pause = given().formParam("until", "2030-01-01").post("/subscribe/pause?token=forged.token");
        assertThat(pause.statusCode()).isEqualTo(404);
        assertThat(pause.asString()).contains("This link is not valid any more.");
        assertThat(pause.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        Response confirm = given().accept("text/html").get("/api/v1/subscriptions/confirm?token=forged.token");
        assertThat(confirm.statusCode()).isEqualTo(404);
        assertThat(confirm.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
