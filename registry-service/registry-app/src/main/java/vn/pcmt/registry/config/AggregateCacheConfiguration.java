package vn.pcmt.registry.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AggregateCacheConfiguration {

    /**
     * Subjects stay in memory between commands while referenced, so a command does not reread the subject's events
     * (docs/benchmarks.md, registry). With several registry instances a stale copy's append fails on the sequence
     * number (409, and the copy is evicted); handlers with side effects outside the aggregate (citizen-number claims)
     * check for conflicts before them. Routing commands by subject id avoids the 409 altogether.
     */
    @Bean
    Cache subjectCache() {
        return new WeakReferenceCache();
    }
}
