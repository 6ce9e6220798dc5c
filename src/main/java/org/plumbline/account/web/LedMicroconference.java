package org.plumbline.account.web;

/** An MC the signed-in user leads, with the page where they edit its text. */
public record LedMicroconference(String title, String eventName, String editPath) {
}
