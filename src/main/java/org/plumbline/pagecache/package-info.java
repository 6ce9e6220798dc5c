/**
 * Public pages served near static-file speed: the bytes of a page that is the same for
 * every visitor are kept and served again until the database's content changes or the
 * page's own clock-given expiry passes, across every instance on one database
 * (ARCHITECTURE.md: caches keyed by a revision, invalidated through PostgreSQL
 * LISTEN/NOTIFY).
 *
 * <p>
 * A feature marks such a response through {@link org.plumbline.pagecache.SharedPages};
 * this package depends on no feature.
 */
package org.plumbline.pagecache;
