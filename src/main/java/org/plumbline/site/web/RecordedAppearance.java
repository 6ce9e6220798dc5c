package org.plumbline.site.web;

import org.plumbline.material.RecordingLink;

/**
 * A session where and when the released schedule has it, with its recording.
 *
 * @param recording from the session's beginning, or {@code null} while it has none
 */
public record RecordedAppearance(Appearance at, RecordingLink recording) {

}
