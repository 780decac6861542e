package org.casealert.notify.batch;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Runs the groups' due rounds, each in its own transaction, every second. */
@ApplicationScoped
class GroupFlusher {

    private final GroupRounds rounds;

    GroupFlusher(GroupRounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        while (rounds.runNext()) {
            // one round per transaction, until none is due
        }
    }
}
