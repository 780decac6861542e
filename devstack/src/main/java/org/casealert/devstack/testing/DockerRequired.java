package org.casealert.devstack.testing;

import java.util.Arrays;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the Maven profile {@code containers}, disables each {@code @QuarkusTest} class where no Docker engine answers,
 * and says so: its Kafka and PostgreSQL would be containers. Found by JUnit's extension auto-detection, which only
 * that profile turns on; elsewhere, and for tests that need no service, it does nothing.
 */
public class DockerRequired implements ExecutionCondition {

    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!ContainersProfile.active() || context.getTestClass().filter(DockerRequired::isQuarkusTest).isEmpty()) {
            return ConditionEvaluationResult.enabled("needs no containers");
        }
        if (TestContainers.dockerAnswers()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        return ConditionEvaluationResult.disabled("no Docker engine answers: in the containers profile this test's Kafka"
                + " and PostgreSQL are containers (without -Pcontainers it runs on the devstack)");
    }

    /** Annotated itself, through a superclass, or as a nested class of one. */
    private static boolean isQuarkusTest(Class<?> type) {
        for (Class<?> each = type; each != null; each = each.getSuperclass()) {
            if (Arrays.stream(each.getAnnotations())
                    .anyMatch(annotation -> annotation.annotationType().getName().equals(QUARKUS_TEST))) {
                return true;
            }
        }
        return type.getEnclosingClass() != null && isQuarkusTest(type.getEnclosingClass());
    }
}
