package org.casealert.events.outbox;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRefusalsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new RecordTooLargeException("over max.request.size"), true),
                Arguments.of(new RecordBatchTooLargeException("batch over the topic's limit"), true),
                Arguments.of(new SerializationException("cannot serialise"), true),
                Arguments.of(new InvalidRecordException("the broker refuses the record"), true),
                Arguments.of(new InvalidTopicException("no such topic name"), true),
                Arguments.of(new CompletionException(new RecordTooLargeException("wrapped")), true),
                Arguments.of(new TimeoutException("no acknowledgement in time"), false),
                Arguments.of(new NotLeaderOrFollowerException("leader moved"), false),
                Arguments.of(new NotEnoughReplicasException("too few in sync"), false),
                Arguments.of(new NetworkException("connection lost"), false),
                Arguments.of(new AuthorizationException("ACLs changed: every message fails alike"), false),
                Arguments.of(new IllegalStateException("producer closed"), false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("failures")
    void onlyFailuresAboutTheMessageItselfRefuseIt(Throwable failure, boolean refused) {
        assertThat(OutboxRefusals.refusesTheMessage(failure)).isEqualTo(refused);
    }
}
