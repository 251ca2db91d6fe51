package io.newsflow.processing.dedup.near.wire;

import java.util.UUID;

/** Article ids that pack into 16 bytes: UUIDs in canonical lower-case form (ingest's UUIDv7 ids). */
final class Ids {
    private static final int UUID_LENGTH = 36;

    private Ids() {
    }

    /** The UUID the id spells exactly, or null when it is another kind of id (then it is kept as text). */
    static UUID asUuid(String id) {
        if (id.length() != UUID_LENGTH || id.charAt(8) != '-' || id.charAt(13) != '-' || id.charAt(18) != '-'
                || id.charAt(23) != '-') {
            return null;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = id.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!hex && c != '-') {
                return null;
            }
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
