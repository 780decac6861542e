package org.casealert.alert;

import org.casealert.devstack.testing.DevstackResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real broker, a database of this module's own and the SMTP server, for every test class. */
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = TestInfrastructure.DATABASE), @ResourceArg(name = "service", value = "alert"),
        @ResourceArg(name = "smtp", value = "true") })
public class TestInfrastructure {

    /** This module's database on the test PostgreSQL. */
    public static final String DATABASE = "alert_test";
}
