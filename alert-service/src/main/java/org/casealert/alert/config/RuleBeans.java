package org.casealert.alert.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.alert.rules.CorridorMap;
import org.casealert.alert.rules.LevelRules;

/** The rules, the repatriation clock and the corridor table, built from {@link AlertConfig}. */
public class RuleBeans {

    @Produces
    @Singleton
    RepatriationClock repatriationClock(AlertConfig config) {
        return new RepatriationClock(config.clock().custodyDays(), config.clock().borderFacilityDays(),
                config.clock().imminentWithin());
    }

    @Produces
    @Singleton
    LevelRules levelRules(RepatriationClock clock, AlertConfig config) {
        return new LevelRules(clock, config.clock().transferWithinDays());
    }

    @Produces
    @Singleton
    CorridorMap corridorMap(AlertConfig config) {
        return new CorridorMap(config.corridors(), config.corridorProvinces());
    }
}
