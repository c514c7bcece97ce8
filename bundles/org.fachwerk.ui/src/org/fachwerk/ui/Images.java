package org.fachwerk.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.fachwerk.model.WorkItem;

/** The shared icons, created once per display and disposed with it. */
public enum Images {
    PROJECT("project.png"),
    WORK_PACKAGE("workpackage.png"),
    TASK("task.png"),
    MILESTONE("milestone.png"),
    PERSON("person.png"),
    TIME("time.png"),
    DOCUMENT("document.png");

    private static ImageRegistry registry;

    private final String file;

    Images(String file) {
        this.file = file;
    }

    /** The image, created on first use; call on the UI thread. */
    public Image get() {
        if (registry == null) {
            registry = new ImageRegistry(Display.getCurrent());
            for (Images image : values()) {
                registry.put(image.name(), ImageDescriptor.createFromURL(Images.class.getResource("/icons/" + image.file)));
            }
        }
        return registry.get(name());
    }

    /** The icon of a work item's kind. */
    public static Image of(WorkItem item) {
        switch (item.getKind()) {
        case WORK_PACKAGE:
            return WORK_PACKAGE.get();
        case MILESTONE:
            return MILESTONE.get();
        default:
            return TASK.get();
        }
    }
}
