package vn.pcmt.embedded.store;

import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The file-backed (H2 MVStore) backend with ordered indexes. */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(Path file) {
        super(file.toAbsolutePath().toString());
    }
}
