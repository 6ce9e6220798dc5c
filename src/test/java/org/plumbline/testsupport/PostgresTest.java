package org.plumbline.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class on PostgreSQL instead of the default in-memory H2.
 *
 * <p>
 * Convention: {@code XxxPostgresTest extends XxxTest}, annotated {@code @PostgresTest},
 * so the same tests run on both databases. The superclass carries {@code @SpringBootTest}
 * and {@code @ActiveProfiles("test")} (which selects H2 through
 * {@code application-test.yaml}); this annotation adds {@link PostgresSchemaInitializer},
 * which moves the context to a fresh schema of the database named by
 * {@code PLUMBLINE_TEST_POSTGRES_URL} and drops it afterwards. The class is skipped when
 * that variable is unset.
 *
 * <pre>
 * PLUMBLINE_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   ./mvnw -B toolchains:select-jdk-toolchain -Dtoolchain.jdk.version='[21,)' \
 *     surefire:test -Dtest='*PostgresTest' -Dsurefire.failIfNoSpecifiedTests=true
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EnabledIfEnvironmentVariable(named = PostgresSchemaInitializer.URL_VARIABLE, matches = ".+")
@ContextConfiguration(initializers = PostgresSchemaInitializer.class)
public @interface PostgresTest {

}
