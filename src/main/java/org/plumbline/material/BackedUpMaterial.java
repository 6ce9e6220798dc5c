package org.plumbline.material;

import java.time.Instant;
import java.util.UUID;

/**
 * A material of a talk as a backup of its event holds it: a file's name, type and size
 * (its bytes are read apart, {@link MaterialBackups#content}), or a link's address; the
 * id is not read on restore.
 *
 * @param kind a {@link MaterialKind} name
 * @param addedBy the account that added it, or {@code null} when it no longer exists or
 * the system added it
 */
public record BackedUpMaterial(long id, UUID guid, long topicId, String kind, String title, boolean privateMaterial,
		String url, String fileName, String mediaType, Long sizeBytes, Long addedBy, Instant addedAt) {
}
