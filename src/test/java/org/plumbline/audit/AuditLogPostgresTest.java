package org.plumbline.audit;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link AuditLogTest} on PostgreSQL: the migration, the filters and keyset paging, and
 * the foreign keys that keep entries when their event or account is deleted, on the
 * production database.
 */
@PostgresTest
class AuditLogPostgresTest extends AuditLogTest {

}
