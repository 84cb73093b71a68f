package vn.pcmt.embedded.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The in-memory backend with ordered indexes. */
final class IndexedMemoryBackend extends MemoryBackend {
}
