package org.casealert.intake;

import java.net.URI;

import org.casealert.devstack.testing.ParameterFuzz;
import org.casealert.devstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint in the OpenAPI document, with hostile path and query parameters and bodies, as each role: no 5xx. */
@QuarkusTest
@TestProfile(RandomBodiesTests.NoRateLimit.class)
class ParameterFuzzTests {

    @Test
    void noParameterOrBodyGetsAServerError() throws Exception {
        Hotlines.Hotline hotline = Hotlines.create("Parameter fuzz");
        ParameterFuzz.Outcome outcome = new ParameterFuzz(URI.create("http://localhost:" + RestAssured.port),
                ParameterFuzz.credentials("operator", ParameterFuzz.bearer(TestTokens.operator()), "hotline user",
                        ParameterFuzz.bearer(TestTokens.hotline(hotline.id())), "hotline key",
                        "X-Api-Key: " + hotline.key(), "advocate", ParameterFuzz.bearer(TestTokens.advocate()),
                        "nobody", ""))
                .run("/");
        System.out.println("parameter fuzz: " + outcome.calls() + " calls over " + outcome.operations() + " operations");
        assertThat(outcome.operations()).as("operations in the OpenAPI document").isGreaterThanOrEqualTo(8);
        assertThat(outcome.serverErrors()).isEmpty();
    }
}
