package org.plumbline.pagecache;

import java.time.Clock;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The content revision, the data source that moves it, and the filter that serves kept
 * pages: first in the chain after the request's observation (so a kept page is still
 * measured), before the sessions and Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class SharedPageConfiguration {

	@Bean
	static ContentRevision contentRevision() {
		return new ContentRevision();
	}

	@Bean
	static BeanPostProcessor changeTrackingDataSources(ObjectProvider<ContentRevision> revision) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ChangeTrackingDataSource)) {
					return new ChangeTrackingDataSource(dataSource, revision.getObject());
				}
				return bean;
			}
		};
	}

	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<SharedPageFilter> sharedPageFilter(ContentRevision revision, Clock clock,
			MeterRegistry meters, @Value("${plumbline.shared-pages.memory:64MB}") DataSize memory,
			@Value("${plumbline.shared-pages.largest:2MB}") DataSize largest) {
		Cache<String, KeptPage> pages = Caffeine.newBuilder()
			.maximumWeight(memory.toBytes())
			.weigher((String key, KeptPage page) -> key.length() + page.weight())
			.build();
		FilterRegistrationBean<SharedPageFilter> registration = new FilterRegistrationBean<>(
				new SharedPageFilter(revision, clock, pages, (int) largest.toBytes(), meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Pages kept while the application started (an import, the sample events) are not
	 * served after; on PostgreSQL, the other instances' commits are listened for from
	 * now.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started(ApplicationReadyEvent ready) {
		ContentRevision revision = ready.getApplicationContext().getBean(ContentRevision.class);
		revision.changed();
		DataSource dataSource = ready.getApplicationContext().getBean(DataSource.class);
		if (dataSource instanceof ChangeTrackingDataSource tracking && tracking.isPostgres()) {
			revision.listenTo(tracking, tracking.channel());
		}
	}

	/** Before the pool closes, so that the listener's connection is not torn from it. */
	@EventListener(ContextClosedEvent.class)
	void closing(ContextClosedEvent closed) {
		closed.getApplicationContext().getBeanProvider(ContentRevision.class).ifAvailable(ContentRevision::close);
	}

}
