package org.casealert.alert;

import java.net.URI;

import org.casealert.devstack.testing.ParameterFuzz;
import org.casealert.devstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint in the OpenAPI document, with hostile path and query parameters and bodies, as each role: no 5xx. */
@QuarkusTest
class ParameterFuzzTests {

    @Test
    void noParameterOrBodyGetsAServerError() throws Exception {
        ParameterFuzz.Outcome outcome = new ParameterFuzz(URI.create("http://localhost:" + RestAssured.port),
                ParameterFuzz.credentials("operator", ParameterFuzz.bearer(TestTokens.operator()), "advocate",
                        ParameterFuzz.bearer(TestTokens.advocate()), "hotline",
                        ParameterFuzz.bearer(TestTokens.hotline("hotline-fuzz")), "nobody", ""))
                .run("/");
        System.out.println("parameter fuzz: " + outcome.calls() + " calls over " + outcome.operations() + " operations");
        assertThat(outcome.operations()).as("operations in the OpenAPI document").isGreaterThanOrEqualTo(10);
        assertThat(outcome.serverErrors()).isEmpty();
    }

    @Test
    void answersCarryingPersonalDataAreNotCached() {
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases").then().statusCode(200).header("Cache-Control",
                "no-store");
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/none-such").then().header("Cache-Control", "no-store");
    }
}
