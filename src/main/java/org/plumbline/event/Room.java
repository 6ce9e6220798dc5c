package org.plumbline.event;

import java.util.UUID;

public record Room(long id, UUID guid, String name, int capacity, int position) {
}
