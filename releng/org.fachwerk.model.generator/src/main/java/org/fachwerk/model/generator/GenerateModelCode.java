package org.fachwerk.model.generator;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of a bundle from its genmodel, and the edit code (item providers) into the edit bundle,
 * outside any IDE or workspace. Arguments: model bundle directory, genmodel path inside it, edit bundle directory.
 * Each directory is named by the bundle's symbolic name, as the genmodel's platform:/resource URIs name it.
 */
public final class GenerateModelCode {

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws Exception {
        File bundleDir = new File(args[0]).getCanonicalFile();
        String genModelPath = args[1];
        File editBundleDir = new File(args[2]).getCanonicalFile();
        String bundleName = bundleDir.getName();

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                EditManifestByHand::new);

        ResourceSet resources = new ResourceSetImpl();
        mapPlatformResource(resources, bundleDir);
        mapPlatformResource(resources, editBundleDir);

        URI genModelUri = URI.createPlatformResourceURI("/" + bundleName + "/" + genModelPath, false);
        Resource settingsResource = resources.getResource(genModelUri, true);
        GenModel settings = (GenModel) settingsResource.getContents().get(0);
        List<EPackage> packages = ecorePackages(settings);
        resources.getResources().remove(settingsResource);
        // The ecore file is the only source of truth: build the generator model from it afresh and take
        // only the settings from the genmodel file, so no class or feature has to be listed twice.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        resources.createResource(genModelUri).getContents().add(genModel);
        genModel.reconcile(settings);
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is invalid: " + validation);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, bundleName);
        generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, editBundleDir.getName());
    }

    /** The genmodel speaks of platform:/resource/<bundle>/; point that at the bundle's directory. */
    private static void mapPlatformResource(ResourceSet resources, File bundleDir) {
        URI bundleUri = URI.createFileURI(bundleDir.getPath() + "/");
        EcorePlugin.getPlatformResourceMap().put(bundleDir.getName(), bundleUri);
        resources.getURIConverter().getURIMap()
                .put(URI.createPlatformResourceURI("/" + bundleDir.getName() + "/", false), bundleUri);
    }

    private static void generate(Generator generator, GenModel genModel, String projectType, String bundleName) {
        Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
        for (Diagnostic child : result.getChildren()) {
            if (child.getSeverity() != Diagnostic.OK) {
                System.out.println("  " + child.getMessage());
            }
        }
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.err.println("Code generation failed for " + bundleName + ": " + result.getMessage());
            System.exit(1);
        }
        System.out.println("Generated the code of " + bundleName + " (" + projectType + ")");
    }

    /**
     * EMF's generator, except that it leaves the edit bundle's MANIFEST.MF and plugin.xml alone: they are written
     * by hand, because the plugin.xml registers the hand-written item provider factory instead of the generated one.
     */
    private static final class EditManifestByHand extends GenModelGeneratorAdapterFactory {
        @Override
        public Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected void generateEditManifest(GenModel model, Monitor monitor) {
                        monitor.worked(2);
                    }
                };
            }
            return genModelGeneratorAdapter;
        }
    }

    private static List<EPackage> ecorePackages(GenModel settings) {
        List<EPackage> packages = new ArrayList<>();
        settings.getGenPackages().forEach(genPackage -> packages.add(genPackage.getEcorePackage()));
        return packages;
    }
}
