/**
 * The organisers' and the site admin's pages over other features: an event's start page,
 * its team (roles over its MCs and plain tracks), its audit log, its outbox and its mail
 * texts, and the site's outbox and texts. It reads and writes only through the other
 * features' facades, and nothing depends on it, so that the audit and mail features need
 * not know about accounts and rights.
 */
package org.plumbline.manage;
