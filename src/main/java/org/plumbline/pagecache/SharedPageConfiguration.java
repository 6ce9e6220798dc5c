package org.plumbline.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(SharedPageConfiguration.class);

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
			MeterRegistry meters, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
			@Value("${plumbline.shared-pages.memory:64MB}") DataSize memory,
			@Value("${plumbline.shared-pages.largest:2MB}") DataSize largest) {
		Cache<String, KeptPage> pages = Caffeine.newBuilder()
			.maximumWeight(memory.toBytes())
			.weigher((String key, KeptPage page) -> key.length() + page.weight())
			.build();
		FilterRegistrationBean<SharedPageFilter> registration = new FilterRegistrationBean<>(new SharedPageFilter(
				revision, clock, pages, (int) Math.min(largest.toBytes(), Integer.MAX_VALUE), meters, sessionCookie));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Pages kept while the application started (an import, the sample events) are not
	 * served after. On PostgreSQL, once migrations have made the schema, the other
	 * instances are told of this one's start-up writes and listened to from now.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started(ApplicationReadyEvent ready) throws SQLException {
		ContentRevision revision = ready.getApplicationContext().getBean(ContentRevision.class);
		revision.changed();
		DataSource dataSource = ready.getApplicationContext().getBean(DataSource.class);
		if (!dataSource.isWrapperFor(ChangeTrackingDataSource.class)) {
			log.warn("The data source does not track changes: kept public pages may be served after an edit");
			return;
		}
		ChangeTrackingDataSource tracking = dataSource.unwrap(ChangeTrackingDataSource.class);
		if (tracking.isPostgres()) {
			String channel = tracking.settleChannel();
			try (Connection connection = tracking.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute(revision.notification(channel));
			}
			revision.listenTo(tracking, channel);
		}
	}

	/** Before the pool closes, so that the listener's connection is not torn from it. */
	@EventListener(ContextClosedEvent.class)
	void closing(ContextClosedEvent closed) {
		closed.getApplicationContext().getBeanProvider(ContentRevision.class).ifAvailable(ContentRevision::close);
	}

}
