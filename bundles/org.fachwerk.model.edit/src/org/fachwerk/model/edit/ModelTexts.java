package org.fachwerk.model.edit;

import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.fachwerk.model.edit.provider.FachwerkEditPlugin;

/** Texts of the model that belong to no object, in the language the runtime started in. */
public final class ModelTexts {

    private ModelTexts() {
    }

    /**
     * The text of an enumeration literal, e.g. "In Arbeit" for WorkItemStatus.ACTIVE; empty for none. The key is the
     * one EMF's property descriptors read (the generated enumeration's class is named like its EEnum).
     */
    public static String of(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        try {
            return FachwerkEditPlugin.INSTANCE
                    .getString("_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal");
        } catch (MissingResourceException e) {
            return literal.getLiteral();
        }
    }
}
