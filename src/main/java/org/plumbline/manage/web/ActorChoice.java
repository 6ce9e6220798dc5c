package org.plumbline.manage.web;

/** A choice of the audit page's actor filter: an account and its name. */
public record ActorChoice(long accountId, String name) {

}
