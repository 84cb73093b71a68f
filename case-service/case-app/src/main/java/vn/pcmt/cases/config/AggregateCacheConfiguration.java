package vn.pcmt.cases.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates that take more than one command stay in memory between commands while referenced, so a command does not
 * reread their events, which on the embedded store means scanning the event collection (docs/benchmarks.md,
 * case-service: +10%). One cache per aggregate type, as a cache answers by id alone. With several instances a stale
 * copy's append fails on the sequence number (409, and the copy is evicted).
 */
@Configuration
class AggregateCacheConfiguration {

    @Bean
    Cache drugCaseCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache hotspotCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache tipCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache gangCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache rehabDossierCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache wantedPersonCache() {
        return new WeakReferenceCache();
    }
}
