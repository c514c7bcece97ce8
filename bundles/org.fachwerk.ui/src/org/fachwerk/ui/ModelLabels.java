package org.fachwerk.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.fachwerk.core.DepartmentSession;

/**
 * The labels and icons of model objects as the edit layer (org.fachwerk.model.edit) gives them, for viewers, combos
 * and painting. EMF's AdapterFactoryLabelProvider would do this, but org.eclipse.emf.edit.ui is not on Maven Central
 * and requires the 3.x workbench (org.eclipse.ui.workbench); so this asks the item providers itself and turns their
 * icons (URLs) into images that live as long as the control they were made for.
 */
public final class ModelLabels extends LabelProvider {

    private final AdapterFactory itemProviders;
    private final ResourceManager resources;
    /** By the icon's address: comparing URLs themselves may ask a name server for their hosts. */
    private final Map<String, Image> images = new HashMap<>();

    /** Labels from the item providers of the session's editing domain, images disposed with the control. */
    public ModelLabels(DepartmentSession session, Control owner) {
        this(session.itemProviders(), owner);
    }

    public ModelLabels(AdapterFactory itemProviders, Control owner) {
        this.itemProviders = itemProviders;
        this.resources = new LocalResourceManager(JFaceResources.getResources(owner.getDisplay()), owner);
    }

    /** The object's label; empty for null and for what is no model object. */
    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        String text = provider == null ? null : provider.getText(element);
        return text == null ? "" : text;
    }

    /** The object's icon; null for null and for what is no model object. */
    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        if (provider == null || !(provider.getImage(element) instanceof URL icon)) {
            return null;
        }
        return images.computeIfAbsent(icon.toExternalForm(),
                address -> resources.create(ImageDescriptor.createFromURL(icon)));
    }

    private IItemLabelProvider provider(Object element) {
        return element == null ? null : (IItemLabelProvider) itemProviders.adapt(element, IItemLabelProvider.class);
    }
}
