package vn.pcmt.registry.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.pcmt.platform.axon.EventMetaData;

/** Today is 24/11/2026 in Vietnam for controller slices. */
@TestConfiguration
class FixedClock {

    @Bean
    Clock businessClock() {
        return Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), EventMetaData.BUSINESS_ZONE);
    }
}
