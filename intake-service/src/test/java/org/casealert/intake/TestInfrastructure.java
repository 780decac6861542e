package org.casealert.intake;

import org.casealert.devstack.testing.DevstackResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real broker and a database of this module's own, for every test class. */
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = TestInfrastructure.DATABASE),
        @ResourceArg(name = "service", value = "intake") })
public class TestInfrastructure {

    /** This module's database on the test PostgreSQL. */
    public static final String DATABASE = "intake_test";
}
