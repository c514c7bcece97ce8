package org.fachwerk.documents.core;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.StoreCleanup;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.osgi.service.component.annotations.Component;

/**
 * On {@code fachwerk compact}, removes stored files no document version refers to any more (left by deleted
 * documents) once they are a day old, so that a deletion undone today keeps its file.
 */
@Component(service = StoreCleanup.class)
public final class OrphanedContents implements StoreCleanup {

    @Override
    public String clean(Store store, List<Department> departments) {
        Documents documents = new Documents(store.contents(), new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(), new BasicCommandStack()), Documents.configuredLimit());
        int removed = documents.removeOrphans(departments, Instant.now().minus(Documents.ORPHAN_AGE));
        return NLS.bind(Messages.Compact_orphans, removed);
    }
}
