package org.uclg.carta.library.search;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The Resource Space's own threads, built by Boot (shut down with the context, waiting as
 * spring.task.execution.shutdown says). Other background work runs on Boot's task executor.
 */
@Configuration(proxyBeanMethods = false)
public class LibraryExecutors {

    /** One thread per core, up to four: a search's segments and passages side by side, never behind a long job. */
    public static final int SEARCH_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Bean
    public ThreadPoolTaskExecutor searchExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(SEARCH_THREADS)
                .maxPoolSize(SEARCH_THREADS)
                .queueCapacity(Integer.MAX_VALUE)
                .allowCoreThreadTimeOut(false)
                .threadNamePrefix("carta-search-")
                .build();
    }

    /** Imports one at a time: each holds one long transaction, and two would fight over the same rows. */
    @Bean
    public ThreadPoolTaskExecutor importExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(1)
                .maxPoolSize(1)
                .queueCapacity(Integer.MAX_VALUE)
                .threadNamePrefix("carta-import-")
                .build();
    }
}
