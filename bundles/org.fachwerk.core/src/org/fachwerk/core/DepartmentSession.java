package org.fachwerk.core;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.model.Department;
import org.fachwerk.store.Ids;
import org.fachwerk.store.Store;

/**
 * The department a workbench works on, loaded from its store. Every edit goes through the editing domain's command
 * stack, so that it can be undone, and {@link #snapshot()} hands a consistent copy to whoever writes it back.
 */
public final class DepartmentSession implements AutoCloseable {

    private final Store store;
    private final Department department;
    private final AdapterFactoryEditingDomain editingDomain;

    private DepartmentSession(Store store, Department department) {
        this.store = store;
        this.department = department;
        this.editingDomain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = editingDomain.getResourceSet().createResource(URI.createURI("fachwerk:/department"));
        resource.getContents().add(department);
    }

    /**
     * Opens the store's first department by name. A store without any department gets the one the supplier makes,
     * saved at once, so that the next start finds it.
     */
    public static DepartmentSession open(Store store, Supplier<Department> firstDepartment) {
        List<Department> departments = store.loadDepartments();
        Department department;
        if (departments.isEmpty()) {
            department = firstDepartment.get();
            store.save(department);
        } else {
            department = departments.get(0);
        }
        return new DepartmentSession(store, department);
    }

    public Department department() {
        return department;
    }

    public EditingDomain editingDomain() {
        return editingDomain;
    }

    public CommandStack commandStack() {
        return editingDomain.getCommandStack();
    }

    public Store store() {
        return store;
    }

    /** A copy of the department as it is now, for writing in the background while the user goes on editing. */
    public Department snapshot() {
        Ids.assign(department);
        return EcoreUtil.copy(department);
    }

    /** Writes the current state of the department to the store. */
    public void save() {
        store.save(department);
    }

    @Override
    public void close() {
        store.close();
    }
}
