package vn.pcmt.registry.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AggregateCacheConfiguration {

    /**
     * Subjects stay in memory between commands while referenced, so a command does not reread the subject's events
     * (docs/benchmarks.md, registry). With several registry instances a stale copy cannot corrupt anything: its append
     * fails on the sequence number (409, and the copy is evicted); routing commands by subject id avoids even that.
     */
    @Bean
    Cache subjectCache() {
        return new WeakReferenceCache();
    }
}
