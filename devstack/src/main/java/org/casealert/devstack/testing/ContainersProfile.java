package org.casealert.devstack.testing;

/**
 * Whether this test JVM runs the Maven profile {@code containers}: Kafka and PostgreSQL from container images
 * ({@link TestContainers}) instead of the in-JVM broker and the local server. Kept apart from
 * {@link TestContainers} so that the devstack's tests never load a Testcontainers class.
 */
public final class ContainersProfile {

    /** The system property the profile sets for the tests, to {@code containers}. */
    public static final String PROPERTY = "casealert.test.infrastructure";

    private ContainersProfile() {
    }

    public static boolean active() {
        return "containers".equals(System.getProperty(PROPERTY));
    }
}
