package org.fachwerk.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.fachwerk.model.AbsenceKind;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.edit.FachwerkItemProviders;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.model.edit.provider.FachwerkEditPlugin;
import org.junit.jupiter.api.Test;

/** What users read of the model and which icons they see (the tests run in English). */
class ItemProvidersTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    /** As an editing domain of the workbench finds them: through the registry of plugin.xml. */
    private final AdapterFactory itemProviders = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    private IItemLabelProvider labels(Object object) {
        return (IItemLabelProvider) itemProviders.adapt(object, IItemLabelProvider.class);
    }

    @Test
    void theRegistryGivesTheItemProvidersWithTheProductsLabels() {
        Project project = FACTORY.createProject();
        project.setKey("BAU-1");
        project.setName("Neubau Kita");
        WorkItem task = FACTORY.createWorkItem();
        task.setTitle("Planung");
        Person person = FACTORY.createPerson();
        person.setFirstName("Anna");
        person.setLastName("Koch");
        assertEquals("BAU-1  Neubau Kita", labels(project).getText(project));
        assertEquals("Planung", labels(task).getText(task));
        assertEquals("Anna Koch", labels(person).getText(person));
        assertTrue(new FachwerkItemProviders().isFactoryForType(IItemLabelProvider.class));
    }

    @Test
    void workPackagesTasksAndMilestonesHaveIconsOfTheirOwn() {
        Set<Object> icons = new HashSet<>();
        for (WorkItemKind kind : WorkItemKind.VALUES) {
            WorkItem item = FACTORY.createWorkItem();
            item.setKind(kind);
            icons.add(labels(item).getImage(item));
        }
        assertEquals(3, icons.size(), icons.toString());
        Project project = FACTORY.createProject();
        assertNotNull(labels(project).getImage(project));
    }

    @Test
    void everyClassHasAnIconThatCanBeRead() throws IOException {
        for (EClassifier classifier : FachwerkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                EObject object = FACTORY.create(eClass);
                Object icon = labels(object).getImage(object);
                assertTrue(icon instanceof URL, eClass.getName() + " has an icon: " + icon);
                try (InputStream in = ((URL) icon).openStream()) {
                    assertTrue(in.read() >= 0, eClass.getName() + "'s icon has content");
                }
            }
        }
    }

    @Test
    void enumerationLiteralsReadAsBefore() {
        assertEquals("In review", ModelTexts.of(WorkItemStatus.REVIEW));
        assertEquals("Bavaria", ModelTexts.of(FederalState.BY));
        assertEquals("Baden-W\u00fcrttemberg", ModelTexts.of(FederalState.BW));
        assertEquals("vacation", ModelTexts.of(AbsenceKind.VACATION), "a literal without a text reads as stored");
        assertEquals("", ModelTexts.of(null));
    }

    @Test
    void everyLiteralHasItsKeyInThePluginProperties() {
        for (EClassifier classifier : FachwerkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    assertNotNull(FachwerkEditPlugin.INSTANCE.getString(
                            "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal"));
                }
            }
        }
    }
}
